/**
 * A goal list with no type, level or parent column, its key results indented under their
 * objectives in the goal column: by leading spaces or tabs, a bullet or dash, outline numbers
 * written before the titles, or (in a workbook) the cell's own indent. The least-indented rows are
 * objectives, the rows under them key results, deeper rows initiatives; indentation that does not
 * say where a row belongs refuses the file, naming the row and what would place it.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile, type ImportPlan } from '../../src/migrate';
import { problemMessage } from '../../src/migrate/report';
import { reportReader } from '../../src/migrate/report-words';
import { words as german } from '../../src/ui/migrate/words/import-de';
import { excelWorkbook } from './support/workbook';

const inGerman = reportReader(german, 'de-DE');
const options = { today: '2026-08-10', rules: defaultOperatingModel };
const utf8 = (text: string) => new TextEncoder().encode(text);
const readBytes = (name: string, bytes: Uint8Array) =>
  readImportFile(name, bytes, undefined, { fileDate: '2026-08-05' });
const plan = async (name: string, text: string) =>
  planImport(await readBytes(name, utf8(text)), options);

/** Each objective, each key result under its objective, each initiative under its key result. */
const tree = (imported: ImportPlan) => [
  ...imported.objectives.map((o) => o.draft.title),
  ...imported.keyResults.map(
    (k) =>
      `  ${k.draft.title} ∈ ${imported.objectives.find((o) => o.sourceId === k.draft.objectiveId)?.draft.title}`,
  ),
  ...imported.initiatives.map(
    (i) =>
      `    ${i.draft.title} ∈ ${imported.keyResults.find((k) => k.sourceId === i.draft.keyResultId)?.draft.title}`,
  ),
];

const outline = [
  'Grow revenue',
  'Sign 10 new deals',
  'Win 3 logos',
  'Happy customers',
  'NPS to 50',
] as const;
const expected = [
  'Grow revenue',
  'Happy customers',
  '  Sign 10 new deals ∈ Grow revenue',
  '  Win 3 logos ∈ Grow revenue',
  '  NPS to 50 ∈ Happy customers',
];
const values = ['Ann Lee,,', 'Ann Lee,10,2', 'Ann Lee,3,1', 'Ben Ray,,', 'Ben Ray,50,30'];
const sheet = (titles: readonly string[]) =>
  ['Title,Owner,Target,Current', ...titles.map((title, i) => `${title},${values[i]}`)].join('\n');

