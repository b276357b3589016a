/**
 * Spreadsheets as people save them: Excel in a European locale (semicolons, decimal commas,
 * dotted dates), UTF-8 with a byte-order mark, Excel's UTF-16 "Unicode text", Windows-1252 CSV,
 * CRLF, trailing empty rows and columns, headers in any case and order with odd spaces, unknown
 * columns, title rows above the header, an instructions tab first, Excel date and percent cells;
 * and the values nobody can read for sure (a day/month a column never decides, a number whose
 * decimal mark the file never shows), named with their row and column, never guessed.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile, type ImportPlan } from '../../src/migrate';
import { readDate, readNumber, type DateOrder } from '../../src/migrate/values';
import { excelWorkbook } from './support/workbook';
import { explorerHeader } from './fixtures';

const options = { today: '2026-02-20', rules: defaultOperatingModel };
const utf8 = (text: string) => new TextEncoder().encode(text);
const plan = async (name: string, bytes: Uint8Array) =>
  planImport(await readImportFile(name, bytes), options);
const problemsOf = (imported: ImportPlan) =>
  imported.problems.map((p) => ({ row: p.row, field: p.field, message: p.message }));
/** The note on a sheet's objective that names no team (these sheets have no Team column). */
const objectiveWithoutTeam = (row: number) => ({
  row,
  field: undefined,
  message: `1 objective (row ${row}) names no team: it goes in a team called "Organisation", which the import makes unless your site has one of that name. Fill in its team in the file to put it in a team of your own.`,
});

describe('numbers and dates in any locale', () => {
  const anyDay = fc.date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2060-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  const locales: { locale: string; mark: '.' | ',' }[] = [
    { locale: 'en-US', mark: '.' },
    { locale: 'en-GB', mark: '.' },
    { locale: 'de-DE', mark: ',' },
    { locale: 'fr-FR', mark: ',' },
    { locale: 'de-CH', mark: '.' },
    { locale: 'es-ES', mark: ',' },
    { locale: 'nl-NL', mark: ',' },
    // The minus sign (U+2212) and spaces that group thousands.
    { locale: 'sv-SE', mark: ',' },
    { locale: 'nb-NO', mark: ',' },
    { locale: 'fi-FI', mark: ',' },
    // Lakhs and crores: 1,23,45,678.50.
    { locale: 'en-IN', mark: '.' },
  ];

  it('reads back a number formatted by any of these locales, given its decimal mark', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        ({ locale, mark }, cents, digits, percent) => {
          const value = cents / 10 ** digits;
          const format = new Intl.NumberFormat(locale, {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          });
          const text = `${format.format(value)}${percent ? ' %' : ''}`;
          const reading = readNumber(text, mark);
          expect(reading).toEqual({ value: value === 0 ? 0 : value, percent });
          // Without being told the mark, a cell is read the same or named as ambiguous.
          const alone = readNumber(text);
          if (alone && 'ambiguous' in alone) {
            expect(alone.ambiguous[mark === '.' ? 'point' : 'comma']).toBe(value);
          } else expect(alone).toEqual(reading);
        },
      ),
    );
  });

  it('reads back a date written day first or month first, with any separator and year form', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.constantFrom<DateOrder>('dmy', 'mdy'),
        fc.constantFrom('/', '-', '.'),
        fc.boolean(),
        fc.boolean(),
        (date, order, separator, padded, shortYear) => {
          const iso = date.toISOString().slice(0, 10);
          const [year, month, day] = iso.split('-');
          const pad = (part: string) => (padded ? part : String(Number(part)));
          const yearText =
            shortYear && Number(year) >= 1930 && Number(year) < 2030 ? year!.slice(2) : year!;
          const dotted = separator === '.';
          // Nobody writes month first with dots.
          const parts =
            dotted || order === 'dmy' ? [pad(day!), pad(month!)] : [pad(month!), pad(day!)];
          const text = [...parts, yearText].join(separator);
          expect(readDate(text, dotted ? undefined : order)).toEqual({ at: `${iso}T12:00:00Z` });
          const alone = readDate(text);
          if (alone && 'ambiguous' in alone)
            expect(alone.ambiguous[order]).toBe(`${iso}T12:00:00Z`);
          else expect(alone).toEqual({ at: `${iso}T12:00:00Z` });
        },
      ),
    );
  });

  it("reads back a date written with its month named, long or short, in the languages sheets come in, after its weekday too (Excel's Long Date)", () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.constantFrom('en-US', 'en-GB', 'de-DE', 'de-AT', 'fr-FR', 'es-ES', 'nl-NL'),
        fc.constantFrom('long', 'short') as fc.Arbitrary<'long' | 'short'>,
        fc.constantFrom(undefined, 'long', 'short') as fc.Arbitrary<'long' | 'short' | undefined>,
        (date, locale, month, weekday) => {
          const text = new Intl.DateTimeFormat(locale, {
            ...(weekday ? { weekday } : {}),
            day: 'numeric',
            month,
            year: 'numeric',
            timeZone: 'UTC',
          }).format(date);
          const day = date.toISOString().slice(0, 10);
          expect({ text, reading: readDate(text) }).toEqual({
            text,
            reading: { at: `${day}T12:00:00Z` },
          });
        },
      ),
    );
  });

  it("reads a mail header's date, and a month that is also a weekday's abbreviation as the month", () => {
    // RFC 5322 §3.3.
    expect(readDate('Tue, 17 Feb 2026')).toEqual({ at: '2026-02-17T12:00:00Z' });
    expect(readDate('Mar 17, 2026')).toEqual({ at: '2026-03-17T12:00:00Z' });
    expect(readDate('Tuesday 2026')).toBeUndefined();
  });

  it('reads a month name only when its start names one month', () => {
    expect(readDate('1 jui 2026')).toBeUndefined(); // juin or juillet
    expect(readDate('3 Mrz 2026')).toEqual({ at: '2026-03-03T12:00:00Z' });
    expect(readDate('3 Mrx 2026')).toBeUndefined();
  });

  it("reads zero in Excel's Accounting format, and says nothing of a dash alone", () => {
    expect(readNumber('$ -')).toEqual({ value: 0, percent: false });
    expect(readNumber(' -   € ')).toEqual({ value: 0, percent: false });
    expect(readNumber('-')).toBeUndefined();
  });
});

