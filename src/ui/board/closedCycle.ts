import { createContext, useContext } from 'react';

/**
 * What a closed cycle's board shows of how it ended (final scores, the banner to the learnings):
 * a chunk of its own (`closedCycleParts`), loaded for a closed cycle's board only, never with a
 * running cycle's first screen. The board screen gives it to its cards once it is in.
 */
export type ClosedCycleParts = typeof import('./closedCycleParts');

const ClosedCycleContext = createContext<ClosedCycleParts | undefined>(undefined);

export const ClosedCyclePartsProvider = ClosedCycleContext.Provider;

/** The closed cycle's parts, on a closed cycle's board once they are in; undefined elsewhere. */
export function useClosedCycleParts(): ClosedCycleParts | undefined {
  return useContext(ClosedCycleContext);
}
