import { dayIn } from '../../core/day-of';
import type { IsoDate, IsoDateTime } from '../../core/model';
import { dayOnClock } from './today';

/**
 * The user's calendar day of an instant (a check-in's `at`): the day their clock showed then, in
 * the browser's time zone, as `today` reads it. A check-in made at 18:00 on a Monday in Los
 * Angeles (02:00 UTC on Tuesday) counts on Monday. The core reads no zone, so surfaces pass this
 * in where they count check-ins on days. Apart from `today`, which the Excel task pane's first
 * screen loads, as the pane counts no check-in on a day.
 */
export function dayOf(instant: IsoDateTime): IsoDate {
  return dayIn(dayOnClock, instant);
}
