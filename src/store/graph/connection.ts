/**
 * A graph-client `Client` for one Graph endpoint (real Graph, or the loopback emulator), built
 * on the SDK's middleware chain with our links plugged in:
 *
 *   Authorization → Retry (the adapter's one `RetryPolicy`: 429/503 with Retry-After; 504,
 *   dropped connections and timeouts for idempotent requests) → Timeout (per attempt,
 *   AbortSignal) → TelemetryHandler → HTTPMessageHandler (fetch)
 *
 * The SDK's own RetryHandler is left out on purpose: it would keep a second retry budget.
 * Turning typed errors out of failures happens around the chain (`GraphPipeline`), because the
 * client wraps whatever the chain throws in a `GraphError`.
 */
import {
  AuthenticationHandlerOptions,
  Client,
  HTTPMessageHandler,
  TelemetryHandler,
  type AuthenticationProvider,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { CancelledError } from '../errors';
import { permissions } from '../schema';
import { toOkrError, type ErrorContext } from './errors';
import {
  AuthorizationMiddleware,
  IdempotentRequestOption,
  RetryMiddleware,
  TimeoutMiddleware,
} from './middleware';
import { RetryBudgetOption, RetryPolicy, type RetryBudget } from './retry';

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
  /** Retries per operation (a request, or a `$batch` with its inner requests); 10 by default. */
  readonly maxRetries?: number;
  /** First wait before a retry when the response has no Retry-After, doubled each time; 0.1 s by default. */
  readonly retryDelaySeconds?: number;
  /** All retry waits of one operation together; 4 s by default (see `RetryPolicyOptions`). */
  readonly maxTotalDelaySeconds?: number;
}

/** One request through the chain. */
export interface GraphRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root, e.g. `/sites/{id}/lists/{id}/items`. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** The scopes this request needs, when not the connection's default. */
  readonly scopes?: readonly string[];
  /** Safe to resend after a lost answer although its method is not (a guarded create). */
  readonly idempotent?: boolean;
  /** Retries come out of this budget (an operation's, shared by its requests). */
  readonly budget?: RetryBudget;
}

export interface GraphConnection {
  /**
   * Sends one request through the chain and returns the parsed body. Every failure becomes a
   * typed `OkrError` here (a cancellation a `CancelledError`): no caller maps errors itself.
   */
  send<T = unknown>(request: GraphRequest, context?: ErrorContext): Promise<T>;
  /** The graph-client underneath, for tests and tools that talk to Graph directly. */
  readonly client: Client;
  /** The retry policy of the chain, shared with the `$batch` executor. */
  readonly retryPolicy: RetryPolicy;
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
  const retryPolicy = new RetryPolicy({
    ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
    ...(options.retryDelaySeconds !== undefined
      ? { retryDelaySeconds: options.retryDelaySeconds }
      : {}),
    ...(options.maxTotalDelaySeconds !== undefined
      ? { maxTotalDelaySeconds: options.maxTotalDelaySeconds }
      : {}),
  });

  const chain: Middleware[] = [
    new AuthorizationMiddleware(
      authenticationProviderFor(options.tokens, scopes),
      url.origin,
      scopes,
    ),
    new RetryMiddleware(retryPolicy),
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

  async function send<T>(request: GraphRequest, context: ErrorContext = {}): Promise<T> {
    const signal = context.signal;
    if (signal?.aborted) throw toOkrError(signal.reason ?? new CancelledError(), context);
    let built = client.api(request.path);
    if (signal) built = built.option('signal', signal);
    // The chain's retry link spends this budget, and a failure says what it spent.
    const budget = request.budget ?? retryPolicy.budget();
    built = built.middlewareOptions([
      ...(request.scopes
        ? [new AuthenticationHandlerOptions(undefined, { scopes: [...request.scopes] })]
        : []),
      ...(request.idempotent ? [new IdempotentRequestOption()] : []),
      new RetryBudgetOption(budget),
    ]);
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      built = built.header(name, value);
    }
    try {
      switch (request.method) {
        case 'GET':
          return (await built.get()) as T;
        case 'POST':
          return (await built.post(request.body)) as T;
        case 'PATCH':
          return (await built.patch(request.body)) as T;
        case 'DELETE':
          return (await built.delete()) as T;
      }
    } catch (error) {
      throw toOkrError(error, { ...context, method: request.method, retried: budget.made });
    }
  }

  return {
    send,
    client,
    retryPolicy,
    origin: url.origin,
    version,
    relative(link: string) {
      return link.startsWith(versionRoot) ? link.slice(versionRoot.length) : link;
    },
  };
}
