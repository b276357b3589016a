import type { ErrorDescription } from './describeError';

/**
 * What every page's shared states say, in English, as `board/board-words.ts` lists the board's:
 * the tab's pages loading, each message its own key, translated in
 * `board/words/states-<language>.ts` beside what went wrong (`error-words.ts`). The services'
 * own loading state says "Loading OKR Coach" in English: the words are not known before it.
 */
export type StateText = 'Loading the Import page' | 'Loading the programme';

/** The shared states in one language: their messages, and what went wrong. */
export interface StatesTranslation {
  readonly texts: Readonly<Record<StateText, string>>;
  /** `describeError`'s description in this language (`error-words.ts`). */
  readonly describeError: (error: unknown, locale: string) => ErrorDescription;
}