/** The template in a German Excel's CSV: semicolons, decimal commas, dotted dates, CRLF. */
const germanTemplate = [
  'Type;Id;Parent;Title;Cycle;Cycle start;Cycle end;Kind;Start;Target;Unit;Date;Value;Confidence;Note;Farbe;;',
  'Objective;O1;;Kunden gewinnen;Q1 2026;01.01.2026;31.03.2026;;;;;;;;;grün;;',
  'Key result;K1;O1;Umsatz von 1.234,5 auf 2.000,75 €;;;;increase;1.234,5;2.000,75;€;;;;;;;',
  'Key result;K2;O1;Marge auf 12,5 %;;;;increase;10;12,5%;%;;;;;;;',
  'Check-in;;K1;;;;;;;;;31.01.2026;1.500,25;7;"Gut; weiter so";;;',
  ';;;;;;;;;;;;;;;;;',
  ';;;;;;;;;;;;;;;;;',
].join('\r\n');

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return bytes;
}

describe('CSV as Excel saves it', () => {
  const expectGerman = (imported: ImportPlan) => {
    expect(imported.cycles.map((c) => [c.draft.start, c.draft.end])).toEqual([
      ['2026-01-01', '2026-03-31'],
    ]);
    expect(imported.keyResults.map((k) => [k.draft.start, k.draft.target, k.draft.unit])).toEqual([
      [1234.5, 2000.75, '€'],
      [10, 12.5, '%'],
    ]);
    expect(imported.checkIns.map((c) => [c.draft.at, c.draft.value, c.draft.note])).toEqual([
      ['2026-01-31T12:00:00Z', 1500.25, 'Gut; weiter so'],
    ]);
  };

  it('reads a semicolon CSV with decimal commas, dotted dates and trailing empty rows and columns', async () => {
    const imported = await plan('okr.csv', utf8(`\uFEFF${germanTemplate}\r\n`));
    expectGerman(imported);
    expect(problemsOf(imported)).toEqual([
      {
        row: 1,
        field: undefined,
        message: 'The column "Farbe" is not read by the import and is ignored.',
      },
      objectiveWithoutTeam(2),
    ]);
  });

  it('reads a team sheet as people fill it: "no value yet" cells, long dates, Indian and Swedish numbers', async () => {
    const sheet = [
      'Objective;Key result;Quarter;Target;Current;Confidence;Date',
      'Grow;Revenue (INR);Q1 2026;1,00,00,000;45,00,000;7;31. Januar 2026',
      'Grow;New logos;Q1 2026;50;n/a;-;TBD',
      'Cut;Cost (SEK);Q1 2026;\u221210 000,5;\u22125 250,25;—;1 févr. 2026',
      'Cut;Churn;Q1 2026;—;N/A;;',
    ].join('\r\n');
    const imported = await planImport(
      await readImportFile('team.csv', utf8(sheet), undefined, { fileDate: '2026-02-10' }),
      options,
    );
    expect(
      imported.keyResults.map((k) => [k.draft.title, k.draft.target, k.draft.current]),
    ).toEqual([
      ['Revenue (INR)', 10_000_000, 4_500_000],
      ['New logos', 50, 0],
      ['Cost (SEK)', -10_000.5, -5_250.25],
      ['Churn', 100, 0],
    ]);
    expect(imported.checkIns.map((c) => [c.draft.at, c.draft.value])).toEqual([
      ['2026-01-31T12:00:00Z', 4_500_000],
      ['2026-02-01T12:00:00Z', -5_250.25],
    ]);
    // Nothing is left out; a column the sheet does not have is never named as a field.
    expect(imported.problems.filter((p) => p.severity === 'skipped')).toEqual([]);
    expect(imported.problems.filter((p) => p.field === 'start')).toEqual([]);
    expect(imported.problems).toContainEqual(
      expect.objectContaining({
        row: 2,
        message: 'The key result has no start (baseline); it starts from 0.',
      }),
    );
  });

  it('reads Excel\'s UTF-16 "Unicode text" (tab-separated) the same', async () => {
    const text = germanTemplate
      .replace(/;/g, '\t')
      .replace('"Gut\t weiter so"', '"Gut; weiter so"');
    expectGerman(await plan('okr.txt', utf16le(text)));
  });

  it('reads a Windows-1252 CSV, saying so in the dry run', async () => {
    const text = germanTemplate.replace('€;', 'EUR;');
    const bytes = Uint8Array.from(
      [...text].map((char) => (char === 'ü' ? 0xfc : char.charCodeAt(0))),
    );
    const imported = await plan('okr.csv', bytes);
    expect(imported.objectives.map((o) => o.draft.title)).toEqual(['Kunden gewinnen']);
    expect(imported.problems[0]?.message).toMatch(/read as Windows-1252/);
  });

  it("reads the template's row types however they are written", async () => {
    const csv = [
      'Type,Id,Parent,Title,Cycle,Cycle start,Cycle end,Target,Date,Value',
      'OBJECTIVE,O1,,Win,Q1 2026,2026-01-01,2026-03-31,,,',
      'Key Result,K1,O1,Grow,,,,10,,',
      'KR,K2,O1,Keep,,,,5,,',
      'Check in,,K1,,,,,,2026-01-20,4',
    ].join('\n');
    const imported = await plan('okr.csv', utf8(csv));
    expect(imported.keyResults.map((k) => k.draft.title)).toEqual(['Grow', 'Keep']);
    expect(imported.checkIns.map((c) => c.draft.value)).toEqual([4]);
  });

  it("honours Excel's sep= line", async () => {
    const imported = await plan('okr.csv', utf8(`sep=;\r\n${germanTemplate}`));
    expect(imported.keyResults).toHaveLength(2);
  });

  it('reads a file separated by pipes, as goal tools that let you pick the delimiter write it', async () => {
    // https://help.paychexflexengage.com/en/articles/15015728-goals-importing-individual-goals
    const csv = [
      'Objective|Key result|Owner|Quarter|Target|Current|Date|Notes',
      'Grow, fast|Win deals|Ana Silva|Q1 2026|10|4|2026-02-05|"Two | three"',
    ].join('\r\n');
    const imported = await plan('okr.csv', utf8(csv));
    expect(imported.keyResults.map((k) => [k.draft.title, k.draft.target])).toEqual([
      ['Win deals', 10],
    ]);
    expect(imported.objectives.map((o) => o.draft.title)).toEqual(['Grow, fast']);
    expect(imported.checkIns.map((c) => [c.draft.value, c.draft.note])).toEqual([
      [4, 'Two | three'],
    ]);
    const declared = await plan('okr.csv', utf8(`sep=|\r\n${csv}`));
    expect(declared.keyResults).toHaveLength(1);
  });

  it('matches headers in any case and order, with extra and non-breaking spaces, below title rows', async () => {
    const csv = [
      'Q1 planning,,,,,',
      'Exported by Megan,,,,,',
      ',,,,,',
      '  TITLE ,type,\u00a0Parent\u00a0\u00a0,ID*,cycle  START,Cycle\u00a0end,Cycle',
      'Win,objective,,O1,2026-01-01,2026-03-31,Q1 2026',
    ].join('\n');
    const imported = await plan('okr.csv', utf8(csv));
    expect(imported.objectives.map((o) => o.draft.title)).toEqual(['Win']);
    expect(problemsOf(imported)).toEqual([
      {
        row: 4,
        field: undefined,
        message: 'The header is on row 4; the rows above it are not read.',
      },
      objectiveWithoutTeam(5),
    ]);
  });
});

