export { GraphOkrRepository, type GraphRepositoryOptions } from './graph-repository';
export {
  authenticationProviderFor,
  createGraphConnection,
  type GraphConnectionOptions,
  type TokenSource,
} from './connection';
export { sitePath, type SiteAddress } from './site';
