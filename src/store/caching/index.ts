export {
  cacheKeyPrefix,
  CachingRepository,
  type CachedRead,
  type CachingOptions,
} from './caching-repository';
export { CACHE_SCHEMA_VERSION, openIndexedDbStore } from './indexeddb-store';
export {
  memoryPersistentStore,
  persistedStorage,
  type PersistentStore,
  type StoredEntry,
} from './persisted-storage';
export { memoryStorage, webStorage, type CacheStorage } from './storage';
