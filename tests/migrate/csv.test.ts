import fc from 'fast-check';
import { formulaGuarded, formulaUnguarded, toCsv } from '../../src/core/csv';
import { CsvSplitter, detectDelimiter, splitCsv, type CsvDelimiter } from '../../src/migrate/csv';

/** Cells a spreadsheet would not take for formulas, so the writer leaves them as they are. */
const cell = fc
  .string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ';', ' ', 'é', '1') })
  .filter((text) => formulaGuarded(text) === text);
const rows = fc
  .array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 })
  // A row of one empty cell is a blank line: readers skip those, so the property leaves them out.
  .filter((table) => table.every((row) => row.length > 1 || row[0] !== ''));

describe('CSV splitting', () => {
  it('reads back exactly what was written, whatever the cells hold', () => {
    fc.assert(
      fc.property(rows, (table) => {
        expect(splitCsv(toCsv(table)).map((row) => row.fields)).toEqual(table);
      }),
    );
  });

  it('gives the same rows however the text is cut into chunks', () => {
    fc.assert(
      fc.property(rows, fc.array(fc.nat(), { maxLength: 10 }), (table, cuts) => {
        const text = toCsv(table);
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort(
          (a, b) => a - b,
        );
        const splitter = new CsvSplitter();
        const read = [];
        let from = 0;
        for (const point of [...points, text.length]) {
          read.push(...splitter.push(text.slice(from, point)));
          from = point;
        }
        read.push(...splitter.end());
        expect(read.map((row) => row.fields)).toEqual(table);
      }),
    );
  });

  it('splits semicolon-, tab- and pipe-separated text the same way, in any chunks, and detects the delimiter', () => {
    const quote = (delimiter: string) => (text: string) =>
      new RegExp(`["\r\n${delimiter}]`).test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    fc.assert(
      fc.property(
        fc.constantFrom<CsvDelimiter>(';', '\t', ',', '|'),
        fc.integer({ min: 2, max: 5 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(
          cell.filter((text) => !/[,;\t|]/.test(text)),
          { minLength: 10, maxLength: 40 },
        ),
        (delimiter, width, cuts, cells) => {
          const table: string[][] = [];
          for (let at = 0; at + width <= cells.length; at += width)
            table.push(cells.slice(at, at + width));
          const text = table.map((row) => row.map(quote(delimiter)).join(delimiter)).join('\r\n');
          expect(detectDelimiter(text)).toEqual({ delimiter, skipFirstLine: false });
          const splitter = new CsvSplitter(delimiter);
          const read = [];
          let from = 0;
          for (const point of [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort(
            (a, b) => a - b,
          )) {
            read.push(...splitter.push(text.slice(from, point)));
            from = point;
          }
          read.push(...splitter.push(text.slice(from)), ...splitter.end());
          expect(read.map((row) => row.fields)).toEqual(table);
        },
      ),
    );
  });

  it('numbers rows as a spreadsheet shows them: a quoted line break starts no row', () => {
    const rows = splitCsv('a,b\r\n"one\ntwo\r\nthree",x\n\nlast,"y"');
    expect(rows.map((row) => [row.line, row.fields])).toEqual([
      [1, ['a', 'b']],
      [2, ['one\ntwo\r\nthree', 'x']],
      [3, ['']],
      [4, ['last', 'y']],
    ]);
  });

  it('drops a byte-order mark and keeps a stray quote inside plain text', () => {
    expect(splitCsv('\uFEFFId,Title\r\n1,5" screen').map((row) => row.fields)).toEqual([
      ['Id', 'Title'],
      ['1', '5" screen'],
    ]);
  });

  it('reads back any text the writer guarded against formulas, once unguarded', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 2, maxLength: 4 }), (row) => {
        const [read] = splitCsv(toCsv([row]));
        expect(read!.fields.map(formulaUnguarded)).toEqual(row);
      }),
    );
  });

  it('reads back any text as it was before the formula guard', () => {
    fc.assert(fc.property(fc.string(), (text) => formulaUnguarded(formulaGuarded(text)) === text));
    // A quote the guard did not write stays.
    expect(formulaUnguarded("'tis the season")).toBe("'tis the season");
    // A text that itself starts with a quote before a formula's start comes back with its quote.
    for (const text of ["'=", "'+15%", "''@x"]) {
      expect(formulaUnguarded(formulaGuarded(text))).toBe(text);
    }
  });
});
