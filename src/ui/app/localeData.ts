import { formatDay } from '../../core/format';
import { today } from './today';

/**
 * The first `Intl` formatter a page makes loads the locale and time zone data underneath it
 * (ICU): 10–40 ms in Chromium, once per page process, while any later one takes well under a
 * millisecond. Every first screen formats dates and numbers, so that cost is paid before its
 * first paint either way: made in a task of its own right after the page's first render (its
 * loading state), it is paid while the page waits for its cache or for Graph, not while that
 * screen renders. Not in an idle callback: a cold open keeps the main thread busy (scripts,
 * sign-in), and its idle came after the board's first row in two of four opens (bench, Dec 3).
 * A tab reopened with its cache has loaded that data sooner, while its scripts arrived
 * (`openCacheAhead`); this formatter then only adds the host's locale.
 */
export function loadLocaleDataSoon(locale: string): void {
  setTimeout(() => void formatDay(today(), locale));
}
