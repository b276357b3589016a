import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { BoardProps, BoardRow, BoardState } from './Board.types';

const teamRowHeight = 48;
const objectiveHeaderHeight = 72;
const keyResultRowHeight = 56;

export function boardRows(teams: BoardProps['teams']): BoardRow[] {
  return teams.flatMap((team) => [
    { kind: 'team', key: `team-${team.team.id}`, team } as const,
    ...team.objectives.map(
      (view) => ({ kind: 'objective', key: `objective-${view.objective.id}`, view }) as const,
    ),
  ]);
}

/**
 * Rows are teams and whole objective cards; only those near the viewport are in the DOM, so a
 * board of thousands of KRs scrolls as smoothly as one of ten. Heights are measured after render.
 */
export function useBoard({ teams }: BoardProps): BoardState {
  const rows = useMemo(() => boardRows(teams), [teams]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => {
      const row = rows[index];
      if (!row || row.kind === 'team') return teamRowHeight;
      return objectiveHeaderHeight + Math.max(1, row.view.keyResults.length) * keyResultRowHeight;
    },
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 4,
  });
  return { rows, scrollRef, virtualizer };
}
