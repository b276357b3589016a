/**
 * The `$batch` executor: sends requests in JSON batches of up to 20 and retries the inner
 * requests Graph answered with 429/503/504 under the connection's retry policy, so no caller
 * ever loops over batch responses. The outer request goes through the middleware chain like any
 * other (auth, retry, timeout); a batch's outer and inner retries share one budget.
 * (JSON batching: https://learn.microsoft.com/graph/json-batching)
 */
import { CancelledError, type OkrError } from '../errors';
import type { GraphConnection } from './connection';
import { errorFromResponse, retryAfterSeconds, type ErrorContext } from './errors';
import type { RetryBudget } from './retry';
import { chunk } from './queries';

/** Graph's limit of requests per JSON batch. */
export const MAX_BATCH_SIZE = 20;

export interface BatchStep {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root, e.g. `/sites/{id}/lists/{id}/items`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /**
   * The step (its index in the steps run together) Graph answers before this one, in the same
   * batch; when that one fails, this one is answered 424 Failed Dependency
   * (https://learn.microsoft.com/graph/json-batching). Graph takes one dependency per request,
   * in a batch that is parallel, serial (each on the one before) or all on the same request
   * (https://learn.microsoft.com/graph/known-issues#json-batching). A step resent after a retry
   * goes without it: what it waited for has been answered by then.
   */
  readonly dependsOn?: number;
}

export type StepOutcome =
  | {
      readonly ok: true;
      readonly status: number;
      readonly body: unknown;
      readonly headers: Readonly<Record<string, string>>;
    }
  | {
      readonly ok: false;
      /** 0 when no answer came for it. */
      readonly status: number;
      readonly body: unknown;
      readonly error: OkrError;
    };

interface InnerResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface BatchOptions extends ErrorContext {
  /** Every step is safe to resend (reads, If-Match updates, creates guarded by a unique column). */
  readonly idempotent?: boolean;
  /** Called after each batch with the number of steps settled so far. */
  readonly onSettled?: (settled: number) => void;
  /** Delegated scopes the inner requests need, when not the store's (e.g. reading the directory). */
  readonly scopes?: readonly string[];
}

export class BatchExecutor {
  constructor(
    private readonly connection: GraphConnection,
    private readonly concurrency = 4,
  ) {}

  /** Runs the steps in batches of 20; outcomes are in the order of `steps`. */
  async run(steps: readonly BatchStep[], options: BatchOptions = {}): Promise<StepOutcome[]> {
    const outcomes: StepOutcome[] = new Array(steps.length);
    const chunks = chunk(
      steps.map((_, index) => index),
      MAX_BATCH_SIZE,
    );
    steps.forEach((step, index) => {
      const on = step.dependsOn;
      if (
        on !== undefined &&
        Math.floor(on / MAX_BATCH_SIZE) !== Math.floor(index / MAX_BATCH_SIZE)
      )
        throw new Error(`Batch step ${index} depends on step ${on}, which goes in another batch.`);
    });
    let settled = 0;
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const chunk = chunks[next++]!;
        await this.runChunk(steps, chunk, outcomes, options);
        settled += chunk.length;
        options.onSettled?.(settled);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, chunks.length) }, worker));
    return outcomes;
  }

  private async runChunk(
    steps: readonly BatchStep[],
    chunk: readonly number[],
    outcomes: StepOutcome[],
    options: BatchOptions,
  ): Promise<void> {
    const policy = this.connection.retryPolicy;
    const budget = policy.budget();
    let pending = chunk;
    while (pending.length > 0) {
      let responses: InnerResponse[];
      try {
        responses = await this.send(steps, pending, options, budget, pending === chunk);
      } catch (error) {
        if (error instanceof CancelledError) throw error;
        for (const index of pending)
          outcomes[index] = { ok: false, status: 0, body: undefined, error: error as OkrError };
        return;
      }
      const byId = new Map(responses.map((response) => [response.id, response]));
      const failures: { index: number; status: number; headers: Record<string, string> }[] = [];
      for (const index of pending) {
        const response = byId.get(String(index));
        const status = response?.status ?? 0;
        const headers = lowerCaseKeys(response?.headers);
        if (response && status >= 200 && status < 300) {
          outcomes[index] = { ok: true, status, body: response.body, headers };
        } else {
          outcomes[index] = {
            ok: false,
            status,
            body: response?.body,
            // Retried no further if it ends the chunk's tries: the budget is what was spent.
            error: errorFromResponse(failedResponse(status, response?.body, headers), {
              ...options,
              method: steps[index]!.method,
              retried: budget.made,
            }),
          };
          failures.push({ index, status, headers });
        }
      }
      const resendable = options.idempotent === true;
      const retried = failures.filter(({ status }) => policy.retries({ status, resendable }));
      const longestWait = Math.max(
        ...retried.map(({ headers }) => retryAfterSeconds(headers['retry-after']) ?? -1),
      );
      const again =
        retried.length > 0 &&
        (await policy
          .retry(
            {
              status: retried[0]!.status,
              resendable,
              ...(longestWait >= 0 ? { retryAfterSeconds: longestWait } : {}),
            },
            budget,
            options.signal,
          )
          .catch((reason: unknown) => {
            throw new CancelledError(undefined, reason);
          }));
      pending = again ? retried.map(({ index }) => index) : [];
    }
  }

  private async send(
    steps: readonly BatchStep[],
    indexes: readonly number[],
    options: BatchOptions,
    budget: RetryBudget,
    ordered: boolean,
  ): Promise<InnerResponse[]> {
    const requests = indexes.map((index) => {
      const step = steps[index]!;
      const hasBody = step.body !== undefined;
      const dependsOn = step.dependsOn;
      return {
        id: String(index),
        method: step.method,
        url: step.url,
        ...(ordered && dependsOn !== undefined ? { dependsOn: [String(dependsOn)] } : {}),
        ...(hasBody || step.headers
          ? {
              headers: {
                ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
                ...step.headers,
              },
            }
          : {}),
        ...(hasBody ? { body: step.body } : {}),
      };
    });
    const result = await this.connection.send<{ responses?: InnerResponse[] }>(
      {
        method: 'POST',
        path: '/$batch',
        body: { requests },
        budget,
        ...(options.idempotent ? { idempotent: true } : {}),
        ...(options.scopes ? { scopes: options.scopes } : {}),
      },
      options,
    );
    return result.responses ?? [];
  }
}

function lowerCaseKeys(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([key, value]) => [key.toLowerCase(), value]),
  );
}

function failedResponse(status: number, body: unknown, headers: Record<string, string>) {
  const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
  return {
    status,
    code: error?.code,
    message:
      error?.message ?? (status === 0 ? 'No response for this request in the batch' : undefined),
    retryAfterSeconds: retryAfterSeconds(headers['retry-after']),
  };
}
