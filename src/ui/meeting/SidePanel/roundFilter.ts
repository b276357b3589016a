import type { KeyResult, Objective, Person, Team } from '../../../core/model';
import { teamTreeInOrder, withTeamsUnder } from '../../../core/team-tree';
import { readersCollator } from '../../../core/collation';
import { browserStorage } from '../../app/browserStorage';

/**
 * Which key results a coach narrows a check-in round to in the side panel: one team's, one
 * person's, or both; either left out lets everything through.
 */
export interface RoundFilter {
  readonly teamId?: string;
  readonly ownerId?: string;
}

interface Group {
  readonly objective: Objective;
  readonly keyResults: readonly KeyResult[];
}

/**
 * The groups the filter keeps: the objectives of the team and of the teams under it, at any depth
 * among `teams` (as a tab's board shows a parent team with its sub-teams, `withSubTeams`); of
 * those, the owner's whole objectives and the owner's key results of the others (as the board's
 * Owner filter keeps them).
 */
export function roundGroups<G extends Group>(
  groups: readonly G[],
  filter: RoundFilter,
  teams: readonly Team[],
): G[] {
  const { teamId, ownerId } = filter;
  const teamIds = teamId ? withTeamsUnder(teamId, teams) : undefined;
  return groups.flatMap((group) => {
    if (teamIds && !teamIds.has(group.objective.teamId)) return [];
    if (!ownerId || group.objective.owner?.id === ownerId) return [group];
    const keyResults = group.keyResults.filter((kr) => kr.owner?.id === ownerId);
    return keyResults.length ? [{ ...group, keyResults }] : [];
  });
}

/** A team to narrow the round to, at its depth in the team tree of the teams offered. */
export interface TeamChoice {
  readonly team: Team;
  readonly depth: number;
  /** The team it sits under among those offered; none at the top. */
  readonly parent?: Team;
}

/**
 * The teams with objectives, and the teams above them (a team narrows the round to its sub-teams'
 * objectives too, so one that owns none itself still gathers theirs), as a tree: each under the
 * nearest of its parents offered (parents before their sub-teams, siblings in the board's order);
 * and the owners of any, A to Z as a reader of `locale` (the app's language) files them.
 */
export function roundFilterChoices(
  teams: readonly Team[],
  groups: readonly Group[],
  locale: string,
): { readonly teams: readonly TeamChoice[]; readonly owners: readonly Person[] } {
  const owners = new Map<string, Person>();
  for (const { objective, keyResults } of groups) {
    for (const owner of [objective.owner, ...keyResults.map((kr) => kr.owner)]) {
      if (owner) owners.set(owner.id, owner);
    }
  }
  const byName = readersCollator(locale);
  return {
    teams: teamChoices(teams, withTeamsAbove(groups, teams)),
    owners: [...owners.values()].sort((a, b) => byName.compare(a.displayName, b.displayName)),
  };
}

function withTeamsAbove(groups: readonly Group[], teams: readonly Team[]): ReadonlySet<string> {
  const byId = new Map(teams.map((team) => [team.id, team]));
  const offered = new Set<string>();
  for (const { objective } of groups) {
    // A loop of parent links ends where it meets a team already offered.
    for (let id: string | undefined = objective.teamId; id && !offered.has(id);) {
      offered.add(id);
      id = byId.get(id)?.parentTeamId;
    }
  }
  return offered;
}

function teamChoices(teams: readonly Team[], offered: ReadonlySet<string>): TeamChoice[] {
  const byId = new Map(teams.map((team) => [team.id, team]));
  const nearestOffered = (team: Team): Team | undefined => {
    const seen = new Set([team.id]);
    for (let id = team.parentTeamId; id && !seen.has(id); id = byId.get(id)?.parentTeamId) {
      seen.add(id);
      if (offered.has(id)) return byId.get(id);
    }
    return undefined;
  };
  const shown = teams.filter((team) => offered.has(team.id));
  const parents = new Map(shown.map((team) => [team.id, nearestOffered(team)]));
  const tree = teamTreeInOrder(
    shown.map(({ parentTeamId: _, ...team }) => {
      const parent = parents.get(team.id);
      return parent ? { ...team, parentTeamId: parent.id } : team;
    }),
  );
  // Teams that sit under each other in a loop have no place in the tree: listed at its top.
  const placed = new Set(tree.map(({ team }) => team.id));
  return [
    ...tree.map(({ team, depth }) => ({ team: byId.get(team.id)!, depth })),
    ...shown.filter((team) => !placed.has(team.id)).map((team) => ({ team, depth: 0 })),
  ].map((choice) => {
    const parent = choice.depth > 0 ? parents.get(choice.team.id) : undefined;
    return parent ? { ...choice, parent } : choice;
  });
}

/**
 * Where a meeting keeps its side panel's filter: by the meeting, in this browser's storage (as a
 * tab keeps its sub-teams, `subTeamsMemory`), so the panel opened again in the same meeting
 * narrows the round as it was left.
 */
export const roundFilterKey = (meetingId: string): string => `okr-coach:round-filter:${meetingId}`;

/** The filter kept for the meeting, or none (none kept, or storage refused). */
export function rememberedRoundFilter(key: string | undefined): RoundFilter {
  if (!key) return {};
  try {
    const kept: unknown = JSON.parse(browserStorage()?.get(key) ?? 'null');
    if (!kept || typeof kept !== 'object') return {};
    const { teamId, ownerId } = kept as Record<string, unknown>;
    return {
      ...(typeof teamId === 'string' ? { teamId } : {}),
      ...(typeof ownerId === 'string' ? { ownerId } : {}),
    };
  } catch {
    return {};
  }
}

/** Keeps the filter for the meeting; where storage is refused, it lasts while the panel is open. */
export function rememberRoundFilter(key: string | undefined, filter: RoundFilter): void {
  if (!key) return;
  const storage = browserStorage();
  if (filter.teamId || filter.ownerId) storage?.set(key, JSON.stringify(filter));
  else storage?.remove(key);
}
