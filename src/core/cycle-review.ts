/**
 * The cycle review: how the OKR rhythm went, per team or for the organisation. Share of KRs
 * checked in on time (each check-in day of the plan: did the KR get a check-in within the
 * cadence before it), average confidence over time, the score distribution, and the committed
 * hit rate. Pure.
 */
import { planRituals } from './coaching-plan';
import { addDays, dayNumber, toIsoDate } from './dates';
import { numberFormat } from './format';
import type { CheckIn, Cycle, IsoDate, KeyResult, Objective } from './model';
import type { OperatingModel } from './operating-model';

export interface ConfidencePoint {
  /** The check-in day the point stands for. */
  readonly date: IsoDate;
  /** Mean of each KR's latest confidence on or before that day; undefined before any. */
  readonly average?: number;
}

/**
 * A band of KR scores, half-open so that a score on an edge counts once: from `from` to under
 * `to`, except the last band, which takes the top of the scale too (`includesTo`).
 */
export interface ScoreBucket {
  readonly from: number;
  readonly to: number;
  readonly includesTo: boolean;
  readonly count: number;
}

/** A band in words: "0.2 to under 0.4", the last one "0.8 to 1.0". */
export function scoreBandLabel(
  { from, to, includesTo }: Pick<ScoreBucket, 'from' | 'to' | 'includesTo'>,
  locale: string,
): string {
  const step = to - from;
  const digits = Number.isInteger(round2(step)) ? 0 : Number.isInteger(round2(step * 10)) ? 1 : 2;
  const format = numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${format.format(from)} to ${includesTo ? '' : 'under '}${format.format(to)}`;
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
    includesTo: index === 4,
    count: 0,
  }));
  for (const kr of keyResults) {
    const score = kr.score;
    if (score === undefined) continue;
    // Against the rounded edges, not score / step: 0.6 / 0.2 is 2.999…, which put 0.6 in the band
    // below it.
    const found = scores.findIndex((band) => score < band.to - 1e-9);
    const index = found < 0 ? scores.length - 1 : found;
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
