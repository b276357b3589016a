import type { MessageParams } from './core-api';
import type { CoachingFix } from './fixes';
import type { RuleId } from './messages';
import type { SourceId } from './sources';

export type Severity = 'error' | 'warning' | 'info';

/** What a finding is about. `text` is given when the engine only saw words (okr-lint, Excel). */
export interface FindingTarget {
  readonly kind: 'objective' | 'keyResult' | 'team' | 'cycle';
  readonly id?: string;
  readonly text?: string;
}

/**
 * One piece of coaching. `error` and `warning` mean the OKR breaks a rule of the method;
 * `info` is a soft suggestion that a good OKR may still get.
 */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly messageKey: `${RuleId}.message`;
  readonly suggestionKey: `${RuleId}.suggestion`;
  readonly params: MessageParams;
  /** The message in the requested locale. */
  readonly message: string;
  /** A concrete next step, often a rewrite template. */
  readonly suggestion: string;
  readonly source: SourceId;
  /** The published source, cited for people. */
  readonly citation: string;
  readonly target: FindingTarget;
  /** One-click fixes, where one exists (a rewrite, a baseline, moving work to initiatives). */
  readonly fixes: readonly CoachingFix[];
}

export function isBlocking(finding: Finding): boolean {
  return finding.severity !== 'info';
}
