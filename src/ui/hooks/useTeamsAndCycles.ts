import { useCallback } from 'react';
import type { Cycle, Team } from '../../core/model';
import { useAppServices } from '../app/AppServices';
import { useDataUpdates } from '../app/useDataUpdates';
import { useAsyncResource, type AsyncResourceApi } from './useAsyncResource';

export interface TeamsAndCycles {
  readonly teams: readonly Team[];
  readonly cycles: readonly Cycle[];
}

/**
 * Every team and cycle of the OKR site, read together; a fresher read the cache revalidated
 * replaces what is shown.
 */
export function useTeamsAndCycles(): AsyncResourceApi<TeamsAndCycles> {
  const { repository } = useAppServices();
  const load = useCallback(
    async (signal: AbortSignal): Promise<TeamsAndCycles> => {
      const [teams, cycles] = await Promise.all([
        repository.listTeams({ signal }),
        repository.listCycles({ signal }),
      ]);
      return { teams, cycles };
    },
    [repository],
  );
  const resource = useAsyncResource(load);
  const { update } = resource;
  useDataUpdates((fresh) => {
    if (fresh.kind === 'teams') update((current) => ({ ...current, teams: fresh.value }));
    if (fresh.kind === 'cycles') update((current) => ({ ...current, cycles: fresh.value }));
  });
  return resource;
}
