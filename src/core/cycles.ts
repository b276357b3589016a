import { addDays, dayNumber, daysBetween, toIsoDate, weekday } from './dates';
import { formatDay, formatMonthDay } from './i18n';
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
 * The day check-ins open in a cycle whose first day is ahead of `today` (planned or started), or
 * undefined when they are open, or closed for good (a closed cycle).
 */
export function checkInsOpenOn(
  cycle: Pick<Cycle, 'state' | 'start'>,
  today: IsoDate,
): IsoDate | undefined {
  return cycle.state !== 'closed' && daysBetween(today, cycle.start) > 0 ? cycle.start : undefined;
}

/**
 * Cycles alike but for their names, by name in one order for every reader and machine (by code
 * unit, in no language): which of two with the same dates is current, or to close, is then the
 * same for everyone in a channel or a meeting.
 */
export const sameForEveryone = (a: Pick<Cycle, 'name'>, b: Pick<Cycle, 'name'>): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** Days before a cycle starts that its planning week begins. */
export const planningLeadDays = 7;

/** The fewest days a planning week moved past the end-of-year break keeps before the cycle. */
const shortestPlanningDays = 5;

/**
 * The first day of the planning week of a cycle that starts on `start`: the week before it. A
 * week that would begin in the end-of-year break (24 December to 1 January, when few are at work
 * to plan) begins on 2 January instead when that still leaves 5 days before the cycle; otherwise
 * it is the full week before the break, from 17 December (a quarter starting on 1 January is
 * planned from 17 to 23 December, not from Christmas Day). Holidays of other seasons and
 * countries are not known here.
 */
export function planningWeekStart(start: IsoDate): IsoDate {
  const day = addDays(start, -planningLeadDays);
  const [year, month, date] = [Number(day.slice(0, 4)), day.slice(5, 7), Number(day.slice(8))];
  const breakYear =
    month === '12' && date >= 24 ? year : month === '01' && date === 1 ? year - 1 : 0;
  if (breakYear === 0) return day;
  const afterBreak = `${breakYear + 1}-01-02`;
  return daysBetween(afterBreak, start) >= shortestPlanningDays ? afterBreak : `${breakYear}-12-17`;
}

/**
 * The day a started cycle counts as the one teams work in: its first day, or, while that is
 * ahead, its planning week's (the coaching plan's, else `planningWeekStart`).
 */
export function cycleOpensOn(cycle: Pick<Cycle, 'start' | 'coachingPlan'>): IsoDate {
  const planned = cycle.coachingPlan?.rituals.find((ritual) => ritual.kind === 'planning')?.date;
  return planned !== undefined && daysBetween(planned, cycle.start) > 0
    ? planned
    : planningWeekStart(cycle.start);
}

/**
 * Where a cycle stands on `today`: being planned (not started), started but upcoming (its first
 * day ahead; in its planning week from `cycleOpensOn`), running, ended but not closed, or closed.
 */
export type CyclePhase = 'planning' | 'upcoming' | 'planningWeek' | 'running' | 'ended' | 'closed';

export function cyclePhase(
  cycle: Pick<Cycle, 'state' | 'start' | 'end' | 'coachingPlan'>,
  today: IsoDate,
): CyclePhase {
  if (cycle.state !== 'active') return cycle.state;
  if (daysBetween(cycle.end, today) > 0) return 'ended';
  if (daysBetween(cycle.start, today) >= 0) return 'running';
  return daysBetween(cycleOpensOn(cycle), today) >= 0 ? 'planningWeek' : 'upcoming';
}

/** A phase in English; the Teams board says these words in its reader's language. */
export const cyclePhaseLabels = {
  planning: 'Planning',
  upcoming: 'Upcoming',
  planningWeek: 'Upcoming',
  running: 'Active',
  ended: 'Active',
  closed: 'Closed',
} as const satisfies Record<CyclePhase, string>;

/** "Active", "Upcoming" (started, its first day ahead), "Planning" or "Closed". */
export function cycleStateLabel(
  cycle: Pick<Cycle, 'state' | 'start' | 'end' | 'coachingPlan'>,
  today: IsoDate,
): (typeof cyclePhaseLabels)[CyclePhase] {
  return cyclePhaseLabels[cyclePhase(cycle, today)];
}

/**
 * The first day of an upcoming cycle as its badge names it ("Jan 1", with the year when it is a
 * year or more ahead); undefined for a cycle in any other phase.
 */
export function upcomingCycleStart(
  cycle: Pick<Cycle, 'state' | 'start' | 'end' | 'coachingPlan'>,
  today: IsoDate,
  locale?: string,
): string | undefined {
  const phase = cyclePhase(cycle, today);
  if (phase !== 'upcoming' && phase !== 'planningWeek') return undefined;
  const starts = daysBetween(today, cycle.start) < 365 ? formatMonthDay : formatDay;
  return starts(cycle.start, locale);
}

