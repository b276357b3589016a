import { unalignedObjectives } from './core-api';
import { objectiveTarget, type SetRule } from './rule-set';

/**
 * A team objective that serves none of its parent team's objectives, while the parent team has
 * objectives this cycle to align to. Needs the teams; silent without them.
 */
export const alignment: SetRule = {
  id: 'set.alignment',
  source: 'doerrAlignment',
  check(set) {
    if (!set.teams) return [];
    const parentOf = new Map(set.teams.map((team) => [team.id, team.parentTeamId]));
    return unalignedObjectives(set.objectives, set.teams).flatMap((objective) => {
      const parentTeamId = parentOf.get(objective.teamId);
      const count = set.objectives.filter((candidate) => candidate.teamId === parentTeamId).length;
      if (count === 0) return [];
      return [
        { target: objectiveTarget(objective), severity: 'warning' as const, params: { count } },
      ];
    });
  },
};
