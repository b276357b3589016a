import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { runningFirst } from '../../core/cycle-picks';
import { subTeams, teamTree } from '../../core/teams';
import type { Cycle, Team } from '../../core/model';
import type { HostContext } from '../../host/types';
import { useAppServices } from '../../ui/app/AppServices';
import { useTeamsAndCycles } from '../../ui/hooks/useTeamsAndCycles';

/** Why a new tab in a team's channel starts with a team chosen, or with none. */
export type TeamSuggestion =
  | { readonly kind: 'linked' | 'sameName'; readonly team: Team }
  | { readonly kind: 'none'; readonly hostTeam: NonNullable<HostContext['team']> };

/** Shown in the tab strip: the teams' names, kept short. */
export function suggestedDisplayName(teams: readonly Team[], cycle: Cycle | undefined): string {
  const names = teams.map((team) => team.name);
  const scope = names.length <= 2 ? names.join(' & ') : `${names[0]} +${names.length - 1}`;
  return ['OKRs', scope, cycle?.name].filter(Boolean).join(' · ');
}

export function useConfigPage() {
  const { host, firstScreenReady } = useAppServices();
  const { locale } = host.context;
  const configuration = host.configuration;
  const saved = host.context.tabSettings;
  const { data, reload } = useTeamsAndCycles();
  const [teamIds, setTeamIds] = useState<readonly string[]>(saved?.teamIds ?? []);
  const [cycleId, setCycleId] = useState(saved?.cycleId ?? 'current');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(undefined);

  const firstScreenShown = data.status !== 'loading';
  useEffect(() => {
    if (firstScreenShown) firstScreenReady();
  }, [firstScreenShown, firstScreenReady]);

  // A new tab in a team's channel starts with that team, when the OKR site knows it: the OKR
  // team linked to this Microsoft 365 group first, else the one of the same name. Suggested once,
  // so a fresher read of the teams never undoes the person's own choice.
  const suggested = useRef(Boolean(saved));
  const [suggestion, setSuggestion] = useState<TeamSuggestion | undefined>(undefined);
  useEffect(() => {
    const hostTeam = host.context.team;
    if (data.status !== 'ready' || suggested.current || !hostTeam) return;
    suggested.current = true;
    const active = data.teams.filter((team) => !team.archived);
    const linked = active.find((team) => hostTeam.groupId && team.groupId === hostTeam.groupId);
    const sameName = active.find((team) => team.name === hostTeam.name);
    const match = linked ?? sameName;
    if (match) setTeamIds([match.id]);
    setSuggestion(
      match ? { kind: linked ? 'linked' : 'sameName', team: match } : { kind: 'none', hostTeam },
    );
  }, [data, host]);

  // Active teams as the Programme shows them, each sub-team under its parent.
  const tree = useMemo(() => {
    if (data.status !== 'ready') return [];
    const active = data.teams.filter((team) => !team.archived);
    return teamTree(active, locale).map(({ team, depth }) => ({
      team,
      depth,
      subTeamIds: subTeams(team.id, active, locale).map((sub) => sub.id),
    }));
  }, [data, locale]);
  const teams = useMemo(() => tree.map((entry) => entry.team), [tree]);
  // Years of imported history, closed and read-only, below the cycles in use.
  const cycles = useMemo(
    () => (data.status === 'ready' ? runningFirst(data.cycles, locale) : []),
    [data, locale],
  );
  const chosenTeams = teams.filter((team) => teamIds.includes(team.id));
  const cycleKnown = cycleId === 'current' || cycles.some((c) => c.id === cycleId);
  const valid = chosenTeams.length > 0 && cycleKnown;
  /** The saved tab's cycle was deleted since: Save stays off until another is chosen. */
  const savedCycleGone = data.status === 'ready' && cycleId === saved?.cycleId && !cycleKnown;
  const displayName = suggestedDisplayName(
    chosenTeams,
    cycles.find((cycle) => cycle.id === cycleId),
  );

  // Teams keeps one save handler (a new registration replaces the last) and the validity last
  // set (https://learn.microsoft.com/javascript/api/@microsoft/teams-js/pages.config): the
  // handler is registered once and reads the latest choice, and the validity is sent only when
  // it changes, not with every render.
  const settings = useRef({ teamIds: [] as readonly string[], cycleId, displayName });
  settings.current = { teamIds: chosenTeams.map((team) => team.id), cycleId, displayName };
  useEffect(() => {
    configuration?.onSave(async () => settings.current);
  }, [configuration]);
  useEffect(() => {
    configuration?.setValid(valid);
  }, [configuration, valid]);

  const toggleTeam = useCallback(
    (teamId: string, checked: boolean) =>
      setTeamIds((current) =>
        checked
          ? [...current.filter((id) => id !== teamId), teamId]
          : current.filter((id) => id !== teamId),
      ),
    [],
  );
  const includeSubTeams = useCallback(
    (subTeamIds: readonly string[], included: boolean) =>
      setTeamIds((current) => [
        ...current.filter((id) => !subTeamIds.includes(id)),
        ...(included ? subTeamIds : []),
      ]),
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
    /** Reopened from a saved tab's Settings: Save changes that tab rather than adds one. */
    reconfiguring: Boolean(saved),
    retry: reload,
    teams,
    tree,
    suggestion,
    cycles,
    teamIds,
    toggleTeam,
    includeSubTeams,
    cycleId,
    setCycleId,
    valid,
    savedCycleGone,
    displayName,
    ownSaveButton: configuration?.hostHasSaveButton === false,
    save,
    saving,
    saveError,
  };
}
