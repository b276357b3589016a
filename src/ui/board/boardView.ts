import {
  confidenceBand,
  needsCheckIn,
  noOwner,
  progressRange,
  type BoardFilter,
} from '../../core/board-filter';
import { confidenceTrend } from '../../core/confidence';
import { checkInsOpenOn } from '../../core/cycles';
import { isOverdue } from '../../core/initiatives';
import type {
  CheckIn,
  Contributor,
  Initiative,
  IsoDate,
  KeyResult,
  Mutable,
  Objective,
  Person,
} from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import { cyclePace, keyResultStatus, objectiveStatus, type CyclePace } from '../../core/pace';
import { rollUpProgress, type ProgressRollUp } from '../../core/roll-up';
import type { Board } from '../../store/repository';
import { dayOf } from '../app/day-of';
import type { TrendDirection } from '../components/ConfidenceTrend/ConfidenceTrend';
import type { KeyResultTrends, KeyResultView, ObjectiveView, TeamView } from './boardView.types';

export type CheckInHistory = ReadonlyMap<string, readonly CheckIn[]>;

const noInitiatives: readonly Initiative[] = [];

/** The OKRs a board rolls progress up over, and the title of each, to name a KR's sources. */
interface RollUpContext {
  readonly rollUp: ProgressRollUp;
  readonly titleOf: (contributor: Contributor) => string;
}

/**
 * What every KR view of a board reads of its cycle today, read once for the board: a board of
 * thousands would otherwise read the same dates again for each KR, in code still cold at its
 * first build.
 */
interface BoardToday {
  readonly board: Board;
  readonly model: OperatingModel;
  readonly today: IsoDate;
  readonly pace: CyclePace;
  /**
   * Check-ins are taken while the cycle runs: not while it is planned, nor before its first
   * day, nor once it is closed.
   */
  readonly checkInsTaken: boolean;
  readonly checkInsOpenOn: IsoDate | undefined;
  /** A closed cycle's work is over: none of it is late any more. */
  readonly lateWorkShown: boolean;
}

function keyResultView(
  keyResult: KeyResult,
  initiatives: ReadonlyMap<string, readonly Initiative[]>,
  { board, model, today, pace, checkInsTaken, checkInsOpenOn, lateWorkShown }: BoardToday,
  { rollUp, titleOf }: RollUpContext,
): KeyResultView {
  const progress = rollUp.keyResult(keyResult);
  const sources = keyResult.rolledUpFrom?.length ? rollUp.sources(keyResult) : undefined;
  const work = initiatives.get(keyResult.id) ?? noInitiatives;
  const overdue =
    lateWorkShown && work.length > 0
      ? work.filter((initiative) => isOverdue(initiative, today))
      : noInitiatives;
  const view: Mutable<KeyResultView> = {
    keyResult,
    progress,
    status: keyResultStatus(keyResult, board.cycle, today, model, progress, pace),
    // Its sources are checked in, not the KR itself, when any is on the board.
    needsCheckIn:
      checkInsTaken &&
      !sources?.found.length &&
      needsCheckIn(keyResult, progress, today, model, dayOf),
    initiatives: work,
  };
  if (checkInsOpenOn) view.checkInsOpenOn = checkInsOpenOn;
  if (overdue.length > 0) {
    view.overdueInitiatives = new Set(overdue.map((initiative) => initiative.id));
  }
  if (sources) {
    view.rolledUpFrom = {
      sources: sources.found.map(({ contributor, progress: reached }) => ({
        title: titleOf(contributor),
        weight: contributor.weight,
        progress: reached,
      })),
      elsewhere: sources.missing,
    };
  }
  return view;
}

