/**
 * The same Viva Goals export imported a second time: the dry run and the outcome say "already
 * imported, unchanged" of what the first import wrote and the site still holds as the file says
 * (both said "Teams 4, Cycles 4, Objectives 7 … Check-ins 20" again, though nothing was
 * written), and only what the file changed since is written, as an update. A sheet imported
 * while a check-in's day without a time was stored at midnight UTC finds those check-ins by their
 * old ids in the dry run as in the run.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import {
  matchPeople,
  matchSite,
  planImport,
  readImportFile,
  runImport,
  type ImportPlan,
} from '../../src/migrate';
import { describeDryRun, describeWritten, dryRun, writesNothing } from '../../src/migrate/report';
import type { OkrRepository } from '../../src/store/repository';
import { startStore, type StoreFixture } from '../store/store-fixture';
import { vivaRecords, vivaZip } from './fixtures';
import { planSheet, utf8 } from './support/sheet-plan';

const options = { today: '2025-02-20', rules: defaultOperatingModel };

async function dryRunOf(records: Record<string, unknown[]>, repository: OkrRepository) {
  const planned = planImport(await readImportFile('export.zip', await vivaZip(records)), options);
  const people = await matchPeople(planned, repository);
  return matchSite(people.plan, repository);
}

const unchangedLine = (plan: ImportPlan) =>
  plan.problems.find((p) => p.summary && p.message.startsWith('This file was imported before'))
    ?.message;

describe('a file imported again', () => {
  jest.setTimeout(120_000);
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  it('says what is already imported and unchanged, and writes only what the file changed', async () => {
    const repository = store.repository();
    const first = await runImport(await dryRunOf(vivaRecords, repository), repository);
    expect(first.failed).toEqual([]);

    const again = await dryRunOf(vivaRecords, repository);
    const run = dryRun(again);
    expect(run.counts).toEqual({
      teams: 0,
      cycles: 0,
      objectives: 0,
      keyResults: 0,
      initiatives: 0,
      checkIns: 0,
    });
    expect(writesNothing(run)).toBe(true);
    const said = `This file was imported before. Already imported, unchanged: ${first.written.teams} teams, ${first.written.cycles} cycles, ${first.written.objectives} objectives, ${first.written.keyResults} key results, ${first.written.initiatives} initiatives, and ${first.written.checkIns} check-ins, left as they are; only what differs is written, updating what the earlier import made.`;
    expect(unchangedLine(again)).toBe(said);
    expect(describeDryRun(run)).toContain(said);

    // The file changes one key result's target: that one is written, the rest left.
    const changed = {
      ...vivaRecords,
      objectives: vivaRecords.objectives.map((item) =>
        item.ID === 10
          ? { ...item, Outcome: { ...(item.Outcome as unknown as object), Target: 120 } }
          : item,
      ),
    };
    const third = await dryRunOf(changed, repository);
    expect(dryRun(third).counts).toMatchObject({ objectives: 0, keyResults: 1, checkIns: 0 });
    const report = await runImport(third, repository);
    expect(report.failed).toEqual([]);
    expect(report.written).toMatchObject({ teams: 0, objectives: 0, keyResults: 1, checkIns: 0 });
    expect(report.unchanged.keyResults).toBe(first.written.keyResults - 1);
    expect(describeWritten(report)).toContain(
      `1 key result, 0 initiatives, 0 check-ins; already imported, unchanged: ${first.written.teams} teams, ${first.written.cycles} cycles, ${first.written.objectives} objectives, ${first.written.keyResults - 1} key results`,
    );
    const cycles = await repository.listCycles();
    const board = await repository.loadBoard({
      cycleId: cycles.find((c) => c.name === 'Q1 2025')!.id,
    });
    expect(board.keyResults.find((k) => k.title === 'Activated teams from 40 to 100')?.target).toBe(
      120,
    );
  });
});

describe('a sheet imported before check-ins without a time were stored at noon UTC', () => {
  jest.setTimeout(120_000);
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  const sheet = utf8(
    'Objective,Key result,Start,Target,Current,Date\nGrow revenue,ARR,0,1200,450,2026-02-03\n,Churn,5,2,3,2026-01-25\n',
  );
  /** The plan as an import wrote it before: each check-in's day at midnight UTC, in its id too. */
  const atMidnight = (plan: ImportPlan): ImportPlan => ({
    ...plan,
    checkIns: plan.checkIns.map((planned) => {
      const midnight = (text: string) => text.replace(/T12:00:00Z$/, 'T00:00:00Z');
      return {
        ...planned,
        sourceId: midnight(planned.sourceId),
        draft: {
          ...planned.draft,
          clientId: midnight(planned.draft.clientId),
          at: midnight(planned.draft.at),
        },
      };
    }),
  });
  const dryRunOfSheet = async (repository: OkrRepository, plan?: (p: ImportPlan) => ImportPlan) => {
    const planned = await planSheet('okrs.csv', sheet);
    const people = await matchPeople(plan ? plan(planned) : planned, repository);
    return matchSite(people.plan, repository);
  };
  const checkInsOnSite = async (repository: OkrRepository) => {
    const [cycle] = await repository.listCycles();
    const history = await repository.cycleCheckInHistory(cycle!.id);
    return [...history.values()].flat().map((checkIn) => checkIn.at);
  };

  it('finds its midnight check-ins in the dry run as the run does: none new, none written', async () => {
    const repository = store.repository();
    const earlier = await runImport(await dryRunOfSheet(repository, atMidnight), repository);
    expect(earlier.failed).toEqual([]);
    expect(earlier.written.checkIns).toBe(2);
    const stored = await checkInsOnSite(repository);
    expect(stored.sort()).toEqual(['2026-01-25T00:00:00Z', '2026-02-03T00:00:00Z']);

    const again = await dryRunOfSheet(repository);
    expect(again.checkIns.map((c) => c.draft.at)).toEqual([
      '2026-02-03T12:00:00Z',
      '2026-01-25T12:00:00Z',
    ]);
    expect(dryRun(again).counts.checkIns).toBe(0);
    expect(unchangedLine(again)).toContain('2 check-ins');

    const report = await runImport(again, repository);
    expect(report.failed).toEqual([]);
    expect(report.written.checkIns).toBe(0);
    expect(report.unchanged.checkIns).toBe(2);
    expect((await checkInsOnSite(repository)).sort()).toEqual(stored.sort());
  });
});
