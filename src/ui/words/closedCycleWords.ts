import type { FinalScore } from '../../core/closing';
import { formatMessage } from '../../core/i18n';
import type { LocaleWords } from '../board/locale-words';
import type { Say } from '../board/say';

/**
 * The words a closed cycle's board says (final scores, the banner, the learnings), in the reader's
 * language: English here, translated with the board's (`board-words.ts`).
 */

/** The badge in place of a live status: "Closed · 0.72", or "Closed · not scored". */
export function closedBadge(score: string | undefined, say: Say): string {
  return score === undefined ? say('Closed · not scored') : say('Closed · {score}', { score });
}

/** The badge's button, which shows or hides the score's reason and reading. */
export function finalScoreToggleLabel(title: string, score: string, open: boolean, say: Say) {
  return say(open ? 'Hide why {title} closed at {score}' : 'Show why {title} closed at {score}', {
    title,
    score,
  });
}

/** The score's explanation: "Final score 0.5. Why: …" */
export function finalScoreHeading(score: string, say: Say): string {
  return say('Final score {score}.', { score });
}

/**
 * How to read a final score for its commitment, in the reader's language: the Programme's words
 * translate the core's readings (Close a cycle says them too); the core's English where the page
 * loaded no words.
 */
export function scoreReading(
  reading: NonNullable<FinalScore['reading']>,
  translated: LocaleWords | undefined,
  locale: string,
): string {
  const translation = translated?.programme[reading.messageKey];
  return translation === undefined
    ? reading.message
    : formatMessage(translation, reading.params, locale);
}

/** Before the reason given when the score was set apart from its progress. */
export const scoreReasonLead = (say: Say) => say('Why:');

/** The banner over a closed cycle's board. */
export function closedCycleBanner(cycle: string, say: Say): string {
  return say('{cycle} is closed: scores are final', { cycle });
}

export const learningsButton = (say: Say) => say('Learnings');

export function learningsTitle(cycle: string, say: Say): string {
  return say('Learnings of {cycle}', { cycle });
}

export const noLearnings = (say: Say) =>
  say(
    'No learnings were written for these objectives when the cycle closed. They are written in the retrospective, in Programme › Close a cycle.',
  );

export const closeLearnings = (say: Say) => say('Close');
