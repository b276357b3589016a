import { daysBetween, toIsoDate } from '../../core/dates';
import { defaultLocale } from '../../core/i18n';
import type { IsoDate } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import type { Board } from '../../store/repository';
import { programmeSayFor, type ProgrammeSay } from './programme-words';

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
  say: ProgrammeSay = programmeSayFor(undefined, defaultLocale),
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
  const compare = (
    count: (model: OperatingModel) => number,
    sentence: Parameters<ProgrammeSay>[0],
    limit?: number,
  ) => {
    const before = count(saved);
    const after = count(next);
    if (after !== before)
      said.push({
        sentence: say(sentence, { count: after, before, limit: limit ?? 0 }),
        intent: after > before ? 'warning' : 'success',
      });
  };
  compare(
    tooMany,
    '{count} {count|objective now exceeds|objectives now exceed} the limit of {limit} {limit|KR|KRs} ({before} with the saved model).',
    next.limits.keyResultsPerObjective.max,
  );
  compare(
    tooFew,
    '{count} {count|objective has|objectives have} fewer than {limit} {limit|KR|KRs} ({before} with the saved model).',
    next.limits.keyResultsPerObjective.min,
  );
  compare(
    crowdedTeams,
    '{count} {count|team has|teams have} more than {limit} {limit|objective|objectives} ({before} with the saved model).',
    next.limits.objectivesPerTeam.max,
  );
  compare(
    stale,
    '{count} {count|key result counts|key results count} as stale ({before} with the saved model).',
  );
  if (!next.allowAspirational && saved.allowAspirational) {
    const aspirational = board.objectives.filter((o) => o.commitment === 'aspirational').length;
    if (aspirational > 0) {
      said.push({
        sentence: say(
          '{count} {count|aspirational objective|aspirational objectives} would have to become committed before their next save.',
          { count: aspirational },
        ),
        intent: 'warning',
      });
    }
  }
  if (next.checkIn.cadenceDays !== saved.checkIn.cadenceDays) {
    said.push({
      sentence: say(
        'Check-ins come every {count} {count|day|days} instead of {before}; coaching plans made from now on use the new rhythm.',
        { count: next.checkIn.cadenceDays, before: saved.checkIn.cadenceDays },
      ),
      intent: 'info',
    });
  }
  return said;
}
