/**
 * What a page's start-up fetches before its host has answered: the IndexedDB cache, opened and
 * read at once; and, when it holds nothing at all (the first open in this browser, or after
 * sign-out), sign-in and the Graph adapter, which a cold start needs before anything shows:
 * at once when the browser says nothing was cached here, else once the cache has answered.
 * A reopened tab also loads the locale data its first paint formats with, while its scripts
 * arrive. Small on purpose: a page's entry imports it and runs it first.
 */
import { cacheMayHoldReads } from '../../store/caching/cache-hint';
import { openIndexedDbStore } from '../../store/caching/indexeddb-store';
import type { PersistentStore } from '../../store/caching/persisted-storage';
import { reloadable } from '../../reloadable';

/**
 * The Graph adapter and the Graph client (a fifth of a page's JavaScript) load when the first
 * read goes to Graph, with sign-in: a tab painting from its cache needs neither before that
 * paint, and a cold one needs both at once.
 */
export const loadGraphRepository = reloadable(() => import('../../store/graph/graph-repository'));
/** MSAL: about a third of a page's JavaScript, loaded only where and when it signs in. */
export const loadMsalTokenProvider = reloadable(() => import('../../auth/msal-token-provider'));

/** Sign-in and the Graph adapter, for a cold start (a module is fetched once, however asked). */
function loadForGraph(): void {
  loadMsalTokenProvider().catch(() => undefined);
  loadGraphRepository().catch(() => undefined);
}

/**
 * The first `Intl` formatter a page makes loads ICU's locale and time zone data (see
 * `loadLocaleDataSoon`): a tab reopened with its cache paints from it as soon as its scripts have
 * run, so that load would fall on the paint's path. Made here, in a task of its own, it runs while
 * the page's scripts still arrive from the browser's cache. Not on a cold start: its main thread
 * is busy starting the host and sign-in then (in 16 interleaved opens, its first row came 100 ms
 * later), and the data loads while it waits for Graph instead.
 */
function loadLocaleDataAhead(): void {
  setTimeout(() => new Intl.DateTimeFormat(navigator.language, { timeZone: 'UTC' }).format(0));
}

let ahead: Promise<PersistentStore> | undefined;
let taken = false;

/**
 * Opens the cache and reads what it holds, once per page (the first call starts it). Only the
 * first opening of the cache takes that read; another (a retry) opens and reads again.
 */
export function openCacheAhead(): () => Promise<PersistentStore> {
  if (!ahead) {
    if (cacheMayHoldReads()) loadLocaleDataAhead();
    else loadForGraph();
  }
  ahead ??= openIndexedDbStore(window.indexedDB).then((store) => {
    let entries: ReturnType<PersistentStore['entries']> | undefined = store.entries();
    entries.then(
      (held) => {
        if (held.size === 0) loadForGraph();
      },
      () => undefined,
    );
    return {
      ...store,
      entries: () => {
        const read = entries ?? store.entries();
        entries = undefined;
        return read;
      },
    };
  });
  ahead.catch(() => undefined);
  return () => {
    if (taken || !ahead) return openIndexedDbStore(window.indexedDB);
    taken = true;
    return ahead;
  };
}
