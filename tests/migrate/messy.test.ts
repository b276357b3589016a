/**
 * Exports as they come from the field rather than as our own fixtures write them: a byte-order
 * mark and Windows line breaks, nulls inside lists, objects where lists were expected (and the
 * reverse), time periods and teams named instead of referenced, weights as bare numbers, a kind
 * split over two numbered files with a record in both, HTML notes as plain strings; and an
 * explorer CSV saved by Excel with the check-in history spread over unnamed columns.
 */
import JSZip from 'jszip';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { toCsv } from '../../src/core/csv';
import { planImport, readImportFile, type ImportPlan } from '../../src/migrate';
import { explorerHeader, vivaFileName } from './fixtures';

const options = { today: '2025-02-20', rules: defaultOperatingModel };
const person = (name: string) => ({ ID: name.length, Name: name, Email: null });

const windowsJson = (value: unknown) =>
  `\uFEFF${JSON.stringify(value, null, 2).replace(/\n/g, '\r\n')}`;

async function messyZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    vivaFileName('TimePeriods'),
    windowsJson([
      null,
      {
        ID: '501',
        'Time Period Name': 'Q1 2025',
        'Start Date': '2025-01-01T00:00:00Z',
        'End Date': '2025-03-31 00:00:00',
      },
    ]),
  );
  zip.file(
    vivaFileName('Teams'),
    windowsJson([{ ID: 900, 'Team Name': 'Product', 'Parent Team': null, 'Team Owners': [null] }]),
  );
  zip.file(
    vivaFileName('objectives', 1),
    windowsJson([
      {
        ID: 1,
        Title: 'Customers succeed',
        Type: 'Big Rock',
        Owner: person('Megan Bowen'),
        Teams: [null, { ID: null, Name: 'Product' }],
        'Time Period': 'Q1 2025',
        Alignment: null,
        'Parent IDs': [null],
        Children: [null],
        Description: '<div>Line one<br/>Line &amp; two</div>',
        'Progress and Status Configuration': null,
        Outcome: null,
        'Phased Targets': { Interval: null, 'Phased Targets': null },
        'Goal Type': null,
      },
      {
        ID: 10,
        Title: 'Activated teams from 40 to 100',
        Type: 'KPI',
        Owner: ['Isaiah Langer'],
        Teams: null,
        'Time Period': { ID: 501, Name: 'Q1 2025' },
        Alignment: [null, { ID: '1', Title: 'Customers succeed', Weight: 40 }],
        'Parent IDs': ['1', null],
        Children: [
          null,
          {
            ID: 7001,
            'Task Name': 'Welcome email',
            'Task Status': 'Completed',
            'Task Date': null,
            'Task Owner': 'Isaiah Langer',
          },
        ],
        Outcome: {
          'Outcome Type': 'Metric',
          'Metric Unit': 'Number',
          Start: '40',
          Target: '100',
          'Target Type': 'Increase From',
        },
        'Phased Targets': {
          Interval: 'Monthly',
          'Phased Targets': [null, { 'Target Value': '50', 'Target Date': '2025-01-31' }],
        },
      },
    ]),
  );
  // The same kind in a second numbered file, one record repeated from the first.
  zip.file(
    vivaFileName('objectives', 2),
    windowsJson([
      { ID: 10, Title: 'Activated teams from 40 to 100', Type: 'Kpi', 'Time Period': 'Q1 2025' },
      {
        ID: 11,
        Title: 'Cost per activation down to $30',
        Type: 'Key Result',
        'Time Period': 'q1 2025',
        Alignment: [{ ID: 1, Weight: '60 %' }],
        Outcome: {
          'Outcome Type': 'Metric',
          'Metric Unit': 'Dollar',
          Start: '$55',
          Target: '$30',
          'Target Type': 'Reach',
        },
      },
    ]),
  );
  zip.file(
    vivaFileName('checkins'),
    windowsJson([
      {
        ID: 8001,
        'OKR ID': '10',
        'CheckIn Date': '2025-01-20T09:00:00.000Z',
        'Check In Owner': null,
        'Check In Note': '<p>Slow start</p><ul><li>email</li><li>tour</li></ul>',
        'Current Value': '44',
      },
      {
        ID: 8002,
        'OKR ID': 11,
        'CheckIn Date': '2025-02-01 08:00:00 UTC',
        'Current Value': '$48.50',
      },
    ]),
  );
  zip.file(vivaFileName('comments'), windowsJson([null, { ID: 1, 'OKR ID': 1, Comment: null }]));
  zip.file(vivaFileName('Users'), 'not even JSON: nothing is read from it');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('a messy organisation export', () => {
  let plan: ImportPlan;
  beforeAll(async () => {
    plan = planImport(await readImportFile('export.zip', await messyZip()), options);
  });

  it('reads what is there and leaves nulls aside', () => {
    expect(plan.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['Q1 2025', '2025-01-01', '2025-03-31'],
    ]);
    const customers = plan.objectives.find((o) => o.sourceId === 'viva:1')!.draft;
    expect(customers).toMatchObject({
      title: 'Customers succeed',
      cycleId: 'viva:period:501',
      teamId: 'viva:team:900',
      description: 'Line one\nLine & two',
      owner: { displayName: 'Megan Bowen' },
    });
    // The Users file, read for who is in which team, is said to be unreadable, and nothing fails.
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/^Users_export_file_/),
        message: expect.stringMatching(
          /^is not valid JSON: .* \(Technical detail: .+\) It is left out\.$/,
        ),
        severity: 'skipped',
      }),
    );
  });

  it('maps KRs whose numbers, weights and kinds are written loosely', () => {
    const kr = (id: string) => plan.keyResults.find((k) => k.sourceId === `viva:${id}`)!.draft;
    expect(kr('10')).toMatchObject({
      objectiveId: 'viva:1',
      kind: 'increase',
      start: 40,
      target: 100,
      weight: 40,
      current: 44,
      owner: { displayName: 'Isaiah Langer' },
      targets: [{ date: '2025-01-31', value: 50 }],
    });
    expect(kr('11')).toMatchObject({
      kind: 'decrease',
      start: 55,
      target: 30,
      unit: '$',
      weight: 60,
      current: 48.5,
    });
    expect(plan.initiatives.map((i) => i.draft.title)).toEqual(['Welcome email']);
    const history = plan.checkIns.map((c) => [c.draft.keyResultId, c.draft.value, c.draft.note]);
    expect(history).toEqual([
      ['viva:10', 44, 'Slow start\n• email\n• tour'],
      ['viva:11', 48.5, ''],
    ]);
  });

  it('keeps a record that two numbered files both hold once, and says so', () => {
    expect(plan.keyResults.filter((k) => k.sourceId === 'viva:10')).toHaveLength(1);
    expect(plan.problems).toContainEqual(
      expect.objectContaining({ item: '10', message: expect.stringMatching(/more than once/) }),
    );
  });
});

