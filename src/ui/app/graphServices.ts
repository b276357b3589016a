/**
 * A surface's services over Microsoft Graph: a token provider (MSAL with Nested App
 * Authentication in Teams and Office, or the emulator's development tokens on the local stack),
 * the Graph repository, the signed-in user and the organisation's operating model.
 */
import { createDevTokenProvider, createMsalTokenProvider, type TokenProvider } from '../../auth';
import type { Host } from '../../host/types';
import {
  checkSite,
  GraphOkrRepository,
  provision,
  type ProvisionReport,
  type SiteCheck,
} from '../../store';
import { readRuntimeConfig, type RuntimeConfig, type RuntimeEnv } from './config';
import type { ServicesLoader } from './ServicesGate';

async function tokensFor(config: RuntimeConfig, host: Host): Promise<TokenProvider> {
  if (config.authMode === 'dev') {
    const userId = host.context.user.id || config.devUserId;
    if (!userId) throw new Error('Set VITE_DEV_USER_ID to act as an emulator user.');
    return createDevTokenProvider({ graphBaseUrl: config.graphBaseUrl, userId });
  }
  if (!config.clientId) throw new Error('Set VITE_AAD_CLIENT_ID to sign in.');
  const { nestedAppAuth } = await host.capabilities();
  return createMsalTokenProvider({
    clientId: config.clientId,
    nestedAppAuth,
    ...(host.context.user.loginHint ? { loginHint: host.context.user.loginHint } : {}),
  });
}

async function connectionFor(env: RuntimeEnv, host: Host) {
  const config = readRuntimeConfig(env);
  return {
    graphBaseUrl: config.graphBaseUrl,
    site: config.site,
    tokens: await tokensFor(config, host),
  };
}

/** Reads the configuration when it runs, so a missing setting is shown by the services gate. */
export function graphServices(env: RuntimeEnv): ServicesLoader {
  return async (host) => {
    const repository = new GraphOkrRepository(await connectionFor(env, host));
    const [me, operatingModel] = await Promise.all([
      repository.whoAmI(),
      repository.loadOperatingModel(),
    ]);
    return { repository, host, me, operatingModel };
  };
}

/** Checking and creating the OKR site's lists, for the guided "Set up the OKR site" step. */
export interface SiteSetup {
  check(): Promise<SiteCheck>;
  provision(): Promise<ProvisionReport>;
}

export function graphSiteSetup(env: RuntimeEnv, host: Host): SiteSetup {
  return {
    check: async () => checkSite(await connectionFor(env, host)),
    provision: async () => provision(await connectionFor(env, host)),
  };
}
