/** The task pane's words: complete in German, French and Spanish, English for any other language. */
import { missingPaneWords, paneWordsFor } from '../../src/excel/pane-words';
import { sendLabel, sheetStatus } from '../../src/excel/sync/sheet-status';
import type { SheetSummary } from '../../src/excel/sync/workbook-sync';
import { errorText } from '../../src/excel/taskpane/errorText';
import { WorkbookError, type WorkbookProblem } from '../../src/excel/workbook/types';
import { loadEveryPaneLanguage } from './support/pane-languages';

beforeAll(loadEveryPaneLanguage);

const summary: SheetSummary = {
  loaded: true,
  teamIds: ['t'],
  rows: 4,
  pending: 1,
  toFix: 1,
  withMessages: [{ keyResultId: 'k', title: 'A KR', message: 'Confidence is 1 to 10.' }],
  conflicts: [],
  added: [],
  deleted: 1,
  missingColumns: [],
  readOnly: [],
};

test('every pane word has a German, French and Spanish version', async () => {
  expect(await missingPaneWords()).toEqual({ de: [], fr: [], es: [] });
});

test('a language without its own words gets English; a regional one its language', () => {
  expect(paneWordsFor('ja-JP').say('pane.load')).toBe('Load KRs into this workbook');
  expect(paneWordsFor('de-AT').say('pane.load')).toBe('KRs in diese Arbeitsmappe laden');
  expect(paneWordsFor('fr-CA').count('send.changes', 1)).toBe('Envoyer 1 modification');
});

test('the status line and the Send button in the user’s language, counted right', () => {
  expect(sendLabel(summary)).toBe('Send 2 changes');
  expect(sendLabel(summary, paneWordsFor('es-ES'))).toBe('Enviar 2 cambios');
  expect(sheetStatus(summary).text).toBe(
    '2 rows not sent yet · 1 needs fixing first (see below) · 1 deleted row to confirm (Load brings it back).',
  );
  expect(sheetStatus(summary, undefined, paneWordsFor('de-DE'))).toEqual({
    intent: 'warning',
    text: '2 Zeilen noch nicht gesendet · 1 muss zuerst korrigiert werden (siehe unten) · 1 gelöschte Zeile zu bestätigen (Laden holt sie zurück).',
  });
  const done = { ...summary, pending: 0, toFix: 0, withMessages: [], deleted: 0 };
  const outcome = {
    sent: 2,
    definitions: 1,
    rejected: 0,
    refused: 0,
    gone: 0,
    conflicts: 0,
    failed: 0,
    created: 0,
    deleted: 0,
    notDeleted: [],
    saved: [],
    summary: done,
  };
  expect(sheetStatus(done, outcome, paneWordsFor('fr')).text).toBe(
    'Envoi réussi : 2 check\u2011ins et 1 modification de KR. Tout le contenu de la feuille est envoyé.',
  );
});

test('a row with a cell to fix is not offered to send; only rows a send takes are counted', () => {
  const onlyToFix = { ...summary, pending: 0, deleted: 0 };
  expect(sendLabel(onlyToFix)).toBe('Nothing to send');
  expect(sheetStatus(onlyToFix)).toEqual({
    intent: 'warning',
    text: '1 row not sent yet · 1 needs fixing first (see below).',
  });
});

test('rows the store did not take are said apart from rows to fix: there is no cell to fix in them', () => {
  const failed = {
    ...summary,
    pending: 2,
    toFix: 0,
    deleted: 0,
    withMessages: [
      { keyResultId: 'a', title: 'A KR', message: 'You are offline.', failed: true as const },
      { keyResultId: 'b', title: 'B KR', message: 'You are offline.', failed: true as const },
    ],
  };
  expect(sheetStatus(failed).text).toBe('2 rows not sent yet · 2 could not be sent (see below).');
  expect(sheetStatus(failed, undefined, paneWordsFor('de')).text).toBe(
    '2 Zeilen noch nicht gesendet · 2 konnten nicht gesendet werden (siehe unten).',
  );
});

test('the sheet’s row count is counted: one KR, two KRs, in every language', () => {
  expect(paneWordsFor('en').count('sheet.rows', 1)).toBe('1 KR in the sheet');
  expect(paneWordsFor('en').count('sheet.rows', 2)).toBe('2 KRs in the sheet');
  expect(paneWordsFor('de').count('sheet.rows', 1)).toBe('1 KR im Blatt');
  expect(paneWordsFor('de').count('sheet.rows', 3)).toBe('3 KRs im Blatt');
  expect(paneWordsFor('fr').count('sheet.rows', 1)).toBe('1 KR dans la feuille');
  expect(paneWordsFor('es').count('sheet.rows', 2)).toBe('2 KR en la hoja');
});

