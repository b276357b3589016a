import type { CheckInNudgeCode } from '../../core/check-in';
import type { MeasureWords } from '../../core/format';
import type { ValidationIssue } from '../../core/issues';
import { localeFallbacks } from '../../core/i18n';
import type { MessageLanguage } from '../../core/message-languages';
import type { InitiativeStatus, Status } from '../../core/model';
import { reloadable } from '../../reloadable';
import { browserStorage } from '../app/browserStorage';
import type { BoardText } from './board-words';
import type { DialogText } from './dialog-words';
import type { MeetingTranslation } from '../meeting/meeting-words';
import type { StatesTranslation } from '../errors/state-words';
import type { CoachText } from '../coach/coach-words';
import type { EditorText } from './editor-words';
import type { ConfigText } from '../config/config-words';
import type { ProgrammeText } from '../programme/programme-words';

/** A language the board speaks besides English (its words are a chunk of their own). */
type BoardLanguage = Exclude<MessageLanguage, 'en'>;

/**
 * The board's words in one language: its first screen's, its dialogs' and its editors' messages,
 * keyed by their English (`board-words.ts`, `dialog-words.ts`, `editor-words.ts`), an initiative's status, how a KR's values
 * read, the statuses (the core's, `status-words.ts`), the core's check-in nudges and its
 * validation messages (`issue-words.ts`). A message without its translation does not compile.
 * Their « check‑in » takes a no-break hyphen (U+2011, which Segoe UI has), so a 300 px stage or
 * a 320 px panel never breaks it; the round's summary, also the meeting chat's text, keeps the
 * plain one people search for, as do the workbook's cells, the import report and notifications.
 */
export interface LocaleWords {
  readonly language: BoardLanguage;
  readonly board: Readonly<Record<BoardText, string>>;
  readonly dialogs: Readonly<Record<DialogText, string>>;
  /** The OKR editors' messages (`editor-words.ts`), in `words/editors-<language>.ts`. */
  readonly editors: Readonly<Record<EditorText, string>>;
  readonly initiativeStatuses: Readonly<Record<InitiativeStatus, string>>;
  readonly measure: MeasureWords;
  readonly statuses: Readonly<Record<Status, string>>;
  /** The core's check-in nudges (`check-in.ts`, in English in `messages.ts`). */
  readonly nudges: Readonly<Record<CheckInNudgeCode, string>>;
  readonly sayIssue: (issue: ValidationIssue, locale: string) => string;
  /** The meeting's side panel and stage (`meeting/meeting-words.ts`), in `words/meeting-<language>.ts`. */
  readonly meeting: MeetingTranslation;
  /** Every page's loading and error states (`errors/state-words.ts`), in `words/states-<language>.ts`. */
  readonly states: StatesTranslation;
  /** The tab's Coach view (`coach/coach-words.ts`), in `words/coach-<language>.ts`. */
  readonly coach: Readonly<Record<CoachText, string>>;
  /** The tab's set-up page (`config/config-words.ts`), in `words/config-<language>.ts`. */
  readonly config: Readonly<Record<ConfigText, string>>;
  /** The Programme area (`programme/programme-words.ts`), in `words/programme-<language>.ts`. */
  readonly programme: Readonly<Record<ProgrammeText, string>>;
}

// Each language is a chunk of its own: an English page loads none, a German page only German.
const chunks: Readonly<Record<BoardLanguage, () => Promise<{ readonly words: LocaleWords }>>> = {
  de: reloadable(() => import('./words/de')),
  fr: reloadable(() => import('./words/fr')),
  es: reloadable(() => import('./words/es')),
};

/** The language of the board's that a locale reads (`de-AT` → `de`), if it is one of them. */
const languageOf = (locale: string) =>
  localeFallbacks(locale).find((tag): tag is BoardLanguage => Object.hasOwn(chunks, tag));

/** The language this browser's board spoke last, so that the next page fetches its words first. */
const lastLanguageKey = 'okr-coach:board-language';

/**
 * The board's words for a host's locale (`de-AT` → German): undefined for English and any
 * language the board does not speak, which need no chunk.
 */
export async function loadLocaleWords(locale: string): Promise<LocaleWords | undefined> {
  const language = languageOf(locale);
  // Where storage is refused (a sandboxed frame, a full quota), the next page starts without it.
  browserStorage()?.set(lastLanguageKey, language ?? 'en');
  return language && (await chunks[language]()).words;
}

/**
 * Starts fetching the words of the language this browser's board spoke last, before the host has
 * said its locale (almost always the same): `loadLocaleWords` then finds them there. A wrong
 * guess costs a fetch.
 */
export function preloadLastLocaleWords(): void {
  // With no storage, the words load once the host has said its locale.
  const language = languageOf(browserStorage()?.get(lastLanguageKey) ?? '');
  if (language) chunks[language]().catch(() => undefined);
}
