import { daysBetween } from '../../../core/dates';
import { daysRemaining } from '../../../core/cycles';
import { formatDay } from '../../../core/format';
import type { Cycle, IsoDate } from '../../../core/model';
import type { UpcomingRitual } from './CycleSwitcher.types';

/** "1 Oct 2026 – 31 Dec 2026" (en-GB), in the reader's locale. */
export function cycleDates(cycle: Cycle, locale: string): string {
  return `${formatDay(cycle.start, locale)} – ${formatDay(cycle.end, locale)}`;
}

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

/**
 * "31 days left", "starts in 5 days", "ended 3 days ago"; a closed cycle "ended early" when it
 * was closed before its end. Shown beside the cycle's state, so it never repeats it.
 */
export function cycleTimeLeft(cycle: Cycle, today: IsoDate): string {
  const since = daysBetween(cycle.end, today);
  if (cycle.state === 'closed' && since <= 0) return 'ended early';
  if (since > 0) return `ended ${days(since)} ago`;
  const untilStart = daysBetween(today, cycle.start);
  if (untilStart > 0) return `starts in ${days(untilStart)}`;
  const left = daysRemaining(cycle, today);
  return left > 0 ? `${days(left)} left` : 'ends today';
}

/** "today", "tomorrow", "in 27 days": when a day at least today comes. */
export function dayAhead(date: IsoDate, today: IsoDate): string {
  const ahead = daysBetween(today, date);
  return ahead === 0 ? 'today' : ahead === 1 ? 'tomorrow' : `in ${days(ahead)}`;
}

/** "next: mid-cycle review in 9 days" */
export function ritualDue(ritual: UpcomingRitual, today: IsoDate): string {
  return `next: ${ritual.label} ${dayAhead(ritual.date, today)}`;
}
