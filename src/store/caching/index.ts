export { CachingRepository, type CachedRead, type CachingOptions } from './caching-repository';
export { memoryStorage, webStorage, type CacheStorage } from './storage';
