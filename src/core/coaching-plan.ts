/**
 * The coaching plan: the dated rituals of one cycle, from the coaching method's OKR operations
 * (planning, weekly check-ins, a mid-cycle review, closing with scores, a retrospective). Boards
 * show the next one ("next: mid-cycle review in 9 days") and the ritual prompts use them.
 * Pure: dates in, dates out.
 */
import { dayNumber } from './dates';
import type { IsoDate } from './model';

export const ritualKinds = [
  'planning',
  'checkIn',
  'midCycleReview',
  'close',
  'retrospective',
] as const;
export type RitualKind = (typeof ritualKinds)[number];

export interface Ritual {
  readonly kind: RitualKind;
  readonly date: IsoDate;
}

export interface CoachingPlan {
  readonly rituals: readonly Ritual[];
}

export const ritualLabels = {
  planning: 'planning week',
  checkIn: 'check-in',
  midCycleReview: 'mid-cycle review',
  close: 'close and score',
  retrospective: 'retrospective',
} as const satisfies Record<RitualKind, string>;

/** Rituals in date order; on one day, in the order of the method (`ritualKinds`). */
export function sortRituals(rituals: readonly Ritual[]): Ritual[] {
  const order = (kind: RitualKind) => ritualKinds.indexOf(kind);
  return [...rituals].sort(
    (a, b) => dayNumber(a.date) - dayNumber(b.date) || order(a.kind) - order(b.kind),
  );
}

/**
 * The first ritual on or after `today`. Check-ins come every week or two, so by default the next
 * milestone ritual (planning, review, close, retrospective) is what a board names.
 */
export function nextRitual(
  plan: CoachingPlan,
  today: IsoDate,
  options: { readonly includeCheckIns?: boolean } = {},
): Ritual | undefined {
  return sortRituals(plan.rituals).find(
    (ritual) =>
      dayNumber(ritual.date) >= dayNumber(today) &&
      (options.includeCheckIns || ritual.kind !== 'checkIn'),
  );
}
