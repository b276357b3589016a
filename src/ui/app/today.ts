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

/** The day an instant fell on, on the user's clock: `today` then (`dayOf` counts imported days). */
export function dayOnClock(instant: IsoDateTime): IsoDate {
  return today(new Date(instant));
}
