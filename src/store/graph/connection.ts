/**
 * A graph-client `Client` for one Graph endpoint (real Graph, or the loopback emulator), built
 * on the SDK's middleware chain with our links plugged in:
 *
 *   Authorization → RetryHandler (429/503/504, honours Retry-After) → ConnectionRetry (dropped
 *   connections, timeouts; idempotent requests only) → Timeout (per attempt, AbortSignal) →
 *   TelemetryHandler → HTTPMessageHandler (fetch)
 */
import {
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type AuthenticationProvider,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { permissions } from '../schema';
import {
  AuthorizationMiddleware,
  ConnectionRetryMiddleware,
  TimeoutMiddleware,
} from './middleware';

/** Anything that hands out Graph access tokens (the auth layer's `TokenProvider` fits). */
export interface TokenSource {
  getToken(scopes: readonly string[]): Promise<string>;
}

/** The graph-client's `AuthenticationProvider` over a `TokenSource`. */
export function authenticationProviderFor(
  tokens: TokenSource,
  defaultScopes: readonly string[],
): AuthenticationProvider {
  return {
    getAccessToken: (options) => tokens.getToken(options?.scopes ?? defaultScopes),
  };
}

export interface GraphConnectionOptions {
  /** e.g. `https://graph.microsoft.com/v1.0` or the emulator's `http://127.0.0.1:5301/v1.0`. */
  readonly graphBaseUrl: string;
  readonly tokens: TokenSource;
  /** Scopes asked for when a request names none; `Sites.ReadWrite.All` by default. */
  readonly scopes?: readonly string[];
  /** Per attempt; 30 s by default. */
  readonly timeoutMs?: number;
  /** HTTP retries for 429/503/504 (max 10, the SDK's limit); 10 by default. */
  readonly maxRetries?: number;
  /** Seconds to wait before a retry when the response has no Retry-After; 1 by default. */
  readonly retryDelaySeconds?: number;
}

export interface GraphConnection {
  readonly client: Client;
  /** `http(s)://host[:port]` */
  readonly origin: string;
  /** `v1.0` */
  readonly version: string;
  /** A URL Graph returned (e.g. `@odata.nextLink`) as a path relative to the version root. */
  relative(url: string): string;
}

export function createGraphConnection(options: GraphConnectionOptions): GraphConnection {
  const url = new URL(options.graphBaseUrl);
  const segments = url.pathname.split('/').filter(Boolean);
  const version = segments.pop() ?? 'v1.0';
  const root = `${url.origin}${segments.length ? `/${segments.join('/')}` : ''}`;
  const scopes = options.scopes ?? [permissions.readWriteItems];

  const chain: Middleware[] = [
    new AuthorizationMiddleware(
      authenticationProviderFor(options.tokens, scopes),
      url.origin,
      scopes,
    ),
    new RetryHandler(
      new RetryHandlerOptions(options.retryDelaySeconds ?? 1, options.maxRetries ?? 10),
    ),
    new ConnectionRetryMiddleware(),
    new TimeoutMiddleware(options.timeoutMs ?? 30_000),
    new TelemetryHandler(),
    new HTTPMessageHandler(),
  ];
  const client = Client.initWithMiddleware({
    middleware: chain,
    baseUrl: root,
    defaultVersion: version,
  });
  const versionRoot = `${root}/${version}`;
  return {
    client,
    origin: url.origin,
    version,
    relative(link: string) {
      return link.startsWith(versionRoot) ? link.slice(versionRoot.length) : link;
    },
  };
}
