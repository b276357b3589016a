/**
 * The progress an export writes on each OKR (Viva Goals' "Progress", an explorer's "Progress %")
 * is not stored: the board works it out from the values imported. So the dry run names it only
 * where it is lost, where it is not what those values give; an export whose progress follows
 * from its values reads without a word about it.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { rollUpProgress } from '../../src/core/roll-up';
import { planImport, readImportFile, type ImportPlan } from '../../src/migrate';
import { toCsv } from '../../src/core/csv';
import { describeDryRun, dryRun } from '../../src/migrate/report';
import { explorerHeader, vivaRecords, vivaZip } from './fixtures';

const options = { today: '2025-02-20', rules: defaultOperatingModel };

const vivaPlan = async (records: Record<string, unknown[]>) =>
  planImport(await readImportFile('export.zip', await vivaZip(records)), options);

const progressLines = (plan: ImportPlan) =>
  describeDryRun(dryRun(plan))
    .split('\n')
    .filter((line) => /progress/i.test(line) && !/Progress and Status/.test(line))
    .map((line) => line.trim());

/** The export as Viva Goals writes it: each objective's and KR's progress, in percent, as its values give it. */
async function consistentRecords(share = false) {
  const plan = await vivaPlan(vivaRecords);
  const rollUp = rollUpProgress(
    plan.objectives.map((o) => ({ ...o.draft, id: o.sourceId })),
    plan.keyResults.map((kr) => ({ ...kr.draft, id: kr.sourceId })),
  );
  const progressOf = (id: number) => {
    const kr = plan.keyResults.find((planned) => planned.sourceId === `viva:${id}`);
    const objective = plan.objectives.find((planned) => planned.sourceId === `viva:${id}`);
    const progress = kr
      ? rollUp.keyResult({ ...kr.draft, id: kr.sourceId })
      : objective
        ? rollUp.objective(objective.sourceId)
        : 0;
    // Viva Goals shows whole percentages, and at most 100.
    const percent = Math.min(100, Math.round(progress * 100));
    return share ? percent / 100 : percent;
  };
  return {
    ...vivaRecords,
    objectives: vivaRecords.objectives.map((item) => ({ ...item, Progress: progressOf(item.ID) })),
  };
}

describe('the Viva Goals organisation export', () => {
  it('says nothing of a progress its values give, as a percentage or as a share', async () => {
    for (const share of [false, true]) {
      const plan = await vivaPlan(await consistentRecords(share));
      expect(progressLines(plan)).toEqual([]);
    }
  });

  it('names a progress its values do not give, with what the board shows instead', async () => {
    const records = await consistentRecords();
    const plan = await vivaPlan({
      ...records,
      objectives: records.objectives.map((item) =>
        item.ID === 10
          ? { ...item, Progress: 90 }
          : item.ID === 20
            ? { ...item, Progress: 40 }
            : item,
      ),
    });
    expect(
      plan.problems
        .filter((problem) => problem.field === 'Progress')
        .map(({ row, item, message, severity }) => ({ row, item, message, severity })),
    ).toEqual([
      {
        row: 4,
        item: '10',
        message:
          'Its progress in the file, 90%, is not kept: OKR Coach works progress out from its start, target and last check-in, which give 51.7%.',
        severity: 'skipped',
      },
      {
        row: 9,
        item: '20',
        message:
          'Its progress in the file, 40%, is not kept: an initiative has a status, not a progress.',
        severity: 'skipped',
      },
    ]);
  });
});

describe('the Viva Goals explorer export', () => {
  const explorer = (progress: string) =>
    new TextEncoder().encode(
      toCsv([
        explorerHeader.slice(0, -1),
        explorerHeader.slice(0, -1).map(
          (column) =>
            ({
              Id: '7',
              Title: 'Win the mid-market',
              Period: 'Q2 2025',
              'Start Date': '2025-04-01',
              'End Date': '2025-06-30',
              'Object Type': 'Objective',
            })[column] ?? '',
        ),
        explorerHeader.slice(0, -1).map(
          (column) =>
            ({
              Id: '8',
              Title: 'Mid-market customers from 10 to 25',
              Period: 'Q2 2025',
              'Start Date': '2025-04-01',
              'End Date': '2025-06-30',
              'Aligned To (weight, Objective ID)': 'Win the mid-market(weight: 100%, Id: 7)',
              Unit: 'Number',
              Start: '10',
              Target: '25',
              'Object Type': 'Key result',
              'Progress %': progress,
            })[column] ?? '',
        ),
      ]),
    );

  it('says nothing of a progress its values give, and names one they do not', async () => {
    const plan = async (progress: string) =>
      planImport(await readImportFile('explorer.csv', explorer(progress)), options);
    expect(progressLines(await plan('0%'))).toEqual([]);
    expect(progressLines(await plan('45%'))).toEqual([
      'explorer.csv, row 3, field "Progress %", item 8: Its progress in the file, 45%, is not kept: OKR Coach works progress out from its start, target and last check-in, which give 0%.',
    ]);
  });
});

describe('a sheet that writes a progress beside the current value', () => {
  const sheetPlan = async (name: string, rows: string[][]) =>
    planImport(
      await readImportFile(name, new TextEncoder().encode(toCsv(rows)), undefined, {
        fileDate: '2025-02-10',
      }),
      options,
    );

  it('names, on your own sheet, a progress the values do not give, and keeps the values', async () => {
    const plan = await sheetPlan('okrs.csv', [
      ['Objective', 'Key result', 'Quarter', 'Start', 'Target', 'Current', 'Progress %'],
      ['Grow', 'New customers', 'Q1 2025', '10', '50', '25', '45%'],
      ['Grow', 'Demos', 'Q1 2025', '0', '40', '10', '25%'],
      ['Grow', 'Referrals', 'Q1 2025', '0', '10', '12', '100%'],
    ]);
    expect(plan.keyResults.map((k) => k.draft.current)).toEqual([25, 10, 12]);
    expect(progressLines(plan)).toEqual([
      'okrs.csv, row 2, field "Progress %": Its progress in the file, 45%, is not kept: OKR Coach works progress out from its start, target and last check-in, which give 37.5%.',
    ]);
  });

  it('names it in a goal tree too', async () => {
    const plan = await sheetPlan('goals.csv', [
      ['Goal', 'Parent goal', 'Start value', 'Target value', 'Current value', 'Progress'],
      ['Grow', '', '', '', '', ''],
      ['New customers', 'Grow', '10', '50', '25', '0.45'],
      ['Demos', 'Grow', '0', '40', '10', '0.25'],
    ]);
    expect(progressLines(plan)).toContainEqual(
      'goals.csv, row 3, field "Progress": Its progress in the file, 45%, is not kept: OKR Coach works progress out from its start, target and last check-in, which give 37.5%.',
    );
    expect(progressLines(plan).filter((line) => /row 4/.test(line))).toEqual([]);
  });
});
