/**
 * The reader's locale as the tie-breaker: a file whose numbers are all like `25,000` or whose
 * dates are all like `03/04/2026` proves nothing by itself, so it is read as the person importing
 * it writes them (the import page's locale, `npm run import -- --locale`), and the dry run says
 * so once. What the file proves comes first; a file that proves both ways is still refused cell
 * by cell; without a locale (a library caller) such cells are refused as before.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile, type ImportPlan } from '../../src/migrate';
import { describeDryRun, dryRun } from '../../src/migrate/report';
import { localeHabits } from '../../src/migrate/sheet';
import { excelWorkbook } from './support/workbook';

// Imported after every check-in the files date, read either way (5 June 2026 at the latest).
const options = { today: '2026-06-20', rules: defaultOperatingModel };
const utf8 = (text: string) => new TextEncoder().encode(text);
const plan = async (text: string, locale?: string, name = 'okrs.csv') =>
  planImport(await readImportFile(name, utf8(text), undefined, locale ? { locale } : {}), options);
const targets = (imported: ImportPlan) =>
  imported.keyResults.map((kr) => [kr.draft.title, kr.draft.target, kr.draft.current]);
const checkInDays = (imported: ImportPlan) =>
  imported.checkIns.map((checkIn) => checkIn.draft.at.slice(0, 10));
const messages = (imported: ImportPlan) => imported.problems.map((problem) => problem.message);

/** An English team's sheet: every number and every date could be read two ways. */
const ambiguousSheet = [
  'Objective,Key result,Quarter,Baseline,Target,Current,Updated',
  'Grow the pipeline,Qualified leads,Q2 2026,0,"25,000","1,500",03/04/2026',
  ',Demos booked,,0,"1,200",300,05/06/2026',
].join('\r\n');

