import { addDays, dayNumber, daysBetween, toIsoDate, weekday } from './dates';
import { validationIssue, type ValidationIssue } from './issues';
import type { Cycle, IsoDate, IsoDateTime } from './model';
import type { OperatingModel } from './operating-model';

/** A cycle's dates; `start` and `end` are both inclusive. */
export type CycleDates = Pick<Cycle, 'start' | 'end'>;

/** Number of days in the cycle, counting both the first and the last day. */
export function cycleLengthDays(cycle: CycleDates): number {
  return daysBetween(cycle.start, cycle.end) + 1;
}

/** Whether the date (or the UTC day of an instant) falls within the cycle, ends included. */
export function isDateInCycle(date: IsoDate | IsoDateTime, cycle: CycleDates): boolean {
  const day = dayNumber(toIsoDate(date));
  return day >= dayNumber(cycle.start) && day <= dayNumber(cycle.end);
}

/**
 * Days of the cycle that have passed by the end of `today` (today counts), from 0 before the
 * cycle starts up to the cycle's length after it ends.
 */
export function daysElapsed(cycle: CycleDates, today: IsoDate): number {
  const elapsed = daysBetween(cycle.start, today) + 1;
  return Math.min(Math.max(elapsed, 0), cycleLengthDays(cycle));
}

/** Days of the cycle still ahead after today, from the full length before it starts to 0. */
export function daysRemaining(cycle: CycleDates, today: IsoDate): number {
  return cycleLengthDays(cycle) - daysElapsed(cycle, today);
}

/**
 * Why a cycle may not go (back) to planning from `from` on `today`, or undefined when it may: a
 * cycle that was started or closed goes back only before its first day, while no check-in can be
 * due in it and no board has run on it yet.
 */
export function validateBackToPlanning(
  cycle: Pick<Cycle, 'name' | 'start'>,
  from: Cycle['state'],
  today: IsoDate,
  locale?: string,
): ValidationIssue | undefined {
  if (from === 'planning' || daysBetween(today, cycle.start) > 0) return undefined;
  return validationIssue('cycleStarted', 'state', { name: cycle.name, start: cycle.start }, locale);
}

/** The kinds of item that name their cycle: while any item does, the cycle is not deleted. */
export const cycleReferenceKinds = [
  'objectives',
  'keyResults',
  'initiatives',
  'checkIns',
  'meetingSessions',
] as const;
export type CycleReferenceKind = (typeof cycleReferenceKinds)[number];

const referenceWords: Record<CycleReferenceKind, string> = {
  objectives: 'objectives',
  keyResults: 'key results',
  initiatives: 'initiatives',
  checkIns: 'check-ins',
  meetingSessions: 'meeting check-in rounds',
};

/** "objectives, key results and check-ins": what a cycle holds, in the order of the lists. */
function heldWords(held: readonly CycleReferenceKind[]): string {
  const words = cycleReferenceKinds
    .filter((kind) => held.includes(kind))
    .map((kind) => referenceWords[kind]);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}` : words[0]!;
}

/**
 * What frees a cycle that holds `held`: its objectives are deleted on its board (their key results
 * go with them). Check-ins and meeting rounds are its history, which nobody deletes, so such a
 * cycle is closed instead, as is one left holding only the initiatives of key results deleted since.
 */
function freeingStep(held: readonly CycleReferenceKind[]): string {
  const history = held.some((kind) => kind === 'checkIns' || kind === 'meetingSessions');
  const onItsBoard = held.some((kind) => kind === 'objectives' || kind === 'keyResults');
  return history || !onItsBoard
    ? 'They stay with it as its history: close it instead, and it keeps them, read-only.'
    : 'Delete its objectives on its board first (their key results go with them), then delete the cycle.';
}

/**
 * Why the cycle named `name` is not deleted, naming what it still holds and what to do, or
 * undefined when it holds nothing: deleting it would leave those items pointing at no cycle.
 */
export function cycleDeletionRefusal(
  name: string,
  held: readonly CycleReferenceKind[],
): string | undefined {
  if (held.length === 0) return undefined;
  return `${name} still holds ${heldWords(held)}, so it was not deleted. ${freeingStep(held)}`;
}

/** The same, said beside a Delete that is not offered: "Holds objectives. Delete …". */
export function cycleDeletionHint(held: readonly CycleReferenceKind[]): string | undefined {
  return held.length === 0 ? undefined : `Holds ${heldWords(held)}. ${freeingStep(held)}`;
}

/** Newest first (by start, then name): the cycles in use before years of history. */
export function newestFirst<C extends Cycle>(cycles: readonly C[]): C[] {
  return [...cycles].sort((a, b) => b.start.localeCompare(a.start) || a.name.localeCompare(b.name));
}

const stateOrder: Record<Cycle['state'], number> = { active: 0, planning: 1, closed: 2 };

/** Running cycles, then those being planned, then closed ones; each newest first. */
export function runningFirst<C extends Cycle>(cycles: readonly C[]): C[] {
  return newestFirst(cycles).sort((a, b) => stateOrder[a.state] - stateOrder[b.state]);
}

/**
 * The cycle running on `today`. When cycles overlap, an active one wins, then the one that
 * started last. Undefined when no cycle contains the date.
 */
export function currentCycle<C extends Cycle>(cycles: readonly C[], today: IsoDate): C | undefined {
  const containing = cycles.filter((cycle) => isDateInCycle(today, cycle));
  return containing.sort(
    (a, b) =>
      Number(b.state === 'active') - Number(a.state === 'active') ||
      dayNumber(b.start) - dayNumber(a.start),
  )[0];
}

/**
 * The next check-in day on or after `today`. Check-ins fall on the model's weekday; with a
 * cadence longer than a week they repeat every `cadenceDays` from the first such weekday on or
 * after the cycle's start (or after `today` when no cycle is given).
 */
export function nextCheckInDay(
  today: IsoDate,
  checkIn: OperatingModel['checkIn'],
  cycle?: CycleDates,
): IsoDate {
  const anchorFrom = cycle && daysBetween(cycle.start, today) > 0 ? cycle.start : today;
  const anchor = addDays(anchorFrom, (checkIn.day - weekday(anchorFrom) + 7) % 7);
  const behind = daysBetween(anchor, today);
  if (behind <= 0) return anchor;
  const periods = Math.ceil(behind / checkIn.cadenceDays);
  return addDays(anchor, periods * checkIn.cadenceDays);
}
