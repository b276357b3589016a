/**
 * The adapter's one retry policy: one budget per operation, whether the retries are of a whole
 * request (the middleware chain) or of the requests inside a `$batch` (the batch executor), and
 * one abort listener per request, removed when it settles.
 */
import { getEventListeners } from 'node:events';
import { CachingRepository } from '../../src/store/caching/caching-repository';
import { CancelledError, ThrottledError } from '../../src/store/errors';
import { RetryBudget, RetryPolicy } from '../../src/store/graph/retry';
import type { RetryNotice } from '../../src/store/repository';
import { startStore, startingPoint, until, type StoreFixture } from './store-fixture';

describe('one retry budget per operation', () => {
  let store: StoreFixture;
  beforeAll(async () => {
    store = await startStore();
  }, 60_000);
  afterAll(() => store.stop());
  afterEach(() => store.emulator.setFaults({ throttleRate: 0, unavailableRate: 0 }));

  test('a throttled board load sends at most 1 + maxRetries requests per $batch, outer and inner retries together', async () => {
    const repository = store.repository({ maxRetries: 3 });
    const { cycle } = await startingPoint(repository);
    store.emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
    store.emulator.resetStats();
    const retries: RetryNotice[] = [];
    repository.observeRetries((retry) => retries.push(retry));
    const failure = await repository.loadBoard({ cycleId: cycle.id }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ThrottledError);
    expect((failure as ThrottledError).retryable).toBe(true);
    // The board's lists and the cycle's check-ins are two $batches sent together, each with one
    // budget (the check-ins' may still be retrying when the board's failure ends the load):
    // 2 × 4 requests once both are spent. 10 × 3 × 10 nested budgets would send hundreds.
    // Each retry is told before it is sent.
    await until(() => retries.length === 2 * 3 && store.emulator.stats().total === 2 * 4);
    expect(retries).toHaveLength(2 * 3);
  }, 60_000);

  test('tells the retry observers of each retry, until they stop observing', async () => {
    const repository = store.repository({ maxRetries: 3 });
    const { cycle } = await startingPoint(repository);
    const notices: RetryNotice[] = [];
    // Observed through the cache in front of it, as the app's pages observe it.
    const stop = new CachingRepository(repository).observeRetries((retry) => notices.push(retry));
    store.emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
    await repository.loadBoard({ cycleId: cycle.id }).catch(() => undefined);
    await until(() => notices.length === 6);
    // Each of the load's two $batches (the board's lists, the cycle's check-ins) retries 3 times.
    const told = notices.map(({ attempt, status }) => `${attempt}:${status}`).sort();
    expect(told).toEqual(['1:429', '1:429', '2:429', '2:429', '3:429', '3:429']);
    stop();
    await repository.loadBoard({ cycleId: cycle.id }).catch(() => undefined);
    expect(notices).toHaveLength(6);
  }, 60_000);

  test('after three throttled saves the caller signal carries no abort listener', async () => {
    const repository = store.repository();
    const { objective } = await startingPoint(repository);
    const keyResult = await repository.createKeyResult({
      objectiveId: objective.id,
      title: 'Onboarding finished by 80% of new customers',
      kind: 'increase',
      start: 0,
      target: 80,
      current: 0,
      unit: '%',
      weight: 1,
    });
    const controller = new AbortController();
    store.emulator.setFaults({ throttleRate: 0.5, retryAfterSeconds: 0 });
    let version = keyResult.version;
    for (let n = 0; n < 3; n++) {
      const report = await repository.saveCheckIns(
        [
          {
            keyResultId: keyResult.id,
            clientId: `listener-${n}`,
            value: 10 * (n + 1),
            confidence: 6,
            note: '',
            author: { id: 'a', displayName: 'A' },
            at: new Date(Date.UTC(2026, 0, 10 + n)).toISOString(),
            source: 'teams',
            ...(version ? { keyResultVersion: version } : {}),
          },
        ],
        { signal: controller.signal },
      );
      version = report.saved[0]?.keyResult.version ?? version;
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  }, 60_000);

  test('a request that runs out of retries on 503 says it was retried, how often and how long', async () => {
    // Graph asks for 0.1 s each time; the operation waits 0.3 s in all: 3 retries, 4 tries.
    const repository = store.repository({ maxTotalDelaySeconds: 0.3 });
    store.emulator.setFaults({ unavailableRate: 1, retryAfterSeconds: 0.1 });
    store.emulator.resetStats();
    const failure = await repository.listTeams().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ThrottledError);
    expect(failure).toMatchObject({
      reason: 'unavailable',
      retryAfterSeconds: 0.1,
      retried: { retries: 3, waitedMs: 300 },
    });
    expect(store.emulator.stats().total).toBe(4);
  }, 60_000);

  test('a $batch that runs out of retries on 429 says so too', async () => {
    const repository = store.repository({ maxTotalDelaySeconds: 0.2 });
    const { cycle } = await startingPoint(repository);
    store.emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 0.1 });
    const failure = await repository.loadBoard({ cycleId: cycle.id }).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      reason: 'tooManyRequests',
      retried: { retries: 2, waitedMs: 200 },
    });
  }, 60_000);

  test('a Retry-After beyond the operation’s patience fails at once, not said to be retried', async () => {
    const repository = store.repository();
    store.emulator.setFaults({ unavailableRate: 1, retryAfterSeconds: 30 });
    const failure = await repository.listTeams().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ThrottledError);
    expect((failure as ThrottledError).retryAfterSeconds).toBe(30);
    expect((failure as ThrottledError).retried).toBeUndefined();
  }, 60_000);

  test('a cancelled request is a typed CancelledError, named AbortError', async () => {
    const repository = store.repository();
    const failure = await repository.listTeams({ signal: AbortSignal.abort() }).catch((e) => e);
    expect(failure).toBeInstanceOf(CancelledError);
    expect(failure).toMatchObject({ name: 'AbortError', kind: 'cancelled', retryable: false });
  });
});

