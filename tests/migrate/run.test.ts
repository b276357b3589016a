import { defaultOperatingModel } from '../../src/core/operating-model';
import {
  importClientId,
  matchPeople,
  matchSite,
  planImport,
  readImportFile,
  runImport,
  type ImportPlan,
  type ImportProgress,
} from '../../src/migrate';
import { describeDryRun, describeWritten, dryRun, reportCsv } from '../../src/migrate/report';
import { startStore, type StoreFixture } from '../store/store-fixture';
import { vivaZip } from './fixtures';
import { notSaid } from './support/not-said';

const options = { today: '2025-02-20', rules: defaultOperatingModel };

describe('importing into the store', () => {
  jest.setTimeout(60_000);
  let store: StoreFixture;
  let plan: ImportPlan;
  beforeAll(async () => {
    plan = planImport(await readImportFile('export.zip', await vivaZip()), options);
  });
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  test('matches people by email then name, writes every kind in batches, and a second run duplicates nothing', async () => {
    const repository = store.repository();
    const people = await matchPeople(plan, repository);
    expect(people.matched.map((p) => p.displayName).sort()).toEqual([
      'Isaiah Langer',
      'Megan Bowen',
    ]);
    expect(people.unmatched.map((p) => p.displayName)).toEqual(['Pat Stranger']);

    const progress: ImportProgress[] = [];
    store.emulator.resetStats();
    const report = await runImport(people.plan, repository, {
      onProgress: (p) => progress.push(p),
    });
    expect(report.cancelled).toBe(false);
    expect(report.failed).toEqual([]);
    expect(report.written).toEqual(report.planned);
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)!.total });
    const firstRun = store.emulator.stats();

    const cycles = await repository.listCycles();
    const q1 = cycles.find((c) => c.name === 'Q1 2025')!;
    const board = await repository.loadBoard({ cycleId: q1.id });
    const onboarding = board.objectives.find((o) => o.title === 'Make onboarding effortless')!;
    expect(onboarding.alignments).toHaveLength(2);
    expect(onboarding.owner?.id).toMatch(/^[0-9a-f-]{36}$/);
    const activated = board.keyResults.find((kr) => kr.title === 'Activated teams from 40 to 100')!;
    expect(activated).toMatchObject({
      current: 71,
      targets: [
        { date: '2025-01-31', value: 50 },
        { date: '2025-02-28', value: 80 },
      ],
    });
    expect(board.initiatives.map((i) => i.title).sort()).toEqual([
      'In-app tour',
      'Rebuild the sign-up flow',
      'Welcome email',
    ]);
    const history = await repository.cycleCheckInHistory(q1.id);
    expect(history.get(activated.id)!.map((c) => [c.value, c.author.displayName])).toEqual([
      [44, 'Isaiah Langer'],
      [71, 'Pat Stranger'],
    ]);

    // "Update from Children" arrives with store ids: the KR's children, the objective's flag.
    const annual = await repository.loadBoard({
      cycleId: cycles.find((c) => c.name === 'Annual 2025')!.id,
    });
    const titleOf = (kind: 'objective' | 'keyResult', id: string) =>
      (kind === 'objective' ? annual.objectives : annual.keyResults).find((x) => x.id === id)
        ?.title;
    const retained = annual.keyResults.find(
      (kr) => kr.title === 'Customers still active after 90 days',
    )!;
    expect(retained.rolledUpFrom?.map((c) => [c.kind, titleOf(c.kind, c.id), c.weight])).toEqual([
      ['objective', 'Answer every customer within a day', 0.7],
      ['keyResult', 'Health checks for 20 new customers', 0.3],
    ]);
    expect(
      annual.objectives.find((o) => o.title === 'Be the company customers recommend')
        ?.rollsUpAligned,
    ).toBe(true);

    // Again: found by source id, updated in place; nothing new.
    const again = await runImport(people.plan, store.repository());
    expect(again.failed).toEqual([]);
    const boardAgain = await repository.loadBoard({ cycleId: q1.id });
    expect(boardAgain.objectives).toHaveLength(board.objectives.length);
    expect(boardAgain.keyResults).toHaveLength(board.keyResults.length);
    expect(boardAgain.initiatives).toHaveLength(board.initiatives.length);
    expect((await repository.cycleCheckInHistory(q1.id)).get(activated.id)).toHaveLength(2);
    expect(await repository.listCycles()).toHaveLength(cycles.length);
    expect(await repository.listTeams()).toHaveLength(3);
    expect(firstRun.batches).toBeGreaterThan(0);
  });

  test('a re-run fills in the check-in statuses an earlier import could not keep, and changes nothing else', async () => {
    const repository = store.repository();
    const withoutStatus: ImportPlan = {
      ...plan,
      checkIns: plan.checkIns.map(({ draft: { status: _status, ...draft }, ...planned }) => ({
        ...planned,
        draft,
      })),
    };
    expect((await runImport(withoutStatus, repository)).failed).toEqual([]);
    const q1 = (await repository.listCycles()).find((c) => c.name === 'Q1 2025')!;
    const before = [...(await repository.cycleCheckInHistory(q1.id)).values()].flat();
    expect(before.every((checkIn) => checkIn.status === undefined)).toBe(true);

    store.emulator.resetStats();
    expect((await runImport(plan, store.repository())).failed).toEqual([]);
    const after = [...(await repository.cycleCheckInHistory(q1.id)).values()].flat();
    const byClient = (list: typeof after) =>
      list.map((c) => [c.clientId, c.value, c.note, c.status]).sort();
    expect(byClient(after)).toEqual(
      byClient(
        before.map((checkIn) => ({
          ...checkIn,
          status: plan.checkIns.find((p) => p.draft.clientId === checkIn.clientId)?.draft.status,
        })),
      ),
    );
    expect(after.map((c) => c.status)).toContain('behind');
    // A third run finds every status there: nothing changes.
    store.emulator.resetStats();
    await runImport(plan, store.repository());
    const third = [...(await repository.cycleCheckInHistory(q1.id)).values()].flat();
    expect(byClient(third)).toEqual(byClient(after));
  });

  test('a cancelled import stops, and running it again completes it without duplicates', async () => {
    const repository = store.repository();
    const controller = new AbortController();
    const cancelled = await runImport(plan, repository, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.kind === 'objectives') controller.abort();
      },
    });
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.written.checkIns).toBe(0);

    const resumed = await runImport(plan, store.repository());
    expect(resumed.cancelled).toBe(false);
    expect(resumed.failed).toEqual([]);
    const cycles = await repository.listCycles();
    expect(cycles).toHaveLength(2);
    const objectives = (
      await Promise.all(cycles.map((c) => repository.loadBoard({ cycleId: c.id })))
    ).flatMap((b) => b.objectives);
    expect(objectives).toHaveLength(plan.objectives.length);
  });

  test('an import whose answer was lost runs again without duplicates, each create keyed by a client id from its source', async () => {
    const repository = store.repository();
    // The objectives' batch is applied but its answer never comes.
    let seen = 0;
    store.emulator.loseAnswers(
      1,
      (method, path) => method === 'POST' && path.endsWith('$batch') && ++seen === 3,
    );
    const first = await runImport(plan, repository).catch((error: unknown) => error);
    expect(seen).toBeGreaterThanOrEqual(3);
    expect(first instanceof Error || (first as { failed: unknown[] }).failed.length > 0).toBe(true);

    const again = await runImport(plan, store.repository());
    expect(again.failed).toEqual([]);
    const cycles = await repository.listCycles();
    expect(cycles).toHaveLength(2);
    const boards = await Promise.all(cycles.map((c) => repository.loadBoard({ cycleId: c.id })));
    const objectives = boards.flatMap((b) => b.objectives);
    const keyResults = boards.flatMap((b) => b.keyResults);
    expect(objectives).toHaveLength(plan.objectives.length);
    expect(keyResults).toHaveLength(plan.keyResults.length);

    const stored = [
      ...cycles.map((cycle) => ['cycles', cycle] as const),
      ...objectives.map((objective) => ['objectives', objective] as const),
      ...keyResults.map((keyResult) => ['keyResults', keyResult] as const),
    ];
    for (const [list, item] of stored) {
      const { fields } = await store.readItem(list, item.id);
      expect(fields.SourceId).toMatch(/^viva:/);
      expect(fields.ClientId).toBe(importClientId(String(fields.SourceId)));
    }
  });

  test('teams and cycles the site already has are used, not made a second time', async () => {
    const repository = store.repository();
    // The programme set up its teams and this quarter before bringing the history in.
    const product = await repository.createTeam({ name: 'product ' });
    const q1 = await repository.createCycle({
      name: 'Q1 2025',
      start: '2025-01-01',
      end: '2025-03-31',
      state: 'closed',
    });
    const otherDates = await repository.createCycle({
      name: 'Annual 2025',
      start: '2025-01-01',
      end: '2025-12-30',
      state: 'active',
    });

    const matched = await matchSite((await matchPeople(plan, repository)).plan, repository);
    expect(matched.teams.map((t) => t.draft.name)).toEqual(
      plan.teams.map((t) => t.draft.name).filter((name) => name !== 'Product'),
    );
    expect(matched.cycles.map((c) => c.draft.name)).toEqual(['Annual 2025']);
    expect(matched.problems.filter((p) => p.severity === 'note').map((p) => p.message)).toEqual(
      expect.arrayContaining([
        // The site's Product has no owners: it gets the file's, matched to the directory.
        '"Product" is already a team on your site: its OKRs go there, and no second team of that name is made. It has no owners: the file\'s (Megan Bowen) become its owners.',
        '"Q1 2025" is already a cycle on your site with the same dates: its OKRs go there, and no second cycle of that name is made.',
      ]),
    );

    const report = await runImport(matched, repository);
    expect(report.failed).toEqual([]);
    // The owners given to the site's Product are written, and said, though no team is made for it.
    expect(report.siteTeamOwners).toEqual({ planned: 1, written: 1 });
    expect(report.written.teams).toBe(plan.teams.length - 1);
    expect(describeWritten(report)).toMatch(
      /^\d+ teams?, .*; the file's owners given to 1 team already on your site$/,
    );
    expect(reportCsv(dryRun(matched), report)).toContain(
      '"count","","","","owners of teams already on your site","","1 planned, 1 written"',
    );
    const teams = await repository.listTeams();
    expect(teams.filter((t) => t.name.trim().toLowerCase() === 'product').map((t) => t.id)).toEqual(
      [product.id],
    );
    const megan = (await repository.findPeople([{ name: 'Megan Bowen' }])).get('megan bowen');
    expect(megan).toBeDefined();
    expect(teams.find((t) => t.id === product.id)?.owners).toEqual([megan]);
    const cycles = await repository.listCycles();
    expect(cycles.filter((c) => c.name === 'Q1 2025').map((c) => c.id)).toEqual([q1.id]);
    expect(cycles.filter((c) => c.name === 'Annual 2025')).toHaveLength(2);
    expect(cycles.map((c) => c.id)).toContain(otherDates.id);
    const board = await repository.loadBoard({ cycleId: q1.id });
    const onboarding = board.objectives.find((o) => o.title === 'Make onboarding effortless')!;
    expect(onboarding).toBeDefined();
    const support = board.keyResults.find(
      (kr) => kr.title === 'Support tickets answered within a day',
    );
    const supportObjective = board.objectives.find((o) => o.id === support?.objectiveId);
    expect(supportObjective?.teamId).toBe(product.id);

    // Run again: the teams and cycle it wrote are found by source id, nothing is made twice.
    const again = await matchSite(plan, repository);
    await runImport(again, repository);
    expect(await repository.listTeams()).toHaveLength(teams.length);
    expect(await repository.listCycles()).toHaveLength(cycles.length);
  });

  test('the dry run names the objectives the site already has, made there, as the import would make a second of each; what an import of the file wrote is not named', async () => {
    const repository = store.repository();
    // The team's OKRs were set up on the board; then a sheet with the same objective comes in.
    const sales = await repository.createTeam({ name: 'Sales' });
    const q1 = await repository.createCycle({
      name: 'Q1 2025',
      start: '2025-01-01',
      end: '2025-03-31',
      state: 'active',
    });
    await repository.createObjective({
      cycleId: q1.id,
      teamId: sales.id,
      title: 'Win the mid-market',
      description: '',
      commitment: 'committed',
      state: 'active',
    });
    const sheet = planImport(
      await readImportFile(
        'sales.csv',
        new TextEncoder().encode(
          [
            'Objective,Key result,Team,Quarter,Target,Current',
            'Win the mid-market,New logos,Sales,Q1 2025,40,12',
            'Keep our customers,Churn,Sales,Q1 2025,2,3',
            'Win the Mid-Market ,Pipeline,Marketing,Q1 2025,3,2',
          ].join('\n'),
        ),
        undefined,
        { fileDate: '2025-02-10' },
      ),
      options,
    );
    const twice = (plan: ImportPlan) =>
      plan.problems.filter((p) => p.message.includes('already on your site with the same title'));
    const first = (plan: ImportPlan) => plan.problems[0]?.message ?? '';

    const matched = await matchSite(sheet, repository);
    // The Marketing objective is of a team the site does not have: a new one, not a second.
    expect(twice(matched)).toEqual([
      {
        file: 'sales.csv',
        row: 2,
        message:
          '1 objective is already on your site with the same title, cycle and team, and not from an import of this file: "Win the mid-market" (row 2). The import makes a second one beside it, with its key results and check-ins. To change OKRs here from a file, export them from this site and edit that file (it names them by their ids, so they are updated), change them on the board, or take these rows out of the file and import the rest.',
        said: expect.any(Array),
        severity: 'note',
      },
    ]);

    expect(notSaid(twice(matched))).toEqual([]);

    // Said first: the page shows a long dry run's first problems only.
    expect(first(matched)).toBe(twice(matched)[0]!.message);

    // Imported, the file again finds the objectives it wrote: only the board's is named.
    expect((await runImport(matched, repository)).failed).toEqual([]);
    expect(twice(await matchSite(sheet, repository)).map((p) => p.row)).toEqual([2]);
    const board = await repository.loadBoard({ cycleId: q1.id });
    const keep = board.objectives.find((o) => o.title === 'Keep our customers');
    expect(keep?.sourceId).toBeDefined();
  });

  test("a site team's own owners are kept, and the dry run says the file's were not applied", async () => {
    const repository = store.repository();
    const isaiah = (await repository.findPeople([{ name: 'Isaiah Langer' }])).get('isaiah langer')!;
    expect(isaiah).toBeDefined();
    const product = await repository.createTeam({ name: 'Product', owners: [isaiah] });

    const matched = await matchSite((await matchPeople(plan, repository)).plan, repository);
    expect(matched.siteTeams).toBeUndefined();
    expect(describeDryRun(dryRun(matched))).toContain(
      '"Product" is already a team on your site: its OKRs go there, and no second team of that name is made. The file\'s owners (Megan Bowen) are not applied: the team has owners on your site (Isaiah Langer), and they are kept.',
    );
    expect((await runImport(matched, repository)).failed).toEqual([]);
    const teams = await repository.listTeams();
    expect(teams.find((t) => t.id === product.id)?.owners).toEqual([isaiah]);
  });

  test("a sheet's grades are written as closing scores, and a file without them leaves the scores closing gave", async () => {
    const repository = store.repository();
    const sheet = async (score: boolean) =>
      planImport(
        await readImportFile(
          'okrs.csv',
          new TextEncoder().encode(
            [
              `Objective,Quarter,Key result,Target,Current${score ? ',Score' : ''}`,
              `Grow revenue,Q4 2024,New ARR,1000,700${score ? ',0.8' : ''}`,
              `,,Churn below 2%,100,50${score ? ',' : ''}`,
            ].join('\n'),
          ),
          undefined,
          { fileDate: '2025-01-10' },
        ),
        options,
      );
    expect((await runImport(await sheet(true), repository)).failed).toEqual([]);
    const [q4] = await repository.listCycles();
    const board = await repository.loadBoard({ cycleId: q4!.id });
    const arr = board.keyResults.find((kr) => kr.title === 'New ARR')!;
    expect(arr).toMatchObject({ score: 0.8, scoreReason: 'Graded 0.8 in okrs.csv.' });
    // (0.8 + 0.5 earned by progress) / 2, as closing the ended quarter would score it.
    expect(board.objectives.map((o) => o.score)).toEqual([0.65]);

    // The quarter is closed in the app, Churn scored; the sheet without grades comes in again.
    const churn = board.keyResults.find((kr) => kr.title === 'Churn below 2%')!;
    await repository.updateKeyResult({ ...churn, score: 0.6, scoreReason: 'Close enough' });
    expect(
      (await runImport(await matchSite(await sheet(false), repository), repository)).failed,
    ).toEqual([]);
    const again = await repository.loadBoard({ cycleId: q4!.id });
    expect(again.keyResults.map((kr) => [kr.title, kr.score])).toEqual([
      ['New ARR', 0.8],
      ['Churn below 2%', 0.6],
    ]);
    expect(again.objectives.map((o) => o.score)).toEqual([0.65]);
  });
});
