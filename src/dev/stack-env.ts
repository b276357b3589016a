import { demoOkrSite, demoUsers } from './graph-emulator/demo-tenant';

export interface LocalStackUrls {
  /** The Graph emulator's Graph root, e.g. `http://127.0.0.1:5301/v1.0`. */
  readonly graphBaseUrl: string;
  /** Where the app's pages are served, e.g. `http://127.0.0.1:5300`. */
  readonly appOrigin: string;
  /** The local Fluid service for Live Share, when running. */
  readonly fluidUrl?: string;
}

/**
 * The build-time configuration (`VITE_*`) that points the app at the local stack: the emulator
 * as Graph, its demo OKR site, development tokens, and the Teams host simulator as a trusted
 * host. The one place `npm start`, the browser tests and the benchmarks take it from.
 */
export function localStackEnv(urls: LocalStackUrls): Record<string, string> {
  const appUrl = new URL(urls.appOrigin);
  const aliases = [urls.appOrigin, `${appUrl.protocol}//localhost:${appUrl.port}`];
  return {
    VITE_GRAPH_BASE_URL: urls.graphBaseUrl,
    VITE_OKR_SITE: demoOkrSite.id,
    VITE_AUTH_MODE: 'dev',
    VITE_DEV_USER_ID: demoUsers.meganBowen.id,
    VITE_TEAMS_DEV_HOST_ORIGINS: aliases.join(','),
    ...(urls.fluidUrl ? { VITE_FLUID_URL: urls.fluidUrl } : {}),
  };
}
