import { randomUUID } from 'node:crypto';
import { tenantSiteRoot } from '../../../src/dev/tenant-path';
import { sharedStack } from './shared-stack';

export interface AppServer {
  /** The site root, e.g. `http://127.0.0.1:41234/`; pages are `teams/tab.html` etc. under it. */
  readonly url: string;
  close(): Promise<void>;
}

export interface AppServerOptions {
  /**
   * The local stack a test file set up, as `localStackEnv(…)` describes it. Its
   * `VITE_GRAPH_BASE_URL` (the file's own emulator) becomes a tenant of the shared stack; the
   * other values are those of the shared build.
   */
  readonly env?: Readonly<Record<string, string>>;
  /** Kept for callers; the shared stack is already running. */
  readonly startTimeoutMs?: number;
}

/**
 * The app's pages for a test file: the production build that the jest run's shared stack serves
 * (see shared-stack.ts). When `env` names the file's emulator, the file gets a tenant of its own:
 * the site root is `…/tenants/<id>/`, where the simulators sign users in to that tenant and
 * every Graph call reaches that emulator. `close()` removes the tenant.
 */
export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  const stack = sharedStack();
  const graphBaseUrl = options.env?.VITE_GRAPH_BASE_URL;
  if (!graphBaseUrl) return { url: `${stack.appOrigin}/`, close: async () => undefined };

  const tenantId = randomUUID();
  const tenant = `${stack.gatewayOrigin}/_gateway/tenants/${tenantId}`;
  const added = await fetch(tenant, { method: 'PUT', body: JSON.stringify({ graphBaseUrl }) });
  if (!added.ok) throw new Error(`The Graph gateway refused the tenant: ${await added.text()}`);
  return {
    url: tenantSiteRoot(stack.appOrigin, tenantId),
    close: async () => {
      await fetch(tenant, { method: 'DELETE' });
    },
  };
}
