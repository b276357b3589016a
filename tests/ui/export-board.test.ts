import JSZip from 'jszip';
import type { Board } from '../../src/store/repository';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { buildBoardView } from '../../src/ui/board/boardView';
import { boardCsv, boardTable, boardXlsx, exportedMessage } from '../../src/ui/board/exportBoard';
import { readXlsxSheets } from '../../src/migrate/xlsx';
import { planImport, readImportFile } from '../../src/migrate';

const owner = { id: 'u1', displayName: '@Pat' };
const board: Board = {
  cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31', state: 'active' },
  teams: [{ id: 't1', name: '+Growth' }],
  objectives: [
    {
      id: 'o1',
      cycleId: 'q1',
      teamId: 't1',
      title: '=HYPERLINK("http://evil.example","Click")',
      description: '',
      commitment: 'committed',
      state: 'active',
      owner,
    },
  ],
  keyResults: [
    {
      id: 'k1',
      objectiveId: 'o1',
      title: '-2+3 churn & <tags>',
      kind: 'increase',
      start: 0,
      target: 40,
      current: 10,
      unit: '\tcustomers',
      weight: 1,
      owner,
      confidence: 7,
    },
  ],
  initiatives: [],
};
const teams = buildBoardView(board, defaultOperatingModel, '2026-02-15');

