import type { Board } from '../../src/store/repository';
import { startStore, startingPoint, type StoreFixture } from './store-fixture';

/** Loads a board and counts the HTTP requests the emulator received for it. */
async function countedBoardLoad(store: StoreFixture, load: () => Promise<Board>) {
  store.emulator.resetStats();
  const board = await load();
  return { board, requests: store.emulator.stats().total };
}

describe('loading a board', () => {
  // Thousands of items are written first: real work, given room on a busy machine.
  jest.setTimeout(180_000);
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  test('takes the same number of round trips at 10 and at 2,000 key results', async () => {
    const repository = store.repository();
    const { cycle, objective } = await startingPoint(repository);
    await store.bulkKeyResults(objective, 10);
    await repository.loadBoard({ cycleId: cycle.id }); // the site and its lists are looked up once

    const small = await countedBoardLoad(store, () => repository.loadBoard({ cycleId: cycle.id }));
    expect(small.board.keyResults).toHaveLength(10);

    await store.bulkKeyResults(objective, 1990);
    const large = await countedBoardLoad(store, () => repository.loadBoard({ cycleId: cycle.id }));
    expect(large.board.keyResults).toHaveLength(2000);
    expect(large.board.objectives.map((o) => o.id)).toEqual([objective.id]);

    expect(large.requests).toBe(small.requests);
    // Two $batches sent together: the board's own lists, and the cycle's check-ins.
    expect(large.requests).toBe(2);
  });

  test('a new page reads its user, operating model and cycles in one wave, its board in a second', async () => {
    const { cycle, objective } = await startingPoint(store.repository());
    await store.bulkKeyResults(objective, 10);
    const page = store.repository(); // a newly opened page: nothing looked up yet

    store.emulator.resetStats();
    const [me, model] = await Promise.all([page.whoAmI(), page.loadOperatingModel()]);
    const firstWave = store.emulator.stats();
    expect(me.id).not.toBe('');
    expect(model.confidenceScale.max).toBeGreaterThan(0);
    // One `$batch`: the site, its lists, the settings, the cycles (by list title) and `/me`.
    expect(firstWave.total).toBe(1);
    expect(firstWave.batches).toBe(1);

    store.emulator.resetStats();
    const cycles = await page.listCycles();
    expect(cycles.map((c) => c.id)).toContain(cycle.id);
    expect(store.emulator.stats().total).toBe(0);

    const board = await countedBoardLoad(store, () => page.loadBoard({ cycleId: cycle.id }));
    expect(board.board.keyResults).toHaveLength(10);
    expect(board.requests).toBe(2); // the board's lists and its check-ins, sent together

    // Read with the site only once: asked again, the cycles come from Graph.
    store.emulator.resetStats();
    await page.listCycles();
    expect(store.emulator.stats().total).toBe(1);
  });

  test('a cycle written after the site opened is in the next list of cycles', async () => {
    await startingPoint(store.repository());
    const page = store.repository();
    await page.loadOperatingModel(); // opens the site, reading the cycles alongside
    const created = await page.createCycle({
      name: 'Next quarter',
      start: '2031-01-01',
      end: '2031-03-31',
      state: 'planning',
    });
    expect((await page.listCycles()).map((c) => c.id)).toContain(created.id);
  });

  test('paging is the only thing that grows: one round trip per page of the largest list', async () => {
    const repository = store.repository({ pageSize: 500 });
    const { cycle, objective } = await startingPoint(repository);
    await store.bulkKeyResults(objective, 1200);
    await repository.listTeams();

    const { board, requests } = await countedBoardLoad(store, () =>
      repository.loadBoard({ cycleId: cycle.id }),
    );
    expect(board.keyResults).toHaveLength(1200);
    expect(new Set(board.keyResults.map((kr) => kr.id)).size).toBe(1200);
    // The KRs' pages one after another; the check-ins' one page beside the first.
    expect(requests).toBe(Math.ceil(1200 / 500) + 1);
  });

  test('a background read takes its items a thousand a page, a read someone waits for five thousand', async () => {
    const repository = store.repository();
    const { cycle, objective } = await startingPoint(repository);
    await store.bulkKeyResults(objective, 2500);
    await repository.listTeams();

    const waited = await countedBoardLoad(store, () => repository.loadBoard({ cycleId: cycle.id }));
    const background = await countedBoardLoad(store, () =>
      repository.loadBoard({ cycleId: cycle.id }, { background: true }),
    );
    expect(background.board).toEqual(waited.board);
    expect(background.board.keyResults).toHaveLength(2500);
    // The KRs' pages one after another, the check-ins' one page beside the first.
    expect(waited.requests).toBe(1 + 1);
    expect(background.requests).toBe(Math.ceil(2500 / 1000) + 1);
    // A read that comes after the background one is not paged small by it.
    const again = await countedBoardLoad(store, () => repository.loadBoard({ cycleId: cycle.id }));
    expect(again.requests).toBe(1 + 1);
  });

  test("reads each list's items with their id, eTag and fields only (no webUrl, people, parents)", async () => {
    const repository = store.repository();
    const { cycle, objective } = await startingPoint(repository);
    await store.bulkKeyResults(objective, 3);
    await repository.listTeams();
    const realFetch = globalThis.fetch;
    const answers: Promise<{ responses?: { body?: { value?: object[] } }[] }>[] = [];
    const sent = jest.spyOn(globalThis, 'fetch').mockImplementation(async (...args) => {
      const response = await realFetch(...args);
      answers.push(response.clone().json());
      return response;
    });
    try {
      const board = await repository.loadBoard({ cycleId: cycle.id });
      expect(board.keyResults).toHaveLength(3);
      expect(board.keyResults.every((kr) => kr.version !== undefined)).toBe(true);
      const items = (await Promise.all(answers)).flatMap((body) =>
        (body.responses ?? []).flatMap((answer) => answer.body?.value ?? []),
      );
      expect(items.length).toBeGreaterThanOrEqual(5); // teams, objective, KRs, check-ins…
      for (const item of items) {
        expect(Object.keys(item).sort()).toEqual(
          ['@odata.etag', 'eTag', 'fields', 'fields@odata.context', 'id'].sort(),
        );
      }
    } finally {
      sent.mockRestore();
    }
  });

  test("a team's board holds only its objectives; without teams, the whole alignment tree", async () => {
    const repository = store.repository();
    const { cycle, team: company, objective: companyObjective } = await startingPoint(repository);
    const sales = await repository.createTeam({ name: 'Sales', parentTeamId: company.id });
    const salesObjective = await repository.createObjective({
      cycleId: cycle.id,
      teamId: sales.id,
      title: 'Win the mid-market',
      description: '',
      commitment: 'committed',
      state: 'active',
      parentId: companyObjective.id,
    });
    await store.bulkKeyResults(companyObjective, 3);
    await store.bulkKeyResults(salesObjective, 2);
    const otherCycle = await repository.createCycle({
      name: 'Q2 2026',
      start: '2026-04-01',
      end: '2026-06-30',
      state: 'planning',
    });
    await repository.createObjective({
      cycleId: otherCycle.id,
      teamId: sales.id,
      title: 'Next quarter',
      description: '',
      commitment: 'committed',
      state: 'draft',
    });

    const salesBoard = await repository.loadBoard({ cycleId: cycle.id, teamIds: [sales.id] });
    expect(salesBoard.objectives.map((o) => o.id)).toEqual([salesObjective.id]);
    expect(salesBoard.keyResults).toHaveLength(2);
    expect(salesBoard.objectives[0]!.parentId).toBe(companyObjective.id);

    const whole = await repository.loadBoard({ cycleId: cycle.id });
    expect(whole.objectives.map((o) => o.id).sort()).toEqual(
      [companyObjective.id, salesObjective.id].sort(),
    );
    expect(whole.keyResults).toHaveLength(5);
    expect(whole.teams.find((t) => t.id === sales.id)?.parentTeamId).toBe(company.id);

    const alignment = await repository.loadAlignment(cycle.id);
    const children = alignment.objectives.filter((o) => o.parentId === companyObjective.id);
    expect(children.map((o) => o.teamId)).toEqual([sales.id]);
  });
});

