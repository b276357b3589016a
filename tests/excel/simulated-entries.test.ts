/**
 * The workbook simulator shows and keeps cells as Excel does in the workbook's culture, through
 * the add-in's sends (the real store: the Graph adapter against the Graph emulator).
 */
import { SimulatedWorkbook } from '../../src/dev/excel-simulator/simulated-workbook';
import { headerOf } from '../../src/excel/sync/headers';
import type { ColumnKey } from '../../src/excel/sync/layout';
import { kindWordsFor } from '../../src/core/kind-words';
import type { KeyResult } from '../../src/core/model';
import { memoryStorage } from './support/memory-storage';
import { seedBoard, startOkrStore, workbookSync, type OkrStore } from './support/okr-store';
import { loadEveryPaneLanguage } from './support/pane-languages';

beforeAll(loadEveryPaneLanguage);

const now = new Date('2026-06-15T10:00:00Z');
let store: OkrStore;

beforeAll(async () => {
  store = await startOkrStore();
});
afterAll(() => store.stop());

async function loadedIn(locale: string) {
  const board = await seedBoard(store.repository, store.teamId, 1, '2026-06-15');
  const [money] = board.keyResults as [KeyResult];
  await store.repository.updateKeyResult({ ...money, unit: '€M', start: 1, target: 3, current: 1 });
  const workbook = new SimulatedWorkbook(memoryStorage(), locale);
  const sync = workbookSync(store, workbook, locale, now);
  await sync.load([store.teamId], board.cycle);
  return { board, workbook, sync, header: (key: ColumnKey) => headerOf(key, locale) };
}

test.each([
  ['de-DE', '1.500.000 €', '1.500.000,00 €'],
  ['en-US', '1,500,000 €', '1,500,000.00 €'],
])(
  'in %s, a new KR’s Current typed as %s keeps the amount in full through the send that creates the KR and the check-in after',
  async (locale, typed, shown) => {
    const { workbook, sync, header } = await loadedIn(locale);
    workbook.insertRow(0);
    const cells: [ColumnKey, string][] = [
      ['keyResult', `Grow ARR to €3M (${locale})`],
      ['kind', kindWordsFor(locale).kinds.increase],
      ['start', '1'],
      ['target', '3'],
      ['unit', '€M'],
      ['current', typed],
    ];
    for (const [key, entry] of cells) expect(workbook.edit(1, header(key), entry)).toBe(true);
    expect(workbook.shownText(1, header('current'))).toBe(shown);
    await sync.send({ confirmed: await sync.review() });
    expect(workbook.shownText(1, header('current'))).toBe(shown);
    expect(await sync.send()).toMatchObject({ sent: 1 });
    expect(workbook.shownText(1, header('current'))).toBe(shown);
    expect(workbook.shownText(1, header('savedProgress'))).toBe(
      locale === 'de-DE' ? '0,25' : '0.25',
    );
  },
);

test('a number in a General cell shows with the workbook’s decimal separator, ungrouped, as Excel shows it', async () => {
  const { workbook, header } = await loadedIn('de-DE');
  expect(workbook.edit(0, header('current'), '54,25')).toBe(true);
  expect(workbook.shownText(0, header('current'))).toBe('54,25');
  expect(workbook.edit(0, header('current'), '1.234.567,5')).toBe(true);
  expect(workbook.shownText(0, header('current'))).toBe('1234567,5');
  const english = await loadedIn('en-US');
  expect(english.workbook.edit(0, english.header('current'), '54.25')).toBe(true);
  expect(english.workbook.shownText(0, english.header('current'))).toBe('54.25');
});

test('an entry with a leading apostrophe, or typed in a cell formatted as Text, stays text as Excel keeps it, and the pane reads it in its language or says what is accepted', async () => {
  const { workbook, sync, header } = await loadedIn('de-DE');
  const current = header('current');
  const read = async () => (await workbook.readTable())!.rows[0]!.cells.current;
  expect(workbook.edit(0, current, "'1,75")).toBe(true);
  expect([workbook.shownText(0, current), await read()]).toEqual(['1,75', '1,75']);
  expect((await sync.markEdits()).withMessages).toEqual([]);
  expect(workbook.edit(0, current, "'45%")).toBe(true);
  expect(await read()).toBe('45%');
  expect((await workbook.readTable())!.rows[0]!.shownAs).toBeUndefined();

  expect(workbook.setNumberFormat(0, current, '@')).toBe(true);
  expect(workbook.edit(0, current, '00123')).toBe(true);
  expect([workbook.shownText(0, current), await read()]).toEqual(['00123', '00123']);
  expect(workbook.edit(0, current, '1.200')).toBe(true);
  expect(await read()).toBe('1.200');

  expect(workbook.edit(0, current, 'viele')).toBe(true);
  const [problem] = (await sync.markEdits()).withMessages;
  expect(problem).toMatchObject({
    row: 1,
    message:
      'Aktuell: „viele“ ist kein Betrag in €M. Geben Sie eine Zahl wie 2,5 ein, oder den Betrag mit seiner Währung, etwa 2,5\u00a0Mio.\u00a0€.',
  });
});

test.each([false, true])(
  'a Check-in date is kept as Excel keeps a date, its serial in the workbook’s date system (1904: %s), shown and sent as the day it names; Excel’s rule refuses what is no date or a day after today',
  async (use1904DateSystem) => {
    const { board, workbook, sync, header } = await loadedIn('de-DE');
    workbook.use1904DateSystem = use1904DateSystem;
    const column = header('checkInDate');
    expect(workbook.edit(0, column, '10.06.2026')).toBe(true);
    const { headers, body } = workbook.current()!;
    expect(body[0]![headers.indexOf(column)]).toBe(46183 - (use1904DateSystem ? 1462 : 0));
    expect(workbook.shownText(0, column)).toBe('2026-06-10');
    expect(await sync.send()).toMatchObject({ sent: 1 });
    const id = board.keyResults[0]!.id;
    const history = (await store.repository.checkInHistory([id])).get(id) ?? [];
    expect(history.map((checkIn) => checkIn.at)).toEqual(['2026-06-10T10:00:00Z']);
    expect(workbook.shownText(0, column)).toBe('');

    // Excel's date rule up to TODAY(), on this computer's clock: a Stop alert, nothing kept.
    const german = (day: Date) =>
      [day.getDate(), day.getMonth() + 1, day.getFullYear()]
        .map((part) => String(part).padStart(2, '0'))
        .join('.');
    const today = new Date();
    const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
    for (const entry of ['letzten Freitag', german(tomorrow)]) {
      expect(workbook.edit(0, column, entry)).toBe(false);
      expect(workbook.refusal()?.title).toBe(column);
      workbook.dismissRefusal();
    }
    expect(workbook.shownText(0, column)).toBe('');
    expect(workbook.edit(0, column, german(today))).toBe(true);
  },
);
