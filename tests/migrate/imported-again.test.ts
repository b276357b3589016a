/**
 * The same Viva Goals export imported a second time: the dry run and the outcome say "already
 * imported, unchanged" of what the first import wrote and the site still holds as the file says
 * (both said "Teams 4, Cycles 4, Objectives 7 … Check-ins 20" again, though nothing was
 * written), and only what the file changed since is written, as an update.
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
