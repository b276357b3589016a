import { coachKeyResult, coachObjective, isBlocking, type Finding } from '../../core/coaching';
import { unalignedObjectives } from '../../core/alignment';
import { confidenceTrend } from '../../core/confidence';
import { isRolledUp } from '../../core/roll-up';
import { daysBetween } from '../../core/dates';
import { isOverdue } from '../../core/initiatives';
import type { Initiative, IsoDate, KeyResult, Objective, Team } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import type { Board } from '../../store/repository';
import { dayOf } from '../app/day-of';
import type { CheckInHistory } from '../board/boardView';

/** An objective or a KR the coach view lists, to open, check in on or edit. */
export type CoachItem =
  | { readonly kind: 'objective'; readonly objective: Objective }
  | { readonly kind: 'keyResult'; readonly keyResult: KeyResult };

export interface WeakOkr {
  readonly item: CoachItem;
  readonly title: string;
  readonly findings: readonly Finding[];
}

/** Health across teams, for a coach: what needs a conversation this week. */
export interface CoachHealth {
  /** KRs with no check-in for longer than the operating model allows. */
  readonly staleKeyResults: readonly {
    readonly keyResult: KeyResult;
    readonly daysSinceCheckIn?: number;
  }[];
  readonly fallingConfidence: readonly {
    readonly keyResult: KeyResult;
    readonly previous: number;
    readonly latest: number;
  }[];
  /** Objectives of sub-teams that align to nothing. */
  readonly unaligned: readonly Objective[];
  /** OKRs whose wording the coaching engine flags (warnings and errors, not soft hints). */
  readonly weaklyWritten: readonly WeakOkr[];
  /** Teams with KRs none of which was checked in within one check-in cadence. */
  readonly quietTeams: readonly Team[];
  /** Initiatives past their due day and still open, with the KR they work towards. */
  readonly overdueInitiatives: readonly {
    readonly initiative: Initiative;
    readonly keyResult: KeyResult;
  }[];
}

/**
 * `teamIds` limits what is reported to those teams (a channel tab's): the whole board is still
 * read, so an objective aligned to another team's counts as aligned.
 */
export function coachHealth(
  board: Board,
  history: CheckInHistory,
  model: OperatingModel,
  today: IsoDate,
  teamIds?: readonly string[],
): CoachHealth {
  const context = { model, locale: model.locale, objectives: board.objectives, teams: board.teams };
  const objectivesById = new Map(board.objectives.map((o) => [o.id, o]));
  const teamOf = (keyResult: KeyResult) => objectivesById.get(keyResult.objectiveId)?.teamId;
  const inScope = (teamId: string | undefined) =>
    !teamIds || (teamId !== undefined && teamIds.includes(teamId));
  const objectives = board.objectives.filter((objective) => inScope(objective.teamId));
  const keyResults = board.keyResults.filter((keyResult) => inScope(teamOf(keyResult)));
  const teams = board.teams.filter((team) => inScope(team.id));
  // A closed cycle is over: nothing in it waits for a check-in, nor is late.
  const running = board.cycle.state !== 'closed';
  const staleKeyResults: CoachHealth['staleKeyResults'][number][] = [];
  const fallingConfidence: CoachHealth['fallingConfidence'][number][] = [];
  for (const keyResult of running ? keyResults : []) {
    const trend = confidenceTrend(history.get(keyResult.id) ?? [], today, model, dayOf);
    // A KR rolled up from its sources moves with their check-ins: it is never stale itself.
    if (trend.trend === 'stale' && !isRolledUp(keyResult)) {
      staleKeyResults.push({
        keyResult,
        ...(trend.daysSinceCheckIn === undefined
          ? {}
          : { daysSinceCheckIn: trend.daysSinceCheckIn }),
      });
    } else if (
      trend.trend === 'falling' &&
      trend.latest !== undefined &&
      trend.previous !== undefined
    ) {
      fallingConfidence.push({ keyResult, previous: trend.previous, latest: trend.latest });
    }
  }

  const wordingOnly = (finding: Finding) =>
    isBlocking(finding) &&
    (finding.rule.startsWith('objective.') || finding.rule.startsWith('key-result.'));
  const weaklyWritten: WeakOkr[] = [
    ...objectives.map((objective) => ({
      item: { kind: 'objective', objective } as const,
      title: objective.title,
      findings: coachObjective(objective, board.keyResults, context).filter(wordingOnly),
    })),
    ...keyResults.map((keyResult) => ({
      item: { kind: 'keyResult', keyResult } as const,
      title: keyResult.title,
      findings: coachKeyResult(
        keyResult,
        objectivesById.get(keyResult.objectiveId),
        context,
      ).filter(wordingOnly),
    })),
  ].filter((weak) => weak.findings.length > 0);

  const recent = (keyResult: KeyResult) =>
    keyResult.lastCheckInAt !== undefined &&
    daysBetween(dayOf(keyResult.lastCheckInAt), today) <= model.checkIn.cadenceDays;
  const quietTeams = teams.filter((team) => {
    if (!running) return false;
    const own = keyResults.filter((kr) => teamOf(kr) === team.id);
    return own.length > 0 && !own.some(recent);
  });

  const keyResultsById = new Map(keyResults.map((keyResult) => [keyResult.id, keyResult]));
  const overdueInitiatives = board.initiatives.flatMap((initiative) => {
    const keyResult = keyResultsById.get(initiative.keyResultId);
    return running && keyResult && isOverdue(initiative, today) ? [{ initiative, keyResult }] : [];
  });

  return {
    staleKeyResults,
    fallingConfidence,
    unaligned: unalignedObjectives(board.objectives, board.teams).filter((objective) =>
      inScope(objective.teamId),
    ),
    weaklyWritten,
    quietTeams,
    overdueInitiatives,
  };
}
