import type { Team } from './core-api';
import type { SetRule } from './rule-set';

/** A team has at most `limits.objectivesPerTeam.max` objectives in a cycle. */
export const objectiveCount: SetRule = {
  id: 'set.objective-count',
  source: 'weekdoneMistakes',
  check(set, model) {
    const { max } = model.limits.objectivesPerTeam;
    const byTeam = new Map<string, number>();
    for (const objective of set.objectives) {
      if (objective.state === 'abandoned') continue;
      byTeam.set(objective.teamId, (byTeam.get(objective.teamId) ?? 0) + 1);
    }
    return [...byTeam]
      .filter(([, count]) => count > max)
      .map(([teamId, count]) => ({
        target: { kind: 'team' as const, id: teamId, text: teamName(set.teams, teamId) },
        severity: 'warning' as const,
        params: { count, max },
      }));
  },
};

function teamName(teams: readonly Team[] | undefined, teamId: string): string {
  return teams?.find((team) => team.id === teamId)?.name ?? teamId;
}
