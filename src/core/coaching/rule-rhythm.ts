import {
  confidenceTrend,
  daysBetween,
  daysElapsed,
  expectedProgress,
  keyResultProgress,
  toIsoDate,
  type CheckIn,
  type ConfidenceTrend,
  type Cycle,
  type IsoDate,
  type KeyResult,
  type ObjectiveCommitment,
  type OperatingModel,
} from './core-api';
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
  commitment?: ObjectiveCommitment,
): KeyResultRhythm {
  const own = checkIns.filter((checkIn) => checkIn.keyResultId === kr.id);
  const trend = confidenceTrend(own, today, model);
  const daysSinceCheckIn =
    trend.daysSinceCheckIn ??
    (kr.lastCheckInAt ? daysBetween(toIsoDate(kr.lastCheckInAt), today) : undefined);
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
