/**
 * Alignment across cycles: what a board's objectives align to off it, the cycles within a
 * year's dates and those around a quarter's, and which of their objectives align to the year's.
 * Apart from `alignment.ts` (which the board's first screen carries) because only what reads
 * other cycles needs it.
 */
import { readersCollator } from './collation';
import { cycleLengthDays, isDateInCycle, type CycleDates } from './cycles';
import type { Cycle, Objective } from './model';

/**
 * The other cycles that lie within `cycle`'s dates, ends included: the quarters of a year. Their
 * objectives may align to its own.
 */
export function cyclesWithin<C extends Cycle>(
  cycle: CycleDates & Pick<Cycle, 'id'>,
  cycles: readonly C[],
): C[] {
  return cycles.filter(
    (other) =>
      other.id !== cycle.id && isDateInCycle(other.start, cycle) && isDateInCycle(other.end, cycle),
  );
}

/**
 * The inverse of `cyclesWithin`: the other cycles whose dates hold all of `cycle`'s and more, the
 * year a quarter lies in (and a longer plan holding that year), innermost first (those as long by
 * name, as a reader of `locale`, the app's language, files it). Their objectives are what the
 * cycle's own may align to beyond its own. A cycle of the very same dates is a copy of it
 * (`validateCyclePlacement` refuses one), not a cycle around it, so it is left out.
 */
export function cyclesEnclosing<C extends Cycle>(
  cycle: CycleDates & Pick<Cycle, 'id'>,
  cycles: readonly C[],
  locale: string,
): C[] {
  return innermostFirst(
    cycles.filter((other) => encloses(other, cycle)),
    locale,
  );
}

/**
 * Of the cycles enclosing `cycle`, those its objectives may be aligned to anew: all but the
 * closed ones, whose objectives are scored and done (one aligned to already stays so).
 */
export function cyclesToAlignTo<C extends Cycle>(
  cycle: CycleDates & Pick<Cycle, 'id'>,
  cycles: readonly C[],
  locale: string,
): C[] {
  return innermostFirst(cyclesOpenAround(cycle, cycles), locale);
}

/** `cyclesToAlignTo`'s cycles in no order, for who asks which they are, not how they are listed. */
export function cyclesOpenAround<C extends Cycle>(
  cycle: CycleDates & Pick<Cycle, 'id'>,
  cycles: readonly C[],
): C[] {
  return cycles.filter((other) => encloses(other, cycle) && other.state !== 'closed');
}

function encloses(other: Cycle, cycle: CycleDates & Pick<Cycle, 'id'>): boolean {
  return (
    other.id !== cycle.id &&
    isDateInCycle(cycle.start, other) &&
    isDateInCycle(cycle.end, other) &&
    cycleLengthDays(other) > cycleLengthDays(cycle)
  );
}

function innermostFirst<C extends Cycle>(cycles: C[], locale: string): C[] {
  const byName = readersCollator(locale);
  return cycles.sort(
    (a, b) => cycleLengthDays(a) - cycleLengthDays(b) || byName.compare(a.name, b.name),
  );
}

/** Every objective this one aligns to: its parent and its weighted alignments, each once. */
export function alignedTo(objective: Pick<Objective, 'parentId' | 'alignments'>): string[] {
  return [
    ...new Set([
      ...(objective.parentId === undefined ? [] : [objective.parentId]),
      ...(objective.alignments ?? []).map((alignment) => alignment.objectiveId),
    ]),
  ];
}

/**
 * The objectives these align to that are not among them (another team's, another cycle's): the
 * ones to read to say where each aligns.
 */
export function parentsElsewhere(
  objectives: readonly Pick<Objective, 'id' | 'parentId' | 'alignments'>[],
): string[] {
  const here = new Set(objectives.map((objective) => objective.id));
  return [...new Set(objectives.flatMap(alignedTo))].filter((id) => !here.has(id));
}

/**
 * Of `candidates` (the objectives of the cycles within a year, say), those aligned to one of
 * `objectives`, directly or through another candidate so aligned, in the order given: what the
 * year's alignment shows under its own objectives.
 */
export function alignedBelow<O extends Pick<Objective, 'id' | 'parentId' | 'alignments'>>(
  objectives: readonly Pick<Objective, 'id'>[],
  candidates: readonly O[],
): O[] {
  const reached = new Set(objectives.map((objective) => objective.id));
  const found = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const candidate of candidates) {
      if (found.has(candidate.id) || reached.has(candidate.id)) continue;
      if (alignedTo(candidate).some((id) => reached.has(id))) {
        found.add(candidate.id);
        reached.add(candidate.id);
        grew = true;
      }
    }
  }
  return candidates.filter((candidate) => found.has(candidate.id));
}
