import type { KeyResult, MessageParams, Objective, OperatingModel, Team } from './core-api';
import type { RuleId } from './messages';
import type { SourceId } from './sources';
import type { FindingTarget, Severity } from './types';

/** The OKRs of one cycle, as a set. */
export interface OkrSet {
  readonly objectives: readonly Objective[];
  readonly keyResults: readonly KeyResult[];
  readonly teams?: readonly Team[];
}

export interface SetVerdict {
  readonly target: FindingTarget;
  readonly severity: Severity;
  readonly params: MessageParams;
}

/** A rule over a whole set of OKRs; it may flag several items. */
export interface SetRule {
  readonly id: RuleId;
  readonly source: SourceId;
  check(set: OkrSet, model: OperatingModel): SetVerdict[];
}

export function objectiveTarget(objective: Objective): FindingTarget {
  return { kind: 'objective', id: objective.id, text: objective.title };
}

export function keyResultTarget(kr: KeyResult): FindingTarget {
  return { kind: 'keyResult', id: kr.id, text: kr.title };
}
