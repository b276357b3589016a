import { useCallback } from 'react';
import type { Cycle, Team } from '../../core/model';
import type { AsyncResource, AsyncResourceApi } from '../hooks/useAsyncResource';
import { useTeamsAndCycles, type TeamsAndCycles } from '../hooks/useTeamsAndCycles';

export type ProgrammeData = AsyncResource<TeamsAndCycles>;

export interface ProgrammeDataApi extends Omit<AsyncResourceApi<TeamsAndCycles>, 'update'> {
  /** Shows a saved cycle or team at once, without reloading. */
  readonly applyCycle: (cycle: Cycle) => void;
  /** Leaves out a deleted cycle at once, without reloading. */
  readonly removeCycle: (cycleId: string) => void;
  readonly applyTeam: (team: Team) => void;
}

function upsert<T extends { readonly id: string }>(items: readonly T[], item: T): T[] {
  return items.some((existing) => existing.id === item.id)
    ? items.map((existing) => (existing.id === item.id ? item : existing))
    : [...items, item];
}

/** The cycles and teams every Programme section works on, loaded once for the area. */
export function useProgrammeData(): ProgrammeDataApi {
  const { data, reload, update } = useTeamsAndCycles();
  const applyCycle = useCallback(
    (cycle: Cycle) =>
      update((current) => ({
        ...current,
        cycles: upsert(current.cycles, cycle).sort((a, b) => a.start.localeCompare(b.start)),
      })),
    [update],
  );
  const removeCycle = useCallback(
    (cycleId: string) =>
      update((current) => ({
        ...current,
        cycles: current.cycles.filter((cycle) => cycle.id !== cycleId),
      })),
    [update],
  );
  const applyTeam = useCallback(
    (team: Team) => update((current) => ({ ...current, teams: upsert(current.teams, team) })),
    [update],
  );
  return { data, reload, applyCycle, removeCycle, applyTeam };
}
