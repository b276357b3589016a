import { seededRandom } from './prng';

/**
 * Fault injection, drawn from a seeded PRNG so a run can be replayed. Each decision draws exactly
 * two numbers, whatever the outcome, so the sequence of decisions depends only on the seed.
 *
 * Dropped connections: the socket is destroyed without a response. Half of the drops (by the
 * second draw) happen BEFORE the request is applied — nothing was written; the other half happen
 * AFTER it was applied and journaled — the write is durable though the client never heard so.
 * A client that retries must therefore be idempotent in both cases.
 */
export interface FaultSettings {
  /** Share of Graph requests (and `$batch` sub-requests) answered 429. */
  throttleRate: number;
  /**
   * Which requests throttling falls on: `all`, or only `writes` (POST, PATCH, PUT, DELETE), as
   * "you could encounter a scenario where writes are throttled but reads are still permitted"
   * (https://learn.microsoft.com/graph/throttling). A `$batch` envelope is not a write: its
   * requests are evaluated individually (#throttling-and-batching on the same page).
   */
  throttled: 'all' | 'writes';
  /** Share answered 503. */
  unavailableRate: number;
  /** `Retry-After` seconds on 429 and 503 (0 is allowed, for fast tests). */
  retryAfterSeconds: number;
  /** Added to every Graph request before it is handled. */
  latencyMs: number;
  /** Share of top-level requests whose connection is dropped without a response. */
  dropRate: number;
}

export const noFaults: FaultSettings = {
  throttleRate: 0,
  throttled: 'all',
  unavailableRate: 0,
  retryAfterSeconds: 0,
  latencyMs: 0,
  dropRate: 0,
};

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'throttle' | 'unavailable'; retryAfterSeconds: number }
  | { kind: 'drop'; afterWrite: boolean };

/** Which requests lose their answers (after being applied): by method and path. */
export type AnswerLoss = (method: string, path: string) => boolean;

export class FaultInjector {
  private current: FaultSettings;
  private readonly random: () => number;
  private readonly losses: { matches: AnswerLoss; left: number }[] = [];
  private held: Promise<void> | undefined;

  constructor(settings: Partial<FaultSettings> = {}, seed = 1) {
    this.current = validateFaults({ ...noFaults, ...settings });
    this.random = seededRandom(seed);
  }

  get settings(): FaultSettings {
    return { ...this.current };
  }

  update(settings: Partial<FaultSettings>): FaultSettings {
    this.current = validateFaults({ ...this.current, ...settings });
    return this.settings;
  }

  /** The next `count` top-level requests that match are applied, then dropped unanswered. */
  loseAnswers(count: number, matches: AnswerLoss): void {
    this.losses.push({ matches, left: count });
  }

  /**
   * Graph requests wait before they are handled until the returned release is called: a test
   * proves what a page shows before Graph has answered anything, then lets the answers go, with
   * no latency guessed long enough for a busy machine.
   */
  holdAnswers(): () => void {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    this.held = held;
    return () => {
      if (this.held === held) this.held = undefined;
      release();
    };
  }

  /** Resolves once requests are no longer held (at once when they are not). */
  async released(): Promise<void> {
    while (this.held) await this.held;
  }

  /** Sub-requests of a batch can be throttled but not dropped: the connection belongs to the batch. */
  decide(scope: 'request' | 'subRequest', method = '', path = ''): FaultDecision {
    const roll = this.random();
    const side = this.random();
    const loss = this.losses.find((entry) => entry.left > 0 && entry.matches(method, path));
    if (scope === 'request' && loss) {
      loss.left -= 1;
      return { kind: 'drop', afterWrite: true };
    }
    const { throttleRate, unavailableRate, dropRate, retryAfterSeconds, throttled } = this.current;
    // A read drawn into the throttling share under `writes` is answered, not moved to another fault.
    if (roll < throttleRate)
      return throttled === 'all' || isWrite(method, path)
        ? { kind: 'throttle', retryAfterSeconds }
        : { kind: 'none' };
    if (roll < throttleRate + unavailableRate) return { kind: 'unavailable', retryAfterSeconds };
    if (scope === 'request' && roll < throttleRate + unavailableRate + dropRate)
      return { kind: 'drop', afterWrite: side >= 0.5 };
    return { kind: 'none' };
  }
}

function isWrite(method: string, path: string): boolean {
  return /^(POST|PATCH|PUT|DELETE)$/i.test(method) && !/\/\$batch\/?$/.test(path);
}

export function validateFaults(settings: FaultSettings): FaultSettings {
  if (settings.throttled !== 'all' && settings.throttled !== 'writes') {
    throw new Error(
      `Fault setting 'throttled' must be 'all' or 'writes'; got ${JSON.stringify(settings.throttled)}.`,
    );
  }
  const rates = ['throttleRate', 'unavailableRate', 'dropRate'] as const;
  for (const key of [...rates, 'retryAfterSeconds', 'latencyMs'] as const) {
    const value = settings[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new Error(
        `Fault setting '${key}' must be a number of at least 0; got ${JSON.stringify(value)}.`,
      );
    }
  }
  if (
    rates.some((key) => settings[key] > 1) ||
    rates.reduce((sum, key) => sum + settings[key], 0) > 1
  ) {
    throw new Error('Fault rates are shares from 0 to 1, and together they must not exceed 1.');
  }
  return { ...settings };
}
