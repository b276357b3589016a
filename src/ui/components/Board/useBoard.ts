import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useAfterPaint } from '../../hooks/useAfterPaint';
import { useModuleAfterPaint } from '../../hooks/useModuleAfterPaint';
import type { BoardFocusTarget, BoardItem, BoardProps, BoardRow, BoardState } from './Board.types';
import type { BoardVirtualizer, BoardVirtualizerOptions } from './boardVirtualizer';

// The virtualiser (@tanstack/virtual-core, about 10 kB gzip) comes once the first screen is painted.
const loadVirtualizer = () => import('./boardVirtualizer');

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

function estimateSize(row: BoardRow | undefined): number {
  if (!row || row.kind === 'team') return teamRowHeight;
  return objectiveHeaderHeight + Math.max(1, row.view.keyResults.length) * keyResultRowHeight;
}

/** What the board renders before its virtualiser is in. */
interface FirstRows {
  /** Rows from the top: those that reach into the viewport, and one more. */
  readonly count: number;
  /** Heights measured other than estimated, by row key. */
  readonly sizes: ReadonlyMap<string, number>;
}

const noRows: FirstRows = { count: 0, sizes: new Map() };

function sizeOf(row: BoardRow, sizes: FirstRows['sizes']): number {
  return sizes.get(row.key) ?? estimateSize(row);
}

/**
 * The first rows once those rendered are measured: as many as reach into the viewport, and one
 * more (a virtualiser's overscan of one). `first` itself when nothing changed.
 */
function fitFirstRows(
  scroller: HTMLElement,
  rows: readonly BoardRow[],
  first: FirstRows,
): FirstRows {
  let sizes = first.sizes;
  for (const element of Array.from(scroller.firstElementChild?.children ?? [])) {
    const row = rows[Number(element.getAttribute('data-index'))];
    const size = (element as HTMLElement).offsetHeight;
    if (row && size !== sizeOf(row, sizes)) sizes = new Map(sizes).set(row.key, size);
  }
  const viewportEnd = scroller.scrollTop + scroller.clientHeight;
  let count = 0;
  for (let start = 0; count < rows.length && start < viewportEnd; count += 1) {
    start += sizeOf(rows[count]!, sizes);
  }
  if (count > 0) count = Math.min(rows.length, count + 1);
  return count === first.count && sizes === first.sizes ? first : { count, sizes };
}

function firstItems(rows: readonly BoardRow[], first: FirstRows): BoardItem[] {
  let start = 0;
  return rows.slice(0, first.count).map((row, index) => {
    const item = { index, start };
    start += sizeOf(row, first.sizes);
    return item;
  });
}

/**
 * Rows are teams and whole objective cards; only those near the viewport are in the DOM, so a
 * board of thousands of KRs scrolls as smoothly as one of ten. Heights are measured after render.
 * The first screen is rendered without the virtualiser: the rows that fill the viewport and one
 * more, at their measured offsets. Once that screen is painted the virtualiser loads and takes
 * over from those rows (the same elements, where they are, from the reader's scroll position);
 * a reader scrolling further, or a target to bring into view, waits for it.
 */
export function useBoard({ teams, focusTarget, onFocusTargetShown }: BoardProps): BoardState {
  const rows = useMemo(() => boardRows(teams), [teams]);
  // The first frame renders one row (a card of several KRs, or a team's heading) beyond the
  // viewport's edge, about half of what four take: the rest comes once it is painted.
  const painted = useAfterPaint(rows.length > 0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [first, setFirst] = useState(noRows);
  const [virtualizer, setVirtualizer] = useState<BoardVirtualizer>();
  const [, rerender] = useReducer((renders: number) => renders + 1, 0);
  const virtualizerModule = useModuleAfterPaint(loadVirtualizer, painted);
  const options = useMemo<BoardVirtualizerOptions>(
    () => ({
      count: rows.length,
      getScrollElement: () => scrollRef.current,
      estimateSize: (index) => estimateSize(rows[index]),
      getItemKey: (index) => rows[index]?.key ?? index,
      overscan: painted ? 4 : 1,
    }),
    [rows, painted],
  );
  // As @tanstack/react-virtual's `useVirtualizer` does: options on each render, the scroll
  // element observed from a layout effect.
  virtualizer?.setOptions(options);
  useLayoutEffect(() => virtualizer?.instance._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer?.instance._willUpdate());
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || virtualizer) return;
    if (virtualizerModule) {
      setVirtualizer(virtualizerModule.takeOver(scroller, options, first.sizes, rerender));
      return;
    }
    const next = fitFirstRows(scroller, rows, first);
    if (next !== first) setFirst(next);
  }, [virtualizer, virtualizerModule, rows, first, options]);
  useFocusTarget(rows, scrollRef, virtualizer?.instance, focusTarget, onFocusTargetShown);
  if (!virtualizer) {
    const totalSize = rows.reduce((total, row) => total + sizeOf(row, first.sizes), 0);
    return { rows, scrollRef, items: firstItems(rows, first), totalSize };
  }
  return {
    rows,
    scrollRef,
    items: virtualizer.instance.getVirtualItems(),
    totalSize: virtualizer.instance.getTotalSize(),
    measureElement: virtualizer.measureElement,
  };
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
