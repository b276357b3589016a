/**
 * What a parent team's board shows with its sub-teams, apart from the team tree (`teams`): only
 * the board's sub-teams chunk needs it, not a page's first screen. Pure.
 */
import type { Team } from './model';
import { subTeams, teamTree } from './teams';

/**
 * The teams and every team under them, at any depth, each once, as the team tree reads: each
 * team followed by its own sub-teams, siblings by name in the reader's `locale` (a chosen team
 * under another chosen one comes under it, not before its parent, whatever order the SharePoint
 * list keeps). Ids not in `teams` come last, as given. Viva Goals' team page has a "Sub-teams"
 * tab for them: https://learn.microsoft.com/viva/goals/create-and-edit-teams-and-subteams
 */
export function withSubTeams(
  teamIds: readonly string[],
  teams: readonly Team[],
  locale: string,
): string[] {
  const chosen = new Set(
    teamIds.flatMap((id) => [id, ...subTeams(id, teams, locale).map((t) => t.id)]),
  );
  const inTree = teamTree(teams, locale)
    .map(({ team }) => team.id)
    .filter((id) => chosen.has(id));
  return [...inTree, ...[...chosen].filter((id) => !inTree.includes(id))];
}