describe('values nobody can read for sure are named, never guessed', () => {
  const template = (dates: string[]) =>
    [
      'Type,Id,Parent,Title,Cycle,Cycle start,Cycle end,Kind,Start,Target,Date,Value',
      'Objective,O1,,Win,Q1 2026,2026-01-01,2026-03-31,,,,,',
      'Key result,K1,O1,Grow,,,,increase,0,10,,',
      ...dates.map((date, index) => `Check-in,,K1,,,,,,,,"${date}",${index + 1}`),
    ].join('\r\n');

  it('reports a day/month its column never decides, naming the row and the column', async () => {
    const imported = await plan('okr.csv', utf8(template(['03/02/2026', '04/02/2026'])));
    expect(imported.checkIns).toEqual([]);
    expect(problemsOf(imported)).toEqual([
      {
        row: 4,
        field: 'Date',
        message:
          '"03/02/2026" could be 2026-02-03 or 2026-03-02: no date in column "Date" or elsewhere in the file has a day above 12 to tell day/month from month/day. Write it as YYYY-MM-DD.',
      },
      expect.objectContaining({ row: 5, field: 'Date' }),
      objectiveWithoutTeam(2),
    ]);
  });

  it('decides day/month from the rest of the column (day first, or US month first)', async () => {
    const dayFirst = await plan('okr.csv', utf8(template(['03/02/2026', '14/02/2026'])));
    expect(dayFirst.checkIns.map((c) => c.draft.at.slice(0, 10))).toEqual([
      '2026-02-03',
      '2026-02-14',
    ]);
    const monthFirst = await plan('okr.csv', utf8(template(['2/3/2026', '2/14/2026'])));
    expect(monthFirst.checkIns.map((c) => c.draft.at.slice(0, 10))).toEqual([
      '2026-02-03',
      '2026-02-14',
    ]);
  });

  it('reports a column that mixes day-first and month-first dates', async () => {
    const imported = await plan(
      'okr.csv',
      utf8(template(['13/02/2026', '2/14/2026', '03/02/2026'])),
    );
    expect(imported.checkIns.map((c) => c.draft.at.slice(0, 10))).toEqual([
      '2026-02-13',
      '2026-02-14',
    ]);
    expect(problemsOf(imported)[0]?.message).toMatch(
      /column "Date" has dates written day first and others month first/,
    );
  });

  it('reports a number whose decimal mark nothing in the file shows, and what is accepted', async () => {
    const csv = [
      'Type,Id,Parent,Title,Cycle,Cycle start,Cycle end,Kind,Start,Target',
      'Objective,O1,,Win,Q1 2026,2026-01-01,2026-03-31,,,',
      'Key result,K1,O1,Grow,,,,increase,0,"1,500"',
      'Key result,K2,O1,Shrink,,,,decrease,10,seven',
    ].join('\n');
    const imported = await plan('okr.csv', utf8(csv));
    expect(imported.keyResults).toEqual([]);
    expect(problemsOf(imported)).toEqual([
      {
        row: 3,
        field: 'Target',
        message:
          '"1,500" could be 1500 or 1.5: no other number in the file shows whether "," or "." marks the decimals. Write it without the thousands separator (e.g. 1500).',
      },
      {
        row: 4,
        field: 'Target',
        message:
          '"seven" is not a number (accepted: 12.5, 12,5, 1,234.5, 1.234,5, 1 234,5, 25%, $1,200, 1.2M, 450k, €3.5m, $2bn, 12K users).',
      },
      objectiveWithoutTeam(2),
    ]);
  });
});

