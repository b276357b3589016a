import { keyResultKindFromLabel, keyResultKindLabels } from '../../src/core/kind-words';
import {
  binaryValueOf,
  inEveryLanguage,
  kindOfWord,
  kindWordsFor,
} from '../../src/core/kind-words';
import type { KeyResultKind } from '../../src/core/model';

const kinds = Object.keys(keyResultKindLabels) as KeyResultKind[];
const languages = ['en', 'de', 'fr', 'es'];

describe('the sheet’s words for kinds and done / not done', () => {
  test('follow the display language, its region aside; an unknown language gets English', () => {
    expect(kindWordsFor('de-DE').kinds.binary).toBe('Erledigt / nicht erledigt');
    expect(kindWordsFor('de-CH')).toEqual(kindWordsFor('de'));
    expect(kindWordsFor('FR-ca').done).toBe('Fait');
    expect(kindWordsFor('es-MX').notDone).toBe('No hecho');
    expect(kindWordsFor('pt-BR')).toEqual(kindWordsFor('en'));
    expect(kindWordsFor('')).toEqual(kindWordsFor('en'));
    expect(kindWordsFor('en').kinds).toEqual(keyResultKindLabels);
  });

  test('are read back in any language, any case, and each names one kind only', () => {
    for (const language of languages) {
      const words = kindWordsFor(language);
      for (const kind of kinds) {
        expect([language, kindOfWord(words.kinds[kind].toUpperCase())]).toEqual([language, kind]);
        expect(keyResultKindFromLabel(` ${words.kinds[kind]} `)).toBe(kind);
      }
      expect(binaryValueOf(words.done.toLowerCase())).toBe(1);
      expect(binaryValueOf(` ${words.notDone} `)).toBe(0);
    }
    expect(kindOfWord('stayAbove')).toBe('stayAbove');
    expect(kindOfWord('Grow')).toBeUndefined();
    expect(binaryValueOf('finished')).toBeUndefined();
    const labels = kinds.flatMap((kind) =>
      inEveryLanguage(kind).map((label) => label.toLowerCase()),
    );
    expect(new Set(labels).size).toBe(labels.length);
  });

  test('fit an Excel list (no commas), and each language translates every word', () => {
    const wordsOf = (language: string) => {
      const words = kindWordsFor(language);
      return [...Object.values(words.kinds), words.done, words.notDone];
    };
    const english = wordsOf('en');
    for (const language of languages) {
      expect(wordsOf(language).filter((word) => word.includes(','))).toEqual([]);
      if (language === 'en') continue;
      const untranslated = wordsOf(language).filter((word, index) => word === english[index]);
      expect([language, untranslated]).toEqual([language, []]);
    }
  });
});
