/**
 * The `$batch` executor: sends requests in JSON batches of up to 20 and retries the inner
 * requests Graph answered with 429/503/504 (honouring their Retry-After), so no caller ever
 * loops over batch responses. The outer request goes through the middleware chain like any
 * other (auth, HTTP retry, timeout).
 */
import { AuthenticationHandlerOptions } from '@microsoft/microsoft-graph-client';
import type { GraphConnection } from './connection';
import { errorFromResponse, retryAfterSeconds, toOkrError, type ErrorContext } from './errors';
import { IdempotentRequestOption } from './middleware';
import { chunk } from './queries';

/** Graph's limit of requests per JSON batch. */
export const MAX_BATCH_SIZE = 20;

export interface BatchStep {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root, e.g. `/sites/{id}/lists/{id}/items`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
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
      readonly status: number;
      readonly body: unknown;
      readonly error: unknown;
    };

interface InnerResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

const TRANSIENT = new Set([429, 503, 504]);

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
    private readonly maxInnerRetries = 10,
    private readonly concurrency = 4,
  ) {}

  /** Runs the steps in batches of 20; outcomes are in the order of `steps`. */
  async run(steps: readonly BatchStep[], options: BatchOptions = {}): Promise<StepOutcome[]> {
    const outcomes: StepOutcome[] = new Array(steps.length);
    const chunks = chunk(
      steps.map((_, index) => index),
      MAX_BATCH_SIZE,
    );
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
    let pending = chunk;
    for (let attempt = 0; pending.length > 0; attempt++) {
      let responses: InnerResponse[];
      try {
        responses = await this.send(steps, pending, options);
      } catch (error) {
        const mapped = toOkrError(error, options);
        if (options.signal?.aborted) throw mapped;
        for (const index of pending)
          outcomes[index] = { ok: false, status: 0, body: undefined, error: mapped };
        return;
      }
      const byId = new Map(responses.map((response) => [response.id, response]));
      const retry: number[] = [];
      let waitSeconds = 0;
      for (const index of pending) {
        const response = byId.get(String(index));
        const status = response?.status ?? 0;
        const headers = lowerCaseKeys(response?.headers);
        if (response && status >= 200 && status < 300) {
          outcomes[index] = { ok: true, status, body: response.body, headers };
        } else if (TRANSIENT.has(status) && attempt < this.maxInnerRetries) {
          retry.push(index);
          waitSeconds = Math.max(
            waitSeconds,
            retryAfterSeconds(headers['retry-after']) ?? 2 ** attempt * 0.1,
          );
        } else {
          outcomes[index] = {
            ok: false,
            status,
            body: response?.body,
            error: errorFromResponse(failedResponse(status, response?.body, headers), options),
          };
        }
      }
      pending = retry;
      if (pending.length > 0 && waitSeconds > 0) await delay(waitSeconds * 1000, options.signal);
    }
  }

  private async send(
    steps: readonly BatchStep[],
    indexes: readonly number[],
    options: BatchOptions,
  ): Promise<InnerResponse[]> {
    const requests = indexes.map((index) => {
      const step = steps[index]!;
      const hasBody = step.body !== undefined;
      return {
        id: String(index),
        method: step.method,
        url: step.url,
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
    let request = this.connection.client.api('/$batch');
    if (options.signal) request = request.option('signal', options.signal);
    const middleware = [
      ...(options.idempotent ? [new IdempotentRequestOption()] : []),
      ...(options.scopes
        ? [new AuthenticationHandlerOptions(undefined, { scopes: [...options.scopes] })]
        : []),
    ];
    if (middleware.length > 0) request = request.middlewareOptions(middleware);
    const result = (await request.post({ requests })) as { responses?: InnerResponse[] };
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

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
