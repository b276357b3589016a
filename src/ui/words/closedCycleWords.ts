/**
 * The words a closed cycle's board says (final scores, the banner, the learnings), in English:
 * the one place they live, to be translated with the board's.
 */

/** The badge in place of a live status: "Closed · 0.72", or "Closed · not scored". */
export function closedBadge(score: string | undefined): string {
  return score === undefined ? 'Closed · not scored' : `Closed · ${score}`;
}

/** The badge's button, which shows or hides the score's reason and reading. */
export function finalScoreToggleLabel(title: string, score: string, open: boolean): string {
  return `${open ? 'Hide' : 'Show'} why ${title} closed at ${score}`;
}

/** The first words of the score's explanation: "Final score 0.5." */
export function finalScoreHeading(score: string): string {
  return `Final score ${score}.`;
}

/** Before the reason given when the score was set apart from its progress. */
export const scoreReasonLead = 'Why:';

/** The banner over a closed cycle's board. */
export function closedCycleBanner(cycle: string): string {
  return `${cycle} is closed: scores are final`;
}

export const learningsButton = 'Learnings';

export function learningsTitle(cycle: string): string {
  return `Learnings of ${cycle}`;
}

export const noLearnings =
  'No learnings were written for these objectives when the cycle closed. They are written in the retrospective, in Programme › Close a cycle.';

export const closeLearnings = 'Close';
