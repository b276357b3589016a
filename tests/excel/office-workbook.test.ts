/**
 * The office.js workbook over office-addin-mock objects (a counted, queued Excel), driven by
 * the add-in's use cases against the real store: the Graph adapter and the Graph emulator.
 */
import { sendLabel, sheetStatus } from '../../src/excel/sync/sheet-status';
import { columnNamed, headerOf, headersIn } from '../../src/excel/sync/headers';
import {
  columnOf,
  okrColumns,
  okrSheetName,
  okrSheetTitle,
  okrTableName,
  progressFormula,
  type ColumnKey,
} from '../../src/excel/sync/layout';
import {
  columnRules,
  columnWidths,
  measureRulesVersion,
  type SheetFormats,
} from '../../src/excel/sync/sheet-format';
import { columnIndexes } from '../../src/excel/sync/table';
import { stateOf } from '../../src/excel/sync/row-state';
import { WorkbookSync } from '../../src/excel/sync/workbook-sync';
import { statusNamed, statusWord } from '../../src/core/status-words';
import { statuses, type KeyResult } from '../../src/core/model';
import {
  bindingSetting,
  columnLetter,
  createOfficeWorkbook,
  formatsSetting,
} from '../../src/excel/workbook/office-workbook';
import { WorkbookError } from '../../src/excel/workbook/types';
import { OfflineError } from '../../src/store/errors';
import { paneWordsFor } from '../../src/excel/pane-words';
import { demoUsers } from '../../src/dev/graph-emulator';
import { FakeExcel } from './support/fake-excel';
import {
  model,
  seedBoard,
  seedDoneKeyResult,
  startOkrStore,
  workbookSync,
  type OkrStore,
  type SeededBoard,
} from './support/okr-store';
import { loadEveryPaneLanguage } from './support/pane-languages';

beforeAll(loadEveryPaneLanguage);

const now = new Date('2026-06-15T10:00:00Z');
let store: OkrStore;

beforeAll(async () => {
  store = await startOkrStore();
});
afterAll(() => store.stop());

function open(excel: FakeExcel, notes = true, locale = model.locale) {
  const workbook = createOfficeWorkbook({ run: excel.run, notes, locale });
  return { workbook, sync: workbookSync(store, workbook, locale, now) };
}

async function loaded(count: number, titles?: (index: number) => string) {
  const board = await seedBoard(store.repository, store.teamId, count, '2026-06-15', titles);
  const excel = new FakeExcel();
  const { workbook, sync } = open(excel);
  await sync.load([store.teamId], board.cycle);
  return { board, excel, workbook, sync };
}

/** Body row of a KR in the sheet (rows may move; the hidden id finds them). */
function rowOf(excel: FakeExcel, keyResultId: string): number {
  const rows = excel.table(okrTableName).bodyRows;
  const headers = excel.headers(okrTableName);
  const ids = headers[columnIndexes(headers).get('keyResultId')!]!;
  for (let row = 0; row < rows; row += 1) {
    if (excel.cellAt(okrTableName, row, ids).value === keyResultId) return row;
  }
  throw new Error(`KR ${keyResultId} is not in the sheet`);
}

/** The sheet column letter of a layout column, by its header in any language (the table starts at A1). */
const letterOf = (header: string) =>
  columnLetter(okrColumns.findIndex((c) => c.key === columnNamed(header)));

/** The progress formula of a table headed in English. */
const inEnglish = (key: ColumnKey) => headerOf(key, 'en');

const cell = (excel: FakeExcel, board: SeededBoard, index: number, header: string) =>
  excel.cellAt(okrTableName, rowOf(excel, board.keyResults[index]!.id), header);

async function history(board: SeededBoard, index: number) {
  const id = board.keyResults[index]!.id;
  return (await store.repository.checkInHistory([id])).get(id) ?? [];
}

/** An empty OKR table of an earlier version, headed in English, without the column `lacking`. */
function earlierTable(lacking: string) {
  const excel = new FakeExcel();
  const sheet = excel.addSheet(okrSheetName);
  const headers = headersIn('en').filter((header) => header !== lacking);
  headers.forEach((header, column) =>
    sheet.setCell(0, column, { value: header, numberFormat: '@' }),
  );
  excel.addTable({ sheet, row: 0, column: 0, rows: 1, columns: headers.length }).name =
    okrTableName;
  return { excel, sheet, headers };
}

/** A KR added on the site after the sheet was loaded: the next Load appends its row. */
function addOnboardingKeyResult(objectiveId: string) {
  return store.repository.createKeyResult({
    objectiveId,
    title: 'Cut onboarding time to 3 days',
    kind: 'decrease',
    start: 10,
    target: 3,
    current: 10,
    unit: 'days',
    weight: 1,
  });
}

describe('loading KRs into the workbook', () => {
  test('creates the table: columns, hidden ids, a live progress formula, validation, formats, frozen header', async () => {
    const { board, excel } = await loaded(3);
    const table = excel.table(okrTableName);
    expect(excel.headers(okrTableName)).toEqual([
      'Objective',
      'Key result',
      'Description',
      'Owner',
      'Kind',
      'Start',
      'Target',
      'Current',
      'Unit',
      'Weight',
      'Progress',
      'Confidence',
      'Status',
      'Note',
      'Last check-in',
      'Check-in date',
      'Sync',
      'KR id',
      'Objective id',
      'KR eTag',
      'Sync state',
      'Coach flags',
      'Saved progress',
    ]);
    expect(table.bodyRows).toBe(3);
    expect([...table.sheet.hiddenColumns].sort((a, b) => a - b)).toEqual([17, 18, 19, 20, 21, 22]);
    expect(cell(excel, board, 0, 'Key result').value).toBe(board.keyResults[0]!.title);
    expect(cell(excel, board, 0, 'Current').value).toBe(10);
    expect(cell(excel, board, 0, 'KR eTag').value).toBe(board.keyResults[0]!.version);
    expect(cell(excel, board, 0, 'Progress').formula).toBe(progressFormula(inEnglish));
    expect(cell(excel, board, 0, 'Key result').numberFormat).toBe('@');
    expect(table.sheet.frozenRows).toBe(1);

    const confidence = table.sheet.validations.find(
      (v) => v.address === `${letterOf('Confidence')}2:${letterOf('Confidence')}4`,
    ) as {
      settings?: Record<string, unknown>;
    };
    expect(confidence.settings?.rule).toEqual({
      wholeNumber: { formula1: 1, formula2: 10, operator: 'Between' },
    });
    const formats = table.sheet.conditionalFormats.map((f) => `${f.address} ${f.type}`);
    expect(formats).toContain(`${letterOf('Progress')}2:${letterOf('Progress')}4 DataBar`);
    expect(
      formats.filter((f) => f === `${letterOf('Status')}2:${letterOf('Status')}4 ContainsText`),
    ).toHaveLength(5);
    expect(JSON.parse(String(excel.settings.get(bindingSetting)))).toMatchObject({
      teamIds: [store.teamId],
      cycle: { id: board.cycle.id },
    });
  });

  test('formula-injection titles come back as text, never as formulas', async () => {
    const hostile = ['=HYPERLINK("http://evil.example","x")', '+SUM(1,2)', '-2+3', '@cmd'];
    const { board, excel, workbook } = await loaded(4, (index) => hostile[index]!);
    for (const [index, title] of hostile.entries()) {
      const written = cell(excel, board, index, 'Key result');
      expect(written.formula).toBeUndefined();
      expect(written.value).toBe(title);
    }
    const table = await workbook.readTable();
    expect(table?.rows.map((r) => r.cells.keyResult)).toEqual(hostile);

    // The same text in a General cell would have become a formula: the guard is what matters.
    excel.type(okrTableName, 0, 'Progress', hostile[0]!);
    expect(excel.cellAt(okrTableName, 0, 'Progress').formula).toBe(hostile[0]);
  });

  test('the sheet’s tab names the team and cycle it holds, within Excel’s 31 characters; a name the user gave it stays', async () => {
    const { board, excel, sync } = await loaded(1);
    const sheet = excel.table(okrTableName).sheet;
    // “OKRs · Sales · FY2026 test cycle” is 32 characters: Excel takes 31 at most.
    expect(sheet.name).toBe('OKRs · Sales · FY2026 test cyc…');
    expect(okrSheetTitle(['Sales'], 'Q4 2026')).toBe('OKRs · Sales · Q4 2026');
    expect(okrSheetTitle(['R/D [lab]'], 'Q4: 2026?')).toBe('OKRs · R D lab · Q4 2026');
    expect(okrSheetTitle([], 'Q4 2026')).toBeUndefined();
    // Excel refuses a sheet name that ends with an apostrophe.
    expect(okrSheetTitle(["Sales 'A'"], "Year '26'")).toBe("OKRs · Sales 'A' · Year '26");
    sheet.name = 'My numbers';
    await sync.load([store.teamId], board.cycle);
    expect(sheet.name).toBe('My numbers');
  });

  test('refresh keeps the user’s own columns and formatting, and adds new KRs', async () => {
    const { board, excel, sync } = await loaded(3);
    const table = excel.table(okrTableName);
    excel.appendColumn(table, 'My remarks');
    const target = rowOf(excel, board.keyResults[2]!.id);
    excel.type(okrTableName, target, 'My remarks', 'ask Diego');
    const startCell = excel.cellAt(okrTableName, target, 'Start');
    const startColumn = excel.headers(okrTableName).indexOf('Start');
    table.sheet.setCell(table.top + 1 + target, startColumn, { ...startCell, numberFormat: '0.0' });

    const other = store.repositoryFor(demoUsers.alexWilber.id);
    const kr = board.keyResults[2]!;
    await other.saveCheckIns([
      {
        clientId: `other-${kr.id}`,
        keyResultId: kr.id,
        value: 55,
        confidence: 8,
        note: 'from Teams',
        author: { id: demoUsers.alexWilber.id, displayName: 'Alex Wilber' },
        at: now.toISOString(),
        source: 'teams',
      },
    ]);
    const added = await addOnboardingKeyResult(board.objectives[0]!.id);

    await sync.load([store.teamId], board.cycle);
    expect(excel.headers(okrTableName)).toContain('My remarks');
    expect(excel.cellAt(okrTableName, rowOf(excel, kr.id), 'My remarks').value).toBe('ask Diego');
    expect(excel.cellAt(okrTableName, rowOf(excel, kr.id), 'Current').value).toBe(55);
    expect(excel.cellAt(okrTableName, rowOf(excel, kr.id), 'Start').numberFormat).toBe('0.0');
    expect(excel.cellAt(okrTableName, rowOf(excel, added.id), 'Key result').value).toBe(
      'Cut onboarding time to 3 days',
    );
    expect(table.bodyRows).toBe(4);
    // Formatting is laid down once, at creation: a refresh adds no duplicate rules.
    expect(table.sheet.conditionalFormats.filter((f) => f.type === 'DataBar')).toHaveLength(1);
  });
});

describe('a header renamed', () => {
  test('is no edit of any row: the pane names the column, nothing under the new name is sent, and Load adds the column again with the store’s values', async () => {
    const { board, excel, sync } = await loaded(2);
    const id = board.keyResults[0]!.id;
    const table = excel.table(okrTableName);
    const current = excel.headers(okrTableName).indexOf('Current');
    table.sheet.setCell(table.top, table.left + current, {
      value: 'Current (this week)',
      numberFormat: 'General',
    });
    excel.type(okrTableName, rowOf(excel, id), 'Current (this week)', 30);

    const renamed = await sync.markEdits();
    expect([renamed.pending, renamed.toFix, renamed.withMessages]).toEqual([0, 0, []]);
    expect(renamed.missingColumns).toEqual(['Current']);
    expect(sheetStatus(renamed)).toEqual({
      intent: 'warning',
      text: '1 column missing (see below).',
    });
    expect(await sync.send()).toMatchObject({ sent: 0, rejected: 0, failed: 0 });
    expect(await history(board, 0)).toEqual([]);

    const reloaded = await sync.load([store.teamId], board.cycle);
    expect([reloaded.missingColumns, reloaded.pending, reloaded.toFix]).toEqual([[], 0, 0]);
    expect(excel.cellAt(okrTableName, rowOf(excel, id), 'Current').value).toBe(10);
    // The renamed column is the user's own now, and keeps what they typed.
    expect(excel.cellAt(okrTableName, rowOf(excel, id), 'Current (this week)').value).toBe(30);
  });
});

describe('the Check-in date column', () => {
  /** The German pane over the same workbook and store as `loaded`'s English one. */
  const german = (excel: FakeExcel) => open(excel, true, 'de-DE').sync;
  const syncOf = (excel: FakeExcel, board: SeededBoard, index: number) =>
    String(cell(excel, board, index, 'Sync').value);

  test('sends a check-in for the day a cell names, an Excel date, a day typed year first or in the pane’s language, at the time of day it is now; the cell is emptied and the Sync cell and the pane name the day', async () => {
    const { board, excel, sync } = await loaded(3);
    // A date typed in a General cell is its serial (2026-06-10 is 46183); typed as text it stays text.
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Check-in date', '2026-06-10');
    expect(cell(excel, board, 0, 'Check-in date').value).toBe(46183);
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Current', 20);
    const asText = (index: number, entry: string) => {
      cell(excel, board, index, 'Check-in date').numberFormat = '@';
      excel.type(okrTableName, rowOf(excel, board.keyResults[index]!.id), 'Check-in date', entry);
    };
    asText(1, '2026-06-01');
    excel.type(okrTableName, rowOf(excel, board.keyResults[1]!.id), 'Current', 25);
    // A German date, read by a German pane; the row's values as they are: that day's check-in.
    asText(2, '03.06.2026');
    const pane = german(excel);
    expect((await pane.markEdits()).pending).toBe(3);

    excel.syncs = 0;
    const outcome = await pane.send();
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(outcome).toMatchObject({ sent: 3, rejected: 0 });
    const sent = await Promise.all([0, 1, 2].map((i) => history(board, i)));
    expect(sent.map((checkIns) => checkIns.map((c) => [c.at, c.value]))).toEqual([
      [['2026-06-10T10:00:00Z', 20]],
      [['2026-06-01T10:00:00Z', 25]],
      [['2026-06-03T10:00:00Z', 10]],
    ]);
    for (const index of [0, 1, 2]) {
      expect(cell(excel, board, index, 'Check-in date').value).toBe('');
    }
    expect(syncOf(excel, board, 0)).toBe('Gesendet 2026-06-15 10:00 UTC, für den 2026-06-10');
    expect(outcome.saved.map((kr) => kr.what)).toEqual([
      '20 customers (Zuversicht 5), für den 2026-06-10',
      '25 customers (Zuversicht 5), für den 2026-06-01',
      '10 customers (Zuversicht 5), für den 2026-06-03',
    ]);
    // Sent, nothing waits: the next edit is today's check-in again.
    expect((await sync.markEdits()).pending).toBe(0);
  });

  test('a check-in for a day before the KR’s latest leaves the KR, and its row, at the latest; the pane says so', async () => {
    const { board, excel, sync } = await loaded(1);
    const row = rowOf(excel, board.keyResults[0]!.id);
    excel.type(okrTableName, row, 'Current', 30);
    expect(await sync.send()).toMatchObject({ sent: 1 });
    excel.type(okrTableName, row, 'Current', 20);
    excel.type(okrTableName, row, 'Check-in date', '2026-06-01');
    const outcome = await sync.send();
    expect(outcome.saved.map((kr) => kr.what)).toEqual([
      '20 customers (confidence 5), for 2026-06-01: its check-in of 2026-06-15 is later and stays the latest, so it is still at 30 customers',
    ]);
    expect((await history(board, 0)).map((c) => [c.at.slice(0, 10), c.value])).toEqual([
      ['2026-06-01', 20],
      ['2026-06-15', 30],
    ]);
    expect(cell(excel, board, 0, 'Current').value).toBe(30);
    expect(cell(excel, board, 0, 'Last check-in').value).toBe('2026-06-15');
    expect((await sync.markEdits()).pending).toBe(0);
  });

  test('a day after today, before the cycle, or no date is refused naming the column as its header reads and the days accepted; the row is not sent, its edits stay', async () => {
    const { board, excel, sync } = await loaded(4);
    const entries = ['2026-06-16', '2025-12-31', 'last Friday', '31.02.2026'];
    entries.forEach((entry, index) => {
      const row = rowOf(excel, board.keyResults[index]!.id);
      cell(excel, board, index, 'Check-in date').numberFormat = '@';
      excel.type(okrTableName, row, 'Check-in date', entry);
      excel.type(okrTableName, row, 'Current', 40);
    });
    expect((await sync.markEdits()).toFix).toBe(4);
    const outcome = await sync.send();
    expect(outcome).toMatchObject({ sent: 0, rejected: 4 });
    for (const index of [0, 1, 2, 3]) expect(await history(board, index)).toEqual([]);
    expect(syncOf(excel, board, 0)).toBe(
      'Pending: Check-in date: “2026-06-16” is not a day from 2026-01-01 to today (2026-06-15). Type one of those days, or leave the cell empty for today.',
    );
    expect(syncOf(excel, board, 2)).toContain('Check-in date: “last Friday” is not a day from');
    expect(cell(excel, board, 3, 'Check-in date').value).toBe('31.02.2026');
    expect(cell(excel, board, 3, 'Current').value).toBe(40);
    // In German, the column is named as the German header reads.
    await german(excel).markEdits();
    expect(syncOf(excel, board, 1)).toBe(
      'Ausstehend: Check-in-Datum: „2025-12-31“ ist kein Tag vom 2026-01-01 bis heute (2026-06-15). Geben Sie einen dieser Tage ein, oder lassen Sie die Zelle leer für heute.',
    );
  });

  test('in a workbook of the 1904 date system, whose serials are 1,462 days below the 1900 system’s, a date is the day Excel shows, read in the same syncs; a host without Workbook.use1904DateSystem reads the 1900 system', async () => {
    const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
    const excel = new FakeExcel();
    excel.previewApis = true;
    excel.use1904DateSystem = true;
    const options = { run: excel.run, notes: true, locale: model.locale };
    const workbook = createOfficeWorkbook({ ...options, dateSystem: true });
    const sync = workbookSync(store, workbook, model.locale, now);
    await sync.load([store.teamId], board.cycle);
    const row = rowOf(excel, board.keyResults[0]!.id);
    excel.type(okrTableName, row, 'Check-in date', '2026-06-10');
    expect(cell(excel, board, 0, 'Check-in date').value).toBe(46183 - 1462);
    excel.type(okrTableName, row, 'Current', 20);
    // A date typed into Current is said as the day Excel shows too.
    excel.type(okrTableName, rowOf(excel, board.keyResults[1]!.id), 'Current', '2026-06-12');

    excel.syncs = 0;
    expect(await sync.send()).toMatchObject({ sent: 1, rejected: 1 });
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect((await history(board, 0)).map((c) => [c.at, c.value])).toEqual([
      ['2026-06-10T10:00:00Z', 20],
    ]);
    expect(cell(excel, board, 0, 'Check-in date').value).toBe('');
    expect(syncOf(excel, board, 1)).toContain('Excel shows the date 2026-06-12 because');

    // Without the property (the host has no preview APIs, where loading it fails the batch),
    // the 1900 system: the same serial is a day four years and one day earlier, refused.
    excel.previewApis = false;
    const fallback = workbookSync(store, createOfficeWorkbook(options), model.locale, now);
    excel.type(okrTableName, row, 'Check-in date', '2026-06-11');
    excel.type(okrTableName, row, 'Current', 25);
    expect(await fallback.send()).toMatchObject({ sent: 0, rejected: 2 });
    expect(syncOf(excel, board, 0)).toContain('Check-in date: “2022-06-10” is not a day from');
  });

  test('Excel itself refuses what is no date or a day after today: the column’s date rule, its Stop alert in the sheet’s language, set with the Load’s writes; a table of earlier rules gets it on its next Load', async () => {
    const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
    const excel = new FakeExcel();
    const pane = open(excel, true, 'de-DE').sync;
    excel.syncs = 0;
    await pane.load([store.teamId], board.cycle);
    expect(excel.syncs).toBeLessThanOrEqual(3);
    const sheet = excel.table(okrTableName).sheet;
    const address = `${letterOf('Check-in-Datum')}3`;
    const rule = { date: { formula1: '=TODAY()', operator: 'LessThanOrEqualTo' } };
    expect(sheet.validationAt(address)).toEqual({
      rule,
      errorAlert: {
        message:
          '„Check-in-Datum“ muss ein Datum bis heute sein: der Tag, für den der Check-in gilt. Lassen Sie die Zelle leer für heute.',
        showAlert: true,
        style: 'Stop',
        title: 'Check-in-Datum',
      },
    });
    // A table whose recorded rules are an earlier version's, without the date rule.
    const recorded = JSON.parse(String(excel.settings.get(formatsSetting))) as SheetFormats;
    const rules = { ...recorded.rules };
    delete rules.checkInDate;
    excel.settings.set(formatsSetting, JSON.stringify({ ...recorded, rules }));
    sheet.validations.splice(0);
    excel.syncs = 0;
    await pane.load([store.teamId], board.cycle);
    expect(excel.syncs).toBe(2);
    expect(sheet.validationAt(address)?.rule).toEqual(rule);
  });

  test('a table without the column (an earlier version’s) is not short of one, and gets it on its next Load, keeping the row’s edits', async () => {
    const { board, excel, sync } = await loaded(2);
    const table = excel.table(okrTableName);
    const column = excel.headers(okrTableName).indexOf('Check-in date');
    // Headed so the pane does not know it: the table lacks the column, as before this version.
    table.sheet.setCell(table.top, table.left + column, {
      value: 'Dates',
      numberFormat: 'General',
    });
    const id = board.keyResults[0]!.id;
    excel.type(okrTableName, rowOf(excel, id), 'Current', 30);
    const before = await sync.markEdits();
    expect([before.missingColumns, before.pending]).toEqual([[], 1]);

    excel.syncs = 0;
    await sync.load([store.teamId], board.cycle);
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(excel.headers(okrTableName).at(-1)).toBe('Check-in date');
    expect(excel.cellAt(okrTableName, rowOf(excel, id), 'Current').value).toBe(30);
    excel.type(okrTableName, rowOf(excel, id), 'Check-in date', '2026-06-12');
    expect(await sync.send()).toMatchObject({ sent: 1 });
    expect((await history(board, 0)).map((c) => c.at)).toEqual(['2026-06-12T10:00:00Z']);
  });
});

