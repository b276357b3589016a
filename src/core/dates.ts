import type { IsoDate, IsoDateTime } from './model';

/**
 * Calendar arithmetic on `YYYY-MM-DD` dates. Dates are whole days in UTC, so the result never
 * depends on the machine's time zone. Which day an instant counts on is the caller's to say
 * (`DayOf`): the core reads no zone.
 */
const msPerDay = 86_400_000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A real calendar date in `YYYY-MM-DD` form (not 2026-02-30). */
export function isIsoDate(text: string): boolean {
  return dayNumberOrNaN(text) === dayNumberOrNaN(text);
}

/** An ISO 8601 instant with a time zone (`2026-11-24T09:30:00Z`). */
export function isIsoDateTime(text: string): boolean {
  return isoDateTimePattern.test(text) && isIsoDate(text.slice(0, 10)) && !isNaN(Date.parse(text));
}

/** Days since 1970-01-01 for a valid date; throws RangeError on anything else. */
export function dayNumber(date: IsoDate): number {
  const days = dayNumberOrNaN(date);
  if (isNaN(days)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return days;
}

export function fromDayNumber(days: number): IsoDate {
  return new Date(days * msPerDay).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** An instant written in UTC, whose calendar day is its first ten characters. */
const utcDateTimePattern = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?Z$/;

/** The UTC calendar day of an instant, or the date itself when given a date. */
export function toIsoDate(dateOrTime: IsoDate | IsoDateTime): IsoDate {
  if (isoDatePattern.test(dateOrTime)) return dateOrTime;
  // Read as text, as a board of thousands of check-ins asks for each one's day: Graph writes
  // every SharePoint date-time in UTC.
  const utcDay = utcDateTimePattern.exec(dateOrTime)?.[1];
  if (utcDay !== undefined && isIsoDate(utcDay)) return utcDay;
  const time = Date.parse(dateOrTime);
  if (isNaN(time)) throw new RangeError(`Not an ISO date or date-time: ${dateOrTime}`);
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Dates already read, by their text: a board of thousands of KRs asks about the same few days
 * (the cycle's, today, check-in days) again and again. Bounded, as a long session meets new days.
 */
const readDays = new Map<string, number>();
const mostDaysKept = 4096;

function dayNumberOrNaN(date: string): number {
  let days = readDays.get(date);
  if (days === undefined) {
    days = readDayNumber(date);
    if (readDays.size >= mostDaysKept) readDays.clear();
    readDays.set(date, days);
  }
  return days;
}

function readDayNumber(date: string): number {
  const match = isoDatePattern.exec(date);
  if (!match) return NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  const real =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day;
  return real ? time / msPerDay : NaN;
}
