/**
 * The words the add-in writes into the sheet besides its headers: status words (written in the
 * pane's language, read in any), the formatting that colours them and the validation alerts.
 */
import { defaultOperatingModel as model } from '../../src/core/operating-model';
import { statuses, type Cycle, type KeyResult } from '../../src/core/model';
import { headersIn } from '../../src/excel/sync/headers';
import { okrColumns, statusColours } from '../../src/excel/sync/layout';
import { readOnlyEdits, readOnlyNote } from '../../src/excel/sync/row-state';
import { keyResultRow } from '../../src/excel/sync/rows';
import {
  columnValidation,
  measureValidation,
  measureRulesVersion,
  columnRules,
  columnWidths,
  formatChanges,
  passes,
  statusColourOf,
} from '../../src/excel/sync/sheet-format';
import { statusNamed, statusWord } from '../../src/core/status-words';
import { sheetLanguageOf, sheetLanguages, unknownStatus } from '../../src/excel/sync/sheet-words';
import { rowsOf } from '../../src/excel/sync/table';
import type { OkrRow, RowWrite } from '../../src/excel/workbook/types';
import {
  shownInFormat,
  SimulatedWorkbook,
  simulatorStorageKey,
  type SimulatedSheet,
} from '../../src/dev/excel-simulator/simulated-workbook';
import { loadEveryPaneLanguage } from './support/pane-languages';

beforeAll(loadEveryPaneLanguage);

const cycle: Cycle = {
  id: '1',
  name: 'Q2',
  start: '2026-04-01',
  end: '2026-06-30',
  state: 'active',
};
const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'Grow signed customers from 10 to 100',
  kind: 'increase',
  start: 10,
  target: 100,
  current: 60,
  unit: 'customers',
  weight: 1,
  version: 'v1',
  lastCheckInAt: '2026-05-10T09:00:00Z',
};

/** The KR as a row of a table written by a pane in `locale`. */
function rowIn(locale: string): OkrRow {
  const context = { cycle, today: '2026-05-15', model: { ...model, locale } };
  const written = keyResultRow(keyResult, { title: 'Delight customers' }, context);
  const [row] = rowsOf({
    headers: headersIn(locale),
    body: [okrColumns.map((column) => (column.key === 'progress' ? '' : written[column.key]))],
  });
  return row!;
}

describe('status words', () => {
  test('a Status cell is written in the pane’s language', () => {
    expect(rowIn('en').cells.status).toBe('On track');
    expect(rowIn('de-DE').cells.status).toBe('Im Plan');
    expect(rowIn('fr-CA').cells.status).toBe('En bonne voie');
    expect(rowIn('es-MX').cells.status).toBe('En buen camino');
    expect(rowIn('ja-JP').cells.status).toBe('On track');
  });

  test('every status word is read back as its status, in any language and any case', () => {
    for (const language of sheetLanguages) {
      for (const status of statuses) {
        const word = statusWord(status, language);
        expect([word, statusNamed(word)]).toEqual([word, status]);
        expect(statusNamed(` ${word.toUpperCase()} `)).toBe(status);
      }
    }
    expect(sheetLanguages).toEqual(['en', 'de', 'fr', 'es']);
    expect(statusNamed('Sideways')).toBeUndefined();
  });

  test('no status word contains another status’s word, so a “contains” colour picks one', () => {
    const words = sheetLanguages.flatMap((language) =>
      statuses.map((status) => ({ status, word: statusWord(status, language).toLowerCase() })),
    );
    const overlapping = words.flatMap((a) =>
      words.filter((b) => a.status !== b.status && a.word.includes(b.word)).map((b) => [a, b]),
    );
    expect(overlapping).toEqual([]);
  });

  test('a status in another language is the same status: not typed over, either way', () => {
    const german = rowIn('de-DE');
    const english = rowIn('en');
    // A German sheet whose Status cell someone set to the English word, and the other way.
    expect(readOnlyEdits({ cells: { ...german.cells, status: 'on track' } }, 'de-DE')).toEqual([]);
    expect(readOnlyEdits({ cells: { ...english.cells, status: 'Im Plan' } }, 'en')).toEqual([]);
    expect(readOnlyEdits({ cells: { ...english.cells, status: 'Gefährdet' } }, 'en')).toEqual([
      'status',
    ]);
  });

  test('a word that is no status is named, with the words a status is, in the pane’s language', () => {
    expect(unknownStatus('Im Plan', 'en')).toBe('');
    expect(unknownStatus('Sideways', 'en')).toBe(
      '“Sideways” is not a status (a status is one of Not started, On track, At risk, Off track, Achieved)',
    );
    const typedOver = { cells: { ...rowIn('en').cells, status: 'Sideways' } };
    expect(readOnlyNote(typedOver, 'de-DE')).toBe(
      '„Sideways“ ist kein Status (ein Status ist einer dieser Werte: Nicht begonnen, Im Plan, Gefährdet, Im Verzug, Erreicht). ' +
        'Der Status folgt den Check-ins (gespeichert ist „On track“). ' +
        'Tippen Sie den Wert zurück, oder Laden stellt die gespeicherten Werte wieder her.',
    );
  });
});

