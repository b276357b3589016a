import { formatCount } from '../../core/format';
import type { BoardSort } from '../../core/board-filter';

/**
 * The words of the tab's "Key results" view, in English; see `orderWords` for the words of
 * sorting, which it shares with the board.
 */

/** The list's accessible name. */
export const listName = 'Key results';

/** The column headers, by the sort each sets. */
export const columnNames: Readonly<Record<Exclude<BoardSort, 'board'>, string>> = {
  title: 'Key result',
  team: 'Team',
  owner: 'Owner',
  progress: 'Progress',
  confidence: 'Confidence',
  status: 'Status',
  lastCheckIn: 'Last check-in',
};

/** The header over each row's buttons, read to a screen reader only. */
export const actionsColumnName = 'Actions';

export const objectiveCaption = (title: string) => `Objective: ${title}`;
export const noOwnerName = 'No owner';
export const neverCheckedIn = 'Never';
export const needsCheckIn = 'Needs a check-in';
export const checkInButton = 'Check in';
export const checkInOn = (title: string) => `Check in on ${title}`;
export const historyOf = (title: string) => `History of ${title}`;
export const historyTooltip = 'History';
/** A KR whose progress comes from the OKRs aligned to it takes no check-in of its own. */
export const rolledUp = 'Rolled up';
export const rolledUpTooltip = 'Its progress comes from its sources: check in on them.';

/** Said to a screen reader when the order changes: "Sorted by Progress, lowest first." */
export const sortedBy = (order: string, count: number) =>
  `Sorted by ${order}. ${formatCount(count, 'key result', 'key results')}.`;

export const nothingMatches = {
  title: 'No key result matches',
  message: 'No key result on this board matches the search and filters.',
  action: 'Clear filters',
};
export const noKeyResults = {
  title: 'No key results yet',
  message: 'The objectives on this board have no key results yet. Add them on the Board.',
};
