import { toIsoDate } from '../../core/dates';
import { formatDay } from '../../core/format';

/**
 * The first `Intl` formatter a page makes loads the locale and time zone data underneath it
 * (ICU): 10–35 ms in Chromium, once per page process, while any later one takes well under a
 * millisecond. Every first screen formats dates and numbers, so that cost is paid before its
 * first paint either way: made here, while the page waits for its cache or for Graph, it is
 * not paid while that screen renders.
 */
export function loadLocaleDataWhenIdle(locale: string): void {
  const load = () => void formatDay(toIsoDate(new Date().toISOString()), locale);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 1000 });
  else setTimeout(load);
}
