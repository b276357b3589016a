/**
 * The persisted cache's store in the browser: one IndexedDB database shared by every tab of the
 * app's origin, so a newly opened tab finds what another one read.
 * (IndexedDB: https://developer.mozilla.org/docs/Web/API/IndexedDB_API/Using_IndexedDB)
 */
import { rememberCacheHoldsReads } from './cache-hint';
import type { PersistentStore, StoredEntry } from './persisted-storage';

const databaseName = 'okr-coach-cache';
const storeName = 'reads';

/**
 * The shape of what is cached (the domain types of `src/core/model`, boards, histories). Bump it
 * when one of them changes: opening the database at a new version empties it.
 */
export const CACHE_SCHEMA_VERSION = 1;

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed.'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed.'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted.'));
  });
}

/**
 * Opens the database; rejects where IndexedDB is unavailable (a sandboxed frame, private
 * browsing in some browsers) or holds a newer version (an older page then does without it).
 */
export function openIndexedDbStore(
  factory: IDBFactory,
  version = CACHE_SCHEMA_VERSION,
): Promise<PersistentStore> {
  return new Promise((resolve, reject) => {
    const request = factory.open(databaseName, version);
    request.onupgradeneeded = () => {
      const database = request.result;
      // Entries of another version have another shape: start empty.
      if (database.objectStoreNames.contains(storeName)) database.deleteObjectStore(storeName);
      database.createObjectStore(storeName);
    };
    request.onblocked = () => reject(new Error('An open tab holds an older cache version.'));
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open.'));
    request.onsuccess = () => {
      const database = request.result;
      // A newer page upgrading the cache must not wait for this one.
      database.onversionchange = () => database.close();
      resolve(indexedDbStore(database));
    };
  });
}

/**
 * Commits a write as soon as its requests are queued: left to commit by itself, a transaction
 * waits until its requests' success events have run on the page's main thread, which the first
 * screen's render can keep busy past the moment the tab is closed or reloaded (the write is then
 * lost, and the reopened tab starts cold). Explicit commit:
 * https://developer.mozilla.org/docs/Web/API/IDBTransaction/commit
 */
function committed(transaction: IDBTransaction): Promise<void> {
  const completion = done(transaction);
  transaction.commit?.();
  return completion;
}

function indexedDbStore(database: IDBDatabase): PersistentStore {
  return {
    async entries() {
      const store = database.transaction(storeName, 'readonly').objectStore(storeName);
      const [keys, values] = await Promise.all([
        settled(store.getAllKeys()),
        settled(store.getAll() as IDBRequest<StoredEntry[]>),
      ]);
      if (keys.length === 0) rememberCacheHoldsReads(false);
      return new Map(keys.map((key, index) => [String(key), values[index]!]));
    },
    async put(key, entry) {
      rememberCacheHoldsReads(true);
      const transaction = database.transaction(storeName, 'readwrite');
      transaction.objectStore(storeName).put(entry, key);
      await committed(transaction);
    },
    async delete(keys) {
      const transaction = database.transaction(storeName, 'readwrite');
      const store = transaction.objectStore(storeName);
      for (const key of keys) store.delete(key);
      await committed(transaction);
    },
  };
}
