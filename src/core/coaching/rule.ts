import type { MessageParams, OperatingModel } from './core-api';
import type { RuleId } from './messages';
import type { SourceId } from './sources';
import type { TextFeatures } from './text-features';
import type { Severity } from './types';

/** A rule's verdict before it is worded: how bad, and the values its message needs. */
export interface Hit {
  readonly severity: Severity;
  readonly params?: MessageParams;
}

export interface TextRuleContext {
  readonly model: OperatingModel;
  /** The objective a key result belongs to, when known. */
  readonly parent?: TextFeatures;
}

/** A rule over the words of one objective or key result. */
export interface TextRule {
  readonly id: RuleId;
  readonly source: SourceId;
  check(text: TextFeatures, context: TextRuleContext): Hit | undefined;
}

/** Shortens a text for quoting inside a message. */
export function quote(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
