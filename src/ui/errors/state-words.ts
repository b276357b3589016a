import type { ErrorDescription } from './describeError';

/**
 * What every page's shared states say, in English, as `board/board-words.ts` lists the board's:
 * the tab's pages loading and the guided set-up of an OKR site whose lists are missing, each
 * message its own key, translated in `board/words/states-<language>.ts` beside what went wrong
 * (`error-words.ts`). The services' own loading state, shown before these are loaded, says
 * "Loading OKR Coach" from a table of its own (`AppLoadingState`).
 */
export type StateText =
  | 'Loading the Import page'
  | 'Loading the programme'
  | 'Checking the OKR site'
  | 'Set up the OKR site'
  | 'Your OKRs live in SharePoint lists on your organisation’s OKR site. Some are not there yet. Setting them up adds what is missing and never changes or removes anything.'
  | 'Missing from the OKR site'
  | 'The list “{list}”'
  | 'The column “{column}” in {list}'
  | 'An index with unique values on “{column}” in {list}'
  | 'An index on “{column}” in {list}'
  | 'This needs the “{manageLists}” permission, usually held by a Microsoft 365 admin. Reading and writing OKRs afterwards needs “{readWriteItems}”.'
  | 'Setting up…'
  | 'The OKR site is set up'
  | 'Added {what}; nothing that was there was changed.'
  | '{count} {count|list|lists}'
  | '{count} {count|column|columns}'
  | '{count} {count|index|indexes}'
  | 'Open OKR Coach';

/**
 * Each Teams page's title, as its HTML serves it (`<title>` in `src/teams/*.html`), in English:
 * the key of its translation, which the page takes once it speaks the reader's language
 * (`useDocumentTitle`). The task pane's is the pane's own (`pane-words.ts`).
 */
export type PageTitle =
  | 'OKR board · OKR Coach'
  | 'Tab configuration · OKR Coach'
  | 'Meeting side panel · OKR Coach'
  | 'Meeting stage · OKR Coach';

/** The shared states in one language: their messages, each page's title, and what went wrong. */
export interface StatesTranslation {
  readonly texts: Readonly<Record<StateText, string>>;
  readonly titles: Readonly<Record<PageTitle, string>>;
  /** `describeError`'s description in this language (`error-words.ts`). */
  readonly describeError: (error: unknown, locale: string) => ErrorDescription;
}
