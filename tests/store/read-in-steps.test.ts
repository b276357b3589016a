import type { KeyResult } from '../../src/core/model';
import { CachingRepository } from '../../src/store/caching/caching-repository';
import { memoryStorage, type CacheStorage } from '../../src/store/caching/storage';
import { checkInFromItem } from '../../src/store/mapping';
import type { OkrRepository } from '../../src/store/repository';
import { owner, startStore, startingPoint, until, type StoreFixture } from './store-fixture';

// Counted: the check-ins a board and its history read together are mapped once.
jest.mock('../../src/store/mapping', () => {
  const actual = jest.requireActual('../../src/store/mapping');
  return { ...actual, checkInFromItem: jest.fn(actual.checkInFromItem) };
});

/** Runs `then` once the current task is over (a timer set now fires before one set after it). */
function afterThisTask(then: () => void): void {
  setTimeout(then);
}

/**
 * A large board's read is worked on in steps, each a task of its own, so that a page scrolling it
 * paints between them: the check-ins mapped; then the board and history made of them; then, once
 * the first screen is shown, what the cache keeps of them.
 */
describe('a board read in steps', () => {
  let store: StoreFixture;
  let keyResults: KeyResult[];
  let cycleId: string;
  beforeEach(async () => {
    store = await startStore();
    const inner = store.repository();
    const { cycle, objective } = await startingPoint(inner);
    cycleId = cycle.id;
    keyResults = await store.bulkKeyResults(objective, 3);
    const draft = { note: '', author: owner, at: '2026-02-02T09:00:00Z', source: 'teams' as const };
    await inner.saveCheckIns(
      keyResults.map((kr, index) => ({
        ...draft,
        clientId: `step-${index}`,
        keyResultId: kr.id,
        value: 10 + index,
      })),
    );
    jest.mocked(checkInFromItem).mockClear();
  });
  afterEach(() => store.stop());

  test('a board and its history asked for together map the check-ins once, and are made of them a task later', async () => {
    const repository = store.repository();
    const settled: string[] = [];
    let settledWhenMapped: string[] | undefined;
    jest.mocked(checkInFromItem).mockImplementationOnce((item) => {
      afterThisTask(() => (settledWhenMapped = [...settled]));
      return jest.requireActual('../../src/store/mapping').checkInFromItem(item);
    });
    const [board, history] = await Promise.all([
      repository.loadBoard({ cycleId }).finally(() => settled.push('board')),
      repository.cycleCheckInHistory(cycleId).finally(() => settled.push('history')),
    ]);
    expect(checkInFromItem).toHaveBeenCalledTimes(3);
    expect(settledWhenMapped).toEqual([]);
    expect(board.keyResults).toHaveLength(3);
    expect(keyResults.map((kr) => history.get(kr.id)?.map((checkIn) => checkIn.value))).toEqual([
      [10],
      [11],
      [12],
    ]);
  });

  test('a cold read is written down once the first screen is painted; a revalidated one a task after its read', async () => {
    const storage = memoryStorage();
    const written: string[] = [];
    const watched: CacheStorage = {
      ...storage,
      set: (key, value) => {
        written.push(key);
        storage.set(key, value);
      },
    };
    /** Each board read from the store: what the cache had written by the end of its last task. */
    const writtenAfterRead: string[][] = [];
    const inner = store.repository();
    const watchedReads = new Proxy(inner, {
      get: (target, name, receiver) =>
        name === 'loadBoard'
          ? (...args: Parameters<OkrRepository['loadBoard']>) =>
              target.loadBoard(...args).then((board) => {
                afterThisTask(() => writtenAfterRead.push([...written]));
                return board;
              })
          : Reflect.get(target, name, receiver),
    });
    const isBoard = (key: string) => key.includes(':board:');

    // Before the first screen: a cold read is held, not encoded and stored in the task it came
    // in; once the first screen is painted, it is written down.
    let firstScreenPainted!: () => void;
    const cold = new CachingRepository(watchedReads, {
      storage: watched,
      revalidateAfter: new Promise<void>((resolve) => (firstScreenPainted = resolve)),
    });
    await cold.loadBoard({ cycleId });
    await until(() => writtenAfterRead.length === 1);
    expect(writtenAfterRead[0]!.filter(isBoard)).toEqual([]);
    firstScreenPainted();
    await until(() => written.some(isBoard));

    // Reopened, its first screen shown: the board is served from the cache and revalidated.
    written.length = 0;
    const reopened = new CachingRepository(watchedReads, {
      storage: watched,
      revalidateAfter: Promise.resolve(),
    });
    expect((await reopened.loadBoard({ cycleId })).keyResults).toHaveLength(3);
    await until(() => written.some(isBoard));
    expect(writtenAfterRead).toHaveLength(2);
    expect(writtenAfterRead[1]!.filter(isBoard)).toEqual([]);
  });
});
