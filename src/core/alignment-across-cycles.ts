/**
 * Alignment across cycles: what a board's objectives align to off it, the cycles within a
 * year's dates, and which of their objectives align to the year's. Apart from `alignment.ts`
 * (which the board's first screen carries) because only what reads other cycles needs it.
 */
import { isDateInCycle, type CycleDates } from './cycles';
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
