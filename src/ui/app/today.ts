import { dayIn } from '../../core/dates';
import type { IsoDate, IsoDateTime } from '../../core/model';

/**
 * The user's calendar day at `now`, on their own clock: the day in the browser's time zone, as
 * Teams and Excel show it (at 17:00 on 31 December in Los Angeles it is still the 31st, though
 * UTC is on 1 January). The core reads no clock, so surfaces pass this in.
 */
export function today(now = new Date()): IsoDate {
  // The wall clock's reading, written as if it were UTC.
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * The user's calendar day of an instant (a check-in's `at`): the day their clock showed then, in
 * the browser's time zone, as `today` reads it. A check-in made at 18:00 on a Monday in Los
 * Angeles (02:00 UTC on Tuesday) counts on Monday. The core reads no zone, so surfaces pass this
 * in where it counts check-ins on days.
 */
export function dayOf(instant: IsoDateTime): IsoDate {
  return dayIn(localDay, instant);
}

const localDay = (instant: IsoDateTime) => today(new Date(instant));
