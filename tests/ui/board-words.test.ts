import { coreMessages } from '../../src/core/messages';
import { cycleStateLabel } from '../../src/core/cycles';
import type { Cycle } from '../../src/core/model';
import { englishValueWords } from '../../src/core/value-sentences';
import { initiativeStatusLabels } from '../../src/ui/board/board-words';
import type { LocaleWords } from '../../src/ui/board/locale-words';
import { sayFor } from '../../src/ui/board/say';
import { cycleStateBadgeSaid } from '../../src/ui/components/CycleSwitcher/cycleTiming';
import {
  closedBadge,
  closedCycleBanner,
  learningsTitle,
} from '../../src/ui/words/closedCycleWords';
import { sortedBy } from '../../src/ui/words/keyResultListWords';
import { orderName } from '../../src/ui/words/orderWords';
import { words as german } from '../../src/ui/board/words/de';
import { words as spanish } from '../../src/ui/board/words/es';
import { words as french } from '../../src/ui/board/words/fr';

/**
 * The board's words in German, French and Spanish: every message of the board (keyed by its
 * English) is said in each, with the English placeholders, plural forms where English has them,
 * and a translation of its own wherever the languages do not share the word.
 */
const languages: readonly LocaleWords[] = [german, french, spanish];

/** A template's placeholders: `{name}` as `name`, a plural `{name|one|other}` as `name|`. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)(\|[^{}]*)?\}/g)]
    .map(([, name, plural]) => (plural ? `${name}|` : name!))
    .sort();
}

/** The same placeholders, each plural also said as a number somewhere (`{n} {n|day|days}`). */
const samePlaceholders = (english: string, translated: string) => {
  const want = new Set(placeholders(english));
  const have = new Set(placeholders(translated));
  const missing = [...want].filter((name) => !have.has(name));
  const unknown = [...have].filter((name) => !want.has(name));
  return { missing, unknown };
};

/** Messages the languages write as English does: product names, loanwords, bare placeholders. */
const sameInEveryLanguage = new Set([
  '{board}, {cycle}',
  '{link} copied',
  'Teams',
  'Excel',
  'Status',
  'Check-in: {title}',
  '{date}: {value}',
  '{label} ({unit})',
  '{team}, {cycle}',
  '{cycle} ({state})',
  'Viva Goals',
  'Date',
  'Note',
  'Programme',
  'Cycle',
  'Initiatives of {title}',
  'Confidence',
  'check-in',
  'Team',
  'Board',
  'CSV',
  'Actions',
  'Objective: {title}',
  '{direction} ({which})',
  '{sort}, {direction}',
  'In {cycle}',
  // The editors'
  'Coaching',
  '{title} ({percent})',
  '{kind}: {start} → {target}',
  'Objective',
  'Description',
  'Initiatives',
  'Details (optional)',
  'Link (optional)',
]);

const messagesOf = (words: LocaleWords) => ({
  ...words.board,
  ...words.dialogs,
  ...words.editors,
});

