/**
 * A Jira export imported again: an epic a filter left out the first time became an objective
 * made from its issues' Parent summary (numbered by its Issue id); exported later, the epic
 * updates that objective, found by its number or, where the export has no "Issue id" column, as
 * the only objective of its title made so in its cycle and team. The dry run says so beforehand.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { matchSite, planImport, readImportFile, runImport } from '../../src/migrate';
import { describeDryRun, dryRun } from '../../src/migrate/report';
import type { OkrRepository } from '../../src/store/repository';
import { startStore, type StoreFixture } from '../store/store-fixture';
import { notSaid } from './support/not-said';

const options = { today: '2025-02-20', rules: defaultOperatingModel };

describe('a Jira epic imported after its issues', () => {
  jest.setTimeout(60_000);
  let store: StoreFixture;
  let repository: OkrRepository;
  beforeEach(async () => {
    store = await startStore();
    repository = store.repository();
  });
  afterEach(() => store.stop());

  const jira = async (header: string, rows: readonly string[], fileDate: string) =>
    matchSite(
      planImport(
        await readImportFile(
          'Jira.csv',
          new TextEncoder().encode([header, ...rows].join('\n')),
          undefined,
          { fileDate },
        ),
        options,
      ),
      repository,
    );
  const withIds = 'Summary,Issue key,Issue id,Parent,Issue Type,Status,Parent summary,Description';
  const withoutIds = 'Summary,Issue key,Parent,Issue Type,Status,Parent summary,Description';
  /** A filter that found the stories of epic 10009 (ENG-9) without it. */
  const storiesFirst = async () => {
    const first = await runImport(
      await jira(
        withIds,
        [
          'Speed up payment,ENG-2,10002,10009,Story,Done,Faster checkout,',
          'Card form,ENG-3,10003,10009,Story,To Do,Faster checkout,',
        ],
        '2025-01-10',
      ),
      repository,
    );
    expect(first.failed).toEqual([]);
  };
  const board = async () => {
    const [cycle] = await repository.listCycles();
    return repository.loadBoard({ cycleId: cycle!.id });
  };
  const underEach = async () => {
    const { objectives, keyResults } = await board();
    return objectives.map((o) => [
      o.title,
      o.description,
      keyResults.filter((kr) => kr.objectiveId === o.id).map((kr) => [kr.title, kr.current]),
    ]);
  };

  test('updates the objective made from their Parent summary, found by its Issue id, and says so in the dry run', async () => {
    await storiesFirst();
    const second = await jira(
      withIds,
      [
        'Faster checkout,ENG-9,10009,,Epic,In Progress,,Checkout in under a minute',
        'Speed up payment,ENG-2,10002,10009,Story,Done,Faster checkout,',
        'Card form,ENG-3,10003,10009,Story,Done,Faster checkout,',
      ],
      '2025-01-20',
    );
    expect(describeDryRun(dryRun(second))).toContain(
      'Jira.csv, row 2: It updates the objective "Faster checkout" an earlier import made from its issues\' Parent summary (issue 10009): no second objective is made.',
    );
    expect(notSaid(second.problems.filter((p) => p.message.includes('Parent summary')))).toEqual(
      [],
    );
    expect((await runImport(second, repository)).failed).toEqual([]);
    expect(await underEach()).toEqual([
      [
        'Faster checkout',
        'Checkout in under a minute',
        [
          ['Speed up payment', 1],
          ['Card form', 1],
        ],
      ],
    ]);
    // A third run finds it by the epic's own key: still one, and nothing more said.
    const third = await jira(
      withIds,
      ['Faster checkout,ENG-9,10009,,Epic,In Progress,,Checkout in under a minute'],
      '2025-01-20',
    );
    expect(describeDryRun(dryRun(third))).not.toContain('It updates the objective');
    await runImport(third, repository);
    expect((await board()).objectives).toHaveLength(1);
  });

  test('without an "Issue id" column, its issues give its number: they go under it, and it updates that objective', async () => {
    await storiesFirst();
    const second = await jira(
      withoutIds,
      [
        'Faster checkout,ENG-9,,Epic,In Progress,,Checkout in under a minute',
        'Speed up payment,ENG-2,10009,Story,Done,Faster checkout,',
        'Card form,ENG-3,10009,Story,Done,Faster checkout,',
      ],
      '2025-01-20',
    );
    const text = describeDryRun(dryRun(second));
    expect(text).toContain(
      'Jira.csv, row 3, field "Parent": The issues whose parent is issue 10009 (rows 3, 4) go under the epic "Faster checkout" (row 2), the one its Parent summary names: the file has no "Issue id" column to find it by its number.',
    );
    expect(notSaid(second.problems.filter((p) => p.message.includes('Parent summary')))).toEqual(
      [],
    );
    expect(text).toContain(
      'Jira.csv, row 2: It updates the objective "Faster checkout" an earlier import made from its issues\' Parent summary (issue 10009): no second objective is made.',
    );
    expect(notSaid(second.problems.filter((p) => p.message.includes('Parent summary')))).toEqual(
      [],
    );
    expect(second.objectives).toHaveLength(1);
    expect((await runImport(second, repository)).failed).toEqual([]);
    // The stories, keyed by Issue key both times, are the same key results.
    expect(await underEach()).toEqual([
      [
        'Faster checkout',
        'Checkout in under a minute',
        [
          ['Speed up payment', 1],
          ['Card form', 1],
        ],
      ],
    ]);
  });

  test('exported alone without an "Issue id" column, it updates the one objective of its title made so in its cycle and team', async () => {
    await storiesFirst();
    const second = await jira(
      withoutIds,
      ['Faster checkout,ENG-9,,Epic,In Progress,,Checkout in under a minute'],
      '2025-01-20',
    );
    expect(describeDryRun(dryRun(second))).toContain(
      'Jira.csv, row 2: It updates the objective "Faster checkout" an earlier import made in the same cycle and team from its issues\' Parent summary (issue 10009), the only one of that title: no second objective is made. The file has no "Issue id" column to find it by its number.',
    );
    expect(notSaid(second.problems.filter((p) => p.message.includes('Parent summary')))).toEqual(
      [],
    );
    expect((await runImport(second, repository)).failed).toEqual([]);
    expect(await underEach()).toEqual([
      [
        'Faster checkout',
        'Checkout in under a minute',
        [
          ['Speed up payment', 1],
          ['Card form', 0],
        ],
      ],
    ]);
  });

  test('where two such objectives share its title, none is guessed at', async () => {
    // Two epics named alike, both left out: two objectives "Faster checkout" (10009, 10010).
    await runImport(
      await jira(
        withIds,
        [
          'Speed up payment,ENG-2,10002,10009,Story,Done,Faster checkout,',
          'Card form,ENG-3,10003,10010,Story,To Do,Faster checkout,',
        ],
        '2025-01-10',
      ),
      repository,
    );
    const second = await jira(
      withoutIds,
      ['Faster checkout,ENG-9,,Epic,In Progress,,Checkout in under a minute'],
      '2025-01-20',
    );
    expect(describeDryRun(dryRun(second))).toContain(
      'Jira.csv, row 2: It may be any of the 2 objectives "Faster checkout" an earlier import made in the same cycle and team from the Parent summary of issues: which is not guessed, so it is imported as an objective of its own. To update the one it is, export with the "Issue id" column (Export CSV (all fields)).',
    );
    expect(notSaid(second.problems.filter((p) => p.message.includes('Parent summary')))).toEqual(
      [],
    );
    expect(second.objectives[0]!.aliases).toBeUndefined();
    await runImport(second, repository);
    expect((await board()).objectives).toHaveLength(3);
  });

  test('where two epics of its title in the file could be the one such objective, none is guessed at', async () => {
    await storiesFirst();
    const second = await jira(
      withoutIds,
      ['Faster checkout,ENG-9,,Epic,In Progress,,', 'Faster checkout,ENG-11,,Epic,To Do,,'],
      '2025-01-20',
    );
    expect(describeDryRun(dryRun(second))).toContain(
      'Jira.csv, row 3: It may be the objective "Faster checkout" an earlier import made in the same cycle and team from the Parent summary of issues, as may another epic of that title in the file: which is not guessed, so it is imported as an objective of its own.',
    );
    expect(notSaid(second.problems.filter((p) => p.message.includes('Parent summary')))).toEqual(
      [],
    );
    expect(second.objectives.map((o) => o.aliases)).toEqual([undefined, undefined]);
  });

  test('an objective of that title a goal list made under a short id of its own is not taken for it', async () => {
    const list = planImport(
      await readImportFile(
        'goals.csv',
        new TextEncoder().encode(
          ['Id,Goal name,Parent ID,Target', '1,Faster checkout,,', '2,Speed up payment,1,100'].join(
            '\n',
          ),
        ),
        undefined,
        { fileDate: '2025-01-10' },
      ),
      options,
    );
    expect((await runImport(list, repository)).failed).toEqual([]);
    const second = await jira(
      withoutIds,
      ['Faster checkout,ENG-9,,Epic,In Progress,,'],
      '2025-01-20',
    );
    expect(second.objectives[0]!.aliases).toBeUndefined();
    expect(describeDryRun(dryRun(second))).not.toContain('an earlier import made');
  });
});