describe('the formatting’s languages', () => {
  test('a new table colours and validates in the pane’s language', () => {
    const changes = formatChanges(undefined, 'de-AT', true);
    expect(changes.formats).toEqual({
      status: ['de'],
      validation: 'de',
      rules: columnRules('de'),
      widths: columnWidths,
      measureRulesByRow: measureRulesVersion,
    });
    expect([changes.validate, changes.widen, changes.measureRules]).toEqual([true, true, true]);
    expect(changes.statusFormats.map((format) => [format.word, format.colour])).toEqual([
      ['Nicht begonnen', statusColours.notStarted],
      ['Im Plan', statusColours.onTrack],
      ['Gefährdet', statusColours.atRisk],
      ['Im Verzug', statusColours.offTrack],
      ['Erreicht', statusColours.achieved],
    ]);
  });

  test('an English table gets the German colours once: a Load also writes its alerts in German, a send only colours', () => {
    const english = { status: ['en'], validation: 'en' };
    const load = formatChanges(english, 'de-DE', true);
    expect(load.formats).toEqual({
      status: ['en', 'de'],
      validation: 'de',
      rules: columnRules('de'),
      widths: columnWidths,
      measureRulesByRow: measureRulesVersion,
    });
    expect(load.statusFormats.map((format) => format.word)).toContain('Im Plan');
    expect(load.validate).toBe(true);
    const send = formatChanges(english, 'de-DE', false);
    expect(send.formats).toEqual({
      status: ['en', 'de'],
      validation: 'en',
      measureRulesByRow: measureRulesVersion,
    });
    expect([send.validate, send.measureRules]).toEqual([false, true]);
    const again = formatChanges(load.formats, 'de-CH', true);
    expect(again).toEqual({
      formats: load.formats,
      statusFormats: [],
      validate: false,
      widen: false,
      measureRules: false,
    });
    // Back in English: the colours are there, the alerts turn English again.
    expect(formatChanges(load.formats, 'en-GB', true)).toEqual({
      formats: {
        status: ['en', 'de'],
        validation: 'en',
        rules: columnRules('en'),
        widths: columnWidths,
        measureRulesByRow: measureRulesVersion,
      },
      statusFormats: [],
      validate: true,
      widen: false,
      measureRules: true,
    });
  });

  test('a Load writes the validation anew, in the table’s language, when the rules it recorded are not today’s or it recorded none', () => {
    const today = columnRules('en');
    expect(today.weight).toEqual({ decimalAbove: 0 });
    // As an earlier version validated: a Weight took any number, 0 too.
    const earlierWeight = { ...today, weight: { decimal: [-1e15, 1e15] as const } };
    for (const before of [
      { status: ['en'], validation: 'en' },
      { status: ['en'], validation: 'en', rules: earlierWeight },
    ]) {
      const load = formatChanges(before, 'en-US', true);
      expect(load).toEqual({
        formats: {
          status: ['en'],
          validation: 'en',
          rules: today,
          widths: columnWidths,
          measureRulesByRow: measureRulesVersion,
        },
        statusFormats: [],
        validate: true,
        widen: true,
        measureRules: true,
      });
      // A send writes no column's validation: the table keeps what it recorded until a Load;
      // its rows' measure rules are today's on any write.
      expect(formatChanges(before, 'en-US', false)).toEqual({
        formats: { ...before, measureRulesByRow: measureRulesVersion },
        statusFormats: [],
        validate: false,
        widen: false,
        measureRules: true,
      });
      expect(formatChanges(load.formats, 'en-US', true).validate).toBe(false);
    }
  });

  test('a Status cell takes the colour of the status word it holds, among the table’s languages', () => {
    const both = { status: ['en', 'de'], validation: 'de' };
    expect(statusColourOf('Im Verzug', both)).toBe(statusColours.offTrack);
    expect(statusColourOf('on track', both)).toBe(statusColours.onTrack);
    expect(statusColourOf('En retard', both)).toBeUndefined();
    expect(sheetLanguageOf('fr-BE')).toBe('fr');
    expect(sheetLanguageOf('it-IT')).toBe('en');
  });
});

