import { randomUUID } from 'node:crypto';
import { owner, startStore, startingPoint, type StoreFixture } from './store-fixture';

interface SentStep {
  readonly id: string;
  readonly url: string;
  readonly dependsOn?: readonly string[];
}

/**
 * Records the `$batch`es the repository sends; `alter` may change a batch's steps before it goes
 * (the emulator then answers what was sent, as Graph would), and `sendAfter` hold it back.
 */
function recordBatches(
  alter: (steps: SentStep[]) => SentStep[] = (steps) => steps,
  sendAfter: (steps: SentStep[]) => Promise<void> | undefined = () => undefined,
) {
  const realFetch = globalThis.fetch;
  const batches: SentStep[][] = [];
  const spy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith('/$batch') || typeof init?.body !== 'string') return realFetch(input, init);
    const body = JSON.parse(init.body) as { requests: SentStep[] };
    const requests = alter(body.requests);
    batches.push(requests);
    await sendAfter(requests);
    return realFetch(input, { ...init, body: JSON.stringify({ ...body, requests }) });
  });
  return { batches, restore: () => spy.mockRestore() };
}

const isDelta = (step: SentStep) => step.url.includes('/items/delta?');

describe('a board read with its first change token', () => {
  jest.setTimeout(120_000);
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  test('asks each list for its delta of now before it reads it, in the $batch that reads it', async () => {
    const repository = store.repository();
    const { cycle, objective } = await startingPoint(repository);
    const [keyResult] = await store.bulkKeyResults(objective, 3);
    await repository.listTeams(); // the site opened

    const sent = recordBatches();
    let token: string | undefined = 'not given';
    try {
      const board = await repository.loadBoard(
        { cycleId: cycle.id },
        { onChangeToken: (taken) => (token = taken) },
      );
      expect(board.keyResults).toHaveLength(3);
    } finally {
      sent.restore();
    }
    // A $batch per watched list (the cycle and teams with the objectives), sent together: each
    // its list's delta first, then the reads, all after that one request (two deep, not a
    // chain: Graph orders a batch after one request at most).
    expect(sent.batches.map((steps) => steps.length).sort()).toEqual([2, 2, 2, 4]);
    for (const steps of sent.batches) {
      const [delta, ...reads] = steps;
      expect(isDelta(delta!)).toBe(true);
      expect(delta!.dependsOn).toBeUndefined();
      for (const read of reads) {
        expect(isDelta(read)).toBe(false);
        expect(read.dependsOn).toEqual([delta!.id]);
      }
    }
    expect(typeof token).toBe('string');

    // What changed after the read comes with the changes since that token.
    store.emulator.resetStats();
    const report = await repository.saveCheckIns([
      {
        clientId: randomUUID(),
        keyResultId: keyResult!.id,
        keyResultVersion: keyResult!.version,
        value: 40,
        confidence: 7,
        note: 'Good week',
        author: owner,
        at: '2026-02-02T10:00:00Z',
        source: 'teams',
      },
    ]);
    expect(report.saved).toHaveLength(1);
    const changes = await repository.changesSince({ cycleId: cycle.id }, token);
    expect(changes.checkIns.map((checkIn) => checkIn.value)).toEqual([40]);
    expect(changes.keyResults.map((kr) => kr.current)).toEqual([40]);
  });

  test('a delta Graph refuses leaves the board whole, and no token', async () => {
    const repository = store.repository();
    const { cycle, objective } = await startingPoint(repository);
    await store.bulkKeyResults(objective, 3);
    await repository.listTeams();

    // The objectives' delta (in the $batch that also reads the cycle and teams) addressed to a
    // list that does not exist: 404, and the three reads after it 424.
    const sent = recordBatches((steps) =>
      steps.length === 4 && isDelta(steps[0]!)
        ? [
            {
              ...steps[0]!,
              url: steps[0]!.url.replace(/\/lists\/[^/]+\//, '/lists/no-such-list/'),
            },
            ...steps.slice(1),
          ]
        : steps,
    );
    let token: string | undefined = 'not given';
    try {
      const board = await repository.loadBoard(
        { cycleId: cycle.id },
        { onChangeToken: (taken) => (token = taken) },
      );
      expect(board.keyResults).toHaveLength(3);
      expect(board.objectives.map((o) => o.id)).toEqual([objective.id]);
    } finally {
      sent.restore();
    }
    expect(token).toBeUndefined();
    // The reads refused for the failed delta were asked again, on their own.
    expect(sent.batches).toHaveLength(5);
    const again = sent.batches.filter((steps) => !steps.some(isDelta));
    expect(again.map((steps) => steps.length)).toEqual([3]);
    expect(again[0]!.every((step) => step.dependsOn === undefined)).toBe(true);
  });

  test('a failed read fails the board, and the token is given once, as none', async () => {
    const repository = store.repository();
    const { objective } = await startingPoint(repository);
    await store.bulkKeyResults(objective, 1);
    const given: (string | undefined)[] = [];
    await expect(
      repository.loadBoard({ cycleId: '999999' }, { onChangeToken: (taken) => given.push(taken) }),
    ).rejects.toThrow();
    expect(given).toEqual([undefined]);
  });
});

describe("a page's first board, read with the site", () => {
  jest.setTimeout(120_000);
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  test('is in with the first wave: the board and its token need no request after it', async () => {
    const { cycle, team, objective } = await startingPoint(store.repository());
    await store.bulkKeyResults(objective, 4);
    const page = store.repository({ firstBoard: { cycleId: cycle.id, teamIds: [team.id] } });

    store.emulator.resetStats();
    await Promise.all([page.whoAmI(), page.loadOperatingModel()]);
    // The site's `$batch` (with `/me`), and the board's four (a $batch per watched list, as above).
    expect(store.emulator.stats().total).toBe(5);

    store.emulator.resetStats();
    await page.listCycles();
    const stored: number[] = [];
    let token: string | undefined;
    const query = { cycleId: cycle.id, teamIds: [team.id] };
    const signal = new AbortController().signal;
    const [board, history] = await Promise.all([
      page.loadBoard(query, {
        signal,
        onStored: (shown) => {
          stored.push(shown.keyResults.length);
        },
        onChangeToken: (taken) => (token = taken),
      }),
      page.cycleCheckInHistory(cycle.id, { signal }),
    ]);
    expect(store.emulator.stats().total).toBe(0);
    expect(board.keyResults).toHaveLength(4);
    expect(board.objectives.map((o) => o.id)).toEqual([objective.id]);
    expect(stored).toEqual([4]);
    expect(history.size).toBe(0);
    expect(typeof token).toBe('string');
    // The token works like any other.
    const renamed = await page.updateObjective({ ...objective, title: 'Customers adore it' });
    const changes = await page.changesSince(query, token);
    expect(changes.objectives.map((o) => o.title)).toEqual([renamed.title]);

    // Read once: asked again, the board comes from Graph.
    store.emulator.resetStats();
    await page.loadBoard(query);
    expect(store.emulator.stats().total).toBe(2);
  });

  test("goes out after the site's $batch, and the page's frame does not wait for it", async () => {
    const { cycle, team, objective } = await startingPoint(store.repository());
    await store.bulkKeyResults(objective, 2);
    const page = store.repository({ firstBoard: { cycleId: cycle.id, teamIds: [team.id] } });
    let releaseBoard!: () => void;
    const boardHeld = new Promise<void>((resolve) => (releaseBoard = resolve));
    const opensTheSite = (steps: SentStep[]) => steps.some((step) => step.url.startsWith('/me?'));
    const sent = recordBatches(undefined, (steps) => (opensTheSite(steps) ? undefined : boardHeld));
    try {
      // A server that answers in turn (as the local stack does) answers the site's first.
      const [me] = await Promise.all([page.whoAmI(), page.loadOperatingModel()]);
      expect(me.id).toBe(owner.id);
      expect(sent.batches.map(opensTheSite)).toEqual([true, false, false, false, false]);
      releaseBoard();
      const board = await page.loadBoard({ cycleId: cycle.id, teamIds: [team.id] });
      expect(board.keyResults).toHaveLength(2);
      expect(sent.batches).toHaveLength(5);
    } finally {
      releaseBoard();
      sent.restore();
    }
  });

  test('another board than the first is read as ever; a first board that cannot be read is read again', async () => {
    const { cycle, objective } = await startingPoint(store.repository());
    await store.bulkKeyResults(objective, 2);
    const elsewhere = store.repository({ firstBoard: { cycleId: cycle.id, teamIds: ['999999'] } });
    await elsewhere.loadOperatingModel();
    store.emulator.resetStats();
    expect((await elsewhere.loadBoard({ cycleId: cycle.id })).keyResults).toHaveLength(2);
    expect(store.emulator.stats().total).toBe(2);

    const deleted = store.repository({ firstBoard: { cycleId: '999999' } });
    await deleted.loadOperatingModel();
    await expect(deleted.loadBoard({ cycleId: '999999' })).rejects.toThrow(/not found|cycle/i);
    expect((await deleted.listCycles()).map((c) => c.id)).toEqual([cycle.id]);

    // Ids that are not item ids are not read with the site; the board's own read names them.
    const made = store.repository({ firstBoard: { cycleId: 'current' } });
    await made.loadOperatingModel();
    await expect(made.loadBoard({ cycleId: 'current' })).rejects.toThrow(/Invalid id/);
  });
});
