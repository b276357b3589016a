/**
 * The Graph repository created on first use (its code loaded then): the same answers, errors and
 * retry notices as the repository itself, and nothing created before a call needs it.
 */
import { repositoryOnFirstUse } from '../../src/store/repository-on-first-use';
import type { OkrRepository, RetryNotice } from '../../src/store/repository';
import { startStore, startingPoint, until, type StoreFixture } from './store-fixture';

describe('a repository created on first use', () => {
  let store: StoreFixture;
  beforeAll(async () => {
    store = await startStore();
  }, 60_000);
  afterAll(() => store.stop());
  afterEach(() => store.emulator.setFaults({ throttleRate: 0 }));

  function onFirstUse(options?: Parameters<StoreFixture['repository']>[0]) {
    const created: OkrRepository[] = [];
    const repository = repositoryOnFirstUse(async () => {
      const graph = store.repository(options);
      created.push(graph);
      return graph;
    });
    return { repository, created };
  }

  test('is created by its first call, once, and answers as the repository does', async () => {
    const { repository, created } = onFirstUse();
    const roles = repository.siteRoles();
    expect(created).toHaveLength(0);
    const [{ cycle }, me] = await Promise.all([startingPoint(repository), repository.whoAmI()]);
    expect(created).toHaveLength(1);
    expect(me).toEqual(await created[0]!.whoAmI());
    const board = await repository.loadBoard({ cycleId: cycle.id });
    expect(board.cycle.id).toBe(cycle.id);
    expect(board).toEqual(await created[0]!.loadBoard({ cycleId: cycle.id }));
    await expect(roles.mine()).resolves.toEqual(await created[0]!.siteRoles().mine());
    expect(created).toHaveLength(1);
  }, 60_000);

  test('passes the repository errors on unchanged', async () => {
    const { repository } = onFirstUse();
    await expect(repository.loadBoard({ cycleId: 'not-an-id' })).rejects.toMatchObject({
      name: 'InvalidError',
    });
  }, 60_000);

  test('tells retry observers that came before it was created of each retry, until they stop', async () => {
    const { repository, created } = onFirstUse({ maxRetries: 2 });
    const notices: RetryNotice[] = [];
    const stop = repository.observeRetries!((retry) => notices.push(retry));
    expect(created).toHaveLength(0);
    const { cycle } = await startingPoint(repository);
    store.emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
    await expect(repository.loadBoard({ cycleId: cycle.id })).rejects.toMatchObject({
      name: 'ThrottledError',
    });
    await until(() => notices.length === 4);
    // Two retries for each of the load's two $batches (the board's lists, the cycle's check-ins).
    expect(notices.map(({ status }) => status)).toEqual([429, 429, 429, 429]);
    stop();
    await repository.loadBoard({ cycleId: cycle.id }).catch(() => undefined);
    expect(notices).toHaveLength(4);
  }, 60_000);

  test('tries to create it again after a failure, and reports the failure to the caller', async () => {
    let attempts = 0;
    const repository = repositoryOnFirstUse(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return store.repository();
    });
    await expect(repository.whoAmI()).rejects.toThrow(
      'Failed to fetch dynamically imported module',
    );
    await expect(repository.whoAmI()).resolves.toMatchObject({ id: expect.any(String) });
    expect(attempts).toBe(2);
  }, 60_000);
});
