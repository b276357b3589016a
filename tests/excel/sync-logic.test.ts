/**
 * The sync logic on its own: table plans, row state, check-in drafts and save reports, with no
 * Excel and no store — rows in, plans and updates out.
 */
import fc from 'fast-check';
import { defaultOperatingModel as model } from '../../src/core/operating-model';
import { kindWordsFor } from '../../src/core/kind-words';
import { progressAt } from '../../src/core/progress';
import { keyResultKinds, type Cycle, type KeyResult } from '../../src/core/model';
import { ConflictError, InvalidError, UnknownStoreError } from '../../src/store/errors';
import {
  applySaveReport,
  conflictsOf,
  planSend,
  resolveConflict,
} from '../../src/excel/sync/check-ins';
import { acceptedHeaders, headerOf, headersIn } from '../../src/excel/sync/headers';
import { okrColumns, progressFormula, type ColumnKey } from '../../src/excel/sync/layout';
import {
  editUpdates,
  isPending,
  keepReadOnlyEdits,
  readOnlyEdits,
  readOnlyNote,
  shownTime,
  stateOf,
  syncCellOf,
  syncText,
} from '../../src/excel/sync/row-state';
import { keyResultRow, planRefresh } from '../../src/excel/sync/rows';
import {
  applyPlan,
  applyWrites,
  planUpdates,
  planWrite,
  rowsOf,
  tableOf,
  type TableSnapshot,
} from '../../src/excel/sync/table';
import type { CellValue, OkrRow, RowWrite } from '../../src/excel/workbook/types';
import { loadEveryPaneLanguage } from './support/pane-languages';

beforeAll(loadEveryPaneLanguage);

const cycle: Cycle = {
  id: '1',
  name: 'Q2',
  start: '2026-04-01',
  end: '2026-06-30',
  state: 'active',
};
const context = { cycle, today: '2026-05-15', model };
const kr = (id: string, patch: Partial<KeyResult> = {}): KeyResult => ({
  id,
  objectiveId: 'o1',
  title: `Grow signed customers from 10 to 100 (${id})`,
  kind: 'increase',
  start: 10,
  target: 100,
  current: 20,
  unit: 'customers',
  weight: 1,
  confidence: 5,
  version: `v-${id}`,
  ...patch,
});
const headers = headersIn('en');
/** The progress formula of a table with the English headers. */
const english = (key: ColumnKey) => headerOf(key, 'en');

function table(rows: readonly RowWrite[], extra: Record<string, CellValue[]> = {}): TableSnapshot {
  const allHeaders = [...headers, ...Object.keys(extra)];
  const body = rows.map((row, index) => [
    ...okrColumns.map((c) => (c.key === 'progress' ? 0.1 : row[c.key as keyof RowWrite])),
    ...Object.values(extra).map((values) => values[index] ?? ''),
  ]);
  return { headers: allHeaders, body };
}

function edit(row: OkrRow, cells: Partial<Record<keyof OkrRow['cells'], CellValue>>): OkrRow {
  return { cells: { ...row.cells, ...cells } };
}

