import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { headerOrder } from '../../../core/board-order';
import { useMediaQuery } from '../../hooks/useMediaQuery';
import { sortedBy } from '../../words/keyResultListWords';
import { orderName } from '../../words/orderWords';
import { useLocale } from '../../app/AppServices';
import { useSay } from '../../board/say';
import { moveAcrossRows } from '../Board/boardElements';
import { keyResultRows } from './keyResultRows';
import type { KeyResultTableProps, KeyResultTableState } from './KeyResultTable.types';
import { stackedRows } from './useKeyResultTableStyles';

// As measured in a 1,280 px wide tab and in a 320 px side panel, where a row takes three lines.
const rowHeight = 57;
const stackedRowHeight = 150;
/**
 * Rows rendered beyond the viewport each side: the arrow keys move the focus to the row below,
 * which is then in the DOM, and scroll it into view, which renders the next.
 */
const overscan = 4;

/**
 * Every KR in one table, in the order chosen, its rows virtualised as the board's are (only those
 * near the viewport in the DOM, measured once rendered: @tanstack/react-virtual's
 * `useVirtualizer`), so 5,000 KRs scroll as smoothly as 50.
 * https://tanstack.com/virtual/latest/docs/api/virtualizer
 */
export function useKeyResultTable(props: KeyResultTableProps): KeyResultTableState {
  const { teams, order, onOrder } = props;
  const { sort, direction } = order;
  // The order is a new object at each of the board's renders: the rows are sorted again only when
  // it says another order.
  const locale = useLocale();
  const rows = useMemo(
    () => keyResultRows(teams, { sort, direction }, locale),
    [teams, sort, direction, locale],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const stacked = useMediaQuery(stackedRows);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (stacked ? stackedRowHeight : rowHeight),
    getItemKey: (index) => rows[index]?.view.keyResult.id ?? index,
    overscan,
  });
  // A row's height changes with the layout: measured again, from the new estimate.
  useEffect(() => virtualizer.measure(), [virtualizer, stacked]);
  const announcement = useOrderAnnouncement(props, rows.length);
  return {
    rows,
    scrollRef,
    items: virtualizer.getVirtualItems(),
    totalSize: virtualizer.getTotalSize(),
    measureElement: virtualizer.measureElement,
    onKeyDown: moveAcrossRows,
    sortBy: (sort) => onOrder(headerOrder(order, sort)),
    announcement,
  };
}

/**
 * "Sorted by Progress, highest first. 120 key results.", once the order changed (from a column
 * header or the toolbar's Sort), not as the table first shows.
 */
function useOrderAnnouncement({ order }: KeyResultTableProps, count: number): string {
  const say = useSay();
  const [announcement, setAnnouncement] = useState('');
  const { sort, direction } = order;
  // The order, not its name: words that come in later change the name, not the order.
  const shown = useRef(`${sort} ${direction}`);
  useEffect(() => {
    if (shown.current === `${sort} ${direction}`) return;
    shown.current = `${sort} ${direction}`;
    setAnnouncement(sortedBy(orderName(sort, direction, say), count, say));
  }, [sort, direction, count, say]);
  return announcement;
}
