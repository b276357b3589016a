import { useCallback, useEffect, useMemo, useState } from 'react';
import { withoutSearchOrFilters, type BoardFilter } from '../../core/board-filter';
import { useAppServices } from '../app/AppServices';
import { useBoardFilterMemory } from './boardFilterMemory';

export interface BoardFilterApi {
  readonly filter: BoardFilter;
  /** Changes some parts of the filter; a part set to undefined is cleared. */
  readonly change: (patch: Partial<BoardFilter>) => void;
  /** Clears the search and filters, keeping the order and the cycle. */
  readonly clear: () => void;
  readonly collapsed: ReadonlySet<string>;
  readonly toggleCollapsed: (objectiveId: string) => void;
  readonly setCollapsed: (objectiveIds: readonly string[]) => void;
}

function withoutEmpty(filter: BoardFilter): BoardFilter {
  return Object.fromEntries(
    Object.entries(filter).filter(
      ([, value]) =>
        value !== undefined &&
        value !== false &&
        value !== '' &&
        !(Array.isArray(value) && value.length === 0),
    ),
  ) as BoardFilter;
}

/**
 * The board's search, filters, order and collapsed objectives. A deep link to a view (a
 * `view:` subEntityId) opens the board with its filter; "Copy link to this view" makes one. A
 * tab that keeps them (`BoardFilterMemoryProvider`) opens its board again as it was left.
 */
export function useBoardFilter(): BoardFilterApi {
  const { host } = useAppServices();
  const memory = useBoardFilterMemory();
  const [filter, setFilter] = useState<BoardFilter>(() => {
    if (memory?.filter) return memory.filter;
    const target = host.context.deepLinkTarget;
    return target?.type === 'boardView' ? target.filter : {};
  });
  const [collapsed, setCollapsedIds] = useState<ReadonlySet<string>>(
    () => memory?.collapsed ?? new Set(),
  );
  useEffect(() => {
    if (!memory) return;
    memory.filter = filter;
    memory.collapsed = collapsed;
  }, [memory, filter, collapsed]);
  const change = useCallback(
    (patch: Partial<BoardFilter>) => setFilter((current) => withoutEmpty({ ...current, ...patch })),
    [],
  );
  const clear = useCallback(() => setFilter(withoutSearchOrFilters), []);
  const toggleCollapsed = useCallback(
    (objectiveId: string) =>
      setCollapsedIds((current) => {
        const next = new Set(current);
        if (!next.delete(objectiveId)) next.add(objectiveId);
        return next;
      }),
    [],
  );
  const setCollapsed = useCallback(
    (objectiveIds: readonly string[]) => setCollapsedIds(new Set(objectiveIds)),
    [],
  );
  return useMemo(
    () => ({ filter, change, clear, collapsed, toggleCollapsed, setCollapsed }),
    [filter, change, clear, collapsed, toggleCollapsed, setCollapsed],
  );
}