describe('the Sync column', () => {
  test('is wide enough to read its reasons, wrapped; a refresh keeps a width the user gave it; an earlier table gets it on its next Load', async () => {
    const { board, excel } = await loaded(2);
    const sheet = excel.table(okrTableName).sheet;
    const sync = okrColumns.findIndex((column) => column.key === 'sync');
    expect(sheet.columnWidths.get(sync)).toBe(columnOf('sync').width);
    expect(sheet.wrappedColumns.has(sync)).toBe(true);
    expect(sheet.columnWidths.size).toBe(1); // the other columns keep Excel's width

    sheet.columnWidths.set(sync, 120); // the user narrows it
    excel.syncs = 0;
    await open(excel).sync.load([store.teamId], board.cycle);
    expect(excel.syncs).toBe(2);
    expect(sheet.columnWidths.get(sync)).toBe(120);

    // A table the pane gave no widths (an earlier version's): the next Load, in the same syncs.
    const recorded = JSON.parse(String(excel.settings.get(formatsSetting))) as SheetFormats;
    excel.settings.set(formatsSetting, JSON.stringify({ ...recorded, widths: undefined }));
    sheet.wrappedColumns.clear();
    excel.syncs = 0;
    await open(excel).sync.load([store.teamId], board.cycle);
    expect(excel.syncs).toBe(2);
    expect(sheet.columnWidths.get(sync)).toBe(columnOf('sync').width);
    expect(sheet.wrappedColumns.has(sync)).toBe(true);
  });
});

describe('kinds in words', () => {
  test('the Kind column lists the kinds by name; a done / not done KR is a Done / Not done list that sends 1', async () => {
    const { board, excel, sync } = await loaded(1);
    const done = await seedDoneKeyResult(
      store.repository,
      board.objectives[0]!.id,
      'Publish the pricing page',
    );
    await sync.load([store.teamId], board.cycle);
    const sheet = excel.table(okrTableName).sheet;
    const kindRule = sheet.validations.find((v) => v.address === `${letterOf('Kind')}2`) as {
      settings?: Record<string, unknown>;
    };
    expect(kindRule.settings?.rule).toEqual({
      list: {
        inCellDropDown: true,
        source: 'Increase,Decrease,Stay at or above,Stay at or below,Milestones,Done / not done',
      },
    });
    const row = rowOf(excel, done.id);
    expect(excel.cellAt(okrTableName, row, 'Kind').value).toBe('Done / not done');
    expect(excel.cellAt(okrTableName, row, 'Current').value).toBe('Not done');
    const currentRule = sheet.validations.find(
      (v) => v.address === `${letterOf('Current')}${row + 2}`,
    ) as {
      settings?: Record<string, unknown>;
    };
    expect(currentRule.settings?.rule).toEqual({
      list: { inCellDropDown: true, source: 'Done,Not done' },
    });

    excel.type(okrTableName, row, 'Current', 'finished');
    expect(await sync.send()).toMatchObject({ sent: 0, rejected: 1 });
    expect(String(excel.cellAt(okrTableName, row, 'Sync').value)).toMatch(/Done, Not done/);
    excel.type(okrTableName, row, 'Current', 'done');
    expect(await sync.send()).toMatchObject({ sent: 1, rejected: 0 });
    const [checkIn] = (await store.repository.checkInHistory([done.id])).get(done.id) ?? [];
    expect(checkIn?.value).toBe(1);
  });
});

describe('money in the sheet', () => {
  test('no KR’s Start, Target and Current have a number rule, so an amount or a value in the KR’s unit is typed as the pane reads it, a KR in customers’ as well as a money KR’s', async () => {
    const { board, excel, sync } = await loaded(2);
    const [money, count] = board.keyResults as [KeyResult, KeyResult];
    await store.repository.updateKeyResult({ ...money, unit: '€M', start: 1, target: 3 });
    await sync.load([store.teamId], board.cycle);
    const sheet = excel.table(okrTableName).sheet;
    const ruleAt = (header: string, id: string) => {
      const address = `${letterOf(header)}${rowOf(excel, id) + 2}`;
      const rules = sheet.validations.filter((v) => v.address === address);
      return (rules.at(-1) as { settings?: Record<string, unknown> } | undefined)?.settings;
    };
    for (const header of ['Start', 'Target', 'Current']) {
      // Cleared: no rule, no alert, whatever the KR counts.
      expect(ruleAt(header, money.id)).toEqual({});
      expect(ruleAt(header, count.id)).toEqual({});
    }
    // Typed in the KR's unit, the value is read and sent.
    excel.type(okrTableName, rowOf(excel, count.id), 'Current', '55 customers');
    expect(await sync.send()).toMatchObject({ sent: 1, rejected: 0 });
    expect((await history(board, 1)).map((c) => c.value)).toEqual([55]);
  });
  /** Sets a KR's cell as Excel holds it after a currency entry: the number and its format. */
  function setCell(excel: FakeExcel, id: string, key: ColumnKey, value: number, format: string) {
    const table = excel.table(okrTableName);
    const column = columnIndexes(excel.headers(okrTableName)).get(key)!;
    table.sheet.setCell(table.top + 1 + rowOf(excel, id), table.left + column, {
      value,
      numberFormat: format,
    });
  }

  test('a number in a currency format is the amount it shows, read in the KR’s unit, and the pane writes the amount back in the cell’s own format', async () => {
    const board = await seedBoard(store.repository, store.teamId, 3, '2026-06-15');
    const [inEuros, inMillions, inThousands] = await Promise.all(
      [
        { unit: '€', start: 0, target: 10, current: 1 },
        { unit: '€M', start: 1, target: 3, current: 1 },
        { unit: '$K', start: 100, target: 300, current: 100 },
      ].map((measure, index) =>
        store.repository.updateKeyResult({ ...board.keyResults[index]!, ...measure }),
      ),
    );
    const excel = new FakeExcel();
    const { sync, workbook } = open(excel, true, 'de-DE');
    await sync.load([store.teamId], board.cycle);
    // As German Excel keeps "2,5 €" typed in a General cell, and formats a user chose.
    setCell(excel, inEuros!.id, 'current', 2.5, '#,##0.00 €');
    setCell(excel, inMillions!.id, 'current', 1_500_000, '[$€-407] #,##0');
    setCell(excel, inThousands!.id, 'current', 150_000, '"$"#,##0.00');
    expect(await sync.send()).toMatchObject({ sent: 3, rejected: 0 });
    const stored = await store.repository.loadBoard({
      cycleId: board.cycle.id,
      teamIds: [store.teamId],
    });
    const currentOf = (id: string) => stored.keyResults.find((kr) => kr.id === id)?.current;
    expect([inEuros, inMillions, inThousands].map((kr) => currentOf(kr!.id))).toEqual([
      2.5, 1.5, 150,
    ]);
    // Read back as sent: nothing waits, and a refresh leaves the cells as they are.
    await sync.load([store.teamId], board.cycle);
    expect((await sync.summary()).pending).toBe(0);
    const current = (id: string) =>
      excel.cellAt(okrTableName, rowOf(excel, id), headerOf('current', 'de'));
    expect(current(inMillions!.id)).toEqual({ value: 1_500_000, numberFormat: '[$€-407] #,##0' });

    // A value the pane writes is the amount, in the cell's format.
    await workbook.updateRows(() => [
      { keyResultId: inMillions!.id, cells: { current: 2.75 } },
      { keyResultId: inThousands!.id, cells: { current: 175.5 } },
    ]);
    expect(current(inMillions!.id)).toEqual({ value: 2_750_000, numberFormat: '[$€-407] #,##0' });
    expect(current(inThousands!.id)).toEqual({ value: 175_500, numberFormat: '"$"#,##0.00' });
    const rows = (await workbook.readTable())!.rows;
    const read = (id: string) => rows.find((row) => row.cells.keyResultId === id)?.cells.current;
    expect([read(inMillions!.id), read(inThousands!.id)]).toEqual([2.75, 175.5]);
  });

  test('on a KR in €M, a cell formatted in euros holds the amount in full or the number in millions the pane wrote, told by the format and the KR’s values; a number that could be either is not sent, saying both', async () => {
    const board = await seedBoard(store.repository, store.teamId, 3, '2026-06-15');
    const [inScale, scaledFormat, either] = await Promise.all(
      board.keyResults.map((kr) =>
        store.repository.updateKeyResult({ ...kr, unit: '€M', start: 1, target: 3, current: 1 }),
      ),
    );
    const excel = new FakeExcel();
    const { sync } = open(excel);
    await sync.load([store.teamId], board.cycle);
    // 1.8 typed as the pane writes it, the cell then formatted in euros (it shows "€ 2").
    setCell(excel, inScale!.id, 'current', 1.8, '€ #,##0');
    // A format that shows millions: the cell holds the amount in full.
    setCell(excel, scaledFormat!.id, 'current', 1_600_000, '[$€-409]#,##0.0,,"M"');
    // €25,000, or €25,000M? Neither is near the KR's €1M to €3M.
    setCell(excel, either!.id, 'current', 25_000, '€ #,##0');
    const why =
      'Current: the cell’s currency format makes its number €25,000, which on this KR in €M may be meant as €25B: OKR Coach cannot tell which, so it sends neither. Type the amount as the board shows it: €25K for €25,000, or €25B.';
    expect((await sync.markEdits()).withMessages.map((row) => row.message)).toEqual([why]);
    expect(await sync.send()).toMatchObject({ sent: 2, rejected: 1 });
    const stored = await store.repository.loadBoard({
      cycleId: board.cycle.id,
      teamIds: [store.teamId],
    });
    const currentOf = (id: string) => stored.keyResults.find((kr) => kr.id === id)?.current;
    expect([inScale, scaledFormat, either].map((kr) => currentOf(kr!.id))).toEqual([1.8, 1.6, 1]);
    expect(String(excel.cellAt(okrTableName, rowOf(excel, either!.id), 'Sync').value)).toContain(
      why,
    );
  });

  test('Progress of a money KR in €M is right for the amount in full in a euro format and for the number in millions, waiting, sent and reloaded', async () => {
    const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
    const [inFull, inScale] = await Promise.all(
      board.keyResults.map((kr) =>
        store.repository.updateKeyResult({ ...kr, unit: '€M', start: 1, target: 3, current: 1 }),
      ),
    );
    const excel = new FakeExcel();
    const { sync } = open(excel);
    await sync.load([store.teamId], board.cycle);
    const savedOf = (id: string) =>
      excel.cellAt(okrTableName, rowOf(excel, id), 'Saved progress').value;
    // Excel's formula reads 1,500,000 against €1M to €3M: Saved progress says 25%.
    setCell(excel, inFull!.id, 'current', 1_500_000, '#,##0 €');
    setCell(excel, inScale!.id, 'current', 1.8, '#,##0 €');
    expect((await sync.markEdits()).pending).toBe(2);
    expect([savedOf(inFull!.id), savedOf(inScale!.id)]).toEqual([0.25, 0.4]);
    expect(await sync.send()).toMatchObject({ sent: 2, rejected: 0 });
    expect([savedOf(inFull!.id), savedOf(inScale!.id)]).toEqual([0.25, 0.4]);
    // A Load leaves the cells, which hold the store's values, as they are; Progress stays right.
    await sync.load([store.teamId], board.cycle);
    expect(excel.cellAt(okrTableName, rowOf(excel, inScale!.id), 'Current')).toEqual({
      value: 1.8,
      numberFormat: '#,##0 €',
    });
    expect([savedOf(inFull!.id), savedOf(inScale!.id)]).toEqual([0.25, 0.4]);
  });

  test('a money KR’s cell formatted in another currency is to fix, saying what Excel shows and how to fix it; a KR counted in anything else reads the number, and a number the pane writes there gets General', async () => {
    const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
    const [inEuros, customers] = await Promise.all([
      store.repository.updateKeyResult({
        ...board.keyResults[0]!,
        unit: '€',
        start: 0,
        target: 10,
        current: 1,
      }),
      store.repository.updateKeyResult({
        ...board.keyResults[1]!,
        unit: 'customers',
        start: 10,
        target: 100,
        current: 10,
      }),
    ]);
    const excel = new FakeExcel();
    const { sync, workbook } = open(excel);
    await sync.load([store.teamId], board.cycle);
    setCell(excel, inEuros!.id, 'current', 2.5, '"$"#,##0.00');
    setCell(excel, customers!.id, 'current', 42, '#,##0.00 "€"');
    const why =
      'Current: Excel shows “$2.5” because the cell is formatted in another currency, but this KR counts €. Set the cell’s number format back to General (Home › Number Format), then type the amount again.';
    expect((await sync.markEdits()).withMessages.map((row) => row.message)).toEqual([why]);
    expect(await sync.send()).toMatchObject({ sent: 1, rejected: 1 });
    const stored = await store.repository.loadBoard({
      cycleId: board.cycle.id,
      teamIds: [store.teamId],
    });
    expect(stored.keyResults.find((kr) => kr.id === customers!.id)?.current).toBe(42);

    await workbook.updateRows(() => [{ keyResultId: customers!.id, cells: { current: 40 } }]);
    expect(excel.cellAt(okrTableName, rowOf(excel, customers!.id), 'Current')).toEqual({
      value: 40,
      numberFormat: 'General',
    });
  });

  /**
   * A table an earlier version loaded: its formatting record has no rows' measure rules, and its
   * money KR's Start, Target and Current cells have the column's number rule, as that version's
   * Load left them.
   */
  async function earlierMoneyTable() {
    const { board, excel, sync } = await loaded(2);
    const [money, count] = board.keyResults as [KeyResult, KeyResult];
    await store.repository.updateKeyResult({ ...money, unit: '€M', start: 1, target: 3 });
    await sync.load([store.teamId], board.cycle);
    const sheet = excel.table(okrTableName).sheet;
    const recorded = JSON.parse(String(excel.settings.get(formatsSetting))) as SheetFormats;
    excel.settings.set(
      formatsSetting,
      JSON.stringify({ ...recorded, measureRulesByRow: undefined }),
    );
    const ruleAt = (header: string, id: string) =>
      sheet.validationAt(`${letterOf(header)}${rowOf(excel, id) + 2}`)?.rule;
    const numberRule = ruleAt('Current', count.id);
    for (const header of ['Start', 'Target', 'Current']) {
      const settings = { rule: numberRule, errorAlert: { title: header } };
      const address = `${letterOf(header)}${rowOf(excel, money.id) + 2}`;
      sheet.validations.push(Object.defineProperty({ address }, 'settings', { value: settings }));
      expect(ruleAt(header, money.id)).toEqual(numberRule);
    }
    return { board, excel, sync, money, count, ruleAt, numberRule };
  }

  test('Load appends a new KR in €M under a row whose Current is formatted in euros: its amount is written in full there, and Saved progress holds its progress', async () => {
    const board = await seedBoard(store.repository, store.teamId, 1, '2026-06-15');
    const [above] = board.keyResults as [KeyResult];
    await store.repository.updateKeyResult({ ...above, unit: '€M', start: 1, target: 3 });
    const excel = new FakeExcel();
    const { sync } = open(excel);
    await sync.load([store.teamId], board.cycle);
    setCell(excel, above.id, 'current', 1_000_000, '#,##0 €');
    const added = await store.repository.createKeyResult({
      objectiveId: board.objectives[0]!.id,
      title: 'Grow new ARR from €1M to €3M',
      kind: 'increase',
      start: 1,
      target: 3,
      current: 1,
      unit: '€M',
      weight: 1,
    });
    await store.repository.updateKeyResult({ ...added, current: 2 });
    await sync.load([store.teamId], board.cycle);
    const row = rowOf(excel, added.id);
    expect(excel.cellAt(okrTableName, row, 'Current')).toEqual({
      value: 2_000_000,
      numberFormat: '#,##0 €',
    });
    // Excel's formula would read 2,000,000 against 1 to 3; Saved progress says 50%.
    expect(excel.cellAt(okrTableName, row, 'Saved progress').value).toBe(0.5);
    expect((await sync.summary()).pending).toBe(0);
    // Read back, the row is as loaded and Progress stays right.
    await sync.load([store.teamId], board.cycle);
    expect(excel.cellAt(okrTableName, row, 'Saved progress').value).toBe(0.5);
  });

  test('an earlier version’s number rule on a money KR’s cells is cleared by the next send, in its 3 syncs', async () => {
    const { excel, sync, money, count, ruleAt, numberRule } = await earlierMoneyTable();
    excel.type(okrTableName, rowOf(excel, count.id), 'Confidence', 6);
    excel.syncs = 0;
    const outcome = await sync.send();
    expect(outcome.sent).toBe(1);
    expect(excel.syncs).toBeLessThanOrEqual(3);
    for (const header of ['Start', 'Target', 'Current']) {
      expect(ruleAt(header, money.id)).toBeUndefined();
      expect(ruleAt(header, count.id)).toEqual(numberRule);
    }
    expect(JSON.parse(String(excel.settings.get(formatsSetting)))).toMatchObject({
      measureRulesByRow: measureRulesVersion,
    });
    // Recorded: the next visit writes no rule again.
    const before = excel.table(okrTableName).sheet.validations.length;
    await sync.markEdits();
    expect(excel.table(okrTableName).sheet.validations).toHaveLength(before);
  });

  test('an earlier version’s number rule on a money KR’s cells is cleared by a refresh, in its 2 syncs, and by a visit that writes nothing else', async () => {
    const refreshed = await earlierMoneyTable();
    refreshed.excel.syncs = 0;
    await refreshed.sync.load([store.teamId], refreshed.board.cycle);
    expect(refreshed.excel.syncs).toBe(2);
    expect(refreshed.ruleAt('Current', refreshed.money.id)).toBeUndefined();
    expect(refreshed.ruleAt('Current', refreshed.count.id)).toEqual(refreshed.numberRule);

    const visited = await earlierMoneyTable();
    visited.excel.syncs = 0;
    await visited.sync.markEdits();
    expect(visited.excel.syncs).toBe(2);
    expect(visited.ruleAt('Target', visited.money.id)).toBeUndefined();
    expect(visited.ruleAt('Target', visited.count.id)).toEqual(visited.numberRule);
  });
});