describe('alignment across cycles', () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  test('reads the objectives aligned to, whatever their cycle, and a year’s quarters, in one request each', async () => {
    const repository = store.repository();
    const { cycle: quarter, team, objective } = await startingPoint(repository);
    const year = await repository.createCycle({
      name: 'FY 2026',
      start: '2026-01-01',
      end: '2026-12-31',
      state: 'active',
    });
    const annual = await repository.createObjective({
      cycleId: year.id,
      teamId: team.id,
      title: 'Double ARR to €10M',
      description: '',
      commitment: 'aspirational',
      state: 'active',
    });
    const aligned = await repository.updateObjective({
      ...objective,
      parentId: annual.id,
      alignments: [{ objectiveId: annual.id, weight: 0.3 }],
    });
    const gone = await repository.createObjective({
      ...annual,
      cycleId: quarter.id,
      title: 'Gone',
    });
    await repository.deleteObjective(gone);
    await repository.loadBoard({ cycleId: quarter.id }); // the site and its lists looked up

    store.emulator.resetStats();
    const parents = await repository.loadObjectives([annual.id, gone.id, annual.id]);
    expect(parents.map((o) => [o.id, o.cycleId, o.title])).toEqual([
      [annual.id, year.id, 'Double ARR to €10M'],
    ]);
    expect(store.emulator.stats().total).toBe(1);

    store.emulator.resetStats();
    const quarters = await repository.objectivesOfCycles([quarter.id]);
    expect(quarters.map((o) => [o.id, o.parentId, o.alignments])).toEqual([
      [aligned.id, annual.id, [{ objectiveId: annual.id, weight: 0.3 }]],
    ]);
    expect(store.emulator.stats().total).toBe(1);

    expect(await repository.loadObjectives([])).toEqual([]);
    expect(await repository.objectivesOfCycles([])).toEqual([]);
  });
});
