/**
 * Which cycle a programme owner's step is about: the one to close or look back on, the one being
 * planned; and cycles listed running first, for choosing one. Apart from `cycles.ts`, which every
 * board reads: only the Programme and the tab's set-up page pick cycles so.
 */
import { currentCycle, cycleLengthDays, newestFirst } from './cycles';
import { dayNumber, daysBetween } from './dates';
import type { Cycle, IsoDate } from './model';

const stateOrder: Record<Cycle['state'], number> = { active: 0, planning: 1, closed: 2 };

/** Running cycles, then those being planned, then closed ones; each newest first. */
export function runningFirst<C extends Cycle>(cycles: readonly C[]): C[] {
  return newestFirst(cycles).sort((a, b) => stateOrder[a.state] - stateOrder[b.state]);
}

/** Whether a cycle has run: started, and its first day come (a closed one counts). */
function hasBegun(cycle: Pick<Cycle, 'state' | 'start'>, today: IsoDate): boolean {
  return cycle.state !== 'planning' && daysBetween(cycle.start, today) >= 0;
}

/**
 * The cycle teams close next, or look back on: of those begun, the one whose end is nearest to
 * `today`, before or after (the one just ended, else the one ending next), the shorter first
 * (a quarter before its year). A cycle whose first day is ahead never is.
 */
export function cycleEndingNearest<C extends Cycle>(
  cycles: readonly C[],
  today: IsoDate,
): C | undefined {
  const distance = (cycle: C) => Math.abs(daysBetween(today, cycle.end));
  return cycles
    .filter((cycle) => hasBegun(cycle, today))
    .sort(
      (a, b) =>
        distance(a) - distance(b) ||
        cycleLengthDays(a) - cycleLengthDays(b) ||
        a.name.localeCompare(b.name),
    )[0];
}

/**
 * The cycle being planned: of those not closed whose first day is ahead, the next to start (the
 * shorter first); with none ahead, the current one.
 */
export function cycleBeingPlanned<C extends Cycle>(
  cycles: readonly C[],
  today: IsoDate,
): C | undefined {
  const ahead = cycles
    .filter((cycle) => cycle.state !== 'closed' && daysBetween(today, cycle.start) > 0)
    .sort(
      (a, b) =>
        dayNumber(a.start) - dayNumber(b.start) ||
        cycleLengthDays(a) - cycleLengthDays(b) ||
        a.name.localeCompare(b.name),
    );
  return ahead[0] ?? currentCycle(cycles, today);
}
