import { createServer, type Server } from 'node:net';
import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import {
  ForbiddenError,
  InvalidError,
  NotFoundError,
  OfflineError,
  ThrottledError,
} from '../../src/store/errors';
import { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import {
  coach,
  okrSite,
  owner,
  startStore,
  startingPoint,
  type StoreFixture,
} from './store-fixture';

describe('Graph failures become typed errors', () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  test('whoAmI names the signed-in user (and is the only call that needs User.Read)', async () => {
    await expect(store.repository().whoAmI()).resolves.toEqual(owner);
    const failure = await store
      .repository({ grantedScopes: ['Sites.ReadWrite.All'] })
      .whoAmI()
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ForbiddenError);
    expect((failure as ForbiddenError).permission).toBe('User.Read');
  });

  test('whoAmI names the user of a site that cannot be opened (not set up, or another address)', async () => {
    const repository = store.repository({ site: 'contoso.sharepoint.com:/sites/not-there' });
    await expect(repository.loadOperatingModel()).rejects.toBeInstanceOf(NotFoundError);
    store.emulator.resetStats();
    await expect(repository.whoAmI()).resolves.toEqual(owner);
    // The site's `$batch` again (a failed opening is not kept), then `/me` on its own.
    expect(store.emulator.stats()).toMatchObject({ total: 2, batches: 1 });
  });

  test('404 → NotFoundError', async () => {
    const repository = store.repository();
    await startingPoint(repository);
    await expect(repository.loadBoard({ cycleId: '4242' })).rejects.toBeInstanceOf(NotFoundError);
  });

  test('403 → ForbiddenError naming the permission for items', async () => {
    const repository = store.repository({ grantedScopes: ['User.Read'] });
    const failure = (await repository.listCycles().catch((e: unknown) => e)) as ForbiddenError;
    expect(failure).toBeInstanceOf(ForbiddenError);
    expect(failure.permission).toBe('Sites.ReadWrite.All');
  });

  test('invalid input → InvalidError with the core issues, and nothing is written', async () => {
    const repository = store.repository();
    const { cycle, objective } = await startingPoint(repository);
    const draft = {
      objectiveId: objective.id,
      title: 'x'.repeat(400),
      kind: 'increase' as const,
      start: 10,
      target: 10,
      current: 10,
      unit: '%',
      weight: 1,
      owner,
    };
    const failure = (await repository
      .createKeyResult(draft)
      .catch((e: unknown) => e)) as InvalidError;
    expect(failure).toBeInstanceOf(InvalidError);
    expect(failure.details.map((issue) => issue.code).sort()).toEqual([
      'targetEqualsStart',
      'titleTooLong',
    ]);
    expect((await repository.loadBoard({ cycleId: cycle.id })).keyResults).toEqual([]);
    await expect(
      repository.loadBoard({ cycleId: '1 or fields/CycleId eq 2' }),
    ).rejects.toBeInstanceOf(InvalidError);
  });

  test('429 after every retry → ThrottledError with Retry-After', async () => {
    const repository = store.repository({ maxRetries: 1 });
    await repository.listTeams();
    store.emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
    const failure = (await repository.listTeams().catch((e: unknown) => e)) as ThrottledError;
    expect(failure).toBeInstanceOf(ThrottledError);
    expect(failure.retryAfterSeconds).toBe(0);
  });

  test('a timeout → OfflineError; nothing listening → OfflineError', async () => {
    const repository = store.repository({ timeoutMs: 100 });
    await repository.listTeams();
    store.emulator.setFaults({ latencyMs: 400 });
    await expect(repository.listTeams()).rejects.toBeInstanceOf(OfflineError);
    store.emulator.setFaults({ latencyMs: 0 });

    const closed = await unusedPort();
    const graphBaseUrl = `http://127.0.0.1:${closed}/v1.0`;
    const offline = new GraphOkrRepository({
      graphBaseUrl,
      tokens: createDevTokenProvider({ graphBaseUrl, userId: coach.id }),
      site: okrSite,
    });
    await expect(offline.listCycles()).rejects.toBeInstanceOf(OfflineError);
  });

  test('an AbortSignal cancels a request in flight and rejects with the abort reason', async () => {
    const repository = store.repository();
    await repository.listTeams();
    store.emulator.setFaults({ latencyMs: 500 });
    const controller = new AbortController();
    const pending = repository.listTeams({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const failure = (await pending.catch((e: unknown) => e)) as Error;
    expect(failure.name).toBe('AbortError');

    const already = AbortSignal.abort();
    await expect(repository.listCycles({ signal: already })).rejects.toMatchObject({
      name: 'AbortError',
    });
    store.emulator.setFaults({ latencyMs: 0 });
  });

  test('a caller cancelled while the site is looked up does not fail the others waiting on it', async () => {
    const repository = store.repository(); // its first read looks up the site's lists
    store.emulator.setFaults({ latencyMs: 300 });
    const controller = new AbortController();
    const cancelled = repository.listTeams({ signal: controller.signal });
    const background = repository.listCycles();
    controller.abort();
    expect(((await cancelled.catch((e: unknown) => e)) as Error).name).toBe('AbortError');
    store.emulator.setFaults({ latencyMs: 0 });
    await expect(background).resolves.toEqual([]);
  });
});

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server: Server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