/**
 * The state as a badge says it: an upcoming cycle with its first day, "Upcoming · starts Jan 1"
 * (with the year when it is a year or more ahead), any other with its state alone.
 */
export function cycleStateBadge(
  cycle: Pick<Cycle, 'state' | 'start' | 'end' | 'coachingPlan'>,
  today: IsoDate,
  locale?: string,
): string {
  const label = cycleStateLabel(cycle, today);
  const starts = upcomingCycleStart(cycle, today, locale);
  return starts === undefined ? label : `${label} · starts ${starts}`;
}

/**
 * How near a cycle is to being the one teams work in on `today` (lower is nearer): running (a
 * started cycle from its first day to its last, or from its planning week while its first day is
 * ahead), then one whose dates hold today but that is not started or was closed early, then any
 * other started one (the next to start, then the last to end). Undefined: never the current one.
 */
function currentRank(cycle: Cycle, today: IsoDate): number | undefined {
  const phase = cyclePhase(cycle, today);
  if (phase === 'running' || phase === 'planningWeek') return 0;
  if (isDateInCycle(today, cycle)) return 1;
  if (phase === 'upcoming') return 2;
  if (phase === 'ended') return 3;
  return undefined;
}

/**
 * The cycles that may be the current one, nearest first, by one rule wherever "current" is
 * resolved (a tab, the meeting side panel, Excel, the Programme):
 * 1. running cycles (`currentRank`) before the others;
 * 2. among equally near ones, one that holds the team's OKRs (`holdingOkrs`, when known);
 * 3. one whose first day has come before one in its planning week;
 * 4. the shorter (a quarter before its year), then the later start, then by name.
 */
export function currentCandidates<C extends Cycle>(
  cycles: readonly C[],
  today: IsoDate,
  holdingOkrs?: ReadonlySet<string>,
): C[] {
  const ranked = cycles.flatMap((cycle) => {
    const rank = currentRank(cycle, today);
    return rank === undefined ? [] : [{ cycle, rank }];
  });
  const holds = (cycle: C) => (holdingOkrs?.has(cycle.id) ? 0 : 1);
  const ahead = (cycle: C) => (daysBetween(cycle.start, today) >= 0 ? 0 : 1);
  const nearest = (a: C, b: C, rank: number) =>
    rank === 2
      ? dayNumber(a.start) - dayNumber(b.start)
      : rank === 3
        ? dayNumber(b.end) - dayNumber(a.end)
        : 0;
  return ranked
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        holds(a.cycle) - holds(b.cycle) ||
        nearest(a.cycle, b.cycle, a.rank) ||
        ahead(a.cycle) - ahead(b.cycle) ||
        cycleLengthDays(a.cycle) - cycleLengthDays(b.cycle) ||
        dayNumber(b.cycle.start) - dayNumber(a.cycle.start) ||
        sameForEveryone(a.cycle, b.cycle),
    )
    .map(({ cycle }) => cycle);
}

/** The cycle teams work in on `today` (`currentCandidates`), or undefined when none may be. */
export function currentCycle<C extends Cycle>(
  cycles: readonly C[],
  today: IsoDate,
  holdingOkrs?: ReadonlySet<string>,
): C | undefined {
  return currentCandidates(cycles, today, holdingOkrs)[0];
}

/**
 * The cycles whose holdings could change which one is current: the equally near ones the
 * nearest is chosen among. One or none: nothing to ask.
 */
export function currentContenders<C extends Cycle>(cycles: readonly C[], today: IsoDate): C[] {
  const [first] = currentCandidates(cycles, today);
  if (!first) return [];
  const rank = currentRank(first, today);
  return cycles.filter((cycle) => currentRank(cycle, today) === rank);
}

/**
 * Cycles a team may have OKRs in that it would look for: not closed and not ended, other than
 * `shown`; those that may be current first (`currentCandidates`), then the rest by start.
 */
export function openCyclesBesides<C extends Cycle>(
  cycles: readonly C[],
  shown: Pick<Cycle, 'id'> | undefined,
  today: IsoDate,
): C[] {
  const open = cycles.filter(
    (cycle) =>
      cycle.id !== shown?.id && cycle.state !== 'closed' && daysBetween(cycle.end, today) <= 0,
  );
  const ranked = currentCandidates(open, today);
  const rest = open
    .filter((cycle) => !ranked.includes(cycle))
    .sort((a, b) => dayNumber(a.start) - dayNumber(b.start));
  return [...ranked, ...rest];
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
