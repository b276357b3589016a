/**
 * What the adapter has learnt about items while reading them: each KR's measure and cycle, the
 * cycles, and each objective's cycle. Check-ins are validated against these without a read, and
 * a KR's cycle is found without asking Graph again.
 */
import type { Cycle, KeyResult } from '../../core/model';

/**
 * What a check-in needs to know about its KR: how it is measured, its cycle, and the check-in
 * that last moved it (when this adapter saw it).
 */
export interface KnownKeyResult extends Pick<
  KeyResult,
  'title' | 'kind' | 'start' | 'target' | 'unit' | 'milestones' | 'rolledUpFrom'
> {
  readonly cycleId: string;
  readonly lastCheckInClientId?: string;
}

export class KnownItems {
  private readonly keyResults = new Map<string, KnownKeyResult>();
  /**
   * Boards' KRs not remembered one by one yet, oldest first: a board read on the way to a first
   * paint (5,000 KRs on a large board) hands its KRs over as they are, and they are remembered
   * when one is first asked for, or another is remembered.
   */
  private unindexed: { readonly keyResults: readonly KeyResult[]; readonly cycleId: string }[] = [];
  private readonly cycles = new Map<string, Cycle>();
  private readonly cycleOfObjective = new Map<string, string>();

  /**
   * A copy of what a check-in needs, so that a KR read only to be compared with what a screen
   * shows (a revalidation's) is not kept whole. One object shape, no spreads: a board's read
   * remembers thousands.
   */
  rememberKeyResult(keyResult: KeyResult, cycleId: string, lastCheckInClientId?: string): void {
    this.index();
    this.remember(keyResult, cycleId, lastCheckInClientId);
  }

  /**
   * A board's KRs, as `rememberKeyResult` each, later: for a board that is being shown, whose KRs
   * the screen keeps anyway.
   */
  rememberShownKeyResults(keyResults: readonly KeyResult[], cycleId: string): void {
    this.unindexed.push({ keyResults, cycleId });
  }

  private remember(keyResult: KeyResult, cycleId: string, lastCheckInClientId?: string): void {
    const { title, kind, start, target, unit, milestones, rolledUpFrom } = keyResult;
    this.keyResults.set(keyResult.id, {
      title,
      kind,
      start,
      target,
      unit,
      milestones,
      cycleId,
      rolledUpFrom: rolledUpFrom?.length ? rolledUpFrom : undefined,
      lastCheckInClientId: lastCheckInClientId || undefined,
    });
  }

  private index(): void {
    if (this.unindexed.length === 0) return;
    for (const { keyResults, cycleId } of this.unindexed) {
      for (const keyResult of keyResults) this.remember(keyResult, cycleId);
    }
    this.unindexed = [];
  }

  keyResult(id: string): KnownKeyResult | undefined {
    this.index();
    return this.keyResults.get(id);
  }

  rememberCycle(cycle: Cycle): void {
    this.cycles.set(cycle.id, cycle);
  }

  cycle(id: string): Cycle | undefined {
    return this.cycles.get(id);
  }

  forgetCycle(id: string): void {
    this.cycles.delete(id);
  }

  rememberObjectiveCycle(objectiveId: string, cycleId: string): void {
    this.cycleOfObjective.set(objectiveId, cycleId);
  }

  cycleOfObjectiveId(objectiveId: string): string | undefined {
    return this.cycleOfObjective.get(objectiveId);
  }
}
