import type { Objective, Team } from '../../../core/model';

export interface AlignmentGroup {
  readonly teamId: string;
  readonly team: string;
  readonly choices: readonly { readonly id: string; readonly label: string }[];
}

/**
 * The objectives an objective may align to, grouped by team: the company's (teams above every
 * other) first, then the others by name; the objective itself is left out.
 */
export function alignmentChoices(
  cycle: { readonly objectives: readonly Objective[]; readonly teams: readonly Team[] },
  excludeId: string | undefined,
): AlignmentGroup[] {
  const byTeam = new Map<string, Objective[]>();
  for (const objective of cycle.objectives) {
    if (objective.id === excludeId) continue;
    byTeam.set(objective.teamId, [...(byTeam.get(objective.teamId) ?? []), objective]);
  }
  const teamOf = (id: string) => cycle.teams.find((team) => team.id === id);
  return [...byTeam.entries()]
    .map(([teamId, objectives]) => ({
      teamId,
      team: teamOf(teamId)?.name ?? 'Another team',
      company: teamOf(teamId)?.parentTeamId === undefined,
      choices: objectives
        .map((objective) => ({ id: objective.id, label: objective.title }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    }))
    .sort((a, b) => Number(b.company) - Number(a.company) || a.team.localeCompare(b.team))
    .map(({ company: _company, ...group }) => group);
}
