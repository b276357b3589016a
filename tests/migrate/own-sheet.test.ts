/**
 * "Your own sheet": a team's spreadsheet of one row per key result, in its own words and order,
 * read into objectives, key results and one check-in each, with every assumption (the file's
 * date, a cycle's calendar dates, a share read as a percentage) said in the dry run.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { ImportFileError, planImport, readImportFile, type ImportPlan } from '../../src/migrate';
import { cycleDates, ownSheetColumns } from '../../src/migrate/own-sheet';
import { describeDryRun, dryRun } from '../../src/migrate/report';
import { excelWorkbook } from './support/workbook';
import { kindWordsFor } from '../../src/core/kind-words';
import { headerOf, headersIn } from '../../src/excel/sync/headers';
import { statusWord } from '../../src/core/status-words';
import { statuses, type Status } from '../../src/core/model';

const options = { today: '2026-02-20', rules: defaultOperatingModel };
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (name: string, bytes: Uint8Array, fileDate?: string) =>
  readImportFile(name, bytes, undefined, fileDate ? { fileDate } : {});
const plan = async (name: string, bytes: Uint8Array, fileDate?: string) =>
  planImport(await read(name, bytes, fileDate), options);
const problemsOf = (imported: ImportPlan) =>
  imported.problems.map((p) => ({ file: p.file, row: p.row, field: p.field, message: p.message }));
const krs = (imported: ImportPlan) =>
  imported.keyResults.map((k) => [
    k.draft.title,
    k.draft.kind,
    k.draft.start,
    k.draft.target,
    k.draft.current,
    k.draft.unit,
  ]);

/** Objective on the first row of its group only, a title row above, RAG words, mixed percentages. */
const teamSheet = [
  'Sales & Product OKRs,,,,,,,,,,,',
  'Objective,KR,Owner,Team,Quarter,Baseline,Target,Actual,Confidence,Status,Notes,Colour',
  'Grow revenue,New ARR,megan@contoso.com,Sales,Q1 2026,0,"$1,000,000.00","$250,000.00",70%,Green,"On plan, ahead in EMEA",blue',
  ',Churn,Isaiah Langer,,,8%,4%,0.06,6,Amber,Watch it,',
  'Ship faster,Lead time in days,,Product,Q1 2026,20,5,12,,red,,',
  ',,,,,,,,,,,',
].join('\r\n');

