import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useAfterPaint } from '../../hooks/useAfterPaint';
import { useModuleAfterPaint } from '../../hooks/useModuleAfterPaint';
import { focusElement, moveAcrossRows } from './boardElements';
import type { BoardFocusTarget, BoardItem, BoardProps, BoardRow, BoardState } from './Board.types';
import type { BoardVirtualizer, BoardVirtualizerOptions } from './boardVirtualizer';
import { reloadable } from '../../../reloadable';

// The virtualiser (@tanstack/virtual-core, about 10 kB gzip) comes once the first screen is painted.
const loadVirtualizer = reloadable(() => import('./boardVirtualizer'));

// As measured in a 1,280 px wide tab: the first screen renders as many rows as these fill.
const teamRowHeight = 56;
const objectiveHeaderHeight = 78;
const keyResultRowHeight = 53;
/**
 * A board whose estimated height is this or less is rendered whole once its first screen is
 * painted, every card in the DOM for find-in-page, a screen reader's browse mode and Tab: about
 * three screenfuls, what four rows of overscan each side rendered in a full-height tab.
 */
const wholeBoardHeight = 3000;
/**
 * Rows rendered beyond the viewport each side on a taller board. Two, not four: each card mounted
 * while scrolling re-records the paint of every card rendered, and two took 54–81% of four's
 * paint time (README, "Latest figures").
 */
const overscan = 2;
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

function estimateSize(row: BoardRow | undefined): number {
  if (!row || row.kind === 'team') return teamRowHeight;
  return objectiveHeaderHeight + Math.max(1, row.view.keyResults.length) * keyResultRowHeight;
}

/**
 * How many rows the first screen renders: those whose estimated heights reach down the window,
 * and one more. The window's height stands in for the board's (which is less, below the
 * header): known without laying the page out, so the first screen renders once, with no
 * measuring before it is painted.
 */
function firstRowCount(rows: readonly BoardRow[], viewportHeight: number): number {
  let count = 0;
  for (let start = 0; count < rows.length && start < viewportHeight; count += 1) {
    start += estimateSize(rows[count]);
  }
  return Math.min(rows.length, count + 1);
}

/** The first rows, at their estimated offsets. */
function firstItems(rows: readonly BoardRow[], count: number): BoardItem[] {
  let start = 0;
  return rows.slice(0, count).map((row, index) => {
    const item = { index, start };
    start += estimateSize(row);
    return item;
  });
}

/** The rows the first screen shows, as they lie one after another: their measured heights. */
function measuredRows(scroller: HTMLElement, rows: readonly BoardRow[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const element of Array.from(scroller.firstElementChild?.children ?? [])) {
    const row = rows[Number(element.getAttribute('data-index'))];
    if (row) sizes.set(row.key, (element as HTMLElement).offsetHeight);
  }
  return sizes;
}

/**
 * Rows are teams and whole objective cards; only those near the viewport are in the DOM, so a
 * board of thousands of KRs scrolls as smoothly as one of ten. Heights are measured after render.
 * The first screen is rendered without the virtualiser: the rows that fill the window and one
 * more, one after another in the page's flow. Once that screen is painted the virtualiser loads
 * and takes over from those rows, measured where they lie (the same elements, where they are,
 * from the reader's scroll position); a reader scrolling further, or a target to bring into
 * view, waits for it.
 */
export function useBoard({ teams, focusTarget, onFocusTargetShown }: BoardProps): BoardState {
  const rows = useMemo(() => boardRows(teams), [teams]);
  const estimatedHeight = useMemo(
    () => rows.reduce((total, row) => total + estimateSize(row), 0),
    [rows],
  );
  // The first frame renders one row (a card of several KRs, or a team's heading) beyond the
  // viewport's edge: the rest of the board or of the overscan comes once it is painted.
  const painted = useAfterPaint(rows.length > 0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [virtualizer, setVirtualizer] = useState<BoardVirtualizer>();
  const [, rerender] = useReducer((renders: number) => renders + 1, 0);
  const virtualizerModule = useModuleAfterPaint(loadVirtualizer, painted);
  const options = useMemo<BoardVirtualizerOptions>(
    () => ({
      count: rows.length,
      getScrollElement: () => scrollRef.current,
      estimateSize: (index) => estimateSize(rows[index]),
      getItemKey: (index) => rows[index]?.key ?? index,
      overscan: !painted ? 1 : estimatedHeight <= wholeBoardHeight ? rows.length : overscan,
    }),
    [rows, painted, estimatedHeight],
  );
  // As @tanstack/react-virtual's `useVirtualizer` does: options on each render, the scroll
  // element observed from a layout effect.
  virtualizer?.setOptions(options);
  useLayoutEffect(() => virtualizer?.instance._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer?.instance._willUpdate());
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || virtualizer || !virtualizerModule) return;
    setVirtualizer(
      virtualizerModule.takeOver(scroller, options, measuredRows(scroller, rows), rerender),
    );
  }, [virtualizer, virtualizerModule, rows, options]);
  useFocusTarget(rows, scrollRef, virtualizer?.instance, focusTarget, onFocusTargetShown);
  const firstCount = useMemo(() => firstRowCount(rows, window.innerHeight), [rows]);
  if (!virtualizer) {
    return {
      rows,
      scrollRef,
      onKeyDown: moveAcrossRows,
      items: firstItems(rows, firstCount),
      inFlow: true,
      totalSize: estimatedHeight,
    };
  }
  return {
    rows,
    scrollRef,
    onKeyDown: moveAcrossRows,
    items: virtualizer.instance.getVirtualItems(),
    totalSize: virtualizer.instance.getTotalSize(),
    measureElement: virtualizer.measureElement,
  };
}

/**
 * Brings a target into view on a virtualised board: once the virtualiser is in, it scrolls to
 * its card (which may not be in the DOM yet), then, once the card is rendered, the KR or card is
 * centred and focused. Each target object is handled once.
 */
function useFocusTarget(
  rows: readonly BoardRow[],
  scrollRef: BoardState['scrollRef'],
  virtualizer: BoardVirtualizer['instance'] | undefined,
  target: BoardFocusTarget | undefined,
  onShown: BoardProps['onFocusTargetShown'],
): void {
  const shown = useRef<BoardFocusTarget | undefined>(undefined);
  useEffect(() => {
    if (!virtualizer || !target || shown.current === target) return;
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
