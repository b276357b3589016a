import { ConflictError, InvalidError, NotFoundError } from '../../src/store/errors';
import { startStore, startingPoint, owner, type StoreFixture } from './store-fixture';

describe('initiatives', () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  test('are created under a KR, listed by KRs and on the board, updated with If-Match and deleted', async () => {
    const repository = store.repository();
    const { cycle, objective } = await startingPoint(repository);
    const [first, second] = await store.bulkKeyResults(objective, 2);
    const call = await repository.createInitiative({
      keyResultId: first!.id,
      title: 'Welcome call within two days of sign-up',
      owner,
      status: 'inProgress',
      dueDate: '2026-02-15',
      link: 'https://contoso.sharepoint.com/sites/okr/plan',
    });
    expect(call).toMatchObject({
      keyResultId: first!.id,
      owner,
      status: 'inProgress',
      dueDate: '2026-02-15',
      link: 'https://contoso.sharepoint.com/sites/okr/plan',
    });
    const video = await repository.createInitiative({
      keyResultId: second!.id,
      title: 'Self-serve video tour',
      status: 'notStarted',
    });

    const reader = store.repository();
    const listed = await reader.listInitiatives({ keyResultIds: [first!.id, second!.id] });
    expect(listed.map((i) => i.title).sort()).toEqual([call.title, video.title].sort());
    expect(await reader.listInitiatives({ keyResultIds: [second!.id] })).toEqual([video]);
    expect(await reader.listInitiatives({ cycleId: cycle.id })).toHaveLength(2);

    store.emulator.resetStats();
    const board = await reader.loadBoard({ cycleId: cycle.id });
    expect(board.initiatives).toEqual(expect.arrayContaining([call, video]));
    // The initiatives ride in the board's `$batch` (the cycle's check-ins come in a second one,
    // sent at the same time): no extra round trip for them.
    expect(store.emulator.stats().total).toBe(2);

    const done = await repository.updateInitiative({ ...call, status: 'done' });
    expect(done.status).toBe('done');
    await expect(reader.updateInitiative({ ...call, title: 'Stale edit' })).rejects.toBeInstanceOf(
      ConflictError,
    );

    await repository.deleteInitiative(done);
    await expect(repository.deleteInitiative(done)).rejects.toBeInstanceOf(NotFoundError);
    expect((await reader.loadBoard({ cycleId: cycle.id })).initiatives).toEqual([video]);
  });

  test('bad input is refused with the field named, nothing written', async () => {
    const repository = store.repository();
    const { cycle, objective } = await startingPoint(repository);
    const [kr] = await store.bulkKeyResults(objective, 1);
    const attempt = repository.createInitiative({
      keyResultId: kr!.id,
      title: 'Click me',
      status: 'notStarted',
      link: 'javascript:alert(1)',
    });
    await expect(attempt).rejects.toBeInstanceOf(InvalidError);
    await expect(attempt).rejects.toThrow(/Link must be a web address/);
    expect(await repository.listInitiatives({ cycleId: cycle.id })).toEqual([]);
  });
});
