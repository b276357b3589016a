import { alignedBelow, cyclesWithin, parentsElsewhere } from '../../core/alignment-across-cycles';
import { openCyclesBesides } from '../../core/cycles';
import type { Cycle, Objective } from '../../core/model';
import type { Board, OkrRepository } from '../../store/repository';
import { today } from '../app/today';
import type { ElsewhereObjective, TeamView } from './boardView.types';

/*
 * What a board reads of other boards, once it is painted (`useParentsElsewhere`,
 * `useOkrsElsewhere`): a chunk of its own, so the first screen carries none of it.
 */

/** Objectives that align with a board's but are not on it, each with its cycle. */
export interface AlignedElsewhere {
  /** What the board's objectives align to that it does not hold (another team's, a year's). */
  readonly parents: ReadonlyMap<string, ElsewhereObjective>;
  /**
   * Objectives of the cycles within the board's (a year's quarters) that align to its
   * objectives, directly or through one another: asked for with `below`.
   */
  readonly below: readonly ElsewhereObjective[];
}

/** What to read for a board: its cycle, the objectives aligned to off it, and its own (`below`). */
interface ElsewhereAsk {
  readonly cycle: Pick<Cycle, 'id' | 'start' | 'end'>;
  readonly parentIds: readonly string[];
  /** With `below`, the board's objectives' ids; otherwise none. */
  readonly ownIds: readonly string[];
}

/**
 * What to ask for the board, as a key that changes only when what is asked does (not with every
 * fresher copy of the board); empty when there is nothing to read.
 */
export function elsewhereAsk(board: Pick<Board, 'cycle' | 'objectives'>, below: boolean): string {
  const parentIds = parentsElsewhere(board.objectives);
  const ownIds = below ? board.objectives.map((objective) => objective.id) : [];
  if (parentIds.length === 0 && ownIds.length === 0) return '';
  const { id, start, end } = board.cycle;
  const ask: ElsewhereAsk = { cycle: { id, start, end }, parentIds, ownIds };
  return JSON.stringify(ask);
}

/**
 * What `elsewhereAsk` asked for: the objectives aligned to in one `$batch`, beside the cycles
 * (read already, from the cache) and, when the board's own are asked for, one query of the cycles
 * within its dates.
 */
export async function readAlignedElsewhere(
  repository: Pick<OkrRepository, 'listCycles' | 'loadObjectives' | 'objectivesOfCycles'>,
  asked: string,
  signal: AbortSignal,
): Promise<AlignedElsewhere> {
  const { cycle, parentIds, ownIds } = JSON.parse(asked) as ElsewhereAsk;
  const options = { signal };
  const [cycles, parents] = await Promise.all([
    repository.listCycles(options),
    parentIds.length > 0 ? repository.loadObjectives(parentIds, options) : [],
  ]);
  const within = ownIds.length > 0 ? cyclesWithin(cycle, cycles) : [];
  const candidates =
    within.length > 0
      ? await repository.objectivesOfCycles(
          within.map((each) => each.id),
          options,
        )
      : [];
  const withCycle = (objective: Objective): ElsewhereObjective => {
    const of = cycles.find((each) => each.id === objective.cycleId);
    return of && of.id !== cycle.id ? { objective, cycle: of } : { objective };
  };
  return {
    parents: new Map(parents.map((objective) => [objective.id, withCycle(objective)])),
    below: alignedBelow(
      ownIds.map((id) => ({ id })),
      candidates,
    ).map(withCycle),
  };
}

/**
 * The board's views with the objectives they align to off the board (`parents`, read by
 * `readAlignedElsewhere`) and, when another cycle's, that cycle: what their cards say. A view
 * or team with none is the same object, so its card is not drawn again.
 */
export function withParentsElsewhere(
  teams: readonly TeamView[],
  parents: AlignedElsewhere['parents'],
): TeamView[] {
  return teams.map((team) => {
    let changed = false;
    const objectives = team.objectives.map((view) => {
      const { parentId } = view.objective;
      const elsewhere = !view.parent && parentId ? parents.get(parentId) : undefined;
      if (!elsewhere) return view;
      changed = true;
      const { objective, cycle } = elsewhere;
      return { ...view, parent: objective, ...(cycle ? { parentCycle: cycle } : {}) };
    });
    return changed ? { ...team, objectives } : team;
  });
}

/**
 * The other open cycles (not closed, not ended) that hold the teams' OKRs (all teams' without
 * `teamIds`), nearest first by the current rule: what an empty board names.
 */
export async function readOkrsElsewhere(
  repository: Pick<OkrRepository, 'listCycles' | 'cyclesWithObjectives'>,
  shownId: string,
  teamIds: readonly string[] | undefined,
  signal: AbortSignal,
): Promise<readonly Cycle[]> {
  const cycles = await repository.listCycles({ signal });
  const open = openCyclesBesides(cycles, { id: shownId }, today());
  if (open.length === 0) return [];
  const holding = await repository.cyclesWithObjectives(
    open.map((cycle) => cycle.id),
    teamIds,
    { signal },
  );
  return open.filter((cycle) => holding.has(cycle.id));
}
