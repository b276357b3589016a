import type { KeyResult, Objective } from './core-api';
import type { CoachingContext } from './context';
import { bySeverity, makeFinding } from './findings';
import type { TextRule, TextRuleContext } from './rule';
import { binaryKindKeyResult } from './rule-key-result-binary-kind';
import { readRhythms } from './rule-rhythm';
import { keyResultTarget, objectiveTarget, type OkrSet } from './rule-set';
import { keyResultTextRules, objectiveTextRules, rhythmRules, setRules } from './rules';
import { readText } from './text-features';
import type { Finding, FindingTarget } from './types';

export type LintKind = 'objective' | 'key_result';

/**
 * Coaching on words alone: what okr-lint and Excel's =OKR.LINT(text) use. The parent objective,
 * when given, is context for a key result (it is not itself checked).
 */
export function lintText(
  kind: LintKind,
  text: string,
  context: Pick<CoachingContext, 'model' | 'locale'>,
  parentObjectiveText?: string,
): Finding[] {
  const target: FindingTarget =
    kind === 'objective' ? { kind: 'objective', text } : { kind: 'keyResult', text };
  const rules = kind === 'objective' ? objectiveTextRules : keyResultTextRules;
  const ruleContext: TextRuleContext = {
    model: context.model,
    ...(parentObjectiveText ? { parent: readText(parentObjectiveText) } : {}),
  };
  return bySeverity(runTextRules(rules, text, ruleContext, target, context.locale));
}

/** One objective: its wording, how many key results it has and, given teams, its alignment. */
export function coachObjective(
  objective: Objective,
  keyResults: readonly KeyResult[],
  context: CoachingContext,
): Finding[] {
  const target = objectiveTarget(objective);
  const own = keyResults.filter((kr) => kr.objectiveId === objective.id);
  const wording = runTextRules(
    objectiveTextRules,
    objective.title,
    { model: context.model },
    target,
    context.locale,
  );
  const set = coachSet(
    {
      objectives: [
        objective,
        ...(context.objectives ?? []).filter((other) => other.id !== objective.id),
      ],
      keyResults: own,
      ...(context.teams ? { teams: context.teams } : {}),
    },
    context,
  ).filter((finding) => finding.target.kind === 'objective' && finding.target.id === objective.id);
  return bySeverity([...wording, ...set]);
}

/** One key result: its wording, its kind and, given today and the cycle, its rhythm. */
export function coachKeyResult(
  kr: KeyResult,
  objective: Objective | undefined,
  context: CoachingContext,
): Finding[] {
  const target = keyResultTarget(kr);
  const ruleContext: TextRuleContext = {
    model: context.model,
    ...(objective ? { parent: readText(objective.title) } : {}),
  };
  const findings = runTextRules(keyResultTextRules, kr.title, ruleContext, target, context.locale);
  const kindHit = binaryKindKeyResult.check(kr);
  if (kindHit) {
    findings.push(
      makeFinding(
        binaryKindKeyResult.id,
        kindHit.severity,
        binaryKindKeyResult.source,
        target,
        kindHit.params,
        context.locale,
      ),
    );
  }
  findings.push(...coachRhythm([kr], context, objective ? [objective] : []));
  return bySeverity(findings);
}

/** A cycle's OKRs as a set: counts per objective and team, alignment, duplicate key results. */
export function coachSet(
  set: OkrSet,
  context: Pick<CoachingContext, 'model' | 'locale'>,
): Finding[] {
  const findings = setRules.flatMap((rule) =>
    rule
      .check(set, context.model)
      .map((verdict) =>
        makeFinding(
          rule.id,
          verdict.severity,
          rule.source,
          verdict.target,
          verdict.params,
          context.locale,
        ),
      ),
  );
  return bySeverity(findings);
}

/**
 * The rhythm of running OKRs: stale check-ins, falling confidence, missing owners, early high
 * scores, confidence that ignores the pace. Needs `today` and the `cycle`; silent without them.
 */
export function coachRhythm(
  keyResults: readonly KeyResult[],
  context: CoachingContext,
  objectives: readonly Objective[] = context.objectives ?? [],
): Finding[] {
  const findings: Finding[] = [];
  for (const rhythm of readRhythms(keyResults, context, objectives)) {
    for (const rule of rhythmRules) {
      const hit = rule.check(rhythm, context.model);
      if (!hit) continue;
      const target = keyResultTarget(rhythm.kr);
      findings.push(
        makeFinding(rule.id, hit.severity, rule.source, target, hit.params, context.locale),
      );
    }
  }
  return bySeverity(findings);
}

function runTextRules(
  rules: readonly TextRule[],
  text: string,
  context: TextRuleContext,
  target: FindingTarget,
  locale?: string,
): Finding[] {
  const features = readText(text);
  return rules.flatMap((rule) => {
    const hit = rule.check(features, context);
    return hit ? [makeFinding(rule.id, hit.severity, rule.source, target, hit.params, locale)] : [];
  });
}