describe('workbooks as people keep them', () => {
  it('finds the data tab after an instructions tab, its header below title rows; date and percent cells read as shown', async () => {
    const workbook = await excelWorkbook([
      { name: 'How to fill this in', rows: [['Fill one row per objective.'], ['Dates as dates.']] },
      {
        name: 'OKRs',
        rows: [
          ['Team OKRs 2026'],
          [],
          [
            'Type',
            'Id',
            'Parent',
            'Title',
            'Cycle',
            'Cycle start',
            'Cycle end',
            'Kind',
            'Start',
            'Target',
            'Unit',
            'Date',
            'Value',
          ],
          ['Objective', 'O1', undefined, 'Win', 'Q1 2026', { date: 46023 }, { date: 46112 }],
          [
            'Key result',
            'K1',
            'O1',
            'Share of teams',
            undefined,
            undefined,
            undefined,
            'increase',
            { percent: 0.25 },
            { percent: 0.6 },
            '%',
          ],
          [
            'Check-in',
            undefined,
            'K1',
            undefined,
            undefined,
            undefined,
            undefined,
            undefined,
            undefined,
            undefined,
            undefined,
            { date: 46053 },
            { percent: 0.325 },
          ],
        ],
        trailingEmptyRows: 40,
      },
    ]);
    const imported = await plan('okr.xlsx', workbook);
    expect(imported.cycles.map((c) => [c.draft.start, c.draft.end])).toEqual([
      ['2026-01-01', '2026-03-31'],
    ]);
    expect(
      imported.keyResults.map((k) => [k.draft.start, k.draft.target, k.draft.current]),
    ).toEqual([[25, 60, 32.5]]);
    expect(imported.checkIns.map((c) => c.draft.at)).toEqual(['2026-01-31T12:00:00Z']);
    expect(problemsOf(imported)).toEqual([
      {
        row: undefined,
        field: undefined,
        message:
          'Read from the sheet "OKRs"; the sheet "How to fill this in" is not read (no header in that layout).',
      },
      {
        row: 3,
        field: undefined,
        message: 'The header is on row 3; the rows above it are not read.',
      },
      objectiveWithoutTeam(4),
    ]);
  });

  it('reads dates of a workbook in the 1904 date system', async () => {
    const workbook = await excelWorkbook(
      [
        {
          name: 'OKRs',
          rows: [
            ['Type', 'Id', 'Title', 'Parent', 'Cycle', 'Cycle start', 'Cycle end'],
            ['Objective', 'O1', 'Win', undefined, 'Q1 2026', { date: 44561 }, { date: 44650 }],
          ],
        },
      ],
      { date1904: true },
    );
    const imported = await plan('okr.xlsx', workbook);
    expect(imported.cycles.map((c) => [c.draft.start, c.draft.end])).toEqual([
      ['2026-01-01', '2026-03-31'],
    ]);
  });

  it('reads a workbook whose elements carry a namespace prefix (as the Open XML SDK writes them)', async () => {
    const zip = await JSZip.loadAsync(
      await excelWorkbook([
        {
          name: 'OKRs',
          rows: [
            ['Objective', 'Key result', 'Quarter', 'Target'],
            ['Win', 'Deals', 'Q1 2026', 10],
          ],
        },
      ]),
    );
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/sharedStrings.xml']) {
      const xml = await zip.file(part)!.async('string');
      zip.file(
        part,
        xml.replace(/<(\/?)(?!\?)([a-zA-Z])/g, '<$1x:$2').replace(/xmlns=/, 'xmlns:x='),
      );
    }
    const imported = await plan('okrs.xlsx', await zip.generateAsync({ type: 'uint8array' }));
    expect(imported.keyResults.map((k) => [k.draft.title, k.draft.target])).toEqual([
      ['Deals', 10],
    ]);
  });

  it('says what to do with an Excel 97-2003 workbook or an OpenDocument spreadsheet', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readImportFile('okrs.xls', ole)).rejects.toThrow(
      /okrs\.xls: is an Excel 97-2003 workbook \(\.xls\) or a password-protected workbook.*save it as an Excel Workbook \(\.xlsx\)/,
    );
    const ods = new JSZip();
    ods.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    ods.file('content.xml', '<office:document-content/>');
    await expect(
      readImportFile('okrs.ods', await ods.generateAsync({ type: 'uint8array' })),
    ).rejects.toThrow(/is an OpenDocument spreadsheet \(\.ods\)/);
  });

  it('names a file that is no spreadsheet for what it is, and what to import instead', async () => {
    const refusal = (name: string, bytes: Uint8Array) =>
      readImportFile(name, bytes).then(
        () => 'read',
        (error: Error) => error.message,
      );
    const text = (value: string) => new TextEncoder().encode(value);
    expect(await refusal('okrs.pdf', text('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toMatch(
      /^okrs\.pdf: is a PDF document, not a spreadsheet: .* Export them from the tool that made it as CSV or Excel\. Import a Viva Goals/,
    );
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await refusal('board.png', png)).toMatch(
      /^board\.png: is a PNG image, not a spreadsheet\./,
    );
    expect(await refusal('photo.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toMatch(
      /^photo\.jpg: is a JPEG image/,
    );
    expect(
      await refusal(
        'objectives_export_file_1.json',
        text('\ufeff[\r\n  {"ID": 1, "Title": "Grow"}]'),
      ),
    ).toBe(
      'objectives_export_file_1.json: is one file of a Viva Goals organisation export. Import the whole export: the .zip file as Viva Goals gave it (it holds the objectives, check-ins, teams and time periods together), not one file taken out of it.',
    );
    expect(await refusal('okrs.json', text('{"objectives": []}'))).toMatch(
      /^okrs\.json: is a JSON file with no list of records in it: the import reads JSON inside a Viva Goals organisation export \(\.zip\), or a file of goal records/,
    );
    const zipOf = async (parts: string[]) => {
      const zip = new JSZip();
      for (const part of parts) zip.file(part, '<x/>');
      return zip.generateAsync({ type: 'uint8array' });
    };
    expect(
      await refusal('okrs.docx', await zipOf(['[Content_Types].xml', 'word/document.xml'])),
    ).toMatch(/^okrs\.docx: is a Word document, not a spreadsheet\. If your OKRs are in a table/);
    expect(
      await refusal('okrs.xlsb', await zipOf(['[Content_Types].xml', 'xl/workbook.bin'])),
    ).toMatch(/^okrs\.xlsb: is an Excel Binary Workbook \(\.xlsb\).*save it as an Excel Workbook/);
    expect(
      await refusal(
        'okrs.numbers',
        await zipOf(['Index/Document.iwa', 'Metadata/Properties.plist']),
      ),
    ).toMatch(/^okrs\.numbers: is an Apple Numbers spreadsheet.*File > Export To > Excel/);
    // A CSV whose first cell is in square brackets is still read as a CSV, not as JSON.
    expect(await refusal('okrs.csv', text('[Objective],Key result,Target\nGrow,ARR,3\n'))).toMatch(
      /^okrs\.csv, row 1: is not a file the import knows: the file has the headers "\[Objective\]"/,
    );
  });

  it('calls a file of blank rows empty, as it does a file of no bytes', async () => {
    const text = (value: string) => new TextEncoder().encode(value);
    await expect(readImportFile('okrs.csv', text('\ufeff'))).rejects.toThrow(
      /^okrs\.csv: is empty: it has no rows with anything in them\. Import a Viva Goals/,
    );
    await expect(readImportFile('okrs.csv', text('\r\n\r\n ; ;\r\n'))).rejects.toThrow(
      /^okrs\.csv: is empty: it has no rows with anything in them\./,
    );
    const workbook = await excelWorkbook([
      { name: 'Sheet1', rows: [] },
      { name: 'Sheet2', rows: [['', '']] },
    ]);
    await expect(readImportFile('okrs.xlsx', workbook)).rejects.toThrow(
      /^okrs\.xlsx: is empty: none of its sheets has rows with anything in them\./,
    );
  });

  it('names the headers it found when no tab holds a layout it knows', async () => {
    const workbook = await excelWorkbook([
      { name: 'Notes', rows: [['Read me']] },
      {
        name: 'Data',
        rows: [
          ['Name', 'Amount'],
          ['x', 1],
        ],
      },
    ]);
    await expect(readImportFile('okr.xlsx', workbook)).rejects.toThrow(
      /sheet "Notes" has the headers "Read me"; sheet "Data" has the headers "Name", "Amount"/,
    );
  });
});