describe('kinds in the user’s language', () => {
  async function loadedIn(locale: string) {
    const board = await seedBoard(store.repository, store.teamId, 1, '2026-06-15');
    const done = await seedDoneKeyResult(
      store.repository,
      board.objectives[0]!.id,
      'Publish the pricing page',
    );
    const excel = new FakeExcel();
    const { sync } = open(excel, true, locale);
    await sync.load([store.teamId], board.cycle);
    const sheet = excel.table(okrTableName).sheet;
    const ruleAt = (address: string) =>
      // The first rule laid on the cell, or on the column range that starts there.
      (
        sheet.validations.find((v) => v.address.split(':')[0] === address) as {
          settings?: { rule?: unknown };
        }
      )?.settings?.rule;
    return { excel, sync, done, row: rowOf(excel, done.id), ruleAt };
  }

  test('German: headers, the Kind and Done / Not done lists in German, German input sent back', async () => {
    const { excel, sync, done, row, ruleAt } = await loadedIn('de-DE');
    expect(excel.headers(okrTableName)).toEqual(headersIn('de'));
    expect(excel.headers(okrTableName)[4]).toBe('Art');
    expect(excel.cellAt(okrTableName, row, 'Fortschritt').formula).toContain('[@[Aktuell]]');
    const confidence = excel
      .table(okrTableName)
      .sheet.validations.find((v) => v.address.startsWith(letterOf('Zuversicht'))) as {
      settings?: { errorAlert?: { title?: string } };
    };
    expect(confidence.settings?.errorAlert?.title).toBe('Zuversicht');
    expect(ruleAt(`${letterOf('Art')}2`)).toEqual({
      list: {
        inCellDropDown: true,
        source:
          'Steigern,Senken,Mindestens halten,Höchstens halten,Meilensteine,Erledigt / nicht erledigt',
      },
    });
    expect(excel.cellAt(okrTableName, row, 'Art').value).toBe('Erledigt / nicht erledigt');
    expect(excel.cellAt(okrTableName, row, 'Aktuell').value).toBe('Nicht erledigt');
    expect(ruleAt(`${letterOf('Aktuell')}${row + 2}`)).toEqual({
      list: { inCellDropDown: true, source: 'Erledigt,Nicht erledigt' },
    });

    excel.type(okrTableName, row, 'Aktuell', 'fertig');
    expect(await sync.send()).toMatchObject({ sent: 0, rejected: 1 });
    expect(String(excel.cellAt(okrTableName, row, 'Synchronisierung').value)).toMatch(
      /Erledigt, Nicht erledigt/,
    );
    excel.type(okrTableName, row, 'Aktuell', 'erledigt');
    expect(await sync.send()).toMatchObject({ sent: 1, rejected: 0 });
    const [checkIn] = (await store.repository.checkInHistory([done.id])).get(done.id) ?? [];
    expect(checkIn?.value).toBe(1);
    expect(excel.cellAt(okrTableName, row, 'Aktuell').value).toBe('erledigt');
  });

  test('a sheet headed in English (an older version, or another pane) is read, loaded and sent by a German pane', async () => {
    const { board, excel } = await loaded(2);
    const { sync } = open(excel, true, 'de-DE');
    const headers = excel.headers(okrTableName);
    expect(await sync.load([store.teamId], board.cycle)).toMatchObject({ rows: 2 });
    expect(excel.headers(okrTableName)).toEqual(headers);
    excel.type(okrTableName, rowOf(excel, board.keyResults[1]!.id), 'Current', 42);
    expect(await sync.send()).toMatchObject({ sent: 1, rejected: 0 });
    expect((await history(board, 1)).map((checkIn) => checkIn.value)).toContain(42);
    expect(cell(excel, board, 1, 'Sync').value).toMatch(/^Gesendet/);
  });

  test('a table without a KR id column it knows is refused with its unknown headers named, and nothing is written', async () => {
    const { board, excel } = await loaded(2);
    const table = excel.table(okrTableName);
    const rename = (from: string, to: string) => {
      const column = excel.headers(okrTableName).indexOf(from);
      table.sheet.setCell(table.top, table.left + column, { value: to, numberFormat: 'General' });
    };
    rename('KR id', 'ID KR');
    rename('Current', 'Attuale');
    excel.type(okrTableName, 0, 'Attuale', 55);
    const before = JSON.stringify([...table.sheet.cells]);
    const settings = JSON.stringify([...excel.settings]);
    const { sync } = open(excel, true, 'en');
    const refused =
      /no “KR id” column.* “KR id”, “KR-ID”, “ID du KR”, “ID del KR”.*Headers OKR Coach does not know: “Attuale”, “ID KR”\.$/;
    await expect(sync.load([store.teamId], board.cycle)).rejects.toThrow(refused);
    await expect(sync.send()).rejects.toThrow(refused);
    await expect(sync.markEdits()).rejects.toThrow(refused);
    expect(JSON.stringify([...table.sheet.cells])).toBe(before);
    expect(JSON.stringify([...excel.settings])).toBe(settings);
    expect((await history(board, 0)).map((checkIn) => checkIn.value)).not.toContain(55);
  });

  test('French and Spanish write their headers and words; a language without its own gets English', async () => {
    for (const [locale, [kindHeader, kind], [currentHeader, notDone]] of [
      ['fr-FR', ['Type', 'Fait / pas fait'], ['Actuel', 'Pas fait']],
      ['es-ES', ['Tipo', 'Hecho / no hecho'], ['Actual', 'No hecho']],
      ['ja-JP', ['Kind', 'Done / not done'], ['Current', 'Not done']],
    ] as const) {
      const { excel, row } = await loadedIn(locale);
      expect([locale, excel.cellAt(okrTableName, row, kindHeader).value]).toEqual([locale, kind]);
      expect(excel.cellAt(okrTableName, row, currentHeader).value).toBe(notDone);
    }
  });
});

describe('status words and validation alerts in the user’s language', () => {
  const statusColumn = (excel: FakeExcel) => {
    const headers = excel.headers(okrTableName);
    return headers[columnIndexes(headers).get('status')!]!;
  };
  /** The words the Status column's conditional formats colour. */
  const colouredWords = (excel: FakeExcel) => {
    const letter = letterOf(statusColumn(excel));
    return excel
      .table(okrTableName)
      .sheet.conditionalFormats.filter(
        (format) => format.address.startsWith(letter) && format.type === 'ContainsText',
      )
      .map((format) => (format.settings['textComparison.rule'] as { text: string }).text);
  };
  /** The last alert laid on a column's body (a rule written anew replaces the one before). */
  const alertOn = (excel: FakeExcel, header: string) => {
    const letter = letterOf(header);
    const laid = excel
      .table(okrTableName)
      .sheet.validations.filter((v) => new RegExp(`^${letter}2:${letter}\\d+$`).test(v.address))
      .map((v) => (v as { settings?: { errorAlert?: unknown } }).settings?.errorAlert);
    return laid[laid.length - 1];
  };
  const statusWords = (excel: FakeExcel, board: SeededBoard) =>
    board.keyResults.map((kr) =>
      String(cell(excel, board, board.keyResults.indexOf(kr), statusColumn(excel)).value),
    );

  test('a German pane writes German status words, colours them and titles its alerts in German', async () => {
    const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
    const excel = new FakeExcel();
    await open(excel, true, 'de-DE').sync.load([store.teamId], board.cycle);
    expect(
      statusWords(excel, board).every((word) => statusWord(statusNamed(word)!, 'de') === word),
    ).toBe(true);
    expect(colouredWords(excel)).toEqual([
      'Nicht begonnen',
      'Im Plan',
      'Gefährdet',
      'Im Verzug',
      'Erreicht',
    ]);
    expect(alertOn(excel, 'Zuversicht')).toEqual({
      message: '„Zuversicht“ muss eine ganze Zahl von 1 bis 10 sein, etwa 7.',
      showAlert: true,
      style: 'Stop',
      title: 'Zuversicht',
    });
    expect(alertOn(excel, 'Zielwert')).toMatchObject({
      message: '„Zielwert“ muss eine Zahl sein, etwa 42,5.',
    });
    expect(JSON.parse(String(excel.settings.get(formatsSetting)))).toEqual({
      status: ['de'],
      validation: 'de',
      rules: columnRules('de'),
      widths: columnWidths,
      measureRulesByRow: measureRulesVersion,
    });
  });

  test('an English sheet of an earlier version, loaded by a German pane, keeps its colours right and is read back in English', async () => {
    const { board, excel } = await loaded(2);
    excel.settings.delete(formatsSetting); // an earlier version recorded no languages
    const english = statusWords(excel, board);
    expect(english.every((word) => statusWord(statusNamed(word)!, 'en') === word)).toBe(true);

    excel.syncs = 0;
    const german = open(excel, true, 'de-DE').sync;
    await german.load([store.teamId], board.cycle);
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(statusWords(excel, board)).toEqual(
      english.map((word) => statusWord(statusNamed(word)!, 'de')),
    );
    const bothLanguages = [
      ...statuses.map((s) => statusWord(s, 'en')),
      ...statuses.map((s) => statusWord(s, 'de')),
    ];
    expect(colouredWords(excel)).toEqual(bothLanguages);
    // The sheet keeps its English headers; the alerts speak German, titled by them.
    expect(alertOn(excel, 'Confidence')).toMatchObject({
      title: 'Confidence',
      message: '„Confidence“ muss eine ganze Zahl von 1 bis 10 sein, etwa 7.',
    });
    await german.load([store.teamId], board.cycle);
    expect(colouredWords(excel)).toEqual(bothLanguages);

    // Back under an English pane: the German words are its statuses, nothing is typed over.
    const englishPane = open(excel, true, 'en').sync;
    expect((await englishPane.markEdits()).readOnly).toEqual([]);
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Current', 42);
    expect(await englishPane.send()).toMatchObject({ sent: 1 });
    expect(statusNamed(String(cell(excel, board, 0, 'Status').value))).toBeDefined();
    expect(colouredWords(excel)).toEqual(bothLanguages);
  });

  test('a column added to an earlier version’s table gets its validation alert', async () => {
    const board = await seedBoard(store.repository, store.teamId, 1, '2026-06-15');
    // An earlier version's table: no Weight column, no record of its formatting's languages.
    const { excel, sheet, headers } = earlierTable('Weight');
    await open(excel, true, 'en').sync.load([store.teamId], board.cycle);
    expect(excel.headers(okrTableName).at(-1)).toBe('Weight');
    const weight = columnLetter(headers.length);
    const laid = sheet.validations.find((v) => v.address.startsWith(`${weight}2`)) as {
      settings?: { rule?: unknown; errorAlert?: unknown };
    };
    // The store takes a weight above 0 only: Excel refuses 0 and less as they are typed.
    expect(laid.settings?.rule).toEqual({ decimal: { formula1: 0, operator: 'GreaterThan' } });
    expect(laid.settings?.errorAlert).toMatchObject({
      title: 'Weight',
      message: 'Weight is a number greater than 0, such as 1.',
    });
  });

  test('an earlier version’s table gets the hidden Saved progress column on its next Load, hidden, without a rule, in the same syncs', async () => {
    const board = await seedBoard(store.repository, store.teamId, 1, '2026-06-15');
    const { excel, sheet, headers } = earlierTable('Saved progress');
    const { sync } = open(excel, true, 'en');
    excel.syncs = 0;
    await sync.load([store.teamId], board.cycle);
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(excel.headers(okrTableName).at(-1)).toBe('Saved progress');
    expect(sheet.hiddenColumns.has(headers.length)).toBe(true);
    const column = columnLetter(headers.length);
    expect(sheet.validations.some((v) => v.address.startsWith(`${column}2`))).toBe(false);
    // Its rows' Progress reads it: a refused value shows the store's progress.
    excel.type(okrTableName, 0, 'Current', 'lots');
    await sync.markEdits();
    expect(excel.cellAt(okrTableName, 0, 'Saved progress').value).toBe(0.1);
    expect(excel.cellAt(okrTableName, 0, 'Progress').formula).toBe(progressFormula(inEnglish));
  });

  test('a table validated by an earlier version (its Weight took 0) gets today’s rules on the next Load, in the same syncs; then no more', async () => {
    const { board, excel } = await loaded(2);
    const sheet = excel.table(okrTableName).sheet;
    const weight = letterOf('Weight');
    const weightRules = () =>
      sheet.validations
        .filter((v) => new RegExp(`^${weight}2:${weight}\\d+$`).test(v.address))
        .map((v) => (v as { settings?: { rule?: unknown } }).settings?.rule);
    // As the version before the Weight's rule left it: English, no rules recorded.
    excel.settings.set(formatsSetting, JSON.stringify({ status: ['en'], validation: 'en' }));
    const laidBefore = weightRules().length;

    excel.syncs = 0;
    await open(excel).sync.load([store.teamId], board.cycle);
    expect(excel.syncs).toBe(2);
    expect(weightRules().slice(laidBefore)).toEqual([
      { decimal: { formula1: 0, operator: 'GreaterThan' } },
    ]);
    expect(JSON.parse(String(excel.settings.get(formatsSetting)))).toEqual({
      status: ['en'],
      validation: 'en',
      rules: columnRules('en'),
      widths: columnWidths,
      measureRulesByRow: measureRulesVersion,
    });

    const laidOnce = sheet.validations.length;
    await open(excel).sync.load([store.teamId], board.cycle);
    expect(sheet.validations.length).toBe(laidOnce);
  });

  test('a send from a German pane into an English sheet colours the German statuses it writes', async () => {
    const { board, excel } = await loaded(1);
    excel.settings.delete(formatsSetting);
    const german = open(excel, true, 'de-DE').sync;
    excel.type(okrTableName, 0, 'Current', 42);
    expect(await german.send()).toMatchObject({ sent: 1 });
    const status = String(cell(excel, board, 0, 'Status').value);
    expect(statusWord(statusNamed(status)!, 'de')).toBe(status);
    expect(colouredWords(excel)).toContain(status);
    expect(JSON.parse(String(excel.settings.get(formatsSetting)))).toEqual({
      status: ['en', 'de'],
      validation: 'en',
      measureRulesByRow: measureRulesVersion,
    });
  });
});

