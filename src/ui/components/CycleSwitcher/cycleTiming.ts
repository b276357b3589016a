import { daysBetween } from '../../../core/dates';
import { cycleStateLabel, daysRemaining, upcomingCycleStart } from '../../../core/cycles';
import { formatDay } from '../../../core/format';
import type { Cycle, IsoDate } from '../../../core/model';
import { sayFor, type Say } from '../../board/say';
import type { UpcomingRitual } from './CycleSwitcher.types';

/** In English: what the Programme, which speaks English, shows. */
const english = sayFor(undefined, 'en');

/**
 * The state as the cycle switcher's badge says it, in the reader's language: "Upcoming · starts
 * Jan 1" for a cycle whose first day is ahead (`cycleStateBadge`), else its state alone.
 */
export function cycleStateBadgeSaid(
  cycle: Cycle,
  today: IsoDate,
  locale: string,
  say: Say,
): string {
  const state = say(cycleStateLabel(cycle, today));
  const day = upcomingCycleStart(cycle, today, locale);
  return day === undefined ? state : say('{state} · starts {day}', { state, day });
}

/** "1 Oct 2026 – 31 Dec 2026" (en-GB), in the reader's locale. */
export function cycleDates(cycle: Cycle, locale: string): string {
  return `${formatDay(cycle.start, locale)} – ${formatDay(cycle.end, locale)}`;
}

/**
 * "31 days left", "starts in 5 days", "ended 3 days ago"; a closed cycle "ended early" when it
 * was closed before its end. Shown beside the cycle's state, so it never repeats it.
 */
export function cycleTimeLeft(cycle: Cycle, today: IsoDate, say: Say = english): string {
  const since = daysBetween(cycle.end, today);
  if (cycle.state === 'closed' && since <= 0) return say('ended early');
  if (since > 0) return say('ended {count} {count|day|days} ago', { count: since });
  const untilStart = daysBetween(today, cycle.start);
  if (untilStart > 0) return say('starts in {count} {count|day|days}', { count: untilStart });
  const left = daysRemaining(cycle, today);
  return left > 0 ? say('{count} {count|day|days} left', { count: left }) : say('ends today');
}

/** "today", "tomorrow", "in 27 days": when a day at least today comes. */
export function dayAhead(date: IsoDate, today: IsoDate, say: Say = english): string {
  const ahead = daysBetween(today, date);
  return ahead === 0
    ? say('today')
    : ahead === 1
      ? say('tomorrow')
      : say('in {count} {count|day|days}', { count: ahead });
}

/** "next: mid-cycle review in 9 days" */
export function ritualDue(ritual: UpcomingRitual, today: IsoDate, say: Say = english): string {
  return say('next: {ritual} {when}', {
    ritual: ritual.label,
    when: dayAhead(ritual.date, today, say),
  });
}