describe('an explorer CSV as Excel saves it', () => {
  it('reads a byte-order mark, CRLF, notes with every separator and history over unnamed columns', async () => {
    const values = (row: Record<string, string>) =>
      explorerHeader.slice(0, -1).map((c) => row[c] ?? '');
    const cell = (date: string, note: string, value: string) =>
      `Checkin Date: ${date}; User: Diego Siciliani; Note: ${note}; Metric Name: customers; Status: Behind; Current Value: ${value}; Activity Date: ${date} UTC;`;
    const text = `\uFEFF${toCsv([
      [...explorerHeader, '', '', ''],
      [
        ...values({
          Id: '1',
          Title: 'Win the mid-market',
          Team: 'Sales',
          Period: 'Q2 2025',
          'Start Date': '2025-04-01',
          'End Date': '2025-06-30',
          'Object Type': 'Objective',
        }),
        '',
      ],
      [
        ...values({
          Id: '2',
          Title: 'Customers from 10 to 25',
          Team: 'Sales',
          Period: 'Q2 2025',
          'Start Date': '2025-04-01',
          'End Date': '2025-06-30',
          'Aligned To (weight, Objective ID)': 'Win the mid-market (EMEA, NA)(weight: , Id: 1)',
          Unit: 'Number',
          Target: '25',
          Start: '10',
          'Object Type': 'Key Result',
        }),
        cell('2025-04-14 09:00:00', 'Deals: "big", small; more\nnext line', '12'),
        '',
        cell('2025-05-12 09:00:00', 'Status: fine; Current Value: soon', '18'),
        cell('2025-06-09 09:00:00', '', '21'),
      ],
    ]).replace(/\n/g, '\r\n')}`;
    // Imported after its last check-in, of 9 June 2025.
    const plan = planImport(await readImportFile('explorer.csv', new TextEncoder().encode(text)), {
      ...options,
      today: '2025-06-20',
    });
    expect(plan.problems.filter((p) => p.severity !== 'note')).toEqual([]);
    expect(
      plan.keyResults.map((k) => [
        k.draft.objectiveId,
        k.draft.start,
        k.draft.target,
        k.draft.current,
      ]),
    ).toEqual([['viva:1', 10, 25, 21]]);
    expect(plan.checkIns.map((c) => [c.draft.value, c.draft.note])).toEqual([
      [12, 'Deals: "big", small; more\nnext line'],
      [18, 'Status: fine; Current Value: soon'],
      [21, ''],
    ]);
  });
});
