import type { BoardSort } from '../../core/board-filter';
import type { Say, Text } from '../board/say';

/**
 * The column headers of the tab's "Key results" view, in English, said in the reader's language
 * (`board-words.ts` lists them); see `orderWords` for the words of sorting, which it shares with
 * the board.
 */
export const columnNames: Readonly<Record<Exclude<BoardSort, 'board'>, Text>> = {
  title: 'Key result',
  team: 'Team',
  owner: 'Owner',
  progress: 'Progress',
  confidence: 'Confidence',
  status: 'Status',
  lastCheckIn: 'Last check-in',
};

/** Said to a screen reader when the order changes: "Sorted by Progress, lowest first." */
export const sortedBy = (order: string, count: number, say: Say) =>
  say('Sorted by {order}. {count} {count|key result|key results}.', { order, count });
