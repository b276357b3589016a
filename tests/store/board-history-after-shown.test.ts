import type { KeyResult } from '../../src/core/model';
import {
  checkInToFields,
  keyResultFromItem,
  keyResultToFields,
  selectFields,
} from '../../src/store/mapping';
import type { CheckInDraft } from '../../src/store/repository';
import { owner, startStore, startingPoint, type StoreFixture } from './store-fixture';

const checkIn = (kr: KeyResult, value: number): CheckInDraft => ({
  clientId: `shown-${kr.id}-${value}`,
  keyResultId: kr.id,
  value,
  note: '',
  author: owner,
  at: '2026-02-02T09:00:00Z',
  source: 'teams',
});

/** Lets every promise and timer queued so far run (the emulator answers over loopback). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * The `$top` of each request that reads the check-ins list, and of each that reads another; and
 * every write.
 */
function recordPageSizes() {
  const realFetch = globalThis.fetch;
  const checkIns: number[] = [];
  const others: number[] = [];
  const writes: string[] = [];
  const readsCheckIns = `expand=fields(select=${selectFields('checkIns')})`;
  const spy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.endsWith('/$batch') && typeof init?.body === 'string') {
      const { requests } = JSON.parse(init.body) as { requests: { method: string; url: string }[] };
      for (const step of requests) {
        if (step.method !== 'GET') writes.push(`${step.method} ${step.url}`);
        const top = /[?&]\$top=(\d+)/.exec(step.url)?.[1];
        if (top) (step.url.includes(readsCheckIns) ? checkIns : others).push(Number(top));
      }
    }
    return realFetch(input, init);
  });
  return { checkIns, others, writes, restore: () => spy.mockRestore() };
}

