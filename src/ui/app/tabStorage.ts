import { webStorage, type CacheStorage } from '../../store/caching/storage';

/** The tab's sessionStorage, where the page may use it (a sandboxed frame may not). */
export function tabStorage(): CacheStorage | undefined {
  try {
    return webStorage(window.sessionStorage);
  } catch {
    return undefined;
  }
}
