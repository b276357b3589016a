import { cycleLengthDays, daysElapsed, type CycleDates } from './cycles';
import { daysBetween } from './dates';
import type { IsoDate, KeyResult, KeyResultKind, Objective, Status } from './model';
import type { OperatingModel } from './operating-model';
import {
  isStayKind,
  keyResultProgress,
  objectiveProgress,
  progressAt,
  type WeightedKeyResult,
} from './progress';

/**
 * The progress a steady pace would have reached by the end of `today`: 0 before the cycle,
 * rising linearly by day, 1 from the last day on.
 */
export function expectedProgress(cycle: CycleDates, today: IsoDate): number {
  return daysElapsed(cycle, today) / cycleLengthDays(cycle);
}

/**
 * The progress a KR is expected to have by `today`. With phased targets the expected value runs
 * straight from the start value at the cycle's start through each dated target to the target at
 * the cycle's end; without them it is the steady pace of `expectedProgress`.
 */
export function expectedKeyResultProgress(
  kr: Pick<KeyResult, 'kind' | 'start' | 'target' | 'targets'>,
  cycle: CycleDates,
  today: IsoDate,
): number {
  const phased = (kr.targets ?? []).filter((t) => t.date > cycle.start && t.date < cycle.end);
  if (phased.length === 0 || isStayKind(kr.kind)) return expectedProgress(cycle, today);
  const points = [
    { date: cycle.start, value: kr.start },
    ...[...phased].sort((a, b) => a.date.localeCompare(b.date)),
    { date: cycle.end, value: kr.target },
  ];
  if (today <= cycle.start) return 0;
  if (today >= cycle.end) return 1;
  const after = points.findIndex((point) => point.date >= today);
  const from = points[after - 1]!;
  const to = points[after]!;
  const share = daysBetween(from.date, today) / Math.max(1, daysBetween(from.date, to.date));
  return progressAt(kr, from.value + (to.value - from.value) * share);
}

export interface PaceOptions {
  /** The KR has been checked in at least once (or the objective has a checked-in KR). */
  readonly started?: boolean;
  /**
   * Still before the first check-in is due: too early to judge the pace, so being behind is
   * not yet a risk.
   */
  readonly inGracePeriod?: boolean;
  /** Stay-above / stay-below KRs are judged by holding the line, not by pace. */
  readonly kind?: KeyResultKind;
}

/**
 * Status from pace. `behind` is the shortfall as a fraction of the expected progress,
 * `(expected - progress) / expected`:
 * - achieved: progress reached 1 (for stay KRs: the line held through the whole cycle);
 * - notStarted: no progress and not yet checked in, or the cycle has not begun;
 * - offTrack: behind by more than `pace.offTrackBehind` (default 50%);
 * - atRisk: behind by more than `pace.atRiskBehind` (default 25%);
 * - onTrack: otherwise.
 * A stay KR holding its line is on track; across the line it is at least at risk, and off
 * track when its progress (see `keyResultProgress`) is behind 1 by more than `offTrackBehind`.
 */
export function statusFromPace(
  progress: number,
  expected: number,
  model: Pick<OperatingModel, 'pace'>,
  options: PaceOptions = {},
): Status {
  const { atRiskBehind, offTrackBehind } = model.pace;
  if (options.kind && isStayKind(options.kind)) {
    if (progress >= 1) return expected >= 1 ? 'achieved' : 'onTrack';
    return 1 - progress > offTrackBehind ? 'offTrack' : 'atRisk';
  }
  if (progress >= 1) return 'achieved';
  if (progress <= 0 && (options.started === false || expected <= 0)) return 'notStarted';
  if (expected <= 0 || options.inGracePeriod) return 'onTrack';
  const behind = (expected - progress) / expected;
  if (behind > offTrackBehind) return 'offTrack';
  if (behind > atRiskBehind) return 'atRisk';
  return 'onTrack';
}

/**
 * What every OKR's status in a cycle reads of today: the steady pace's expected progress and
 * whether the cycle is in its grace period. The same for each OKR of a board, so a board of
 * thousands reads it once (`keyResultStatus`, `objectiveStatus`).
 */
export interface CyclePace {
  readonly expected: number;
  readonly inGracePeriod: boolean;
}

export function cyclePace(
  cycle: CycleDates,
  today: IsoDate,
  model: Pick<OperatingModel, 'checkIn'>,
): CyclePace {
  return {
    expected: expectedProgress(cycle, today),
    inGracePeriod: inGracePeriod(cycle, today, model),
  };
}

/**
 * Status of a key result today; a manual override (with its reason) wins. `progress` is the
 * KR's own unless given (a KR rolled up from its children, see `rollUpProgress`); `pace` is the
 * cycle's today (`cyclePace`), given when it has been read already.
 */
export function keyResultStatus(
  kr: KeyResult,
  cycle: CycleDates,
  today: IsoDate,
  model: Pick<OperatingModel, 'pace' | 'checkIn'>,
  progress: number = keyResultProgress(kr),
  pace: CyclePace = cyclePace(cycle, today, model),
): Status {
  if (kr.statusOverride) return kr.statusOverride.status;
  // Without phased targets a KR is expected to be at the cycle's steady pace.
  const expected = kr.targets?.length ? expectedKeyResultProgress(kr, cycle, today) : pace.expected;
  return statusFromPace(progress, expected, model, {
    started: kr.lastCheckInAt !== undefined,
    inGracePeriod: pace.inGracePeriod,
    kind: kr.kind,
  });
}

/**
 * Status of an objective today from the weighted roll-up of its KRs against the pace; a manual
 * override on the objective wins. Overrides on single KRs do not change the roll-up. An objective with stay KRs
 * is achieved only once the cycle is over: a line must hold to the end. `progress` is its KRs'
 * unless given (an objective that also rolls up aligned objectives, see `rollUpProgress`).
 */
export function objectiveStatus(
  objective: Pick<Objective, 'statusOverride'>,
  keyResults: readonly (WeightedKeyResult & Pick<KeyResult, 'lastCheckInAt'>)[],
  cycle: CycleDates,
  today: IsoDate,
  model: Pick<OperatingModel, 'pace' | 'checkIn'>,
  progress?: number,
  pace: CyclePace = cyclePace(cycle, today, model),
): Status {
  if (objective.statusOverride) return objective.statusOverride.status;
  if (keyResults.length === 0 && progress === undefined) return 'notStarted';
  const expected = pace.expected;
  const measured = progress ?? objectiveProgress(keyResults);
  const status = statusFromPace(measured, expected, model, {
    started: keyResults.some((kr) => kr.lastCheckInAt !== undefined),
    inGracePeriod: pace.inGracePeriod,
  });
  const holdsLinesStill = keyResults.some((kr) => isStayKind(kr.kind)) && expected < 1;
  return status === 'achieved' && holdsLinesStill ? 'onTrack' : status;
}

/** The first check-in period of the cycle, before any pace can fairly be expected. */
export function inGracePeriod(
  cycle: CycleDates,
  today: IsoDate,
  model: Pick<OperatingModel, 'checkIn'>,
): boolean {
  return daysElapsed(cycle, today) <= model.checkIn.cadenceDays;
}
