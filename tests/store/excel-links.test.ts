import type { ExcelCellLink } from '../../src/core/model';
import { ConflictError } from '../../src/store/errors';
import { startStore, startingPoint, type StoreFixture } from './store-fixture';

const link: ExcelCellLink = {
  workbook: 'Finance.xlsx',
  sheet: 'Sheet1',
  address: 'B5',
  bindingId: 'okrCoach.cell.1',
};

describe('a KR linked to a workbook cell', () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  }, 60_000);
  afterEach(() => store.stop());

  test('the link is set and cleared with If-Match, and other edits keep it', async () => {
    const alice = store.repository();
    const bob = store.repository();
    const { cycle, objective } = await startingPoint(alice);
    const [kr] = await store.bulkKeyResults(objective, 1);

    const linked = await alice.setExcelLink(kr!, link);
    expect(linked.excelLink).toEqual(link);
    const seenByBob = (await bob.loadBoard({ cycleId: cycle.id })).keyResults[0]!;
    expect(seenByBob.excelLink).toEqual(link);

    // A stale version is a conflict and writes nothing.
    await expect(alice.setExcelLink(kr!, undefined)).rejects.toBeInstanceOf(ConflictError);

    // Editing the KR's definition does not touch the link.
    const renamed = await bob.updateKeyResult({ ...seenByBob, title: 'Revenue from Excel' });
    expect(renamed.excelLink).toEqual(link);

    const cleared = await alice.setExcelLink(renamed, undefined);
    expect(cleared.excelLink).toBeUndefined();
    expect((await bob.loadBoard({ cycleId: cycle.id })).keyResults[0]!.excelLink).toBeUndefined();
  }, 60_000);

  test('a link missing a part is refused, naming what is needed', async () => {
    const alice = store.repository();
    const { objective } = await startingPoint(alice);
    const [kr] = await store.bulkKeyResults(objective, 1);
    await expect(alice.setExcelLink(kr!, { ...link, sheet: ' ' })).rejects.toThrow(
      'The Excel link needs a workbook, sheet, cell address and binding id; missing: sheet.',
    );
  }, 60_000);
});
