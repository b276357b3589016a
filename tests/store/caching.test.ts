import { CachingRepository, type CachedRead } from '../../src/store/caching/caching-repository';
import { memoryStorage } from '../../src/store/caching/storage';
import { startStore, startingPoint, type StoreFixture } from './store-fixture';

describe('stale-while-revalidate caching', () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  test('serves a reopened board from the cache, then announces newer data', async () => {
    const other = store.repository();
    const { cycle, objective } = await startingPoint(other);
    await store.bulkKeyResults(objective, 3);
    const storage = memoryStorage(); // stands in for sessionStorage shared by two tab openings

    const firstTab = new CachingRepository(store.repository(), { storage, namespace: 'okr' });
    expect((await firstTab.loadBoard({ cycleId: cycle.id })).keyResults).toHaveLength(3);

    await store.bulkKeyResults(objective, 2); // someone adds KRs meanwhile
    const reopened = new CachingRepository(store.repository(), { storage, namespace: 'okr' });
    const updates: CachedRead[] = [];
    const announced = new Promise<void>((resolve) =>
      reopened.onUpdate((update) => {
        updates.push(update);
        resolve();
      }),
    );
    store.emulator.resetStats();
    const instant = await reopened.loadBoard({ cycleId: cycle.id });
    expect(instant.keyResults).toHaveLength(3); // the cached board, before any response
    await announced;
    expect(updates[0]!.kind).toBe('board');
    const update = updates[0]!;
    expect(update.kind === 'board' && update.value.keyResults).toHaveLength(5);
    expect((await reopened.loadBoard({ cycleId: cycle.id })).keyResults).toHaveLength(5);
  });

  test('writes invalidate what they change', async () => {
    const inner = store.repository();
    const { cycle, objective } = await startingPoint(inner);
    const cached = new CachingRepository(inner);
    const [kr] = await store.bulkKeyResults(objective, 1);
    await cached.loadBoard({ cycleId: cycle.id });
    await cached.updateKeyResult({ ...kr!, title: 'Weekly active users, from 0 to 100' });
    const board = await cached.loadBoard({ cycleId: cycle.id });
    expect(board.keyResults[0]!.title).toBe('Weekly active users, from 0 to 100');

    const cycles = await cached.listCycles();
    await cached.updateCycle({ ...cycles[0]!, name: 'Q1 2026 (renamed)' });
    expect((await cached.listCycles())[0]!.name).toBe('Q1 2026 (renamed)');

    const model = await cached.loadOperatingModel();
    await cached.saveOperatingModel({ ...model, story: 'Focus on outcomes.' });
    expect((await cached.loadOperatingModel()).story).toBe('Focus on outcomes.');
    expect((await store.repository().loadOperatingModel()).story).toBe('Focus on outcomes.');
  });
});
