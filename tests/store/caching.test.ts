import {
  cacheKeyPrefix,
  CachingRepository,
  type CachedRead,
} from '../../src/store/caching/caching-repository';
import { memoryStorage } from '../../src/store/caching/storage';
import type { KeyResult } from '../../src/core/model';
import type { CheckInDraft } from '../../src/store/repository';
import { owner, startStore, startingPoint, until, type StoreFixture } from './store-fixture';

const checkIn = (kr: KeyResult, value: number, tag: string): CheckInDraft => ({
  clientId: `${tag}-${kr.id}`,
  keyResultId: kr.id,
  value,
  note: '',
  author: owner,
  at: '2026-02-02T09:00:00Z',
  source: 'teams',
});

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

  test("a reopened tab's revalidation reads in the background; a read with nothing cached does not", async () => {
    const { cycle, objective } = await startingPoint(store.repository());
    await store.bulkKeyResults(objective, 2);
    const storage = memoryStorage();
    /** Whether each read the cache asks of `inner` is a background one; and all of them settled. */
    const backgroundReads = (inner: ReturnType<StoreFixture['repository']>) => {
      const reads: (boolean | undefined)[] = [];
      const done: Promise<unknown>[] = [];
      for (const method of ['whoAmI', 'listCycles', 'loadBoard', 'cycleCheckInHistory'] as const) {
        const original = inner[method].bind(inner) as (...args: unknown[]) => Promise<unknown>;
        jest.spyOn(inner, method).mockImplementation(((...args: unknown[]) => {
          const options = args.at(-1) as { background?: boolean } | undefined;
          reads.push(options?.background);
          const answer = original(...args);
          done.push(answer.catch(() => undefined));
          return answer;
        }) as never);
      }
      return { reads, settled: () => Promise.all(done) };
    };
    const read = async (repository: CachingRepository) => {
      await repository.whoAmI();
      await repository.listCycles();
      await repository.loadBoard({ cycleId: cycle.id });
      await repository.cycleCheckInHistory(cycle.id);
    };

    const coldInner = store.repository();
    const coldReads = backgroundReads(coldInner);
    await read(new CachingRepository(coldInner, { storage }));
    expect(coldReads.reads).toEqual([undefined, undefined, undefined, undefined]);

    const warmInner = store.repository();
    const warmReads = backgroundReads(warmInner);
    await read(new CachingRepository(warmInner, { storage }));
    await until(() => warmReads.reads.length === 4);
    expect(warmReads.reads).toEqual([true, true, true, true]);
    // The revalidations are over before the store stops.
    await warmReads.settled();
  });

  test('a board read from the store shows as stored first; one from the cache, and its revalidation, do not', async () => {
    const { cycle, objective } = await startingPoint(store.repository());
    await store.bulkKeyResults(objective, 2);
    const storage = memoryStorage();
    const stored: number[] = [];
    const onStored = (board: { keyResults: readonly unknown[] }) =>
      void stored.push(board.keyResults.length);

    const cold = new CachingRepository(store.repository(), { storage });
    expect((await cold.loadBoard({ cycleId: cycle.id }, { onStored })).keyResults).toHaveLength(2);
    expect(stored).toEqual([2]);

    await store.bulkKeyResults(objective, 1);
    const reopened = new CachingRepository(store.repository(), { storage });
    const announced = new Promise<CachedRead>((resolve) => reopened.onUpdate(resolve));
    const warm = await reopened.loadBoard({ cycleId: cycle.id }, { onStored });
    expect(warm.keyResults).toHaveLength(2);
    const update = await announced; // revalidated: the reader hears of it as an update only
    expect(update.kind === 'board' && update.value.keyResults).toHaveLength(3);
    expect(stored).toEqual([2]);
  });

  test('gives a board its first change token from the read it is, or is revalidated by; once, as none, from a read already under way', async () => {
    const { cycle, objective } = await startingPoint(store.repository());
    await store.bulkKeyResults(objective, 2);
    const storage = memoryStorage();
    const query = { cycleId: cycle.id };
    const tokens = () => {
      const given: (string | undefined)[] = [];
      return { given, onChangeToken: (token: string | undefined) => void given.push(token) };
    };

    const cold = new CachingRepository(store.repository(), { storage });
    const first = tokens();
    const second = tokens();
    await Promise.all([cold.loadBoard(query, first), cold.loadBoard(query, second)]);
    expect(first.given).toEqual([expect.any(String)]);
    expect(second.given).toEqual([undefined]); // it shared the first one's read

    let release = () => undefined as void;
    const painted = new Promise<void>((resolve) => (release = resolve));
    const reopened = new CachingRepository(store.repository(), {
      storage,
      revalidateAfter: painted,
    });
    const warm = tokens();
    await reopened.loadBoard(query, warm);
    expect(warm.given).toEqual([]); // served from the cache: its revalidation has not run yet
    release();
    await until(() => warm.given.length > 0);
    expect(warm.given).toEqual([expect.any(String)]);
  });

  test('a board shown as stored is kept at once: a tab reopened before its check-ins came in paints from it', async () => {
    const { cycle, objective } = await startingPoint(store.repository());
    await store.bulkKeyResults(objective, 2);
    const storage = memoryStorage();
    const inner = store.repository();
    let releaseBoard = () => undefined as void;
    const held = new Promise<void>((resolve) => (releaseBoard = resolve));
    // The store answers the board as stored, and the whole board only when told to.
    const slow = new Proxy(inner, {
      get: (target, name, receiver) =>
        name === 'loadBoard'
          ? async (...args: Parameters<typeof inner.loadBoard>) => {
              const board = await target.loadBoard(...args);
              await held;
              return board;
            }
          : Reflect.get(target, name, receiver),
    });
    const first = new CachingRepository(slow, { storage });
    let showStored = (_count: number) => undefined as void;
    const shown = new Promise<number>((resolve) => (showStored = resolve));
    let paintStored = () => undefined as void;
    const storedPainted = new Promise<void>((resolve) => (paintStored = resolve));
    const whole = first.loadBoard(
      { cycleId: cycle.id },
      {
        onStored: (board) => {
          showStored(board.keyResults.length);
          return storedPainted;
        },
      },
    );
    expect(await shown).toBe(2);
    const aTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    // Not encoded before the screen has painted it (a large board's first paint would wait).
    await aTask();
    expect(storage.keys(cacheKeyPrefix() + 'board')).toEqual([]);
    paintStored();
    await storedPainted;
    await aTask(); // kept a task after it painted

    store.emulator.resetStats();
    // Its revalidation held back, as until the reopened tab has painted.
    const reopened = new CachingRepository(store.repository(), {
      storage,
      revalidateAfter: new Promise(() => undefined),
    });
    expect((await reopened.loadBoard({ cycleId: cycle.id })).keyResults).toHaveLength(2);
    expect(store.emulator.stats().total).toBe(0); // painted before any request
    releaseBoard();
    expect((await whole).keyResults).toHaveLength(2);

    // Shown before its history, the cached board's history is read once it has painted.
    let painted = () => undefined as void;
    const afterPaint = new Promise<void>((resolve) => (painted = resolve));
    const third = new CachingRepository(store.repository(), { revalidateAfter: afterPaint });
    const partial = memoryStorage();
    partial.set(cacheKeyPrefix() + `board:${cycle.id}:*`, JSON.stringify(await whole));
    const shownFirst = new CachingRepository(store.repository(), {
      storage: partial,
      revalidateAfter: afterPaint,
    });
    await shownFirst.loadBoard({ cycleId: cycle.id }, { onStored: () => undefined });
    store.emulator.resetStats();
    let historyIn = false;
    const history = shownFirst.cycleCheckInHistory(cycle.id).then((read) => {
      historyIn = true;
      return read;
    });
    // Without a board shown first, a history with nothing cached goes to the store at once.
    await third.cycleCheckInHistory(cycle.id);
    expect(historyIn).toBe(false);
    painted();
    expect((await history).size).toBe(0);
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
    const mistake = await cached.createCycle({
      name: 'Q2 2026',
      start: '2026-04-01',
      end: '2026-06-30',
      state: 'planning',
    });
    expect(await cached.listCycles()).toHaveLength(2);
    await cached.deleteCycle(mistake);
    expect((await cached.listCycles()).map((c) => c.name)).toEqual(['Q1 2026 (renamed)']);

    const model = await cached.loadOperatingModel();
    await cached.saveOperatingModel({ ...model, story: 'Focus on outcomes.' });
    expect((await cached.loadOperatingModel()).story).toBe('Focus on outcomes.');
    expect((await store.repository().loadOperatingModel()).story).toBe('Focus on outcomes.');
  });

  test("serves a cycle's check-in history from the cache in one request, and drops it when checking in", async () => {
    const inner = store.repository();
    const { cycle, objective } = await startingPoint(inner);
    const [first, second] = await store.bulkKeyResults(objective, 2);
    await inner.saveCheckIns([checkIn(first!, 10, 'a')]);
    const storage = memoryStorage();

    const firstTab = new CachingRepository(store.repository(), { storage });
    const read = await firstTab.cycleCheckInHistory(cycle.id);
    expect([...read.keys()]).toEqual([first!.id]);
    expect(read.get(first!.id)!.map((c) => c.value)).toEqual([10]);

    await inner.saveCheckIns([checkIn(second!, 20, 'b')]); // someone checks in meanwhile
    const reopened = new CachingRepository(store.repository(), { storage });
    const announced = new Promise<CachedRead>((resolve) => reopened.onUpdate(resolve));
    store.emulator.resetStats();
    const instant = await reopened.cycleCheckInHistory(cycle.id);
    expect(instant).toBeInstanceOf(Map);
    expect(instant.get(first!.id)!.map((c) => c.value)).toEqual([10]);
    expect(instant.has(second!.id)).toBe(false);
    const update = await announced;
    expect(update.kind === 'checkInHistory' && update.cycleId).toBe(cycle.id);
    expect(update.kind === 'checkInHistory' && update.value.get(second!.id)!.length).toBe(1);
    // One query for the whole cycle (plus the new repository's site lookup).
    expect(store.emulator.stats().total).toBe(2);

    await reopened.saveCheckIns([checkIn(first!, 30, 'c')]);
    const afterWrite = await reopened.cycleCheckInHistory(cycle.id);
    expect(afterWrite.get(first!.id)!.map((c) => c.value)).toEqual([10, 30]);
  });
  test('revalidates what it served from the cache only once `revalidateAfter` settles', async () => {
    const inner = store.repository();
    const { cycle, objective } = await startingPoint(inner);
    await store.bulkKeyResults(objective, 2);
    const storage = memoryStorage();
    await new CachingRepository(store.repository(), { storage }).loadBoard({ cycleId: cycle.id });

    await store.bulkKeyResults(objective, 1); // someone adds a KR while the tab is closed
    let firstScreenShown = () => undefined as void;
    const revalidateAfter = new Promise<void>((resolve) => (firstScreenShown = resolve));
    const reopened = new CachingRepository(store.repository(), { storage, revalidateAfter });
    const announced = new Promise<CachedRead>((resolve) => reopened.onUpdate(resolve));
    store.emulator.resetStats();
    expect((await reopened.loadBoard({ cycleId: cycle.id })).keyResults).toHaveLength(2);
    expect((await reopened.loadBoard({ cycleId: cycle.id })).keyResults).toHaveLength(2);
    // Nothing cached: straight to the store, whatever the gate.
    expect(await reopened.listCycles()).toHaveLength(1);
    const beforeTheGate = store.emulator.stats().total;

    firstScreenShown();
    const update = await announced;
    expect(update.kind === 'board' && update.value.keyResults).toHaveLength(3);
    // The cycles only (the site's lists looked up in the same $batch), then one board read for
    // both cached reads (its lists and its check-ins, two $batches sent together).
    expect(beforeTheGate).toBe(1);
    expect(store.emulator.stats().total).toBe(3);
  });

  test('holds what it served once: a revalidation that finds nothing new keeps the same objects and announces nothing', async () => {
    const inner = store.repository();
    const { cycle, objective } = await startingPoint(inner);
    await store.bulkKeyResults(objective, 2);
    const storage = memoryStorage();
    await new CachingRepository(store.repository(), { storage }).loadBoard({ cycleId: cycle.id });

    // Every board read of the store, so the test can wait for the revalidations.
    const graph = store.repository();
    const boardReads: Promise<unknown>[] = [];
    const counted = new Proxy(graph, {
      get: (target, name, receiver) =>
        name === 'loadBoard'
          ? (...args: Parameters<typeof graph.loadBoard>) => {
              const read = target.loadBoard(...args);
              boardReads.push(read);
              return read;
            }
          : Reflect.get(target, name, receiver),
    });
    const reopened = new CachingRepository(counted, { storage });
    const updates: CachedRead[] = [];
    reopened.onUpdate((update) => updates.push(update));
    const served = await reopened.loadBoard({ cycleId: cycle.id });
    expect(await reopened.loadBoard({ cycleId: cycle.id })).toBe(served);
    expect(boardReads).toHaveLength(1); // one revalidation in flight for both reads
    await Promise.all(boardReads);
    expect(updates).toEqual([]);
    expect(await reopened.loadBoard({ cycleId: cycle.id })).toBe(served);
    await Promise.all(boardReads);
    expect(boardReads).toHaveLength(2);
    expect(updates).toEqual([]);
  });

  test('a read that a write outdated while it ran does not end the newer read: a third reader shares that one', async () => {
    const inner = store.repository();
    const { cycle, objective } = await startingPoint(inner);
    // Each board read of the store waits until the test lets it answer.
    const releases: (() => void)[] = [];
    const held = new Proxy(inner, {
      get: (target, name, receiver) =>
        name === 'loadBoard'
          ? (...args: Parameters<typeof inner.loadBoard>) =>
              new Promise<void>((release) => releases.push(release)).then(() =>
                target.loadBoard(...args),
              )
          : Reflect.get(target, name, receiver),
    });
    const cached = new CachingRepository(held);
    const query = { cycleId: cycle.id };

    const outdated = cached.loadBoard(query);
    await cached.updateObjective({ ...objective, title: 'Customers adore the new onboarding' });
    const newer = cached.loadBoard(query);
    expect(releases).toHaveLength(2);
    releases[0]!();
    await outdated;
    const third = cached.loadBoard(query);
    expect(releases).toHaveLength(2); // shares the newer read, starts none
    releases[1]!();
    expect(await third).toBe(await newer);
    expect((await third).objectives.map((o) => o.title)).toEqual([
      'Customers adore the new onboarding',
    ]);
  });

  test('holds a first read at once, writes it down once the first screen shows, and drops it with a write', async () => {
    const inner = store.repository();
    const { cycle, objective } = await startingPoint(inner);
    await store.bulkKeyResults(objective, 2);
    const storage = memoryStorage();
    let firstScreenShown = () => undefined as void;
    const revalidateAfter = new Promise<void>((resolve) => (firstScreenShown = resolve));
    const cached = new CachingRepository(store.repository(), { storage, revalidateAfter });
    const board = await cached.loadBoard({ cycleId: cycle.id });
    const cycles = await cached.listCycles();
    // Held for every reader of the page, but not encoded nor stored before the first paint.
    expect(await cached.loadBoard({ cycleId: cycle.id })).toBe(board);
    expect(await cached.listCycles()).toBe(cycles);
    expect(storage.keys('okr-cache:')).toEqual([]);
    firstScreenShown();
    await until(() => storage.keys('okr-cache:').length === 2);
    expect(storage.keys('okr-cache:').sort()).toEqual([
      `okr-cache:default:board:${cycle.id}:*`,
      'okr-cache:default:cycles',
    ]);
    expect(JSON.parse(storage.get(`okr-cache:default:board:${cycle.id}:*`)!)).toEqual(
      JSON.parse(JSON.stringify(board)),
    );
    expect(await cached.loadBoard({ cycleId: cycle.id })).toBe(board); // held, not decoded again

    await cached.updateCycle({ ...cycles[0]!, name: 'Q1 2026 (renamed)' }); // drops both
    expect(storage.keys('okr-cache:')).toEqual([]);
    const renamed = await cached.listCycles();
    expect(JSON.parse(storage.get('okr-cache:default:cycles')!)).toEqual(renamed);
  });
});