const done = { kind: 'Done / not done', unit: '' };

describe('validation alerts', () => {
  test('say what a cell takes, in the language, titled by the column’s header', () => {
    expect(columnValidation('confidence', 'Zuversicht', 'de')).toEqual({
      rule: { whole: [1, 10] },
      title: 'Zuversicht',
      message: '„Zuversicht“ muss eine ganze Zahl von 1 bis 10 sein, etwa 7.',
    });
    expect(columnValidation('target', 'Target', 'fr')?.message).toBe(
      '« Target » doit être un nombre, comme 42,5.',
    );
    expect(columnValidation('kind', 'Tipo', 'es')?.message).toBe(
      'Elija uno de estos valores: Aumentar, Reducir, Mantener en o por encima, Mantener en o por debajo, Hitos, Hecho / no hecho.',
    );
    expect(measureValidation('current', done, 'Current', 'en')).toEqual({
      rule: { list: ['Done', 'Not done'] },
      title: 'Current',
      message: 'Choose Done or Not done.',
    });
    expect(columnValidation('status', 'Status', 'de')).toBeUndefined();
    expect(columnValidation('checkInDate', 'Check-in-Datum', 'de')).toEqual({
      rule: { dateUpToToday: true },
      title: 'Check-in-Datum',
      message:
        '„Check-in-Datum“ muss ein Datum bis heute sein: der Tag, für den der Check-in gilt. Lassen Sie die Zelle leer für heute.',
    });
  });

  test('give an example each number column takes, as the language writes it, within Excel’s length', () => {
    const examples = (language: string) =>
      (['start', 'target', 'current', 'weight', 'confidence'] as const).map(
        (key) => columnValidation(key, 'Column', language)!.message,
      );
    expect(examples('en')).toEqual([
      'Column is a number, such as 42.5.',
      'Column is a number, such as 42.5.',
      'Column is a number, such as 42.5.',
      'Column is a number greater than 0, such as 1.',
      'Column is a whole number from 1 to 10, such as 7.',
    ]);
    expect(examples('de')).toContain('„Column“ muss eine Zahl sein, etwa 42,5.');
    expect(examples('es')).toContain('«Column» debe ser un número entero del 1 al 10, como 7.');
    expect(examples('de')).toContain('„Column“ muss eine Zahl größer als 0 sein, etwa 1.');
    expect(examples('fr')).toContain('« Column » doit être un nombre supérieur à 0, comme 1.');
    expect(examples('es')).toContain('«Column» debe ser un número mayor que 0, como 1.');
    for (const language of sheetLanguages) {
      const headers = headersIn(language);
      const alerts = [
        ...okrColumns.flatMap(
          ({ key }, index) => columnValidation(key, headers[index]!, language) ?? [],
        ),
        measureValidation(
          'current',
          done,
          headers[okrColumns.findIndex(({ key }) => key === 'current')]!,
          language,
        )!,
      ];
      for (const alert of alerts) expect(alert.message.length).toBeLessThanOrEqual(225);
      const written = [42.5, 42.5, 42.5, 1, 7].map((n) =>
        new Intl.NumberFormat(language).format(n),
      );
      examples(language).forEach((message, index) => expect(message).toContain(written[index]));
    }
  });

  test('refuse what Excel would refuse', () => {
    const today = 46188; // 2026-06-15 in the 1900 date system
    const confidence = columnValidation('confidence', 'Confidence', 'en')!;
    expect([7, 11, 7.5, 'high', ''].map((value) => passes(confidence, value, today))).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
    // A weight as the store takes it: above 0, decimals included; its example passes.
    const weight = columnValidation('weight', 'Weight', 'en')!;
    expect([1, 0.5, 0, -1, 'heavy', ''].map((value) => passes(weight, value, today))).toEqual([
      true,
      true,
      false,
      false,
      false,
      true,
    ]);
    const list = measureValidation('current', done, 'Aktuell', 'de')!;
    expect(['erledigt', 'Done'].map((value) => passes(list, value, today))).toEqual([true, false]);
    // A Check-in date: a date (its serial, a time of day too) up to today; no text, no later day.
    const day = columnValidation('checkInDate', 'Check-in date', 'en')!;
    expect(day.rule).toEqual({ dateUpToToday: true });
    expect(
      [today, today - 30, today + 0.75, today + 1, 'last Friday', ''].map((value) =>
        passes(day, value, today),
      ),
    ).toEqual([true, true, true, false, false, true]);
  });
});

