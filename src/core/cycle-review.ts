/**
 * The cycle review: how the OKR rhythm went, per team or for the organisation. Share of KRs
 * checked in on time (each check-in day of the plan: did the KR get a check-in within the
 * cadence before it), average confidence over time, the score distribution, and the committed
 * hit rate. Pure.
 */
import { planRituals } from './coaching-plan';
import { addDays, dayNumber, toIsoDate } from './dates';
import type { CheckIn, Cycle, IsoDate, KeyResult, Objective } from './model';
import type { OperatingModel } from './operating-model';

export interface ConfidencePoint {
  /** The check-in day the point stands for. */
  readonly date: IsoDate;
  /** Mean of each KR's latest confidence on or before that day; undefined before any. */
  readonly average?: number;
}

export interface ScoreBucket {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export interface CycleReview {
  /** Check-ins due (KR × check-in day so far) and how many came on time. */
  readonly due: number;
  readonly onTime: number;
  /** `onTime / due`, or undefined when nothing was due yet. */
  readonly onTimeShare?: number;
  readonly confidence: readonly ConfidencePoint[];
  readonly scores: readonly ScoreBucket[];
  readonly committed: { readonly scored: number; readonly hit: number; readonly rate?: number };
}

export function reviewCycle(
  cycle: Pick<Cycle, 'start' | 'end' | 'coachingPlan'>,
  objectives: readonly Objective[],
  keyResults: readonly KeyResult[],
  history: ReadonlyMap<string, readonly CheckIn[]>,
  model: Pick<OperatingModel, 'checkIn' | 'scoring'>,
  today: IsoDate,
): CycleReview {
  const plan = cycle.coachingPlan ?? planRituals(cycle, model.checkIn);
  const checkInDays = plan.rituals
    .filter((ritual) => ritual.kind === 'checkIn' && dayNumber(ritual.date) <= dayNumber(today))
    .map((ritual) => ritual.date);
  let due = 0;
  let onTime = 0;
  for (const kr of keyResults) {
    const days = (history.get(kr.id) ?? []).map((checkIn) => dayNumber(toIsoDate(checkIn.at)));
    for (const day of checkInDays) {
      due++;
      const windowStart = dayNumber(addDays(day, 1 - model.checkIn.cadenceDays));
      if (days.some((d) => d >= windowStart && d <= dayNumber(day))) onTime++;
    }
  }

  const confidence = checkInDays.map((date) => {
    const latest: number[] = [];
    for (const kr of keyResults) {
      const before = (history.get(kr.id) ?? []).filter(
        (checkIn) =>
          checkIn.confidence !== undefined && dayNumber(toIsoDate(checkIn.at)) <= dayNumber(date),
      );
      const last = before[before.length - 1];
      if (last?.confidence !== undefined) latest.push(last.confidence);
    }
    return latest.length === 0
      ? { date }
      : {
          date,
          average: Math.round((latest.reduce((a, b) => a + b, 0) / latest.length) * 10) / 10,
        };
  });

  const max = model.scoring.max;
  const step = max / 5;
  const scores = Array.from({ length: 5 }, (_, index) => ({
    from: round2(index * step),
    to: round2((index + 1) * step),
    count: 0,
  }));
  for (const kr of keyResults) {
    if (kr.score === undefined) continue;
    const index = Math.min(Math.floor(kr.score / step), 4);
    const bucket = scores[index]!;
    scores[index] = { ...bucket, count: bucket.count + 1 };
  }

  const committedScored = objectives.filter(
    (objective) => objective.commitment === 'committed' && objective.score !== undefined,
  );
  const hit = committedScored.filter((objective) => (objective.score ?? 0) >= max - 1e-9).length;
  return {
    due,
    onTime,
    ...(due > 0 ? { onTimeShare: onTime / due } : {}),
    confidence,
    scores,
    committed: {
      scored: committedScored.length,
      hit,
      ...(committedScored.length > 0 ? { rate: hit / committedScored.length } : {}),
    },
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