describe('tracking edits', () => {
  test('a user’s edit marks its row pending, the add-in’s own writes do not, and it survives reopening', async () => {
    const { board, excel, workbook, sync } = await loaded(3);
    let edits = 0;
    let marking: Promise<unknown> = Promise.resolve();
    const stop = workbook.onUserEdit(() => {
      edits += 1;
      marking = sync.markEdits();
    });
    await sync.summary(); // the subscription is in place once a batch has run after it
    await sync.load([store.teamId], board.cycle);
    await excel.settled();
    expect(edits).toBe(0);

    excel.type(okrTableName, rowOf(excel, board.keyResults[1]!.id), 'Current', 42);
    await excel.settled();
    await marking;
    expect(edits).toBe(1);
    expect(cell(excel, board, 1, 'Sync').value).toBe('Pending');
    expect(cell(excel, board, 0, 'Sync').value).toBe('');
    // Removed through the context it was added in (office.js ignores a removal from another).
    stop();
    await new Promise((resolve) => setImmediate(resolve));
    excel.type(okrTableName, rowOf(excel, board.keyResults[2]!.id), 'Current', 43);
    await excel.settled();
    expect(edits).toBe(1);

    // A new task pane (or the reopened workbook) finds the edits in the sheet itself, the one
    // made while no pane listened too.
    const reopened = open(excel);
    expect((await reopened.sync.summary()).pending).toBe(2);
  });

  test('a deleted OKR sheet is heard as an edit: the pane then shows a workbook without the table', async () => {
    const { excel, workbook, sync } = await loaded(2);
    let marking: Promise<Awaited<ReturnType<typeof sync.markEdits>>> | undefined;
    const stop = workbook.onUserEdit(() => {
      marking = sync.markEdits();
    });
    await sync.summary(); // the subscription is in place once a batch has run after it
    excel.deleteSheet(excel.table(okrTableName).sheet.name);
    await excel.settled();
    expect(marking).toBeDefined();
    expect(await marking).toMatchObject({ loaded: false, rows: 0, pending: 0 });
    stop();
  });
  /** Sets a KR's cell to text, as Excel holds an entry typed '42, or typed in a cell formatted as Text. */
  function typeText(excel: FakeExcel, id: string, header: string, text: string) {
    const table = excel.table(okrTableName);
    const column = excel.headers(okrTableName).indexOf(header);
    table.sheet.setCell(table.top + 1 + rowOf(excel, id), table.left + column, {
      value: text,
      numberFormat: 'General',
    });
  }

  test('the value a cell held, typed again as text, is no edit; text that reads as no value is to fix, naming the cell and what is accepted', async () => {
    const { board, excel, sync } = await loaded(3);
    const [a, b, c] = board.keyResults;
    // Each KR: Start 0, Target 100, Current 10 customers, Confidence 5, Weight 1.
    typeText(excel, a!.id, 'Current', '10');
    typeText(excel, a!.id, 'Confidence', ' 5 ');
    typeText(excel, b!.id, 'Current', '10 customers');
    typeText(excel, b!.id, 'Start', '0.0');
    typeText(excel, b!.id, 'Target', '100 customers');
    typeText(excel, b!.id, 'Weight', '1.0');
    typeText(excel, c!.id, 'Current', 'lots');
    const marked = await sync.markEdits();
    expect([marked.pending, marked.toFix]).toEqual([0, 1]);
    const why = 'Current: “lots” is not a number. Type a number such as 1,234.5.';
    expect(marked.withMessages).toEqual([
      expect.objectContaining({ keyResultId: c!.id, message: why, row: rowOf(excel, c!.id) + 2 }),
    ]);
    expect([0, 1, 2].map((index) => cell(excel, board, index, 'Sync').value)).toEqual([
      '',
      '',
      `Pending: ${why}`,
    ]);
    expect(await sync.send()).toMatchObject({ sent: 0, definitions: 0, rejected: 1 });
  });

  test('in a German sheet, a value typed again with the decimal comma or as a percentage is no edit', async () => {
    const board = await seedBoard(store.repository, store.teamId, 3, '2026-06-15');
    const [share, rate, other] = await Promise.all([
      store.repository.updateKeyResult({ ...board.keyResults[0]!, unit: '%', current: 42 }),
      store.repository.updateKeyResult({
        ...board.keyResults[1]!,
        unit: 'Punkte',
        start: 0,
        target: 1,
        current: 0.5,
      }),
      store.repository.updateKeyResult({ ...board.keyResults[2]!, unit: '%', current: 7.5 }),
    ]);
    const excel = new FakeExcel();
    const { sync } = open(excel, true, 'de-DE');
    await sync.load([store.teamId], board.cycle);
    const current = headerOf('current', 'de');
    typeText(excel, share!.id, current, '42 %');
    typeText(excel, rate!.id, current, '0,5');
    typeText(excel, rate!.id, headerOf('target', 'de'), '1,0 Punkte');
    // Excel's own reading of a typed "7,5 %": 0.075 formatted as a percentage.
    const table = excel.table(okrTableName);
    table.sheet.setCell(
      table.top + 1 + rowOf(excel, other!.id),
      table.left + excel.headers(okrTableName).indexOf(current),
      { value: 0.075, numberFormat: '0.0%' },
    );
    const marked = await sync.markEdits();
    expect([marked.pending, marked.toFix, marked.withMessages]).toEqual([0, 0, []]);
    const sync_ = headerOf('sync', 'de');
    expect(
      [share, rate, other].map(
        (kr) =>
          cell(
            excel,
            board,
            board.keyResults.findIndex((k) => k.id === kr!.id),
            sync_,
          ).value,
      ),
    ).toEqual(['', '', '']);
    // Typed again as a new value, the row is pending and sent as it reads.
    typeText(excel, rate!.id, current, '0,6');
    expect((await sync.markEdits()).pending).toBe(1);
    expect(await sync.send()).toMatchObject({ sent: 1, rejected: 0 });
    expect((await history(board, 1)).map((checkIn) => checkIn.value)).toContain(0.6);
  });
});

describe('read-only cells typed over', () => {
  test('are kept with why in the row and the summary, never sent, survive a send, and Load puts the store’s values back', async () => {
    const { board, excel, sync } = await loaded(2);
    const [first, second] = board.keyResults.map((kr) => rowOf(excel, kr.id));
    const statusBefore = cell(excel, board, 0, 'Status').value;
    excel.type(okrTableName, first!, 'Status', 'Great');
    excel.type(okrTableName, first!, 'Progress', 0.9);
    excel.type(okrTableName, second!, 'Objective', 'A better objective');
    let summary = await sync.markEdits();
    expect(summary.pending).toBe(0);
    expect(summary.readOnly.map((row) => [row.keyResultId, row.message])).toEqual([
      [
        board.keyResults[0]!.id,
        '“Great” is not a status (a status is one of Not started, On track, At risk, Off track, Achieved). ' +
          `Status follows the check-ins (the store has “${String(statusBefore)}”); Progress is worked out by the sheet's formula. Type it back, or Load puts the store's values back.`,
      ],
      [
        board.keyResults[1]!.id,
        `Objective is changed in Teams (the store has “${board.objectives[0]!.title}”). Type it back, or Load puts the store's values back.`,
      ],
    ]);
    expect(String(cell(excel, board, 0, 'Sync').value)).toBe(
      `Not sent from Excel: ${summary.readOnly[0]!.message}`,
    );

    // A check-in on the row is sent; what was typed over stays, the store's new values noted.
    excel.type(okrTableName, first!, 'Current', 40);
    summary = await sync.markEdits();
    expect(summary.pending).toBe(1);
    expect(String(cell(excel, board, 0, 'Sync').value)).toMatch(/^Pending\. Not sent from Excel: /);
    const outcome = await sync.send();
    expect(outcome).toMatchObject({ sent: 1, definitions: 0, failed: 0 });
    expect(cell(excel, board, 0, 'Status').value).toBe('Great');
    expect(cell(excel, board, 0, 'Progress').value).toBe(0.9);
    expect(cell(excel, board, 0, 'Last check-in').value).toBe('2026-06-15');
    expect(String(cell(excel, board, 0, 'Sync').value)).toMatch(
      /^Sent 2026-06-15 10:00 UTC\. Not sent from Excel: “Great” is not a status \(.*\)\. Status follows the check-ins \(the store has “[A-Za-z ]+”\)/,
    );
    expect(outcome.summary.readOnly).toHaveLength(2);
    const stored = await store.repository.loadBoard({
      cycleId: board.cycle.id,
      teamIds: [store.teamId],
    });
    expect(stored.objectives.map((o) => o.title)).not.toContain('A better objective');

    // Typing the store's value back clears the note; Load puts back the rest.
    excel.type(okrTableName, second!, 'Objective', board.objectives[0]!.title);
    expect((await sync.markEdits()).readOnly).toHaveLength(1);
    expect(cell(excel, board, 1, 'Sync').value).toBe('');
    summary = await sync.load([store.teamId], board.cycle);
    expect(summary.readOnly).toEqual([]);
    expect(cell(excel, board, 0, 'Status').value).not.toBe('Great');
    expect(cell(excel, board, 0, 'Progress').formula).toBe(progressFormula(inEnglish));
    expect(cell(excel, board, 0, 'Sync').value).toBe('');
  });
});

