import type { BoardSort, SortDirection } from '../../core/board-filter';
import type { Say, Text } from '../board/say';

/**
 * The words of the board's orders, in English, said in the reader's language (`board-words.ts`
 * lists them, `words/<language>.ts` translates them): the Sort menu's, its button's and the Key
 * results list's. One module per chunk that shows them, so the board's first screen carries only
 * these.
 */

/** A sort by what it orders by: "Progress". */
export const sortNames: Readonly<Record<BoardSort, Text>> = {
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
export const directionNames: Readonly<Record<BoardSort, Readonly<Record<SortDirection, Text>>>> = {
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
export function orderName(sort: BoardSort, direction: SortDirection, say: Say): string {
  return sort === 'board' && direction === 'asc'
    ? say(sortNames.board)
    : say('{sort}, {direction}', {
        sort: say(sortNames[sort]),
        direction: say(directionNames[sort][direction]),
      });
}

export const directionLabels: Readonly<Record<SortDirection, Text>> = {
  asc: 'Ascending',
  desc: 'Descending',
};