describe('table plans', () => {
  test('a new table gets every column, one run per column, and its empty insert row is filled by the first row appended, never deleted after it', () => {
    const rows = [kr('1'), kr('2')].map((k) => keyResultRow(k, undefined, context));
    const snapshot = { headers, body: [headers.map(() => '')] };
    const plan = planWrite(snapshot, rows, 'en');
    expect(plan).toMatchObject({ addHeaders: [], deleteRows: [], appendRows: 2 });
    expect(rowsOf(applyPlan(snapshot, plan)).map((row) => row.cells.keyResultId)).toEqual([
      '1',
      '2',
    ]);
    expect(plan.writes).toHaveLength(okrColumns.length);
    expect(plan.writes.find((w) => w.key === 'progress')).toEqual({
      key: 'progress',
      row: 0,
      values: [progressFormula(english), progressFormula(english)],
    });
  });

  test('a refresh writes only what changed, keeps the user’s rows and removes KRs that are gone', () => {
    const before = [kr('1'), kr('2'), kr('3')].map((k) => keyResultRow(k, undefined, context));
    const withMine = table(before, { Mine: ['a', 'b', 'c'] });
    const snapshot = {
      headers: withMine.headers,
      body: [
        withMine.body[0]!,
        [...headers.map(() => ''), 'my own row'],
        ...withMine.body.slice(1),
      ],
    };
    const after = [kr('1', { current: 50 }), kr('3'), kr('4')].map((k) =>
      keyResultRow(k, undefined, context),
    );
    const plan = planWrite(snapshot, after, 'en');
    expect(plan.deleteRows).toEqual([2]);
    expect(plan.appendRows).toBe(1);
    const body = snapshot.body.map((cells) => [...cells]);
    body.push(snapshot.headers.map(() => ''));
    for (const row of plan.deleteRows) body.splice(row, 1);
    applyWrites(snapshot.headers, body, plan.writes);
    const result = rowsOf({ headers: snapshot.headers, body });
    expect(result.map((r) => [r.cells.keyResultId, r.cells.current])).toEqual([
      ['1', 50],
      ['3', 20],
      ['4', 20],
    ]);
    expect(body.map((cells) => cells[snapshot.headers.indexOf('Mine')])).toEqual([
      'a',
      'my own row',
      'c',
      '',
    ]);
    expect(plan.writes.filter((w) => w.key === 'keyResult')).toEqual([
      { key: 'keyResult', row: 3, values: [after[2]!.keyResult] },
    ]);
  });

  test('updates find rows by KR id and group neighbours into one write', () => {
    const snapshot = table(
      [kr('1'), kr('2'), kr('3')].map((k) => keyResultRow(k, undefined, context)),
    );
    const writes = planUpdates(snapshot, [
      { keyResultId: '2', cells: { sync: 'b' } },
      { keyResultId: '1', cells: { sync: 'a' } },
      { keyResultId: '9', cells: { sync: 'gone' } },
    ]);
    expect(writes).toEqual([{ key: 'sync', row: 0, values: ['a', 'b'] }]);
  });
});

