import type { Person } from '../../core/model';
import type { Board } from '../../store/repository';
import { boardOwnedBy } from '../../ui/board/boardView';

/**
 * The team most of the person's OKRs are in on the cycle's whole board (their objectives' KRs
 * and the KRs they own elsewhere), a team they own first on a tie, if they have any: a first
 * visit's default, a chunk the pane loads after its first screen (copied into it, not split out
 * of the board's chunks). A lead who owns one KR in another team still gets their own team.
 */
export function teamOwnedBy(board: Board, me: Person): string | undefined {
  const owned = boardOwnedBy(board, me);
  const teamOf = new Map(owned.objectives.map((objective) => [objective.id, objective.teamId]));
  const counts = new Map<string, number>();
  for (const kr of owned.keyResults) {
    const teamId = teamOf.get(kr.objectiveId);
    if (teamId !== undefined) counts.set(teamId, (counts.get(teamId) ?? 0) + 1);
  }
  const leads = (teamId: string) =>
    board.teams.find((team) => team.id === teamId)?.owners?.some((owner) => owner.id === me.id)
      ? 1
      : 0;
  // The sort is stable: on a full tie, the team of the first of the KRs on the board.
  return [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || leads(b) - leads(a),
  )[0];
}
