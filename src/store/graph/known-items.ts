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
  private readonly cycles = new Map<string, Cycle>();
  private readonly cycleOfObjective = new Map<string, string>();

  rememberKeyResult(
    keyResult: KeyResult,
    cycleId: string,
    lastCheckInClientId?: string,
  ): KnownKeyResult {
    const { title, kind, start, target, unit, milestones, rolledUpFrom } = keyResult;
    const known = {
      title,
      kind,
      start,
      target,
      unit,
      milestones,
      cycleId,
      ...(rolledUpFrom?.length ? { rolledUpFrom } : {}),
      ...(lastCheckInClientId ? { lastCheckInClientId } : {}),
    };
    this.keyResults.set(keyResult.id, known);
    return known;
  }

  keyResult(id: string): KnownKeyResult | undefined {
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