describe('a goal list indented in its goal column', () => {
  it.each([
    [
      'spaces',
      ['Grow revenue', '  Sign 10 new deals', '  Win 3 logos', 'Happy customers', '  NPS to 50'],
    ],
    [
      'tabs',
      ['Grow revenue', '\tSign 10 new deals', '\tWin 3 logos', 'Happy customers', '\tNPS to 50'],
    ],
    [
      'dashes',
      ['Grow revenue', '- Sign 10 new deals', '- Win 3 logos', 'Happy customers', '- NPS to 50'],
    ],
    [
      'bullets',
      [
        '• Grow revenue',
        '  ◦ Sign 10 new deals',
        '  ◦ Win 3 logos',
        '• Happy customers',
        '  ◦ NPS to 50',
      ],
    ],
    [
      'outline numbers',
      [
        '1 Grow revenue',
        '1.1 Sign 10 new deals',
        '1.2 Win 3 logos',
        '2. Happy customers',
        '2.1 NPS to 50',
      ],
    ],
  ])('reads an outline indented by %s', async (_, titles) => {
    const imported = await plan('okrs.csv', sheet(titles));
    expect(imported.format).toBe('goalTree');
    expect(tree(imported)).toEqual(expected);
    expect(imported.keyResults.map((k) => [k.draft.target, k.draft.owner?.displayName])).toEqual([
      [10, 'Ann Lee'],
      [3, 'Ann Lee'],
      [50, 'Ben Ray'],
    ]);
    expect(imported.problems.filter((p) => p.severity !== 'note')).toEqual([]);
    expect(imported.problems.map((p) => p.message)).toContainEqual(
      'The rows are read as an outline by how far each is indented in column "Title": the least-indented rows are objectives, and the rows indented under them their key results.',
    );
  });

  it('reads rows indented under a key result as its initiatives, and says so', async () => {
    const imported = await plan(
      'okrs.csv',
      [
        'Objective;Owner;Target',
        'Grow revenue;Ann Lee;',
        '  Sign 10 new deals;Ann Lee;10',
        '    - Hire two account executives;Ann Lee;',
        '    - Run a partner webinar;Cy Dee;',
        '  Win 3 logos;Ann Lee;3',
      ].join('\n'),
    );
    expect(tree(imported)).toEqual([
      'Grow revenue',
      '  Sign 10 new deals ∈ Grow revenue',
      '  Win 3 logos ∈ Grow revenue',
      '    Hire two account executives ∈ Sign 10 new deals',
      '    Run a partner webinar ∈ Sign 10 new deals',
    ]);
    expect(imported.problems.map((p) => p.message)).toContainEqual(
      'The rows are read as an outline by how far each is indented in column "Objective": the least-indented rows are objectives, the rows indented under them their key results, and the rows indented deeper initiatives of the key result above them.',
    );
  });

  it("reads a workbook's cell indents (Increase Indent) as the outline", async () => {
    const workbook = await excelWorkbook([
      {
        name: 'OKRs',
        rows: [
          ['OKR', 'Owner', 'Target', 'Current'],
          [outline[0], 'Ann Lee', undefined, undefined],
          [{ text: outline[1], indent: 1 }, 'Ann Lee', 10, 2],
          [{ text: outline[2], indent: 1 }, 'Ann Lee', 3, 1],
          [{ text: 'Hire two account executives', indent: 2 }, 'Ann Lee', undefined, undefined],
          [outline[3], 'Ben Ray', undefined, undefined],
          [{ text: outline[4], indent: 1 }, 'Ben Ray', 50, 30],
        ],
      },
    ]);
    const imported = planImport(await readBytes('okrs.xlsx', workbook), options);
    expect(tree(imported)).toEqual([...expected, '    Hire two account executives ∈ Win 3 logos']);
  });

  it('refuses indentation that leaves a row between two depths, naming the rows', async () => {
    const refused = plan(
      'okrs.csv',
      sheet([
        'Grow revenue',
        '    Sign 10 new deals',
        '    Win 3 logos',
        'Happy customers',
        '    NPS to 50',
      ]) + '\n  Churn under 2%,Ben Ray,2,3',
    );
    await expect(refused).rejects.toThrow(
      'okrs.csv, row 7, field "Title": Row 7 is indented less than row 6 above it, but more than row 5, so what it belongs under is not clear: indent it as far as row 5 or as far as row 6. Nothing is imported until the goal tree holds.',
    );
  });

  it('refuses a first row indented under nothing', async () => {
    await expect(
      plan(
        'okrs.csv',
        sheet([
          '  Sign 10 new deals',
          'Grow revenue',
          '  Win 3 logos',
          'Happy customers',
          '  NPS to 50',
        ]),
      ),
    ).rejects.toThrow(
      'okrs.csv, row 2, field "Title": Row 2 is indented, but no row above it is less indented for it to sit under',
    );
  });

  it('still refuses a goal column with nothing to place its goals, indented or otherwise', async () => {
    await expect(plan('okrs.csv', sheet(outline))).rejects.toThrow(
      'okrs.csv, row 1: is not a file the import knows: the file has the headers "Title", "Owner", "Target", "Current".',
    );
  });
});

