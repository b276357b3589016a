/**
 * The cache kept across tabs and sessions: a synchronous `CacheStorage` over an asynchronous
 * store (IndexedDB in the browser, see `indexeddb-store.ts`). What the current site and user
 * hold is read once when the page opens, so a newly opened tab paints from it before any request;
 * every change is written through in the background.
 *
 * No text stays in memory: each one read at opening is handed out once (the cache above keeps
 * what it decoded, the objects the screens show), and what is written goes to the store only. A
 * board of thousands of KRs is then held once, not a second time as megabytes of JSON.
 */
import type { CacheStorage } from './storage';

export interface StoredEntry {
  readonly value: string;
  /** When it was written (ms since the epoch): entries past their age are not served. */
  readonly savedAt: number;
}

/** The asynchronous store underneath. */
export interface PersistentStore {
  entries(): Promise<ReadonlyMap<string, StoredEntry>>;
  put(key: string, entry: StoredEntry): Promise<void>;
  delete(keys: readonly string[]): Promise<void>;
}

export interface PersistedStorageOptions {
  /**
   * The current site's and user's keys start with it. Every other entry is removed: on a shared
   * machine, whoever signs in next never finds the previous person's OKRs there.
   */
  readonly prefix: string;
  /** Entries older than this are removed, not served. */
  readonly maxAgeMs: number;
  readonly now: () => number;
}

/** A failed background write only means the next page reads from Graph. */
const ignore = () => undefined;

export async function persistedStorage(
  store: PersistentStore,
  { prefix, maxAgeMs, now }: PersistedStorageOptions,
): Promise<CacheStorage> {
  /** Read at opening and not handed out yet. */
  const unread = new Map<string, string>();
  const stored = new Set<string>();
  const dropped: string[] = [];
  const openedAt = now();
  for (const [key, entry] of await store.entries()) {
    if (key.startsWith(prefix) && openedAt - entry.savedAt <= maxAgeMs) {
      unread.set(key, entry.value);
      stored.add(key);
    } else dropped.push(key);
  }
  if (dropped.length > 0) store.delete(dropped).catch(ignore);
  return {
    get: (key) => {
      const text = unread.get(key);
      unread.delete(key);
      return text;
    },
    set: (key, value) => {
      unread.delete(key);
      stored.add(key);
      store.put(key, { value, savedAt: now() }).catch(ignore);
    },
    remove: (key) => {
      unread.delete(key);
      stored.delete(key);
      store.delete([key]).catch(ignore);
    },
    keys: (start) => [...stored].filter((key) => key.startsWith(start)),
  };
}

/** In memory, for tests and Node. */
export function memoryPersistentStore(): PersistentStore & {
  readonly stored: Map<string, StoredEntry>;
} {
  const stored = new Map<string, StoredEntry>();
  return {
    stored,
    entries: async () => new Map(stored),
    put: async (key, entry) => void stored.set(key, entry),
    delete: async (keys) => keys.forEach((key) => stored.delete(key)),
  };
}
