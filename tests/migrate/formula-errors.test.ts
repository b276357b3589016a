/**
 * Cells where a spreadsheet's formula failed (#DIV/0!, #N/A, #REF!): a current value or progress
 * is no value yet, so its key result is imported without that row's check-in; a start or target
 * leaves the key result out. Either way the dry run says it was a formula's error and what to do,
 * in a CSV and in an Excel workbook (where the error is the cell's value, type "e").
 */
import { planSheet, problemsOf, utf8 } from './support/sheet-plan';
import { excelWorkbook } from './support/workbook';

const fix =
  'is the error a formula gave in the spreadsheet, not a value: fix the formula (or type the value) and import again.';

describe("a formula's error in a value cell", () => {
  it('imports a key result whose current value or progress is an error without its check-in', async () => {
    const plan = await planSheet(
      'okrs.csv',
      utf8(
        [
          'Objective,Key result,Start,Target,Current,Progress',
          'Grow,ARR,0,100,#N/A,#DIV/0!',
          ',Churn,5,2,3,',
          ',NPS,#REF!,40,31,',
        ].join('\n'),
      ),
    );
    expect(plan.keyResults.map((k) => [k.draft.title, k.draft.start, k.draft.target])).toEqual([
      ['ARR', 0, 100],
      ['Churn', 5, 2],
    ]);
    expect(plan.checkIns.map((c) => c.draft.value)).toEqual([3]);
    expect(problemsOf(plan)).toEqual(
      expect.arrayContaining([
        {
          row: 2,
          field: 'Current',
          message: `"#N/A" ${fix} The current value is left out; the key result is imported without the row's check-in.`,
        },
        {
          row: 2,
          field: 'Progress',
          message: `"#DIV/0!" ${fix} The progress is left out; the key result is imported without the row's check-in.`,
        },
        {
          row: 4,
          field: 'Start',
          message: `"#REF!" ${fix} The row's key result is left out.`,
        },
      ]),
    );
  });

  it('names the error an Excel cell holds, where it was read as empty', async () => {
    const plan = await planSheet(
      'okrs.xlsx',
      await excelWorkbook([
        {
          name: 'OKRs',
          rows: [
            ['Objective', 'Key result', 'Start', 'Target', 'Current'],
            ['Grow', 'ARR', 0, 100, { formula: 'B9/C9', error: '#DIV/0!' }],
            ['', 'NPS', { formula: 'Sheet2!A1', error: '#REF!' }, 40, 31],
          ],
        },
      ]),
    );
    expect(plan.keyResults.map((k) => [k.draft.title, k.draft.start])).toEqual([['ARR', 0]]);
    expect(plan.checkIns).toEqual([]);
    expect(problemsOf(plan)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 2,
          field: 'Current',
          message: expect.stringContaining(`"#DIV/0!" ${fix}`),
        }),
        expect.objectContaining({
          row: 3,
          field: 'Start',
          message: `"#REF!" ${fix} The row's key result is left out.`,
        }),
      ]),
    );
  });
});