describe('your own sheet', () => {
  it('reads an objective’s commitment and the objective it aligns to by its title, and names what it cannot', async () => {
    const imported = await plan(
      'okrs.csv',
      utf8(
        [
          'Objective,Key result,Team,Cycle,Commitment,Aligns to',
          'Grow abroad,,Company,Q1 2026,Committed,',
          'Open the Nordics,Offices open,Growth,Q1 2026,aspirational,grow abroad',
          'Open Iberia,Offices open,Growth,Q1 2026,stretch,Conquer the moon',
        ].join('\n'),
      ),
    );
    const titleOf = new Map(imported.objectives.map((o) => [o.sourceId, o.draft.title]));
    expect(
      imported.objectives.map(({ draft }) => [
        draft.title,
        draft.commitment,
        titleOf.get(draft.parentId ?? ''),
      ]),
    ).toEqual([
      ['Grow abroad', 'committed', undefined],
      ['Open the Nordics', 'aspirational', 'Grow abroad'],
      ['Open Iberia', 'committed', undefined],
    ]);
    expect(problemsOf(imported)).toEqual(
      expect.arrayContaining([
        {
          file: 'okrs.csv',
          row: 4,
          field: 'Commitment',
          message:
            '"stretch" is not Committed or Aspirational; the objective is imported as committed.',
        },
        {
          file: 'okrs.csv',
          row: 4,
          field: 'Aligns to',
          message:
            'No objective "Conquer the moon" is in the file\'s cycle "Q1 2026"; the objective is imported without aligning to it.',
        },
      ]),
    );
  });

  it('reads the cycle of the objective it aligns to when that is another cycle, and names it when the file lacks it', async () => {
    const imported = await plan(
      'okrs.csv',
      utf8(
        [
          'Objective,Key result,Team,Cycle,Aligns to,Aligns to cycle',
          'Grow abroad,,Company,FY 2026,,',
          'Grow abroad,,Company,Q1 2026,,',
          'Open the Nordics,Offices open,Growth,Q1 2026,Grow Abroad,fy 2026',
          'Open Iberia,Offices open,Growth,Q1 2026,Grow abroad,Q1 2026',
          'Open Japan,Offices open,Growth,Q1 2026,Win the world,FY 2027',
          'Open Canada,Offices open,Growth,Q1 2026,Win the world,FY 2026',
        ].join('\n'),
      ),
    );
    const byId = new Map(imported.objectives.map((o) => [o.sourceId, o.draft]));
    const cycleOf = new Map(imported.cycles.map((c) => [c.sourceId, c.draft.name]));
    expect(
      imported.objectives.map(({ draft }) => {
        const parent = byId.get(draft.parentId ?? '');
        return [draft.title, parent && `${parent.title}, ${cycleOf.get(parent.cycleId)}`];
      }),
    ).toEqual([
      ['Grow abroad', undefined],
      ['Grow abroad', undefined],
      ['Open the Nordics', 'Grow abroad, FY 2026'],
      ['Open Iberia', 'Grow abroad, Q1 2026'],
      ['Open Japan', undefined],
      ['Open Canada', undefined],
    ]);
    expect(problemsOf(imported)).toEqual(
      expect.arrayContaining([
        {
          file: 'okrs.csv',
          row: 6,
          field: 'Aligns to',
          message:
            'It aligns to "Win the world" of the cycle "FY 2027", whose objectives are not in the file; the objective is imported without aligning to it. To keep the alignment, import the rows of "FY 2027" in the same file.',
        },
        {
          file: 'okrs.csv',
          row: 7,
          field: 'Aligns to',
          message:
            'No objective "Win the world" is in the file\'s cycle "FY 2026"; the objective is imported without aligning to it.',
        },
      ]),
    );
  });

  it('maps one row per key result to objectives, key results and a check-in each', async () => {
    const imported = await plan('okrs.csv', utf8(teamSheet), '2026-02-10');
    expect(imported.format).toBe('ownSheet');
    expect(imported.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['Q1 2026', '2026-01-01', '2026-03-31'],
    ]);
    expect(imported.teams.map((t) => t.draft.name)).toEqual(['Sales', 'Product']);
    expect(imported.objectives.map((o) => [o.draft.title, o.draft.teamId])).toEqual([
      ['Grow revenue', 'sheet:team:Sales'],
      ['Ship faster', 'sheet:team:Product'],
    ]);
    expect(krs(imported)).toEqual([
      ['New ARR', 'increase', 0, 1_000_000, 250_000, '$'],
      ['Churn', 'decrease', 8, 4, 6, '%'],
      ['Lead time in days', 'decrease', 20, 5, 12, ''],
    ]);
    expect(imported.keyResults.map((k) => k.draft.objectiveId)).toEqual([
      imported.objectives[0]!.sourceId,
      imported.objectives[0]!.sourceId,
      imported.objectives[1]!.sourceId,
    ]);
    expect(
      imported.checkIns.map((c) => [
        c.draft.value,
        c.draft.at,
        c.draft.status,
        c.draft.confidence,
        c.draft.note,
      ]),
    ).toEqual([
      [250_000, '2026-02-10T12:00:00Z', 'onTrack', 7, 'On plan, ahead in EMEA'],
      [6, '2026-02-10T12:00:00Z', 'atRisk', 6, 'Watch it'],
      [12, '2026-02-10T12:00:00Z', 'behind', undefined, ''],
    ]);
    expect(imported.keyResults[0]!.draft.owner?.email).toBe('megan@contoso.com');
  });

  it('says every assumption in the dry run', async () => {
    const text = describeDryRun(dryRun(await plan('okrs.csv', utf8(teamSheet), '2026-02-10')));
    expect(text).toContain('Your own sheet (one row per key result): would import');
    expect(text).toContain(
      'okrs.csv, row 2: The header is on row 2; the rows above it are not read.',
    );
    expect(text).toContain('The column "Colour" is not read by the import and is ignored.');
    expect(text).toContain(
      'okrs.csv, row 3, field "Quarter": The cycle "Q1 2026" is taken as Jan 1, 2026 to Mar 31, 2026 (a calendar quarter).',
    );
    expect(text).toContain(
      "okrs.csv: The current values become check-ins dated Feb 10, 2026, the file's date, as the sheet has no date column",
    );
    expect(text).toContain(
      'okrs.csv, row 4, field "Actual": "0.06" is read as 6%, as the row writes its other values as percentages.',
    );
  });

  it('reads a workbook tab with the objective on every row, dated check-ins and cycle dates', async () => {
    const workbook = await excelWorkbook([
      { name: 'Read me', rows: [['This workbook tracks our OKRs.']] },
      {
        name: 'FY26 H1',
        rows: [
          [
            '  key result ',
            'OBJECTIVE',
            'Cycle',
            'Cycle start',
            'Cycle end',
            'Start',
            'Target',
            'Progress',
            'As of',
            'Comments',
          ],
          [
            'Pilot customers',
            'Land the pilot',
            'H1 FY26',
            { date: 46082 },
            { date: 46265 },
            0,
            10,
            { percent: 0.4 },
            { date: 46100 },
            'Four signed',
          ],
          [
            'NPS',
            'Land the pilot',
            'H1 FY26',
            undefined,
            undefined,
            20,
            40,
            undefined,
            undefined,
            undefined,
          ],
        ],
        trailingEmptyRows: 100,
      },
    ]);
    // Imported after its check-in of 19 March 2026.
    const imported = planImport(await read('okrs.xlsx', workbook), {
      ...options,
      today: '2026-03-20',
    });
    expect(imported.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['H1 FY26', '2026-03-01', '2026-08-31'],
    ]);
    expect(imported.objectives.map((o) => [o.draft.title, o.draft.teamId])).toEqual([
      ['Land the pilot', 'sheet:team:organisation'],
    ]);
    expect(krs(imported)).toEqual([
      ['Pilot customers', 'increase', 0, 10, 4, ''],
      ['NPS', 'increase', 20, 40, 20, ''],
    ]);
    expect(imported.checkIns.map((c) => [c.draft.at, c.draft.value, c.draft.note])).toEqual([
      ['2026-03-19T12:00:00Z', 4, 'Four signed'],
    ]);
    expect(imported.problems.map((p) => p.message)).toContain(
      'The current value is taken from the progress (40% of the way from start to target).',
    );
  });

  it('reads headers with a bracketed note after the name, and confidence out of ten', async () => {
    const sheet =
      'Objective,Key result,Quarter,Target (value),Current (Feb),Confidence (1-10),Date\nWin,Deals,Q1 2026,10,4,7/10,2026-02-03\n';
    const imported = await plan('okrs.csv', utf8(sheet));
    expect(krs(imported)).toEqual([['Deals', 'increase', 0, 10, 4, '']]);
    expect(imported.checkIns.map((c) => [c.draft.at, c.draft.confidence])).toEqual([
      ['2026-02-03T12:00:00Z', 7],
    ]);
    // A note that is a currency or % is the unit.
    const priced = await plan(
      'okrs.csv',
      utf8('Objective,Key result,Quarter,Target [usd]\nWin,ARR,Q1 2026,10\n'),
    );
    expect(krs(priced)).toEqual([['ARR', 'increase', 0, 10, 0, 'USD']]);
  });

  it('decides the decimal mark from the number columns only, not from outline numbers like 1.2', async () => {
    const sheet = [
      'No.;Objective;Key result;Owner;Quarter;Target;Current',
      '1.1;Win;Revenue;Megan Bowen / Diego Siciliani;Q1 2026;1.500;12,5',
      '1.2;Win;Deals;Isaiah Langer and Lee Gu;Q1 2026;2.000;3',
    ].join('\n');
    const imported = await plan('okrs.csv', utf8(sheet), '2026-02-10');
    expect(krs(imported).map(([title, , , target, current]) => [title, target, current])).toEqual([
      ['Revenue', 1500, 12.5],
      ['Deals', 2000, 3],
    ]);
    expect(imported.keyResults.map((k) => k.draft.owner?.displayName)).toEqual([
      'Megan Bowen',
      'Isaiah Langer',
    ]);
  });

  it('reads a German team sheet by its German headers', async () => {
    const sheet = [
      'Ziel;Schlüsselergebnis;Verantwortlich;Quartal;Startwert;Zielwert;Istwert;Zuversicht;Datum;Notizen',
      'Mehr Kunden;Neue Verträge;Anna Muster;1. Quartal 2026;0;40;12,5;6;15.02.2026;Läuft',
    ].join('\r\n');
    const imported = await plan('okr.csv', utf8(`\uFEFF${sheet}`));
    expect(imported.cycles.map((c) => [c.draft.start, c.draft.end])).toEqual([
      ['2026-01-01', '2026-03-31'],
    ]);
    expect(krs(imported)).toEqual([['Neue Verträge', 'increase', 0, 40, 12.5, '']]);
    expect(imported.checkIns.map((c) => [c.draft.at, c.draft.confidence, c.draft.note])).toEqual([
      ['2026-02-15T12:00:00Z', 6, 'Läuft'],
    ]);
  });

  it('reads the Excel add-in’s own sheet by its headers and status words in each of the add-in’s languages', async () => {
    const read = async (language: string, status: Status) => {
      const row = [
        'Grow revenue',
        'New ARR',
        'Why',
        'megan@contoso.com',
        kindWordsFor(language).kinds.increase,
        5,
        100,
        40,
        '%',
        1,
        0.37,
        7,
        statusWord(status, language),
        'Ahead in EMEA',
        '2026-02-10',
        // Check-in date, empty once its check-in is sent; then Sync.
        '',
        '',
      ];
      const csv = [headersIn(language).slice(0, row.length).join(','), row.join(',')].join('\r\n');
      const imported = await plan('okrs.csv', utf8(csv), '2026-02-12');
      return {
        format: imported.format,
        keyResults: krs(imported),
        checkIns: imported.checkIns.map((c) => [
          c.draft.value,
          c.draft.status,
          c.draft.confidence,
          c.draft.note,
          c.draft.at.slice(0, 10),
        ]),
        ignored: imported.problems.find((p) => p.message.startsWith('The columns'))?.message,
      };
    };
    const ignored = (language: string) =>
      `The columns ${(['weight', 'checkInDate', 'sync'] as const).map((key) => `"${headerOf(key, language)}"`).join(', ')} are not read by the import and are ignored.`;
    // The add-in's statuses as check-in statuses: achieved closes, off track is behind.
    const checkInStatuses = {
      notStarted: 'notStarted',
      onTrack: 'onTrack',
      atRisk: 'atRisk',
      offTrack: 'behind',
      achieved: 'closed',
    } as const;
    for (const language of ['en', 'de', 'fr', 'es']) {
      for (const status of statuses) {
        expect(await read(language, status)).toEqual({
          format: 'ownSheet',
          keyResults: [['New ARR', 'increase', 5, 100, 40, '%']],
          checkIns: [[40, checkInStatuses[status], 7, 'Ahead in EMEA', '2026-02-10']],
          ignored: ignored(language),
        });
      }
    }
  });

  it("reads every tab of a workbook kept one tab per quarter, each tab's name its cycle", async () => {
    const header = ['Objective', 'Key result', 'Target', 'Current'];
    const workbook = await excelWorkbook([
      { name: 'Read me', rows: [['One tab per quarter.']] },
      { name: 'Q1 2026', rows: [header, ['Win', 'Deals', 10, 4]] },
      { name: 'Q2 2026', rows: [header, ['Win', 'Deals', 20, 'lots']] },
    ]);
    // Saved on 4 May 2026, which dates its current values, and imported after.
    const imported = planImport(await read('okrs.xlsx', workbook, '2026-05-04'), {
      ...options,
      today: '2026-05-20',
    });
    expect(imported.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['Q1 2026', '2026-01-01', '2026-03-31'],
      ['Q2 2026', '2026-04-01', '2026-06-30'],
    ]);
    expect(imported.objectives.map((o) => o.draft.cycleId)).toEqual([
      'sheet:period:Q1 2026',
      'sheet:period:Q2 2026',
    ]);
    expect(krs(imported)).toEqual([['Deals', 'increase', 0, 10, 4, '']]);
    expect(problemsOf(imported)).toEqual(
      expect.arrayContaining([
        {
          file: 'okrs.xlsx',
          row: undefined,
          field: undefined,
          message:
            'Read from the sheets "Q1 2026" and "Q2 2026"; the sheet "Read me" is not read (no header in that layout).',
        },
        {
          file: 'okrs.xlsx (sheet "Q2 2026")',
          row: 2,
          field: 'Current',
          message: expect.stringMatching(/^"lots" is not a number/),
        },
      ]),
    );
  });

  it('reads a sheet sent zipped', async () => {
    const zip = new JSZip();
    zip.file(
      'OKRs/okrs.csv',
      'Objective,Key result,Quarter,Target,Current\nWin,Deals,Q1 2026,10,3\n',
    );
    zip.file('__MACOSX/OKRs/._okrs.csv', 'resource fork');
    const imported = await plan(
      'okrs.zip',
      await zip.generateAsync({ type: 'uint8array' }),
      '2026-02-10',
    );
    expect(krs(imported)).toEqual([['Deals', 'increase', 0, 10, 3, '']]);
    expect(imported.keyResults[0]!.at.file).toBe('okrs.zip/OKRs/okrs.csv');
  });

  it('puts a sheet without a cycle column in the quarter of the file date, and says so', async () => {
    const imported = await plan(
      'okrs.csv',
      utf8('Objective,Key result,Target,Current\nWin,Deals,10,3\n'),
      '2026-05-04',
    );
    expect(imported.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['Q2 2026', '2026-04-01', '2026-06-30'],
    ]);
    expect(imported.problems.map((p) => p.message)).toContain(
      'The sheet has no cycle column: everything is put in Q2 2026, the quarter of the file\'s date (May 4, 2026). Add a "Quarter" column to say otherwise.',
    );
  });

  it('says which team objectives without one go to, naming their rows', async () => {
    const sheet = [
      'Objective,Key result,Team,Quarter,Target',
      'Win,Deals,,Q1 2026,10',
      'Win,Calls,,Q1 2026,9',
      'Keep,Costs,,Q1 2026,5',
      'Grow,Leads,Marketing,Q1 2026,50',
    ].join('\n');
    const imported = await plan('okrs.csv', utf8(sheet));
    expect(imported.objectives.map((o) => [o.draft.title, o.draft.teamId])).toEqual([
      ['Win', 'sheet:team:organisation'],
      ['Keep', 'sheet:team:organisation'],
      ['Grow', 'sheet:team:Marketing'],
    ]);
    expect(imported.teams.map((t) => t.draft.name)).toEqual(['Organisation', 'Marketing']);
    expect(problemsOf(imported)).toContainEqual({
      file: 'okrs.csv',
      row: 2,
      field: undefined,
      message:
        '2 objectives (rows 2, 4) name no team: they go in a team called "Organisation", which the import makes unless your site has one of that name. Fill in their team in the file to put them in a team of your own.',
    });
  });

  it('names each unreadable value with its row and column, and what it leaves out', async () => {
    const sheet = [
      'Objective,Key result,Quarter,Target,Current,Due,Confidence,Date',
      'Win,Deals,Q1 2026,ten,3,,,',
      'Win,Calls,Q1 2026,10,3,31/02/2026,Very high,',
      'Win,Demos,Q1 2026,10,4,,,someday',
      'Keep,Costs,Sprint 5,10,3,,,',
      ',Orphan,,1,1,,,',
    ].join('\n');
    const source = await read('okrs.csv', utf8(sheet), '2026-02-10');
    const problems = source.problems.filter((p) => p.severity === 'skipped');
    const notADate = (text: string) =>
      `"${text}" is not a date (accepted: 2026-01-31, 31.01.2026, 31/01/2026, 1/31/2026, 31 Jan 2026, Jan 31, 2026, 31. Januar 2026, Tue Mar 31 2026 00:00:00 GMT+0200, or a date cell).`;
    const undated =
      'The cycle "Sprint 5" has no dates: name it like "Q1 2026", "H1 2026" or "2026", or add "Cycle start" and "Cycle end" columns. The row is left out.';
    expect(problems.map((p) => [p.row, p.field, p.message])).toEqual([
      [
        2,
        'Target',
        '"ten" is not a number (accepted: 12.5, 12,5, 1,234.5, 1.234,5, 1 234,5, 25%, $1,200, 1.2M, 450k, €3.5m, $2bn, 12K users). The row\'s key result is left out.',
      ],
      [
        3,
        'Confidence',
        '"Very high" is not a confidence (accepted: 7, 7/10, 70%, 0.7, High, Medium, Low). The confidence is left out; the key result is imported.',
      ],
      [3, 'Due', `${notADate('31/02/2026')} The due date is left out; the key result is imported.`],
      [4, 'Date', `${notADate('someday')} The key result is imported without the row's check-in.`],
      // The row below carries "Keep" and its undated cycle down, so it is named too.
      [5, 'Quarter', undated],
      [6, 'Quarter', undated],
    ]);
    expect(source.items.map((item) => item.title)).toEqual(['Win', 'Calls', 'Demos']);
    // The check-in of a row without a date is on the file's date; one with a bad date is left out.
    expect(source.checkIns.map((c) => [c.itemId, c.at, c.confidence])).toEqual([
      ['kr:|q1 2026|win|calls', '2026-02-10T12:00:00Z', undefined],
    ]);
  });

  it('lists in the dry run what is left out apart from what is imported with a change', async () => {
    const sheet = [
      'Objective,Key result,Quarter,Target',
      'Win,Deals,Q1 2026,ten',
      'Win,Calls,Q1 2026,9',
    ];
    const text = describeDryRun(dryRun(await plan('okrs.csv', utf8(sheet.join('\n')))));
    expect(text).toContain(
      [
        'Left out: not imported (1):',
        '  okrs.csv, row 2, field "Target": "ten" is not a number (accepted: 12.5, 12,5, 1,234.5, 1.234,5, 1 234,5, 25%, $1,200, 1.2M, 450k, €3.5m, $2bn, 12K users). The row\'s key result is left out.',
        'Changed: imported as said (3):',
        '  okrs.csv, row 2, field "Quarter": The cycle "Q1 2026" is taken as Jan 1, 2026 to Mar 31, 2026 (a calendar quarter). Add "Cycle start" and "Cycle end" columns for other dates.',
        '  okrs.csv, row 3: The key result has no start (baseline); it starts from 0.',
        '  okrs.csv, row 2: 1 objective (row 2) names no team: it goes in a team called "Organisation", which the import makes unless your site has one of that name. Fill in its team in the file to put it in a team of your own.',
      ].join('\n'),
    );
  });

  it('takes an owner named without an email for the one the file gives that name and an email', async () => {
    const sheet = [
      'Objective,Key result,Quarter,Owner,Owner email,Target',
      'Win,Deals,Q1 2026,Jürgen Müller,,9',
      'Win,Calls,Q1 2026,Jürgen Müller,J.Mueller@contoso.de,9',
      // Two Sams with different emails: a Sam without one is neither.
      'Win,Demos,Q1 2026,Sam Lee,sam.lee@contoso.com,9',
      'Win,Trials,Q1 2026,Sam Lee,slee@contoso.com,9',
      'Win,Leads,Q1 2026,Sam Lee,,9',
      'Win,Quotes,Q1 2026,,,9',
    ].join('\n');
    const imported = await plan('okrs.csv', utf8(sheet));
    expect(imported.keyResults.map((k) => [k.draft.title, k.draft.owner?.email])).toEqual([
      ['Deals', 'J.Mueller@contoso.de'],
      ['Calls', 'J.Mueller@contoso.de'],
      ['Demos', 'sam.lee@contoso.com'],
      ['Trials', 'slee@contoso.com'],
      ['Leads', undefined],
      ['Quotes', undefined],
    ]);
    expect([...imported.people.values()].map((who) => [who.displayName, who.email])).toEqual([
      ['Jürgen Müller', 'J.Mueller@contoso.de'],
      ['Sam Lee', 'sam.lee@contoso.com'],
      ['Sam Lee', 'slee@contoso.com'],
      ['Sam Lee', undefined],
    ]);
  });

  it('keeps the same source ids when rows move, so a second import updates instead of adding', async () => {
    const rows = [
      'Grow,ARR,Q1 2026,0,10,2',
      'Grow,Churn,Q1 2026,8,4,6',
      'Ship,Lead time,Q1 2026,20,5,9',
    ];
    const header = 'Objective,Key result,Quarter,Start,Target,Current';
    const first = await plan('a.csv', utf8([header, ...rows].join('\n')), '2026-02-10');
    const moved = await plan(
      'b.csv',
      utf8([header, ...[...rows].reverse()].join('\n')),
      '2026-02-10',
    );
    const ids = (imported: ImportPlan) =>
      [...imported.objectives, ...imported.keyResults, ...imported.checkIns]
        .map((p) => p.sourceId)
        .sort();
    expect(ids(moved)).toEqual(ids(first));
  });

  it('names the headers it found and what is missing when the sheet is not one it knows', async () => {
    await expect(read('okrs.csv', utf8('Team,KR,Owner\nSales,Deals,Megan\n'))).rejects.toThrow(
      'okrs.csv, row 1: is not a file the import knows: the file has the headers "Team", "KR", "Owner": for your own sheet it also needs an objective column (named one of "Objective", "Objectives", "Objective title", "Objective name", "Obj title", "Goal").',
    );
    // The key result column's names as a sheet writes them: KR in capitals.
    await expect(read('okrs.csv', utf8('Objective,Measure\nWin,Deals\n'))).rejects.toThrow(
      'for your own sheet it also needs a key result column (named one of "Key result", "Key results", "Key result title", "Key result name", "KR", "KRs", "KR title", "KR name", "Outcome", "Outcomes", "Outcome title", "Outcome name")',
    );
    await expect(read('okrs.csv', utf8('Name,Amount\nx,1\n'))).rejects.toThrow(
      /the file has the headers "Name", "Amount"\. A Viva Goals explorer export needs "Title" and "Object Type" columns, .* your own sheet an objective column \("Objective"\) and a key result column \("Key result" or "KR"\)/,
    );
  });

  it('reads any messy sheet without failing: every value it leaves out is named with its row and column', async () => {
    const fields = Object.values(ownSheetColumns);
    const messy = fc.constantFrom(
      '',
      ' ',
      '12,5',
      '1.234,5',
      '1,234',
      '25%',
      '0.25',
      '$1,200',
      '(3)',
      'ten',
      '31.01.2026',
      '03/04/2026',
      '1/31/2026',
      '2026-02-30',
      'Q1 2026',
      'Sprint 5',
      'Green',
      'n/a',
      '=SUM(A1)',
      'Megan Bowen',
      'a@b.c',
      'line\nbreak',
      '"quoted"',
      '7/10',
      '-',
      '∞',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(fields.slice(2), { minLength: 0 }),
        fc.array(fc.array(messy, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t'),
        async (extra, rows, delimiter) => {
          const header = [fields[0]![0], fields[1]![0], ...extra.map((names) => names[0])];
          const quote = (text: string) =>
            /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
          const text = [header, ...rows.map((row) => row.slice(0, header.length))]
            .map((row) => row.map(quote).join(delimiter))
            .join('\r\n');
          try {
            const imported = await plan('messy.csv', utf8(text), '2026-02-10');
            for (const problem of imported.problems.filter((p) => p.severity === 'skipped')) {
              expect(problem.row).toBeGreaterThan(1);
              expect(problem.message.length).toBeGreaterThan(10);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(ImportFileError);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    ['Q1 2026', '2026-01-01', '2026-03-31'],
    ['2026 Q4', '2026-10-01', '2026-12-31'],
    ['q2-26', '2026-04-01', '2026-06-30'],
    ['Quarter 3 2026', '2026-07-01', '2026-09-30'],
    ['Q1 FY2027', '2027-01-01', '2027-03-31'],
    ['H2 2026', '2026-07-01', '2026-12-31'],
    ['Annual 2026', '2026-01-01', '2026-12-31'],
    ['2028', '2028-01-01', '2028-12-31'],
    ['T2 2026', '2026-04-01', '2026-06-30'],
    ['1. Quartal 2026', '2026-01-01', '2026-03-31'],
    ['2e trimestre 2026', '2026-04-01', '2026-06-30'],
    ['S2 2026', '2026-07-01', '2026-12-31'],
    // Finance's quarter and half first.
    ['1Q26', '2026-01-01', '2026-03-31'],
    ['2H 2026', '2026-07-01', '2026-12-31'],
    // A month, as monthly goals are named, in the languages the import reads.
    ['January 2026', '2026-01-01', '2026-01-31'],
    ['Feb 2026', '2026-02-01', '2026-02-28'],
    ['Sept. 2026', '2026-09-01', '2026-09-30'],
    ['März 2026', '2026-03-01', '2026-03-31'],
    ['févr. 2026', '2026-02-01', '2026-02-28'],
    ['Jänner 2026', '2026-01-01', '2026-01-31'],
    ['Mrz 2026', '2026-03-01', '2026-03-31'],
    ['2026-04', '2026-04-01', '2026-04-30'],
    ['04/2026', '2026-04-01', '2026-04-30'],
    // A quarter or half written as its months.
    ['Jan-Mar 2026', '2026-01-01', '2026-03-31'],
    ['Jul – Dec 2026', '2026-07-01', '2026-12-31'],
    ['Apr–Jun 26', '2026-04-01', '2026-06-30'],
    // A fiscal year written with two digits, a quarter after a comma.
    ['FY26 Q1', '2026-01-01', '2026-03-31'],
    ['FY27', '2027-01-01', '2027-12-31'],
    ['Quarter 1, 2026', '2026-01-01', '2026-03-31'],
    // A custom period named by its first and last days, or its first and last cycles.
    ['2026-01-15 – 2026-04-14', '2026-01-15', '2026-04-14'],
    ['01.01.2026 - 31.03.2026', '2026-01-01', '2026-03-31'],
    ['2026-02-01 to 2026-07-31', '2026-02-01', '2026-07-31'],
    ['Jan 2026 - Jun 2026', '2026-01-01', '2026-06-30'],
    ['Q3 2026 – Q2 2027', '2026-07-01', '2027-06-30'],
  ])('takes the cycle "%s" as %s to %s', (name, start, end) => {
    expect(cycleDates(name)).toEqual(expect.objectContaining({ start, end }));
  });

  // Microsoft's fiscal year: FY2027 runs from July 2026 to June 2027, named by its end.
  const july = { firstMonth: 7, namedBy: 'end' } as const;
  it.each([
    ['FY26 Q1', '2025-07-01', '2025-09-30'],
    ['Q3 FY2027', '2027-01-01', '2027-03-31'],
    ['FY2027 Q4', '2027-04-01', '2027-06-30'],
    ['H2 FY27', '2027-01-01', '2027-06-30'],
    ['FY27', '2026-07-01', '2027-06-30'],
    ['FY 2027', '2026-07-01', '2027-06-30'],
    ['FY26 Q3 – FY26 Q4', '2026-01-01', '2026-06-30'],
    // Names not marked FY stay the calendar's.
    ['Q1 2026', '2026-01-01', '2026-03-31'],
    ['CY2026', '2026-01-01', '2026-12-31'],
    ['Jan 2026', '2026-01-01', '2026-01-31'],
  ])('takes "%s" on a fiscal year starting in July as %s to %s', (name, start, end) => {
    expect(cycleDates(name, july)).toEqual(expect.objectContaining({ start, end }));
  });

  it('reads a sheet of FY quarters on the fiscal year and says so, or says where to set it', async () => {
    const sheet = utf8('Quarter,Objective,Key result,Target,Current\nQ1 FY27,Win,Deals,10,3\n');
    const onJuly = planImport(
      await readImportFile('okrs.csv', sheet, undefined, { fiscalYear: july }),
      {
        today: '2026-08-20',
        rules: { ...defaultOperatingModel, fiscalYear: july },
      },
    );
    expect(onJuly.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['Q1 FY27', '2026-07-01', '2026-09-30'],
    ]);
    expect(onJuly.problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining(
        'The cycle "Q1 FY27" is taken as Jul 1, 2026 to Sep 30, 2026 (a quarter of your fiscal year).',
      ),
    );
    const onCalendar = planImport(await read('okrs.csv', sheet), {
      today: '2026-08-20',
      rules: defaultOperatingModel,
    });
    expect(onCalendar.cycles[0]!.draft.start).toBe('2027-01-01');
    expect(onCalendar.problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining(
        'is taken as Jan 1, 2027 to Mar 31, 2027, on a fiscal year starting in January. Set the month yours starts in under Programme › Operating model',
      ),
    );
  });

  it('keeps a cycle named by its days as those days, with no calendar assumed to say', async () => {
    const imported = planImport(
      await read(
        'okrs.csv',
        utf8(
          'Period,Objective,Key result,Target,Current\n2026-01-15 – 2026-04-14,Win,Deals,10,3\n',
        ),
      ),
      { today: '2026-02-20', rules: defaultOperatingModel },
    );
    expect(imported.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['2026-01-15 – 2026-04-14', '2026-01-15', '2026-04-14'],
    ]);
    expect(imported.problems.map((p) => p.message)).not.toContainEqual(
      expect.stringContaining('is taken as'),
    );
  });

  it.each([
    'Q5 2026',
    'Sprint 5',
    'H3 2026',
    '2026-13',
    'Feb-Mar 2026',
    'Mar-Jan 2026',
    'Sprint 2026',
    // A range that ends before it starts, or whose days could be read two ways.
    '2026-03-31 - 2026-01-01',
    '01/02/2026 - 03/04/2026',
    'Sales - Q1',
  ])('finds no dates in "%s"', (name) => {
    expect(cycleDates(name)).toBeUndefined();
  });
});
