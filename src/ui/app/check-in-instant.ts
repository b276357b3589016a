import type { IsoDate, IsoDateTime } from '../../core/model';

/**
 * When a check-in recorded for an earlier day happened: that day in the person's time zone, at
 * the time of day it is now. So it counts on the chosen day wherever its day is read in that zone,
 * as a check-in made then would; it is never in the future; and of two recorded for the same day,
 * the one recorded later stays the later. When it was written is SharePoint's Created column.
 */
export function atTimeOfDayOn(day: IsoDate, now: Date): IsoDateTime {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const at = new Date(now);
  // Local fields: a day whose clock skipped this time (a spring-forward night) moves it on an hour.
  at.setFullYear(year, month - 1, date);
  return at.toISOString();
}
