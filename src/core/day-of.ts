import type { IsoDate, IsoDateTime } from './model';

/**
 * The calendar day an instant (a check-in's `at`) counts on for the person the day is counted
 * for: the day their clock showed. Each surface passes its user's (`dayOf` in
 * `src/ui/app/day-of.ts`, the browser's zone), the reminders job each person's (their mailbox's
 * zone); code that counts for no one in particular passes `toIsoDate`, the UTC day, by name.
 */
export type DayOf = (instant: IsoDateTime) => IsoDate;

/** A day, or an instant at midnight UTC to the second: a day imported without its time. */
const importedDay = /^(\d{4}-\d{2}-\d{2})(T00:00:00(\.0+)?Z)?$/;

/**
 * The day of an instant on a zone's calendar, as `localDay` reads it there. Imports stored a day
 * given without a time at midnight UTC until they stored it at noon UTC (as the store's date
 * columns are), and nothing else tells such a day from a time: an instant at exactly 00:00:00 UTC
 * counts on the day it names, wherever it is read. A check-in made in that very second counts on
 * its UTC day (the evening before in the Americas): a second a day, against every old import.
 */
export function dayIn(localDay: DayOf, instant: IsoDateTime): IsoDate {
  return importedDay.exec(instant)?.[1] ?? localDay(instant);
}