describe('sending check-ins', () => {
  test('a wrong entry in a German pane’s sheet is not sent, and its row says why in German', async () => {
    const board = await seedBoard(store.repository, store.teamId, 1, '2026-06-15');
    const excel = new FakeExcel();
    const { sync } = open(excel, true, 'de-DE');
    await sync.load([store.teamId], board.cycle);
    const row = rowOf(excel, board.keyResults[0]!.id);
    excel.type(okrTableName, row, headerOf('current', 'de'), 'viel');
    const outcome = await sync.send();
    expect(outcome).toMatchObject({ sent: 0, rejected: 1 });
    const why = 'Aktuell: „viel“ ist keine Zahl. Geben Sie eine Zahl wie 1.234,5 ein.';
    expect(excel.cellAt(okrTableName, row, headerOf('sync', 'de')).value).toBe(
      `Ausstehend: ${why}`,
    );
    expect(outcome.summary.withMessages.map((entry) => entry.message)).toEqual([why]);
  });

  test('“45%” typed in Current (Excel makes it 0.45 formatted as a percentage) sends 45 on a KR in %, and is refused on one in customers; a date is refused, naming it; a refresh writes plain numbers back', async () => {
    const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
    const inPercent = await store.repository.createKeyResult({
      objectiveId: board.objectives[0]!.id,
      title: 'Trial accounts that convert from 30% to 60%',
      kind: 'increase',
      start: 30,
      target: 60,
      current: 40,
      unit: '%',
      weight: 1,
      confidence: 5,
    });
    const excel = new FakeExcel();
    const { sync } = open(excel);
    await sync.load([store.teamId], board.cycle);
    const at = (id: string) => rowOf(excel, id);
    const current = (id: string) => excel.cellAt(okrTableName, at(id), 'Current');
    const [customers, dated] = board.keyResults.map((kr) => kr.id) as [string, string];
    excel.type(okrTableName, at(inPercent.id), 'Current', '45%');
    excel.type(okrTableName, at(customers), 'Current', '45%');
    excel.type(okrTableName, at(dated), 'Current', '2026-06-12');
    expect([current(inPercent.id).value, current(dated).numberFormat]).toEqual([
      0.45,
      'yyyy-mm-dd',
    ]);

    const typed = await sync.markEdits();
    expect(new Map(typed.withMessages.map((row) => [row.keyResultId, row.message]))).toEqual(
      new Map([
        [
          customers,
          'Current: Excel shows “45%” because the cell is formatted as a percentage, but this KR counts customers. Set the cell’s number format back to General (Home › Number Format), then type the number again.',
        ],
        [
          dated,
          'Current: Excel shows the date 2026-06-12 because the cell is formatted as a date, but this KR counts customers. Set the cell’s number format back to General (Home › Number Format), then type the number again.',
        ],
      ]),
    );
    expect(await sync.send()).toMatchObject({ sent: 1, rejected: 2 });
    const values = async (id: string) =>
      ((await store.repository.checkInHistory([id])).get(id) ?? []).map((c) => c.value);
    expect(await values(inPercent.id)).toEqual([45]);
    expect([await values(customers), await values(dated)]).toEqual([[], []]);
    // Sent, the cell still shows 45% and is no edit any more.
    expect((await sync.summary()).pending).toBe(0);

    await sync.load([store.teamId], board.cycle);
    // The store's values are written back as plain numbers where a percentage or a date showed.
    expect([current(inPercent.id).value, current(inPercent.id).numberFormat]).toEqual([
      45,
      'General',
    ]);
    const after = await sync.summary();
    expect([after.pending, after.toFix]).toEqual([0, 2]);
  });

  test('Current and Target formatted as % on a KR in customers: each row says what Excel shows, what the KR takes and how to fix it, and sends nothing until the format is General again', async () => {
    const { board, excel, sync } = await loaded(2);
    const table = excel.table(okrTableName);
    // The person formats the whole Current and Target columns as percentages.
    const format = (row: number, header: string, numberFormat: string) => {
      const column = excel.headers(okrTableName).indexOf(header);
      const cell = excel.cellAt(okrTableName, row, header);
      table.sheet.setCell(table.top + 1 + row, table.left + column, { ...cell, numberFormat });
    };
    for (let row = 0; row < table.bodyRows; row += 1) {
      format(row, 'Current', '0%');
      format(row, 'Target', '0.0%');
    }
    const [first, second] = board.keyResults.map((kr) => kr.id) as [string, string];
    excel.type(okrTableName, rowOf(excel, first), 'Current', 45);

    const fix =
      'Set the cell’s number format back to General (Home › Number Format), then type the number again.';
    const marked = await sync.markEdits();
    expect(new Map(marked.withMessages.map((row) => [row.keyResultId, row.message]))).toEqual(
      new Map([
        [
          first,
          `Target: Excel shows “10000%” because the cell is formatted as a percentage, but this KR counts customers. ${fix} ` +
            `Current: Excel shows “4500%” because the cell is formatted as a percentage, but this KR counts customers. ${fix}`,
        ],
        [
          second,
          `Target: Excel shows “10000%” because the cell is formatted as a percentage, but this KR counts customers. ${fix} ` +
            `Current: Excel shows “1000%” because the cell is formatted as a percentage, but this KR counts customers. ${fix}`,
        ],
      ]),
    );
    // Not even the Target (read as 10000 before) goes to the store.
    expect(await sync.send()).toMatchObject({ sent: 0, definitions: 0 });
    const stored = await store.repository.loadBoard({
      cycleId: board.cycle.id,
      teamIds: [store.teamId],
    });
    expect(stored.keyResults.map((kr) => kr.target)).toEqual([100, 100]);

    // General again, and the number typed: the row sends.
    format(rowOf(excel, first), 'Current', 'General');
    format(rowOf(excel, first), 'Target', 'General');
    excel.type(okrTableName, rowOf(excel, first), 'Current', 45);
    expect(await sync.send()).toMatchObject({ sent: 1, definitions: 0 });
    expect((await history(board, 0)).map((c) => c.value)).toEqual([45]);
  });

  test('a date in Confidence (the cell formatted as a date) says so and how to fix it, in the pane’s language', async () => {
    const board = await seedBoard(store.repository, store.teamId, 1, '2026-06-15');
    const excel = new FakeExcel();
    const { sync } = open(excel, true, 'de-DE');
    await sync.load([store.teamId], board.cycle);
    const table = excel.table(okrTableName);
    const header = headerOf('confidence', 'de');
    const column = excel.headers(okrTableName).indexOf(header);
    const cell = excel.cellAt(okrTableName, 0, header);
    table.sheet.setCell(table.top + 1, table.left + column, {
      ...cell,
      numberFormat: 'dd.mm.yyyy',
    });
    excel.type(okrTableName, 0, header, 7);

    const marked = await sync.markEdits();
    expect(marked.withMessages.map((row) => row.message)).toEqual([
      'Zuversicht: Excel zeigt das Datum 1900-01-07, weil die Zelle als Datum formatiert ist, aber die Zuversicht ist eine ganze Zahl von 1 bis 10. Stellen Sie das Zahlenformat der Zelle wieder auf Standard (Start › Zahlenformat), und geben Sie die Zahl dann erneut ein.',
    ]);
  });

  test('Load writes a new KR’s numbers as plain numbers under a row formatted as % (an appended row takes the format of the row above)', async () => {
    const { board, excel, sync } = await loaded(1);
    const table = excel.table(okrTableName);
    const column = excel.headers(okrTableName).indexOf('Start');
    const cell = excel.cellAt(okrTableName, 0, 'Start');
    // The last row's Start cell formatted as %: the row appended below takes that format.
    table.sheet.setCell(table.top + 1, table.left + column, { ...cell, numberFormat: '0%' });
    const added = await addOnboardingKeyResult(board.objectives[0]!.id);
    await sync.load([store.teamId], board.cycle);
    const start = (id: string) => excel.cellAt(okrTableName, rowOf(excel, id), 'Start');
    expect([start(added.id).value, start(added.id).numberFormat]).toEqual([10, 'General']);
    const summary = await sync.summary();
    expect(summary.withMessages.map((row) => row.keyResultId)).not.toContain(added.id);
  });

  test('a send after the OKR sheet was deleted is refused with its reason, so the pane says it in its language', async () => {
    const { excel, sync } = await loaded(1);
    excel.deleteSheet(excel.table(okrTableName).sheet.name);
    const refused = await sync.send().then(
      () => 'sent',
      (error: unknown) => (error instanceof WorkbookError ? error.problem : error),
    );
    expect(refused).toEqual({ code: 'notLoaded' });
    expect(paneWordsFor('de-DE').problem({ code: 'notLoaded' })).toBe(
      'Laden Sie zuerst die KRs in diese Arbeitsmappe.',
    );
  });

  test('sends edited rows once, writes the new eTags back and marks them sent', async () => {
    const { board, excel, workbook, sync } = await loaded(4);
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Current', 30);
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Note', 'two new customers');
    excel.type(okrTableName, rowOf(excel, board.keyResults[3]!.id), 'Confidence', 7);

    const outcome = await sync.send();
    expect(outcome).toMatchObject({ sent: 2, rejected: 0, conflicts: 0, failed: 0 });
    // The pane confirms what was saved, naming each KR in the sheet's order.
    expect(outcome.saved).toEqual([
      expect.objectContaining({
        title: board.keyResults[0]!.title,
        what: '30 customers (confidence 5)',
      }),
      expect.objectContaining({
        title: board.keyResults[3]!.title,
        what: '10 customers (confidence 7)',
      }),
    ]);
    const [first] = await history(board, 0);
    expect(first).toMatchObject({ value: 30, note: 'two new customers', source: 'excel' });
    expect((await history(board, 3))[0]).toMatchObject({ value: 10, confidence: 7 });
    expect(await history(board, 1)).toHaveLength(0);

    const after = await store.repository.loadBoard({
      cycleId: board.cycle.id,
      teamIds: [store.teamId],
    });
    const kr0 = after.keyResults.find((kr) => kr.id === board.keyResults[0]!.id)!;
    expect(cell(excel, board, 0, 'KR eTag').value).toBe(kr0.version);
    expect(String(cell(excel, board, 0, 'Sync').value)).toMatch(/^Sent 2026-06-15/);
    expect(cell(excel, board, 0, 'Last check-in').value).toBe('2026-06-15');

    expect(await sync.send()).toMatchObject({ sent: 0, rejected: 0, conflicts: 0, failed: 0 });
    expect(await history(board, 0)).toHaveLength(1);
    expect((await workbook.readTable())?.rows.every((r) => stateOf(r).kind !== 'pending')).toBe(
      true,
    );
  });

  test('a note left in its cell after it was sent goes with that check-in only: not sent again, nor the confirmation of a later big jump', async () => {
    const { board, excel, sync } = await loaded(1);
    const at = () => rowOf(excel, board.keyResults[0]!.id);
    excel.type(okrTableName, at(), 'Current', 20);
    excel.type(okrTableName, at(), 'Note', 'Two pilots signed');
    expect(await sync.send()).toMatchObject({ sent: 1 });

    excel.type(okrTableName, at(), 'Confidence', 6);
    expect(await sync.send()).toMatchObject({ sent: 1 });
    // A jump from 20 to 80 of 0 → 100 needs a note of its own.
    excel.type(okrTableName, at(), 'Current', 80);
    expect(await sync.send()).toMatchObject({ sent: 0, rejected: 1 });
    expect(String(cell(excel, board, 0, 'Sync').value)).toMatch(/big jump/);
    excel.type(okrTableName, at(), 'Note', 'Partner channel opened');
    expect(await sync.send()).toMatchObject({ sent: 1, rejected: 0 });
    expect((await history(board, 0)).map((c) => [c.value, c.confidence, c.note])).toEqual([
      [20, 5, 'Two pilots signed'],
      [20, 6, ''],
      [80, 6, 'Partner channel opened'],
    ]);
  });

  test('a conflict shows both values; "keep theirs" takes the store’s, "use mine" sends again', async () => {
    const { board, excel, sync } = await loaded(2);
    const other = store.repositoryFor(demoUsers.alexWilber.id);
    for (const [index, value] of [
      [0, 40],
      [1, 41],
    ] as const) {
      const kr = board.keyResults[index]!;
      await other.saveCheckIns([
        {
          clientId: `alex-${kr.id}`,
          keyResultId: kr.id,
          value,
          confidence: 6,
          note: '',
          author: { id: demoUsers.alexWilber.id, displayName: 'Alex Wilber' },
          at: now.toISOString(),
          source: 'teams',
          keyResultVersion: kr.version!,
        },
      ]);
    }
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Current', 42);
    excel.type(okrTableName, rowOf(excel, board.keyResults[1]!.id), 'Current', 43);

    expect(await sync.send()).toMatchObject({ sent: 0, rejected: 0, conflicts: 2, failed: 0 });
    const text = String(cell(excel, board, 0, 'Sync').value);
    expect(text).toContain('yours 42');
    expect(text).toContain('theirs 40');
    const summary = await sync.summary();
    expect(summary.conflicts.map((c) => [c.fields[0]?.mine, c.fields[0]?.theirs])).toEqual([
      [42, 40],
      [43, 41],
    ]);

    await sync.resolve(board.keyResults[0]!.id, 'theirs');
    expect(cell(excel, board, 0, 'Current').value).toBe(40);
    expect(cell(excel, board, 0, 'Sync').value).toBe('');
    expect(await history(board, 0)).toHaveLength(1);

    expect(await sync.resolve(board.keyResults[1]!.id, 'mine')).toMatchObject({ sent: 1 });
    expect((await history(board, 1)).map((c) => c.value)).toEqual([41, 43]);
    expect((await sync.summary()).conflicts).toHaveLength(0);
  });

  test('a KR renamed in Teams while its row waits, loaded again or not, takes the row’s check-in; its target changed there is a conflict', async () => {
    const { board, excel, sync } = await loaded(3);
    const other = store.repositoryFor(demoUsers.alexWilber.id);
    const [renamedThenLoaded, renamed, retargeted] = board.keyResults;
    excel.type(okrTableName, rowOf(excel, renamedThenLoaded!.id), 'Current', 42);
    excel.type(okrTableName, rowOf(excel, renamed!.id), 'Current', 43);
    excel.type(okrTableName, rowOf(excel, retargeted!.id), 'Current', 44);
    await other.updateKeyResult({ ...renamedThenLoaded!, title: 'Renamed in Teams' });
    await sync.load([store.teamId], board.cycle);
    await other.updateKeyResult({ ...renamed!, title: 'Renamed in Teams too' });
    await other.updateKeyResult({ ...retargeted!, target: retargeted!.target + 10 });

    const outcome = await sync.send();

    expect(outcome).toMatchObject({ sent: 2, conflicts: 1, failed: 0 });
    expect(outcome.saved.map((saved) => saved.title)).toEqual([
      'Renamed in Teams',
      'Renamed in Teams too',
    ]);
    expect(outcome.summary.conflicts.map((conflict) => conflict.keyResultId)).toEqual([
      retargeted!.id,
    ]);
    expect((await history(board, 0)).map((c) => c.value)).toEqual([42]);
    expect((await history(board, 1)).map((c) => c.value)).toEqual([43]);
    expect(await history(board, 2)).toEqual([]);
  });

  test('bad cells get a message on their row and nothing is sent for them', async () => {
    const { board, excel, sync } = await loaded(4);
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Current', 'lots');
    excel.type(okrTableName, rowOf(excel, board.keyResults[1]!.id), 'Confidence', 42);
    excel.type(okrTableName, rowOf(excel, board.keyResults[2]!.id), 'Current', '');
    excel.type(okrTableName, rowOf(excel, board.keyResults[3]!.id), 'Confidence', 7.5);

    expect(await sync.send()).toMatchObject({ sent: 0, rejected: 4, conflicts: 0, failed: 0 });
    for (const index of [0, 1, 2, 3]) expect(await history(board, index)).toHaveLength(0);
    expect(String(cell(excel, board, 0, 'Sync').value)).toMatch(/^Pending: .*number/i);
    expect(String(cell(excel, board, 1, 'Sync').value)).toMatch(/^Pending: .*1.*10/);
    expect(String(cell(excel, board, 2, 'Sync').value)).toMatch(
      // Named as its column reads, where it said "Current value".
      /^Pending: Current is empty\. Type a number/,
    );
    expect(String(cell(excel, board, 3, 'Sync').value)).toMatch(/^Pending: .*whole/i);
    const summary = await sync.summary();
    expect([summary.pending, summary.toFix]).toEqual([0, 4]);
    expect(summary.withMessages).toHaveLength(4);
  });

  test('the pane names the sheet row of each cell to fix, as Excel numbers it, wherever the row moved', async () => {
    const { board, excel, sync } = await loaded(3);
    const [, second, third] = board.keyResults.map((kr) => kr.id) as [string, string, string];
    excel.type(okrTableName, rowOf(excel, third), 'Current', 'lots');
    excel.type(okrTableName, rowOf(excel, second), 'Objective', 'Typed over');
    // The header is row 1 of the sheet: the third KR's row is row 4.
    const typed = await sync.markEdits();
    expect(typed.withMessages.map(({ keyResultId, row }) => [keyResultId, row])).toEqual([
      [third, 4],
    ]);
    expect(typed.readOnly.map(({ keyResultId, row }) => [keyResultId, row])).toEqual([[second, 3]]);
    // The first row deleted, the rows below move up a row, and the pane follows them.
    excel.deleteRow(excel.table(okrTableName), rowOf(excel, board.keyResults[0]!.id));
    const moved = await sync.markEdits();
    expect(moved.withMessages.find((entry) => entry.keyResultId === third)?.row).toBe(3);
    expect(moved.readOnly.map(({ keyResultId, row }) => [keyResultId, row])).toEqual([[second, 2]]);
  });

  test('a Start that is no number, on a row whose note is edited too, is said once', async () => {
    const { board, excel, sync } = await loaded(1);
    const at = rowOf(excel, board.keyResults[0]!.id);
    excel.type(okrTableName, at, 'Start', 'lots');
    excel.type(okrTableName, at, 'Note', 'New baseline');
    const typed = await sync.markEdits();
    expect(typed.withMessages.map((row) => row.message)).toEqual([
      'Start: “lots” is not a number. Type a number such as 1,234.5.',
    ]);
  });

  test('a Target typed on the Start, or a Kind that turns the target the wrong way, is to fix as typed, and nothing is sent', async () => {
    const { board, excel, sync } = await loaded(2);
    const [first, second] = board.keyResults.map((kr) => kr.id) as [string, string];
    const start = (id: string) => excel.cellAt(okrTableName, rowOf(excel, id), 'Start').value;
    const target = (id: string) => excel.cellAt(okrTableName, rowOf(excel, id), 'Target').value;
    excel.type(okrTableName, rowOf(excel, first), 'Target', start(first));
    excel.type(okrTableName, rowOf(excel, second), 'Kind', 'Decrease');
    const typed = await sync.markEdits();
    expect([typed.pending, typed.toFix]).toEqual([0, 2]);
    expect(new Map(typed.withMessages.map((row) => [row.keyResultId, row.message]))).toEqual(
      new Map([
        [
          first,
          `The target equals the start value (${start(first)}), so there is nothing to move. Set a target that differs from the baseline.`,
        ],
        [
          second,
          `A key result of the kind “Decrease” needs a target below its start value (${start(second)}); the target is ${target(second)}.`,
        ],
      ]),
    );
    expect(await sync.send()).toMatchObject({ sent: 0, definitions: 0 });
  });

  test('a row whose Kind and Current do not read, with a confidence off the scale, says every problem at once, each once, as typed and after a send', async () => {
    const { board, excel, sync } = await loaded(1);
    const at = rowOf(excel, board.keyResults[0]!.id);
    excel.type(okrTableName, at, 'Kind', 'Grow');
    excel.type(okrTableName, at, 'Current', 'lots');
    excel.type(okrTableName, at, 'Confidence', 42);
    const why =
      'Kind: “Grow” is not one of Increase, Decrease, Stay at or above, Stay at or below, Milestones, Done / not done. ' +
      'Current: “lots” is not a number. Type a number such as 1,234.5. ' +
      'Confidence 42 is outside 1–10. Type a number from 1 to 10.';
    expect((await sync.markEdits()).withMessages.map((row) => row.message)).toEqual([why]);
    const outcome = await sync.send();
    expect(outcome).toMatchObject({ sent: 0, definitions: 0 });
    expect(excel.cellAt(okrTableName, at, 'Sync').value).toBe(`Pending: ${why}`);
    expect(outcome.summary.withMessages.map((row) => row.message)).toEqual([why]);
    // A value judged against the measure (a big jump) waits for the Kind: it follows from it.
    excel.type(okrTableName, at, 'Current', 1e6);
    expect((await sync.markEdits()).withMessages.map((row) => row.message)).toEqual([
      why.replace(/ Current: .*? 1,234\.5\./, ''),
    ]);
  });

  test('a bad value is to fix before any send, and a change to send once fixed', async () => {
    const { board, excel, sync } = await loaded(2);
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Confidence', 42);
    // Not sent yet, the bad value is known as typed: nothing to send.
    const typed = await sync.markEdits();
    expect([typed.pending, typed.toFix]).toEqual([0, 1]);
    // The message names the value typed, and what is accepted.
    expect(typed.withMessages.map((row) => row.message)).toEqual([
      'Confidence 42 is outside 1–10. Type a number from 1 to 10.',
    ]);
    expect(sendLabel(typed)).toBe('Nothing to send');

    // Fixed, the row is a change to send.
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Confidence', 7);
    const fixed = await sync.markEdits();
    expect([fixed.pending, fixed.toFix]).toEqual([1, 0]);
  });

  test('a row whose KR was deleted in OKR Coach is marked so, never sent again however edited, and Load removes it', async () => {
    const { board, excel, sync } = await loaded(3);
    const [kept, gone, changed] = board.keyResults;
    excel.type(okrTableName, rowOf(excel, kept!.id), 'Current', 20);
    excel.type(okrTableName, rowOf(excel, gone!.id), 'Current', 30);
    // A KR change on a KR no longer on the board is marked the same way.
    excel.type(okrTableName, rowOf(excel, changed!.id), 'Description', 'Billing');
    await store.repository.deleteKeyResult(gone!);
    await store.repository.deleteKeyResult(changed!);
    excel.syncs = 0;
    const outcome = await sync.send();
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(outcome).toMatchObject({ sent: 1, gone: 2, failed: 0, conflicts: 0, refused: 0 });
    expect(String(cell(excel, board, 1, 'Sync').value)).toBe(
      'Deleted in OKR Coach (found 2026-06-15 10:00 UTC): this row is no longer sent. Delete the row, or Load removes it.',
    );
    expect(String(cell(excel, board, 2, 'Sync').value)).toMatch(
      /^No longer on this board in OKR Coach \(deleted, or moved to another team or cycle; found 2026-06-15 10:00 UTC\)/,
    );
    const after = outcome.summary;
    expect([after.pending, after.toFix]).toEqual([0, 0]);
    expect(after.withMessages).toEqual([
      expect.objectContaining({ keyResultId: gone!.id, gone: true }),
      expect.objectContaining({ keyResultId: changed!.id, gone: true }),
    ]);
    expect(after.withMessages.map((row) => row.message)).toEqual([
      'deleted, found 2026-06-15 10:00 UTC',
      'no longer on this board (deleted or moved), found 2026-06-15 10:00 UTC',
    ]);
    expect(sendLabel(after)).toBe('Nothing to send');
    expect(sheetStatus(after, outcome)).toEqual({
      intent: 'warning',
      text: '2 rows’ KRs deleted in OKR Coach (see below).',
      done: '1 check-in sent.',
    });

    // Edited again, it is still not sent: the store is not asked.
    excel.type(okrTableName, rowOf(excel, gone!.id), 'Current', 31);
    const asked = [
      jest.spyOn(store.repository, 'saveCheckIns'),
      jest.spyOn(store.repository, 'updateKeyResult'),
    ];
    try {
      const edited = await sync.markEdits();
      expect([edited.pending, edited.withMessages.length]).toEqual([0, 2]);
      expect(await sync.send()).toMatchObject({ sent: 0, gone: 0, failed: 0 });
      for (const spy of asked) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of asked) spy.mockRestore();
    }
    expect(String(cell(excel, board, 1, 'Sync').value)).toMatch(/^Deleted in OKR Coach/);

    // Load removes the rows, as their Sync cells said.
    const loadedAgain = await sync.load([store.teamId], board.cycle);
    expect([loadedAgain.rows, loadedAgain.withMessages]).toEqual([1, []]);
    expect(rowOf(excel, kept!.id)).toBe(0);
  });

  test('a bad value says why in its Sync cell as soon as it is typed, and stops once fixed, in no more syncs than any edit', async () => {
    const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
    const excel = new FakeExcel();
    const { sync } = open(excel, true, 'de-DE');
    await sync.load([store.teamId], board.cycle);
    const at = (index: number) => rowOf(excel, board.keyResults[index]!.id);
    const syncCell = (index: number) =>
      String(excel.cellAt(okrTableName, at(index), headerOf('sync', 'de')).value);
    // What marking a good edit takes (read the table, write its Sync cells).
    excel.type(okrTableName, at(0), headerOf('note', 'de'), 'Gut');
    excel.syncs = 0;
    await sync.markEdits();
    const anyEdit = excel.syncs;

    excel.type(okrTableName, at(0), headerOf('confidence', 'de'), 42);
    excel.type(okrTableName, at(1), headerOf('weight', 'de'), 0);
    excel.syncs = 0;
    const typed = await sync.markEdits();
    expect(excel.syncs).toBe(anyEdit);
    // The cell says what the pane says, in the pane's language.
    expect(
      typed.withMessages.map((row) =>
        syncCell(row.keyResultId === board.keyResults[0]!.id ? 0 : 1),
      ),
    ).toEqual(typed.withMessages.map((row) => `Ausstehend: ${row.message}`));
    expect(syncCell(0)).toBe(
      'Ausstehend: Die Zuversicht 42 liegt außerhalb von 1–10. Geben Sie eine Zahl von 1 bis 10 ein.',
    );
    expect(syncCell(1)).toBe('Ausstehend: Die Gewichtung muss größer als null sein, nicht 0.');

    excel.type(okrTableName, at(0), headerOf('confidence', 'de'), 7);
    excel.type(okrTableName, at(1), headerOf('weight', 'de'), 2);
    excel.syncs = 0;
    const fixed = await sync.markEdits();
    expect(excel.syncs).toBe(anyEdit);
    expect([syncCell(0), syncCell(1)]).toEqual(['Ausstehend', 'Ausstehend']);
    expect([fixed.pending, fixed.toFix, fixed.withMessages]).toEqual([2, 0, []]);
  });

  test('a refused value leaves its row’s Progress on the progress the store has, beside its reason, until fixed; in no more syncs than any edit', async () => {
    const { board, excel, sync } = await loaded(3);
    const [text, below, good] = board.keyResults.map((kr) => rowOf(excel, kr.id));
    const savedOf = (row: number) => excel.cellAt(okrTableName, row, 'Saved progress').value;
    const syncOf = (row: number) => String(excel.cellAt(okrTableName, row, 'Sync').value);
    expect([text, below, good].map((row) => savedOf(row!))).toEqual(['', '', '']);
    excel.type(okrTableName, good!, 'Note', 'On its way');
    excel.syncs = 0;
    await sync.markEdits();
    const anyEdit = excel.syncs;

    // Pasted past the columns' rules: text in Current, a count below zero.
    excel.type(okrTableName, text!, 'Current', 'lots');
    excel.type(okrTableName, below!, 'Current', -500);
    excel.type(okrTableName, good!, 'Current', 30);
    excel.syncs = 0;
    const typed = await sync.markEdits();
    expect(excel.syncs).toBe(anyEdit);
    expect(typed.toFix).toBe(2);
    expect(syncOf(text!)).toMatch(/^Pending: Current: “lots” is not a number\./);
    expect(syncOf(below!)).toMatch(/^Pending: Current: .* -500 customers is not accepted\./);
    // The store has 10 of 100 (10%): Progress shows that, never −500's; the good row its own.
    expect([text, below, good].map((row) => savedOf(row!))).toEqual([0.1, 0.1, '']);
    // Progress keeps the table's one formula on every row: it reads the saved cell.
    for (const row of [text, below, good]) {
      expect(excel.cellAt(okrTableName, row!, 'Progress').formula).toBe(progressFormula(inEnglish));
    }

    // Fixed, the row's Progress follows its cells again, and a send takes it.
    excel.type(okrTableName, below!, 'Current', 40);
    const fixed = await sync.markEdits();
    expect(fixed.toFix).toBe(1);
    expect([text, below].map((row) => savedOf(row!))).toEqual([0.1, '']);
    expect(await sync.send()).toMatchObject({ sent: 2 });
    expect(savedOf(text!)).toBe(0.1);
    expect(syncOf(text!)).toMatch(/^Pending: Current: “lots” is not a number\./);
  });

  test('a row the store refuses says why and is not sent again until edited; the other rows go, and nothing of it is written', async () => {
    const board = await seedBoard(store.repository, store.teamId, 4, '2026-06-15');
    const excel = new FakeExcel();
    // The store's rules are its own: here its notes are shorter than the pane last read them.
    const pane = { ...model, limits: { ...model.limits, noteMaxLength: 5000 } };
    const sync = new WorkbookSync({
      workbook: createOfficeWorkbook({ run: excel.run, notes: true, locale: model.locale }),
      repository: store.repository,
      model: pane,
      author: store.author,
      clock: () => now,
    });
    await sync.load([store.teamId], board.cycle);
    const [owner, unit, note, good] = board.keyResults.map((kr) => rowOf(excel, kr.id));
    // An owner the directory does not know, with a check-in on the same row.
    excel.type(okrTableName, owner!, 'Owner', 'Jon');
    excel.type(okrTableName, owner!, 'Current', 30);
    excel.type(okrTableName, unit!, 'Unit', 'u'.repeat(70));
    excel.type(okrTableName, note!, 'Current', 35);
    excel.type(okrTableName, note!, 'Note', 'n'.repeat(2001));
    excel.type(okrTableName, good!, 'Current', 25);
    expect((await sync.markEdits()).pending).toBe(4);

    excel.syncs = 0;
    const outcome = await sync.send();
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(outcome).toMatchObject({ sent: 1, definitions: 0, refused: 3, failed: 0 });
    expect(outcome.saved.map((kr) => kr.keyResultId)).toEqual([board.keyResults[3]!.id]);
    // The refused row's check-in was not sent either.
    expect(await history(board, 0)).toEqual([]);
    const syncOf = (row: number) => String(excel.cellAt(okrTableName, row, 'Sync').value);
    expect(syncOf(owner!)).toMatch(
      /^Refused: Owner: no one person in the directory is “Jon”\. Type a colleague’s work email .* Edit the row to send it again\.$/,
    );
    expect(syncOf(unit!)).toMatch(
      /^Refused: .*Keep Unit to 64 characters or fewer \(it has 70\)\. Edit the row to send it again\.$/,
    );
    expect(syncOf(note!)).toMatch(
      /^Refused: .*Keep Note to 2,000 characters or fewer \(it has 2,001\)\. Edit the row to send it again\.$/,
    );
    const after = outcome.summary;
    // The Sync cell says the refusal short (what was refused, what is accepted); the pane in full.
    expect([syncOf(unit!), syncOf(note!)]).toEqual([
      'Refused: Keep Unit to 64 characters or fewer (it has 70). Edit the row to send it again.',
      'Refused: Keep Note to 2,000 characters or fewer (it has 2,001). Edit the row to send it again.',
    ]);
    expect(after.withMessages.map((row) => row.message).slice(1)).toEqual([
      'That was not saved. Some values break the rules. Nothing was written. Keep Unit to 64 characters or fewer (it has 70).',
      'That was not saved. Some values break the rules. Nothing was written. Keep Note to 2,000 characters or fewer (it has 2,001).',
    ]);
    expect([after.pending, after.toFix]).toEqual([0, 0]);
    expect(after.withMessages.map((row) => [row.keyResultId, row.refused])).toEqual(
      board.keyResults.slice(0, 3).map((kr) => [kr.id, true]),
    );
    // A refused row's Progress shows what the store has (10 of 100), not its typed 30 or 35.
    const savedOf = (row: number) => excel.cellAt(okrTableName, row, 'Saved progress').value;
    expect([owner, unit, note, good].map((row) => savedOf(row!))).toEqual([0.1, 0.1, 0.1, '']);
    expect(sendLabel(after)).toBe('Nothing to send');
    expect(sheetStatus(after, outcome)).toEqual({
      intent: 'warning',
      text: '3 refused (see below).',
      done: '1 check-in sent.',
    });

    // Sent again as they are, they would be refused again: nothing is asked of the store.
    const asked = [
      jest.spyOn(store.repository, 'saveCheckIns'),
      jest.spyOn(store.repository, 'updateKeyResult'),
      jest.spyOn(store.repository, 'findPeople'),
    ];
    try {
      expect((await sync.markEdits()).withMessages).toHaveLength(3);
      expect(await sync.send()).toMatchObject({ sent: 0, refused: 0, failed: 0 });
      for (const spy of asked) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of asked) spy.mockRestore();
    }

    // Edited, a row is sent again: the owner found, its check-in goes with it.
    excel.type(okrTableName, owner!, 'Owner', demoUsers.meganBowen.displayName);
    excel.type(okrTableName, unit!, 'Unit', 'paying customers');
    const edited = await sync.markEdits();
    expect([edited.pending, edited.withMessages.filter((row) => row.refused).length]).toEqual([
      2, 1,
    ]);
    expect(await sync.send()).toMatchObject({ sent: 1, definitions: 2, refused: 0 });
    expect((await history(board, 0)).map((checkIn) => checkIn.value)).toEqual([30]);
    expect(syncOf(owner!)).toMatch(/^Sent /);
    expect(syncOf(note!)).toMatch(/^Refused: /);
    // Saved now, the owner's row follows its cells again; the note's row still shows the store's.
    expect([owner, unit, note].map((row) => savedOf(row!))).toEqual(['', '', 0.1]);
  });

  test('a German pane’s Sync cell says the store’s refusal short and in German', async () => {
    const board = await seedBoard(store.repository, store.teamId, 1, '2026-06-15');
    const excel = new FakeExcel();
    const { sync } = open(excel, true, 'de-DE');
    await sync.load([store.teamId], board.cycle);
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Einheit', 'u'.repeat(70));
    expect(await sync.send()).toMatchObject({ refused: 1 });
    const said = String(
      excel.cellAt(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Synchronisierung').value,
    );
    expect(said).toMatch(
      /^Abgelehnt: .*64.*70.* Bearbeiten Sie die Zeile, um sie erneut zu senden\.$/,
    );
    expect(said).not.toMatch(/not saved|Keep/);
  });

  test('a refused row with a cell to fix says both, in its Sync cell and the pane', async () => {
    const { board, excel, sync } = await loaded(1);
    const at = rowOf(excel, board.keyResults[0]!.id);
    excel.type(okrTableName, at, 'Owner', 'Jon');
    excel.type(okrTableName, at, 'Confidence', 42);
    expect(await sync.send()).toMatchObject({ sent: 0, refused: 1 });
    const said = String(excel.cellAt(okrTableName, at, 'Sync').value);
    expect(said).toMatch(
      /^Refused: Owner: no one person in the directory is “Jon”\..* Confidence 42 is outside 1–10\. Type a number from 1 to 10\. Edit the row to send it again\.$/,
    );
    expect((await sync.summary()).withMessages.map((row) => `Refused: ${row.message}`)).toEqual([
      said.replace(/ Edit the row to send it again\.$/, ''),
    ]);
  });

  test('a bad value the send refused goes from its row once fixed; a reason the store gave stays, pending once the row is edited, until the next send', async () => {
    const { board, excel, sync } = await loaded(2);
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Confidence', 42);
    excel.type(okrTableName, rowOf(excel, board.keyResults[1]!.id), 'Owner', 'Jon');
    expect(await sync.send()).toMatchObject({ sent: 0, rejected: 2 });
    expect(String(cell(excel, board, 0, 'Sync').value)).toMatch(/^Pending: .*1.*10/);
    expect(String(cell(excel, board, 1, 'Sync').value)).toMatch(/^Refused: .*Jon/);

    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Confidence', 7);
    excel.type(okrTableName, rowOf(excel, board.keyResults[1]!.id), 'Description', 'Billing');
    const fixed = await sync.markEdits();
    expect(cell(excel, board, 0, 'Sync').value).toBe('Pending');
    expect(String(cell(excel, board, 1, 'Sync').value)).toMatch(/^Pending: .*Jon/);
    expect(fixed.withMessages.map((row) => row.keyResultId)).toEqual([board.keyResults[1]!.id]);
  });
});