describe.each(languages.map((words) => [words.language, words] as const))(
  'the board in %s',
  (_language, words) => {
    const messages = Object.entries(messagesOf(words));

    it('says every message the other languages say', () => {
      for (const other of languages) {
        expect(Object.keys(messagesOf(words)).sort()).toEqual(
          Object.keys(messagesOf(other)).sort(),
        );
      }
    });

    it.each(messages)('keeps the placeholders of “%s”', (english, translated) => {
      expect(samePlaceholders(english, translated)).toEqual({ missing: [], unknown: [] });
    });

    it('translates every message the languages do not share with English', () => {
      const untranslated = messages
        .filter(([english, translated]) => english === translated)
        .map(([english]) => english)
        .filter((english) => !sameInEveryLanguage.has(english));
      expect(untranslated).toEqual([]);
    });

    // axe's label-content-name-mismatch (WCAG 2.5.3, label in name) compares them so: the words
    // shown must be among those of the name, whatever their case and punctuation.
    it.each([
      [words.board.Sort, words.board['Sort: {order}']],
      [words.board['Check in'], words.board['Check in on {title}']],
      [words.board.Edit, words.board['Edit {title}']],
      [words.board['Copy link'], words.coach['Copy link to {title}']],
      [words.coach.Open, words.coach['Open {title} on the board']],
      [words.board['Nudge owner'], words.coach['Nudge owner, {owner}, to check in on {title}']],
    ])('names a button showing “%s” with words that contain it: “%s”', (shown, name) => {
      const plain = (text: string) =>
        text
          .toLocaleLowerCase(words.language)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim();
      expect(` ${plain(name)} `).toContain(` ${plain(shown)} `);
    });

    it('says a value, the statuses and the core’s nudges with the English placeholders', () => {
      for (const [name, english] of Object.entries(englishValueWords)) {
        const translated = words.measure[name as keyof typeof englishValueWords];
        expect({ name, ...samePlaceholders(english, translated) }).toEqual({
          name,
          missing: [],
          unknown: [],
        });
      }
      for (const [code, translated] of Object.entries(words.nudges)) {
        const english = coreMessages.template(`nudge.${code}` as 'nudge.lineCrossed');
        expect({ code, ...samePlaceholders(english, translated) }).toEqual({
          code,
          missing: [],
          unknown: [],
        });
      }
      expect(Object.keys(words.initiativeStatuses).sort()).toEqual(
        Object.keys(initiativeStatusLabels).sort(),
      );
      expect(Object.values(words.statuses)).not.toContain('On track');
    });
  },
);

describe('what main added to the board, in German', () => {
  const say = sayFor(german, 'de-DE');
  const cycle = {
    id: 'q1',
    name: 'Q1 2027',
    start: '2027-01-01',
    end: '2027-03-31',
    state: 'active',
  } as const satisfies Cycle;

  it('says an upcoming cycle and its first day, and a closed cycle’s scores and learnings', () => {
    expect(cycleStateBadgeSaid(cycle, '2026-12-06', 'de-DE', say)).toBe(
      'Bevorstehend · beginnt am 1. Jan.',
    );
    expect(say(cycleStateLabel({ ...cycle, state: 'closed' }, '2027-04-02'))).toBe('Abgeschlossen');
    expect(closedBadge(undefined, say)).toBe('Abgeschlossen · nicht bewertet');
    expect(closedCycleBanner('Q3 2026', say)).toBe(
      'Q3 2026 ist abgeschlossen: Die Bewertungen sind endgültig',
    );
    expect(learningsTitle('Q3 2026', say)).toBe('Erkenntnisse aus Q3 2026');
    expect(say('Check-ins open on {day}', { day: '1. Jan. 2027' })).toBe(
      'Check\u2011ins ab dem 1. Jan. 2027 möglich',
    );
  });
});

describe('the toolbar’s orders and the Key results list, in each language', () => {
  it.each([
    [
      'de-DE',
      german,
      'Fortschritt, niedrigste zuerst',
      'Sortiert nach Fortschritt, niedrigste zuerst. 1 Key Result.',
    ],
    [
      'fr-FR',
      french,
      'Progression, du plus bas au plus haut',
      'Trié par Progression, du plus bas au plus haut. 1 résultat clé.',
    ],
    [
      'es-ES',
      spanish,
      'Progreso, de menor a mayor',
      'Ordenado por Progreso, de menor a mayor. 1 resultado clave.',
    ],
  ])('names an order and says it was chosen in %s', (locale, words, order, announced) => {
    const say = sayFor(words, locale);
    expect(orderName('progress', 'asc', say)).toBe(order);
    expect(sortedBy(order, 1, say)).toBe(announced);
    expect(orderName('board', 'asc', say)).not.toBe('Board order');
  });

  it('names them in English for any other language', () => {
    const say = sayFor(undefined, 'ja-JP');
    expect(orderName('status', 'asc', say)).toBe('Status, off track first');
    expect(orderName('board', 'asc', say)).toBe('Board order');
    expect(sortedBy('Title, A to Z', 3, say)).toBe('Sorted by Title, A to Z. 3 key results.');
  });
});
