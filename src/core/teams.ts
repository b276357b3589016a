/** The team tree: where a team may sit, and the chain that would make a loop. Pure. */
import { validationIssue, type ValidationIssue } from './issues';
import type { Team } from './model';
import { teamTree } from './team-tree';

export { subTeams, teamTree, teamTreeInOrder } from './team-tree';

/**
 * A team may not sit under itself or one of its own sub-teams. Returns the issue naming the
 * loop (`Sales → EMEA → Sales`), or nothing.
 */
export function validateTeamParent(
  team: Pick<Team, 'id' | 'name'>,
  parentTeamId: string | undefined,
  teams: readonly Team[],
  locale = 'en',
): ValidationIssue | undefined {
  if (!parentTeamId) return undefined;
  const byId = new Map(teams.map((t) => [t.id, t]));
  const chain = [team.name];
  const seen = new Set<string>();
  for (
    let id: string | undefined = parentTeamId;
    id && !seen.has(id);
    id = byId.get(id)?.parentTeamId
  ) {
    seen.add(id);
    chain.push(byId.get(id)?.name ?? id);
    if (id === team.id) {
      return validationIssue(
        'teamOwnAncestor',
        'parentTeamId',
        { chain: chain.join(' → ') },
        locale,
      );
    }
  }
  return undefined;
}

/** Items of one team, as `groupByTeam` gathers them; `team` is undefined for an unknown id. */
export interface TeamGroup<T> {
  readonly teamId: string;
  readonly team: Team | undefined;
  readonly items: readonly T[];
}

/**
 * Items by their team, teams in tree order (parents first, siblings by name in `locale`), each
 * team once and only with items; items of a team not in `teams` come last, under their team id.
 */
export function groupByTeam<T>(
  items: readonly T[],
  teams: readonly Team[],
  teamIdOf: (item: T) => string,
  locale: string,
): TeamGroup<T>[] {
  const groups = new Map<string, { teamId: string; team: Team | undefined; items: T[] }>();
  for (const team of [...teamTree(teams, locale).map(({ team }) => team), ...teams]) {
    if (!groups.has(team.id)) groups.set(team.id, { teamId: team.id, team, items: [] });
  }
  for (const item of items) {
    const teamId = teamIdOf(item);
    const group = groups.get(teamId) ?? { teamId, team: undefined, items: [] };
    group.items.push(item);
    groups.set(teamId, group);
  }
  return [...groups.values()].filter((group) => group.items.length > 0);
}

/**
 * Whether text is a Microsoft 365 group's id (a GUID, as Graph's group `id` and the Teams admin
 * center's "Group id" show it: https://learn.microsoft.com/en-us/graph/api/resources/group).
 */
export const isGroupId = (text: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text.trim());

/**
 * The group id in what someone pasted: the id itself, or a Teams link to the team or one of its
 * channels ("Get link to team"), which names it in its `groupId` parameter
 * (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-teams).
 * Lower case, as Graph writes ids; undefined when neither holds one.
 */
export function groupIdIn(pasted: string): string | undefined {
  const text = pasted.trim();
  if (isGroupId(text)) return text.toLowerCase();
  let link: URL;
  try {
    link = new URL(text);
  } catch {
    return undefined;
  }
  const id = link.searchParams.get('groupId') ?? '';
  return isGroupId(id) ? id.trim().toLowerCase() : undefined;
}
