import { useEffect, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useAfterPaint } from '../../hooks/useAfterPaint';
import type { BoardFocusTarget, BoardProps, BoardRow, BoardState } from './Board.types';

const teamRowHeight = 48;
const objectiveHeaderHeight = 72;
const keyResultRowHeight = 56;
/** How many frames to wait for a scrolled-to row to be rendered and measured. */
const focusFrames = 60;

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
export function useBoard({ teams, focusTarget, onFocusTargetShown }: BoardProps): BoardState {
  const rows = useMemo(() => boardRows(teams), [teams]);
  // The first frame renders one row (a card of several KRs, or a team's heading) beyond the
  // viewport's edge, about half of what four take: the rest comes once it is painted.
  const painted = useAfterPaint(rows.length > 0);
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
    overscan: painted ? 4 : 1,
  });
  useFocusTarget(rows, scrollRef, virtualizer, focusTarget, onFocusTargetShown);
  return { rows, scrollRef, virtualizer };
}

function focusElement(root: HTMLElement, target: BoardFocusTarget): HTMLElement | undefined {
  const [attribute, id] = target.keyResultId
    ? ['data-kr-id', target.keyResultId]
    : ['data-objective-id', target.objectiveId];
  return [...root.querySelectorAll<HTMLElement>(`[${attribute}]`)].find(
    (element) => element.getAttribute(attribute) === id,
  );
}

/**
 * Brings a target into view on a virtualised board: the virtualiser scrolls to its card (which
 * may not be in the DOM yet), then, once the card is rendered, the KR or card is centred and
 * focused. Each target object is handled once.
 */
function useFocusTarget(
  rows: readonly BoardRow[],
  scrollRef: BoardState['scrollRef'],
  virtualizer: BoardState['virtualizer'],
  target: BoardFocusTarget | undefined,
  onShown: BoardProps['onFocusTargetShown'],
): void {
  const shown = useRef<BoardFocusTarget | undefined>(undefined);
  useEffect(() => {
    if (!target || shown.current === target) return;
    const index = rows.findIndex(
      (row) => row.kind === 'objective' && row.view.objective.id === target.objectiveId,
    );
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'start' });
    let frame = 0;
    let frames = 0;
    const reveal = () => {
      const element = scrollRef.current && focusElement(scrollRef.current, target);
      if (!element) {
        if ((frames += 1) < focusFrames) frame = requestAnimationFrame(reveal);
        return;
      }
      shown.current = target;
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
      onShown?.(target);
    };
    frame = requestAnimationFrame(reveal);
    return () => cancelAnimationFrame(frame);
  }, [rows, scrollRef, virtualizer, target, onShown]);
}
