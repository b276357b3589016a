import { useCallback } from 'react';
import { openCyclesBesides } from '../../core/cycles';
import type { Cycle } from '../../core/model';
import { useAppServices } from '../app/AppServices';
import { today } from '../app/today';
import { useAsyncResource } from '../hooks/useAsyncResource';

const none: readonly Cycle[] = [];

/**
 * The other open cycles (not closed, not ended) that hold the teams' OKRs, nearest first by the
 * current rule: what an empty board names, so its team finds its OKRs. Asked only while `shown`
 * is set (the board holds nothing for its teams); nothing when the read fails.
 */
export function useOkrsElsewhere(
  shown: Cycle | undefined,
  teamIds: readonly string[] | undefined,
): readonly Cycle[] {
  const { repository } = useAppServices();
  const teamKey = teamIds?.join(',') ?? '';
  const shownId = shown?.id;
  const load = useCallback(
    async (signal: AbortSignal): Promise<{ cycles: readonly Cycle[] }> => {
      const cycles = await repository.listCycles({ signal });
      const open = openCyclesBesides(cycles, { id: shownId ?? '' }, today());
      if (open.length === 0) return { cycles: none };
      const holding = await repository.cyclesWithObjectives(
        open.map((cycle) => cycle.id),
        teamKey ? teamKey.split(',') : undefined,
        { signal },
      );
      return { cycles: open.filter((cycle) => holding.has(cycle.id)) };
    },
    [repository, shownId, teamKey],
  );
  const { data } = useAsyncResource(shownId ? load : undefined);
  return data.status === 'ready' ? data.cycles : none;
}
