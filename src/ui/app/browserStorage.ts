import { webStorage, type CacheStorage } from '../../store/caching/storage';

/**
 * This browser's localStorage, kept across the app's tabs and visits: where a page remembers a
 * user's choices, under a key naming the OKR site and the user (`AppServicesInit.site`). None
 * where the page may not use it (a sandboxed frame, a private window); its calls never throw
 * (`webStorage`): a refused read is none, a refused write (a full quota too) keeps nothing.
 */
export function browserStorage(): CacheStorage | undefined {
  try {
    return webStorage(window.localStorage);
  } catch {
    return undefined;
  }
}
