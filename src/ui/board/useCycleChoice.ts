import { useCallback, useState } from 'react';
import { nextRitual, ritualLabels } from '../../core/coaching-plan';
import type { Cycle } from '../../core/model';
import { useAppServices } from '../app/AppServices';
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

/** The board's cycle and the switcher's choices; cycles come from the (cached) store. */
export function useCycleChoice(requested: string): CycleChoice {
  const { repository } = useAppServices();
  const load = useCallback(
    async (signal: AbortSignal) => ({ cycles: await repository.listCycles({ signal }) }),
    [repository],
  );
  // A failed read leaves the switcher empty; the board itself shows the failure.
  const { data, update } = useAsyncResource(load);
  const cycles = data.status === 'ready' ? data.cycles : noCycles;
  useDataUpdates((fresh) => {
    if (fresh.kind === 'cycles') update(() => ({ cycles: fresh.value }));
  });
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const select = useCallback((cycleId: string) => setChosen(cycleId), []);
  const cycle = resolveCycle(cycles, chosen ?? requested);
  const ritual = cycle?.coachingPlan ? nextRitual(cycle.coachingPlan, today()) : undefined;
  return {
    cycles,
    cycle,
    cycleId: chosen ?? requested,
    select,
    ...(ritual ? { nextRitual: { label: ritualLabels[ritual.kind], date: ritual.date } } : {}),
  };
}
