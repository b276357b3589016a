import { useCallback } from 'react';
import type { Cycle } from '../../core/model';
import { useAppServices } from '../app/AppServices';
import { useAsyncResource } from '../hooks/useAsyncResource';

/**
 * Whether OKRs have run here: some closed cycle holds objectives (three years imported from Viva
 * Goals, say). Taken as so while the store is asked, when any cycle is closed, and when it cannot
 * be asked; a site with no closed cycle has no history.
 */
export function useOkrHistory(cycles: readonly Cycle[]): boolean {
  const { repository } = useAppServices();
  const closedIds = cycles
    .filter((cycle) => cycle.state === 'closed')
    .map((cycle) => cycle.id)
    .join(',');
  const load = useCallback(
    async (signal: AbortSignal) => ({
      holding: await repository.cyclesWithObjectives(closedIds.split(','), undefined, { signal }),
    }),
    [repository, closedIds],
  );
  const { data } = useAsyncResource(closedIds ? load : undefined);
  if (!closedIds) return false;
  return data.status === 'ready' ? data.holding.size > 0 : true;
}