describe('a goal list written as an outline without a header row', () => {
  const headerless = [
    'Grow revenue',
    '  Sign 10 new deals',
    '    Hire two account executives',
    '  Win 3 logos',
    'Happy customers',
    '  NPS to 50',
  ] as const;
  const read = [...expected, '    Hire two account executives ∈ Sign 10 new deals'];
  const saidInEnglish =
    'The file has no header row: it is read as an outline by how far each row is indented, the first row the first objective. The least-indented rows are objectives, the rows indented under them their key results, and the rows indented deeper initiatives of the key result above them.';

  it.each([
    ['a .txt indented by spaces', 'okrs.txt', headerless],
    ['a .txt indented by tabs', 'okrs.txt', headerless.map((row) => row.replace(/ {2}/g, '\t'))],
    [
      'a .txt of bullets',
      'okrs.txt',
      headerless.map((row) => row.replace(/^(\s*)/, (space) => `${space}${space ? '- ' : '• '}`)),
    ],
    ['a one-column .csv', 'okrs.csv', headerless],
  ])('reads %s, its first row the first objective', async (_, name, rows) => {
    const imported = await plan(name, rows.join('\n'));
    expect(imported.format).toBe('goalTree');
    expect(tree(imported)).toEqual(read);
    expect(imported.problems.filter((p) => p.severity !== 'note')).toEqual([]);
    expect(imported.problems.map((p) => p.message)).toContainEqual(saidInEnglish);
  });

  it("reads a one-column workbook's cell indents", async () => {
    const workbook = await excelWorkbook([
      {
        name: 'OKRs',
        rows: [
          [headerless[0]],
          [{ text: headerless[1].trim(), indent: 1 }],
          [{ text: headerless[2].trim(), indent: 2 }],
          [{ text: headerless[3].trim(), indent: 1 }],
          [headerless[4]],
          [{ text: headerless[5].trim(), indent: 1 }],
        ],
      },
    ]);
    const imported = planImport(await readBytes('okrs.xlsx', workbook), options);
    expect(tree(imported)).toEqual(read);
  });

  it('reads a German .txt whose titles have commas, and says so in German', async () => {
    const ziele = [
      'Kunden begeistern',
      '  NPS von 30 auf 45',
      '  Abwanderung von 8 % auf 5 %',
      'Umsatz steigern',
      '  Umsatz von 1,2 Mio. € auf 1,5 Mio. €',
    ].join('\n');
    const imported = planImport(
      await readImportFile('ziele.txt', utf8(ziele), undefined, {
        fileDate: '2026-08-05',
        locale: 'de-DE',
      }),
      options,
    );
    expect(tree(imported)).toEqual([
      'Kunden begeistern',
      'Umsatz steigern',
      '  NPS von 30 auf 45 ∈ Kunden begeistern',
      '  Abwanderung von 8 % auf 5 % ∈ Kunden begeistern',
      '  Umsatz von 1,2 Mio. € auf 1,5 Mio. € ∈ Umsatz steigern',
    ]);
    expect(imported.problems.map((p) => problemMessage(p, inGerman))).toContainEqual(
      'Die Datei hat keine Kopfzeile: Sie wird als Gliederung danach gelesen, wie weit jede Zeile eingerückt ist, die erste Zeile als erstes Objective. Die am wenigsten eingerückten Zeilen sind Objectives, die darunter eingerückten deren Key Results.',
    );
  });

  it.each([
    ['okrs.txt', outline.join('\n')],
    ['okrs.csv', outline.join('\n')],
  ])('still refuses %s of one column with nothing indented', async (name, text) => {
    await expect(plan(name, text)).rejects.toThrow(
      `${name}, row 1: is not a file the import knows: the file has the headers "Grow revenue".`,
    );
  });

  it('still refuses rows in more than one column, or a first row indented', async () => {
    await expect(
      plan('okrs.csv', ['Grow revenue,Ann Lee', '  Sign 10 new deals,Ann Lee'].join('\n')),
    ).rejects.toThrow('is not a file the import knows');
    await expect(
      plan('okrs.txt', ['  Grow revenue', 'Sign 10 new deals', '  Win 3 logos'].join('\n')),
    ).rejects.toThrow('is not a file the import knows');
  });
});
