import type { KeyResult, Objective, Person, Team } from '../../../core/model';

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
 * The groups the filter keeps: the team's objectives; of those, the owner's whole objectives and
 * the owner's key results of the others (as the board's Owner filter keeps them).
 */
export function roundGroups<G extends Group>(groups: readonly G[], filter: RoundFilter): G[] {
  const { teamId, ownerId } = filter;
  return groups.flatMap((group) => {
    if (teamId && group.objective.teamId !== teamId) return [];
    if (!ownerId || group.objective.owner?.id === ownerId) return [group];
    const keyResults = group.keyResults.filter((kr) => kr.owner?.id === ownerId);
    return keyResults.length ? [{ ...group, keyResults }] : [];
  });
}

/** The teams with objectives, in the board's order, and the owners of any, A to Z. */
export function roundFilterChoices(
  teams: readonly Team[],
  groups: readonly Group[],
  locale: string,
): { readonly teams: readonly Team[]; readonly owners: readonly Person[] } {
  const owners = new Map<string, Person>();
  for (const { objective, keyResults } of groups) {
    for (const owner of [objective.owner, ...keyResults.map((kr) => kr.owner)]) {
      if (owner) owners.set(owner.id, owner);
    }
  }
  return {
    teams: teams.filter((team) => groups.some((group) => group.objective.teamId === team.id)),
    owners: [...owners.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, locale)),
  };
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
    const kept: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
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
  try {
    if (filter.teamId || filter.ownerId) localStorage.setItem(key, JSON.stringify(filter));
    else localStorage.removeItem(key);
  } catch {
    // Kept while the panel is open.
  }
}
