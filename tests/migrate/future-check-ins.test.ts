/**
 * A check-in dated after the day of the import is left out, its date named: a check-in says what
 * was measured, and a key result shows its latest, so one dated in the future would stay its
 * latest and every check-in made later would seem not to move it. A check-in on the day itself,
 * at any hour, is kept; the rest of the file imports, and the report lists what was left out.
 */
import { toCsv } from '../../src/core/csv';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile, templateColumns, type ImportPlan } from '../../src/migrate';
import { splitCsv } from '../../src/migrate/csv';
import { describeDryRun, dryRun, reportCsv } from '../../src/migrate/report';
import { reportReader } from '../../src/migrate/report-words';
import { words as german } from '../../src/ui/migrate/words/import-de';
import { explorerHeader, vivaRecords, vivaZip } from './fixtures';

const today = '2025-02-20';
const utf8 = (text: string) => new TextEncoder().encode(text);
const plan = async (name: string, bytes: Uint8Array) =>
  planImport(await readImportFile(name, bytes), { today, rules: defaultOperatingModel });
const leftOut = (imported: ImportPlan) =>
  imported.problems
    .filter((problem) => /after today/.test(problem.message))
    .map(({ row, field, item, severity, message }) => ({ row, field, item, severity, message }));
const future =
  'A check-in dated Feb 21, 2025, after today, is left out: a check-in says what was measured. Correct its date in the file and import it again.';

describe('a Viva Goals organisation export', () => {
  const exported = () =>
    vivaZip({
      ...vivaRecords,
      checkins: [
        ...vivaRecords.checkins,
        { ID: 8101, 'OKR ID': 10, 'CheckIn Date': '2025-02-20 23:59:59', 'Current Value': 75 },
        { ID: 8102, 'OKR ID': 10, 'CheckIn Date': '2025-02-21 00:00:00', 'Current Value': 90 },
      ],
    });

  it('leaves out a check-in dated after today, naming its row, field and date; one on today is kept', async () => {
    const imported = await plan('export.zip', await exported());
    const row = vivaRecords.checkins.length + 2;
    expect(leftOut(imported)).toEqual([
      { row, field: 'CheckIn Date', item: '10', severity: 'skipped', message: future },
    ]);
    const onKeyResult = imported.checkIns.filter((c) => c.draft.keyResultId === 'viva:10');
    expect(onKeyResult.map((c) => [c.draft.at, c.draft.value])).toEqual([
      ['2025-01-20T09:00:00Z', 44],
      ['2025-02-17T09:00:00Z', 71],
      ['2025-02-20T23:59:59Z', 75],
    ]);
    // Its key result's latest check-in is the one of today, not the one of tomorrow.
    const keyResult = imported.keyResults.find((k) => k.sourceId === 'viva:10')!;
    expect([keyResult.draft.lastCheckInAt, keyResult.draft.current]).toEqual([
      '2025-02-20T23:59:59Z',
      75,
    ]);
  });

  it('lists it in the dry run and in the report to download, in the reader’s language too', async () => {
    const run = dryRun(await plan('export.zip', await exported()));
    expect(describeDryRun(run)).toContain(future);
    const rows = (csv: string) => splitCsv(csv).map((row) => row.fields);
    expect(rows(reportCsv(run))).toContainEqual([
      'mapping',
      'skipped',
      expect.any(String),
      String(vivaRecords.checkins.length + 2),
      'CheckIn Date',
      '10',
      future,
    ]);
    expect(reportCsv(run, undefined, reportReader(german, 'de-DE'))).toContain(
      'Ein Check-in vom 21. Feb. 2025, nach dem heutigen Tag, wird ausgelassen: Ein Check-in hält fest, was gemessen wurde. Korrigieren Sie sein Datum in der Datei und importieren Sie sie erneut.',
    );
  });

  it('leaves out a check-in of an objective dated after today, which would be a note on it', async () => {
    const imported = await plan(
      'export.zip',
      await vivaZip({
        ...vivaRecords,
        checkins: [
          {
            ID: 8103,
            'OKR ID': 3,
            'CheckIn Date': '2025-02-21 08:00:00',
            'Check In Note': { 'Check In Note': 'Done early', 'Check In Note HTML': null },
            'Current Value': 100,
          },
        ],
      }),
    );
    expect(leftOut(imported)).toEqual([
      { row: 1, field: 'CheckIn Date', item: '3', severity: 'skipped', message: future },
    ]);
    expect(imported.objectives.map((o) => o.draft.description).join('\n')).not.toContain(
      'Done early',
    );
  });
});