describe('definitions edited in the sheet', () => {
  test('a row whose check-in the store would refuse on the KR as its change leaves it is refused whole, before anything is written', async () => {
    const { board, excel, sync } = await loaded(2);
    const [kr, source] = board.keyResults;
    excel.type(okrTableName, rowOf(excel, kr!.id), 'Description', 'Billing');
    excel.type(okrTableName, rowOf(excel, kr!.id), 'Current', 30);
    // Meanwhile someone makes the KR roll up from another: it takes no check-in of its own.
    const rolledUp = await store.repository.updateKeyResult({
      ...kr!,
      rolledUpFrom: [{ kind: 'keyResult', id: source!.id, weight: 1 }],
    });
    const written = jest.spyOn(store.repository, 'updateKeyResult');
    try {
      excel.syncs = 0;
      const outcome = await sync.send();
      expect(excel.syncs).toBeLessThanOrEqual(3);
      expect(outcome).toMatchObject({ sent: 0, definitions: 0, refused: 1, failed: 0 });
      // Refused before the KR change was written: the store has neither.
      expect(written).not.toHaveBeenCalled();
    } finally {
      written.mockRestore();
    }
    const { keyResults } = await store.repository.loadBoard({
      cycleId: board.cycle.id,
      teamIds: [store.teamId],
    });
    const now = keyResults.find((k) => k.id === kr!.id)!;
    expect([now.description ?? '', now.version]).toEqual(['', rolledUp.version]);
    expect(await history(board, 0)).toEqual([]);
    expect(String(cell(excel, board, 0, 'Sync').value)).toMatch(/^Refused: .*rolls up/);
  });

  test('a KR change the store took before it refused the row’s check-in is put back, with the eTag it got, and the Sync cell says so', async () => {
    const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
    const excel = new FakeExcel();
    // The store's rules are its own: here its notes are shorter than the pane last read them.
    const sync = new WorkbookSync({
      workbook: createOfficeWorkbook({ run: excel.run, notes: true, locale: model.locale }),
      repository: store.repository,
      model: { ...model, limits: { ...model.limits, noteMaxLength: 5000 } },
      author: store.author,
      clock: () => now,
    });
    await sync.load([store.teamId], board.cycle);
    const kr = board.keyResults[0]!;
    const at = rowOf(excel, kr.id);
    excel.type(okrTableName, at, 'Description', 'Billing');
    excel.type(okrTableName, at, 'Target', 120);
    excel.type(okrTableName, at, 'Current', 35);
    excel.type(okrTableName, at, 'Note', 'n'.repeat(2001));

    excel.syncs = 0;
    const outcome = await sync.send();
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(outcome).toMatchObject({ sent: 0, definitions: 0, refused: 1, failed: 0, saved: [] });
    const stored = async () =>
      (
        await store.repository.loadBoard({ cycleId: board.cycle.id, teamIds: [store.teamId] })
      ).keyResults.find((k) => k.id === kr.id)!;
    const back = await stored();
    // Nothing of the row stays: the KR is as it was, and no check-in was saved.
    expect([back.description ?? '', back.target]).toEqual(['', 100]);
    expect(await history(board, 0)).toEqual([]);
    expect(String(excel.cellAt(okrTableName, at, 'Sync').value)).toBe(
      'Refused: Keep Note to 2,000 characters or fewer (it has 2,001). The store took your change to Description, Target before it refused the check-in: the change was put back, so nothing of this row is saved. Edit the row to send it again.',
    );
    expect(outcome.summary.withMessages.map((row) => row.message)).toEqual([
      'That was not saved. Some values break the rules. Nothing was written. Keep Note to 2,000 characters or fewer (it has 2,001). The store took your change to Description, Target before it refused the check-in: the change was put back, so nothing of this row is saved.',
    ]);
    // The row holds the eTag the put-back got: a shorter note sends the whole row, no conflict.
    expect(excel.cellAt(okrTableName, at, 'KR eTag').value).toBe(back.version);
    excel.type(okrTableName, at, 'Note', 'Two big deals');
    expect(await sync.send()).toMatchObject({ sent: 1, definitions: 1, conflicts: 0 });
    const after = await stored();
    expect([after.description, after.target, after.current]).toEqual(['Billing', 120, 35]);
  });

  /** A send whose store has shorter notes than the pane last read (it refuses 2,001 characters). */
  async function withStricterStore(locale = model.locale) {
    const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
    const excel = new FakeExcel();
    const sync = new WorkbookSync({
      workbook: createOfficeWorkbook({ run: excel.run, notes: true, locale }),
      repository: store.repository,
      model: { ...model, locale, limits: { ...model.limits, noteMaxLength: 5000 } },
      author: store.author,
      clock: () => now,
    });
    await sync.load([store.teamId], board.cycle);
    const kr = board.keyResults[0]!;
    const stored = async () =>
      (
        await store.repository.loadBoard({ cycleId: board.cycle.id, teamIds: [store.teamId] })
      ).keyResults.find((k) => k.id === kr.id)!;
    return { board, excel, sync, kr, at: rowOf(excel, kr.id), stored };
  }

  type UpdateKeyResult = OkrStore['repository']['updateKeyResult'];
  /** One of the store's KR writes during a send, made over the real one (`update`). */
  type KrWrite = (update: UpdateKeyResult) => UpdateKeyResult;
  const asUsual: KrWrite = (update) => update;
  const offline: KrWrite = () => () => Promise.reject(new OfflineError('fetch failed'));
  // A change a check-in depends on (a rename is not one: the check-in would go through).
  const meganChangesUnit: KrWrite = (update) => async (keyResult, options) => {
    const saved = await update(keyResult, options);
    await update({ ...saved, unit: 'paying customers' });
    return saved;
  };

  /** A send whose KR writes go as `writes` say, in no more than three context.sync() calls. */
  async function sendWith(excel: FakeExcel, sync: WorkbookSync, writes: readonly KrWrite[]) {
    const update = store.repository.updateKeyResult.bind(store.repository);
    const spy = jest.spyOn(store.repository, 'updateKeyResult');
    for (const write of writes) spy.mockImplementationOnce(write(update));
    try {
      excel.syncs = 0;
      const outcome = await sync.send();
      expect(excel.syncs).toBeLessThanOrEqual(3);
      expect(spy).toHaveBeenCalledTimes(writes.length);
      return outcome;
    } finally {
      spy.mockRestore();
    }
  }

  test('a KR change the store took before a refused check-in, that cannot be put back, is said to stay saved without the check-in, in the Sync cell and the pane', async () => {
    const { board, excel, sync, kr, at, stored } = await withStricterStore();
    excel.type(okrTableName, at, 'Description', 'Billing');
    excel.type(okrTableName, at, 'Target', 120);
    excel.type(okrTableName, at, 'Current', 35);
    excel.type(okrTableName, at, 'Note', 'n'.repeat(2001));
    // The change goes through; the write that puts it back finds Microsoft 365 out of reach.
    const outcome = await sendWith(excel, sync, [asUsual, offline]);
    // The store has the KR change and no check-in, and the pane and the row say exactly that.
    const kept = await stored();
    expect([kept.description, kept.target, kept.current]).toEqual(['Billing', 120, 10]);
    expect(await history(board, 0)).toEqual([]);
    expect(outcome).toMatchObject({ sent: 0, definitions: 1, refused: 1, failed: 0 });
    expect(outcome.saved).toEqual([
      { keyResultId: kr.id, title: kr.title, what: 'Description, Target changed' },
    ]);
    expect(String(excel.cellAt(okrTableName, at, 'Sync').value)).toBe(
      'Refused: Keep Note to 2,000 characters or fewer (it has 2,001). Your change to Description, Target stays saved in OKR Coach, without the check-in: it could not be put back (You are offline. Microsoft 365 could not be reached. Check your connection and try again.). Edit the row to send it again.',
    );
    expect(outcome.summary.withMessages).toEqual([
      {
        keyResultId: kr.id,
        title: kr.title,
        refused: true,
        row: at + 2,
        message:
          'That was not saved. Some values break the rules. Nothing was written. Keep Note to 2,000 characters or fewer (it has 2,001). Your change to Description, Target stays saved in OKR Coach, without the check-in: it could not be put back (You are offline. Microsoft 365 could not be reached. Check your connection and try again.).',
      },
    ]);
    // The row holds the KR as the store has it: a shorter note sends the check-in alone.
    expect(excel.cellAt(okrTableName, at, 'KR eTag').value).toBe(kept.version);
    excel.type(okrTableName, at, 'Note', 'Two big deals');
    expect(await sync.send()).toMatchObject({ sent: 1, definitions: 0, conflicts: 0 });
    expect((await stored()).current).toBe(35);
  });

  test('a KR change the store took before someone else changed the KR is put back when the row’s check-in meets the conflict: the row waits whole, saying so in German', async () => {
    const { board, excel, sync, kr, at, stored } = await withStricterStore('de-DE');
    const header = (key: ColumnKey) => headerOf(key, 'de');
    excel.type(okrTableName, at, header('target'), 120);
    excel.type(okrTableName, at, header('current'), 35);
    // Megan changes the KR's unit between the change and the check-in.
    const outcome = await sendWith(excel, sync, [meganChangesUnit, asUsual]);
    // Nothing of the row stays; Megan's unit does.
    const back = await stored();
    expect([back.unit, back.target, back.current]).toEqual(['paying customers', 100, 10]);
    expect(await history(board, 0)).toEqual([]);
    expect(outcome).toMatchObject({ sent: 0, definitions: 0, conflicts: 1, failed: 0, saved: [] });
    const note =
      'Der Speicher hat Ihre Änderung an Ziel übernommen, dann hat jemand anderes dieses KR geändert, bevor das Check-in gespeichert war: Ihre Änderung wurde zurückgenommen, von dieser Zeile ist nichts gespeichert.';
    expect(String(excel.cellAt(okrTableName, at, header('sync')).value)).toBe(
      `Konflikt: Ihres 35 (Zuversicht 5), das andere 10 (Zuversicht 5). Entscheiden Sie im Aufgabenbereich. ${note}`,
    );
    expect(outcome.summary.conflicts).toEqual([
      expect.objectContaining({ keyResultId: kr.id, note }),
    ]);
    // The row takes the eTag the put-back got: "use mine" sends it whole, Megan's unit kept.
    expect(excel.cellAt(okrTableName, at, header('version')).value).toBe(back.version);
    expect(await sync.resolve(kr.id, 'mine')).toMatchObject({
      sent: 1,
      definitions: 1,
      conflicts: 0,
    });
    const after = await stored();
    expect([after.unit, after.target, after.current]).toEqual(['paying customers', 120, 35]);
  });

  test('a KR change that cannot be put back after the row’s check-in met a conflict is said to stay saved without the check-in, in German', async () => {
    const { board, excel, sync, kr, at, stored } = await withStricterStore('de-DE');
    const header = (key: ColumnKey) => headerOf(key, 'de');
    excel.type(okrTableName, at, header('target'), 120);
    excel.type(okrTableName, at, header('current'), 35);
    const outcome = await sendWith(excel, sync, [meganChangesUnit, offline]);
    const kept = await stored();
    expect([kept.unit, kept.target, kept.current]).toEqual(['paying customers', 120, 10]);
    expect(await history(board, 0)).toEqual([]);
    expect(outcome).toMatchObject({ sent: 0, definitions: 1, conflicts: 1, failed: 0 });
    const note =
      'Ihre Änderung an Ziel bleibt in OKR Coach gespeichert, ohne das Check-in: Sie konnte nicht zurückgenommen werden (Sie sind offline. Microsoft 365 war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.).';
    expect(String(excel.cellAt(okrTableName, at, header('sync')).value)).toBe(
      `Konflikt: Ihres 35 (Zuversicht 5), das andere 10 (Zuversicht 5). Entscheiden Sie im Aufgabenbereich. ${note}`,
    );
    expect(outcome.summary.conflicts).toEqual([
      expect.objectContaining({ keyResultId: kr.id, note }),
    ]);
    // "Use mine" sends the check-in alone over Megan's version: the change is there already.
    expect(await sync.resolve(kr.id, 'mine')).toMatchObject({
      sent: 1,
      definitions: 0,
      conflicts: 0,
    });
    expect((await stored()).current).toBe(35);
  });

  test('a title edited on a KR deleted from the board meanwhile is not sent, and its row says so in the pane’s language', async () => {
    const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
    const excel = new FakeExcel();
    const { sync } = open(excel, true, 'de-DE');
    await sync.load([store.teamId], board.cycle);
    const kr = board.keyResults[0]!;
    excel.type(okrTableName, rowOf(excel, kr.id), headerOf('keyResult', 'de'), 'Neuer Titel');
    await store.repository.deleteKeyResult(kr);
    expect(await sync.send()).toMatchObject({ definitions: 0, failed: 0, gone: 1 });
    expect(excel.cellAt(okrTableName, rowOf(excel, kr.id), headerOf('sync', 'de')).value).toBe(
      'In OKR Coach nicht mehr auf diesem Board (gelöscht oder in ein anderes Team oder einen anderen Zyklus verschoben; festgestellt 2026-06-15 10:00 UTC): Diese Zeile wird nicht mehr gesendet. Löschen Sie die Zeile, oder Laden entfernt sie.',
    );
  });

  test('money typed as the board shows it (“€1.5M”, “1,75 Mio. €”) is read in Current, Start and Target on a KR in €M; text that is none says how to type it', async () => {
    const board = await seedBoard(store.repository, store.teamId, 3, '2026-06-15');
    const [first, second, third] = await Promise.all(
      board.keyResults.map((kr) =>
        store.repository.updateKeyResult({ ...kr, unit: '€M', start: 1, target: 3, current: 1 }),
      ),
    );
    const excel = new FakeExcel();
    const { sync } = open(excel);
    await sync.load([store.teamId], board.cycle);
    const at = (id: string) => rowOf(excel, id);
    excel.type(okrTableName, at(first!.id), 'Start', '€500K');
    excel.type(okrTableName, at(first!.id), 'Target', '€3.5M');
    excel.type(okrTableName, at(first!.id), 'Current', '€1.5M');
    excel.type(okrTableName, at(second!.id), 'Current', '€1.5X');
    const why =
      'Current: “€1.5X” is not an amount in €M. Type a number such as 2.5, or the amount with its currency, such as €2.5M.';
    expect((await sync.markEdits()).withMessages.map((row) => row.message)).toEqual([why]);
    expect(await sync.send()).toMatchObject({ sent: 1, definitions: 1, rejected: 1 });
    const stored = await store.repository.loadBoard({
      cycleId: board.cycle.id,
      teamIds: [store.teamId],
    });
    const sent = stored.keyResults.find((kr) => kr.id === first!.id)!;
    expect([sent.start, sent.target, sent.current]).toEqual([0.5, 3.5, 1.5]);
    expect(excel.cellAt(okrTableName, at(second!.id), 'Sync').value).toBe(`Pending: ${why}`);

    // A German pane reads the German way of writing it (in the sheet headed in English); a number
    // typed as a number is read as before.
    const german = open(excel, true, 'de-DE').sync;
    await german.load([store.teamId], board.cycle);
    excel.type(okrTableName, at(third!.id), 'Current', '1,75 Mio. €');
    excel.type(okrTableName, at(second!.id), 'Current', 1.25);
    expect(await german.send()).toMatchObject({ sent: 2, rejected: 0 });
    const after = await store.repository.loadBoard({
      cycleId: board.cycle.id,
      teamIds: [store.teamId],
    });
    const currentOf = (id: string) => after.keyResults.find((kr) => kr.id === id)?.current;
    expect([currentOf(third!.id), currentOf(second!.id)]).toEqual([1.75, 1.25]);
  });

  test('German text cells: “2,5 €” on a KR in €M is 2.5 M€, “2,5 T€” and “2,5 TEUR” thousands, “(1.200)” and “(2.500 €)” negative', async () => {
    const board = await seedBoard(store.repository, store.teamId, 4, '2026-06-15');
    const [millions, thousands, teur, loss] = await Promise.all(
      [
        { unit: '€M', start: 1, target: 5, current: 1 },
        { unit: '€K', start: 1, target: 5, current: 1 },
        { unit: '€K', start: 1, target: 5, current: 1 },
        { unit: '€', start: -2000, target: 0, current: -2000 },
      ].map((measure, index) =>
        store.repository.updateKeyResult({ ...board.keyResults[index]!, ...measure }),
      ),
    );
    const excel = new FakeExcel();
    const { sync } = open(excel, true, 'de-DE');
    await sync.load([store.teamId], board.cycle);
    const typeText = (id: string, header: string, text: string) => {
      const table = excel.table(okrTableName);
      const column = table.left + excel.headers(okrTableName).indexOf(header);
      table.sheet.setCell(table.top + 1 + rowOf(excel, id), column, {
        value: text,
        numberFormat: '@',
      });
    };
    const current = headerOf('current', 'de');
    typeText(millions!.id, current, '2,5 €');
    typeText(thousands!.id, current, '2,5 T€');
    typeText(teur!.id, current, '2,5 TEUR');
    typeText(loss!.id, current, '(1.200)');
    typeText(loss!.id, headerOf('start', 'de'), '(2.500 €)');
    expect((await sync.markEdits()).withMessages).toEqual([]);
    expect(await sync.send()).toMatchObject({ sent: 4, definitions: 1, rejected: 0 });
    const stored = await store.repository.loadBoard({
      cycleId: board.cycle.id,
      teamIds: [store.teamId],
    });
    const currentOf = (id: string) => stored.keyResults.find((kr) => kr.id === id)?.current;
    expect([millions, thousands, teur, loss].map((kr) => currentOf(kr!.id))).toEqual([
      2.5, 2.5, 2.5, -1200,
    ]);
    expect(stored.keyResults.find((kr) => kr.id === loss!.id)?.start).toBe(-2500);
  });

  test('Progress shows what the pane read from a value Excel’s formula cannot read: “€1.5M” typed, 0.45 shown as 45% on a KR in %, “12 customers”; sent and after', async () => {
    const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
    const money = await store.repository.updateKeyResult({
      ...board.keyResults[0]!,
      unit: '€M',
      start: 1,
      target: 3,
      current: 1,
    });
    const inPercent = await store.repository.createKeyResult({
      objectiveId: board.objectives[0]!.id,
      title: 'Trial accounts that convert from 30% to 60%',
      kind: 'increase',
      start: 30,
      target: 60,
      current: 40,
      unit: '%',
      weight: 1,
      confidence: 5,
    });
    const counted = board.keyResults[1]!;
    const excel = new FakeExcel();
    const { sync } = open(excel);
    await sync.load([store.teamId], board.cycle);
    const savedOf = (id: string) =>
      excel.cellAt(okrTableName, rowOf(excel, id), 'Saved progress').value;
    excel.type(okrTableName, rowOf(excel, money.id), 'Current', '€1.5M');
    // Excel stores "45%" as 0.45 formatted 0%: the formula reads 0.45, below the KR's start.
    excel.type(okrTableName, rowOf(excel, inPercent.id), 'Current', '45%');
    excel.type(okrTableName, rowOf(excel, counted.id), 'Current', '55 customers');
    const ids = [money.id, inPercent.id, counted.id];
    expect((await sync.markEdits()).pending).toBe(3);
    // 1.5 of 1 → 3 is 25%; 45 of 30 → 60 is 50%; 55 of 0 → 100 is 55%, while the edits wait…
    expect(ids.map(savedOf)).toEqual([0.25, 0.5, 0.55]);
    expect(await sync.send()).toMatchObject({ sent: 3, rejected: 0 });
    // …and once they are sent, the cells keeping what was typed.
    expect(ids.map(savedOf)).toEqual([0.25, 0.5, 0.55]);
    expect(excel.cellAt(okrTableName, rowOf(excel, money.id), 'Current').value).toBe('€1.5M');
    // A number typed over the text: the formula reads it, and Progress follows it again.
    // The next check-in is judged against the €1.5M sent, not the KR's start: 2 is no big jump.
    excel.type(okrTableName, rowOf(excel, money.id), 'Current', 2);
    expect(await sync.markEdits()).toMatchObject({ pending: 1, toFix: 0 });
    expect(savedOf(money.id)).toBe('');
  });

  test('a title and a target typed in the sheet are sent, and a reload keeps them', async () => {
    const { board, excel, sync } = await loaded(2);
    const kr = board.keyResults[0]!;
    excel.type(okrTableName, rowOf(excel, kr.id), 'Key result', 'Grow paying customers to 60');
    excel.type(okrTableName, rowOf(excel, kr.id), 'Target', 60);
    excel.type(okrTableName, rowOf(excel, kr.id), 'Current', 12);
    expect((await sync.markEdits()).pending).toBe(1);

    expect(await sync.send()).toMatchObject({
      sent: 1,
      definitions: 1,
      conflicts: 0,
      // One line for the KR: its fields changed, then its check-in, under its new title.
      saved: [
        {
          keyResultId: kr.id,
          title: 'Grow paying customers to 60',
          what: 'Title, Target changed · 12 customers (confidence 5)',
        },
      ],
    });
    const after = await store.repository.loadBoard({
      cycleId: board.cycle.id,
      teamIds: [store.teamId],
    });
    const saved = after.keyResults.find((k) => k.id === kr.id)!;
    expect([saved.title, saved.target, saved.current]).toEqual([
      'Grow paying customers to 60',
      60,
      12,
    ]);
    expect(await history(board, 0)).toHaveLength(1);
    expect(String(cell(excel, board, 0, 'Sync').value)).toMatch(/^Sent /);
    expect(cell(excel, board, 0, 'KR eTag').value).toBe(saved.version);

    const summary = await sync.load([store.teamId], board.cycle);
    expect(summary.pending).toBe(0);
    expect(cell(excel, board, 0, 'Key result').value).toBe('Grow paying customers to 60');
  });

  test('a description, a weight and an owner (typed as an email or a full name) are sent; an unknown owner says what was typed and what is accepted', async () => {
    const { board, excel, sync } = await loaded(3);
    const at = (index: number) => rowOf(excel, board.keyResults[index]!.id);
    excel.type(okrTableName, at(0), 'Description', 'Counted from the billing system');
    excel.type(okrTableName, at(0), 'Weight', 2);
    excel.type(okrTableName, at(1), 'Owner', demoUsers.leeGu.mail!.toUpperCase());
    excel.type(okrTableName, at(2), 'Owner', 'Jon');
    expect((await sync.markEdits()).pending).toBe(3);

    expect(await sync.send()).toMatchObject({ definitions: 2, rejected: 1, failed: 0 });
    const after = await store.repository.loadBoard({
      cycleId: board.cycle.id,
      teamIds: [store.teamId],
    });
    const saved = (index: number) =>
      after.keyResults.find((k) => k.id === board.keyResults[index]!.id)!;
    expect([saved(0).description, saved(0).weight]).toEqual(['Counted from the billing system', 2]);
    expect(saved(1).owner?.id).toBe(demoUsers.leeGu.id);
    // The owner typed as an email reads as the person's name once sent.
    expect(cell(excel, board, 1, 'Owner').value).toBe('Lee Gu');
    expect(String(cell(excel, board, 1, 'Sync').value)).toMatch(/^Sent /);
    expect(saved(2).owner?.id).toBe(board.keyResults[2]!.owner?.id);
    expect(String(cell(excel, board, 2, 'Sync').value)).toBe(
      'Refused: Owner: no one person in the directory is “Jon”. Type a colleague’s work email (such as megan@contoso.com) or their full name as the directory has it. Edit the row to send it again.',
    );

    excel.type(okrTableName, at(2), 'Owner', 'Alex Wilber');
    expect(await sync.send()).toMatchObject({ definitions: 1, rejected: 0 });
    const summary = await sync.load([store.teamId], board.cycle);
    expect(summary.pending).toBe(0);
    expect(cell(excel, board, 2, 'Owner').value).toBe('Alex Wilber');
    expect(cell(excel, board, 0, 'Weight').value).toBe(2);
  });

  test('an emptied owner cell is to fix as it is typed, saying what was wrong and what is accepted; nothing is asked of the directory or the store', async () => {
    const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
    await store.repository.updateKeyResult({ ...board.keyResults[0]!, owner: store.author });
    const excel = new FakeExcel();
    const { sync } = open(excel);
    await sync.load([store.teamId], board.cycle);
    const at = rowOf(excel, board.keyResults[0]!.id);
    expect(excel.cellAt(okrTableName, at, 'Owner').value).toBe(store.author.displayName);
    excel.type(okrTableName, at, 'Owner', '');
    excel.syncs = 0;
    const typed = await sync.markEdits();
    expect(excel.syncs).toBeLessThanOrEqual(3);
    const said =
      'Owner: the cell is empty, and a KR always has an owner. Type a colleague’s work email (such as megan@contoso.com) or their full name as the directory has it.';
    expect([typed.pending, typed.toFix]).toEqual([0, 1]);
    expect(typed.withMessages.map((row) => row.message)).toEqual([said]);
    expect(String(excel.cellAt(okrTableName, at, 'Sync').value)).toBe(`Pending: ${said}`);
    expect(sendLabel(typed)).toBe('Nothing to send');

    const asked = [
      jest.spyOn(store.repository, 'findPeople'),
      jest.spyOn(store.repository, 'updateKeyResult'),
    ];
    try {
      expect(await sync.send()).toMatchObject({ definitions: 0, rejected: 1, refused: 0 });
      for (const spy of asked) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of asked) spy.mockRestore();
    }
    expect(String(excel.cellAt(okrTableName, at, 'Sync').value)).toBe(`Pending: ${said}`);

    // A colleague typed there, the row is a change to send, and goes.
    excel.type(okrTableName, at, 'Owner', demoUsers.alexWilber.displayName);
    const fixed = await sync.markEdits();
    expect([fixed.pending, fixed.toFix, fixed.withMessages]).toEqual([1, 0, []]);
    expect(await sync.send()).toMatchObject({ definitions: 1 });
  });

  test('an emptied Key result cell is to fix as it is typed, naming the column and the title it had; the pane names the row by that title', async () => {
    const { board, excel, sync } = await loaded(2);
    const kr = board.keyResults[0]!;
    const at = rowOf(excel, kr.id);
    excel.type(okrTableName, at, 'Key result', '');
    const typed = await sync.markEdits();
    const said = `Key result: the cell is empty, and a KR always has a title. Type what the key result measures again (it read “${kr.title}”).`;
    expect([typed.pending, typed.toFix]).toEqual([0, 1]);
    expect(typed.withMessages).toEqual([
      expect.objectContaining({ keyResultId: kr.id, title: kr.title, message: said }),
    ]);
    expect(String(excel.cellAt(okrTableName, at, 'Sync').value)).toBe(`Pending: ${said}`);

    const update = jest.spyOn(store.repository, 'updateKeyResult');
    try {
      expect(await sync.send()).toMatchObject({ definitions: 0, rejected: 1, refused: 0 });
      expect(update).not.toHaveBeenCalled();
    } finally {
      update.mockRestore();
    }

    excel.type(okrTableName, at, 'Key result', `${kr.title}, in writing`);
    const fixed = await sync.markEdits();
    expect([fixed.pending, fixed.toFix, fixed.withMessages]).toEqual([1, 0, []]);
    expect(await sync.send()).toMatchObject({ definitions: 1 });
  });

  test('a weight of 0 (pasted past the column’s rule) is to fix in the pane before a send, with the store’s reason', async () => {
    const { board, excel, sync } = await loaded(2);
    const at = (index: number) => rowOf(excel, board.keyResults[index]!.id);
    excel.type(okrTableName, at(0), 'Weight', 0);
    excel.type(okrTableName, at(1), 'Weight', 0.5);
    const typed = await sync.markEdits();
    expect([typed.pending, typed.toFix]).toEqual([1, 1]);
    expect(typed.withMessages).toEqual([
      expect.objectContaining({
        keyResultId: board.keyResults[0]!.id,
        message: 'The weight must be greater than zero, not 0.',
      }),
    ]);
    expect(await sync.send()).toMatchObject({ definitions: 1, rejected: 1, failed: 0 });
  });

  test('a Load after someone renamed a KR in Teams shows their title in a row with a pending check-in, and never sends it back as the user’s change', async () => {
    const { board, excel, sync } = await loaded(1);
    const kr = board.keyResults[0]!;
    const at = rowOf(excel, kr.id);
    excel.type(okrTableName, at, 'Current', 40);
    const other = store.repositoryFor(demoUsers.alexWilber.id);
    const stored = await other.loadBoard({ cycleId: board.cycle.id, teamIds: [store.teamId] });
    await other.updateKeyResult({ ...stored.keyResults[0]!, title: 'Renamed in Teams' });

    await sync.load([store.teamId], board.cycle);
    expect(excel.cellAt(okrTableName, at, 'Key result').value).toBe('Renamed in Teams');
    expect(excel.cellAt(okrTableName, at, 'Current').value).toBe(40);
    const update = jest.spyOn(store.repository, 'updateKeyResult');
    try {
      // The check-in still meets the KR's change (its eTag is the one the user typed against).
      expect(await sync.send()).toMatchObject({ definitions: 0 });
      expect(update).not.toHaveBeenCalled();
    } finally {
      update.mockRestore();
    }
    expect(String(excel.cellAt(okrTableName, at, 'Sync').value)).not.toMatch(/Title/);
    const [afterwards] = (
      await store.repository.loadBoard({ cycleId: board.cycle.id, teamIds: [store.teamId] })
    ).keyResults;
    expect(afterwards?.title).toBe('Renamed in Teams');
  });

  test('a row whose KR change is a conflict keeps its check-in too until the choice, then sends both', async () => {
    const { board, excel, sync } = await loaded(1);
    const other = store.repositoryFor(demoUsers.alexWilber.id);
    const stored = await other.loadBoard({ cycleId: board.cycle.id, teamIds: [store.teamId] });
    await other.updateKeyResult({ ...stored.keyResults[0]!, title: 'Theirs' });
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Key result', 'Mine');
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Current', 40);

    expect(await sync.send()).toMatchObject({ sent: 0, definitions: 0, conflicts: 1 });
    expect(await history(board, 0)).toEqual([]);
    expect(await sync.resolve(board.keyResults[0]!.id, 'mine')).toMatchObject({
      sent: 1,
      definitions: 1,
      conflicts: 0,
    });
    expect((await history(board, 0)).map((checkIn) => checkIn.value)).toEqual([40]);
  });

  test('a title both sides changed is a conflict showing both; "keep theirs" takes theirs, "use mine" sends mine', async () => {
    const { board, excel, sync } = await loaded(2);
    const other = store.repositoryFor(demoUsers.alexWilber.id);
    const stored = await other.loadBoard({ cycleId: board.cycle.id, teamIds: [store.teamId] });
    for (const index of [0, 1]) {
      const kr = stored.keyResults.find((k) => k.id === board.keyResults[index]!.id)!;
      await other.updateKeyResult({ ...kr, title: `Theirs ${index}` });
    }
    excel.type(okrTableName, rowOf(excel, board.keyResults[0]!.id), 'Key result', 'Mine 0');
    excel.type(okrTableName, rowOf(excel, board.keyResults[1]!.id), 'Key result', 'Mine 1');
    // A field only one side changed is merged, not a conflict.
    excel.type(okrTableName, rowOf(excel, board.keyResults[1]!.id), 'Unit', 'accounts');

    const outcome = await sync.send();
    expect(outcome).toMatchObject({ definitions: 0, conflicts: 2 });
    expect(String(cell(excel, board, 0, 'Sync').value)).toBe(
      'Conflict: Title yours “Mine 0”, theirs “Theirs 0”. Choose in the task pane.',
    );
    expect(outcome.summary.conflicts.map((c) => c.fields)).toEqual([
      [{ label: 'Title', mine: 'Mine 0', theirs: 'Theirs 0' }],
      [{ label: 'Title', mine: 'Mine 1', theirs: 'Theirs 1' }],
    ]);

    const theirs = await sync.resolve(board.keyResults[0]!.id, 'theirs');
    expect(theirs.summary.conflicts).toHaveLength(1);
    expect(cell(excel, board, 0, 'Key result').value).toBe('Theirs 0');
    expect(cell(excel, board, 0, 'Sync').value).toBe('');

    expect(await sync.resolve(board.keyResults[1]!.id, 'mine')).toMatchObject({ definitions: 1 });
    const after = await store.repository.loadBoard({
      cycleId: board.cycle.id,
      teamIds: [store.teamId],
    });
    const kr1 = after.keyResults.find((k) => k.id === board.keyResults[1]!.id)!;
    expect([kr1.title, kr1.unit]).toEqual(['Mine 1', 'accounts']);
    expect((await sync.summary()).pending).toBe(0);
  });
});

