import { createContext, useContext } from 'react';
import type { BoardFilter } from '../../core/board-filter';

/**
 * What a board showed of itself (search, filters, order, collapsed objectives), kept above the
 * board for as long as its tab lives: a board shown again after another view of the tab (the
 * alignment, the coach view) opens as it was left, where it opened afresh.
 */
export interface BoardFilterMemory {
  filter?: BoardFilter;
  collapsed?: ReadonlySet<string>;
}

const BoardFilterMemoryContext = createContext<BoardFilterMemory | undefined>(undefined);

/** Keeps the board's filter for its tab: give it one object, made once per tab. */
export const BoardFilterMemoryProvider = BoardFilterMemoryContext.Provider;

/** The tab's memory of the board's filter; undefined where nothing keeps it (a board alone). */
export function useBoardFilterMemory(): BoardFilterMemory | undefined {
  return useContext(BoardFilterMemoryContext);
}
