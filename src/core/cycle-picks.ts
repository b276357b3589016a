/**
 * Which cycle a programme owner's step is about: the one to close or look back on, the one being
 * planned; and cycles listed newest or running first, for choosing one. Apart from `cycles.ts`,
 * which every board reads: only the Programme, the tab's set-up page, the import page and the
 * cycle switcher's list (once it has loaded) pick cycles so.
 */
import { readersCollator } from './collation';
import { currentCycle, cycleLengthDays, sameForEveryone } from './cycles';
import { dayNumber, daysBetween } from './dates';
import type { Cycle, IsoDate } from './model';

/**
 * Newest first (by start, then name as a reader of `locale`, the app's language, files it): the
 * cycles in use before years of history.
 */
export function newestFirst<C extends Cycle>(cycles: readonly C[], locale: string): C[] {
  const byName = readersCollator(locale);
  return [...cycles].sort(
    (a, b) => b.start.localeCompare(a.start) || byName.compare(a.name, b.name),
  );
}

const stateOrder: Record<Cycle['state'], number> = { active: 0, planning: 1, closed: 2 };

/** Running cycles, then those being planned, then closed ones; each newest first (`newestFirst`). */
export function runningFirst<C extends Cycle>(cycles: readonly C[], locale: string): C[] {
  return newestFirst(cycles, locale).sort((a, b) => stateOrder[a.state] - stateOrder[b.state]);
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
        sameForEveryone(a, b),
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
        sameForEveryone(a, b),
    );
  return ahead[0] ?? currentCycle(cycles, today);
}
