import {
  confidenceTrend,
  daysBetween,
  daysElapsed,
  expectedProgress,
  keyResultProgress,
  statusFromPace,
  type CheckIn,
  type ConfidenceTrend,
  type Cycle,
  type DayOf,
  type IsoDate,
  type KeyResult,
  type Objective,
  type ObjectiveCommitment,
  type OperatingModel,
  type Status,
} from './core-api';
import type { CoachingContext } from './context';
import type { RuleId } from './messages';
import type { Hit } from './rule';
import type { SourceId } from './sources';

/** Everything the rhythm rules read about one key result on one day, computed once. */
export interface KeyResultRhythm {
  readonly kr: KeyResult;
  readonly commitment?: ObjectiveCommitment;
  readonly cycle: Cycle;
  readonly today: IsoDate;
  /** Share of the cycle elapsed: the progress a steady pace would have reached. */
  readonly expected: number;
  readonly progress: number;
  readonly trend: ConfidenceTrend;
  /** Days since the last check-in; undefined when there was none. */
  readonly daysSinceCheckIn?: number;
  readonly daysIntoCycle: number;
  /** The latest confidence, from the check-ins or the KR itself. */
  readonly confidence?: number;
}

export interface RhythmRule {
  readonly id: RuleId;
  readonly source: SourceId;
  check(rhythm: KeyResultRhythm, model: OperatingModel): Hit | undefined;
}

export function readRhythm(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  cycle: Cycle,
  today: IsoDate,
  model: OperatingModel,
  dayOf: DayOf,
  commitment?: ObjectiveCommitment,
): KeyResultRhythm {
  const own = checkIns.filter((checkIn) => checkIn.keyResultId === kr.id);
  const trend = confidenceTrend(own, today, model, dayOf);
  const daysSinceCheckIn =
    trend.daysSinceCheckIn ??
    (kr.lastCheckInAt ? daysBetween(dayOf(kr.lastCheckInAt), today) : undefined);
  const confidence = trend.latest ?? kr.confidence;
  return {
    kr,
    cycle,
    today,
    expected: expectedProgress(cycle, today),
    progress: keyResultProgress(kr),
    trend,
    daysIntoCycle: daysElapsed(cycle, today),
    ...(commitment ? { commitment } : {}),
    ...(daysSinceCheckIn !== undefined ? { daysSinceCheckIn } : {}),
    ...(confidence !== undefined ? { confidence } : {}),
  };
}

/** The cycle is running today: rhythm rules say nothing about plans or closed cycles. */
export function isRunning(rhythm: KeyResultRhythm): boolean {
  return rhythm.cycle.state === 'active' && rhythm.expected > 0 && rhythm.expected < 1;
}

/** The rhythm of each key result, given today and the cycle; none without them. */
export function readRhythms(
  keyResults: readonly KeyResult[],
  context: CoachingContext,
  objectives: readonly Objective[] = context.objectives ?? [],
): KeyResultRhythm[] {
  const { cycle, model } = context;
  if (context.today === undefined || !cycle) return [];
  const { today, dayOf } = context;
  const commitmentOf = new Map(objectives.map((objective) => [objective.id, objective.commitment]));
  return keyResults.map((kr) =>
    readRhythm(
      kr,
      context.checkIns ?? [],
      cycle,
      today,
      model,
      dayOf,
      commitmentOf.get(kr.objectiveId),
    ),
  );
}

/** Status from pace for a running key result; a KR that was checked in counts as started. */
export function paceStatus(rhythm: KeyResultRhythm, model: OperatingModel): Status {
  return statusFromPace(rhythm.progress, rhythm.expected, model, {
    started: rhythm.daysSinceCheckIn !== undefined,
    kind: rhythm.kr.kind,
  });
}
