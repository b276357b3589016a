/**
 * The one retry policy of the Graph adapter, used by the middleware chain (a whole request) and
 * by the `$batch` executor (the requests inside a batch) alike, with one budget per operation:
 * a batch's retries of its outer request and of its inner requests come out of the same budget,
 * so they never multiply.
 *
 * What is retried, and why it is safe:
 * - 429 and 503, whatever the method: Graph refused the request before applying it, and says
 *   when to come back with `Retry-After`
 *   (https://learn.microsoft.com/graph/throttling#best-practices-to-handle-throttling);
 * - 504 and a dropped or timed-out connection, only for a request that can be sent twice
 *   without applying it twice (`resendable`): the first may have been applied.
 *
 * How long: an operation waits at most `maxTotalDelaySeconds` in all (4 s by default), so a save
 * during an outage says so within seconds instead of spinning through ten Retry-Afters; a
 * Retry-After longer than what is left fails at once, its error carrying when to try again.
 */
import type { MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { RetriesMade } from '../errors';
import type { RetryNotice } from '../repository';

export interface RetryPolicyOptions {
  /** Retries per operation, over the chain and the batch executor together; 10 by default. */
  readonly maxRetries?: number;
  /**
   * Of those, how many may follow a failure with no answer (a dropped connection, a timeout, a
   * 504): Graph said nothing about when to come back, so the caller should hear soon; 3 by default.
   */
  readonly maxUnansweredRetries?: number;
  /** First wait when Graph sends no Retry-After, doubled each time; 0.1 s by default. */
  readonly retryDelaySeconds?: number;
  /** The longest single wait, whatever Retry-After says; 60 s by default. */
  readonly maxDelaySeconds?: number;
  /**
   * All waits of one operation together: a retry that would go beyond is not made, and the
   * caller hears at once. Someone is usually looking at a spinner; 4 s by default.
   */
  readonly maxTotalDelaySeconds?: number;
}

/** Why a request failed, as far as retrying goes. */
export interface RetryableFailure {
  /** The HTTP status; undefined when no response came (dropped connection, timeout). */
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  /** Sending it again cannot apply a write twice. */
  readonly resendable: boolean;
}

/** Retries left for one operation. */
export class RetryBudget {
  private used = 0;
  private unanswered = 0;
  private waitedMs = 0;
  constructor(
    readonly limit: number,
    readonly unansweredLimit: number,
    readonly waitLimitMs: number = Number.POSITIVE_INFINITY,
  ) {}

  /** Spends `ms` of the operation's waiting time; false (nothing spent) when it would overrun. */
  wait(ms: number): boolean {
    if (this.waitedMs + ms > this.waitLimitMs) return false;
    this.waitedMs += ms;
    return true;
  }

  /** Spends one retry (after a failure with no answer, when `unanswered`); false when none is left. */
  take(unanswered: boolean): boolean {
    if (this.used >= this.limit) return false;
    if (unanswered && this.unanswered >= this.unansweredLimit) return false;
    this.used++;
    if (unanswered) this.unanswered++;
    return true;
  }

  /** Retries spent so far: the attempt number of the next wait. */
  get spent(): number {
    return this.used;
  }

  /** The retries made so far, and how long they waited in all. */
  get made(): RetriesMade {
    return { retries: this.used, waitedMs: this.waitedMs };
  }
}

/** Hands an operation's budget to the chain's retry link (the batch executor does this). */
export class RetryBudgetOption implements MiddlewareOptions {
  constructor(readonly budget: RetryBudget) {}
}

export class RetryPolicy {
  readonly maxRetries: number;
  private readonly maxUnansweredRetries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxTotalDelayMs: number;
  private readonly observers = new Set<(retry: RetryNotice) => void>();

  constructor(options: RetryPolicyOptions = {}) {
    this.maxRetries = options.maxRetries ?? 10;
    this.maxUnansweredRetries = options.maxUnansweredRetries ?? 3;
    this.baseDelayMs = (options.retryDelaySeconds ?? 0.1) * 1000;
    this.maxDelayMs = (options.maxDelaySeconds ?? 60) * 1000;
    this.maxTotalDelayMs = (options.maxTotalDelaySeconds ?? 4) * 1000;
  }

  /** Tells `observer` of every retry this policy makes, until the returned function is called. */
  observe(observer: (retry: RetryNotice) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  budget(): RetryBudget {
    return new RetryBudget(this.maxRetries, this.maxUnansweredRetries, this.maxTotalDelayMs);
  }

  /** Whether this failure may be retried at all (the budget aside). */
  retries(failure: RetryableFailure): boolean {
    if (failure.status === 429 || failure.status === 503) return true;
    if (failure.status === undefined || failure.status === 504) return failure.resendable;
    return false;
  }

  /**
   * Spends a retry from `budget` and waits before it; false (at once) when the failure is not
   * retried or the budget is spent. A cancelled `signal` rejects the wait.
   */
  async retry(
    failure: RetryableFailure,
    budget: RetryBudget,
    signal?: AbortSignal | null,
  ): Promise<boolean> {
    if (!this.retries(failure) || signal?.aborted) return false;
    const attempt = budget.spent;
    const unanswered = failure.status === undefined || failure.status === 504;
    const delay = this.delayMs(attempt, failure.retryAfterSeconds);
    // A wait beyond the operation's patience is not started: failing now beats failing later.
    if (!budget.wait(delay)) return false;
    if (!budget.take(unanswered)) return false;
    const notice = {
      attempt: attempt + 1,
      delayMs: delay,
      ...(failure.status !== undefined ? { status: failure.status } : {}),
    };
    for (const observer of this.observers) observer(notice);
    await wait(delay, signal ?? undefined);
    return true;
  }

  private delayMs(attempt: number, retryAfterSeconds?: number): number {
    const delay =
      retryAfterSeconds !== undefined
        ? retryAfterSeconds * 1000
        : this.baseDelayMs * 2 ** attempt * (0.5 + Math.random());
    return Math.min(delay, this.maxDelayMs);
  }
}

/** Resolves after `ms`, or rejects with the signal's reason; its abort listener goes either way. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', aborted);
    };
    const aborted = () => {
      done();
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      done();
      resolve();
    }, ms);
    signal?.addEventListener('abort', aborted, { once: true });
  });
}
