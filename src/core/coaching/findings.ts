import type { MessageParams } from './core-api';
import { coachingMessages, type RuleId } from './messages';
import { citation, type SourceId } from './sources';
import type { Finding, FindingTarget, Severity } from './types';

/** Words a rule's verdict in the requested locale. */
export function makeFinding(
  rule: RuleId,
  severity: Severity,
  source: SourceId,
  target: FindingTarget,
  params: MessageParams = {},
  locale?: string,
): Finding {
  const messageKey = `${rule}.message` as const;
  const suggestionKey = `${rule}.suggestion` as const;
  return {
    rule,
    severity,
    messageKey,
    suggestionKey,
    params,
    message: coachingMessages.format(messageKey, params, locale),
    suggestion: coachingMessages.format(suggestionKey, params, locale),
    source,
    citation: citation(source),
    target,
  };
}

const severityOrder: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then suggestions; stable within a severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}
