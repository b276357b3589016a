import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Cycle, Team } from '../../core/model';
import { useAppServices } from '../../ui/app/AppServices';
import { useDataUpdates } from '../../ui/app/useDataUpdates';

export type ConfigData =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly teams: readonly Team[];
      readonly cycles: readonly Cycle[];
    };

/** Active teams, the one linked to the channel's Microsoft 365 group first. */
export function offeredTeams(teams: readonly Team[], groupId: string | undefined): Team[] {
  const active = teams.filter((team) => !team.archived);
  const linked = active.filter((team) => groupId && team.groupId === groupId);
  return [...linked, ...active.filter((team) => !linked.includes(team))];
}

/** Shown in the tab strip: the teams' names, kept short. */
export function suggestedDisplayName(teams: readonly Team[], cycle: Cycle | undefined): string {
  const names = teams.map((team) => team.name);
  const scope = names.length <= 2 ? names.join(' & ') : `${names[0]} +${names.length - 1}`;
  return `OKRs · ${scope}${cycle ? ` · ${cycle.name}` : ''}`;
}

export function useConfigPage() {
  const { repository, host, firstScreenReady } = useAppServices();
  const configuration = host.configuration;
  const saved = host.context.tabSettings;
  const [data, setData] = useState<ConfigData>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [teamIds, setTeamIds] = useState<readonly string[]>(saved?.teamIds ?? []);
  const [cycleId, setCycleId] = useState(saved?.cycleId ?? 'current');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(undefined);

  useEffect(() => {
    const abort = new AbortController();
    setData({ status: 'loading' });
    Promise.all([
      repository.listTeams({ signal: abort.signal }),
      repository.listCycles({ signal: abort.signal }),
    ])
      .then(([teams, cycles]) => {
        if (abort.signal.aborted) return;
        setData({ status: 'ready', teams, cycles });
        // A new tab in a team's channel starts with that team, when the OKR site knows it: the
        // OKR team linked to this Microsoft 365 group first, else the one of the same name.
        const hostTeam = host.context.team;
        const match =
          teams.find((team) => hostTeam?.groupId && team.groupId === hostTeam.groupId) ??
          teams.find((team) => team.name === hostTeam?.name);
        if (!saved && match) setTeamIds([match.id]);
      })
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setData({ status: 'error', error });
      })
      .finally(() => firstScreenReady());
    return () => abort.abort();
  }, [repository, host, saved, attempt, firstScreenReady]);

  // Teams and cycles revalidated after being served from the cache replace the choices shown.
  useDataUpdates((fresh) => {
    if (fresh.kind !== 'teams' && fresh.kind !== 'cycles') return;
    setData((current) => {
      if (current.status !== 'ready') return current;
      return fresh.kind === 'teams'
        ? { ...current, teams: fresh.value }
        : { ...current, cycles: fresh.value };
    });
  });

  const teams = useMemo(
    () => (data.status === 'ready' ? offeredTeams(data.teams, host.context.team?.groupId) : []),
    [data, host],
  );
  const cycles = data.status === 'ready' ? data.cycles : [];
  const chosenTeams = teams.filter((team) => teamIds.includes(team.id));
  const valid =
    chosenTeams.length > 0 && (cycleId === 'current' || cycles.some((c) => c.id === cycleId));
  const displayName = suggestedDisplayName(
    chosenTeams,
    cycles.find((cycle) => cycle.id === cycleId),
  );

  useEffect(() => {
    if (!configuration) return;
    configuration.setValid(valid);
    configuration.onSave(async () => ({
      teamIds: chosenTeams.map((t) => t.id),
      cycleId,
      displayName,
    }));
  }, [configuration, valid, chosenTeams, cycleId, displayName]);

  const toggleTeam = useCallback(
    (teamId: string, checked: boolean) =>
      setTeamIds((current) =>
        checked
          ? [...current.filter((id) => id !== teamId), teamId]
          : current.filter((id) => id !== teamId),
      ),
    [],
  );
  const save = useCallback(() => {
    if (!configuration?.save) return;
    setSaving(true);
    setSaveError(undefined);
    configuration
      .save()
      .catch(setSaveError)
      .finally(() => setSaving(false));
  }, [configuration]);

  return {
    data,
    retry: () => setAttempt((n) => n + 1),
    teams,
    cycles,
    teamIds,
    toggleTeam,
    cycleId,
    setCycleId,
    valid,
    displayName,
    ownSaveButton: configuration?.hostHasSaveButton === false,
    save,
    saving,
    saveError,
  };
}
