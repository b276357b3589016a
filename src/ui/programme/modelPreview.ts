import { daysBetween } from '../../core/dates';
import { defaultLocale } from '../../core/i18n';
import type { IsoDate } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import { checkInDays, monthlyCadenceDays } from '../../core/rhythm/schedule';
import type { Board } from '../../store/repository';
import { dayOf } from '../app/day-of';
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
  locale: string = defaultLocale,
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
        daysBetween(dayOf(kr.lastCheckInAt), today) > model.checkIn.staleAfterDays,
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
  const rhythmChanged =
    next.checkIn.cadenceDays !== saved.checkIn.cadenceDays ||
    next.checkIn.day !== saved.checkIn.day;
  if (rhythmChanged) {
    const drifting = driftingCheckInDays(next.checkIn, board.cycle, today, locale);
    if (drifting) {
      said.push({
        sentence: say(
          'With {count} days between check-ins, the check-in day moves through the week ({days}), and reminders with it. They keep to {weekday} with 7, 14 or 21 days, or 30 for the first {weekday} of each month.',
          { count: next.checkIn.cadenceDays, days: drifting.days, weekday: drifting.weekday },
        ),
        intent: 'warning',
      });
    }
  }
  return said;
}

/**
 * The next few check-in days of a cycle when a cadence that is no whole number of weeks (nor the
 * monthly one) takes them off the chosen weekday: `schedule.checkInDays` adds the cadence to
 * the first one, so 10 days from a Monday is a Thursday, then a Sunday.
 */
function driftingCheckInDays(
  checkIn: OperatingModel['checkIn'],
  cycle: Board['cycle'],
  today: IsoDate,
  locale: string,
): { readonly days: string; readonly weekday: string } | undefined {
  if (checkIn.cadenceDays % 7 === 0 || checkIn.cadenceDays === monthlyCadenceDays) return undefined;
  const upcoming = checkInDays(checkIn, cycle).filter((day) => day >= today);
  const days = (upcoming.length >= 2 ? upcoming : checkInDays(checkIn, cycle)).slice(0, 3);
  if (days.length < 2) return undefined;
  const utc = (day: IsoDate) => new Date(`${day}T00:00:00Z`);
  const dayFormat = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return {
    days: new Intl.ListFormat(locale).format(days.map((day) => dayFormat.format(utc(day)))),
    // 2023-01-01 was a Sunday: weekday 0.
    weekday: weekdayFormat.format(utc(`2023-01-0${checkIn.day + 1}`)),
  };
}
