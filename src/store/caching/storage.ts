/**
 * Where the cache keeps what it read. In memory for tests and Node; sessionStorage (per tab) or
 * localStorage (survives the tab, so a board reopened mid-meeting is instant) in the browser.
 * Only OKR data is cached — never a token.
 */
export interface CacheStorage {
  /**
   * The text kept under the key. The cache asks once per key and holds what it decoded, so a
   * storage may hand a text out only once (`persistedStorage` does, to keep no copy in memory).
   */
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** Keys starting with the prefix. */
  keys(prefix: string): string[];
}

export function memoryStorage(): CacheStorage {
  const entries = new Map<string, string>();
  return {
    get: (key) => entries.get(key),
    set: (key, value) => void entries.set(key, value),
    remove: (key) => void entries.delete(key),
    keys: (prefix) => [...entries.keys()].filter((key) => key.startsWith(prefix)),
  };
}

/**
 * Over the Web Storage API. Any call may throw (storage disabled, a SecurityError in a
 * third-party frame, quota exceeded): a refused read is a miss, a refused write or removal just
 * stops caching.
 */
export function webStorage(storage: Storage): CacheStorage {
  return {
    get: (key) => refusedAs(undefined, () => storage.getItem(key) ?? undefined),
    set: (key, value) => refusedAs(undefined, () => storage.setItem(key, value)),
    remove: (key) => refusedAs(undefined, () => storage.removeItem(key)),
    keys: (prefix) =>
      refusedAs([], () =>
        Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? ''),
      ).filter((key) => key.startsWith(prefix)),
  };
}

function refusedAs<T>(fallback: T, access: () => T): T {
  try {
    return access();
  } catch {
    return fallback;
  }
}
