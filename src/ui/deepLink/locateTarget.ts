import type { Cycle, KeyResult, Objective, Team } from '../../core/model';
import type { ItemLinkTarget } from '../../host/types';
import type { Board, OkrRepository, RequestOptions } from '../../store/repository';

/** Where a deep link's objective or KR is: its objective, and the KR when the link named one. */
export interface LocatedTarget {
  readonly objective: Objective;
  readonly keyResult?: KeyResult;
  /** The link asked to check in on the KR (a reminder's link), not to see its history. */
  readonly checkIn?: boolean;
}

/** The target on this board, or undefined when the board does not hold it. */
export function locateOnBoard(board: Board, target: ItemLinkTarget): LocatedTarget | undefined {
  if (target.type === 'objective') {
    const objective = board.objectives.find((candidate) => candidate.id === target.id);
    return objective ? { objective } : undefined;
  }
  const keyResult = board.keyResults.find((candidate) => candidate.id === target.id);
  const objective =
    keyResult && board.objectives.find((candidate) => candidate.id === keyResult.objectiveId);
  if (!keyResult || !objective) return undefined;
  return target.type === 'checkIn'
    ? { objective, keyResult, checkIn: true }
    : { objective, keyResult };
}

/** A target found on some cycle's board, with the team and cycle to show it in. */
export interface FoundTarget extends LocatedTarget {
  readonly cycle: Cycle;
  readonly team: Team | undefined;
}

/**
 * Looks for a target the shown board does not hold: first on `loaded` (the whole board already
 * in hand, e.g. before "My OKRs" filtered it), then in every cycle's board, newest cycle first.
 * Each cycle is one board read, so this costs one request per cycle searched, and only runs when
 * a link points off the board.
 */
export async function findTarget(
  repository: OkrRepository,
  target: ItemLinkTarget,
  loaded: Board | undefined,
  options?: RequestOptions,
): Promise<FoundTarget | undefined> {
  const inBoard = (board: Board): FoundTarget | undefined => {
    const located = locateOnBoard(board, target);
    if (!located) return undefined;
    const team = board.teams.find((candidate) => candidate.id === located.objective.teamId);
    return { ...located, cycle: board.cycle, team };
  };
  const inLoaded = loaded && inBoard(loaded);
  if (inLoaded) return inLoaded;
  const cycles = [...(await repository.listCycles(options))].sort((a, b) =>
    b.start.localeCompare(a.start),
  );
  for (const cycle of cycles) {
    const found = inBoard(await repository.loadBoard({ cycleId: cycle.id }, options));
    if (found) return found;
  }
  return undefined;
}
