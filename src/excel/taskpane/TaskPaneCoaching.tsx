/**
 * The coach section's views, loaded after the pane's first screen: the week's prompts with their
 * sources come with the coaching engine, the sheet's findings with "Coach this sheet"
 * (`useTaskPane` loads this module with either, so it is in before they show).
 */
import { Body1 } from '@fluentui/react-components';
import type { RankedPrompt } from '../../core/coaching/prompts';
import { CoachingFindings } from '../../ui/components/CoachingFindings/CoachingFindings';
import { PromptSource } from '../../ui/components/PromptSource';
import type { SheetFinding } from '../sync/coach';
import type { PaneWords } from '../pane-words';

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
  return (
    <CoachingFindings
      label={words.say('coach.label')}
      findings={findings.map((f) => f.finding)}
      emptyMessage={words.say('coach.none')}
    />
  );
}