describe('exporting the board', () => {
  it('writes CSV a spreadsheet opens as data: formula starts prefixed, numbers as numbers', () => {
    const [, row] = boardCsv(teams, board.cycle).split('\r\n');
    expect(row).toBe(
      `"'+Growth","'=HYPERLINK(""http://evil.example"",""Click"")","'-2+3 churn & <tags>","Increase",0,40,10,"'\tcustomers",25,"Off track",7,"'@Pat",,,"'@Pat",,,"Q1","2026-01-01","2026-03-31","Committed",`,
    );
  });

  it('writes a workbook whose text is text cells and numbers number cells, never formulas', async () => {
    const blob = await boardXlsx(teams, { ...board.cycle, name: 'Growth: Q1 / 2026 [all]' });
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toMatch(/<sheet [^>]*name="Growth {2}Q1 {3}2026 {2}all "/);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).not.toMatch(/<f[ >]/);
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    const texts = [...(sheet + strings).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map(([, text]) =>
      text!
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        'Objective',
        '=HYPERLINK("http://evil.example","Click")',
        '-2+3 churn & <tags>',
        '@Pat',
      ]),
    );
    const numberCells = [
      ...sheet.matchAll(/<c r="([A-Z]+2)"(?![^>]*t=)[^>]*><v>([^<]*)<\/v>/g),
    ].map(([, ref, value]) => [ref, value]);
    expect(numberCells).toEqual(
      expect.arrayContaining([
        ['F2', '40'],
        ['I2', '25'],
        ['K2', '7'],
      ]),
    );
    // The title row stays in view while scrolling.
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  });

  it('reads back through the import with each current value dated by its last check-in', async () => {
    const checkedIn = buildBoardView(
      {
        ...board,
        keyResults: board.keyResults.map((kr) => ({
          ...kr,
          lastCheckInAt: '2026-02-09T10:00:00Z',
        })),
      },
      defaultOperatingModel,
      '2026-02-15',
    );
    const csv = new TextEncoder().encode(boardCsv(checkedIn, board.cycle));
    const source = await readImportFile('board.csv', csv, undefined, { fileDate: '2026-03-20' });
    const plan = planImport(source, { today: '2026-03-20', rules: defaultOperatingModel });
    expect(
      plan.checkIns.map((checkIn) => [checkIn.draft.value, checkIn.draft.at.slice(0, 10)]),
    ).toEqual([[10, '2026-02-09']]);
    expect(plan.problems.map((problem) => problem.message).join('\n')).not.toMatch(
      /Last check-in|check-ins dated/,
    );
  });

  it('keeps an objective without key results, and each objective’s owner, description and scores, through the import', async () => {
    const closed: Board = {
      ...board,
      teams: [{ id: 't1', name: 'Growth' }],
      objectives: [
        {
          ...board.objectives[0]!,
          title: 'Win the mid-market',
          description: 'Where our growth is this year',
          owner: { id: 'u2', displayName: 'Megan Bowen' },
          score: 0.6,
        },
        {
          ...board.objectives[0]!,
          id: 'o2',
          title: 'Open the Nordics',
          description: 'A first office in Oslo',
        },
      ],
      keyResults: [{ ...board.keyResults[0]!, title: 'New logos', owner, score: 0.7 }],
    };
    const view = buildBoardView(closed, defaultOperatingModel, '2026-02-15');
    const rows = boardCsv(view, board.cycle).split('\r\n');
    expect(rows).toHaveLength(4); // the header, a KR, the objective without any, and the end
    expect(rows[2]).toBe(
      `"Growth","Open the Nordics",,,,,,,,,,,,,"'@Pat",,"A first office in Oslo","Q1","2026-01-01","2026-03-31","Committed",`,
    );

    const csv = new TextEncoder().encode(boardCsv(view, board.cycle));
    const source = await readImportFile('board.csv', csv, undefined, { fileDate: '2026-03-20' });
    const plan = planImport(source, { today: '2026-03-20', rules: defaultOperatingModel });
    expect(
      plan.objectives.map(({ draft }) => [
        draft.title,
        draft.description,
        draft.owner?.displayName,
        draft.score,
      ]),
    ).toEqual([
      ['Win the mid-market', 'Where our growth is this year', 'Megan Bowen', 0.6],
      ['Open the Nordics', 'A first office in Oslo', '@Pat', undefined],
    ]);
    expect(plan.keyResults.map(({ draft }) => [draft.title, draft.score])).toEqual([
      ['New logos', 0.7],
    ]);
  });

  it('sizes each workbook column to its longest cell, within a width that still reads', async () => {
    const long = { ...board, objectives: [{ ...board.objectives[0]!, title: 'x'.repeat(200) }] };
    const view = buildBoardView(long, defaultOperatingModel, '2026-02-15');
    const zip = await JSZip.loadAsync(await (await boardXlsx(view, board.cycle)).arrayBuffer());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const widths = [...sheet.matchAll(/<col min="(\d+)"[^>]*width="(\d+)"/g)].map(
      ([, column, width]) => [Number(column), Number(width)],
    );
    // Team is as wide as its title; Objective stops at 60; Key result fits its 19 characters.
    expect(widths.slice(0, 3)).toEqual([
      [1, 10],
      [2, 60],
      [3, 21],
    ]);
  });

  it('writes each objective’s commitment and the title of the objective it aligns to, and reads them back', async () => {
    const aligned: Board = {
      ...board,
      teams: [
        { id: 't1', name: 'Growth' },
        { id: 't2', name: 'Company' },
      ],
      objectives: [
        {
          ...board.objectives[0]!,
          title: 'Open the Nordics',
          commitment: 'aspirational',
          parentId: 'o2',
        },
        { ...board.objectives[0]!, id: 'o2', teamId: 't2', title: 'Grow abroad' },
      ],
    };
    const view = buildBoardView(aligned, defaultOperatingModel, '2026-02-15');
    const [header, ...rows] = boardTable(view, board.cycle);
    expect(header!.slice(-2)).toEqual(['Commitment', 'Aligns to']);
    expect(rows.map((row) => [row[1], ...row.slice(-2)])).toEqual([
      ['Open the Nordics', 'Aspirational', 'Grow abroad'],
      ['Grow abroad', 'Committed', undefined],
    ]);

    for (const [name, bytes] of [
      ['board.csv', new TextEncoder().encode(boardCsv(view, board.cycle))],
      ['board.xlsx', new Uint8Array(await (await boardXlsx(view, board.cycle)).arrayBuffer())],
    ] as const) {
      const source = await readImportFile(name, bytes, undefined, { fileDate: '2026-03-20' });
      const plan = planImport(source, { today: '2026-03-20', rules: defaultOperatingModel });
      const titleOf = new Map(
        plan.objectives.map(({ sourceId, draft }) => [sourceId, draft.title]),
      );
      expect(
        plan.objectives.map(({ draft }) => [
          draft.title,
          draft.commitment,
          titleOf.get(draft.parentId ?? ''),
        ]),
      ).toEqual([
        ['Open the Nordics', 'aspirational', 'Grow abroad'],
        ['Grow abroad', 'committed', undefined],
      ]);
      expect(plan.problems.map((problem) => problem.message).join('\n')).not.toMatch(
        /Commitment|Aligns to|not read/,
      );
    }
  });

  it('writes the workbook’s dates as date cells, which the import reads back as those days', async () => {
    const checkedIn = buildBoardView(
      {
        ...board,
        keyResults: board.keyResults.map((kr) => ({
          ...kr,
          lastCheckInAt: '2026-02-09T10:00:00Z',
        })),
      },
      defaultOperatingModel,
      '2026-02-15',
    );
    const blob = await boardXlsx(checkedIn, board.cycle);
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const styles = await zip.file('xl/styles.xml')!.async('string');
    // Last check-in, Cycle start, Cycle end: Excel's serial numbers for those days.
    const cells = ['M2', 'S2', 'T2'].map((reference) => {
      const cell = new RegExp(`<c r="${reference}"([^>]*)><v>([^<]*)</v>`).exec(sheet);
      return [cell?.[1]?.includes('t=') ?? true, Number(cell?.[2])];
    });
    expect(cells).toEqual([
      [false, 46062],
      [false, 46023],
      [false, 46112],
    ]);
    expect(styles).toMatch(/formatCode="yyyy-mm-dd"/);
    const files = await Promise.all(
      Object.values(zip.files)
        .filter((file) => !file.dir)
        .map(async (file) => ({ name: file.name, text: await file.async('string') })),
    );
    const [read] = readXlsxSheets(files);
    expect([12, 18, 19].map((column) => read!.rows[1]!.fields[column])).toEqual([
      '2026-02-09',
      '2026-01-01',
      '2026-03-31',
    ]);
  });

  it('reads back into the board’s own cycle, whenever it is exported', async () => {
    const sprint = { ...board.cycle, name: 'Sprint 7', start: '2026-01-05', end: '2026-02-13' };
    const csv = new TextEncoder().encode(boardCsv(teams, sprint));
    const source = await readImportFile('board.csv', csv, undefined, { fileDate: '2026-05-02' });
    const plan = planImport(source, { today: '2026-05-02', rules: defaultOperatingModel });
    expect(plan.cycles.map(({ draft }) => [draft.name, draft.start, draft.end])).toEqual([
      ['Sprint 7', '2026-01-05', '2026-02-13'],
    ]);
    expect(plan.problems.map((problem) => problem.message).join('\n')).not.toMatch(/cycle/i);
  });
});

describe('the message after an export', () => {
  it.each([
    [3, 0, 'Exported 3 key results to Sales, Q1.csv'],
    [1, 2, 'Exported 1 key result and 2 objectives without key results to Sales, Q1.csv'],
    [0, 1, 'Exported 1 objective without key results to Sales, Q1.csv'],
    [0, 0, 'Exported 0 key results to Sales, Q1.csv'],
  ])('%i KRs and %i objectives without any: %s', (keyResults, objectives, message) => {
    expect(exportedMessage(keyResults, 'Sales, Q1.csv', objectives)).toBe(message);
  });
});
