/**
 * The team tree's order, apart from `teams.ts`: a page's first screen that lists teams as a tree
 * (the meeting side panel's) takes this, not the validation messages `teams.ts` brings. Pure.
 */
import { readersCollator } from './collation';
import type { Team } from './model';

/**
 * Teams in tree order (parents first, siblings by name as a reader of `locale`, the app's
 * language, files them: `readersCollator`), with their depth for indenting.
 */
export function teamTree(
  teams: readonly Team[],
  locale: string,
): { readonly team: Team; readonly depth: number }[] {
  const byName = readersCollator(locale);
  return treeOf(teams, (siblings) => [...siblings].sort((a, b) => byName.compare(a.name, b.name)));
}

/** Teams in tree order (parents first), siblings in the order given, with their depth. */
export function teamTreeInOrder(
  teams: readonly Team[],
): { readonly team: Team; readonly depth: number }[] {
  return treeOf(teams, (siblings) => siblings);
}

/** The teams under a team, at any depth, in tree order (siblings by name in `locale`). */
export function subTeams(teamId: string, teams: readonly Team[], locale: string): Team[] {
  return under(teamId, teamTree(teams, locale));
}

/**
 * The team and every team under it, at any depth, as the team tree reads them: a team in a loop
 * of parent links, which the tree cannot place, has none under it, and none of the loop with it.
 */
export function withTeamsUnder(teamId: string, teams: readonly Team[]): ReadonlySet<string> {
  return new Set([teamId, ...under(teamId, teamTreeInOrder(teams)).map((team) => team.id)]);
}

function under(teamId: string, tree: readonly { readonly team: Team; readonly depth: number }[]) {
  const at = tree.findIndex((entry) => entry.team.id === teamId);
  if (at < 0) return [];
  const depth = tree[at]!.depth;
  const after = tree.slice(at + 1);
  const end = after.findIndex((entry) => entry.depth <= depth);
  return (end < 0 ? after : after.slice(0, end)).map((entry) => entry.team);
}

function treeOf(
  teams: readonly Team[],
  ordered: (siblings: readonly Team[]) => readonly Team[],
): { readonly team: Team; readonly depth: number }[] {
  const ids = new Set(teams.map((team) => team.id));
  const children = new Map<string | undefined, Team[]>();
  for (const team of teams) {
    const parent = team.parentTeamId && ids.has(team.parentTeamId) ? team.parentTeamId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), team]);
  }
  const tree: { team: Team; depth: number }[] = [];
  const visit = (parent: string | undefined, depth: number, seen: Set<string>) => {
    for (const team of ordered(children.get(parent) ?? [])) {
      if (seen.has(team.id)) continue;
      seen.add(team.id);
      tree.push({ team, depth });
      visit(team.id, depth + 1, seen);
    }
  };
  visit(undefined, 0, new Set());
  return tree;
}