describe('row state and check-ins', () => {
  const rows = () =>
    rowsOf(table([kr('1'), kr('2'), kr('3')].map((k) => keyResultRow(k, undefined, context))));
  const send = {
    author: { id: 'u1', displayName: 'Una' },
    now: '2026-05-15T09:00:00Z',
    cycle,
    model,
  };

  test('edits are worked out from the cells: pending when changed, settled when changed back', () => {
    const [a, b] = rows();
    const edited = edit(a!, { current: 30 });
    expect(isPending(edited, 'en')).toBe(true);
    const [update] = editUpdates([edited, b!], 'en');
    expect(update).toMatchObject({ keyResultId: '1', cells: { sync: 'Pending' } });
    const pending = edit(edited, update!.cells);
    expect(editUpdates([edit(pending, { current: 20 })], 'en')[0]?.cells.sync).toBe('');
  });

  test('valid rows become drafts with the KR eTag; bad rows get their message and no draft', () => {
    const [a, b, c] = rows();
    const plan = planSend(
      [
        edit(a!, { current: '30', note: 'two more' }),
        edit(b!, { confidence: 42 }),
        edit(c!, { current: 'lots' }),
      ],
      send,
    );
    expect(plan.drafts).toEqual([
      expect.objectContaining({
        keyResultId: '1',
        value: 30,
        note: 'two more',
        source: 'excel',
        keyResultVersion: 'v-1',
      }),
    ]);
    expect(plan.rejected).toBe(2);
    const messages = new Map(plan.updates.map((u) => [u.keyResultId, u.cells.sync]));
    expect(messages.get('2')).toMatch(/^Pending: .*1.*10/);
    expect(messages.get('3')).toMatch(/^Pending: .*number/i);
  });

  test('a rolled-up KR’s check-in cells are read-only: typed over, they are kept and explained, never sent', () => {
    const rolledUp = kr('9', { rolledUpFrom: [{ kind: 'objective', id: 'o7', weight: 1 }] });
    const [row] = rowsOf(table([keyResultRow(rolledUp, undefined, context)]));
    expect(row!.cells.sync).toBe('Rolled up: check in on its sources');
    // (The Progress cell holds its formula, as in Excel.)
    const typedOver = edit(row!, { current: 40, note: 'mine', progress: '' });
    expect(isPending(typedOver, 'en')).toBe(false);
    expect(readOnlyEdits(typedOver, 'en')).toEqual(['current', 'note']);
    expect(editUpdates([typedOver], 'en')).toEqual([]);
    const plan = planSend([typedOver], send);
    expect(plan).toMatchObject({ drafts: [], updates: [], rejected: 0 });
    // Like the other read-only cells: the row and the pane say why, and what the store has.
    const [kept] = keepReadOnlyEdits([typedOver], [], 'en');
    expect(kept?.cells.sync).toBe(
      'Rolled up: check in on its sources. Not sent from Excel: ' +
        'Current rolls up from the OKRs aligned to this KR: check in on them (the store has “20”); ' +
        'Note rolls up from the OKRs aligned to this KR: check in on them (the store has “”). ' +
        "Type it back, or Load puts the store's values back.",
    );
    expect(readOnlyNote(typedOver, 'en')).toBe(
      String(kept?.cells.sync).replace(
        'Rolled up: check in on its sources. Not sent from Excel: ',
        '',
      ),
    );
    // Its Progress shows what the store has (20, on the way from 10 to 100), not the typed 40's.
    expect(kept?.cells.savedProgress).toBeCloseTo(10 / 90, 9);
    // A refresh with the user's confirmation puts the store's values back.
    const [reloaded] = planRefresh([typedOver], [], [rolledUp], context);
    expect(reloaded).toMatchObject({ current: 20, note: '' });
    // A definition edit of the same row is still sent, without a check-in.
    const renamed = edit(typedOver, { keyResult: 'Renamed' });
    expect(isPending(renamed, 'en')).toBe(true);
    expect(planSend([renamed], send).drafts).toEqual([]);
  });

  test('a rolled-up KR’s Check-in date is not used: kept, never sent, and the row and the pane say so in the user’s language; Load empties it', () => {
    const rolledUp = kr('9', { rolledUpFrom: [{ kind: 'objective', id: 'o7', weight: 1 }] });
    const [loaded] = rowsOf(table([keyResultRow(rolledUp, undefined, context)]));
    // (The Progress cell holds its formula, as in Excel.)
    const dated = edit(loaded!, { checkInDate: '2026-05-12', progress: '' });
    expect(isPending(dated, 'en')).toBe(false);
    expect(readOnlyEdits(dated, 'en')).toEqual(['checkInDate']);
    expect(planSend([dated], send)).toMatchObject({ drafts: [], updates: [], rejected: 0 });
    const [kept] = keepReadOnlyEdits([dated], [], 'en');
    expect(kept?.cells.sync).toBe(
      'Rolled up: check in on its sources. Not sent from Excel: ' +
        'Check-in date “2026-05-12” was not used: this KR rolls up from the OKRs aligned to it and takes no check-in of its own; check in on them. ' +
        'Empty the cell, or Load empties it.',
    );
    expect(kept?.cells).not.toHaveProperty('checkInDate');
    expect(readOnlyNote(dated, 'de-DE')).toBe(
      'Check-in-Datum „2026-05-12“ wurde nicht verwendet: Dieser KR wird aus den an ihm ausgerichteten OKRs aggregiert und hat keine eigenen Check-ins; Check-ins bitte dort. Leeren Sie die Zelle, oder Laden leert sie.',
    );
    expect(readOnlyNote(dated, 'fr-FR')).toBe(
      'Date du point «\u00a02026-05-12\u00a0» n’a pas été utilisée\u00a0: ce KR est agrégé depuis les OKR alignés sur lui et n’a pas de point à lui\u00a0; faites le point sur eux. Videz la cellule, ou Charger la vide.',
    );
    expect(readOnlyNote(dated, 'es-ES')).toBe(
      'Fecha del registro «2026-05-12» no se usó: este KR se agrega desde los OKR alineados con él y no tiene registros propios; registre el avance en ellos. Vacíe la celda, o Cargar la vacía.',
    );
    // With a value typed over too, the values' note: the store has one to type back.
    expect(readOnlyNote(edit(dated, { current: 40 }), 'en')).toMatch(
      /^Current rolls up .*; Check-in date “2026-05-12” was not used: .*\. Type it back, or Load puts the store's values back\.$/,
    );
    // A refresh with the user's confirmation empties it, as it puts the store's values back.
    const [reloaded] = planRefresh([dated], [], [rolledUp], context);
    expect(reloaded).toMatchObject({ checkInDate: '' });
  });

  test('a rolled-up KR’s check-in cell typed again in another form is not typed over; another value is', () => {
    const rolledUp = kr('9', {
      rolledUpFrom: [{ kind: 'objective', id: 'o7', weight: 1 }],
      current: 1.5,
    });
    const [loaded] = rowsOf(table([keyResultRow(rolledUp, undefined, context)]));
    // (The Progress cell holds its formula, as in Excel.)
    const row = edit(loaded!, { progress: '' });
    const again = [
      ['en', { current: '1.50' }],
      ['en', { current: '1.5 customers', confidence: '5.0' }],
      ['de-DE', { current: '1,5' }],
      ['de-DE', { current: '1,50 customers', confidence: ' 5 ' }],
    ] as const;
    for (const [locale, cells] of again) {
      const typed = edit(row, cells);
      expect(readOnlyEdits(typed, locale)).toEqual([]);
      expect(readOnlyNote(typed, locale)).toBe('');
      expect(syncCellOf(typed, locale)).toBe(syncText(stateOf(typed), locale));
    }
    // "1.500" in German is 1,500, not the store's 1.5: typed over, and said so.
    const other = edit(row, { current: '1.500' });
    expect(readOnlyEdits(other, 'de-DE')).toEqual(['current']);
    expect(readOnlyNote(other, 'de-DE')).toContain('„1,5“');
    expect(readOnlyEdits(edit(row, { current: '15' }), 'en')).toEqual(['current']);
  });

  test('a row the store refused waits for an edit: the same values typed again in another form are none', () => {
    const [a, b] = rows();
    const german = { ...send, model: { ...model, locale: 'de-DE' } };
    const typed = [edit(a!, { current: 30.5, note: 'two more' }), edit(b!, { current: '30,5' })];
    const plan = planSend(typed, german);
    expect(plan.drafts).toHaveLength(2);
    const refusal = new InvalidError('Keep the note short.');
    const updates = applySaveReport(
      typed,
      {
        saved: [],
        conflicts: [],
        failed: plan.drafts.map((draft) => ({ draft, error: refusal })),
      },
      plan.sent,
      { ...context, ...german, now: send.now },
    );
    const refused = typed.map((row) => {
      const update = updates.find((u) => u.keyResultId === row.cells.keyResultId);
      return edit(row, update!.cells);
    });
    expect(refused.map((row) => stateOf(row).kind)).toEqual(['refused', 'refused']);
    // Typed again as the same values (Excel keeping them as text, the German way): not sent again.
    const retyped = [
      edit(refused[0]!, { current: '30,50', start: '10,0', weight: '1,0' }),
      edit(refused[1]!, { current: 30.5, confidence: '5' }),
    ];
    expect(retyped.map((row) => isPending(row, 'de-DE'))).toEqual([false, false]);
    expect(editUpdates(retyped, 'de-DE')).toEqual([]);
    expect(planSend(retyped, german).drafts).toEqual([]);
    // Another value is an edit, sent again.
    const changed = edit(refused[1]!, { current: '40,5' });
    expect(isPending(changed, 'de-DE')).toBe(true);
    expect(planSend([changed], german).drafts).toEqual([
      expect.objectContaining({ keyResultId: '2', value: 40.5 }),
    ]);
  });

  test('“use mine” in a conflict keeps what was typed; a value typed again in another form takes theirs', () => {
    const [a] = rows();
    const conflicted = edit(a!, {
      current: '20,0',
      confidence: 7,
      state: JSON.stringify({
        kind: 'conflict',
        base: { current: 20, confidence: 5, note: '' },
        theirs: { current: 25, confidence: 6, version: 'v-2' },
      }),
    });
    expect(resolveConflict(conflicted, 'mine', 'de-DE')?.cells).toMatchObject({
      current: 25,
      confidence: 7,
    });
  });

  test('the Sync cells speak the user’s language (German, French, Spanish)', () => {
    const german = { ...context, model: { ...model, locale: 'de-DE' } };
    const rolledUp = kr('9', { rolledUpFrom: [{ kind: 'objective', id: 'o7', weight: 1 }] });
    const [plain, rolled] = rowsOf(
      table([keyResultRow(kr('1'), undefined, german), keyResultRow(rolledUp, undefined, german)]),
    );
    expect(rolled!.cells.sync).toBe('Aggregiert: Check-ins bei den Quellen');
    expect(editUpdates([edit(plain!, { current: 30 })], 'de-DE')[0]?.cells.sync).toBe('Ausstehend');
    const typedOver = edit(plain!, { status: 'Super', progress: '' });
    expect(keepReadOnlyEdits([typedOver], [], 'fr-FR')[0]?.cells.sync).toBe(
      'Non envoyé depuis Excel : « Super » n’est pas un statut (un statut est l’une de ces valeurs : Non commencé, En bonne voie, À risque, En retard, Atteint). ' +
        `Le statut suit les points d’avancement (la valeur enregistrée est «\u00a0${String(plain!.cells.status)}\u00a0»). ` +
        'Retapez la valeur, ou Charger remet les valeurs enregistrées.',
    );
    const rejected = planSend([edit(plain!, { confidence: 42 })], {
      ...send,
      model: { ...model, locale: 'es-ES' },
    });
    expect(rejected.updates[0]?.cells.sync).toMatch(/^Pendiente: /);
    const [gone] = planRefresh([edit(plain!, { current: 30 })], [], [], german);
    expect(gone?.sync).toBe(
      'In OKR Coach nicht mehr auf diesem Board (gelöscht oder in ein anderes Team oder einen anderen Zyklus verschoben; festgestellt 2026-05-15): Diese Zeile wird nicht mehr gesendet. Löschen Sie die Zeile, oder Laden entfernt sie.',
    );
  });

  test('a retry of an unchanged row reuses its client id; new values, a new eTag or another author get a new one', () => {
    const [a] = rows();
    const first = planSend([edit(a!, { current: 30 })], send).drafts[0]?.clientId;
    expect(first).toMatch(/^excel-[0-9a-f]{32}$/);
    expect(planSend([edit(a!, { current: 30 })], send).drafts[0]?.clientId).toBe(first);
    for (const other of [
      planSend([edit(a!, { current: 31 })], send),
      planSend([edit(a!, { current: 30, version: 'v-moved' })], send),
      planSend([edit(a!, { current: 30 })], { ...send, author: { id: 'u-2', displayName: 'B' } }),
    ]) {
      expect(other.drafts[0]?.clientId).not.toBe(first);
    }
  });

  test('a save report marks rows sent, in conflict with both values, or failed with the reason', () => {
    const [a, b, c] = rows();
    const edited = [
      edit(a!, { current: 30 }),
      edit(b!, { current: 40 }),
      edit(c!, { current: 50 }),
    ];
    const plan = planSend(edited, send);
    const sending = edited;
    const [d1, d2, d3] = plan.drafts;
    const saved = { ...kr('1', { current: 30, version: 'v-1b', lastCheckInAt: d1!.at }) };
    const updates = applySaveReport(
      [...sending.slice(0, 2), edit(sending[2]!, {})],
      {
        saved: [{ checkIn: { ...d1!, id: '77' }, keyResult: saved }],
        conflicts: [
          {
            draft: d2!,
            error: new ConflictError(
              'changed',
              kr('2'),
              kr('2', { current: 35, confidence: 6, version: 'v-2b' }),
            ),
          },
        ],
        failed: [{ draft: d3!, error: new UnknownStoreError('The store did not answer.') }],
      },
      plan.sent,
      { ...context, now: send.now },
    );
    const byId = new Map(updates.map((u) => [u.keyResultId, u.cells]));
    expect(byId.get('1')).toMatchObject({
      version: 'v-1b',
      lastCheckIn: '2026-05-15',
      sync: 'Sent 2026-05-15 09:00 UTC',
    });
    expect(byId.get('2')?.sync).toBe(
      'Conflict: yours 40 (confidence 5), theirs 35 (confidence 6). Choose in the task pane.',
    );
    expect(byId.get('3')?.sync).toBe('Not sent: Something went wrong. The store did not answer.');

    const conflicted = edit(sending[1]!, byId.get('2')!);
    expect(isPending(conflicted, 'en')).toBe(false);
    // The pane names the fields in the user's language too.
    expect(conflictsOf([conflicted], 'es-ES')[0]?.fields).toEqual([
      { label: 'Actual', mine: 40, theirs: 35 },
      { label: 'Confianza', mine: 5, theirs: 6 },
    ]);
    expect(resolveConflict(conflicted, 'theirs', 'en')?.cells).toMatchObject({
      current: 35,
      confidence: 6,
      version: 'v-2b',
      sync: '',
    });
    const mine = edit(conflicted, resolveConflict(conflicted, 'mine', 'en')!.cells);
    expect([mine.cells.version, stateOf(mine).kind, isPending(mine, 'en')]).toEqual([
      'v-2b',
      'pending',
      true,
    ]);
    // The user changed the value, not the confidence: their value is sent with the confidence
    // the other person gave, not the one the sheet was loaded with.
    expect([mine.cells.current, mine.cells.confidence]).toEqual([40, 6]);
    const bothChanged = edit(sending[1]!, { ...byId.get('2')!, confidence: 3 });
    const bothMine = resolveConflict(bothChanged, 'mine', 'en')!.cells;
    expect([bothMine.current, bothMine.confidence]).toEqual([40, 3]);
  });

  test('a refresh keeps a pending row’s edits and eTag, marks a pending KR that left the board as gone, and removes it on the next', () => {
    const [a, b] = rows();
    const pendingA = edit(a!, {
      current: 30,
      ...editUpdates([edit(a!, { current: 30 })], 'en')[0]!.cells,
    });
    const pendingB = edit(b!, {
      current: 31,
      ...editUpdates([edit(b!, { current: 31 })], 'en')[0]!.cells,
    });
    const refreshed = planRefresh(
      [pendingA, pendingB],
      [],
      [kr('1', { current: 25, version: 'v-1z', title: 'New title' })],
      context,
    );
    expect(refreshed.map((r) => [r.keyResultId, r.keyResult, r.current, r.version])).toEqual([
      ['1', 'New title', 30, 'v-1'],
      ['2', b!.cells.keyResult, 31, 'v-2'],
    ]);
    expect(refreshed[1]?.sync).toMatch(
      /^No longer on this board in OKR Coach \(deleted, or moved to another team or cycle; found 2026-05-15\): this row is no longer sent\. Delete the row, or Load removes it\.$/,
    );
    // Marked gone, the row is never sent, and the next refresh removes it, as its cell said.
    const marked = edit(b!, refreshed[1]!);
    expect(isPending(marked, 'en')).toBe(false);
    expect(planSend([marked], send).drafts).toEqual([]);
    const again = planRefresh([pendingA, marked], [], [kr('1')], context);
    expect(again.map((r) => r.keyResultId)).toEqual(['1']);
    // Back on the board, its edits are pending again.
    const back = planRefresh([marked], [], [kr('2')], context);
    expect([back[0]?.current, back[0]?.sync]).toEqual([31, 'Pending']);
  });
});

