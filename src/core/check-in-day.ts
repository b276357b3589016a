import type { CycleDates } from './cycles';
import { isIsoDate } from './dates';
import type { IsoDate } from './model';

/**
 * The days a check-in can be recorded for on `today`: from the cycle's first day to today, or to
 * its last day once it is over (none before it starts: `first` is then after `last`).
 */
export function checkInDays(cycle: CycleDates, today: IsoDate): { first: IsoDate; last: IsoDate } {
  return { first: cycle.start, last: cycle.end < today ? cycle.end : today };
}

/**
 * Whether a check-in can be recorded for `day` (text typed as `YYYY-MM-DD`, or not a date): one
 * of `checkInDays`. Today always is, and so is any day while the cycle has not started: a
 * check-in made now meets the cycle's own rules (`validateCheckIn`), as before days could be
 * chosen. Every surface that lets a person choose the day asks this.
 */
export function isCheckInDay(day: string, cycle: CycleDates, today: IsoDate): boolean {
  const { first, last } = checkInDays(cycle, today);
  if (day === today || first > last) return true;
  return isIsoDate(day) && day >= first && day <= last;
}
