import type { IsoDate, IsoDateTime } from './model';

/**
 * The calendar day an instant (a check-in's `at`) counts on for the person the day is counted
 * for: the day their clock showed. Each surface passes its user's (`dayOf` in
 * `src/ui/app/day-of.ts`, the browser's zone), the reminders job each person's (their mailbox's
 * zone); code that counts for no one in particular passes `toIsoDate`, the UTC day, by name.
 */
export type DayOf = (instant: IsoDateTime) => IsoDate;

/**
 * A day, or an instant at midnight or noon UTC to the second: a day imported without its time.
 * SharePoint's date and time columns keep whole seconds.
 */
const importedDay = /^(\d{4}-\d{2}-\d{2})(T(00|12):00:00(\.0+)?Z)?$/;

/**
 * The day of an instant on a zone's calendar, as `localDay` reads it there. An import stores a day
 * given without a time at noon UTC (as the store's date columns are); earlier imports stored it at
 * midnight UTC; and nothing else tells such a day from a time. So an instant at exactly 00:00:00 or
 * 12:00:00 UTC counts on the day it names, wherever it is read: without that, a day imported at
 * noon would count on the next day from UTC+12 (Auckland's summer, Fiji, Tonga, Kiribati). A
 * check-in made in either of those seconds counts on its UTC day: two seconds a day, against every
 * imported day.
 */
export function dayIn(localDay: DayOf, instant: IsoDateTime): IsoDate {
  return importedDayOf(instant) ?? localDay(instant);
}

/** The day an instant names when it is a day imported without its time (see `dayIn`). */
export function importedDayOf(instant: IsoDateTime): IsoDate | undefined {
  return importedDay.exec(instant)?.[1];
}
