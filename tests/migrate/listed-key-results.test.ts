/**
 * One row per objective with all its key results listed in one cell, one a line (`1. …`, `• …`,
 * `- …`, `KR1: …`, `a) …`), as a CSV field in quotes or an Excel cell with Alt+Enter breaks;
 * the values beside them listed the same way. Each line is a key result of the row's objective,
 * with the same identity as when the sheet keeps one row per key result.
 */
import fc from 'fast-check';
import { ImportFileError, type ImportPlan } from '../../src/migrate';
import { toCsv } from '../../src/core/csv';
import { describeDryRun, dryRun } from '../../src/migrate/report';
import { keyResultRows as krs, planSheet as plan, problemsOf, utf8 } from './support/sheet-plan';
import { excelWorkbook } from './support/workbook';

const listedSheet = toCsv([
  ['Objective', 'Owner', 'Quarter', 'Key Results', 'Target', 'Current', 'Last updated'],
  [
    'Grow revenue',
    'Megan Bowen',
    'Q1 2026',
    '1. Grow ARR from €2M to €3M\n2. Churn below 2%\n   measured monthly\n\n3. Ten new logos',
    '€3,000,000\n2%\n10',
    '€2,500,000\n3%\n4',
    '2026-02-06',
  ],
  [
    'Ship faster',
    'Alex Wilber',
    'Q1 2026',
    '• Lead time of 5 days\r\n• Deploys every day',
    '5\n-',
    '12\n-',
    '2026-02-06',
  ],
]);

