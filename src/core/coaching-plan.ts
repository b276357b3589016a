/**
 * The coaching plan: the dated rituals of one cycle, from the coaching method's OKR operations
 * (planning, weekly check-ins, a mid-cycle review, closing with scores, a retrospective). Boards
 * show the next one ("next: mid-cycle review in 9 days") and the ritual prompts use them.
 * Pure: dates in, dates out.
 */
import { nextCheckInDay, planningWeekStart, type CycleDates } from './cycles';
import { addDays, daysBetween, dayNumber } from './dates';
import type { IsoDate } from './model';
import type { OperatingModel } from './operating-model';

export const ritualKinds = [
  'planning',
  'checkIn',
  'midCycleReview',
  'close',
  'retrospective',
] as const;
export type RitualKind = (typeof ritualKinds)[number];

export interface Ritual {
  readonly kind: RitualKind;
  readonly date: IsoDate;
}

export interface CoachingPlan {
  readonly rituals: readonly Ritual[];
}

export const ritualLabels: Record<RitualKind, string> = {
  planning: 'planning week',
  checkIn: 'check-in',
  midCycleReview: 'mid-cycle review',
  close: 'close and score',
  retrospective: 'retrospective',
};

/**
 * The rituals of a cycle, in date order: the planning week the week before it starts (never from
 * the end-of-year break: `planningWeekStart`), a check-in
 * on every check-in day of the model inside the cycle, the mid-cycle review at the check-in
 * nearest its midpoint (the method holds it in that check-in; at the midpoint itself when the
 * cycle has none), the close on its last day and the retrospective the day after.
 */
export function planRituals(cycle: CycleDates, checkIn: OperatingModel['checkIn']): CoachingPlan {
  const length = daysBetween(cycle.start, cycle.end) + 1;
  const rituals: Ritual[] = [{ kind: 'planning', date: planningWeekStart(cycle.start) }];
  for (
    let day = nextCheckInDay(cycle.start, checkIn, cycle);
    dayNumber(day) <= dayNumber(cycle.end);
    day = addDays(day, checkIn.cadenceDays)
  ) {
    rituals.push({ kind: 'checkIn', date: day });
  }
  const midpoint = addDays(cycle.start, Math.floor(length / 2));
  rituals.push({ kind: 'midCycleReview', date: checkInNearest(midpoint, rituals) ?? midpoint });
  rituals.push({ kind: 'close', date: cycle.end });
  rituals.push({ kind: 'retrospective', date: addDays(cycle.end, 1) });
  return { rituals: sortRituals(rituals) };
}

/** The check-in closest to `day`; of two as close, the later (more progress to review). */
function checkInNearest(day: IsoDate, rituals: readonly Ritual[]): IsoDate | undefined {
  let nearest: IsoDate | undefined;
  for (const ritual of rituals) {
    if (ritual.kind !== 'checkIn') continue;
    const distance = Math.abs(daysBetween(day, ritual.date));
    if (nearest === undefined || distance <= Math.abs(daysBetween(day, nearest)))
      nearest = ritual.date;
  }
  return nearest;
}

function sortRituals(rituals: readonly Ritual[]): Ritual[] {
  const order = (kind: RitualKind) => ritualKinds.indexOf(kind);
  return [...rituals].sort(
    (a, b) => dayNumber(a.date) - dayNumber(b.date) || order(a.kind) - order(b.kind),
  );
}

/**
 * The first ritual on or after `today`. Check-ins come every week or two, so by default the next
 * milestone ritual (planning, review, close, retrospective) is what a board names.
 */
export function nextRitual(
  plan: CoachingPlan,
  today: IsoDate,
  options: { readonly includeCheckIns?: boolean } = {},
): Ritual | undefined {
  return sortRituals(plan.rituals).find(
    (ritual) =>
      dayNumber(ritual.date) >= dayNumber(today) &&
      (options.includeCheckIns || ritual.kind !== 'checkIn'),
  );
}
