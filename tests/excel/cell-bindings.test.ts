/**
 * Cell links through the workbook interface, the same behaviour in both implementations: the
 * office.js adapter over the office-addin-mock Excel of support/fake-excel.ts (extended with
 * bindings, their data-changed events and sheet deletion), and the browser simulator's workbook.
 */
import { SimulatedWorkbook } from '../../src/dev/excel-simulator/simulated-workbook';
import { memoryStorage } from './support/memory-storage';
import { createOfficeCellBindings } from '../../src/excel/workbook/office-workbook';
import { WorkbookError, type CellBindings } from '../../src/excel/workbook/types';
import { FakeExcel } from './support/fake-excel';

interface Workbook {
  readonly bindings: CellBindings;
  typeAt(sheet: string, address: string, value: number): void;
  deleteSheet(sheet: string): void;
  renameSheet(sheet: string, to: string): void;
  select(sheet: string, address: string): void;
  /** Change handlers have run, and removed subscriptions are gone. */
  settled(): Promise<void>;
}

/** The reason the workbook gave for refusing (the pane words it in its language). */
function problemOf(refused: Promise<unknown>) {
  return refused.then(
    () => 'not refused',
    (error: unknown) => (error instanceof WorkbookError ? error.problem : error),
  );
}

function officeWorkbook(): Workbook & { excel: FakeExcel } {
  const excel = new FakeExcel();
  excel.addSheet('Sheet1');
  excel.addSheet('Finance');
  let next = 0;
  return {
    excel,
    bindings: createOfficeCellBindings({
      run: excel.run,
      newId: () => `id-${++next}`,
      renames: true,
    }),
    typeAt: (sheet, address, value) => excel.typeAt(sheet, address, value),
    deleteSheet: (sheet) => excel.deleteSheet(sheet),
    renameSheet: (sheet, to) => excel.renameSheet(sheet, to),
    select: (sheet, address) => {
      excel.name = 'Finance.xlsx';
      excel.selection = { sheet, address };
    },
    settled: async () => {
      // A subscription is added and removed in its own Excel.run: wait for those batches.
      await new Promise((resolve) => setImmediate(resolve));
      await excel.settled();
    },
  };
}

function simulatedWorkbook(): Workbook {
  const workbook = new SimulatedWorkbook(memoryStorage());
  workbook.addSheet('Sheet1');
  workbook.addSheet('Finance');
  return {
    bindings: workbook,
    typeAt: (sheet, address, value) => workbook.editCell(sheet, address, String(value)),
    deleteSheet: (sheet) => workbook.deleteSheet(sheet),
    renameSheet: (sheet, to) => workbook.renameSheet(sheet, to),
    select: (sheet, address) => workbook.select(sheet, address),
    settled: async () => undefined,
  };
}

describe.each([
  ['the office.js adapter', officeWorkbook],
  ['the workbook simulator', simulatedWorkbook],
])('cell bindings through %s', (_name, open) => {
  it('binds one cell of any sheet and reads its value', async () => {
    const { bindings, typeAt } = open();
    typeAt('Finance', 'B5', 1250);
    const link = await bindings.addCellBinding('Finance', '$b$5');
    expect(link).toEqual({
      bindingId: expect.stringMatching(/^okrCoach\.cell\./),
      sheet: 'Finance',
      address: 'B5',
    });
    expect(await bindings.readLinkedCells([link])).toEqual([{ link, value: 1250, at: link }]);
  });

  it('tells the workbook and the one selected cell', async () => {
    const { bindings, select } = open();
    select('Finance', 'C7');
    expect(await bindings.selectedCell()).toEqual({
      workbook: 'Finance.xlsx',
      sheet: 'Finance',
      address: 'C7',
    });
    select('Finance', 'C7:D8');
    expect(await problemOf(bindings.selectedCell())).toEqual({
      code: 'notOneCell',
      selection: 'C7:D8',
    });
  });

  it('refuses a range, a bad address or a missing sheet, with the reason and what it names', async () => {
    const { bindings } = open();
    expect(await problemOf(bindings.addCellBinding('Finance', 'B5:C6'))).toEqual({
      code: 'notCellAddress',
      entry: 'B5:C6',
    });
    expect(await problemOf(bindings.addCellBinding('Budget', 'B5'))).toEqual({
      code: 'noSuchSheet',
      sheet: 'Budget',
    });
    expect(await bindings.readLinkedCells([])).toEqual([]);
  });

  it('calls back when the bound cell changes, and not after unsubscribing', async () => {
    const { bindings, typeAt, settled } = open();
    const link = await bindings.addCellBinding('Finance', 'C3');
    const heard: string[] = [];
    const stop = bindings.onBindingDataChanged(link.bindingId, () => heard.push('C3'));
    await settled();
    typeAt('Finance', 'C4', 7);
    typeAt('Finance', 'C3', 8);
    await settled();
    expect(heard).toEqual(['C3']);
    stop();
    await settled();
    typeAt('Finance', 'C3', 9);
    await settled();
    expect(heard).toEqual(['C3']);
  });

  it('reports a link on a deleted sheet as broken and still reads the others', async () => {
    const { bindings, typeAt, deleteSheet } = open();
    typeAt('Sheet1', 'A1', 3);
    const kept = await bindings.addCellBinding('Sheet1', 'A1');
    const lost = await bindings.addCellBinding('Finance', 'B5');
    deleteSheet('Finance');
    expect(await bindings.readLinkedCells([kept, lost])).toEqual([
      { link: kept, value: 3, at: kept },
      { link: lost, broken: 'sheetDeleted' },
    ]);
  });

  it('leaves out a removed binding and another workbook’s; removing twice is harmless', async () => {
    const { bindings, typeAt } = open();
    typeAt('Sheet1', 'A1', 3);
    const kept = await bindings.addCellBinding('Sheet1', 'A1');
    const link = await bindings.addCellBinding('Finance', 'B5');
    await bindings.removeCellBinding(link.bindingId);
    await bindings.removeCellBinding(link.bindingId);
    const elsewhere = { bindingId: 'okrCoach.cell.other-book', sheet: 'Sheet1', address: 'A1' };
    expect(await bindings.readLinkedCells([link, kept, elsewhere])).toEqual([
      { link: kept, value: 3, at: kept },
    ]);
  });

  it('follows a renamed sheet: the link reads on and says where the cell is now', async () => {
    const { bindings, typeAt, renameSheet, settled } = open();
    typeAt('Finance', 'B5', 12);
    const link = await bindings.addCellBinding('Finance', 'B5');
    let heard = 0;
    const stop = bindings.onSheetRenamed(() => (heard += 1));
    await settled();
    renameSheet('Finance', 'Finance 2026');
    await settled();
    expect(heard).toBe(1);
    typeAt('Finance 2026', 'B5', 13);
    expect(await bindings.readLinkedCells([link])).toEqual([
      { link, value: 13, at: { ...link, sheet: 'Finance 2026' } },
    ]);
    stop();
    await settled();
    renameSheet('Finance 2026', 'Finance 2027');
    await settled();
    expect(heard).toBe(1);
  });

  it('tells at once when a sheet is deleted, and not after unsubscribing', async () => {
    const { bindings, deleteSheet, settled } = open();
    let heard = 0;
    const stop = bindings.onCellsRemoved(() => (heard += 1));
    await settled();
    deleteSheet('Finance');
    await settled();
    expect(heard).toBe(1);
    stop();
    await settled();
    deleteSheet('Sheet1');
    await settled();
    expect(heard).toBe(1);
  });
});