describe('Viva Goals explorer exports as views configure them', () => {
  it('reads a view without an Id column, in custom terminology, several parents joined by " / "', async () => {
    const header = explorerHeader.filter((column) => column !== 'Id');
    const row = (values: Record<string, string>) => header.map((column) => values[column] ?? '');
    const rows = [
      header,
      row({
        Title: 'Grow (EMEA)',
        'Object Type': 'Goal',
        Period: 'Q1 2026',
        'Start Date': '2026-01-01',
        'End Date': '2026-03-31',
      }),
      row({
        Title: 'Keep costs',
        'Object Type': 'Theme',
        Period: 'Q1 2026',
        'Start Date': '2026-01-01',
        'End Date': '2026-03-31',
      }),
      row({
        Title: 'Revenue',
        'Object Type': 'Metric',
        Period: 'Q1 2026',
        'Aligned To (weight, Objective ID)':
          'Grow (EMEA)(weight: 60%, Id: 11) / Keep costs(weight: 40%, Id: 12)',
        Start: '0',
        Target: '100',
        Checkins:
          'Checkin Date: 2026-01-15; User: Megan; Note: ok; Status: On Track; Current Value: 20; Activity Date: 2026-01-15 10:00:00 UTC;',
      }),
      row({
        Title: 'Launch',
        'Object Type': 'Action',
        Period: 'Q1 2026',
        'Aligned To (weight, Objective ID)': 'Revenue(weight: , Id: 13)',
      }),
    ];
    const workbook = await excelWorkbook([{ name: 'Explorer', rows }]);
    const source = await readImportFile(
      'VivaGoals_15229_view_2026_01_20_1768900000.xlsx',
      workbook,
    );
    expect(source.items.map((item) => [item.id, item.type])).toEqual([
      ['11', 'objective'],
      ['12', 'objective'],
      ['13', 'keyResult'],
      ['Launch|Q1 2026', 'initiative'],
    ]);
    expect(source.checkIns.map((c) => c.itemId)).toEqual(['13']);
    expect(source.problems.map((p) => p.field)).toContain('Id');
  });

  it('takes the id an Id cell shows when it is a HYPERLINK formula saved without its value', async () => {
    const rows = [
      ['Id', 'Title', 'Object Type', 'Period', 'Start Date', 'End Date'],
      [
        { formula: 'HYPERLINK("https://goals.microsoft.com/okr/2295704","2295704")' },
        'Win',
        'Objective',
        'Q1 2026',
        '2026-01-01',
        '2026-03-31',
      ],
    ];
    const source = await readImportFile(
      'explorer.xlsx',
      await excelWorkbook([{ name: 'Explorer', rows }]),
    );
    expect(source.items.map((item) => item.id)).toEqual(['2295704']);
  });
});
