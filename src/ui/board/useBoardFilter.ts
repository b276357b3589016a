import { useCallback, useMemo, useState } from 'react';
import type { BoardFilter } from '../../core/board-filter';
import { useAppServices } from '../app/AppServices';

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
 * `view:` subEntityId) opens the board with its filter; "Copy link to this view" makes one.
 */
export function useBoardFilter(): BoardFilterApi {
  const { host } = useAppServices();
  const [filter, setFilter] = useState<BoardFilter>(() => {
    const target = host.context.deepLinkTarget;
    return target?.type === 'boardView' ? target.filter : {};
  });
  const [collapsed, setCollapsedIds] = useState<ReadonlySet<string>>(new Set());
  const change = useCallback(
    (patch: Partial<BoardFilter>) => setFilter((current) => withoutEmpty({ ...current, ...patch })),
    [],
  );
  const clear = useCallback(
    () => setFilter((current) => withoutEmpty({ sort: current.sort, cycleId: current.cycleId })),
    [],
  );
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
