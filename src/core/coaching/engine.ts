import type { OperatingModel } from './core-api';
import { bySeverity, makeFinding } from './findings';
import type { TextRule, TextRuleContext } from './rule';
import { keyResultTextRules, objectiveTextRules } from './text-rules';
import { readText } from './text-features';
import type { Finding, FindingTarget } from './types';

export type LintKind = 'objective' | 'key_result';

export interface TextCoachingOptions {
  readonly model: OperatingModel;
  readonly locale?: string;
}

/**
 * Coaching on words alone: what okr-lint and Excel's =OKR.LINT(text) use. The parent objective,
 * when given, is context for a key result (it is not itself checked).
 */
export function lintText(
  kind: LintKind,
  text: string,
  options: TextCoachingOptions,
  parentObjectiveText?: string,
): Finding[] {
  const target: FindingTarget =
    kind === 'objective' ? { kind: 'objective', text } : { kind: 'keyResult', text };
  const rules = kind === 'objective' ? objectiveTextRules : keyResultTextRules;
  const context: TextRuleContext = {
    model: options.model,
    ...(parentObjectiveText ? { parent: readText(parentObjectiveText) } : {}),
  };
  return runTextRules(rules, text, context, target, options.locale);
}

export function runTextRules(
  rules: readonly TextRule[],
  text: string,
  context: TextRuleContext,
  target: FindingTarget,
  locale?: string,
): Finding[] {
  const features = readText(text);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const hit = rule.check(features, context);
    if (hit)
      findings.push(makeFinding(rule.id, hit.severity, rule.source, target, hit.params, locale));
  }
  return bySeverity(findings);
}