describe('cell bindings in office.js terms', () => {
  it('binds a Range binding (getRange gives the typed value) on the one cell', async () => {
    const { excel, bindings } = officeWorkbook();
    const link = await bindings.addCellBinding('Finance', 'B5');
    expect(excel.bindings).toMatchObject([
      { id: link.bindingId, type: 'Range', row: 4, column: 1 },
    ]);
  });

  it('reads any number of links in two syncs, broken ones too (the budget is three)', async () => {
    const { excel, bindings } = officeWorkbook();
    const links = [];
    for (let row = 1; row <= 20; row += 1) {
      excel.typeAt(row % 2 ? 'Finance' : 'Sheet1', `A${row}`, row);
      links.push(await bindings.addCellBinding(row % 2 ? 'Finance' : 'Sheet1', `A${row}`));
    }
    excel.syncs = 0;
    const cells = await bindings.readLinkedCells(links);
    expect(cells.map((cell) => ('value' in cell ? cell.value : cell.broken))).toEqual(
      links.map((_, index) => index + 1),
    );
    expect(excel.syncs).toBe(2);

    excel.deleteSheet('Finance');
    excel.syncs = 0;
    const after = await bindings.readLinkedCells(links);
    expect(after.filter((cell) => 'broken' in cell)).toHaveLength(10);
    expect(after[1]).toEqual({ link: links[1], value: 2, at: links[1] });
    expect(excel.syncs).toBe(2);
  });

  it('reports only the deleted cell broken, reading the others on their own after the failed read', async () => {
    const { excel, bindings } = officeWorkbook();
    excel.typeAt('Sheet1', 'A1', 1);
    excel.typeAt('Sheet1', 'A2', 2);
    const gone = await bindings.addCellBinding('Sheet1', 'A1');
    const kept = await bindings.addCellBinding('Sheet1', 'A2');
    let heard = 0;
    bindings.onCellsRemoved(() => (heard += 1));
    await excel.settled();
    await bindings.readLinkedCells([]); // the subscription is in place once a batch has run
    excel.deleteCell('Sheet1', 'A1');
    await excel.settled();
    expect(heard).toBe(1);
    excel.syncs = 0;
    const cells = await bindings.readLinkedCells([gone, kept]);
    expect(cells).toEqual([
      { link: gone, broken: 'cellDeleted' },
      { link: kept, value: 2, at: kept },
    ]);
    // The read of both fails without saying which binding; then one sync per link tells.
    expect(excel.syncs).toBe(2 + 2);
  });

  it('tells a deleted sheet from a renamed one by its id, in two syncs', async () => {
    const { excel, bindings } = officeWorkbook();
    excel.typeAt('Finance', 'B2', 5);
    excel.typeAt('Sheet1', 'B2', 6);
    const renamed = await bindings.addCellBinding('Finance', 'B2');
    const deleted = await bindings.addCellBinding('Sheet1', 'B2');
    excel.renameSheet('Finance', 'Sheet1');
    excel.deleteSheet('Sheet1'); // the first one of that name: the original Sheet1
    excel.syncs = 0;
    expect(await bindings.readLinkedCells([renamed, deleted])).toEqual([
      { link: renamed, value: 5, at: { ...renamed, sheet: 'Sheet1' } },
      { link: deleted, broken: 'sheetDeleted' },
    ]);
    expect(excel.syncs).toBe(2);
  });

  it('reads a link made before sheet ids were recorded by its sheet’s name', async () => {
    const { excel, bindings } = officeWorkbook();
    excel.typeAt('Finance', 'C3', 8);
    const link = await bindings.addCellBinding('Finance', 'C3');
    excel.settings.delete('okrCoach.cellSheets');
    expect(await bindings.readLinkedCells([link])).toEqual([{ link, value: 8, at: link }]);
    excel.deleteSheet('Finance');
    expect(await bindings.readLinkedCells([link])).toEqual([{ link, broken: 'sheetDeleted' }]);
  });
});
