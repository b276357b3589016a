import { createCatalogue, defaultLocale } from './i18n';
import { keyResultKinds as kinds, type KeyResultKind } from './model';

/**
 * The words a sheet shows for a KR's kind and for a done / not done KR's value, in the user's
 * language (Office's display language in Excel): the one place these strings live. A sheet is
 * written in the user's language and read back in any of them, whichever language wrote it.
 */
const sheetWords = createCatalogue(
  {
    increase: 'Increase',
    decrease: 'Decrease',
    stayAbove: 'Stay at or above',
    stayBelow: 'Stay at or below',
    milestone: 'Milestones',
    binary: 'Done / not done',
    done: 'Done',
    notDone: 'Not done',
  },
  {
    de: {
      increase: 'Steigern',
      decrease: 'Senken',
      stayAbove: 'Mindestens halten',
      stayBelow: 'Höchstens halten',
      milestone: 'Meilensteine',
      binary: 'Erledigt / nicht erledigt',
      done: 'Erledigt',
      notDone: 'Nicht erledigt',
    },
    fr: {
      increase: 'Augmenter',
      decrease: 'Diminuer',
      stayAbove: 'Rester au-dessus ou égal',
      stayBelow: 'Rester en dessous ou égal',
      milestone: 'Jalons',
      binary: 'Fait / pas fait',
      done: 'Fait',
      notDone: 'Pas fait',
    },
    es: {
      increase: 'Aumentar',
      decrease: 'Reducir',
      stayAbove: 'Mantener en o por encima',
      stayBelow: 'Mantener en o por debajo',
      milestone: 'Hitos',
      binary: 'Hecho / no hecho',
      done: 'Hecho',
      notDone: 'No hecho',
    },
  },
);

export interface KindWords {
  readonly kinds: Readonly<Record<KeyResultKind, string>>;
  readonly done: string;
  readonly notDone: string;
}

/** The words for a locale (`de-CH` → German); a language without its own gets English. */
export function kindWordsFor(locale: string): KindWords {
  const word = (key: KeyResultKind | 'done' | 'notDone') => sheetWords.template(key, locale);
  return {
    kinds: Object.fromEntries(kinds.map((kind) => [kind, word(kind)])) as Record<
      KeyResultKind,
      string
    >,
    done: word('done'),
    notDone: word('notDone'),
  };
}

/** The same word in every language the sheet writes (a formula must read any of them). */
export function inEveryLanguage(key: KeyResultKind | 'done' | 'notDone'): readonly string[] {
  return [...new Set(sheetWords.locales.map((locale) => sheetWords.template(key, locale)))];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The kind a label names, in any of the languages, or its code (`stayAbove`). */
export function kindOfWord(text: string): KeyResultKind | undefined {
  return kinds.find(
    (kind) => same(kind, text) || inEveryLanguage(kind).some((label) => same(label, text)),
  );
}

/** 1 for a "done" word, 0 for a "not done" word, in any of the languages; else undefined. */
export function binaryValueOf(text: string): 0 | 1 | undefined {
  if (inEveryLanguage('done').some((word) => same(word, text))) return 1;
  if (inEveryLanguage('notDone').some((word) => same(word, text))) return 0;
  return undefined;
}

/** How each kind is named to people in English (editors, exports). */
export const keyResultKindLabels: Readonly<Record<KeyResultKind, string>> =
  kindWordsFor(defaultLocale).kinds;

/** The kind named by its label (in any language the sheet writes) or its code. */
export const keyResultKindFromLabel = kindOfWord;
