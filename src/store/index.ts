/** The store's public API: the port, its errors, the Graph adapter, caching and site setup. */
export type * from './repository';
export type * from './rhythm';
export * from './errors';
export {
  GraphOkrRepository,
  type GraphRepositoryOptions,
  type TokenSource,
  type SiteAddress,
} from './graph';
export {
  checkSite,
  provision,
  SiteProvisioner,
  type ProvisionReport,
  type SiteCheck,
  type SiteSetupOptions,
} from './provisioning';
export { lists, permissions, type ListKey } from './schema';
export {
  CachingRepository,
  memoryStorage,
  webStorage,
  type CachedRead,
  type CacheStorage,
  type CachingOptions,
} from './caching';
