import { daysBetween, toIsoDate } from '../../core/dates';
import { formatCount, formatNumber } from '../../core/format';
import type { IsoDate } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import type { Board } from '../../store/repository';

/**
 * One consequence: `warning` when more OKRs break a limit (or must change), `success` when fewer
 * do, `info` for what is neither.
 */
export interface ModelConsequence {
  readonly sentence: string;
  readonly intent: 'warning' | 'success' | 'info';
}

/**
 * What a changed operating model would mean for the current cycle's OKRs, in sentences:
 * "3 objectives now exceed the limit of 5 KRs". Only what differs from the saved model is told.
 */
export function modelConsequences(
  saved: OperatingModel,
  next: OperatingModel,
  board: Board,
  today: IsoDate,
): ModelConsequence[] {
  const said: ModelConsequence[] = [];
  const krCount = (objectiveId: string) =>
    board.keyResults.filter((kr) => kr.objectiveId === objectiveId).length;
  const tooMany = (model: OperatingModel) =>
    board.objectives.filter((o) => krCount(o.id) > model.limits.keyResultsPerObjective.max).length;
  const tooFew = (model: OperatingModel) =>
    board.objectives.filter((o) => krCount(o.id) < model.limits.keyResultsPerObjective.min).length;
  const crowdedTeams = (model: OperatingModel) =>
    board.teams.filter(
      (team) =>
        board.objectives.filter((o) => o.teamId === team.id).length >
        model.limits.objectivesPerTeam.max,
    ).length;
  const stale = (model: OperatingModel) =>
    board.keyResults.filter(
      (kr) =>
        !kr.lastCheckInAt ||
        daysBetween(toIsoDate(kr.lastCheckInAt), today) > model.checkIn.staleAfterDays,
    ).length;
  const compare = (count: (model: OperatingModel) => number, sentence: (n: number) => string) => {
    const before = count(saved);
    const after = count(next);
    if (after !== before)
      said.push({
        sentence: `${sentence(after)} (${formatNumber(before)} with the saved model).`,
        intent: after > before ? 'warning' : 'success',
      });
  };
  compare(
    tooMany,
    (n) =>
      `${formatCount(n, 'objective now exceeds', 'objectives now exceed')} the limit of ${formatCount(next.limits.keyResultsPerObjective.max, 'KR', 'KRs')}`,
  );
  compare(
    tooFew,
    (n) =>
      `${formatCount(n, 'objective has', 'objectives have')} fewer than ${formatCount(next.limits.keyResultsPerObjective.min, 'KR', 'KRs')}`,
  );
  compare(
    crowdedTeams,
    (n) =>
      `${formatCount(n, 'team has', 'teams have')} more than ${formatCount(next.limits.objectivesPerTeam.max, 'objective', 'objectives')}`,
  );
  compare(stale, (n) => `${formatCount(n, 'key result counts', 'key results count')} as stale`);
  if (!next.allowAspirational && saved.allowAspirational) {
    const aspirational = board.objectives.filter((o) => o.commitment === 'aspirational').length;
    if (aspirational > 0) {
      said.push({
        sentence: `${formatCount(aspirational, 'aspirational objective', 'aspirational objectives')} would have to become committed before their next save.`,
        intent: 'warning',
      });
    }
  }
  if (next.checkIn.cadenceDays !== saved.checkIn.cadenceDays) {
    said.push({
      sentence: `Check-ins come every ${formatCount(next.checkIn.cadenceDays, 'day', 'days')} instead of ${formatNumber(saved.checkIn.cadenceDays)}; coaching plans made from now on use the new rhythm.`,
      intent: 'info',
    });
  }
  return said;
}
