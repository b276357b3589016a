/**
 * What the import says of a whole file, in German, French and Spanish with its values filled in
 * and no English left: a file it refuses (a Word document, a PDF, an image, a ZIP that is no
 * workbook, an empty or encrypted file, a goal list it cannot place, a broken Viva Goals export),
 * each kind of file it reads instead, and its notes on the whole file.
 */
import JSZip from 'jszip';
import { ImportFileError, readImportFile, type ImportProblem } from '../../src/migrate';
import { parseGoalTree } from '../../src/migrate/goal-tree';
import { parseOwnSheet } from '../../src/migrate/own-sheet';
import { kindsAccepted } from '../../src/migrate/source';
import { parseTemplate } from '../../src/migrate/template';
import { parseExplorer } from '../../src/migrate/viva/explorer';
import { SheetValues } from '../../src/migrate/sheet';
import { parseWideSheet } from '../../src/migrate/wide-sheet';
import { vivaFileName, vivaRecords, vivaZip } from './fixtures';
import { notSaid } from './support/not-said';
import { planSheet, utf8 } from './support/sheet-plan';
import { excelWorkbook } from './support/workbook';

const zipOf = (parts: Record<string, string>) => {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
};

/**
 * A refusal as the page says it: its problem's sentences, and what the file is where the page
 * says that above the kinds of file the import reads.
 */
const refused = (error: unknown): ImportProblem => {
  expect(error).toBeInstanceOf(ImportFileError);
  const { problem, unknown } = error as ImportFileError;
  const said = [...(problem.said ?? []), ...(unknown?.said ? [unknown.said] : [])];
  return { ...problem, ...(said.length ? { said } : {}) };
};

const refusalOf = async (
  name: string,
  bytes: Uint8Array | Promise<Uint8Array>,
  limits?: Parameters<typeof readImportFile>[2],
): Promise<ImportProblem> =>
  refused(
    await readImportFile(name, await bytes, limits).then(
      () => undefined,
      (error: unknown) => error,
    ),
  );

const bytes = (...values: number[]) => new Uint8Array([...values, 0x20, 0x20, 0x20, 0x20]);

it.each([
  ['a Word document', 'OKRs.docx', () => zipOf({ 'word/document.xml': '<w:document/>' })],
  ['a PowerPoint deck', 'OKRs.pptx', () => zipOf({ 'ppt/presentation.xml': '<p:presentation/>' })],
  ['an Excel Binary Workbook', 'OKRs.xlsb', () => zipOf({ 'xl/workbook.bin': 'x' })],
  ['an Apple Numbers spreadsheet', 'OKRs.numbers', () => zipOf({ 'Index/Document.iwa': 'x' })],
  [
    'an OpenDocument spreadsheet',
    'OKRs.ods',
    () => zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '' }),
  ],
  ['a ZIP that is no workbook', 'photos.zip', () => zipOf({ 'readme.md': 'Holiday' })],
  ['a ZIP cut off', 'export.zip', async () => (await vivaZip()).slice(0, 200)],
  ['a ZIP holding an empty sheet', 'okrs.zip', () => zipOf({ 'okrs.csv': '' })],
  [
    'an encrypted workbook',
    'OKRs.xlsx',
    async () => bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
  ],
  ['a PDF', 'OKRs.pdf', async () => utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
  ['a PNG image', 'board.png', async () => bytes(0x89, 0x50, 0x4e, 0x47)],
  ['a JPEG image', 'board.jpg', async () => bytes(0xff, 0xd8, 0xff, 0xe0)],
  ['a GIF image', 'board.gif', async () => bytes(0x47, 0x49, 0x46, 0x38)],
  ['a web page named .xls', 'Jira.xls', async () => utf8('<html><table><tr><td>x</td></tr>')],
  ['one file of a Viva Goals export', vivaFileName('objectives'), async () => utf8('[{"ID": 1}]')],
  ['JSON with no records', 'okrs.json', async () => utf8('{"objectives": []}')],
  ['an empty file', 'okrs.csv', async () => new Uint8Array()],
  ['a file of blank rows', 'okrs.csv', async () => utf8('\ufeff\r\n;;\r\n  \r\n')],
  [
    'a workbook of empty tabs',
    'okrs.xlsx',
    () =>
      excelWorkbook([
        { name: 'Q1', rows: [] },
        { name: 'Q2', rows: [] },
      ]),
  ],
  [
    'a file cut off inside a quoted cell',
    'okrs.csv',
    async () => utf8('Objective,Key result,Notes\r\nGrow,Deals,"Half a no'),
  ],
  ['a header with no rows', 'okrs.csv', async () => utf8('Objective;Key result\r\n;;\r\n')],
  [
    'a goal list that nothing places',
    'goals.csv',
    async () => utf8('No.,Goal name,Type,Level\n1,Grow,Number,Company\n2,Ship,Percentage,Team\n'),
  ],
  ['a sheet of no layout the import knows', 'notes.csv', async () => utf8('Name,Budget\nAna,3')],
  [
    'a sheet of no layout under a title row, one column short of your own sheet',
    'okrs.csv',
    async () => utf8('OKRs 2026\nObjective,Owner,Due\nGrow,Ana,2026-03-31'),
  ],
  [
    'a workbook of tabs the import does not read, one of many headers, one empty',
    'okrs.xlsx',
    () =>
      excelWorkbook([
        { name: 'Budget', rows: [Array.from({ length: 14 }, (_, at) => `Column ${at + 1}`)] },
        {
          name: 'Goals',
          rows: [
            ['Goal name', 'Owner'],
            ['Grow', 'Ana'],
          ],
        },
        { name: 'Empty', rows: [] },
      ]),
  ],
  [
    'a broken Viva Goals objectives file',
    'export.zip',
    () => vivaZip(vivaRecords, { [vivaFileName('checkins', 2)]: '[{"ID": 1,' }),
  ],
  [
    'a Viva Goals objectives file that holds no array',
    'export.zip',
    () => vivaZip(vivaRecords, { [vivaFileName('checkins', 2)]: '{"ID": 1}' }),
  ],
])('refuses %s in every language', async (_case, name, file) => {
  expect(notSaid([await refusalOf(name, file())])).toEqual([]);
});

