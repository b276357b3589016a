import { formatDay } from '../../core/format';
import type { IsoDate } from '../../core/model';

/**
 * Beside a disabled Check in on a KR of a cycle whose first day is ahead: "Check-ins open on
 * Jan 1, 2027", the day in the reader's locale. The board's own words, so its first screen does
 * not load the core's message catalogue for them.
 */
export function checkInsOpenOnWords(opensOn: IsoDate, locale: string): string {
  return `Check-ins open on ${formatDay(opensOn, locale)}`;
}
