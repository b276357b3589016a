/**
 * The runtime configuration every surface needs, read from Vite's `import.meta.env` (`VITE_*`
 * variables, set by `.env.*` files or the environment at build time). Parsing is a pure
 * function so it can be tested and so a missing or malformed value fails with one clear message.
 */
export type AuthMode = 'naa' | 'dev';

export interface RuntimeConfig {
  /** Microsoft Graph root, e.g. `https://graph.microsoft.com/v1.0` or the local emulator's. */
  readonly graphBaseUrl: string;
  /** The OKR site: a Graph site id or `hostname:/sites/path`. */
  readonly site: string;
  readonly authMode: AuthMode;
  /** The Entra app registration's client id; required for `naa`. */
  readonly clientId?: string;
  /** Only for `dev`: the emulator user to act as when the host does not name one. */
  readonly devUserId?: string;
}

export type RuntimeEnv = Readonly<Record<string, string | boolean | undefined>>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The app is not configured: ${problems.join(' ')}`);
    this.name = 'ConfigError';
  }
}

const authModes: readonly AuthMode[] = ['naa', 'dev'];

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
  const devUserId = text(env, 'VITE_DEV_USER_ID');

  if (!graphBaseUrl) {
    problems.push('Set VITE_GRAPH_BASE_URL to the Graph root (https://graph.microsoft.com/v1.0).');
  } else if (!/^https?:\/\/[^/]+/.test(graphBaseUrl)) {
    problems.push(`VITE_GRAPH_BASE_URL must be an http(s) URL, not "${graphBaseUrl}".`);
  }
  if (!site) problems.push('Set VITE_OKR_SITE to the OKR site (site id or hostname:/sites/path).');
  const authMode = authModes.find((mode) => mode === authModeText);
  if (!authMode) {
    problems.push(`VITE_AUTH_MODE must be "naa" or "dev", not "${authModeText}".`);
  }
  if (authMode === 'naa' && !clientId) {
    problems.push('Set VITE_AAD_CLIENT_ID to the app registration client id (needed for NAA).');
  }
  if (problems.length > 0 || !graphBaseUrl || !site || !authMode) throw new ConfigError(problems);

  return {
    graphBaseUrl: graphBaseUrl.replace(/\/+$/, ''),
    site,
    authMode,
    ...(clientId ? { clientId } : {}),
    ...(devUserId ? { devUserId } : {}),
  };
}
