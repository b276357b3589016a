/**
 * A cycle's coaching plan from its dates and the operating model's check-in rhythm. Apart from
 * `coaching-plan.ts`, which the boards read for the next ritual: only the Programme, the meeting
 * rituals and the cycle review plan one.
 */
import { type CoachingPlan, type Ritual, sortRituals } from './coaching-plan';
import { nextCheckInDay, planningWeekStart, type CycleDates } from './cycles';
import { addDays, daysBetween, dayNumber } from './dates';
import type { IsoDate } from './model';
import type { OperatingModel } from './operating-model';

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