it('leaves out a check-in row of the template dated after today, naming its Date column', async () => {
  const row = (cells: Record<string, string>) =>
    templateColumns.map((column) => cells[column] ?? '');
  const cycle = { Cycle: 'Q1 2025', 'Cycle start': '2025-01-01', 'Cycle end': '2025-03-31' };
  const csv = toCsv([
    [...templateColumns],
    row({ Type: 'Objective', Id: 'O1', Title: 'Grow', Team: 'Sales', ...cycle }),
    row({ Type: 'Key result', Id: 'K1', Parent: 'O1', Title: 'Deals', Target: '9' }),
    row({ Type: 'Check-in', Id: 'C1', Parent: 'K1', Date: '2025-02-20', Value: '3' }),
    row({ Type: 'Check-in', Id: 'C2', Parent: 'K1', Date: '2025-02-21T08:00:00Z', Value: '5' }),
  ]);
  const imported = await plan('okrs.csv', utf8(csv));
  expect(leftOut(imported)).toEqual([
    { row: 5, field: 'Date', item: 'K1', severity: 'skipped', message: future },
  ]);
  expect(imported.checkIns.map((c) => [c.draft.at, c.draft.value])).toEqual([
    ['2025-02-20T12:00:00Z', 3],
  ]);
  expect(imported.keyResults.map((k) => [k.sourceId, k.draft.current])).toEqual([['sheet:K1', 3]]);
});

it('imports the key result of an own sheet’s row whose check-in is dated after today, without it', async () => {
  const sheet = [
    'Objective,Key result,Quarter,Target,Current,Date',
    'Grow,Deals,Q1 2025,10,4,2025-02-19',
    'Grow,Calls,Q1 2025,10,6,2025-02-21',
  ].join('\n');
  const imported = await plan('okrs.csv', utf8(sheet));
  // Its current value is its check-in's: left out with it, the key result stays at its start.
  expect(imported.keyResults.map((k) => [k.draft.title, k.draft.current])).toEqual([
    ['Deals', 4],
    ['Calls', 0],
  ]);
  expect(imported.checkIns.map((c) => [c.draft.at, c.draft.value])).toEqual([
    ['2025-02-19T12:00:00Z', 4],
  ]);
  expect(leftOut(imported)).toEqual([
    expect.objectContaining({ row: 3, severity: 'skipped', message: future }),
  ]);
});

it('leaves out a check-in of a Viva Goals explorer export’s history dated after today', async () => {
  const row = (
    values: Record<string, string>,
    history: readonly (readonly [string, string])[] = [],
  ) => [
    ...explorerHeader.slice(0, -1).map((column) => values[column] ?? ''),
    ...history.map(
      ([date, value]) =>
        `Checkin Date: ${date}; User: Diego Siciliani; Note: ; Metric Name: customers; Status: On Track; Current Value: ${value}; Activity Date: ${date} UTC;`,
    ),
  ];
  const period = { Period: 'Q1 2025', 'Start Date': '2025-01-01', 'End Date': '2025-03-31' };
  const csv = toCsv([
    [...explorerHeader, ''],
    row({ Id: '1', Title: 'Win', Team: 'Sales', ...period, 'Object Type': 'Objective' }),
    row(
      {
        Id: '2',
        Title: 'Customers',
        Team: 'Sales',
        ...period,
        'Aligned To (weight, Objective ID)': 'Win(weight: 100%, Id: 1)',
        Unit: 'Number',
        Target: '25',
        Start: '10',
        'Object Type': 'Key result',
      },
      [
        ['2025-02-14 09:00:00', '12'],
        ['2025-03-14 09:00:00', '18'],
      ],
    ),
  ]);
  const imported = await plan('explorer.csv', utf8(csv));
  expect(imported.checkIns.map((c) => [c.draft.at, c.draft.value])).toEqual([
    ['2025-02-14T09:00:00Z', 12],
  ]);
  expect(leftOut(imported)).toEqual([
    expect.objectContaining({
      row: 3,
      item: '2',
      severity: 'skipped',
      message:
        'A check-in dated Mar 14, 2025, after today, is left out: a check-in says what was measured. Correct its date in the file and import it again.',
    }),
  ]);
});

it('counts days in UTC, as the import takes today: a time written with its zone is the instant it names', async () => {
  const sheet = [
    'Objective,Key result,Quarter,Target,Current,Date',
    // 23:30 in New York on the 20th is 04:30 on the 21st in UTC: after today.
    'Grow,Deals,Q1 2025,10,4,Thu Feb 20 2025 23:30:00 GMT-0500',
    // 01:00 in Athens on the 21st is 23:00 on the 20th in UTC: today.
    'Grow,Calls,Q1 2025,10,6,Fri Feb 21 2025 01:00:00 GMT+0200',
  ].join('\n');
  const imported = await plan('okrs.csv', utf8(sheet));
  expect(imported.checkIns.map((c) => [c.draft.at, c.draft.value])).toEqual([
    ['2025-02-20T23:00:00Z', 6],
  ]);
  expect(leftOut(imported)).toEqual([expect.objectContaining({ row: 2, message: future })]);
});
