import type { KeyResult, Objective } from './core-api';
import type { CoachingContext } from './context';
import { englishRules } from './english';
import { bySeverity, makeFinding } from './findings';
import { frenchRules } from './french';
import { germanRules } from './german';
import { spanishRules } from './spanish';
import { createRuleSets, type LanguageRuleSet, type RuleSets } from './language';
import type { TextRule, TextRuleContext } from './rule';
import { binaryKindKeyResult } from './rule-key-result-binary-kind';
import { readRhythms } from './rule-rhythm';
import { keyResultTarget, objectiveTarget, type OkrSet } from './rule-set';
import { rhythmRules, setRules } from './rules';
import type { Finding, FindingTarget } from './types';

/**
 * The languages the product reads: English (also the fallback), German, French and
 * Spanish. Others are added with
 * `builtInRuleSets.with(…)`.
 */
export const builtInRuleSets: RuleSets = createRuleSets(
  englishRules,
  germanRules,
  frenchRules,
  spanishRules,
);

/**
 * Why a language tag cannot be read, or undefined: the coach reads the languages it has rule
 * sets for, and a tag of another would silently fall back to English.
 */
export function languageTagProblem(tag: string | undefined): string | undefined {
  const known = builtInRuleSets.languages;
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (known.includes(primary)) return undefined;
  return `must be one of ${known.join(', ')} (or a locale of one, such as de-AT), not ${tag?.trim() ? JSON.stringify(tag) : 'nothing'}`;
}

/** The rule set for the language the team writes its OKRs in (the operating model's locale). */
function languageOf(context: Pick<CoachingContext, 'model' | 'languages'>): LanguageRuleSet {
  return (context.languages ?? builtInRuleSets).for(context.model.locale);
}

export type LintKind = 'objective' | 'key_result';

/**
 * Coaching on words alone: what okr-lint and Excel's =OKR.LINT(text) use. The parent objective,
 * when given, is context for a key result (it is not itself checked).
 */
export function lintText(
  kind: LintKind,
  text: string,
  context: Pick<CoachingContext, 'model' | 'locale' | 'languages'>,
  parentObjectiveText?: string,
): Finding[] {
  const language = languageOf(context);
  const target: FindingTarget =
    kind === 'objective' ? { kind: 'objective', text } : { kind: 'keyResult', text };
  const rules = kind === 'objective' ? language.objectiveRules : language.keyResultRules;
  const ruleContext: TextRuleContext = {
    model: context.model,
    ...(parentObjectiveText ? { parent: language.read(parentObjectiveText) } : {}),
  };
  return bySeverity(runTextRules(language, rules, text, ruleContext, target, context.locale));
}

/** One objective: its wording, how many key results it has and, given teams, its alignment. */
export function coachObjective(
  objective: Objective,
  keyResults: readonly KeyResult[],
  context: CoachingContext,
): Finding[] {
  const target = objectiveTarget(objective);
  const own = keyResults.filter((kr) => kr.objectiveId === objective.id);
  const language = languageOf(context);
  const wording = runTextRules(
    language,
    language.objectiveRules,
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
  const language = languageOf(context);
  const ruleContext: TextRuleContext = {
    model: context.model,
    ...(objective ? { parent: language.read(objective.title) } : {}),
  };
  const findings = runTextRules(
    language,
    language.keyResultRules,
    kr.title,
    ruleContext,
    target,
    context.locale,
  );
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
  language: LanguageRuleSet,
  rules: readonly TextRule[],
  text: string,
  context: TextRuleContext,
  target: FindingTarget,
  locale?: string,
): Finding[] {
  const features = language.read(text);
  return rules.flatMap((rule) => {
    const hit = rule.check(features, context);
    if (!hit) return [];
    const finding = makeFinding(
      rule.id,
      hit.severity,
      rule.source,
      target,
      hit.params,
      locale,
      language,
    );
    return [{ ...finding, fixes: language.fixes?.(rule.id, features) ?? [] }];
  });
}
