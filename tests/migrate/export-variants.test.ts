/**
 * The same few OKRs as real exports and hand-kept sheets write them: every variant is read to
 * the same key results, or named in the dry run with its row and column, what was wrong and what
 * would be accepted, or refused whole (nothing planned, so nothing is half-written).
 */
import { ImportFileError, readImportFile } from '../../src/migrate';
import { keyResultRows, planSheet, problemsOf, utf8 } from './support/sheet-plan';
import { excelWorkbook, type WorkbookCell } from './support/workbook';

/** Excel's "Unicode text": UTF-16 LE with its byte-order mark, tab-separated, CRLF. */
const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const xlsx = (rows: readonly (readonly WorkbookCell[])[]) =>
  excelWorkbook([{ name: 'OKRs', rows }]);

/** Grow revenue: ARR from 0 to 1200.5, at 450; Churn from 5 to 2, at 3. */
const expected = [
  ['Grow revenue', 'ARR', 0, 1200.5, 450, '', undefined],
  ['Grow revenue', 'Churn', 5, 2, 3, '', undefined],
];

interface Variant {
  readonly name: string;
  readonly file: string;
  readonly bytes: () => Uint8Array | Promise<Uint8Array>;
  /** The key results read, as `keyResultRows` gives them. */
  readonly keyResults?: readonly (readonly unknown[])[];
  /** The check-ins' times, where the variant is about them. */
  readonly checkIns?: readonly string[];
  /** A problem the dry run must name (row, column, message). */
  readonly named?: { readonly row?: number; readonly field?: string; readonly message: RegExp };
  /** Refused whole: the message. */
  readonly refused?: RegExp;
}

