import type { CheckIn, KeyResult } from '../../core/model';
import type { Board, BoardChanges } from '../../store/repository';
import type { CheckInHistory } from './boardView';

/** How often an open board asks for what changed elsewhere (a stage round, Excel, a colleague). */
export const liveRefreshMs = 10_000;

function merge<T extends { readonly id: string }>(
  items: readonly T[],
  changed: readonly T[],
  removed: readonly string[],
): readonly T[] {
  if (changed.length === 0 && removed.length === 0) return items;
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const id of removed) byId.delete(id);
  for (const item of changed) byId.set(item.id, item);
  return [...byId.values()];
}

/**
 * A board and its history with changes made elsewhere applied: what changed replaces what is
 * shown, what left the board goes, new check-ins join their KR's history (once, by client id,
 * in time order). KRs count only under an objective the board shows.
 */
export function applyBoardChanges(
  board: Board,
  history: CheckInHistory,
  changes: BoardChanges,
): [Board, CheckInHistory] {
  const { removed } = changes;
  const lists = [changes.objectives, changes.keyResults, changes.initiatives, changes.checkIns];
  if ([...lists, ...Object.values(removed)].every((list) => list.length === 0)) {
    return [board, history];
  }
  const objectives = merge(board.objectives, changes.objectives, removed.objectives);
  const shown = new Set(objectives.map((objective) => objective.id));
  const keyResults = merge(board.keyResults, changes.keyResults, removed.keyResults).filter(
    (keyResult: KeyResult) => shown.has(keyResult.objectiveId),
  );
  const initiatives = merge(board.initiatives, changes.initiatives, removed.initiatives);
  let nextHistory = history;
  if (changes.checkIns.length > 0 || removed.checkIns.length > 0) {
    const gone = new Set(removed.checkIns);
    const next = new Map<string, CheckIn[]>();
    for (const [id, checkIns] of history) {
      next.set(
        id,
        checkIns.filter((checkIn) => !checkIn.id || !gone.has(checkIn.id)),
      );
    }
    for (const checkIn of changes.checkIns) {
      const list = next.get(checkIn.keyResultId) ?? [];
      if (list.some((known) => known.clientId === checkIn.clientId)) continue;
      next.set(
        checkIn.keyResultId,
        [...list, checkIn].sort((a, b) => a.at.localeCompare(b.at)),
      );
    }
    nextHistory = next;
  }
  return [{ ...board, objectives, keyResults, initiatives }, nextHistory];
}
