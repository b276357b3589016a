import type { Person } from '../../core/model';
import type { Board } from '../../store/repository';
import { boardOwnedBy } from '../../ui/board/boardView';

/**
 * The team of the first KR the person owns on the cycle's whole board, if any: a first visit's
 * default, a chunk the pane loads after its first screen (copied into it, not split out of the
 * board's chunks).
 */
export function teamOwnedBy(board: Board, me: Person): string | undefined {
  const owned = boardOwnedBy(board, me);
  const objectiveId = owned.keyResults[0]?.objectiveId;
  return owned.objectives.find((o) => o.id === objectiveId)?.teamId;
}
