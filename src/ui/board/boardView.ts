import { confidenceTrend } from '../../core/confidence';
import type { CheckIn, IsoDate, KeyResult, Objective, Person } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import { keyResultStatus, objectiveStatus } from '../../core/pace';
import { keyResultProgress, objectiveProgress } from '../../core/progress';
import type { Board } from '../../store/repository';
import type { KeyResultView, ObjectiveView, TeamView } from './boardView.types';

export type CheckInHistory = ReadonlyMap<string, readonly CheckIn[]>;

function keyResultView(
  keyResult: KeyResult,
  board: Board,
  history: CheckInHistory,
  model: OperatingModel,
  today: IsoDate,
): KeyResultView {
  const trend = confidenceTrend(history.get(keyResult.id) ?? [], today, model);
  return {
    keyResult,
    progress: keyResultProgress(keyResult),
    status: keyResultStatus(keyResult, board.cycle, today, model),
    stale: trend.trend === 'stale',
    ...(trend.trend === 'stale' ? {} : { trend: trend.trend }),
  };
}

function byObjective(keyResults: readonly KeyResult[]): Map<string, KeyResult[]> {
  const grouped = new Map<string, KeyResult[]>();
  for (const keyResult of keyResults) {
    const list = grouped.get(keyResult.objectiveId) ?? [];
    list.push(keyResult);
    grouped.set(keyResult.objectiveId, list);
  }
  return grouped;
}

/**
 * The board as teams → objectives → KRs with progress, status from pace and confidence trend,
 * in the board's team order. Teams without objectives are left out. An objective's progress and
 * status roll up from `allKeyResults` (every KR it has, also those a filtered board, such as My
 * OKRs, does not show), so it reads the same everywhere.
 */
export function buildBoardView(
  board: Board,
  history: CheckInHistory,
  model: OperatingModel,
  today: IsoDate,
  allKeyResults: readonly KeyResult[] = board.keyResults,
): TeamView[] {
  const keyResultsByObjective = byObjective(board.keyResults);
  const rollUpByObjective =
    allKeyResults === board.keyResults ? keyResultsByObjective : byObjective(allKeyResults);
  const objectivesById = new Map(board.objectives.map((objective) => [objective.id, objective]));
  const objectivesByTeam = new Map<string, ObjectiveView[]>();
  for (const objective of board.objectives) {
    const keyResults = keyResultsByObjective.get(objective.id) ?? [];
    const rollUp = rollUpByObjective.get(objective.id) ?? [];
    const parent = objective.parentId ? objectivesById.get(objective.parentId) : undefined;
    const view: ObjectiveView = {
      objective,
      progress: objectiveProgress(rollUp),
      status: objectiveStatus(objective, rollUp, board.cycle, today, model),
      keyResults: keyResults.map((kr) => keyResultView(kr, board, history, model, today)),
      ...(parent ? { parent } : {}),
    };
    const list = objectivesByTeam.get(objective.teamId) ?? [];
    list.push(view);
    objectivesByTeam.set(objective.teamId, list);
  }
  return board.teams.flatMap((team) => {
    const objectives = objectivesByTeam.get(team.id);
    return objectives ? [{ team, objectives }] : [];
  });
}

function ownedBy(person: Person, owner: Person | undefined): boolean {
  return owner !== undefined && owner.id === person.id;
}

/**
 * Only what the person owns: their objectives (with every KR) and, in others' objectives, the
 * KRs they own.
 */
export function boardOwnedBy(board: Board, person: Person): Board {
  const keyResults = board.keyResults.filter((kr) => ownedBy(person, kr.owner));
  const mine = new Set<string>(keyResults.map((kr) => kr.objectiveId));
  const ownObjectives = new Set(
    board.objectives.filter((o) => ownedBy(person, o.owner)).map((o) => o.id),
  );
  const objectives: Objective[] = board.objectives.filter(
    (o) => ownObjectives.has(o.id) || mine.has(o.id),
  );
  return {
    ...board,
    objectives,
    keyResults: board.keyResults.filter(
      (kr) => ownObjectives.has(kr.objectiveId) || ownedBy(person, kr.owner),
    ),
  };
}