describe('key results listed in one cell, one a line', () => {
  it("reads each line of a CSV cell as a key result of the row's objective, with its values", async () => {
    const imported = await plan('okrs.csv', utf8(listedSheet));
    expect(imported.format).toBe('ownSheet');
    // A line without a marker in a numbered list carries on the line before it.
    expect(krs(imported)).toEqual([
      ['Grow revenue', 'Grow ARR from €2M to €3M', 0, 3_000_000, 2_500_000, '€', 'Megan Bowen'],
      ['Grow revenue', 'Churn below 2% measured monthly', 0, 2, 3, '%', 'Megan Bowen'],
      ['Grow revenue', 'Ten new logos', 0, 10, 4, '', 'Megan Bowen'],
      ['Ship faster', 'Lead time of 5 days', 0, 5, 12, '', 'Alex Wilber'],
      ['Ship faster', 'Deploys every day', 0, 100, 0, '%', 'Alex Wilber'],
    ]);
    expect(imported.checkIns.map((c) => [c.draft.value, c.draft.at])).toEqual([
      [2_500_000, '2026-02-06T12:00:00Z'],
      [3, '2026-02-06T12:00:00Z'],
      [4, '2026-02-06T12:00:00Z'],
      [12, '2026-02-06T12:00:00Z'],
    ]);
    expect(imported.problems.filter((p) => p.severity === 'skipped')).toEqual([]);
    // A message about one of them names its line of the cell.
    const text = describeDryRun(dryRun(imported));
    expect(text).toContain(
      'okrs.csv, row 2, field "Key Results, item 2": The key result has no start (baseline); it starts from 0.',
    );
    // Row 3 as a spreadsheet shows the file: the line breaks in row 2's cells start no row.
    expect(text).toContain(
      'okrs.csv, row 3, field "Key Results, item 2": It has no metric target; it is measured as a percentage from 0 to 100 %.',
    );
  });

  it('gives them the identity they have in one row per key result: nothing is imported twice', async () => {
    const byRow = toCsv([
      ['Objective', 'Owner', 'Quarter', 'Key Results', 'Target', 'Current', 'Last updated'],
      [
        'Grow revenue',
        'Megan Bowen',
        'Q1 2026',
        'Grow ARR from €2M to €3M',
        '€3,000,000',
        '€2,500,000',
        '2026-02-06',
      ],
      ['', '', '', 'Churn below 2% measured monthly', '2%', '3%', '2026-02-06'],
      ['', '', '', 'Ten new logos', '10', '4', '2026-02-06'],
      ['Ship faster', 'Alex Wilber', 'Q1 2026', 'Lead time of 5 days', '5', '12', '2026-02-06'],
      ['', '', '', 'Deploys every day', '', '', '2026-02-06'],
    ]);
    const listed = await plan('okrs.csv', utf8(listedSheet));
    const again = await plan('okrs.csv', utf8(listedSheet));
    const rows = await plan('okrs.csv', utf8(byRow));
    const ids = (imported: ImportPlan) => [
      imported.objectives.map((o) => o.sourceId),
      imported.keyResults.map((k) => k.sourceId),
      imported.checkIns.map((c) => c.sourceId),
    ];
    expect(ids(listed)).toEqual(ids(again));
    expect(ids(listed)).toEqual(ids(rows));
    expect(new Set(listed.keyResults.map((k) => k.sourceId)).size).toBe(5);
  });

  it('reads an Excel cell broken with Alt+Enter, each marker kind, and a heading line', async () => {
    const workbook = await excelWorkbook([
      {
        name: 'Q2 2026',
        rows: [
          ['Objective', 'Key results', 'Progress', 'Owner'],
          [
            'Delight customers',
            'Key results:\nKR1: NPS above 50\nKR2 - First reply within 2 hours',
            '40%\n75%',
            'Isaiah Langer\nMegan Bowen',
          ],
          [
            'Automate support',
            // A line break pasted from Windows: Excel keeps its carriage return as _x000D_.
            'a) Bot solves 30% of tickets_x000D_\nb) Answers in 12 languages',
            '',
            'Alex Wilber',
          ],
          ['Hire well', '- Two senior engineers\n- One designer', '', ''],
        ],
      },
    ]);
    const imported = await plan('okrs.xlsx', workbook);
    expect(krs(imported)).toEqual([
      ['Delight customers', 'NPS above 50', 0, 100, 40, '%', 'Isaiah Langer'],
      ['Delight customers', 'First reply within 2 hours', 0, 100, 75, '%', 'Megan Bowen'],
      ['Automate support', 'Bot solves 30% of tickets', 0, 100, 0, '%', 'Alex Wilber'],
      ['Automate support', 'Answers in 12 languages', 0, 100, 0, '%', 'Alex Wilber'],
      ['Hire well', 'Two senior engineers', 0, 100, 0, '%', undefined],
      ['Hire well', 'One designer', 0, 100, 0, '%', undefined],
    ]);
    expect(imported.cycles.map((c) => c.draft.name)).toEqual(['Q2 2026']);
    expect(problemsOf(imported)).toContainEqual({
      row: 2,
      field: 'Key results',
      message:
        '"Key results:" is read as the heading of the key results listed under it, not as one of them.',
    });
  });

  it('names a cell whose lines do not match the key results, and reads none of its values', async () => {
    const sheet = toCsv([
      ['Objective', 'Key results', 'Target', 'Current', 'Progress', 'Owner'],
      [
        'Grow revenue',
        '1) New ARR\n2) Churn\n3) Logos',
        '1000\n4',
        '250',
        '',
        'Megan Bowen\nAlex Wilber',
      ],
    ]);
    const imported = await plan('okrs.csv', utf8(sheet));
    expect(krs(imported)).toEqual([
      ['Grow revenue', 'New ARR', 0, 100, 0, '%', undefined],
      ['Grow revenue', 'Churn', 0, 100, 0, '%', undefined],
      ['Grow revenue', 'Logos', 0, 100, 0, '%', undefined],
    ]);
    expect(problemsOf(imported)).toEqual(
      expect.arrayContaining([
        {
          row: 2,
          field: 'Target',
          message:
            'The cell lists 2 lines for the 3 key results in "Key results": which line is whose cannot be told, so none is read. Write one line for each key result, a "-" for none.',
        },
        {
          row: 2,
          field: 'Current',
          message:
            'The cell holds one current for the 3 key results in "Key results": which one it is for cannot be told, so it is not read. Write one line for each key result, a "-" for none.',
        },
        {
          row: 2,
          field: 'Owner',
          message:
            'The cell lists 2 lines for the 3 key results in "Key results": which line is whose cannot be told, so none is read. Write one line for each key result, a "-" for none.',
        },
      ]),
    );
  });

  it("reads a wide sheet's group whose title cell lists several key results", async () => {
    const sheet = toCsv([
      ['Objective', 'KR1', 'KR1 Target', 'KR2', 'KR2 Target', 'Quarter'],
      ['Grow revenue', 'New ARR', '1000', '• Churn\n• Logos', '4\n10', 'Q1 2026'],
    ]);
    const imported = await plan('okrs.csv', utf8(sheet));
    expect(imported.format).toBe('wideSheet');
    expect(krs(imported).map((kr) => [kr[1], kr[3]])).toEqual([
      ['New ARR', 1000],
      ['Churn', 4],
      ['Logos', 10],
    ]);
  });

  it('keeps a one-line title as it is written, and reads a wrapped numbered title as one', async () => {
    const sheet = toCsv([
      ['Objective', 'Key result', 'Target'],
      ['Grow revenue', 'KR1: New ARR', '1000'],
      ['Grow revenue', '1. Churn below 2%\nacross every plan', '2%'],
    ]);
    const imported = await plan('okrs.csv', utf8(sheet));
    expect(krs(imported).map((kr) => [kr[1], kr[3]])).toEqual([
      ['KR1: New ARR', 1000],
      ['Churn below 2% across every plan', 2],
    ]);
  });

  it('reads any cells of several lines, or refuses the file, without failing otherwise', async () => {
    const line = fc.oneof(
      fc.constantFrom(
        '',
        '   ',
        '1. Grow ARR',
        '2) Churn',
        '• Logos',
        '- 5%',
        '-5%',
        'KR3: NPS',
        'a) Hire',
        'Key results:',
        '(iv) Ship',
        'carried on',
        '1,500',
        '25%',
        'n/a',
        '2026-02-06',
        '03/04/2026',
        '0.7',
        '70%',
        'Megan Bowen',
        'Green',
      ),
      fc.string({ maxLength: 10 }),
    );
    const cell = fc
      .tuple(fc.array(line, { maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n'))
      .map(([lines, breaks]) => lines.join(breaks));
    const header = [
      'Objective',
      'Quarter',
      'Key results',
      'Start',
      'Target',
      'Current',
      'Progress',
      'Owner',
      'Status',
      'Confidence',
      'Due date',
      'Notes',
      'Score',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 11, maxLength: 11 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (rows, asWorkbook) => {
          const body = rows.map((row) => ['Grow', 'Q1 2026', ...row]);
          try {
            const imported = asWorkbook
              ? await plan(
                  'okrs.xlsx',
                  await excelWorkbook([{ name: 'OKRs', rows: [header, ...body] }]),
                )
              : await plan('okrs.csv', utf8(toCsv([header, ...body])));
            expect(imported.format).toBe('ownSheet');
            for (const kr of imported.keyResults) {
              expect(kr.draft.title).not.toMatch(/[\r\n]/);
              expect(kr.draft.title.trim()).not.toBe('');
            }
          } catch (error) {
            expect(error).toBeInstanceOf(ImportFileError);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
