import { englishMeasureWords, formatProgress, type MeasureWords } from './format';
import { defaultLocale, formatMessage } from './i18n';

/**
 * Where a rolled-up KR's progress comes from, as the board's rows say it: apart from `format.ts`,
 * which every page reads, so that a page without the board's rows loads none of it.
 */
const englishSentenceWords = {
  otherBoards: '{count} {count|OKR|OKRs} on other boards',
  rollsUpFromOthers: 'rolls up from {others}; its last check-in is shown',
  rolledUpSource: '{title} (weight {weight}) at {progress}',
  rolledUpFrom: 'rolled up from {sources}',
  andOthers: '{sources} · and {others}',
} satisfies Partial<MeasureWords>;

/** Every word a KR's value is said with, in English. */
export const englishValueWords: MeasureWords = { ...englishMeasureWords, ...englishSentenceWords };

/** An OKR a rolled-up KR's progress comes from, as its row names it. */
export interface RolledUpSource {
  readonly title: string;
  /** Its share of the KR (0–1). */
  readonly weight: number;
  readonly progress: number;
}

/**
 * Where a rolled-up KR's progress comes from:
 * `rolled up from Win EMEA (weight 70%) at 50% · Health checks (weight 30%) at 100%`, and how
 * many of its sources are on other boards; with none here, that its last check-in is shown.
 */
export function formatRolledUpFrom(
  sources: readonly RolledUpSource[],
  elsewhere: number,
  locale: string = defaultLocale,
  words: MeasureWords = englishValueWords,
): string {
  const others = formatMessage(words.otherBoards, { count: elsewhere }, locale);
  if (sources.length === 0) return formatMessage(words.rollsUpFromOthers, { others });
  const named = sources
    .map((source) =>
      formatMessage(words.rolledUpSource, {
        title: source.title,
        weight: formatProgress(source.weight, locale),
        progress: formatProgress(source.progress, locale),
      }),
    )
    .join(' · ');
  return formatMessage(words.rolledUpFrom, {
    sources: elsewhere > 0 ? formatMessage(words.andOthers, { sources: named, others }) : named,
  });
}
