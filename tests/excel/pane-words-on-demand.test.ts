/**
 * The pane's German, French and Spanish words are chunks of their own, loaded before the pane
 * shows in that language; its column headers are read in every language from the start.
 */
import {
  hasPaneWords,
  inEveryPaneLanguage,
  loadPaneWords,
  paneWordsFor,
} from '../../src/excel/pane-words';

test('a table headed in any language is read before any language’s words have loaded', () => {
  expect(inEveryPaneLanguage('column.target')).toEqual(['Target', 'Zielwert', 'Cible', 'Meta']);
  expect(paneWordsFor('de-DE').say('column.target')).toBe('Zielwert');
});

test('a German pane has its words once loaded, and English needs no load', async () => {
  expect(hasPaneWords('en-GB')).toBe(true);
  expect(hasPaneWords('ja-JP')).toBe(true);
  expect(hasPaneWords('de-AT')).toBe(false);
  expect(paneWordsFor('de-AT').say('pane.load')).toBe('Load KRs into this workbook');

  const german = await loadPaneWords('de-AT');

  expect(german.say('pane.load')).toBe('KRs in diese Arbeitsmappe laden');
  expect(hasPaneWords('de-DE')).toBe(true);
  expect(hasPaneWords('fr-FR')).toBe(false);
  expect(paneWordsFor('fr-FR').say('pane.load')).toBe('Load KRs into this workbook');
});
