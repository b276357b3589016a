import type { CheckIn, KeyResult } from '../../core/model';
import type { Board, BoardChanges } from '../../store/repository';
import type { CheckInHistory } from './boardView';

/** How often an open board asks for what changed elsewhere (a stage round, Excel, a colleague). */
export const liveRefreshMs = 10_000;

/**
 * A KR's history with a check-in added, in time order as the store reads it: one recorded for an
 * earlier day, here or elsewhere, goes in on that day, not after the latest.
 */
export function inTimeOrder(history: readonly CheckIn[], checkIn: CheckIn): CheckIn[] {
  return [...history, checkIn].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function merge<T extends { readonly id: string }>(
  items: readonly T[],
  changed: readonly T[],
  removed: readonly string[],
): readonly T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  // What the board already shows as it is is no change (the token's own writes, a race).
  const fresh = changed.filter((item) => {
    const shown = byId.get(item.id);
    return !shown || JSON.stringify(shown) !== JSON.stringify(item);
  });
  const gone = removed.filter((id) => byId.has(id));
  if (fresh.length === 0 && gone.length === 0) return items;
  for (const id of gone) byId.delete(id);
  for (const item of fresh) byId.set(item.id, item);
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
  const merged = merge(board.keyResults, changes.keyResults, removed.keyResults);
  const shown = new Set(objectives.map((objective) => objective.id));
  const keyResults =
    objectives === board.objectives && merged === board.keyResults
      ? merged
      : merged.filter((keyResult: KeyResult) => shown.has(keyResult.objectiveId));
  const initiatives = merge(board.initiatives, changes.initiatives, removed.initiatives);
  const gone = new Set(removed.checkIns);
  const known = new Map([...history.values()].flat().map((checkIn) => [checkIn.clientId, checkIn]));
  const added = changes.checkIns.filter((checkIn) => !known.has(checkIn.clientId));
  // A check-in shown already comes back changed when someone corrected it.
  const corrected = new Map(
    changes.checkIns
      .filter((checkIn) => {
        const shown = known.get(checkIn.clientId);
        return shown !== undefined && shown.version !== checkIn.version;
      })
      .map((checkIn) => [checkIn.clientId, checkIn]),
  );
  const dropped = [...history.values()].flat().some((c) => c.id !== undefined && gone.has(c.id));
  let nextHistory = history;
  if (added.length > 0 || corrected.size > 0 || dropped) {
    const next = new Map<string, CheckIn[]>();
    for (const [id, checkIns] of history) {
      next.set(
        id,
        checkIns
          .filter((checkIn) => checkIn.id === undefined || !gone.has(checkIn.id))
          .map((checkIn) => corrected.get(checkIn.clientId) ?? checkIn),
      );
    }
    for (const checkIn of added) {
      const list = next.get(checkIn.keyResultId) ?? [];
      next.set(checkIn.keyResultId, inTimeOrder(list, checkIn));
    }
    nextHistory = next;
  }
  const same =
    objectives === board.objectives &&
    keyResults === board.keyResults &&
    initiatives === board.initiatives;
  return [same ? board : { ...board, objectives, keyResults, initiatives }, nextHistory];
}