const problems: readonly WorkbookProblem[] = [
  { code: 'notLoaded' },
  { code: 'noSuchSheet', sheet: 'Umsatz 2026' },
  { code: 'noCellSelected' },
  { code: 'notOneCell', selection: 'B5:C6' },
  { code: 'notCellAddress', entry: 'B5:C6' },
];

test('what the workbook refused is said in every language, naming what it names', () => {
  for (const locale of ['de', 'fr', 'es']) {
    const words = paneWordsFor(locale);
    for (const problem of problems) {
      const said = words.problem(problem);
      expect(said).not.toBe(paneWordsFor('en').problem(problem));
      expect(said).not.toMatch(/[{}]/);
      for (const [name, value] of Object.entries(problem)) {
        if (name !== 'code') expect(said).toContain(value);
      }
    }
  }
  expect(paneWordsFor('de-CH').problem({ code: 'noSuchSheet', sheet: 'Umsatz' })).toBe(
    'In dieser Arbeitsmappe gibt es kein Blatt namens „Umsatz“.',
  );
});

test('a broken link says which sheet or cell went, in the pane’s language', () => {
  const link = { sheet: 'Revenue', address: 'B5' };
  expect(paneWordsFor('en').broken('sheetDeleted', link)).toBe('The sheet “Revenue” was deleted.');
  expect(paneWordsFor('de').broken('sheetDeleted', link)).toBe(
    'Das Blatt „Revenue“ wurde gelöscht.',
  );
  expect(paneWordsFor('fr').broken('cellDeleted', link)).toMatch(
    /^La cellule Revenue!B5 a été supprimée/,
  );
  expect(paneWordsFor('es').broken('cellDeleted', link)).toMatch(/^Se eliminó la celda Revenue!B5/);
});

test('the pane shows a workbook error in its language, and any other error as before', async () => {
  const words = paneWordsFor('fr-FR');
  expect(await errorText(new WorkbookError({ code: 'notLoaded' }), words)).toBe(
    'Chargez d’abord les KR dans ce classeur.',
  );
  expect(await errorText(new Error('Something else'), words)).toBe('Something else');
});

test('a conflict’s values are quoted as the Sync cell quotes them, so a long text shows where yours ends and theirs starts', () => {
  const field = {
    label: 'Description',
    mine: 'Pipeline over quota, every Monday',
    theirs: 'Pipeline over quota, daily',
  };
  expect(paneWordsFor('en').say('conflict.fields', field)).toBe(
    'Description: yours “Pipeline over quota, every Monday” · theirs “Pipeline over quota, daily”',
  );
  expect(paneWordsFor('de').say('conflict.fields', field)).toBe(
    'Description: Ihrer „Pipeline over quota, every Monday“ · deren „Pipeline over quota, daily“',
  );
  expect(paneWordsFor('fr').say('conflict.fields', field)).toBe(
    'Description : le vôtre « Pipeline over quota, every Monday » · le leur « Pipeline over quota, daily »',
  );
  expect(paneWordsFor('es').say('conflict.fields', field)).toBe(
    'Description: el suyo «Pipeline over quota, every Monday» · el de ellos «Pipeline over quota, daily»',
  );
});

test('the week’s prompts are in Office’s display language: German, French, Spanish, else English', async () => {
  const prompts = await import('../../src/core/coaching/prompts');
  const { promptsIn } = await import('../../src/excel/taskpane/TaskPaneCoaching');
  const { defaultOperatingModel: model } = await import('../../src/core/operating-model');
  const say = async (locale: string) =>
    (await promptsIn(prompts, locale))
      .selectPrompts('weekly-check-in', { model, locale })
      .map((prompt) => prompt.text);
  const english = prompts.selectPrompts('weekly-check-in', { model }).map(({ text }) => text);
  expect(await say('ja-JP')).toEqual(english);
  for (const locale of ['de-DE', 'fr-FR', 'es-ES']) {
    const said = await say(locale);
    expect(said).toHaveLength(english.length);
    // Not one of them left in English.
    expect(said.filter((text) => english.includes(text))).toEqual([]);
  }
  expect(await say('de-AT')).toContain(
    'Alle geben ihre Zuversicht gleichzeitig ab; wir decken gemeinsam auf und beginnen mit der niedrigsten Stimme.',
  );
});
