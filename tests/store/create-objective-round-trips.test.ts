import { startStore, startingPoint, owner, type StoreFixture } from './store-fixture';

/**
 * Creating an objective checks what it refers to before it writes (its team, its parent) and,
 * after, that its cycle was not being deleted meanwhile: all of it in one `$batch`, each step
 * after the one before it, so a missing reference stops the write (424) and the cycle's check
 * sees the write.
 */
describe('creating an objective', () => {
  jest.setTimeout(60_000);
  let store: StoreFixture;
  beforeAll(async () => {
    store = await startStore();
  });
  afterAll(() => store.stop());

  test('takes one round trip, its checks included', async () => {
    const repository = store.repository();
    const { cycle, team, objective: parent } = await startingPoint(repository);

    store.emulator.resetStats();
    const created = await repository.createObjective({
      cycleId: cycle.id,
      teamId: team.id,
      parentId: parent.id,
      title: 'Onboarding takes a day, not a week',
      description: '',
      commitment: 'committed',
      state: 'active',
      owner,
    });
    const stats = store.emulator.stats();
    expect(created.parentId).toBe(parent.id);
    // Before: the references' $batch, the POST, and the cycle's $batch (3 round trips).
    expect(stats.total).toBe(1);
    expect(stats.batches).toBe(1);
  });
});
