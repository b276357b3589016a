import { useCallback, useEffect, useState } from 'react';
import type { Cycle, Team } from '../../core/model';
import { useAppServices } from '../app/AppServices';
import { useDataUpdates } from '../app/useDataUpdates';

export type ProgrammeData =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly cycles: readonly Cycle[];
      readonly teams: readonly Team[];
    };

export interface ProgrammeDataApi {
  readonly data: ProgrammeData;
  readonly reload: () => void;
  /** Shows a saved cycle or team at once, without reloading. */
  readonly applyCycle: (cycle: Cycle) => void;
  readonly applyTeam: (team: Team) => void;
}

function upsert<T extends { readonly id: string }>(items: readonly T[], item: T): T[] {
  return items.some((existing) => existing.id === item.id)
    ? items.map((existing) => (existing.id === item.id ? item : existing))
    : [...items, item];
}

/** The cycles and teams every Programme section works on, loaded once for the area. */
export function useProgrammeData(): ProgrammeDataApi {
  const { repository } = useAppServices();
  const [data, setData] = useState<ProgrammeData>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    setData({ status: 'loading' });
    Promise.all([
      repository.listCycles({ signal: abort.signal }),
      repository.listTeams({ signal: abort.signal }),
    ]).then(
      ([cycles, teams]) => {
        if (!abort.signal.aborted) setData({ status: 'ready', cycles, teams });
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setData({ status: 'error', error });
      },
    );
    return () => abort.abort();
  }, [repository, attempt]);

  useDataUpdates((fresh) => {
    if (fresh.kind !== 'teams' && fresh.kind !== 'cycles') return;
    setData((current) =>
      current.status !== 'ready'
        ? current
        : fresh.kind === 'teams'
          ? { ...current, teams: fresh.value }
          : { ...current, cycles: fresh.value },
    );
  });

  const applyCycle = useCallback((cycle: Cycle) => {
    setData((current) =>
      current.status === 'ready'
        ? {
            ...current,
            cycles: upsert(current.cycles, cycle).sort((a, b) => a.start.localeCompare(b.start)),
          }
        : current,
    );
  }, []);
  const applyTeam = useCallback((team: Team) => {
    setData((current) =>
      current.status === 'ready' ? { ...current, teams: upsert(current.teams, team) } : current,
    );
  }, []);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, reload, applyCycle, applyTeam };
}
