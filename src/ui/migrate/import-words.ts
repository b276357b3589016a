import { formatMessage, type MessageParams } from '../../core/i18n';
import type { ValidationIssue } from '../../core/issues';
import type { MessageLanguage } from '../../core/message-languages';
import { reportReader, type ReportReader, type ReportText } from '../../migrate/report-words';
import { reloadable } from '../../reloadable';
import { useLocale, useLocaleWords } from '../app/AppServices';

/**
 * Everything the Import and export page says of its own, in English, each message its own key;
 * what a dry run or a run says (`migrate/report-words.ts`) is the report's. Both are translated in
 * `words/import-<language>.ts`, a chunk the page fetches as it opens: no first screen carries them.
 */
export type ImportText =
  | 'Move in from Viva Goals or a spreadsheet'
  | 'Import from Viva Goals or a spreadsheet'
  | "A Viva Goals organisation export (.zip), a Viva Goals explorer export (.csv or .xlsx), the OKR Coach template, your own sheet with one row per key result (an Objective and a Key result column; Owner, Team, Quarter, Baseline, Target, Current, Confidence, Status, Due and Notes if you have them) or one row per objective (its key results in numbered columns: KR1, KR1 Target, KR1 Current, KR2, …), a goal list exported from another OKR tool (one row per goal with a Parent goal column, an outline number such as 1.2, key results indented under their objective, or a Type of Objective, Key result or Initiative on each row), as .csv or .xlsx, or such goal records as JSON, as a tool's API gives them, or Jira issues (CSV), as Jira's Export CSV writes them. You see what would be imported before anything is written; importing the same file again updates what it wrote and adds nothing twice."
  | 'Drag a file here, or'
  | 'Choose a file'
  | 'Download the template (example)'
  | 'Reading {file}…'
  | 'This file cannot be imported'
  | 'The import reads:'
  // The dry run
  | '{format}: what the import writes'
  | 'Teams: {count} new; {changed} {onSite}.'
  | 'Everything maps'
  | 'What is changed or left out ({count})'
  | 'What happens'
  | 'Where and why'
  | 'Changed'
  | 'Left out'
  | '{count} more {count|is|are} in the report.'
  | 'Not found in your directory'
  | '{count} {count|person is|people are} kept by name only: {names}.'
  // The run and its outcome
  | 'Importing {kind}: {done} of {total}'
  | 'Import stopped'
  | 'Imported, with {count} not written'
  | 'Not imported: {count} not written'
  | 'Imported'
  | '{written}.'
  | 'Import the file again to continue; nothing is written twice.'
  | 'Each is listed below with why: correct the file and import it again. What was written is updated, not made twice.'
  | 'Not written ({count})'
  | 'What happened'
  | 'Not written'
  | 'Nothing to import: this file would write nothing, as everything in it is already on your site as the file has it, left as your site has it, or skipped (each named above). Choose another file to import.'
  | 'Only an admin of the OKR programme can import.'
  | 'Stop'
  | 'Import'
  | 'Import again'
  | 'See the imported OKRs'
  | 'They open in All OKRs, every team’s board, on {cycle}.'
  | 'They open in All OKRs, every team’s board, on {cycle}: the latest of the {count} cycles imported. Its cycle switcher shows the others.'
  | 'Download the report'
  | 'Choose another file'
  // Export
  | 'Export everything'
  | "Every cycle, team, objective, key result, initiative and check-in, in the Viva Goals export's JSON shape (which this page imports) or as the template spreadsheet (CSV or Excel). Edit the file and import it here again: the OKRs it names are updated, not made twice."
  | 'Export as JSON (.zip)'
  | 'Export as CSV'
  | 'Export as Excel'
  | 'Exporting…';

/** The page's and the report's words in one language: a message without its translation does not compile. */
export type ImportTranslation = Readonly<Record<ImportText | ReportText, string>>;

type ImportLanguage = Exclude<MessageLanguage, 'en'>;

/** A language's chunk: the page's and the report's words, and the core's validation words. */
interface ImportChunk {
  readonly words: ImportTranslation;
  readonly sayIssue: (issue: ValidationIssue, locale: string) => string;
}

const chunks: Readonly<Record<ImportLanguage, () => Promise<ImportChunk>>> = {
  de: reloadable(() => import('./words/import-de')),
  fr: reloadable(() => import('./words/import-fr')),
  es: reloadable(() => import('./words/import-es')),
};

const loaded = new Map<ImportLanguage, ImportChunk>();
const loading = new Map<ImportLanguage, Promise<unknown>>();
const failed = new Map<ImportLanguage, unknown>();

/** The page's words for a reader, and the report's. */
export interface ImportWords {
  readonly say: (text: ImportText, params?: MessageParams) => string;
  readonly reader: ReportReader;
  /** The reader's language, where it is not English: what is said in English is marked so. */
  readonly language?: ImportLanguage;
}

const made = new Map<string, ImportWords>();

function wordsFor(language: ImportLanguage | undefined, locale: string): ImportWords {
  const key = `${language ?? 'en'}|${locale}`;
  let words = made.get(key);
  if (!words) {
    const chunk = language && loaded.get(language);
    const translation = chunk ? chunk.words : undefined;
    words = {
      say: (text, params) => formatMessage(translation?.[text] ?? text, params, locale),
      reader: reportReader(translation, locale, chunk ? chunk.sayIssue : undefined),
      ...(language ? { language } : {}),
    };
    made.set(key, words);
  }
  return words;
}

/**
 * The Import page's words in the language the page's board words are in (English where it has
 * none), numbers and dates as the reader's locale writes them. Suspends while the language's
 * chunk is fetched; a fetch that failed is thrown once, for the error boundary's Try again.
 */
export function useImportWords(): ImportWords {
  const language = useLocaleWords()?.language;
  const locale = useLocale();
  if (language && !loaded.has(language)) {
    if (failed.has(language)) {
      const error = failed.get(language);
      failed.delete(language);
      throw error;
    }
    let fetching = loading.get(language);
    if (!fetching) {
      fetching = chunks[language]()
        .then(
          (chunk) => void loaded.set(language, chunk),
          (error: unknown) => void failed.set(language, error),
        )
        .finally(() => loading.delete(language));
      loading.set(language, fetching);
    }
    throw fetching;
  }
  return wordsFor(language, locale);
}