describe("a board's check-ins read page after page", () => {
  jest.setTimeout(120_000);
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  async function boardWithFiveCheckIns() {
    const setUp = store.repository();
    const { cycle, objective } = await startingPoint(setUp);
    const keyResults = await store.bulkKeyResults(objective, 5);
    await setUp.saveCheckIns(keyResults.map((kr, index) => checkIn(kr, index + 1)));
    return { cycle, keyResults };
  }

  test('asks for their further pages only once the board shown from its lists is on screen', async () => {
    const { cycle, keyResults } = await boardWithFiveCheckIns();
    // Two check-ins a page: five come in three pages.
    const repository = store.repository({ pageSize: 2 });
    await repository.listCycles();
    let onScreen = () => undefined as void;
    const shown = new Promise<void>((resolve) => (onScreen = resolve));
    let storedAt = -1;
    store.emulator.resetStats();
    const loading = repository.loadBoard(
      { cycleId: cycle.id },
      {
        onStored: () => {
          storedAt = store.emulator.stats().total;
          return shown;
        },
      },
    );
    while (storedAt < 0) await settle();
    await settle();
    // The board's lists and the check-ins' first page, and nothing after them.
    expect(store.emulator.stats().total).toBe(storedAt);

    onScreen();
    const board = await loading;
    expect(store.emulator.stats().total).toBe(storedAt + 2);
    const history = await repository.cycleCheckInHistory(cycle.id);
    expect(keyResults.map((kr) => history.get(kr.id)?.map((c) => c.value))).toEqual([
      [1],
      [2],
      [3],
      [4],
      [5],
    ]);
    expect(board.keyResults.map((kr) => kr.current)).toEqual([1, 2, 3, 4, 5]);
  });

  test('are taken in only once the board shown from its lists is on screen, even when they came first', async () => {
    const { cycle } = await boardWithFiveCheckIns();
    const repository = store.repository();
    await repository.listCycles();
    const answered = { checkIns: false };
    const readsCheckIns = `expand=fields(select=${selectFields('checkIns')})`;
    const realFetch = globalThis.fetch;
    const spy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const response = await realFetch(input, init);
      if (typeof init?.body === 'string' && init.body.includes(readsCheckIns)) {
        await response.clone().text();
        answered.checkIns = true;
      }
      return response;
    });
    let onScreen = () => undefined as void;
    const shown = new Promise<void>((resolve) => (onScreen = resolve));
    const signal = new AbortController().signal;
    let stored = false;
    const loading = repository.loadBoard(
      { cycleId: cycle.id },
      {
        signal,
        onStored: () => {
          stored = true;
          return shown;
        },
      },
    );
    // The history shares the board's read of the check-ins (the same signal).
    let historyIn = false;
    const history = repository.cycleCheckInHistory(cycle.id, { signal }).then((read) => {
      historyIn = true;
      return read;
    });
    try {
      while (!stored || !answered.checkIns) await settle();
      await settle();
      expect(historyIn).toBe(false);
    } finally {
      spy.mockRestore();
      onScreen();
    }
    expect([...(await history).values()].flat()).toHaveLength(5);
    await loading;
  });

  test('without a screen to wait for, or when the board cannot be read, they are read on', async () => {
    const { cycle } = await boardWithFiveCheckIns();
    const repository = store.repository({ pageSize: 2 });
    const history = await repository
      .loadBoard({ cycleId: cycle.id })
      .then(() => repository.cycleCheckInHistory(cycle.id));
    expect([...history.values()].flat()).toHaveLength(5);

    // A screen that throws while taking the board does not hold the check-ins up.
    const failing = store.repository({ pageSize: 2 });
    await expect(
      failing.loadBoard(
        { cycleId: cycle.id },
        {
          onStored: () => {
            throw new Error('the screen went away');
          },
        },
      ),
    ).rejects.toThrow('the screen went away');
    expect([...(await failing.cycleCheckInHistory(cycle.id)).values()].flat()).toHaveLength(5);
  });

  test('come a thousand a page beside a board shown from its lists, five thousand for a read no screen shows', async () => {
    const setUp = store.repository();
    const { cycle, objective } = await startingPoint(setUp);
    // 2,500 check-ins, 500 for each KR a minute apart, and each KR in step with its last: a read
    // that missed a page would show an earlier one, and put the KR back to it.
    const at = (minute: number) =>
      new Date(Date.UTC(2026, 1, 2, 9, minute)).toISOString().replace('.000Z', 'Z');
    const keyResults = (
      await store.bulkCreate(
        'keyResults',
        Array.from({ length: 5 }, (_, index) => ({
          ...keyResultToFields(
            {
              objectiveId: objective.id,
              title: `Weekly active users ${index}`,
              kind: 'increase',
              start: 0,
              target: 1000,
              current: 500,
              unit: 'users',
              weight: 1,
              owner,
            },
            cycle.id,
          ),
          LastCheckInAt: at(499),
        })),
      )
    ).map(keyResultFromItem);
    await store.bulkCreate(
      'checkIns',
      keyResults.flatMap((kr) =>
        Array.from({ length: 500 }, (_, index) =>
          checkInToFields({ ...checkIn(kr, index + 1), at: at(index) }, cycle.id),
        ),
      ),
    );

    const shownRead = recordPageSizes();
    const shown = await store
      .repository()
      .loadBoard({ cycleId: cycle.id }, { onStored: () => undefined })
      .finally(shownRead.restore);
    expect(shownRead.checkIns).toEqual([1000, 1000, 1000]);
    expect(new Set(shownRead.others)).toEqual(new Set([5000]));
    expect(shown.keyResults.map((kr) => kr.current)).toEqual([500, 500, 500, 500, 500]);
    expect(shownRead.writes).toEqual([]);

    const unshownRead = recordPageSizes();
    const unshown = await store
      .repository()
      .loadBoard({ cycleId: cycle.id })
      .finally(unshownRead.restore);
    expect(unshownRead.checkIns).toEqual([5000]);
    expect(unshown.keyResults.map((kr) => kr.current)).toEqual([500, 500, 500, 500, 500]);
    expect(unshownRead.writes).toEqual([]);
  });
});
