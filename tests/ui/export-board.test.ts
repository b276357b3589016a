import JSZip from 'jszip';
import type { Board } from '../../src/store/repository';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { buildBoardView } from '../../src/ui/board/boardView';
import {
  alignedElsewhere,
  boardCsv,
  boardTable,
  boardXlsx,
  exportedMessage,
} from '../../src/ui/board/exportBoard';
import type { Objective } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import { readXlsxSheets } from '../../src/migrate/xlsx';
import { csvDialectFor } from '../../src/core/csv';
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
      `"'+Growth","'=HYPERLINK(""http://evil.example"",""Click"")","'-2+3 churn & <tags>","Increase",0,40,10,"'\tcustomers",25,"Off track",7,"'@Pat",,,"'@Pat",,,"Q1","2026-01-01","2026-03-31","Committed",,,,,,,`,
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

  describe('with the initiatives of each key result', () => {
    const withWork: Board = {
      ...board,
      teams: [{ id: 't1', name: 'Growth' }],
      initiatives: [
        {
          id: '21',
          keyResultId: 'k1',
          title: 'Launch the referral programme',
          status: 'inProgress',
          owner: { id: 'u2', displayName: 'Megan Bowen' },
          dueDate: '2026-03-15',
          link: 'https://contoso.sharepoint.com/sites/growth/referrals',
        },
        // Nothing but a title and a status: its line in the other columns is blank.
        { id: '22', keyResultId: 'k1', title: '1. Hire two SDRs', status: 'done' },
        {
          id: '23',
          keyResultId: 'k1',
          title: 'Partner webinars',
          status: 'dropped',
          owner: { id: 'u3', displayName: 'Lee Gu' },
        },
      ],
    };
    const view = buildBoardView(withWork, defaultOperatingModel, '2026-02-15');
    const asImported = (plan: ReturnType<typeof planImport>) =>
      plan.initiatives.map(({ draft, exported }) => [
        draft.title,
        draft.status,
        draft.owner?.displayName ?? draft.owner?.email,
        draft.dueDate,
        draft.link,
        exported?.id,
      ]);
    const written = [
      [
        'Launch the referral programme',
        'inProgress',
        'Megan Bowen',
        '2026-03-15',
        'https://contoso.sharepoint.com/sites/growth/referrals',
        '21',
      ],
      ['1. Hire two SDRs', 'done', undefined, undefined, undefined, '22'],
      ['Partner webinars', 'dropped', 'Lee Gu', undefined, undefined, '23'],
    ];

    it('writes them one a line on their key result’s row, each line’s status, owner, due day and link beside it', () => {
      const [header, row] = boardTable(view, board.cycle, undefined, 'site-a');
      const at = (name: string) => row![header!.indexOf(name)];
      expect(at('Initiatives')).toBe(
        'Launch the referral programme\n1. Hire two SDRs\nPartner webinars',
      );
      expect(at('Initiative status')).toBe('In progress\nDone\nDropped');
      expect(at('Initiative owner')).toBe('Megan Bowen\n\nLee Gu');
      expect(at('Initiative due')).toBe('2026-03-15\n\n');
      expect(at('Initiative id')).toBe('I21\nI22\nI23');
    });

    it.each(['csv', 'xlsx'] as const)(
      'reads them back through the import from %s, line for line, by their ids in the store',
      async (extension) => {
        const bytes =
          extension === 'csv'
            ? new TextEncoder().encode(boardCsv(view, board.cycle, undefined, 'en-US', 'site-a'))
            : new Uint8Array(
                await (await boardXlsx(view, board.cycle, undefined, 'site-a')).arrayBuffer(),
              );
        const source = await readImportFile(`board.${extension}`, bytes, undefined, {
          fileDate: '2026-03-20',
        });
        const plan = planImport(source, { today: '2026-03-20', rules: defaultOperatingModel });
        expect(asImported(plan)).toEqual(written);
        expect(plan.problems.map((problem) => problem.message).join('\n')).not.toMatch(
          /Initiative|ignored/i,
        );
      },
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
      `"Growth","Open the Nordics",,,,,,,,,,,,,"'@Pat",,"A first office in Oslo","Q1","2026-01-01","2026-03-31","Committed",,,,,,,`,
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
    // Before the initiatives' five columns.
    expect(header!.slice(-8, -5)).toEqual(['Commitment', 'Aligns to', 'Aligns to cycle']);
    expect(rows.map((row) => [row[1], ...row.slice(-8, -5)])).toEqual([
      ['Open the Nordics', 'Aspirational', 'Grow abroad', undefined],
      ['Grow abroad', 'Committed', undefined, undefined],
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

  it('names an objective of another cycle it aligns to with that cycle, and reads the alignment back from a file holding both cycles', async () => {
    const year = { id: 'fy', name: 'FY 2026', start: '2026-01-01', end: '2026-12-31' };
    const company: Objective = {
      ...board.objectives[0]!,
      id: 'o9',
      cycleId: 'fy',
      teamId: 't2',
      title: 'Grow abroad',
    };
    const quarter: Board = {
      ...board,
      teams: [{ id: 't1', name: 'Growth' }],
      objectives: [{ ...board.objectives[0]!, title: 'Open the Nordics', parentId: 'o9' }],
    };
    const view = buildBoardView(quarter, defaultOperatingModel, '2026-02-15');
    const elsewhere = new Map([['o9', { title: 'Grow abroad', cycle: 'FY 2026' }]]);
    const [, row] = boardTable(view, board.cycle, elsewhere);
    expect(row!.slice(-8, -5)).toEqual(['Committed', 'Grow abroad', 'FY 2026']);

    // The year's board exported too, both in one file: the quarter's objective aligns to the year's.
    const yearBoard: Board = {
      cycle: { ...year, state: 'active' },
      teams: [{ id: 't2', name: 'Company' }],
      objectives: [company],
      keyResults: [],
      initiatives: [],
    };
    const yearRows = boardCsv(
      buildBoardView(yearBoard, defaultOperatingModel, '2026-02-15'),
      yearBoard.cycle,
    ).split('\r\n');
    const both = `${boardCsv(view, board.cycle, elsewhere)}${yearRows.slice(1).join('\r\n')}`;
    const plan = planImport(
      await readImportFile('boards.csv', new TextEncoder().encode(both), undefined, {
        fileDate: '2026-03-20',
      }),
      { today: '2026-03-20', rules: defaultOperatingModel },
    );
    const byId = new Map(plan.objectives.map(({ sourceId, draft }) => [sourceId, draft]));
    expect(
      plan.objectives.map(({ draft }) => [
        draft.title,
        plan.cycles.find((cycle) => cycle.sourceId === draft.cycleId)?.draft.name,
        byId.get(draft.parentId ?? '')?.title,
      ]),
    ).toEqual([
      ['Open the Nordics', 'Q1', 'Grow abroad'],
      ['Grow abroad', 'FY 2026', undefined],
    ]);

    // The quarter's file alone says which cycle's objective the alignment needs.
    const alone = planImport(
      await readImportFile(
        'board.csv',
        new TextEncoder().encode(boardCsv(view, board.cycle, elsewhere)),
        undefined,
        { fileDate: '2026-03-20' },
      ),
      { today: '2026-03-20', rules: defaultOperatingModel },
    );
    expect(alone.objectives[0]!.draft.parentId).toBeUndefined();
    expect(alone.problems.map((problem) => problem.message)).toContain(
      'It aligns to "Grow abroad" of the cycle "FY 2026", whose objectives are not in the file; the objective is imported without aligning to it. To keep the alignment, import the rows of "FY 2026" in the same file.',
    );
  });

  it('reads the objectives the shown ones align to off the board once, and only those', async () => {
    const year = {
      id: 'fy',
      name: 'FY 2026',
      start: '2026-01-01',
      end: '2026-12-31',
      state: 'active' as const,
    };
    const company: Objective = {
      ...board.objectives[0]!,
      id: 'o9',
      cycleId: 'fy',
      title: 'Grow abroad',
    };
    const sales: Objective = {
      ...board.objectives[0]!,
      id: 'o8',
      teamId: 't3',
      title: 'Win the mid-market',
    };
    const shown: Board = {
      ...board,
      objectives: [
        { ...board.objectives[0]!, title: 'Open the Nordics', parentId: 'o9' },
        { ...board.objectives[0]!, id: 'o2', title: 'Open Iberia', parentId: 'o8' },
        { ...board.objectives[0]!, id: 'o3', title: 'Hire in Madrid', parentId: 'o2' },
      ],
    };
    const view = buildBoardView(shown, defaultOperatingModel, '2026-02-15');
    const loadObjectives = jest.fn(async (ids: readonly string[]) =>
      [company, sales].filter((objective) => ids.includes(objective.id)),
    );
    const listCycles = jest.fn(async () => [board.cycle, year]);
    const repository = { loadObjectives, listCycles } as unknown as OkrRepository;
    // Another team's of the same cycle, read whole by the board (My OKRs): no request for it.
    const found = await alignedElsewhere(view, board.cycle, [sales], repository);
    expect(loadObjectives.mock.calls).toEqual([[['o9']]]);
    expect(listCycles).toHaveBeenCalledTimes(1);
    expect([...found]).toEqual([
      ['o8', { title: 'Win the mid-market' }],
      ['o9', { title: 'Grow abroad', cycle: 'FY 2026' }],
    ]);
    // Every parent on the board: nothing is read.
    loadObjectives.mockClear();
    listCycles.mockClear();
    const onBoard = buildBoardView(
      { ...shown, objectives: shown.objectives.slice(2).concat(shown.objectives[1]!) },
      defaultOperatingModel,
      '2026-02-15',
    );
    expect((await alignedElsewhere(onBoard, board.cycle, [sales], repository)).size).toBe(1);
    expect(loadObjectives).not.toHaveBeenCalled();
    expect(listCycles).not.toHaveBeenCalled();
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

describe('the CSV in the reader’s locale, as Excel opens it by a double click', () => {
  const decimals = buildBoardView(
    {
      ...board,
      objectives: [{ ...board.objectives[0]!, title: 'Kunden, „begeistert“; 😀 Zürich' }],
      keyResults: [{ ...board.keyResults[0]!, title: 'Neue "Stimmen"\nje Woche', current: 6.6 }],
    },
    defaultOperatingModel,
    '2026-02-15',
  );

  it('separates with semicolons and writes decimal commas where the comma is the decimal mark', () => {
    expect(csvDialectFor('de-de')).toEqual({ delimiter: ';', decimalMark: ',' });
    expect(csvDialectFor('fr-FR')).toEqual({ delimiter: ';', decimalMark: ',' });
    const [, row] = boardCsv(decimals, board.cycle, undefined, 'de-de').split('\r\n');
    expect(row).toBe(
      `"'+Growth";"Kunden, „begeistert“; 😀 Zürich";"Neue ""Stimmen""\nje Woche";"Increase";0;40;6,6;"'\tcustomers";16;"Off track";7;"'@Pat";;;"'@Pat";;;"Q1";"2026-01-01";"2026-03-31";"Committed";;;;;;;`,
    );
  });

  it('keeps commas and points in English, and semicolons with points in Switzerland', () => {
    expect(csvDialectFor('en-us')).toEqual({ delimiter: ',', decimalMark: '.' });
    expect(boardCsv(decimals, board.cycle, undefined, 'en-gb').split('\r\n')[1]).toContain(
      '"Increase",0,40,6.6,',
    );
    expect(csvDialectFor('de-CH')).toEqual({ delimiter: ';', decimalMark: '.' });
  });

  it('reads a German export back through the import with its titles and decimals as written', async () => {
    const csv = new TextEncoder().encode(
      `\ufeff${boardCsv(decimals, board.cycle, undefined, 'de-DE')}`,
    );
    const source = await readImportFile('board.csv', csv, undefined, { fileDate: '2026-03-20' });
    const plan = planImport(source, { today: '2026-03-20', rules: defaultOperatingModel });
    expect(plan.objectives.map(({ draft }) => draft.title)).toEqual([
      'Kunden, „begeistert“; 😀 Zürich',
    ]);
    expect(plan.keyResults.map(({ draft }) => [draft.title, draft.target])).toEqual([
      ['Neue "Stimmen" je Woche', 40],
    ]);
    expect(plan.checkIns.map((checkIn) => checkIn.draft.value)).toEqual([6.6]);
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