describe('RetryPolicy', () => {
  const policy = new RetryPolicy({ maxRetries: 4, maxUnansweredRetries: 2, retryDelaySeconds: 0 });

  test('429 and 503 are retried whatever the method; 504 and no answer only when resendable', () => {
    expect(policy.retries({ status: 429, resendable: false })).toBe(true);
    expect(policy.retries({ status: 503, resendable: false })).toBe(true);
    expect(policy.retries({ status: 504, resendable: false })).toBe(false);
    expect(policy.retries({ resendable: false })).toBe(false);
    expect(policy.retries({ resendable: true })).toBe(true);
    expect(policy.retries({ status: 400, resendable: true })).toBe(false);
    expect(policy.retries({ status: 500, resendable: true })).toBe(false);
  });

  test('a budget is spent across kinds, and failures with no answer have a smaller share', async () => {
    const budget: RetryBudget = policy.budget();
    const unanswered = { resendable: true };
    expect(await policy.retry(unanswered, budget)).toBe(true);
    expect(await policy.retry(unanswered, budget)).toBe(true);
    expect(await policy.retry(unanswered, budget)).toBe(false);
    expect(await policy.retry({ status: 429, resendable: false }, budget)).toBe(true);
    expect(await policy.retry({ status: 503, resendable: false }, budget)).toBe(true);
    expect(await policy.retry({ status: 429, resendable: false }, budget)).toBe(false);
  });
});

describe('how long an operation waits in all', () => {
  const unavailable = (retryAfterSeconds: number) => ({
    status: 503,
    retryAfterSeconds,
    resendable: true,
  });

  test('retries while the waits fit the operation’s patience, then gives up without waiting', async () => {
    const policy = new RetryPolicy({ maxTotalDelaySeconds: 0.03 });
    const budget = policy.budget();
    const outcomes: boolean[] = [];
    for (let n = 0; n < 5; n++) outcomes.push(await policy.retry(unavailable(0.01), budget));
    expect(outcomes).toEqual([true, true, true, false, false]);
  });

  test('a Retry-After longer than what is left fails at once, and spends nothing', async () => {
    const policy = new RetryPolicy();
    const budget = policy.budget();
    expect(await policy.retry(unavailable(30), budget)).toBe(false);
    expect(budget.spent).toBe(0);
  });
});
