/**
 * One row per objective, its key results side by side in numbered groups of columns, as teams
 * keep OKRs in a spreadsheet: `KR1 | KR1 Target | KR1 Current`, `Key Result 1 | Progress | Key
 * Result 2 | Progress` (a Google Sheets template), `Target (KR3)`. Each filled group is a key
 * result of its row's objective, read as your own sheet reads a row; a header whose numbers
 * cannot be told apart is refused, the column named.
 */
import fc from 'fast-check';
import { ImportFileError, type ImportPlan } from '../../src/migrate';
import { describeDryRun, dryRun } from '../../src/migrate/report';
import { keyResultRows as krs, planSheet as plan, problemsOf, utf8 } from './support/sheet-plan';
import { excelWorkbook } from './support/workbook';

const objectives = (imported: ImportPlan) =>
  imported.objectives.map((o) => [o.draft.title, o.draft.owner?.displayName]);
const refusal = async (text: string) => {
  try {
    await plan('okrs.csv', utf8(text));
  } catch (error) {
    if (error instanceof ImportFileError) return error.problem;
    throw error;
  }
  throw new Error('The file was read.');
};

/** Numbered groups with their own fields; the row's owner, quarter and date; a group left empty. */
const numberedSheet = [
  'Objective,Owner,Email,Quarter,Last updated,KR1,KR1 Target,KR1 Current,KR1 Owner,KR 2,KR 2 Target,KR 2 Current,KR 2 Owner,KR3,KR3 Target,KR3 Current,KR3 Owner',
  'Grow revenue,Megan Bowen,megan@contoso.com,Q1 2026,2026-02-06,New ARR,"$1,000,000.00","$250,000.00",Isaiah Langer,Churn,8%,6%,,,,,',
  'Ship faster,Alex Wilber,,Q1 2026,2026-02-06,Lead time in days,5,12,,,,,,,,,',
  'Hire well,Alex Wilber,,Q1 2026,,,,,,,,,,,,,',
].join('\r\n');

