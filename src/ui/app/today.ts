import { toIsoDate } from '../../core/dates';

/** Today as the page's clock sees it: the core reads no clock, so surfaces pass this in. */
export function today(): string {
  return toIsoDate(new Date().toISOString());
}
