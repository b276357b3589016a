/**
 * The cycle review: how the OKR rhythm went, per team or for the organisation. Share of KRs
 * checked in on time (each check-in day of the cycle's rhythm: did the KR get a check-in within
 * the cadence before it), average confidence over time, the score distribution, and the committed
 * hit rate. Pure.
 */
import type { CoachingPlan } from './coaching-plan';
import { planRituals } from './plan-rituals';
import { addDays, dayNumber } from './dates';
import type { DayOf } from './day-of';
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

/**
 * A band's edges as the locale writes them, to the step's decimals: "0.2" and "0.4" ("0,2" in
 * German), the last band "0.8" and "1.0"; the words around them ("to under") are the page's.
 */
export function scoreBandEdges(
  { from, to }: Pick<ScoreBucket, 'from' | 'to'>,
  locale: string,
): { readonly from: string; readonly to: string } {
  const step = to - from;
  const digits = Number.isInteger(round2(step)) ? 0 : Number.isInteger(round2(step * 10)) ? 1 : 2;
  const format = numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return { from: format.format(from), to: format.format(to) };
}

/**
 * The rhythm check-ins are judged by: the check-in days of the cycle's coaching plan, those the
 * operating model dates now (a cycle run here without a plan), or, for an imported cycle, the
 * cadence its own check-ins show (Viva Goals ran monthly check-ins as often as weekly ones).
 * `none`: an imported cycle whose check-ins show no rhythm, which the measure does not apply to.
 */
export type ReviewRhythm =
  | { readonly from: 'plan' | 'model' | 'checkIns'; readonly cadenceDays: number }
  | { readonly from: 'none' };

export interface CycleReview {
  readonly rhythm: ReviewRhythm;
  /** Check-ins due (KR × check-in day so far) and how many came on time. */
  readonly due: number;
  readonly onTime: number;
  /** `onTime / due`, or undefined when nothing was due yet or the rhythm is `none`. */
  readonly onTimeShare?: number;
  readonly confidence: readonly ConfidencePoint[];
  readonly scores: readonly ScoreBucket[];
  readonly committed: { readonly scored: number; readonly hit: number; readonly rate?: number };
}

/** The cadences an imported cycle's check-ins are read as: weekly, fortnightly, monthly. */
const knownCadences = [7, 14, 30] as const;
/** Gaps longer than this (in days, as a median) show no rhythm to judge check-ins by. */
const longestGap = 45;

/**
 * The cadence a cycle's check-ins show: the median number of days between a KR's check-ins on
 * different days, read as the nearest of weekly, fortnightly and monthly. Undefined when no KR was
 * checked in twice, or their check-ins came less often than monthly. A check-in counts on its
 * day on the reader's clock (`dayOf`).
 */
export function cadenceOfCheckIns(
  history: ReadonlyMap<string, readonly CheckIn[]>,
  keyResultIds: readonly string[],
  dayOf: DayOf,
): number | undefined {
  const gaps: number[] = [];
  for (const id of keyResultIds) {
    const days = [
      ...new Set((history.get(id) ?? []).map((checkIn) => dayNumber(dayOf(checkIn.at)))),
    ].sort((a, b) => a - b);
    for (let i = 1; i < days.length; i++) gaps.push(days[i]! - days[i - 1]!);
  }
  if (gaps.length === 0) return undefined;
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor((gaps.length - 1) / 2)]!;
  if (median > longestGap) return undefined;
  return knownCadences.reduce((best, cadence) =>
    Math.abs(cadence - median) < Math.abs(best - median) ? cadence : best,
  );
}

/** The rhythm the cycle is judged by, and its check-in days up to `today` (the chart's too). */
function rhythmOf(
  cycle: Pick<Cycle, 'start' | 'end' | 'coachingPlan' | 'sourceId'>,
  keyResults: readonly KeyResult[],
  history: ReadonlyMap<string, readonly CheckIn[]>,
  model: Pick<OperatingModel, 'checkIn'>,
  today: IsoDate,
  dayOf: DayOf,
): { readonly rhythm: ReviewRhythm; readonly days: readonly IsoDate[] } {
  const upToToday = (days: readonly IsoDate[]) =>
    days.filter((day) => dayNumber(day) <= dayNumber(today));
  const planned = (plan: CoachingPlan) =>
    upToToday(
      plan.rituals.filter((ritual) => ritual.kind === 'checkIn').map((ritual) => ritual.date),
    );
  if (cycle.coachingPlan) {
    return {
      rhythm: { from: 'plan', cadenceDays: cadenceOfPlan(cycle.coachingPlan, model) },
      days: planned(cycle.coachingPlan),
    };
  }
  const modelDays = () => planned(planRituals(cycle, model.checkIn));
  if (cycle.sourceId === undefined) {
    return {
      rhythm: { from: 'model', cadenceDays: model.checkIn.cadenceDays },
      days: modelDays(),
    };
  }
  // Imported: the rhythm it had is not known here, but its check-ins show one (or none, when
  // nothing is judged; confidence is still shown on the model's days).
  const cadenceDays = cadenceOfCheckIns(
    history,
    keyResults.map((kr) => kr.id),
    dayOf,
  );
  if (cadenceDays === undefined) return { rhythm: { from: 'none' }, days: modelDays() };
  const days: IsoDate[] = [];
  for (
    let day = addDays(cycle.start, cadenceDays - 1);
    dayNumber(day) <= dayNumber(cycle.end);
    day = addDays(day, cadenceDays)
  ) {
    days.push(day);
  }
  return { rhythm: { from: 'checkIns', cadenceDays }, days: upToToday(days) };
}

/** The days between a plan's check-ins (the model's cadence when it dates fewer than two). */
function cadenceOfPlan(plan: CoachingPlan, model: Pick<OperatingModel, 'checkIn'>): number {
  const [first, second] = plan.rituals.filter((ritual) => ritual.kind === 'checkIn');
  return first && second
    ? dayNumber(second.date) - dayNumber(first.date)
    : model.checkIn.cadenceDays;
}

export function reviewCycle(
  cycle: Pick<Cycle, 'start' | 'end' | 'coachingPlan' | 'sourceId'>,
  objectives: readonly Objective[],
  keyResults: readonly KeyResult[],
  history: ReadonlyMap<string, readonly CheckIn[]>,
  model: Pick<OperatingModel, 'checkIn' | 'scoring'>,
  today: IsoDate,
  dayOf: DayOf,
): CycleReview {
  const { rhythm, days: checkInDays } = rhythmOf(cycle, keyResults, history, model, today, dayOf);
  let due = 0;
  let onTime = 0;
  for (const kr of rhythm.from === 'none' ? [] : keyResults) {
    const cadenceDays = rhythm.from === 'none' ? 0 : rhythm.cadenceDays;
    const days = (history.get(kr.id) ?? []).map((checkIn) => dayNumber(dayOf(checkIn.at)));
    for (const day of checkInDays) {
      due++;
      const windowStart = dayNumber(addDays(day, 1 - cadenceDays));
      if (days.some((d) => d >= windowStart && d <= dayNumber(day))) onTime++;
    }
  }

  const confidence = checkInDays.map((date) => {
    const latest: number[] = [];
    for (const kr of keyResults) {
      const before = (history.get(kr.id) ?? []).filter(
        (checkIn) =>
          checkIn.confidence !== undefined && dayNumber(dayOf(checkIn.at)) <= dayNumber(date),
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
    rhythm,
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
