import {
  cacheKeyPrefix,
  CachingRepository,
  memoryPersistentStore,
  persistedStorage,
} from '../../src/store/caching';
import type { OkrRepository } from '../../src/store/repository';
import { until } from './store-fixture';

const day = 24 * 60 * 60 * 1000;
const mine = cacheKeyPrefix('contoso.sharepoint.com:/sites/okr:adele');
const theirs = cacheKeyPrefix('contoso.sharepoint.com:/sites/okr:megan');

describe('the persisted cache', () => {
  test('a page opened later reads what an earlier page wrote, without asking the store again', async () => {
    const store = memoryPersistentStore();
    let now = 1_000;
    const options = { prefix: mine, maxAgeMs: 7 * day, now: () => now };
    const first = await persistedStorage(store, options);
    first.set(`${mine}board:1:*`, '{"cycle":1}');
    first.set(`${mine}me`, '{"id":"adele"}');
    first.remove(`${mine}me`);
    await Promise.resolve(); // the writes go through in the background

    now += day;
    const reopened = await persistedStorage(store, options);
    expect(reopened.get(`${mine}board:1:*`)).toBe('{"cycle":1}');
    expect(reopened.get(`${mine}me`)).toBeUndefined();
    expect(reopened.keys(mine)).toEqual([`${mine}board:1:*`]);
  });

  test('entries past their age are neither served nor kept', async () => {
    const store = memoryPersistentStore();
    store.stored.set(`${mine}cycles`, { value: '[]', savedAt: 0 });
    store.stored.set(`${mine}me`, { value: '{}', savedAt: 6 * day });
    const storage = await persistedStorage(store, {
      prefix: mine,
      maxAgeMs: 7 * day,
      now: () => 8 * day,
    });
    expect(storage.get(`${mine}cycles`)).toBeUndefined();
    expect(storage.get(`${mine}me`)).toBe('{}');
    expect([...store.stored.keys()]).toEqual([`${mine}me`]);
  });

  test("whoever signs in next on the machine never finds the previous person's reads", async () => {
    const store = memoryPersistentStore();
    store.stored.set(`${theirs}board:1:*`, { value: '{"secret":true}', savedAt: 0 });
    const storage = await persistedStorage(store, { prefix: mine, maxAgeMs: day, now: () => 1 });
    expect(storage.get(`${theirs}board:1:*`)).toBeUndefined();
    expect(storage.keys('okr-cache:')).toEqual([]);
    expect(store.stored.size).toBe(0);
  });

  test('keeps no text in memory: each one read at opening is handed out once, writes go to the store', async () => {
    const store = memoryPersistentStore();
    store.stored.set(`${mine}board:1:*`, { value: '{"cycle":1}', savedAt: 0 });
    const storage = await persistedStorage(store, { prefix: mine, maxAgeMs: day, now: () => 1 });
    expect(storage.get(`${mine}board:1:*`)).toBe('{"cycle":1}');
    expect(storage.get(`${mine}board:1:*`)).toBeUndefined();
    storage.set(`${mine}me`, '{}');
    await Promise.resolve();
    expect(storage.get(`${mine}me`)).toBeUndefined();
    expect(store.stored.get(`${mine}me`)?.value).toBe('{}');
    // Still listed, so that invalidating a kind removes it from the store.
    expect(storage.keys(mine).sort()).toEqual([`${mine}board:1:*`, `${mine}me`]);
    storage.remove(`${mine}board:1:*`);
    await Promise.resolve();
    expect(store.stored.has(`${mine}board:1:*`)).toBe(false);
  });

  test('answers what a reopened page holds at once, asking nothing; its reads serve the same objects', async () => {
    const store = memoryPersistentStore();
    const cycles = [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }];
    const board = { cycle: cycles[0], teams: [], objectives: [], keyResults: [], initiatives: [] };
    const history = new Map([['k1', []]]);
    const inner = {
      listCycles: jest.fn(async () => cycles),
      loadBoard: jest.fn(async () => board),
      cycleCheckInHistory: jest.fn(async () => history),
      updateKeyResult: jest.fn(async () => undefined),
    } as unknown as OkrRepository;
    const open = async (firstScreenShown: Promise<void>) =>
      new CachingRepository(inner, {
        storage: await persistedStorage(store, { prefix: mine, maxAgeMs: day, now: () => 1 }),
        namespace: 'contoso.sharepoint.com:/sites/okr:adele',
        revalidateAfter: firstScreenShown,
      });
    // Its first screen shows: what it read is written down then.
    const earlier = await open(Promise.resolve());
    await earlier.listCycles();
    await earlier.loadBoard({ cycleId: 'q1', teamIds: ['t2', 't1'] });
    await earlier.cycleCheckInHistory('q1');
    await until(() => store.stored.size === 3);
    jest.clearAllMocks();

    const reopened = await open(new Promise(() => undefined));
    const held = reopened.held;
    expect(held.board({ cycleId: 'q1' })).toBeUndefined(); // every team's: not read
    const heldBoard = held.board({ cycleId: 'q1', teamIds: ['t1', 't2'] });
    expect(heldBoard).toEqual(board);
    expect(held.cycles()).toEqual(cycles);
    expect(held.checkInHistory('q1')).toEqual(history);
    expect(inner.loadBoard).not.toHaveBeenCalled();
    expect(await reopened.loadBoard({ cycleId: 'q1', teamIds: ['t1', 't2'] })).toBe(heldBoard);

    // A write drops what it changes: nothing is held then.
    await reopened.updateKeyResult({} as never);
    expect(held.board({ cycleId: 'q1', teamIds: ['t1', 't2'] })).toBeUndefined();
  });

  test('a store that cannot write leaves the page working from what the cache holds', async () => {
    const store = memoryPersistentStore();
    store.put = () => Promise.reject(new Error('QuotaExceededError'));
    const storage = await persistedStorage(store, { prefix: mine, maxAgeMs: day, now: () => 1 });
    const me = { id: 'adele', displayName: 'Adele Vance' };
    const inner = { whoAmI: jest.fn(async () => me) } as unknown as OkrRepository;
    const cached = new CachingRepository(inner, { storage, namespace: 'x' });
    const first = await cached.whoAmI();
    expect(first).toEqual(me);
    expect(await cached.whoAmI()).toBe(first);
  });
});