function initiativesByKeyResult(board: Board): Map<string, Initiative[]> {
  const grouped = new Map<string, Initiative[]>();
  for (const initiative of board.initiatives) {
    const list = grouped.get(initiative.keyResultId) ?? [];
    list.push(initiative);
    grouped.set(initiative.keyResultId, list);
  }
  return grouped;
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
 * its teams in the order of `teamIds` where the board is asked for teams (a parent team with its
 * sub-teams, as the team tree reads), else as the board lists them. Teams without objectives are
 * left out. An objective's progress and
 * status roll up from the `whole` board's KRs (every KR it has, also those a filtered board, such
 * as My OKRs, does not show), so it reads the same everywhere; so does a KR rolled up from the OKRs
 * aligned to it (Viva Goals' "Update from Children"), with where its progress comes from.
 * Their confidence trends come from the check-in history, apart (`keyResultTrends`).
 */
export function buildBoardView(
  board: Board,
  model: OperatingModel,
  today: IsoDate,
  whole: Pick<Board, 'objectives' | 'keyResults'> = board,
  teamIds?: readonly string[],
): TeamView[] {
  const allKeyResults = whole.keyResults;
  const keyResultsByObjective = byObjective(board.keyResults);
  const rollUpByObjective =
    allKeyResults === board.keyResults ? keyResultsByObjective : byObjective(allKeyResults);
  const objectivesById = new Map(board.objectives.map((objective) => [objective.id, objective]));
  const initiatives = initiativesByKeyResult(board);
  // Looked up only for KRs rolled up from others, which most boards have few of, if any: made
  // for every OKR of a board of thousands, the titles took a good part of its first build.
  let titles: ReadonlyMap<string, string> | undefined;
  const rollUps: RollUpContext = {
    rollUp: rollUpProgress(whole.objectives, allKeyResults),
    titleOf: (contributor) => {
      titles ??= new Map([
        ...whole.objectives.map((o) => [`objective:${o.id}`, o.title] as const),
        ...allKeyResults.map((kr) => [`keyResult:${kr.id}`, kr.title] as const),
      ]);
      return titles.get(`${contributor.kind}:${contributor.id}`) ?? '';
    },
  };
  const { cycle } = board;
  const boardToday: BoardToday = {
    board,
    model,
    today,
    pace: cyclePace(cycle, today, model),
    checkInsTaken: cycle.state === 'active' && today >= cycle.start,
    checkInsOpenOn: checkInsOpenOn(cycle, today),
    lateWorkShown: cycle.state !== 'closed',
  };
  const objectivesByTeam = new Map<string, ObjectiveView[]>();
  for (const objective of board.objectives) {
    const keyResults = keyResultsByObjective.get(objective.id) ?? [];
    const rollUp = rollUpByObjective.get(objective.id) ?? [];
    const parent = objective.parentId ? objectivesById.get(objective.parentId) : undefined;
    const progress = rollUps.rollUp.objective(objective.id);
    const view: ObjectiveView = {
      objective,
      progress,
      status: objectiveStatus(objective, rollUp, cycle, today, model, progress, boardToday.pace),
      keyResults: keyResults.map((kr) => keyResultView(kr, initiatives, boardToday, rollUps)),
      ...(parent ? { parent } : {}),
    };
    const list = objectivesByTeam.get(objective.teamId) ?? [];
    list.push(view);
    objectivesByTeam.set(objective.teamId, list);
  }
  // The SharePoint list's order may put a sub-team before its parent.
  const ordered = teamIds
    ? [...new Set(teamIds)].flatMap((id) => board.teams.filter((team) => team.id === id))
    : board.teams;
  return ordered.flatMap((team) => {
    const objectives = objectivesByTeam.get(team.id);
    return objectives ? [{ team, objectives }] : [];
  });
}

/**
 * Each KR's confidence trend, by its id, from the cycle's check-in history: apart from the board's
 * views, so that the history, which comes after a large board is shown, adds only this to them
 * (a second tree of every objective's and KR's views, which React would keep as well).
 */
export function keyResultTrends(
  history: CheckInHistory,
  model: OperatingModel,
  today: IsoDate,
): KeyResultTrends {
  const trends = new Map<string, TrendDirection>();
  for (const [keyResultId, checkIns] of history) {
    const { trend } = confidenceTrend(checkIns, today, model, dayOf);
    if (trend !== 'stale') trends.set(keyResultId, trend);
  }
  return trends;
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

function includes(haystack: string | undefined, needle: string): boolean {
  return haystack !== undefined && haystack.toLocaleLowerCase().includes(needle);
}

function keyResultMatches(
  view: KeyResultView,
  objective: Objective,
  filter: BoardFilter,
  scale: OperatingModel['confidenceScale'],
): boolean {
  const { keyResult } = view;
  const owners = filter.ownerIds;
  if (
    owners?.length &&
    !owners.includes(keyResult.owner?.id ?? noOwner) &&
    !(objective.owner && owners.includes(objective.owner.id))
  ) {
    return false;
  }
  if (filter.statuses?.length && !filter.statuses.includes(view.status)) return false;
  if (filter.confidence?.length) {
    const band = confidenceBand(keyResult.confidence, scale);
    if (!band || !filter.confidence.includes(band)) return false;
  }
  if (filter.progress?.length && !filter.progress.includes(progressRange(keyResult, view.progress)))
    return false;
  return !filter.needsCheckIn || view.needsCheckIn;
}

function keyResultFound(view: KeyResultView, needle: string): boolean {
  const { keyResult } = view;
  return (
    includes(keyResult.title, needle) ||
    includes(keyResult.unit, needle) ||
    includes(keyResult.owner?.displayName, needle) ||
    view.initiatives.some((initiative) => includes(initiative.title, needle))
  );
}

function objectiveFound(view: ObjectiveView, needle: string): boolean {
  const { objective } = view;
  return (
    includes(objective.title, needle) ||
    includes(objective.description, needle) ||
    includes(objective.owner?.displayName, needle)
  );
}

/**
 * The board narrowed by a filter. The search finds objectives (title, description, owner) with
 * all their KRs, and otherwise the KRs it finds (title, unit, owner, initiatives); the other filters
 * keep KRs (owner, status, confidence band, progress range, needing a check-in) and the team filter objectives.
 * An objective stays when a KR of it stays, or, with no KR filter set, when the search found it.
 * Progress and status are the objective's own, whatever is hidden.
 */
export function filterBoardView(
  teams: readonly TeamView[],
  filter: BoardFilter,
  scale: OperatingModel['confidenceScale'],
): TeamView[] {
  const needle = filter.search?.trim().toLocaleLowerCase() ?? '';
  const keyResultFilters =
    !!filter.ownerIds?.length ||
    !!filter.statuses?.length ||
    !!filter.confidence?.length ||
    !!filter.progress?.length ||
    !!filter.needsCheckIn;
  // Nothing narrows the board (as it first shows): every view stays as it is, unread.
  if (needle === '' && !keyResultFilters && !filter.teamIds?.length) {
    return teams.filter((teamView) => teamView.objectives.length > 0);
  }
  return teams.flatMap((teamView) => {
    if (filter.teamIds?.length && !filter.teamIds.includes(teamView.team.id)) return [];
    const objectives = teamView.objectives.flatMap((view) => {
      const wholeObjective = needle === '' || objectiveFound(view, needle);
      const keyResults = view.keyResults.filter(
        (kr) =>
          (wholeObjective || keyResultFound(kr, needle)) &&
          keyResultMatches(kr, view.objective, filter, scale),
      );
      if (keyResults.length > 0) {
        return [keyResults.length === view.keyResults.length ? view : { ...view, keyResults }];
      }
      return wholeObjective && !keyResultFilters ? [view] : [];
    });
    if (objectives.length === 0) return [];
    // Kept as it is only when every objective is (one may stay with fewer of its KRs).
    const unchanged =
      objectives.length === teamView.objectives.length &&
      objectives.every((view, index) => view === teamView.objectives[index]);
    return [unchanged ? teamView : { ...teamView, objectives }];
  });
}
