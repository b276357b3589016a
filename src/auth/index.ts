export type { TokenProvider } from './token-provider';
export {
  createMsalTokenProvider,
  msalConfiguration,
  MsalTokenProvider,
  type MsalTokenProviderOptions,
} from './msal-token-provider';
export {
  assertLoopbackGraphUrl,
  createDevTokenProvider,
  defaultDevScopes,
  type DevTokenProviderOptions,
} from './dev-token-provider';
