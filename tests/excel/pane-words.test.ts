/** The task pane's words: complete in German, French and Spanish, English for any other language. */
import { missingPaneWords, paneWordsFor } from '../../src/excel/pane-words';
import { sendLabel, sheetStatus } from '../../src/excel/sync/sheet-status';
import type { SheetSummary } from '../../src/excel/sync/workbook-sync';

const summary: SheetSummary = {
  loaded: true,
  teamIds: ['t'],
  rows: 4,
  pending: 2,
  withMessages: [{ keyResultId: 'k', title: 'A KR', message: 'Confidence is 1 to 10.' }],
  conflicts: [],
  added: [],
  deleted: 1,
  readOnly: [],
};

test('every pane word has a German, French and Spanish version', () => {
  expect(missingPaneWords()).toEqual({ de: [], fr: [], es: [] });
});

test('a language without its own words gets English; a regional one its language', () => {
  expect(paneWordsFor('ja-JP').say('pane.load')).toBe('Load KRs into this workbook');
  expect(paneWordsFor('de-AT').say('pane.load')).toBe('KRs in diese Arbeitsmappe laden');
  expect(paneWordsFor('fr-CA').count('send.changes', 1)).toBe('Envoyer 1 modification');
});

test('the status line and the Send button in the user’s language, counted right', () => {
  expect(sendLabel(summary)).toBe('Send 3 changes');
  expect(sendLabel(summary, paneWordsFor('es-ES'))).toBe('Enviar 3 cambios');
  expect(sheetStatus(summary).text).toBe(
    '2 rows not sent yet · 1 needs fixing first (see below) · 1 deleted row to confirm (Load brings it back).',
  );
  expect(sheetStatus(summary, undefined, paneWordsFor('de-DE'))).toEqual({
    intent: 'warning',
    text: '2 Zeilen noch nicht gesendet · 1 muss zuerst korrigiert werden (siehe unten) · 1 gelöschte Zeile zu bestätigen (Laden holt sie zurück).',
  });
  const done = { ...summary, pending: 0, withMessages: [], deleted: 0 };
  const outcome = {
    sent: 2,
    definitions: 1,
    rejected: 0,
    conflicts: 0,
    failed: 0,
    created: 0,
    deleted: 0,
    notDeleted: [],
    summary: done,
  };
  expect(sheetStatus(done, outcome, paneWordsFor('fr')).text).toBe(
    'Envoi réussi : 2 check-ins et 1 modification de KR. Tout le contenu de la feuille est envoyé.',
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
