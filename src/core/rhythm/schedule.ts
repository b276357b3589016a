import { addDays, dayNumber, weekday } from '../dates';
import type { CycleDates } from '../cycles';
import type { IsoDate, IsoDateTime } from '../model';
import type { OperatingModel } from '../operating-model';
import { localDateOf, zonedInstant } from './zoned-time';

/**
 * When a check-in is due. A team checks in on the operating model's weekday, every
 * `cadenceDays`: 7, 14 or 21 days repeat from the first such weekday on or after the cycle's
 * start; `monthlyCadenceDays` (30) means the first such weekday of every month. Viva Goals
 * offered the same four cadences and reminded on Monday mornings at 09:00 local time, which is
 * this module's default.
 */
export const monthlyCadenceDays = 30;
export const defaultReminderTime = '09:00';

/**
 * One check-in period of a cycle: it opens on a check-in day at the reminder time, in a person's
 * time zone, and closes when the next one opens.
 */
export interface CheckInWindow {
  /** The check-in day, as a local date: the same key for everyone in the same zone. */
  readonly day: IsoDate;
  readonly opensAt: IsoDateTime;
  readonly closesAt: IsoDateTime;
}

/** The check-in days of a cycle, in order (local calendar dates, the cycle's ends included). */
export function checkInDays(
  checkIn: Pick<OperatingModel['checkIn'], 'cadenceDays' | 'day'>,
  cycle: CycleDates,
): IsoDate[] {
  const days: IsoDate[] = [];
  const firstOnOrAfter = (date: IsoDate) => addDays(date, (checkIn.day - weekday(date) + 7) % 7);
  const end = dayNumber(cycle.end);
  if (checkIn.cadenceDays === monthlyCadenceDays) {
    let monthStart = `${cycle.start.slice(0, 7)}-01`;
    while (dayNumber(monthStart) <= end) {
      const day = firstOnOrAfter(monthStart);
      if (dayNumber(day) >= dayNumber(cycle.start) && dayNumber(day) <= end) days.push(day);
      monthStart = nextMonth(monthStart);
    }
    return days;
  }
  for (let day = firstOnOrAfter(cycle.start); dayNumber(day) <= end;) {
    days.push(day);
    day = addDays(day, checkIn.cadenceDays);
  }
  return days;
}

function nextMonth(monthStart: IsoDate): IsoDate {
  const [year, month] = monthStart.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/**
 * The check-in window that `now` falls in, for a person in `timeZone`: the latest check-in day
 * whose reminder time has passed. Undefined before the cycle's first check-in, and once the
 * cycle's last day is over in that zone. The last window closes at the end of the cycle.
 */
export function checkInWindowAt(
  now: IsoDateTime,
  timeZone: string,
  checkIn: Pick<OperatingModel['checkIn'], 'cadenceDays' | 'day'>,
  cycle: CycleDates,
  reminderTime: string = defaultReminderTime,
): CheckInWindow | undefined {
  const today = localDateOf(now, timeZone);
  if (dayNumber(today) > dayNumber(cycle.end)) return undefined;
  const days = checkInDays(checkIn, cycle);
  const opening = (day: IsoDate) => zonedInstant(day, reminderTime, timeZone);
  const nowMs = Date.parse(now);
  let index = -1;
  for (let i = 0; i < days.length && Date.parse(opening(days[i]!)) <= nowMs; i++) index = i;
  const day = days[index];
  if (day === undefined) return undefined;
  const next = days[index + 1];
  const closesAt = next ? opening(next) : zonedInstant(addDays(cycle.end, 1), '00:00', timeZone);
  return { day, opensAt: opening(day), closesAt };
}