it('refuses a file over the size limit and a ZIP bomb in every language', async () => {
  const limits = { maxFileBytes: 1e6, maxUncompressedBytes: 1e6 };
  const bomb = vivaZip(
    { objectives: [] },
    { [vivaFileName('objectives', 2)]: `[${' '.repeat(2_000_000)}]` },
  );
  expect(
    notSaid([
      await refusalOf('huge.csv', new Uint8Array(2e6), limits),
      await refusalOf('bomb.zip', bomb, limits),
    ]),
  ).toEqual([]);
});

it('refuses each sheet layout with nothing in it in every language', () => {
  const empty = [
    () => parseGoalTree('okrs.csv', []),
    () => parseOwnSheet('okrs.csv', []),
    () => parseTemplate('okrs.csv', []),
    () => parseWideSheet('okrs.csv', [], new SheetValues()),
    () => parseExplorer('okrs.csv', []),
  ].map((parse) => {
    try {
      parse();
    } catch (error) {
      return refused(error);
    }
    throw new Error('an empty sheet was read');
  });
  expect(notSaid(empty)).toEqual([]);
});

it('refuses an explorer export without its columns in every language', () => {
  const refusal = (() => {
    try {
      parseExplorer('explorer.csv', [{ line: 1, fields: ['Id', 'Title', 'Owner'] }]);
    } catch (error) {
      return refused(error);
    }
    throw new Error('read an explorer export without "Object Type"');
  })();
  expect(refusal.field).toBe('Object Type');
  expect(notSaid([refusal])).toEqual([]);
});

it('names the rows of a header-less outline it cannot place, not a column it does not have', async () => {
  const refusal = await refusalOf(
    'goals.txt',
    utf8(['Grow', '    Deals', '  Odd', 'Win', '      Deep', '    Lost'].join('\n')),
  );
  expect(refusal.field).toBeUndefined();
  expect(refusal.message).not.toMatch(/Goal/);
  expect(refusal.message).toMatch(/row 2\. Row 6 is indented less than row 5/);
  expect(notSaid([refusal])).toEqual([]);
});

it('says each kind of file the import reads in every language, an indented outline among them', () => {
  expect(kindsAccepted).toContainEqual(expect.stringMatching(/^An outline of goals in one column/));
  expect(
    notSaid(
      kindsAccepted.map((kind) => ({
        file: 'okrs.docx',
        message: kind,
        said: [{ text: kind }],
        severity: 'error',
      })),
    ),
  ).toEqual([]);
});

it.each([
  [
    'JSON records read as rows',
    'goals.json',
    utf8('[{"Objective": "Grow", "Key result": "Deals", "Quarter": "Q1 2026"}]'),
  ],
  [
    'a file in Windows-1252',
    'okrs.csv',
    new Uint8Array([
      ...utf8('Objective,Key result,Quarter\nGr'),
      0xfc,
      ...utf8('n,Deals,Q1 2026\n'),
    ]),
  ],
  [
    'a workbook of several tabs',
    'okrs.xlsx',
    excelWorkbook([
      { name: 'Read me', rows: [['How to fill this in']] },
      {
        name: 'Q1 2026',
        rows: [
          ['Objective', 'Key result'],
          ['Grow', 'Deals'],
        ],
      },
      {
        name: 'Q2 2026',
        rows: [
          ['Objective', 'Key result'],
          ['Win', 'Logos'],
        ],
      },
    ]),
  ],
])('says its notes on %s in every language', async (_case, name, file) => {
  const { problems } = await planSheet(name, await file);
  const whole = problems.filter((problem) => problem.row === undefined || problem.file === name);
  expect(whole.length).toBeGreaterThan(0);
  expect(notSaid(whole)).toEqual([]);
});
