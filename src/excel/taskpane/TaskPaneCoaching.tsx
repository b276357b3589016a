/**
 * The coach section's views, loaded after the pane's first screen: the week's prompts with their
 * sources come with the coaching engine, the sheet's findings with "Coach this sheet"
 * (`useTaskPane` loads this module with either, so it is in before they show).
 */
import { Body1 } from '@fluentui/react-components';
import type * as Prompts from '../../core/coaching/prompts';
import type { RankedPrompt } from '../../core/coaching/prompts';
import { formatMessage, localeFallbacks } from '../../core/i18n';
import { reloadable } from '../../reloadable';
import type { Say } from '../../ui/board/say';
import type { EditorText } from '../../ui/board/editor-words';
import { useModuleAfterPaint } from '../../ui/hooks/useModuleAfterPaint';
import type { MeetingTranslation } from '../../ui/meeting/meeting-words';
import { CoachingFindings } from '../../ui/components/CoachingFindings/CoachingFindings';
import { PromptSource } from '../../ui/components/PromptSource';
import type { SheetFinding } from '../sync/coach';
import type { PaneWords } from '../pane-words';

/** The coach's prompts in German, French and Spanish: the meeting's translations of them. */
const promptTranslations: Readonly<
  Record<string, () => Promise<{ readonly meeting: MeetingTranslation }>>
> = {
  de: reloadable(() => import('../../ui/board/words/meeting-de')),
  fr: reloadable(() => import('../../ui/board/words/meeting-fr')),
  es: reloadable(() => import('../../ui/board/words/meeting-es')),
};

/** The coach's findings' labels (Likely weak, Try:, Source:) in German, French and Spanish. */
const findingsTranslations: Readonly<
  Record<string, () => Promise<{ readonly editors: Readonly<Record<EditorText, string>> }>>
> = {
  de: reloadable(() => import('../../ui/board/words/editors-de')),
  fr: reloadable(() => import('../../ui/board/words/editors-fr')),
  es: reloadable(() => import('../../ui/board/words/editors-es')),
};

/** The language of these translations that Office's display language reads, if any. */
const translatedLanguage = (locale: string) =>
  localeFallbacks(locale).find((tag) => Object.hasOwn(promptTranslations, tag));

const inEnglish = () => Promise.resolve(undefined);

/**
 * The coach's prompts in Office's display language (`locale`): the core says them in English, and
 * a German, French or Spanish pane says them again from their keys.
 */
export async function promptsIn(prompts: typeof Prompts, locale: string) {
  const language = translatedLanguage(locale);
  const translated = language && (await promptTranslations[language]!()).meeting.prompts;
  const selectPrompts: typeof prompts.selectPrompts = (ritual, context) =>
    prompts
      .selectPrompts(ritual, context)
      .map((prompt) =>
        translated
          ? { ...prompt, text: formatMessage(translated[prompt.key], prompt.params, locale) }
          : prompt,
      );
  return { selectPrompts };
}

export function PromptItems({
  prompts,
  words,
}: {
  readonly prompts: readonly RankedPrompt[];
  readonly words: PaneWords;
}) {
  return prompts.map((prompt) => (
    <li key={`${prompt.id}-${prompt.target?.id ?? ''}`}>
      <Body1>{prompt.text}</Body1>
      <PromptSource
        short={prompt.shortCitation}
        citation={prompt.citation}
        label={words.say('coach.source', { source: prompt.shortCitation })}
      />
    </li>
  ));
}

export function SheetFindings({
  findings,
  words,
}: {
  readonly findings: readonly SheetFinding[];
  readonly words: PaneWords;
}) {
  const { locale } = words;
  const language = translatedLanguage(locale);
  const translated = useModuleAfterPaint(
    language ? findingsTranslations[language]! : inEnglish,
    language !== undefined,
  )?.editors;
  // Shown once they speak the pane's language: never a moment in English first.
  if (language && !translated) return null;
  const say: Say = (text, params) =>
    formatMessage(translated?.[text as EditorText] ?? text, params, locale);
  return (
    <CoachingFindings
      say={say}
      label={words.say('coach.label')}
      findings={findings.map((f) => f.finding)}
      emptyMessage={words.say('coach.none')}
    />
  );
}
