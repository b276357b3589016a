import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type AuthenticationProvider,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import {
  emulatorToken,
  startGraphEmulator,
  type GraphEmulator,
  type GraphEmulatorOptions,
} from '../../../src/dev/graph-emulator/index';

/**
 * The per-attempt timeout of a repository talking to an in-process emulator: the emulator shares
 * the test's event loop, so on a loaded machine a request of a bulk save waits behind the
 * emulator's work on the others far longer than Graph's own answer would.
 */
export const inProcessTimeoutMs = 180_000;

/** Starts an emulator on a fresh temp data directory; `stop()` closes it and deletes the directory. */
export async function startTestEmulator(options: Partial<GraphEmulatorOptions> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'graph-emulator-test-'));
  const emulator = await startGraphEmulator({ dataDir, ...options });
  return {
    emulator,
    dataDir,
    stop: async () => {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The graph-client's AuthenticationHandler only attaches tokens to https Graph hosts (and
 * `customHosts`, also https only: GraphRequestUtil.isValidEndpoint), and removes any Authorization
 * header otherwise. On the plain-http local stack the token therefore comes from this middleware,
 * which asks the same kind of AuthenticationProvider for it.
 */
export class LoopbackAuthenticationHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly provider: AuthenticationProvider) {}

  async execute(context: Context): Promise<void> {
    const token = await this.provider.getAccessToken();
    if (context.request instanceof Request) {
      context.request.headers.set('Authorization', `Bearer ${token}`);
    } else {
      context.options = context.options ?? {};
      const headers = new Headers(context.options.headers as HeadersInit | undefined);
      headers.set('Authorization', `Bearer ${token}`);
      context.options.headers = Object.fromEntries(headers);
    }
    await this.next?.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export function tokenProvider(oid: string, scopes?: string): AuthenticationProvider {
  return { getAccessToken: async () => emulatorToken(oid, scopes) };
}

/** A real graph-client whose middleware chain is auth → retry (honouring Retry-After) → fetch. */
export function graphClient(
  emulator: GraphEmulator,
  provider: AuthenticationProvider,
  retry = new RetryHandlerOptions(),
) {
  return Client.initWithMiddleware({
    baseUrl: emulator.url,
    defaultVersion: 'v1.0',
    middleware: [
      new LoopbackAuthenticationHandler(provider),
      new RetryHandler(retry),
      new HTTPMessageHandler(),
    ],
  });
}

export interface RawResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON as Graph sent it
}

/** Plain fetch against the emulator's Graph root, as curl would: the raw status, headers and JSON. */
export function rawGraph(emulator: GraphEmulator, token: string) {
  return async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<RawResponse> => {
    const response = await fetch(/^https?:/.test(path) ? path : `${emulator.graphBaseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : undefined,
    };
  };
}
