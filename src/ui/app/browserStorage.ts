import { webStorage, type CacheStorage } from '../../store/caching/storage';

/**
 * The page's Web Storage, where the page may use it: a sandboxed frame or a private window may
 * refuse it, even as it is named. Its calls never throw (`webStorage`): a refused read is none, a
 * refused write (a full quota too) keeps nothing.
 */
function pageStorage(storage: () => Storage): CacheStorage | undefined {
  try {
    return webStorage(storage());
  } catch {
    return undefined;
  }
}

/**
 * This browser's localStorage, kept across the app's tabs and visits: where a page remembers a
 * user's choices, under a key naming the OKR site and the user (`AppServicesInit.site`).
 */
export const browserStorage = () => pageStorage(() => window.localStorage);

/** The tab's sessionStorage, gone with the tab. */
export const tabStorage = () => pageStorage(() => window.sessionStorage);
