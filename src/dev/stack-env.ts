import { localStackSecret } from '../auth/dev-token-provider';
import { demoOkrSite } from './graph-emulator/demo-tenant';

/**
 * The app registration's client id in the local stack's tenant: the simulators sign users in
 * for this client id only, as Microsoft Entra ID does for a registered app.
 */
export const localClientId = '6e0c3a9f-0c2b-4f61-9d7a-3f5b2a1c0d4e';

/**
 * The header that carries the local stack's per-run secret (`localStackSecret()`) to the
 * emulator's control API; pages of the stack get the secret at build time as
 * `VITE_LOCAL_STACK_SECRET`.
 */
export const stackSecretHeader = 'X-OKR-Stack-Secret';

/** The app's origin and its `localhost` alias: the only pages the local Graph emulator answers. */
export function appOriginAliases(appOrigin: string): string[] {
  const appUrl = new URL(appOrigin);
  return [appOrigin, `${appUrl.protocol}//localhost:${appUrl.port}`];
}

export interface LocalStackUrls {
  /** The Graph emulator's Graph root, e.g. `http://127.0.0.1:5301/v1.0`. */
  readonly graphBaseUrl: string;
  /** Where the app's pages are served, e.g. `http://127.0.0.1:5300`. */
  readonly appOrigin: string;
  /** The local Fluid service for Live Share, when running. */
  readonly fluidUrl?: string;
  /** The run's secret (signs tokens, opens the control API). Default: `localStackSecret()`. */
  readonly secret?: string;
}

/**
 * The build-time configuration (`VITE_*`) that points the app at the local stack: the emulator
 * as Graph, its demo OKR site, sign-in as in production (MSAL with nested app authentication,
 * answered by the simulators for the local client id), and the Teams host simulator as a
 * trusted host. The one place `npm start`, the browser tests and the benchmarks take it from.
 */
export function localStackEnv(urls: LocalStackUrls): Record<string, string> {
  const aliases = appOriginAliases(urls.appOrigin);
  return {
    VITE_GRAPH_BASE_URL: urls.graphBaseUrl,
    VITE_OKR_SITE: demoOkrSite.id,
    VITE_AUTH_MODE: 'naa',
    VITE_AAD_CLIENT_ID: localClientId,
    VITE_LOCAL_STACK: 'true',
    VITE_TEAMS_DEV_HOST_ORIGINS: aliases.join(','),
    VITE_LOCAL_STACK_SECRET: urls.secret ?? localStackSecret(),
    ...(urls.fluidUrl ? { VITE_FLUID_URL: urls.fluidUrl } : {}),
  };
}
