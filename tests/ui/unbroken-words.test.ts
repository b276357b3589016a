/**
 * German, French and Spanish words that only a screen shows keep « check‑in » whole: its hyphen
 * is the no-break one (U+2011, which Segoe UI has), so a 300 px stage, a 320 px side panel or the
 * Excel pane never ends a line with « check- ». Words that also leave the screen keep the plain
 * hyphen people search for and type: the round's summary (the meeting chat's text), the
 * workbook's cells, the import report, activity notifications. And a percent reads as
 * `Intl.NumberFormat` writes it in the three languages: a no-break space before %, never a
 * breaking one (or none, as English has it).
 */
import { sayIssue } from '../../src/core/issue-words';
import { validationIssue } from '../../src/core/issues';
import { frenchFindingTemplates } from '../../src/core/coaching/french-messages';
import { germanFindingTemplates } from '../../src/core/coaching/german-messages';
import { spanishFindingTemplates } from '../../src/core/coaching/spanish-messages';
import { paneWordsFor } from '../../src/excel/pane-words';
import { words as de } from '../../src/ui/board/words/de';
import { words as es } from '../../src/ui/board/words/es';
import { words as fr } from '../../src/ui/board/words/fr';
import { words as importDe } from '../../src/ui/migrate/words/import-de';
import { words as importEs } from '../../src/ui/migrate/words/import-es';
import { words as importFr } from '../../src/ui/migrate/words/import-fr';
import { loadEveryPaneLanguage } from '../excel/support/pane-languages';

beforeAll(loadEveryPaneLanguage);

function* sentences(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) yield* sentences(inner, `${path} › ${key}`);
  }
}

const screenWords = { de, fr, es };

it.each(Object.entries(screenWords))(
  'the %s board, meeting, Programme, coach and editors keep check‑in whole',
  (_, words) => {
    const broken = [...sentences(words, '')].filter(
      // The round's summary is the meeting chat's text too, where the plain hyphen is searched.
      ([path, sentence]) => /check-in/i.test(sentence) && !path.endsWith('› OKR check-in round'),
    );
    expect(broken).toEqual([]);
  },
);

it('keeps check‑in whole where a narrow screen said it', () => {
  expect(de.meeting.texts['No check-in round']).toBe('Keine Check\u2011in-Runde');
  expect(es.meeting.texts['No check-in round']).toBe('No hay ninguna ronda de check\u2011in');
  expect(fr.board['Needs a check-in']).toBe('Check\u2011in attendu');
  expect(de.programme['Days between check-ins']).toBe('Tage zwischen Check\u2011ins');
  for (const locale of ['de', 'fr', 'es']) {
    const pane = paneWordsFor(locale);
    expect(pane.say('coach.week')).toMatch(/check\u2011in/i);
    expect(pane.count('status.checkIns', 2)).toMatch(/check\u2011ins/i);
  }
  // A cell of the workbook is searched and copied: its words keep the plain hyphen.
  expect(paneWordsFor('de').say('column.lastCheckIn')).toBe('Letzter Check-in');
  expect(de.meeting.texts['OKR check-in round']).toBe('OKR-Check-in-Runde');
});

const translated = {
  ...screenWords,
  importDe,
  importFr,
  importEs,
  germanFindingTemplates,
  frenchFindingTemplates,
  spanishFindingTemplates,
};

it.each(Object.entries(translated))('the %s words write a percent as Intl does', (_, words) => {
  const handBuilt = [...sentences(words, '')].filter(([, sentence]) => /[\d}] ?%/.test(sentence));
  expect(handBuilt).toEqual([]);
});

it('says the core’s percents in German, French and Spanish as Intl does', () => {
  const pastWhole = validationIssue('pastWholeNeedsNote', 'note', {
    value: '150\u00a0%',
    keyResult: 'NPS',
  });
  const hundred = new Intl.NumberFormat('de', { style: 'percent' }).format(1);
  expect(hundred).toBe('100\u00a0%');
  for (const locale of ['de', 'fr', 'es']) {
    expect(sayIssue(pastWhole, locale)).toContain(
      new Intl.NumberFormat(locale, { style: 'percent' }).format(1),
    );
  }
});