describe("the reader's locale decides what the file leaves open", () => {
  it('reads the same ambiguous file as en-US, en-GB and de-DE each write it', async () => {
    const us = await plan(ambiguousSheet, 'en-US');
    expect(targets(us)).toEqual([
      ['Qualified leads', 25_000, 1_500],
      ['Demos booked', 1_200, 300],
    ]);
    expect(checkInDays(us)).toEqual(['2026-03-04', '2026-05-06']);

    const gb = await plan(ambiguousSheet, 'en-GB');
    expect(targets(gb)).toEqual(targets(us));
    expect(checkInDays(gb)).toEqual(['2026-04-03', '2026-06-05']);

    const de = await plan(ambiguousSheet, 'de-DE');
    expect(targets(de)).toEqual([
      ['Qualified leads', 25, 1.5],
      ['Demos booked', 1.2, 300],
    ]);
    expect(checkInDays(de)).toEqual(['2026-04-03', '2026-06-05']);
  });

  it('says once, first, what it assumed, in the dry run as the CLI prints it', async () => {
    const gb = await plan(ambiguousSheet, 'en-GB');
    const said =
      'Numbers like "25,000" are read with "," as the thousands separator (25000). Dates like "03/04/2026" are read as day/month (2026-04-03). Nothing in the file shows which, so they are read as en-GB writes them. If it was written otherwise, write those numbers without the thousands separator and those dates as YYYY-MM-DD and import it again.';
    expect(gb.problems[0]).toMatchObject({ file: 'okrs.csv', message: said, severity: 'note' });
    expect(messages(gb).filter((message) => message.includes('as en-GB writes them'))).toHaveLength(
      1,
    );
    expect(describeDryRun(dryRun(gb))).toContain(`okrs.csv: ${said}`);

    const de = await plan(ambiguousSheet, 'de-DE');
    expect(de.problems[0]?.message).toMatch(
      /^Numbers like "25,000" are read with "," as the decimal mark \(25\)\. Dates like "03\/04\/2026" are read as day\/month \(2026-04-03\)\. Nothing in the file shows which, so they are read as de-DE writes them/,
    );
    const us = await plan(ambiguousSheet, 'en-US');
    expect(us.problems[0]?.message).toMatch(
      /Dates like "03\/04\/2026" are read as month\/day \(2026-03-04\)/,
    );
  });

  it('names only what it assumed: numbers the file proves are not mentioned', async () => {
    const sheet = [
      'Objective,Key result,Quarter,Target,Current,Updated',
      'Grow,Revenue,Q2 2026,"1,234.5","1,500",2026-04-03',
    ].join('\n');
    // "1,234.5" proves "." is the decimal mark: de-DE's comma does not decide "1,500".
    const de = await plan(sheet, 'de-DE');
    expect(targets(de)).toEqual([['Revenue', 1234.5, 1500]]);
    expect(messages(de).some((message) => message.includes('de-DE'))).toBe(false);

    const dates = [
      'Objective,Key result,Quarter,Target,Current,Updated',
      'Grow,Revenue,Q2 2026,10,5,03/04/2026',
      ',Margin,,10,5,13/04/2026',
    ].join('\n');
    // A day above 12 in the column proves day first, whatever en-US writes.
    const us = await plan(dates, 'en-US');
    expect(checkInDays(us)).toEqual(['2026-04-03', '2026-04-13']);
    expect(messages(us).some((message) => message.includes('en-US'))).toBe(false);
  });

  it('still refuses, cell by cell, what a file writes both ways', async () => {
    const mixedMarks = [
      'Objective,Key result,Quarter,Target,Current,Updated',
      'Grow,Revenue,Q2 2026,"12,5",1.5,2026-04-03',
      ',Leads,,"1,500",10,2026-04-03',
    ].join('\n');
    const marks = await plan(mixedMarks, 'en-GB');
    expect(targets(marks)).toEqual([['Revenue', 12.5, 1.5]]);
    expect(messages(marks)).toContainEqual(
      expect.stringMatching(/^"1,500" could be 1500 or 1.5: the file writes decimals both/),
    );
    expect(messages(marks).some((message) => message.includes('en-GB writes them'))).toBe(false);

    const mixedDates = [
      'Objective,Key result,Quarter,Target,Current,Updated',
      'Grow,Revenue,Q2 2026,10,5,13/04/2026',
      ',Leads,,10,5,4/14/2026',
      ',Margin,,10,5,03/04/2026',
    ].join('\n');
    const dates = await plan(mixedDates, 'en-GB');
    expect(checkInDays(dates)).toEqual(['2026-04-13', '2026-04-14']);
    expect(messages(dates)).toContainEqual(
      expect.stringMatching(
        /^"03\/04\/2026" could be 2026-04-03 or 2026-03-04: column "Updated" has dates written day first and others month first/,
      ),
    );
  });

  it('refuses as before without a locale (a library caller)', async () => {
    const imported = await plan(ambiguousSheet);
    expect(targets(imported)).toEqual([]);
    expect(messages(imported)).toContainEqual(
      '"25,000" could be 25000 or 25: no other number in the file shows whether "," or "." marks the decimals. Write it without the thousands separator (e.g. 25000). The row\'s key result is left out.',
    );
    expect(messages(imported).some((message) => message.startsWith('Read '))).toBe(false);
  });

  it('leaves open what the locale does not write either way (Japanese dates go year first)', async () => {
    const japanese = await plan(ambiguousSheet, 'ja-JP');
    // The targets are read; the current values, undated, make no check-in and stay at the start.
    expect(targets(japanese)).toEqual([
      ['Qualified leads', 25_000, 0],
      ['Demos booked', 1_200, 0],
    ]);
    expect(checkInDays(japanese)).toEqual([]);
    expect(messages(japanese)).toContainEqual(
      expect.stringMatching(/^"03\/04\/2026" could be 2026-04-03 or 2026-03-04: no date in column/),
    );
    expect(japanese.problems[0]?.message).toMatch(
      /^Numbers like "25,000" are read with "," as the thousands separator \(25000\)\. .* as ja-JP writes them\. .* write those numbers without the thousands separator and import it again\.$/,
    );
  });

  it('reads a workbook of tabs by the locale too, saying so once for the file', async () => {
    const tab = (quarter: string, target: string) => ({
      name: quarter,
      rows: [
        ['Objective', 'Key result', 'Target', 'Current', 'Updated'],
        ['Grow', 'Revenue', target, '10', '03/04/2026'],
      ],
    });
    const workbook = await excelWorkbook([tab('Q1 2026', '1,500'), tab('Q2 2026', '2,500')]);
    const imported = planImport(
      await readImportFile('okrs.xlsx', workbook, undefined, { locale: 'en-GB' }),
      options,
    );
    expect(targets(imported)).toEqual([
      ['Revenue', 1500, 10],
      ['Revenue', 2500, 10],
    ]);
    expect(messages(imported).filter((message) => message.includes('en-GB'))).toEqual([
      expect.stringMatching(/^Numbers like "1,500" .* Dates like "03\/04\/2026"/),
    ]);
  });
});

describe('localeHabits', () => {
  it("takes a locale's decimal mark and day/month order from Intl", () => {
    expect(localeHabits('en-US')).toEqual({ decimalMark: '.', dateOrder: 'mdy' });
    expect(localeHabits('en-GB')).toEqual({ decimalMark: '.', dateOrder: 'dmy' });
    expect(localeHabits('de-de')).toEqual({ decimalMark: ',', dateOrder: 'dmy' });
    expect(localeHabits('fr-CA')).toEqual({ decimalMark: ',', dateOrder: undefined });
    expect(localeHabits('not a locale!')).toEqual({ decimalMark: undefined, dateOrder: undefined });
  });
});
