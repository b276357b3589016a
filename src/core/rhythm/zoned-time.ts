import type { IsoDate, IsoDateTime } from '../model';

/**
 * Wall-clock time in a named time zone (IANA, e.g. `Europe/Berlin`), computed with the
 * platform's `Intl` time-zone data: no clock is read, so the same instant always gives the
 * same answer.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the platform knows the IANA time zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function wallClock(epochMs: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The calendar date an instant falls on in the time zone. */
export function localDateOf(instant: IsoDateTime, timeZone: string): IsoDate {
  const clock = wallClock(Date.parse(instant), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** The zone's offset from UTC at an instant, in minutes (east positive). */
function offsetMinutes(epochMs: number, timeZone: string): number {
  const clock = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
  );
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the wall clock in the zone shows `time` (`HH:MM`) on `date`. A time that
 * a daylight-saving change skips (02:30 on the spring-forward night) is moved forward by the
 * gap, as calendars do; a time that occurs twice (the fall-back night) is its first occurrence.
 */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): IsoDateTime {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset a few hours either side of the wall time covers any single transition.
  const candidates = [wall - 12 * 3_600_000, wall + 12 * 3_600_000].map(
    (probe) => wall - offsetMinutes(probe, timeZone) * 60_000,
  );
  const exact = candidates
    .filter((instant) => wall - offsetMinutes(instant, timeZone) * 60_000 === instant)
    .sort((a, b) => a - b);
  const instant = exact[0] ?? Math.max(...candidates);
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}