describe('times in a Sync cell', () => {
  test('are in the reader’s time zone, labelled with its offset from UTC, the date year first', () => {
    const summer = '2026-06-15T10:00:00.000Z';
    expect(shownTime(summer)).toBe('2026-06-15 10:00 UTC'); // the tests' zone (jest.config.js)
    expect(shownTime(summer, 'Europe/Berlin')).toBe('2026-06-15 12:00 UTC+2');
    expect(shownTime('2026-12-15T23:30:00Z', 'Europe/Berlin')).toBe('2026-12-16 00:30 UTC+1');
    expect(shownTime(summer, 'America/New_York')).toBe('2026-06-15 06:00 UTC-4');
    expect(shownTime(summer, 'Asia/Kolkata')).toBe('2026-06-15 15:30 UTC+5:30');
    expect(shownTime(summer, 'America/St_Johns')).toBe('2026-06-15 07:30 UTC-2:30');
    // A date alone (no time to place in a zone) stays as it is.
    expect(shownTime('2026-05-15', 'Europe/Berlin')).toBe('2026-05-15');
    expect(shownTime(undefined)).toBe('');
  });

  test('a KR’s Last check-in is the day the reader lived it, in their own time zone', () => {
    // 09:00 on Monday 15 June in Sydney is 23:00 on Sunday in UTC.
    const checkedIn = kr('1', { lastCheckInAt: '2026-06-14T23:00:00.000Z' });
    const sydney = { ...context, timeZone: 'Australia/Sydney' };
    expect(keyResultRow(checkedIn, undefined, sydney).lastCheckIn).toBe('2026-06-15');
    expect(keyResultRow(checkedIn, undefined, context).lastCheckIn).toBe('2026-06-14');
    expect(keyResultRow(kr('2'), undefined, sydney).lastCheckIn).toBe('');
  });

  test('a check-in imported without its time shows on the day it names in every time zone', () => {
    // Stored at noon UTC (earlier imports: midnight UTC); read as a time, noon is the next day
    // in Auckland's summer and midnight the day before in Los Angeles.
    const auckland = { ...context, timeZone: 'Pacific/Auckland' };
    const losAngeles = { ...context, timeZone: 'America/Los_Angeles' };
    const atNoon = kr('1', { lastCheckInAt: '2026-02-09T12:00:00Z' });
    const atMidnight = kr('2', { lastCheckInAt: '2026-02-09T00:00:00Z' });
    expect(keyResultRow(atNoon, undefined, auckland).lastCheckIn).toBe('2026-02-09');
    expect(keyResultRow(atMidnight, undefined, losAngeles).lastCheckIn).toBe('2026-02-09');
    // A check-in made a minute later is a time, on the reader's day.
    const madeThen = kr('3', { lastCheckInAt: '2026-02-09T12:01:00Z' });
    expect(keyResultRow(madeThen, undefined, auckland).lastCheckIn).toBe('2026-02-10');
  });
});

