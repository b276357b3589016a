import { formatMessage, type MessageParams } from './core-api';
import type { LanguageRuleSet } from './language';
import { coachingMessages, type RuleId } from './messages';
import { citation, type SourceId } from './sources';
import type { Finding, FindingTarget, Severity } from './types';

/**
 * Words a rule's verdict in the requested locale: the language rule set's own template when it
 * has one, else the catalogue's (English and any translations added to it).
 */
export function makeFinding(
  rule: RuleId,
  severity: Severity,
  source: SourceId,
  target: FindingTarget,
  params: MessageParams = {},
  locale?: string,
  language?: Pick<LanguageRuleSet, 'messages'>,
): Finding {
  const messageKey = `${rule}.message` as const;
  const suggestionKey = `${rule}.suggestion` as const;
  const word = (key: typeof messageKey | typeof suggestionKey) => {
    const own = language?.messages?.[key];
    return own === undefined
      ? coachingMessages.format(key, params, locale)
      : formatMessage(own, params, locale);
  };
  return {
    rule,
    severity,
    messageKey,
    suggestionKey,
    params,
    message: word(messageKey),
    suggestion: word(suggestionKey),
    source,
    citation: citation(source),
    target,
    fixes: [],
  };
}

const severityOrder: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then suggestions; stable within a severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}