describe('the workbook simulator’s validation', () => {
  test('as in Excel, a column keeps the rule it was written with until a Load writes today’s', async () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (key: string) => saved.get(key) ?? null,
      setItem: (key: string, value: string) => void saved.set(key, value),
      removeItem: (key: string) => void saved.delete(key),
    };
    const { cells } = rowIn('en');
    const written = Object.fromEntries(
      Object.entries(cells).filter(([key]) => key !== 'progress'),
    ) as RowWrite;
    // A table an earlier version validated: its Weight took any number, 0 too.
    const earlier: SimulatedSheet = {
      headers: headersIn('en'),
      body: [okrColumns.map(({ key }) => cells[key])],
      notes: {},
      formats: {
        status: ['en'],
        validation: 'en',
        rules: { ...columnRules('en'), weight: { decimal: [-1e15, 1e15] } },
      },
    };
    storage.setItem(simulatorStorageKey, JSON.stringify(earlier));
    const workbook = new SimulatedWorkbook(storage);
    expect(workbook.edit(0, 'Weight', '0')).toBe(true);

    await workbook.writeRows(() => [written], { teamIds: ['t1'], cycle });
    expect(workbook.edit(0, 'Weight', '0')).toBe(false);
    expect(workbook.refusal()).toEqual(columnValidation('weight', 'Weight', 'en'));
    expect(workbook.edit(0, 'Weight', '0.5')).toBe(true);
  });

  test('Start, Target and Current take a value typed in the KR’s unit (“11,5 Monate”, “55 customers”) or an amount as the board writes it, as the README says; a done / not done KR’s Current keeps its list', async () => {
    const storage = new Map<string, string>();
    const workbook = new SimulatedWorkbook({
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    });
    const row = (unit: string, kind: KeyResult['kind'] = 'increase') => {
      const context = { cycle, today: '2026-05-15', model };
      const written = keyResultRow({ ...keyResult, unit, kind }, { title: 'Grow' }, context);
      return Object.fromEntries(
        Object.entries(written).filter(([key]) => key !== 'progress'),
      ) as RowWrite;
    };
    await workbook.writeRows(
      () => [row('€M'), row('customers'), row('Monate'), row('', 'binary')],
      {
        teamIds: ['t1'],
        cycle,
      },
    );
    for (const header of ['Start', 'Target', 'Current']) {
      expect(workbook.edit(0, header, '€2.5M')).toBe(true);
      expect(workbook.edit(1, header, '55 customers')).toBe(true);
      expect(workbook.edit(2, header, '11,5 Monate')).toBe(true);
    }
    // Text that is no value is typed too: the row's Sync cell says why it is not sent.
    expect(workbook.edit(1, 'Current', 'lots')).toBe(true);
    expect(workbook.edit(3, 'Current', 'lots')).toBe(false);
    expect(workbook.refusal()).toEqual(
      measureValidation('current', { kind: 'Done / not done' }, 'Current', 'en'),
    );
    expect(measureValidation('target', { kind: 'Increase' }, 'Target', 'en')).toBe(undefined);
  });

  test('an amount typed with its currency’s sign becomes a number in a currency format, as in Excel, read in the KR’s unit and written back in that format', async () => {
    const storage = new Map<string, string>();
    const workbook = new SimulatedWorkbook(
      {
        getItem: (key) => storage.get(key) ?? null,
        setItem: (key, value) => void storage.set(key, value),
        removeItem: (key) => void storage.delete(key),
      },
      'de-DE',
    );
    const context = { cycle, today: '2026-05-15', model: { ...model, locale: 'de-DE' } };
    const row = (id: string, unit: string, current: number) => {
      const kr = { ...keyResult, id, unit, start: 0, target: 10, current };
      const written = keyResultRow(kr, { title: 'Grow' }, context);
      return Object.fromEntries(
        Object.entries(written).filter(([key]) => key !== 'progress'),
      ) as RowWrite;
    };
    await workbook.writeRows(() => [row('k1', '€', 1), row('k2', '€M', 1), row('k3', '€', 1)], {
      teamIds: ['t1'],
      cycle,
    });
    const current = headersIn('de')[okrColumns.findIndex((column) => column.key === 'current')]!;
    expect(workbook.edit(0, current, '2,5 €')).toBe(true);
    expect(workbook.edit(1, current, '2.500.000 €')).toBe(true);
    expect(workbook.edit(2, current, '2,50 $')).toBe(true);
    const rows = async () => (await workbook.readTable())!.rows;
    expect((await rows()).map((read) => [read.cells.current, read.shownAs])).toEqual([
      [2.5, undefined],
      [2.5, { current: 'inFull' }],
      ['2,5\u00a0$', { current: 'currency' }],
    ]);
    expect(workbook.shownText(1, current)).toBe('2.500.000,00 €');

    await workbook.updateRows(() => [
      { keyResultId: 'k2', cells: { current: 2.75 } },
      { keyResultId: 'k3', cells: { current: 1.5 } },
    ]);
    expect(workbook.shownText(1, current)).toBe('2.750.000,00 €');
    // In another currency than the KR's, the number the pane writes takes General.
    expect(workbook.shownText(2, current)).toBe('1,5');
    expect((await rows()).map((read) => read.cells.current)).toEqual([2.5, 2.75, 1.5]);
  });

  test('a number in a currency format shows as Excel shows it: its sign, text, decimals, grouping, and the thousands or millions its trailing commas divide by', () => {
    expect([
      shownInFormat(2.5, '€ #,##0', 'en-US'),
      shownInFormat(2_500_000, '#,##0.0,, "M€"', 'de-DE'),
      shownInFormat(2_500_000, '#,##0.00 "€"', 'de-DE'),
      shownInFormat(1_500_000, '[$€-407] #,##0', 'de-DE'),
      shownInFormat(-1200, '"$"#,##0_);("$"#,##0)', 'en-US'),
      shownInFormat(-5, '€ #,##0', 'en-US'),
    ]).toEqual(['€ 3', '2,5 M€', '2.500.000,00 €', '€ 1.500.000', '($1,200)', '-€ 5']);
  });

  test('a KR’s value cell formatted as currency afterwards: the simulator shows the number through the format and reads it as the office.js workbook does', async () => {
    const storage = new Map<string, string>();
    const workbook = new SimulatedWorkbook({
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    });
    const context = { cycle, today: '2026-05-15', model };
    const kr = { ...keyResult, id: 'k1', unit: '€M', start: 1, target: 3, current: 1 };
    const written = keyResultRow(kr, { title: 'Grow' }, context);
    await workbook.writeRows(
      () => [
        Object.fromEntries(
          Object.entries(written).filter(([key]) => key !== 'progress'),
        ) as RowWrite,
      ],
      { teamIds: ['t1'], cycle },
    );
    expect(workbook.edit(0, 'Current', '1.8')).toBe(true);
    // A format naming no currency is not one the simulator keeps; a cell not of a KR's values neither.
    expect(workbook.setNumberFormat(0, 'Current', '0.00%')).toBe(false);
    expect(workbook.setNumberFormat(0, 'Note', '€ #,##0')).toBe(false);
    expect(workbook.setNumberFormat(0, 'Current', '€ #,##0.0')).toBe(true);
    expect(workbook.shownText(0, 'Current')).toBe('€ 1.8');
    const read = async () => (await workbook.readTable())!.rows[0]!;
    expect(await read()).toMatchObject({
      cells: { current: 1.8 },
      shownAs: { current: 'inScale' },
    });
    expect(workbook.edit(0, 'Current', '1600000')).toBe(true);
    expect(await read()).toMatchObject({ cells: { current: 1.6 }, shownAs: { current: 'inFull' } });
    expect(workbook.setNumberFormat(0, 'Current', 'General')).toBe(true);
    expect(workbook.shownText(0, 'Current')).toBe('1600000');
  });

  test('an earlier version’s money cells keep the number rule until the add-in next writes to the sheet, a send’s visit as well as a Load', async () => {
    const storage = new Map<string, string>();
    const workbook = new SimulatedWorkbook({
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    });
    const context = { cycle, today: '2026-05-15', model };
    const written = keyResultRow({ ...keyResult, unit: '€M' }, { title: 'Grow' }, context);
    const cells = Object.fromEntries(
      Object.entries(written).filter(([key]) => key !== 'progress'),
    ) as RowWrite;
    await workbook.writeRows(() => [cells], { teamIds: ['t1'], cycle });
    const sheet = workbook.current()!;
    const earlier = { ...sheet, formats: { ...sheet.formats!, measureRulesByRow: undefined } };
    storage.set(simulatorStorageKey, JSON.stringify(earlier));
    const reopened = new SimulatedWorkbook({
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    });
    expect(reopened.edit(0, 'Current', '2,5 €')).toBe(false);
    expect(reopened.refusal()).toEqual(columnValidation('current', 'Current', 'en'));

    await reopened.updateRows(() => []);
    expect(reopened.edit(0, 'Current', '2,5 €')).toBe(true);
    expect(reopened.current()!.formats?.measureRulesByRow).toBe(measureRulesVersion);
  });

  test('a table the previous version wrote keeps the number rule on a KR in customers until the add-in next writes to it', async () => {
    const storage = new Map<string, string>();
    const workbook = new SimulatedWorkbook({
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    });
    const context = { cycle, today: '2026-05-15', model };
    const written = keyResultRow({ ...keyResult, unit: 'customers' }, { title: 'Grow' }, context);
    const cells = Object.fromEntries(
      Object.entries(written).filter(([key]) => key !== 'progress'),
    ) as RowWrite;
    await workbook.writeRows(() => [cells], { teamIds: ['t1'], cycle });
    const sheet = workbook.current()!;
    const earlier = { ...sheet, formats: { ...sheet.formats!, measureRulesByRow: true as const } };
    storage.set(simulatorStorageKey, JSON.stringify(earlier));
    const reopened = new SimulatedWorkbook({
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    });
    expect(reopened.edit(0, 'Current', '55 customers')).toBe(false);
    await reopened.updateRows(() => []);
    expect(reopened.edit(0, 'Current', '55 customers')).toBe(true);
  });
});
