/**
 * The task pane's services: a token provider (MSAL with Nested App Authentication in Excel, or
 * the emulator's development tokens on the local stack), the Graph repository, the signed-in
 * user and the organisation's operating model.
 */
import { createDevTokenProvider, createMsalTokenProvider, type TokenProvider } from '../../auth';
import { GraphOkrRepository } from '../../store';
import { readRuntimeConfig, type RuntimeConfig, type RuntimeEnv } from '../../ui/app/config';
import type { ServicesLoader } from '../../ui/app/ServicesGate';
import type { Host } from '../../host/types';

async function tokensFor(config: RuntimeConfig, host: Host): Promise<TokenProvider> {
  if (config.authMode === 'dev') {
    const userId = host.context.user.id || config.devUserId;
    if (!userId) throw new Error('Set VITE_DEV_USER_ID (or ?user=) to act as an emulator user.');
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

/** Reads the configuration when it runs, so a missing setting is shown by the services gate. */
export function excelServices(env: RuntimeEnv): ServicesLoader {
  return async (host) => {
    const config = readRuntimeConfig(env);
    const tokens = await tokensFor(config, host);
    const repository = new GraphOkrRepository({
      graphBaseUrl: config.graphBaseUrl,
      site: config.site,
      tokens,
    });
    const [me, operatingModel] = await Promise.all([
      repository.whoAmI(),
      repository.loadOperatingModel(),
    ]);
    return { repository, host, me, operatingModel };
  };
}
