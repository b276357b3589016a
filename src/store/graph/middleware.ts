/**
 * Our links in the graph-client middleware chain. Each does one cross-cutting job, so callers
 * never loop, time or authenticate requests themselves.
 */
import {
  AuthenticationHandlerOptions,
  type AuthenticationProvider,
  type Context,
  type Middleware,
  type MiddlewareOptions,
} from '@microsoft/microsoft-graph-client';
import { SignInError } from '../errors';
import { retryAfterSeconds } from './errors';
import { RetryBudgetOption, type RetryableFailure, type RetryPolicy } from './retry';

abstract class Link implements Middleware {
  protected next!: Middleware;
  abstract execute(context: Context): Promise<void>;
  setNext(next: Middleware): void {
    this.next = next;
  }
}

function urlOf(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

function methodOf(context: Context): string {
  const method =
    typeof context.request === 'string' ? context.options?.method : context.request.method;
  return (method ?? 'GET').toUpperCase();
}

function headerOf(context: Context, name: string): string | undefined {
  const headers = context.options?.headers;
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const entry = Object.entries(headers as Record<string, string>).find(
    ([key]) => key.toLowerCase() === name.toLowerCase(),
  );
  return entry?.[1];
}

function setHeader(context: Context, name: string, value: string): void {
  context.options = context.options ?? {};
  const headers = context.options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else
    context.options.headers = { ...(headers as Record<string, string> | undefined), [name]: value };
}

function optionOf<T extends MiddlewareOptions>(
  context: Context,
  type: abstract new (...args: never[]) => T,
): T | undefined {
  return context.middlewareControl?.getMiddlewareOptions(type) as T | undefined;
}

/**
 * Adds the bearer token, asking for the scopes the request's `AuthenticationHandlerOptions`
 * name (else the client's). The SDK's own AuthenticationHandler only authenticates `https://`
 * Graph hosts, so it cannot talk to the loopback emulator; this link sends the token to the
 * configured Graph origin only, and to nothing else.
 */
export class AuthorizationMiddleware extends Link {
  constructor(
    private readonly provider: AuthenticationProvider,
    private readonly graphOrigin: string,
    private readonly defaultScopes: readonly string[],
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    if (new URL(urlOf(context)).origin === this.graphOrigin) {
      const options = optionOf(context, AuthenticationHandlerOptions);
      const scopes = options?.authenticationProviderOptions?.scopes ?? [...this.defaultScopes];
      const token = await (options?.authenticationProvider ?? this.provider)
        .getAccessToken({ scopes })
        .catch((error: unknown) => {
          throw new SignInError(
            `Signing in for ${scopes.join(', ')} did not work: ${error instanceof Error ? error.message : String(error)}`,
          );
        });
      setHeader(context, 'Authorization', `Bearer ${token}`);
    }
    await this.next.execute(context);
  }
}

/** Marks a request safe to resend after a dropped connection (e.g. a `$batch` of safe writes). */
export class IdempotentRequestOption implements MiddlewareOptions {}

/** A failure below HTTP: the connection dropped, or the attempt timed out. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

/**
 * Sends a request again under the adapter's one `RetryPolicy`: after 429/503 (Graph did not
 * apply it; Retry-After honoured), and after 504 or a dropped connection or timeout only when
 * resending cannot apply a write twice: GET/HEAD/PUT/DELETE, a PATCH with If-Match, or a request
 * marked `IdempotentRequestOption`. Retries come out of the request's `RetryBudgetOption` when it
 * has one (a `$batch` shares it with its inner requests), else out of a budget of its own.
 */
export class RetryMiddleware extends Link {
  constructor(private readonly policy: RetryPolicy) {
    super();
  }

  private resendable(context: Context): boolean {
    const method = methodOf(context);
    if (['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'].includes(method)) return true;
    if (method === 'PATCH' && headerOf(context, 'If-Match') !== undefined) return true;
    return optionOf(context, IdempotentRequestOption) !== undefined;
  }

  async execute(context: Context): Promise<void> {
    const budget = optionOf(context, RetryBudgetOption)?.budget ?? this.policy.budget();
    const signal = context.options?.signal;
    let unanswered = false;
    for (;;) {
      let failure: RetryableFailure;
      try {
        await this.next.execute(context);
        const response = context.response;
        if (unanswered && response?.status === 404 && methodOf(context) === 'DELETE') {
          // An earlier attempt went unanswered and the item is gone: that attempt deleted it.
          context.response = new Response(null, { status: 204 });
          return;
        }
        if (!response || response.ok) return;
        failure = {
          status: response.status,
          retryAfterSeconds: retryAfterSeconds(response.headers.get('Retry-After')),
          resendable: this.resendable(context),
        };
        if (!(await this.policy.retry(failure, budget, signal))) return;
      } catch (error) {
        if (!(error instanceof TransportError) || signal?.aborted) throw error;
        failure = { resendable: this.resendable(context) };
        unanswered = true;
        if (!(await this.policy.retry(failure, budget, signal))) throw error;
      }
    }
  }
}

/**
 * Bounds each attempt in time and turns fetch's low-level failures into `TransportError`s.
 * The caller's AbortSignal still cancels at once: its abort is passed through untouched.
 */
export class TimeoutMiddleware extends Link {
  constructor(private readonly timeoutMs: number) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const callerSignal = context.options?.signal ?? undefined;
    const attempt = new AbortController();
    const timer = setTimeout(
      () => attempt.abort(new TransportError(`No response within ${this.timeoutMs} ms`, true)),
      this.timeoutMs,
    );
    const onCallerAbort = () => attempt.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    if (callerSignal?.aborted) onCallerAbort();
    const options = context.options ?? {};
    context.options = { ...options, signal: attempt.signal };
    try {
      await this.next.execute(context);
      // Read the body inside the chain, so a connection dropped mid-body is retried too.
      const response = context.response;
      if (response) {
        const body = await response.arrayBuffer();
        context.response = new Response(body.byteLength > 0 ? body : null, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
      }
    } catch (error) {
      if (callerSignal?.aborted) throw callerSignal.reason ?? error;
      if (attempt.signal.reason instanceof TransportError) throw attempt.signal.reason;
      // fetch reports a refused, reset or dropped connection as a TypeError (checked by name:
      // it may come from another realm than ours).
      if ((error as { name?: unknown } | null)?.name === 'TypeError')
        throw new TransportError(`Connection failed: ${(error as Error).message}`, false);
      throw error;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
      context.options = { ...context.options, signal: callerSignal };
    }
  }
}
