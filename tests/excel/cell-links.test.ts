/**
 * Linking a cell of the user's own sheet to a KR, through the workbook simulator's bindings and
 * the real store (the Graph adapter against the Graph emulator).
 */
import { SimulatedWorkbook } from '../../src/dev/excel-simulator/simulated-workbook';
import type { ExcelCellLink } from '../../src/core/model';
import { CellLinks, hasMoved } from '../../src/excel/sync/cell-links';
import { memoryStorage } from './support/memory-storage';
import { model, seedBoard, startOkrStore, type OkrStore } from './support/okr-store';

const now = new Date('2026-06-15T10:00:00Z');
let store: OkrStore;

beforeAll(async () => {
  store = await startOkrStore();
});
afterAll(() => store.stop());

function workbook() {
  const simulated = new SimulatedWorkbook(memoryStorage());
  simulated.addSheet('Sheet1');
  simulated.addSheet('Revenue');
  const links = new CellLinks({
    bindings: simulated,
    repository: store.repository,
    model,
    author: store.author,
    clock: () => now,
  });
  return { simulated, links };
}

describe('a cell linked to a KR', () => {
  test('proposes a check-in from the cell when it changes and sends it with the cell as the source', async () => {
    const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
    const { simulated, links } = workbook();
    simulated.editCell('Revenue', 'B5', '20');
    simulated.select('Revenue', 'B5');
    const linked = await links.link(board.keyResults[0]!);
    expect(linked.excelLink).toMatchObject({
      workbook: 'Finance.xlsx',
      sheet: 'Revenue',
      address: 'B5',
    });

    const read = await links.read([linked, board.keyResults[1]!]);
    expect(read).toEqual([{ keyResult: linked, value: 20, at: linked.excelLink }]);

    const proposal = links.propose(linked, 24);
    if (!('checkIn' in proposal)) throw new Error(proposal.problems.join(' '));
    expect(proposal.checkIn).toMatchObject({ value: 24, source: 'excel' });
    const report = await links.send(proposal);
    expect(report.failed.map((f) => f.error.message)).toEqual([]);
    expect(report.conflicts).toEqual([]);
    expect(report.saved).toHaveLength(1);
    const history = (await store.repository.checkInHistory([linked.id])).get(linked.id) ?? [];
    expect(history.at(-1)).toMatchObject({
      value: 24,
      source: 'excel',
      note: 'from Excel: Finance.xlsx!Revenue!B5',
    });
  }, 60_000);

  test('a value the core refuses is not a check-in, and says why', async () => {
    const board = await seedBoard(store.repository, store.teamId, 1, '2026-06-15');
    const { simulated, links } = workbook();
    simulated.select('Revenue', 'C2');
    const linked = await links.link(board.keyResults[0]!);
    const proposal = links.propose(linked, 'about forty');
    expect('problems' in proposal && proposal.problems.length).toBeGreaterThan(0);
  }, 60_000);

  test('a renamed sheet keeps the link working, and the KR records the new name', async () => {
    const board = await seedBoard(store.repository, store.teamId, 1, '2026-06-15');
    const { simulated, links } = workbook();
    simulated.editCell('Revenue', 'B5', '20');
    simulated.select('Revenue', 'B5');
    const linked = await links.link(board.keyResults[0]!);
    simulated.renameSheet('Revenue', 'Revenue 2026');
    simulated.editCell('Revenue 2026', 'B5', '31');
    const [entry] = await links.read([linked]);
    expect(entry).toEqual({
      keyResult: linked,
      value: 31,
      at: { ...linked.excelLink, sheet: 'Revenue 2026' },
    });
    expect(hasMoved(entry!)).toBe(true);
    const followed = await links.follow(entry as typeof entry & { at: ExcelCellLink });
    expect(followed.excelLink).toEqual({ ...linked.excelLink, sheet: 'Revenue 2026' });
    const [again] = await links.read([followed]);
    expect(hasMoved(again!)).toBe(false);
    const proposal = links.propose(followed, 31);
    expect('checkIn' in proposal && proposal.checkIn.note).toBe(
      'from Excel: Finance.xlsx!Revenue 2026!B5',
    );
  }, 60_000);

  test('a deleted sheet reports the link broken; removing it clears the KR and the binding', async () => {
    const board = await seedBoard(store.repository, store.teamId, 1, '2026-06-15');
    const { simulated, links } = workbook();
    simulated.select('Revenue', 'B5');
    const linked = await links.link(board.keyResults[0]!);
    simulated.deleteSheet('Revenue');
    expect(await links.read([linked])).toEqual([{ keyResult: linked, broken: 'sheetDeleted' }]);
    const unlinked = await links.unlink(linked);
    expect(unlinked.excelLink).toBeUndefined();
    expect(simulated.sheets().bindings).toEqual({});
  }, 60_000);
});
