import type { BoardSort, SortDirection } from '../../core/board-filter';

/**
 * The words of the board's orders, in English: with `keyResultListWords` and
 * `alignmentSearchWords`, the one place the words of sorting, the "Key results" view and the
 * alignment search live, to be translated with the board's. One module per chunk that shows
 * them, so the board's first screen carries only these.
 */

/** The team tab's view of every KR in one list, and what it says while it loads. */
export const keyResultsViewName = 'Key results';
export const loadingKeyResults = 'Loading the key results';

/** A sort by what it orders by: "Progress". */
export const sortNames: Readonly<Record<BoardSort, string>> = {
  board: 'Board order',
  progress: 'Progress',
  confidence: 'Confidence',
  status: 'Status',
  lastCheckIn: 'Last check-in',
  owner: 'Owner',
  title: 'Title',
  team: 'Team',
};

/** What comes first each way: "lowest first", "highest first". */
export const directionNames: Readonly<Record<BoardSort, Readonly<Record<SortDirection, string>>>> =
  {
    board: { asc: 'as on the board', desc: 'reversed' },
    progress: { asc: 'lowest first', desc: 'highest first' },
    confidence: { asc: 'lowest first', desc: 'highest first' },
    status: { asc: 'off track first', desc: 'achieved first' },
    lastCheckIn: { asc: 'oldest first', desc: 'newest first' },
    owner: { asc: 'A to Z', desc: 'Z to A' },
    title: { asc: 'A to Z', desc: 'Z to A' },
    team: { asc: 'A to Z', desc: 'Z to A' },
  };

/** "Progress, lowest first"; the board's own order is "Board order". */
export function orderName(sort: BoardSort, direction: SortDirection): string {
  return sort === 'board' && direction === 'asc'
    ? sortNames.board
    : `${sortNames[sort]}, ${directionNames[sort][direction]}`;
}

/** The Sort menu's groups of choices. */
export const sortByHeader = 'Sort by';
export const directionHeader = 'Order';

export const directionLabels: Readonly<Record<SortDirection, string>> = {
  asc: 'Ascending',
  desc: 'Descending',
};
