import type { RitualKind } from '../coaching-plan';
import { planRituals } from '../plan-rituals';
import type { Ritual } from '../coaching';
import { dayNumber } from '../dates';
import type { Cycle, IsoDate } from '../model';
import type { OperatingModel } from '../operating-model';

/** The mid-cycle review's prompts lead for the week that starts on its date. */
export const reviewWeekDays = 7;

/**
 * Which ritual's prompts fit a day of a cycle, read from the cycle's stored coaching plan (the
 * dates the coach chose), or from the plan the operating model proposes when none is stored:
 * planning before the cycle starts, the retrospective from its close on, the mid-cycle review
 * in the week of its date, and the weekly check-in otherwise.
 */
export function ritualOfTheDay(
  cycle: Pick<Cycle, 'start' | 'end' | 'coachingPlan'>,
  checkIn: OperatingModel['checkIn'],
  today: IsoDate,
): Ritual {
  const plan = cycle.coachingPlan ?? planRituals(cycle, checkIn);
  const dayOf = (kind: RitualKind): number | undefined => {
    const ritual = plan.rituals.find((candidate) => candidate.kind === kind);
    return ritual ? dayNumber(ritual.date) : undefined;
  };
  const day = dayNumber(today);
  if (day < dayNumber(cycle.start)) return 'planning';
  const close = dayOf('close') ?? dayNumber(cycle.end);
  if (day >= close) return 'retrospective';
  const review = dayOf('midCycleReview');
  if (review !== undefined && day >= review && day < review + reviewWeekDays) {
    return 'mid-cycle-review';
  }
  return 'weekly-check-in';
}
