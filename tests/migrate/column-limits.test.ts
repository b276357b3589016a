/**
 * What the import writes fits the lists' columns, and the dry run passes nothing the write would
 * refuse: a sheet's item named by a 321-character title gets a source id that fits (its start
 * kept, a hash of the whole at its end, the same on every run), and a text too long for its
 * column (an owner's name) is said in the dry run, not met as a failed write.
 */
import { matchPeople, matchSite, runImport } from '../../src/migrate';
import { fittedSourceId } from '../../src/migrate/plan';
import { describeDryRun, dryRun } from '../../src/migrate/report';
import { startStore, type StoreFixture } from '../store/store-fixture';
import { planSheet, utf8 } from './support/sheet-plan';

const longTitle = `Ein sehr langes Ziel ${'x'.repeat(300)}`;
const sheet = (rows: readonly string[]) =>
  utf8(['Objective;KR;Owner;Team;Quarter;Baseline;Target;Current', ...rows].join('\r\n'));
const longObjective = sheet([
  `${longTitle};KR mit leerem Ziel;;Engineering;Q4 2026;0;10;3`,
  `${longTitle}y;Second KR;;Engineering;Q4 2026;0;10;3`,
]);

describe('source ids that fit their column', () => {
  test('a long id keeps its start, ends in a hash of the whole, and is the same on every run', () => {
    const id = `sheet:objective:engineering|q4 2026|${longTitle}`;
    const fitted = fittedSourceId(id);
    expect(fitted).toHaveLength(255);
    expect(fitted.startsWith('sheet:objective:engineering|q4 2026|ein'.slice(0, 20))).toBe(true);
    expect(fitted).toMatch(/~[0-9a-f]{16}$/);
    expect(fittedSourceId(id)).toBe(fitted);
    // Two ids alike over their first 255 characters stay apart.
    expect(fittedSourceId(`${id}a`)).not.toBe(fittedSourceId(`${id}b`));
    // One that fits is kept as earlier imports wrote it.
    expect(fittedSourceId('viva:1234')).toBe('viva:1234');
    // Not cut inside a character written as two (an emoji at the cut).
    const emoji = fittedSourceId(`${'a'.repeat(237)}${'😀'.repeat(20)}`);
    expect(emoji.length).toBeLessThanOrEqual(255);
    expect(() => encodeURIComponent(emoji)).not.toThrow();
  });

  test('a 321-character objective title plans ids that fit, distinct for two titles alike', async () => {
    const plan = await planSheet('cost-okrs.csv', longObjective);
    const ids = [...plan.objectives, ...plan.keyResults].map((p) => p.sourceId);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(255);
    for (const kr of plan.keyResults)
      expect(plan.objectives.map((o) => o.sourceId)).toContain(kr.draft.objectiveId);
    const again = await planSheet('cost-okrs.csv', longObjective);
    expect(again.objectives.map((o) => o.sourceId)).toEqual(plan.objectives.map((o) => o.sourceId));
  });
});

describe('writing what is long', () => {
  jest.setTimeout(60_000);
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  test('everything is written, and a second run finds it and makes nothing twice', async () => {
    const repository = store.repository();
    const plan = await planSheet('cost-okrs.csv', longObjective);
    const people = await matchPeople(plan, repository);
    const first = await runImport(await matchSite(people.plan, repository), repository);
    expect(first.failed).toEqual([]);
    expect(first.written.objectives).toBe(2);
    const second = await runImport(await matchSite(people.plan, repository), repository);
    expect(second.failed).toEqual([]);
    const cycle = (await repository.listCycles()).find((c) => c.name === 'Q4 2026')!;
    const board = await repository.loadBoard({ cycleId: cycle.id });
    expect(board.objectives).toHaveLength(2);
    expect(board.keyResults).toHaveLength(2);
  });

  test('a text longer than its column is said in the dry run and left out, and the write fails nothing', async () => {
    const repository = store.repository();
    const longName = `Dr. ${'Müller-Lüdenscheidt '.repeat(14)}`.trim();
    const bytes = utf8(
      [
        'Type;Id;Parent;Title;Owner;Cycle;Cycle start;Cycle end;Team;Start;Target',
        'Objective;O1;;Grow;;Q4 2026;2026-10-01;2026-12-31;Engineering;;',
        `Key result;K1;O1;Long owner;${longName};;;;;0;10`,
        'Initiative;I1;K1;Under the long owner;;;;;;;',
        'Key result;K2;O1;Fine;;;;;;0;10',
      ].join('\r\n'),
    );
    const plan = await planSheet('template.csv', bytes);
    expect(plan.keyResults.map((k) => k.draft.title)).toEqual(['Fine']);
    expect(plan.initiatives).toEqual([]);
    const said = describeDryRun(dryRun(plan));
    expect(said).toContain(
      `Its owner's name is ${longName.length} characters long, and your site holds at most 255 there: the key result is not imported, with its initiatives and check-ins.`,
    );
    const report = await runImport(await matchSite(plan, repository), repository);
    expect(report.failed).toEqual([]);
    expect(report.written).toMatchObject({ objectives: 1, keyResults: 1, initiatives: 0 });
  });

  test('the writer refuses a text too long for its column in words, sending nothing', async () => {
    const repository = store.repository();
    const report = await repository.writeImported('teams', [
      {
        sourceId: 'sheet:team:long',
        draft: { name: 'T'.repeat(300), sourceId: 'sheet:team:long' },
      },
    ]);
    expect(report.written.size).toBe(0);
    expect(report.failed.map((f) => f.error.message)).toEqual([
      'This team was not saved: The title has 300 characters; at most 255 fit.',
    ]);
  });
});