describe('new and deleted rows', () => {
  /** A person adds a table row at the bottom and types these cells into it. */
  function addRow(excel: FakeExcel, cells: Record<string, string | number>): number {
    const table = excel.table(okrTableName);
    const headers = excel.headers(okrTableName);
    excel.appendRows(table, [headers.map((header) => cells[header] ?? '')]);
    return table.bodyRows - 1;
  }

  async function storedKeyResults(board: SeededBoard) {
    return (await store.repository.loadBoard({ cycleId: board.cycle.id, teamIds: [store.teamId] }))
      .keyResults;
  }

  /**
   * A sheet loaded in `locale` with one KR in €M, from €1M to €3M, whose Current cell the user
   * formatted in euros (1,000,000 shown as 1.000.000 €); `header` names a column in `locale`.
   */
  async function loadedInEuros(locale = model.locale) {
    const board = await seedBoard(store.repository, store.teamId, 1, '2026-06-15');
    const [above] = board.keyResults as [KeyResult];
    await store.repository.updateKeyResult({
      ...above,
      unit: '€M',
      start: 1,
      target: 3,
      current: 1,
    });
    const excel = new FakeExcel();
    const { sync } = open(excel, true, locale);
    await sync.load([store.teamId], board.cycle);
    const table = excel.table(okrTableName);
    const headers = excel.headers(okrTableName);
    const indexes = columnIndexes(headers);
    table.sheet.setCell(
      table.top + 1 + rowOf(excel, above.id),
      table.left + indexes.get('current')!,
      { value: 1_000_000, numberFormat: '#,##0 €' },
    );
    return { excel, sync, header: (key: ColumnKey) => headers[indexes.get(key)!]! };
  }

  test('a row added below a KR’s euro-formatted Current takes its format: the amount in full typed there is read in €M, and Saved progress holds the row’s progress', async () => {
    const { excel, sync } = await loadedInEuros();
    const at = addRow(excel, {
      'Key result': 'Grow new ARR from €1M to €3M',
      Kind: 'Increase',
      Start: 1,
      Target: 3,
      Unit: '€M',
      Current: 2_000_000,
    });
    expect(excel.cellAt(okrTableName, at, 'Current').numberFormat).toBe('#,##0 €');
    const marked = await sync.markEdits();
    expect(marked.withMessages).toEqual([]);
    // Excel's formula would read 2,000,000 against 1 to 3; Saved progress says 50%.
    expect(excel.cellAt(okrTableName, at, 'Saved progress').value).toBe(0.5);
  });

  test('a new KR’s row typed in euros keeps its amount in full through the send that creates it and the check-in after, in German and English', async () => {
    for (const locale of ['de', 'en']) {
      const { excel, sync, header } = await loadedInEuros(locale);
      // As Excel keeps “1.500.000 €” typed in German, or “1,500,000 €” in English, below it.
      const at = addRow(excel, {
        [header('keyResult')]: `Grow ARR to €3M (${locale})`,
        [header('kind')]: locale === 'de' ? 'Steigern' : 'Increase',
        [header('start')]: 1,
        [header('target')]: 3,
        [header('unit')]: '€M',
        [header('current')]: 1_500_000,
      });
      const inEuros = { value: 1_500_000, numberFormat: '#,##0 €' };
      expect(excel.cellAt(okrTableName, at, header('current'))).toEqual(inEuros);
      await sync.send({ confirmed: await sync.review() });
      expect(excel.cellAt(okrTableName, at, header('current'))).toEqual(inEuros);
      expect(await sync.send()).toMatchObject({ sent: 1 });
      expect(excel.cellAt(okrTableName, at, header('current'))).toEqual(inEuros);
      expect(excel.cellAt(okrTableName, at, header('savedProgress')).value).toBe(0.25);
    }
  });

  test('a new row under an objective creates its KR only once confirmed, and a retried send creates nothing twice', async () => {
    const { board, excel, sync } = await loaded(2);
    const at = addRow(excel, {
      'Key result': 'Cut weekly churn from 5 % to 2 %',
      Kind: 'Decrease',
      Start: 5,
      Target: 2,
      Unit: '%',
      Current: 4,
    });
    const marked = await sync.markEdits();
    expect(marked.added).toEqual([
      { title: 'Cut weekly churn from 5 % to 2 %', objective: board.objectives[0]!.title },
    ]);
    expect(marked.pending).toBe(1);
    expect(String(excel.cellAt(okrTableName, at, 'Sync').value)).toMatch(/^Pending \(a new KR/);

    // Without the user's yes nothing is created.
    expect(await sync.send()).toMatchObject({ created: 0 });
    expect(await storedKeyResults(board)).toHaveLength(2);

    const review = await sync.review();
    expect(review.creates.map((c) => [c.title, c.objective])).toEqual([
      ['Cut weekly churn from 5 % to 2 %', board.objectives[0]!.title],
    ]);
    const bindingBefore = excel.settings.get(bindingSetting);
    const outcome = await sync.send({ confirmed: review });
    expect(outcome).toMatchObject({ created: 1, failed: 0, rejected: 0 });
    const created = (await storedKeyResults(board)).find((kr) =>
      kr.title.startsWith('Cut weekly churn'),
    )!;
    expect([
      created.objectiveId,
      created.kind,
      created.start,
      created.target,
      created.current,
    ]).toEqual([board.objectives[0]!.id, 'decrease', 5, 2, 5]);
    expect(created.owner?.id).toBe(store.author.id);
    expect(excel.cellAt(okrTableName, at, 'KR id').value).toBe(created.id);
    expect(excel.cellAt(okrTableName, at, 'KR eTag').value).toBe(created.version);
    // The Current typed on the new row is a check-in, sent by the next send.
    expect(outcome.summary.added).toEqual([]);
    expect(outcome.summary.pending).toBe(1);
    expect(await sync.send()).toMatchObject({ sent: 1 });
    expect(
      ((await store.repository.checkInHistory([created.id])).get(created.id) ?? []).map(
        (c) => c.value,
      ),
    ).toEqual([4]);

    // The answer was lost before the sheet recorded the KR: the row reads as new again, and
    // sending it again finds the KR created the first time.
    for (const header of ['KR id', 'Objective id', 'KR eTag', 'Sync state', 'Sync']) {
      excel.type(okrTableName, at, header, '');
    }
    excel.settings.set(bindingSetting, bindingBefore);
    const again = await sync.review();
    expect(again.creates).toHaveLength(1);
    expect(again.deletes).toEqual([]);
    await sync.send({ confirmed: again });
    expect(
      (await storedKeyResults(board)).filter((kr) => kr.title.startsWith('Cut weekly churn')),
    ).toHaveLength(1);
    expect(excel.cellAt(okrTableName, at, 'KR id').value).toBe(created.id);
  });

  test('a new row that cannot be a KR says why in its row and in the summary, and is not offered', async () => {
    const { excel, sync } = await loaded(1);
    const noTarget = addRow(excel, { 'Key result': 'Hire two engineers' });
    const nowhere = addRow(excel, { Objective: 'Be famous', 'Key result': 'Get on TV', Target: 1 });
    const owner = addRow(excel, { 'Key result': 'Ship the app', Target: 3, Owner: 'Nobody Here' });
    const summary = await sync.markEdits();
    expect(String(excel.cellAt(okrTableName, noTarget, 'Sync').value)).toBe(
      'Pending: Target is required.',
    );
    expect(String(excel.cellAt(okrTableName, nowhere, 'Sync').value)).toMatch(
      /^Pending: Objective: “Be famous” is not one of “Customers love our onboarding \(1\)”/,
    );
    expect(summary.withMessages.map((row) => row.title)).toEqual([
      'Hire two engineers',
      'Get on TV',
    ]);

    const review = await sync.review();
    expect(review.creates.map((c) => c.title)).toEqual(['Ship the app']);
    const outcome = await sync.send({ confirmed: review });
    expect(outcome).toMatchObject({ created: 0, rejected: 1 });
    expect(String(excel.cellAt(okrTableName, owner, 'Sync').value)).toMatch(
      /^Pending: Owner: no one person in the directory is “Nobody Here”/,
    );
    expect(outcome.summary.withMessages.map((row) => row.title)).toContain('Ship the app');
    // Fixing the owner clears the recorded reason.
    excel.type(okrTableName, owner, 'Owner', 'Alex Wilber');
    expect((await sync.markEdits()).withMessages.map((row) => row.title)).not.toContain(
      'Ship the app',
    );
  });

  test('a deleted row asks: without a yes the KR stays and Load brings the row back; confirmed, the KR is deleted', async () => {
    const { board, excel, sync } = await loaded(3);
    const table = excel.table(okrTableName);
    const doomed = board.keyResults[1]!;
    excel.deleteRow(table, rowOf(excel, doomed.id));
    expect((await sync.markEdits()).deleted).toBe(1);
    expect(await sync.review()).toMatchObject({
      creates: [],
      deletes: [{ id: doomed.id, title: doomed.title }],
    });

    expect(await sync.send()).toMatchObject({ deleted: 0 });
    expect((await storedKeyResults(board)).map((kr) => kr.id)).toContain(doomed.id);
    const restored = await sync.load([store.teamId], board.cycle);
    expect(restored.deleted).toBe(0);
    expect(rowOf(excel, doomed.id)).toBeGreaterThanOrEqual(0);

    excel.deleteRow(table, rowOf(excel, doomed.id));
    const outcome = await sync.send({ confirmed: await sync.review() });
    expect(outcome).toMatchObject({ deleted: 1, notDeleted: [] });
    expect(outcome.summary.deleted).toBe(0);
    expect((await storedKeyResults(board)).map((kr) => kr.id)).not.toContain(doomed.id);
    await sync.load([store.teamId], board.cycle);
    expect(excel.table(okrTableName).bodyRows).toBe(2);
  });
});

describe('coaching in the sheet', () => {
  test('a German pane’s note says its suggestion in German', async () => {
    const board = await seedBoard(
      store.repository,
      store.teamId,
      1,
      '2026-06-15',
      () => 'Launch the new website',
    );
    const excel = new FakeExcel();
    const { sync } = open(excel, true, 'de-DE');
    await sync.load([store.teamId], board.cycle);
    await sync.coach();
    const note = excel
      .table(okrTableName)
      .sheet.notes.get(`B${rowOf(excel, board.keyResults[0]!.id) + 2}`);
    expect(note).toMatch(/^OKR Coach: .*\nVorschlag: /);
    expect(note).not.toContain('Suggestion');
  });

  test('weak wording gets a note and a highlight flag; fixing it removes both', async () => {
    const titles = ['Launch the new website', 'Grow weekly active customers from 120 to 300'];
    const { board, excel, sync } = await loaded(2, (index) => titles[index]!);
    const findings = await sync.coach();
    expect(findings.some((f) => f.keyResultId === board.keyResults[0]!.id)).toBe(true);
    const sheet = excel.table(okrTableName).sheet;
    const weakRow = rowOf(excel, board.keyResults[0]!.id);
    expect(sheet.notes.get(`B${weakRow + 2}`)).toMatch(/^OKR Coach: .*\nSuggestion: /);
    expect(String(cell(excel, board, 0, 'Coach flags').value)).toContain('keyResult;');

    excel.type(okrTableName, weakRow, 'Key result', 'Grow signed-up customers from 40 to 90');
    await sync.coach();
    expect(sheet.notes.has(`B${weakRow + 2}`)).toBe(false);
    expect(String(cell(excel, board, 0, 'Coach flags').value)).not.toContain('keyResult;');
  });
});

describe('context.sync() calls', () => {
  async function countFor(rows: number) {
    const seeded = await seedBoard(store.repository, store.teamId, rows, '2026-06-15');
    const excel = new FakeExcel();
    const { sync } = open(excel);
    await sync.load([store.teamId], seeded.cycle);
    const load = excel.syncs;
    excel.syncs = 0;
    await sync.load([store.teamId], seeded.cycle);
    const refresh = excel.syncs;
    for (let row = 0; row < rows; row += 1) {
      excel.type(okrTableName, row, 'Current', 20 + (row % 30));
    }
    excel.syncs = 0;
    const outcome = await sync.send();
    // The first rows that were not sent say why, should any fail.
    expect({ sent: outcome.sent, notSent: outcome.summary.withMessages.slice(0, 2) }).toEqual({
      sent: rows,
      notSent: [],
    });
    const send = excel.syncs;

    // A fifth of the rows deleted and as many added: the review and the confirmed send.
    const table = excel.table(okrTableName);
    const changed = rows / 5;
    for (let row = 0; row < changed; row += 1) excel.deleteRow(table, 0);
    const headers = excel.headers(okrTableName);
    excel.appendRows(
      table,
      Array.from({ length: changed }, (_, index) =>
        headers.map((header) =>
          header === 'Key result' ? `New KR ${index}` : header === 'Target' ? 50 : '',
        ),
      ),
    );
    excel.syncs = 0;
    const review = await sync.review();
    const confirmed = await sync.send({ confirmed: review });
    expect([review.creates.length, review.deletes.length]).toEqual([changed, changed]);
    expect([confirmed.created, confirmed.deleted]).toEqual([changed, changed]);
    return { load, refresh, send, reviewAndSend: excel.syncs };
  }

  // 250 rows take several $batches of each kind, more than run at once; the bench's
  // figure 3 counts the same flows at 1,000 rows.
  test('are at most three per load, refresh and send (a confirmed one too), for 10 and for 250 rows alike', async () => {
    const ten = await countFor(10);
    const many = await countFor(250);
    console.info(
      `context.sync() calls — 10 rows: ${JSON.stringify(ten)}; 250 rows: ${JSON.stringify(many)}`,
    );
    expect(many).toEqual(ten);
    expect(Math.max(ten.load, ten.refresh, ten.send, ten.reviewAndSend)).toBeLessThanOrEqual(3);
  }, 120_000);
});
