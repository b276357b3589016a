import { formatMessage, type MessageParams } from '../../core/i18n';
import { useLocale, useLocaleWords } from '../app/AppServices';
import type { BoardText } from './board-words';
import type { DialogText } from './dialog-words';
import type { StateText } from '../errors/state-words';
import type { CoachText } from '../coach/coach-words';
import type { EditorText } from './editor-words';
import type { LocaleWords } from './locale-words';

/** A message of the board's, in English: what its call site says, and its translations' key. */
export type Text = BoardText | DialogText | StateText | CoachText | EditorText;

/** A message filled in, in the reader's language. */
export type Say = (text: Text, params?: MessageParams) => string;

/**
 * `make` once per loaded language and locale: every card and row of a board shares one set of
 * words, made when the first asks.
 */
export function perLocale<T>(
  make: (translated: LocaleWords | undefined, locale: string) => T,
): (translated: LocaleWords | undefined, locale: string) => T {
  const made = new WeakMap<object, Map<string, T>>();
  const inEnglish = {};
  return (translated, locale) => {
    let byLocale = made.get(translated ?? inEnglish);
    if (!byLocale) made.set(translated ?? inEnglish, (byLocale = new Map()));
    if (!byLocale.has(locale)) byLocale.set(locale, make(translated, locale));
    return byLocale.get(locale)!;
  };
}

/**
 * The board's messages for a reader: in the language the page loaded (`translated`), in English
 * where it loaded none; numbers and plurals as `locale` has them.
 */
export const sayFor = perLocale((translated, locale): Say => {
  const texts: Partial<Record<Text, string>> | undefined = translated && {
    ...translated.editors,
    ...translated.dialogs,
    ...translated.board,
    ...translated.states.texts,
    ...translated.coach,
  };
  return (text, params) => formatMessage(texts?.[text] ?? text, params, locale);
});

/**
 * The messages of a page with words of its own (`own`: the set-up page's, the Programme's), or the
 * board's, in the reader's language: its own translation first, then the board's.
 */
export function pageSayFor<Own extends string>(
  own: (translated: LocaleWords) => Readonly<Record<Own, string>>,
): (
  translated: LocaleWords | undefined,
  locale: string,
) => (text: Own | Text, params?: MessageParams) => string {
  return perLocale((translated, locale) => {
    const board = sayFor(translated, locale);
    const texts: Partial<Record<string, string>> | undefined = translated && own(translated);
    return (text, params) => {
      const translation = texts?.[text];
      return translation === undefined
        ? board(text as Text, params)
        : formatMessage(translation, params, locale);
    };
  });
}

/** The board's messages in the host's display language (English outside the app). */
export function useSay(): Say {
  return sayFor(useLocaleWords(), useLocale());
}