describe('headers in the pane’s language', () => {
  const languages = ['en', 'de', 'fr', 'es'] as const;
  const binding = { teamIds: ['t'], cycle };
  const rows = [kr('1'), kr('2', { kind: 'binary', start: 0, target: 1, current: 0 })].map((k) =>
    keyResultRow(k, undefined, context),
  );
  /** A new table written by a pane in `locale`. */
  const writtenIn = (locale: string) => applyPlan(undefined, planWrite(undefined, rows, locale));
  const keyResultsOf = (table: ReturnType<typeof tableOf>) =>
    table.rows.map((row) => [row.cells.keyResultId, row.cells.keyResult, row.cells.current]);

  test('a new table is headed in the pane’s language, its formula naming those headers', () => {
    const german = writtenIn('de-DE');
    expect(german.headers.slice(0, 17)).toEqual([
      'Objective',
      'Key Result',
      'Beschreibung',
      'Verantwortlich',
      'Art',
      'Start',
      'Zielwert',
      'Aktuell',
      'Einheit',
      'Gewichtung',
      'Fortschritt',
      'Zuversicht',
      'Status',
      'Notiz',
      'Letzter Check-in',
      'Check-in-Datum',
      'Synchronisierung',
    ]);
    expect(writtenIn('fr').headers[1]).toBe('Résultat clé');
    expect(writtenIn('es').headers[3]).toBe('Responsable');
    expect(writtenIn('ja-JP').headers).toEqual(headers);
    const formula = String(german.body[0]![german.headers.indexOf('Fortschritt')]);
    expect(formula).toContain('[@[Art]]');
    expect(formula).toContain('[@[Zielwert]]');
    expect(formula).not.toContain('[@[Kind]]');
  });

  test('a table written in any of the languages is read back the same by a pane in any of them', () => {
    const expected = keyResultsOf(tableOf(writtenIn('en'), binding, 'en'));
    expect(expected).toEqual([
      ['1', rows[0]!.keyResult, 20],
      ['2', rows[1]!.keyResult, 'Not done'],
    ]);
    for (const writer of languages) {
      for (const reader of languages) {
        const read = tableOf(writtenIn(writer), binding, reader);
        expect([writer, reader, keyResultsOf(read)]).toEqual([writer, reader, expected]);
      }
    }
  });

  test('a German pane refreshing an English sheet keeps its headers; an older one gets the new columns in German', () => {
    const englishSheet = writtenIn('en');
    const refresh = planWrite(englishSheet, rows, 'de');
    expect(refresh.addHeaders).toEqual([]);
    const formula = refresh.writes.find((write) => write.key === 'progress')?.values[0];
    expect(formula).toBe(progressFormula(english));

    // An earlier version's sheet: no Description, Owner or Weight, headed in English.
    const older = ['description', 'owner', 'weight'].map((key) => headerOf(key as ColumnKey, 'en'));
    const kept = englishSheet.headers.map((header, index) => ({ header, index }));
    const oldSheet = {
      headers: kept.filter(({ header }) => !older.includes(header)).map(({ header }) => header),
      body: englishSheet.body.map((cells) =>
        kept.filter(({ header }) => !older.includes(header)).map(({ index }) => cells[index]!),
      ),
    };
    expect(planWrite(oldSheet, rows, 'de').addHeaders).toEqual([
      'Beschreibung',
      'Verantwortlich',
      'Gewichtung',
    ]);
  });

  test('headers are read whatever their case, and a column of the user’s own is left alone', () => {
    const sheet = writtenIn('en');
    const shouted = {
      headers: [...sheet.headers.map((header) => ` ${header.toUpperCase()} `), 'My notes'],
      body: sheet.body.map((cells) => [...cells, 'mine']),
    };
    expect(keyResultsOf(tableOf(shouted, binding, 'de'))).toEqual(
      keyResultsOf(tableOf(sheet, binding, 'de')),
    );
    expect(planWrite(shouted, rows, 'de').addHeaders).toEqual([]);
  });

  test('no header names two columns, in any language, and none needs escaping in a formula', () => {
    const all = okrColumns.flatMap((column) => [
      ...new Set(acceptedHeaders(column.key).map((header) => header.trim().toLowerCase())),
    ]);
    expect(new Set(all).size).toBe(all.length);
    // Structured references escape these with an apostrophe; no header of ours has them.
    expect(all.filter((header) => /[[\]#']/.test(header))).toEqual([]);
  });

  test('a table whose rows cannot be told apart is refused, naming its unknown headers and the accepted ones', () => {
    const italian = {
      headers: ['Obiettivo', 'Risultato chiave', 'Attuale', 'ID KR'],
      body: [['Crescere', 'Clienti', 20, '1']],
    };
    expect(() => tableOf(italian, binding, 'en')).toThrow(
      'This workbook’s OKR table has no “KR id” column, so OKR Coach cannot tell which row is which key result, and it changed nothing. ' +
        'The column may be headed “KR id”, “KR-ID”, “ID du KR”, “ID del KR”: rename it back, or delete the table and load again. ' +
        'Headers OKR Coach does not know: “Obiettivo”, “Risultato chiave”, “Attuale”, “ID KR”.',
    );
    expect(() => tableOf(italian, binding, 'de-AT')).toThrow(
      /^Die OKR-Tabelle dieser Arbeitsmappe hat keine Spalte „KR-ID“\..* darf „KR id“, „KR-ID“, .* nicht kennt: „Obiettivo“, /,
    );
    expect(() => tableOf(italian, binding, 'fr')).toThrow(
      /\u00a0: «\u00a0Obiettivo\u00a0», «\u00a0Risultato chiave\u00a0»/,
    );
    // Its KR id column deleted, an English sheet names no unknown header.
    const sheet = writtenIn('en');
    const id = sheet.headers.indexOf('KR id');
    const withoutIds = {
      headers: sheet.headers.filter((_, index) => index !== id),
      body: sheet.body.map((cells) => cells.filter((_, index) => index !== id)),
    };
    expect(() => tableOf(withoutIds, binding, 'en')).toThrow(/no “KR id” column.*load again\.$/);
  });
});

describe('the progress formula', () => {
  /**
   * Reads the formula as JavaScript (IF, MAX, MIN, ABS and IFERROR as functions, the row's cells
   * as variables) to hold it against the core: the sheet and the rest of the product agree.
   */
  function evaluate(
    formula: string,
    cells: {
      kind: string;
      start: number;
      target: number;
      current: number | string;
      savedProgress?: number | '';
    },
    language = 'en',
  ) {
    const reference = (key: ColumnKey) => `[@[${headerOf(key, language)}]]`;
    const js = formula
      .slice(1)
      .replaceAll(reference('kind'), 'K')
      .replaceAll(reference('start'), 'S')
      .replaceAll(reference('target'), 'T')
      .replaceAll(reference('current'), 'C')
      .replaceAll(reference('savedProgress'), 'P')
      .replace(/([^<>])=/g, '$1===');
    const run = new Function(
      'K',
      'S',
      'T',
      'C',
      'P',
      'IF',
      'MAX',
      'MIN',
      'ABS',
      'IFERROR',
      'OR',
      'ISNUMBER',
      `return ${js};`,
    );
    return run(
      cells.kind,
      cells.start,
      cells.target,
      cells.current,
      cells.savedProgress ?? '',
      (test: boolean, yes: unknown, no: unknown) => (test ? yes : no),
      Math.max,
      Math.min,
      Math.abs,
      (value: number, fallback: unknown) => (Number.isFinite(value) ? value : fallback),
      (...tests: boolean[]) => tests.some(Boolean),
      (value: unknown) => typeof value === 'number',
    ) as number | '';
  }

  test('shows the saved progress of a row whose typed values are not taken, else the one its cells make', () => {
    const formula = progressFormula(english);
    const cells = { kind: 'Decrease', start: 9, target: 3, current: -500 };
    // −500 days: refused, never saved; the store's 40% is what the row shows.
    expect(evaluate(formula, { ...cells, savedProgress: 0.4 })).toBe(0.4);
    expect(evaluate(formula, cells)).toBeCloseTo(84.83, 2);
    // Text in a number cell makes no progress of its own: blank, unless the saved one is there.
    expect(evaluate(formula, { ...cells, current: 'lots' })).toBe('');
    expect(evaluate(formula, { ...cells, current: 'lots', savedProgress: 0.4 })).toBe(0.4);
  });

  test('gives the core’s progress for every kind, its label and the headers in any of the sheet’s languages', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...keyResultKinds),
        fc.constantFrom('en', 'de', 'fr', 'es'),
        // A sheet headed in one language may hold another's words (loaded by another pane).
        fc.constantFrom('en', 'de', 'fr', 'es'),
        fc.integer({ min: -50, max: 150 }),
        fc.integer({ min: -50, max: 150 }),
        fc.integer({ min: -80, max: 200 }),
        (kind, language, headed, start, target, current) => {
          const expected = progressAt({ kind, start, target }, current);
          expect(
            evaluate(
              progressFormula((key) => headerOf(key, headed)),
              { kind: kindWordsFor(language).kinds[kind], start, target, current },
              headed,
            ),
          ).toBeCloseTo(expected, 9);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
