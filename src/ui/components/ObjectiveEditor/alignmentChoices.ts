import type { Cycle, Objective, Team } from '../../../core/model';

export interface AlignmentGroup {
  readonly teamId: string;
  readonly team: string;
  readonly choices: readonly { readonly id: string; readonly label: string }[];
}

const noTeam = 'No team';

/**
 * The objectives an objective may align to, grouped by team: the company's (teams above every
 * other) first, then the others by name, then those of no team (imported company objectives, or
 * of a team no longer on the site); each once, the objective itself left out.
 *
 * A native `<option>` is read alone by screen readers (its optgroup is not always announced), so
 * whatever tells two entries apart is in the entry's own text: the team (or "No team") where the
 * title repeats, the cycle where it is not the board's, the owner where that is still not enough.
 */
export function alignmentChoices(
  cycle: {
    readonly cycle: Pick<Cycle, 'id' | 'name'>;
    readonly objectives: readonly Objective[];
    readonly teams: readonly Team[];
  },
  excludeId: string | undefined,
  cycles: readonly Pick<Cycle, 'id' | 'name'>[] = [cycle.cycle],
): AlignmentGroup[] {
  const unique = new Map<string, Objective>();
  for (const objective of cycle.objectives) {
    if (objective.id !== excludeId && !unique.has(objective.id))
      unique.set(objective.id, objective);
  }
  const teamOf = (id: string) => cycle.teams.find((team) => team.id === id);
  const teamName = (objective: Objective) =>
    teamOf(objective.teamId)?.name ??
    (objective.teamId ? `${noTeam} (a team no longer on the site)` : noTeam);
  const cycleName = (objective: Objective) =>
    objective.cycleId === cycle.cycle.id
      ? undefined
      : (cycles.find((other) => other.id === objective.cycleId)?.name ?? 'another cycle');
  const key = (text: string) => text.trim().toLocaleLowerCase();
  const count = (keys: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return (k: string) => counts.get(k) ?? 0;
  };

  const objectives = [...unique.values()];
  const sameTitle = count(objectives.map((objective) => key(objective.title)));
  const labelled = objectives.map((objective) => {
    const details = [
      sameTitle(key(objective.title)) > 1 ? teamName(objective) : undefined,
      cycleName(objective),
    ].filter(Boolean);
    return {
      objective,
      label: details.length ? `${objective.title} — ${details.join(', ')}` : objective.title,
    };
  });
  const sameLabel = count(labelled.map(({ label }) => key(label)));
  const seen = new Map<string, number>();
  const choices = labelled.map(({ objective, label }) => {
    if (sameLabel(key(label)) < 2) return { objective, label };
    const nth = (seen.get(key(label)) ?? 0) + 1;
    seen.set(key(label), nth);
    const owner = objective.owner?.displayName;
    return {
      objective,
      label: `${label} (${owner ? `${owner}, ` : ''}${nth} of ${sameLabel(key(label))})`,
    };
  });

  const byTeam = new Map<string, typeof choices>();
  for (const choice of choices) {
    const teamId = teamOf(choice.objective.teamId) ? choice.objective.teamId : '';
    byTeam.set(teamId, [...(byTeam.get(teamId) ?? []), choice]);
  }
  const rank = (teamId: string) => {
    const team = teamOf(teamId);
    return !team ? 2 : team.parentTeamId === undefined ? 0 : 1;
  };
  return [...byTeam.entries()]
    .map(([teamId, members]) => ({
      teamId,
      team: teamOf(teamId)?.name ?? noTeam,
      choices: members
        .map(({ objective, label }) => ({ id: objective.id, label }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    }))
    .sort((a, b) => rank(a.teamId) - rank(b.teamId) || a.team.localeCompare(b.team));
}