const variants: readonly Variant[] = [
  {
    name: 'UTF-8 with a byte-order mark',
    file: 'okrs.csv',
    bytes: () =>
      utf8(
        '\uFEFFObjective,Key result,Start,Target,Current\nGrow revenue,ARR,0,1200.5,450\n,Churn,5,2,3\n',
      ),
    keyResults: expected,
  },
  {
    name: 'UTF-16 LE "Unicode text", tab-separated, CRLF',
    file: 'okrs.txt',
    bytes: () =>
      utf16le(
        'Objective\tKey result\tStart\tTarget\tCurrent\r\nGrow revenue\tARR\t0\t1200.5\t450\r\n\tChurn\t5\t2\t3\r\n',
      ),
    keyResults: expected,
  },
  {
    name: 'semicolons with decimal commas and dotted thousands (European Excel)',
    file: 'okrs.csv',
    bytes: () =>
      utf8(
        'Objective;Key result;Start;Target;Current\nGrow revenue;ARR;0;1.200,50;450\n;Churn;5;2;3\n',
      ),
    keyResults: expected,
  },
  {
    name: 'tab-delimited',
    file: 'okrs.tsv',
    bytes: () =>
      utf8(
        'Objective\tKey result\tStart\tTarget\tCurrent\nGrow revenue\tARR\t0\t1200.5\t450\n\tChurn\t5\t2\t3\n',
      ),
    keyResults: expected,
  },
  {
    name: 'CRLF line ends',
    file: 'okrs.csv',
    bytes: () =>
      utf8(
        'Objective,Key result,Start,Target,Current\r\nGrow revenue,ARR,0,1200.5,450\r\n,Churn,5,2,3\r\n',
      ),
    keyResults: expected,
  },
  {
    name: 'a quoted cell with line breaks (Alt+Enter)',
    file: 'okrs.csv',
    bytes: () =>
      utf8(
        'Objective,Key result,Start,Target,Current,Notes\n"Grow revenue",ARR,0,1200.5,450,"Two lines,\r\nquoted ""here"""\n,Churn,5,2,3,\n',
      ),
    keyResults: expected,
  },
  {
    name: 'dates day first, decided by a day above 12 elsewhere in the column',
    file: 'okrs.csv',
    bytes: () =>
      utf8(
        'Objective,Key result,Start,Target,Current,Date\nGrow revenue,ARR,0,1200.5,450,03/02/2026\n,Churn,5,2,3,25/01/2026\n',
      ),
    keyResults: expected,
    checkIns: ['2026-02-03T12:00:00Z', '2026-01-25T12:00:00Z'],
  },
  {
    name: 'dates month first, decided the same way',
    file: 'okrs.csv',
    bytes: () =>
      utf8(
        'Objective,Key result,Start,Target,Current,Date\nGrow revenue,ARR,0,1200.5,450,02/03/2026\n,Churn,5,2,3,01/25/2026\n',
      ),
    keyResults: expected,
    checkIns: ['2026-02-03T12:00:00Z', '2026-01-25T12:00:00Z'],
  },
  {
    name: 'a date nothing in the file decides: named, with what is accepted',
    file: 'okrs.csv',
    bytes: () =>
      utf8(
        'Objective,Key result,Start,Target,Current,Date\nGrow revenue,ARR,0,1200.5,450,03/02/2026\n',
      ),
    named: {
      row: 2,
      field: 'Date',
      message:
        /^"03\/02\/2026" could be 2026-02-03 or 2026-03-02: no date in column "Date" or elsewhere in the file has a day above 12 .* Write it as YYYY-MM-DD\./,
    },
  },
  {
    name: 'ISO dates and times with time zones',
    file: 'okrs.csv',
    bytes: () =>
      utf8(
        'Objective,Key result,Start,Target,Current,Date\nGrow revenue,ARR,0,1200.5,450,2026-01-15T23:30:00+02:00\n,Churn,5,2,3,2026-01-20T08:00:00.000-05:00\n',
      ),
    keyResults: expected,
    checkIns: ['2026-01-15T21:30:00Z', '2026-01-20T13:00:00Z'],
  },
  {
    name: 'Excel serial dates in a workbook, as date cells and as General numbers',
    file: 'okrs.xlsx',
    bytes: () =>
      xlsx([
        ['Objective', 'Key result', 'Start', 'Target', 'Current', 'Date'],
        ['Grow revenue', 'ARR', 0, 1200.5, 450, { date: 46037 }],
        ['', 'Churn', 5, 2, 3, 46042],
      ]),
    keyResults: expected,
    checkIns: ['2026-01-15T12:00:00Z', '2026-01-20T12:00:00Z'],
  },
  {
    name: 'percentages written "45 %" and "45%", and percent cells of a workbook',
    file: 'okrs.xlsx',
    bytes: () =>
      xlsx([
        ['Objective', 'Key result', 'Start', 'Target', 'Current'],
        ['Grow revenue', 'NPS', '10 %', '45%', { percent: 0.3 }],
      ]),
    keyResults: [['Grow revenue', 'NPS', 10, 45, 30, '%', undefined]],
  },
  {
    name: 'progress as a share (0.45), a percentage (45%) and done out of all (3/10)',
    file: 'okrs.csv',
    bytes: () =>
      utf8('Objective,Key result,Progress\nGrow revenue,A,0.45\n,B,45%\n,C,3/10\n,D,3 of 10\n'),
    keyResults: [
      ['Grow revenue', 'A', 0, 100, 45, '%', undefined],
      ['Grow revenue', 'B', 0, 100, 45, '%', undefined],
      ['Grow revenue', 'C', 0, 100, 30, '%', undefined],
      ['Grow revenue', 'D', 0, 100, 30, '%', undefined],
    ],
  },
  {
    name: 'a percentage key result written as shares of one (0.45): read as written, and said',
    file: 'okrs.csv',
    bytes: () => utf8('Objective,Key result,Target,Current,Unit\nGrow revenue,NPS,0.45,0.3,%\n'),
    keyResults: [['Grow revenue', 'NPS', 0, 0.45, 0.3, '%', undefined]],
    named: {
      row: 2,
      field: 'Target',
      message:
        /^Target 0\.45, Current 0\.3 are read as 0\.45 %, 0\.3 %\. If they are shares of one .* write them as a percentage \(45%\)/,
    },
  },
  {
    name: 'currency with thousands: "$1,200" and "1.200,50 €", nothing else in the file deciding',
    file: 'okrs.csv',
    bytes: () =>
      utf8(
        'Objective,Key result,Target,Current\nGrow revenue,ARR,"$1,200",$450\n,EU ARR,"1.200,50 €",450 €\n',
      ),
    keyResults: [
      ['Grow revenue', 'ARR', 0, 1200, 450, '$', undefined],
      ['Grow revenue', 'EU ARR', 0, 1200.5, 450, '€', undefined],
    ],
  },
  {
    name: 'a number nothing in the file decides: named, with what is accepted',
    file: 'okrs.csv',
    bytes: () => utf8('Objective,Key result,Target,Current\nGrow revenue,ARR,"1,200",450\n'),
    named: {
      row: 2,
      field: 'Target',
      message: /^"1,200" could be 1200 or 1\.2: .* Write it without the thousands separator/,
    },
  },
  {
    name: 'empty trailing columns and rows',
    file: 'okrs.csv',
    bytes: () =>
      utf8(
        'Objective,Key result,Start,Target,Current,,,\nGrow revenue,ARR,0,1200.5,450,,,\n,Churn,5,2,3,,,\n,,,,,,,\n,,,,,,,\n',
      ),
    keyResults: expected,
  },
  {
    name: 'a header written twice: the first read, the second named with both columns',
    file: 'okrs.csv',
    bytes: () =>
      utf8(
        'Objective,Key result,Start,Target,Current,Target\nGrow revenue,ARR,0,1200.5,450,2000\n,Churn,5,2,3,1\n',
      ),
    keyResults: expected,
    named: {
      row: 1,
      field: 'Target',
      message:
        /^The header "Target" is written twice, in columns D and F: column D is read and column F is not\. If column F holds what should be imported, rename or remove column D/,
    },
  },
  {
    name: 'the header below title rows',
    file: 'okrs.csv',
    bytes: () =>
      utf8(
        'Sales OKRs — Q1 2026\nExported 2026-02-10,,,,\n\nObjective,Key result,Start,Target,Current\nGrow revenue,ARR,0,1200.5,450\n,Churn,5,2,3\n',
      ),
    keyResults: expected,
    named: { row: 4, message: /^The header is on row 4; the rows above it are not read\./ },
  },
  {
    name: 'an objective written once over its key results (merged-looking blank cells)',
    file: 'okrs.xlsx',
    bytes: () =>
      xlsx([
        ['Objective', 'Key result', 'Start', 'Target', 'Current'],
        ['Grow revenue', 'ARR', 0, 1200.5, 450],
        [undefined, 'Churn', 5, 2, 3],
        ['Ship', 'Launch', 0, 1, 0],
        [undefined, undefined, undefined, undefined, undefined],
      ]),
    keyResults: [...expected, ['Ship', 'Launch', 0, 1, 0, '', undefined]],
  },
  {
    name: 'a file cut off inside a quoted cell: refused whole, the row named',
    file: 'okrs.csv',
    bytes: () =>
      utf8(
        'Objective,Key result,Start,Target,Current\nGrow revenue,ARR,0,1200.5,450\n,"Churn,5,2,3\n',
      ),
    refused: /^okrs\.csv, row 3: a cell in this row opens with a double quote/,
  },
];

describe('real exports, read the same whatever wrote them', () => {
  it.each(variants.map((variant) => [variant.name, variant] as const))('%s', async (_, variant) => {
    const bytes = await variant.bytes();
    if (variant.refused) {
      const refusal = await readImportFile(variant.file, bytes).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(ImportFileError);
      expect((refusal as Error).message).toMatch(variant.refused);
      return;
    }
    const plan = await planSheet(variant.file, bytes);
    if (variant.keyResults) expect(keyResultRows(plan)).toEqual(variant.keyResults);
    if (variant.checkIns) expect(plan.checkIns.map((c) => c.draft.at)).toEqual(variant.checkIns);
    if (variant.named) {
      expect(problemsOf(plan)).toContainEqual({
        row: variant.named.row,
        field: variant.named.field,
        message: expect.stringMatching(variant.named.message),
      });
    }
  });
});
