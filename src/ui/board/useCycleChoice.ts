import { useCallback, useEffect, useMemo, useState } from 'react';
import { nextRitual, ritualLabels } from '../../core/coaching-plan';
import type { Cycle } from '../../core/model';
import { useAppServices } from '../app/AppServices';
import { useSay } from './say';
import { useDataUpdates } from '../app/useDataUpdates';
import { useAsyncResource } from '../hooks/useAsyncResource';
import type { UpcomingRitual } from '../components/CycleSwitcher/CycleSwitcher.types';
import { resolveCycle, today } from './useBoardData';

export interface CycleChoice {
  readonly cycles: readonly Cycle[];
  /** The cycle shown: the one chosen, else the requested one (`current` resolved). */
  readonly cycle: Cycle | undefined;
  /** What the board loads: the chosen cycle's id, or the request until cycles are known. */
  readonly cycleId: string;
  readonly select: (cycleId: string) => void;
  /** The cycle's next milestone ritual from its coaching plan, for "next: … in 9 days". */
  readonly nextRitual?: UpcomingRitual;
}

const noCycles: readonly Cycle[] = [];

/**
 * The board's cycle and the switcher's choices; cycles come from the (cached) store. `current`
 * resolves as the board does (`resolveCycle`), for the same teams.
 */
export function useCycleChoice(requested: string, teamIds?: readonly string[]): CycleChoice {
  const { repository } = useAppServices();
  const say = useSay();
  const load = useCallback(
    async (signal: AbortSignal) => ({ cycles: await repository.listCycles({ signal }) }),
    [repository],
  );
  // A failed read leaves the switcher empty; the board itself shows the failure. Cycles the
  // repository holds already (a reopened tab's cache) are in the first render, as its board is.
  const { data, update } = useAsyncResource(load, {
    initial: () => {
      const cycles = repository.held?.cycles();
      return cycles && { cycles };
    },
  });
  const cycles = data.status === 'ready' ? data.cycles : noCycles;
  useDataUpdates((fresh) => {
    if (fresh.kind === 'cycles') update(() => ({ cycles: fresh.value }));
  });
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const select = useCallback((cycleId: string) => setChosen(cycleId), []);
  const teamKey = teamIds?.join(',') ?? '';
  const resolution = useMemo(
    () =>
      resolveCycle(repository, cycles, {
        cycleId: chosen ?? requested,
        ...(teamKey ? { teamIds: teamKey.split(',') } : {}),
      }),
    [repository, cycles, chosen, requested, teamKey],
  );
  // Answered later when the store is asked which cycle holds the teams' OKRs.
  const [later, setLater] = useState<{ of: unknown; cycle: Cycle | undefined }>();
  useEffect(() => {
    if (!(resolution instanceof Promise)) return;
    let current = true;
    void resolution.then((cycle) => current && setLater({ of: resolution, cycle }));
    return () => {
      current = false;
    };
  }, [resolution]);
  const cycle =
    resolution instanceof Promise
      ? later?.of === resolution
        ? later.cycle
        : undefined
      : resolution;
  const ritual = cycle?.coachingPlan ? nextRitual(cycle.coachingPlan, today()) : undefined;
  return {
    cycles,
    cycle,
    cycleId: chosen ?? requested,
    select,
    ...(ritual ? { nextRitual: { label: say(ritualLabels[ritual.kind]), date: ritual.date } } : {}),
  };
}
