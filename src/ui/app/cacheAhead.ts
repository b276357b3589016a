/**
 * What a page's start-up fetches before its host has answered: the IndexedDB cache, opened and
 * read at once; and, when it holds nothing at all (the first open in this browser, or after
 * sign-out), sign-in and the Graph adapter, which a cold start needs before anything shows.
 * Small on purpose: a page's entry imports it and runs it first.
 */
import { openIndexedDbStore } from '../../store/caching/indexeddb-store';
import type { PersistentStore } from '../../store/caching/persisted-storage';

/**
 * The Graph adapter and the Graph client (a fifth of a page's JavaScript) load when the first
 * read goes to Graph, with sign-in: a tab painting from its cache needs neither before that
 * paint, and a cold one needs both at once.
 */
export const loadGraphRepository = () => import('../../store/graph/graph-repository');
/** MSAL: about a third of a page's JavaScript, loaded only where and when it signs in. */
export const loadMsalTokenProvider = () => import('../../auth/msal-token-provider');

let ahead: Promise<PersistentStore> | undefined;
let taken = false;

/**
 * Opens the cache and reads what it holds, once per page (the first call starts it). Only the
 * first opening of the cache takes that read; another (a retry) opens and reads again.
 */
export function openCacheAhead(): () => Promise<PersistentStore> {
  ahead ??= openIndexedDbStore(window.indexedDB).then((store) => {
    let entries: ReturnType<PersistentStore['entries']> | undefined = store.entries();
    entries.then(
      (held) => {
        if (held.size > 0) return;
        loadMsalTokenProvider().catch(() => undefined);
        loadGraphRepository().catch(() => undefined);
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
