/**
 * The runtime configuration every surface needs, read from Vite's `import.meta.env` (`VITE_*`
 * variables, set by `.env.*` files or the environment at build time). Parsing is a pure
 * function so it can be tested and so a missing or malformed value fails with one clear message.
 */
/**
 * Pages sign in one way, the production one: MSAL through the host's nested app authentication
 * (on the local stack the simulators answer it). Development tokens are for Node tools only.
 */
export type AuthMode = 'naa';

export interface RuntimeConfig {
  /** Microsoft Graph root, e.g. `https://graph.microsoft.com/v1.0` or the local emulator's. */
  readonly graphBaseUrl: string;
  /** The OKR site: a Graph site id or `hostname:/sites/path`. */
  readonly site: string;
  readonly authMode: AuthMode;
  /** The Entra app registration's client id. */
  readonly clientId: string;
}

export type RuntimeEnv = Readonly<Record<string, string | boolean | undefined>>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The app is not configured: ${problems.join(' ')}`);
    this.name = 'ConfigError';
  }
}

const authModes: readonly AuthMode[] = ['naa'];

function text(env: RuntimeEnv, name: string): string | undefined {
  const value = env[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function readRuntimeConfig(env: RuntimeEnv): RuntimeConfig {
  const problems: string[] = [];
  const graphBaseUrl = text(env, 'VITE_GRAPH_BASE_URL');
  const site = text(env, 'VITE_OKR_SITE');
  const authModeText = text(env, 'VITE_AUTH_MODE') ?? 'naa';
  const clientId = text(env, 'VITE_AAD_CLIENT_ID');

  if (!graphBaseUrl) {
    problems.push('Set VITE_GRAPH_BASE_URL to the Graph root (https://graph.microsoft.com/v1.0).');
  } else if (!/^https?:\/\/[^/]+/.test(graphBaseUrl)) {
    problems.push(`VITE_GRAPH_BASE_URL must be an http(s) URL, not "${graphBaseUrl}".`);
  }
  if (!site) problems.push('Set VITE_OKR_SITE to the OKR site (site id or hostname:/sites/path).');
  const authMode = authModes.find((mode) => mode === authModeText);
  if (!authMode) {
    problems.push(
      `VITE_AUTH_MODE must be "naa" (pages sign in through the host), not "${authModeText}".`,
    );
  }
  if (!clientId) {
    problems.push('Set VITE_AAD_CLIENT_ID to the app registration client id (needed for NAA).');
  }
  if (problems.length > 0 || !graphBaseUrl || !site || !authMode || !clientId)
    throw new ConfigError(problems);

  return {
    graphBaseUrl: graphBaseUrl.replace(/\/+$/, ''),
    site,
    authMode,
    clientId,
  };
}