describe('one row per objective, its key results in columns', () => {
  it('reads each numbered group as a key result of its row, skipping the empty ones', async () => {
    const imported = await plan('okrs.csv', utf8(numberedSheet));
    expect(imported.format).toBe('wideSheet');
    expect(objectives(imported)).toEqual([
      ['Grow revenue', 'Megan Bowen'],
      ['Ship faster', 'Alex Wilber'],
      ['Hire well', 'Alex Wilber'],
    ]);
    // A group's own owner, else the row's; the unit as the values are written.
    expect(krs(imported)).toEqual([
      ['Grow revenue', 'New ARR', 0, 1_000_000, 250_000, '$', 'Isaiah Langer'],
      ['Grow revenue', 'Churn', 0, 8, 6, '%', 'Megan Bowen'],
      ['Ship faster', 'Lead time in days', 0, 5, 12, '', 'Alex Wilber'],
    ]);
    // The row's email goes with the row's owner, never with a key result's own.
    expect(imported.keyResults.map((k) => k.draft.owner?.email)).toEqual([
      undefined,
      'megan@contoso.com',
      undefined,
    ]);
    expect(imported.checkIns.map((c) => [c.draft.value, c.draft.at])).toEqual([
      [250_000, '2026-02-06T12:00:00Z'],
      [6, '2026-02-06T12:00:00Z'],
      [12, '2026-02-06T12:00:00Z'],
    ]);
    expect(imported.problems.filter((p) => p.severity === 'skipped')).toEqual([]);
  });

  it('names the key result a note is about by its column, in the dry run as the CLI prints it', async () => {
    const imported = await plan('okrs.csv', utf8(numberedSheet));
    const text = describeDryRun(dryRun(imported));
    expect(text).toMatch(
      /^Your own sheet \(one row per objective, its key results in columns\): would import/,
    );
    expect(text).toContain(
      'okrs.csv, row 2, field "KR 2": The key result has no start (baseline); it starts from 0.',
    );
  });

  it('reads a Google Sheets style template: each title followed by the same headers', async () => {
    const sheet = [
      'Objective,Key Result 1,Progress,Key Result 2,Progress,Key Result 3,Progress,Overall progress',
      'Launch the mobile app,Beta with 500 users,60%,App store rating of 4.5,40%,,,50%',
      'Build the brand,Podcast with 10 episodes,0.3,,,,,30%',
    ].join('\n');
    const imported = await plan('okrs.csv', utf8(sheet));
    expect(krs(imported)).toEqual([
      ['Launch the mobile app', 'Beta with 500 users', 0, 100, 60, '%', undefined],
      ['Launch the mobile app', 'App store rating of 4.5', 0, 100, 40, '%', undefined],
      ['Build the brand', 'Podcast with 10 episodes', 0, 100, 30, '%', undefined],
    ]);
    expect(problemsOf(imported)).toEqual(
      expect.arrayContaining([
        {
          row: 1,
          field: undefined,
          message: 'The column "Overall progress" is not read by the import and is ignored.',
        },
        {
          row: 2,
          field: 'Progress (Key Result 2)',
          message:
            'The current value is taken from the progress (40% of the way from start to target).',
        },
      ]),
    );
  });

  it('reads a workbook tab named for its quarter, with number, percent and date cells', async () => {
    const workbook = await excelWorkbook([
      {
        name: 'Q2 2026',
        rows: [
          ['Team OKRs'],
          [],
          [
            'Objective',
            'Team',
            'Key result 1',
            'Target KR1',
            'Actual KR1',
            'Unit KR1',
            'Key result 2',
            'Target KR2',
            'Actual KR2',
            'Updated',
          ],
          [
            'Delight customers',
            'Support',
            'NPS',
            50,
            42,
            'points',
            'First reply in hours',
            2,
            5,
            { date: 46143 },
          ],
          [
            'Automate support',
            'Support',
            'Tickets solved by the bot',
            { percent: 0.3 },
            { percent: 0.12 },
            undefined,
            undefined,
            undefined,
            undefined,
            { date: 46143 },
          ],
        ],
      },
    ]);
    // Imported after its check-ins of 1 May 2026.
    const imported = await plan('okrs.xlsx', workbook, '2026-05-20');
    expect(imported.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['Q2 2026', '2026-04-01', '2026-06-30'],
    ]);
    expect(imported.teams.map((t) => t.draft.name)).toEqual(['Support']);
    expect(krs(imported)).toEqual([
      ['Delight customers', 'NPS', 0, 50, 42, 'points', undefined],
      ['Delight customers', 'First reply in hours', 0, 2, 5, '', undefined],
      ['Automate support', 'Tickets solved by the bot', 0, 30, 12, '%', undefined],
    ]);
    expect(imported.checkIns.map((c) => c.draft.at.slice(0, 10))).toEqual([
      '2026-05-01',
      '2026-05-01',
      '2026-05-01',
    ]);
  });

  it('plans the same key results as the same OKRs kept one row per key result', async () => {
    const long = [
      'Objective,Objective owner,Quarter,Last updated,Key result,Target,Current,KR owner',
      'Grow revenue,Megan Bowen,Q1 2026,2026-02-06,New ARR,"$1,000,000.00","$250,000.00",Isaiah Langer',
      ',,,2026-02-06,Churn,8%,6%,Megan Bowen',
      'Ship faster,Alex Wilber,Q1 2026,2026-02-06,Lead time in days,5,12,Alex Wilber',
      'Hire well,Alex Wilber,Q1 2026,,,,,',
    ].join('\n');
    const wide = await plan('okrs.csv', utf8(numberedSheet));
    const byRow = await plan('okrs.csv', utf8(long));
    // Importing one after the other updates what the first wrote: nothing twice.
    expect(wide.objectives.map((o) => o.sourceId)).toEqual(byRow.objectives.map((o) => o.sourceId));
    expect(wide.keyResults.map((k) => k.sourceId)).toEqual(byRow.keyResults.map((k) => k.sourceId));
    expect(wide.checkIns.map((c) => c.sourceId)).toEqual(byRow.checkIns.map((c) => c.sourceId));
  });

  it('leaves out a group with values but no title, naming its row and column', async () => {
    const sheet = [
      'Objective,KR1,KR1 Target,KR2,KR2 Target,KR2 Current',
      'Grow revenue,New ARR,1000,,5,3',
      'Ship faster,Lead time in days,5,,n/a,-',
    ].join('\n');
    const imported = await plan('okrs.csv', utf8(sheet));
    expect(krs(imported).map((kr) => kr[1])).toEqual(['New ARR', 'Lead time in days']);
    // A group that only says it has no value yet ("n/a", "-") is empty.
    expect(problemsOf(imported).filter((p) => p.row === 3 && p.field === 'KR2')).toEqual([]);
    expect(problemsOf(imported)).toContainEqual({
      row: 2,
      field: 'KR2',
      message:
        'Key result 2 has no title, though "KR2 Target", "KR2 Current" are filled in; it is left out.',
    });
  });

  it('reads the ways sheets number their columns, and passes over the fields it does not read', async () => {
    const sheet = [
      'Objective,Key Result #1:,KR1 Description,KR1_Target,KR1 (Current),KeyResult2,Target_KR2,Current - KR2,KR 2 Score',
      'Grow revenue,New ARR,Annual recurring revenue,1000,250,Churn,4,6,0.7',
    ].join('\n');
    const imported = await plan('okrs.csv', utf8(sheet));
    expect(krs(imported)).toEqual([
      ['Grow revenue', 'New ARR', 0, 1000, 250, '', undefined],
      ['Grow revenue', 'Churn', 0, 4, 6, '', undefined],
    ]);
    expect(problemsOf(imported)).toContainEqual({
      row: 1,
      field: undefined,
      message: 'The column "KR1 Description" is not read by the import and is ignored.',
    });
    // A group's score is its key result's closing score.
    expect(imported.keyResults.map((k) => k.draft.score)).toEqual([undefined, 0.7]);
  });

  it("reads headers repeated after each title as that key result's, and names one it cannot place", async () => {
    const repeated = [
      'Objective,KR1,Target,KR2,Target,Current,Owner,Quarter',
      'Grow revenue,New ARR,1000,Churn,4,6,Megan Bowen,Q1 2026',
    ].join('\n');
    const imported = await plan('okrs.csv', utf8(repeated));
    // "Current" stands once, after KR2: KR2's, as the titles repeat their headers; the owner is the row's.
    expect(krs(imported)).toEqual([
      ['Grow revenue', 'New ARR', 0, 1000, 0, '', 'Megan Bowen'],
      ['Grow revenue', 'Churn', 0, 4, 6, '', 'Megan Bowen'],
    ]);
    const once = [
      'Objective,KR1,KR1 Target,KR2,Target,Quarter',
      'Grow revenue,New ARR,1000,Churn,4,Q1 2026',
    ].join('\n');
    const unplaced = await plan('okrs.csv', utf8(once));
    expect(krs(unplaced).map((kr) => kr.slice(1, 4))).toEqual([
      ['New ARR', 0, 1000],
      ['Churn', 0, 100],
    ]);
    expect(problemsOf(unplaced)[0]).toEqual({
      row: 1,
      field: 'Target',
      message:
        'The column "Target" has no key result number, so which key result it is for cannot be told and it is not read: name it as the key result\'s ("KR2 Target").',
    });
  });

  it('refuses a header whose numbers cannot be told apart, naming the column', async () => {
    expect(await refusal('Objective,KR1,KR1 Target,KR2 Target\nGrow,New ARR,10,4')).toMatchObject({
      file: 'okrs.csv',
      row: 1,
      field: 'KR2 Target',
      message:
        'The column "KR2 Target" is for key result 2, and no column holds key result 2\'s title: add a "KR2" column with the titles, or number the column as the key result it belongs to.',
      severity: 'error',
    });
    expect(
      await refusal('Objective,KR 1,Key result 1 target,Target (KR1)\nGrow,New ARR,10,4'),
    ).toMatchObject({
      file: 'okrs.csv',
      row: 1,
      field: 'Target (KR1)',
      message:
        'The columns "Key result 1 target" and "Target (KR1)" both give key result 1\'s target: keep one, or number them as the key results they belong to.',
      severity: 'error',
    });
    expect(await refusal('Objective,KR1,Key Result 1\nGrow,New ARR,Old ARR')).toMatchObject({
      field: 'Key Result 1',
      message: expect.stringMatching(
        /^The columns "KR1" and "Key Result 1" both give key result 1's title/,
      ),
    });
  });

  it('says what a header of numbered key results lacks when it has no objective column', async () => {
    await expect(plan('okrs.csv', utf8('Theme,KR1,KR1 Target\nGrow,New ARR,10'))).rejects.toThrow(
      /for one row per objective with its key results in columns it also needs an objective column \(named one of "Objective", /,
    );
  });

  it('takes a unit named like a property of every object ("__proto__", "constructor") as written', async () => {
    // Found by the property below (seed -1164626237): the unit's name looked up with `in` found
    // Object's own, and the plan failed with a TypeError instead of reading the row.
    const text = [
      ['Objective', 'Quarter', 'KR1', 'KR1 Target', 'KR1 Unit', 'KR2', 'KR2 Target', 'KR2 Unit'],
      ['Grow', 'Q1 2026', 'Signups', '25', '__proto__', 'Demos', '10', 'constructor'],
    ]
      .map((row) => row.join(','))
      .join('\r\n');
    const imported = await plan('wide.csv', utf8(text));
    expect(imported.keyResults.map((kr) => [kr.draft.title, kr.draft.unit])).toEqual([
      ['Signups', '__proto__'],
      ['Demos', 'constructor'],
    ]);
  });

  it('reads any sheet of numbered groups, or refuses it, without failing otherwise', async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        '',
        '10',
        '1,500',
        '25%',
        'n/a',
        'Green',
        'Megan Bowen',
        '2026-02-06',
        '03/04/2026',
        '=1+1',
      ),
      fc.string({ maxLength: 12 }),
    );
    const fieldNames = [
      '',
      ' Target',
      ' Current',
      ' Owner',
      ' Progress',
      ' Unit',
      ' Status',
      ' Due',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.subarray(fieldNames, { minLength: 1 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('KR', 'KR ', 'Key Result ', 'Key result #'),
        fc.array(fc.array(cell, { minLength: 40, maxLength: 40 }), { minLength: 1, maxLength: 6 }),
        async (groups, prefix, rows) => {
          const header = [
            'Objective',
            'Quarter',
            ...groups.flatMap((fields, index) =>
              fields.map((field) => `${prefix}${index + 1}${field}`),
            ),
          ];
          const quote = (text: string) =>
            /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
          const text = [
            header,
            ...rows.map((row) => ['Grow', 'Q1 2026', ...row].slice(0, header.length)),
          ]
            .map((row) => row.map(quote).join(','))
            .join('\r\n');
          try {
            const imported = await plan('wide.csv', utf8(text));
            expect(imported.format).toBe('wideSheet');
            for (const problem of imported.problems.filter((p) => p.severity === 'skipped')) {
              expect(problem.row).toBeGreaterThan(1);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(ImportFileError);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
