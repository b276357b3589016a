import { localeFallbacks } from './core-api';
import type { FixesFor } from './fixes';
import type { FindingTemplateKey } from './messages';
import type { TextRule } from './rule';
import type { TextFeatures } from './text-features';

/**
 * Everything the coach needs to judge wording in one language: how to read a line (its verb
 * classes, number words, filler), which rules run over what it read, and the rules' messages in
 * that language. Rules work on the language-neutral `TextFeatures`, so a language may reuse the
 * English rules with its own reader, bring its own rules, or both. Set, rhythm and count rules
 * do not read words and apply to every language.
 */
export interface LanguageRuleSet {
  /** The BCP 47 primary language it reads, e.g. `en` or `nl`. */
  readonly language: string;
  readonly read: (text: string) => TextFeatures;
  readonly objectiveRules: readonly TextRule[];
  readonly keyResultRules: readonly TextRule[];
  /** The one-click fixes it can offer on a title, worded in this language. */
  readonly fixes?: FixesFor;
  /** Message templates in this language, by key; a key left out is shown in English. */
  readonly messages?: Readonly<Partial<Record<FindingTemplateKey, string>>>;
}

/** The rule sets the coach knows, one per language. Immutable: `with` returns a new registry. */
export interface RuleSets {
  readonly languages: readonly string[];
  /**
   * The rule set for an operating model's locale (`nl-BE` → `nl`), or the fallback's (the first
   * registered, English in the product) when none reads that language.
   */
  for(locale: string | undefined): LanguageRuleSet;
  /** A registry that also knows `ruleSet`, replacing one of the same language. */
  with(ruleSet: LanguageRuleSet): RuleSets;
}

export function createRuleSets(
  fallback: LanguageRuleSet,
  ...others: readonly LanguageRuleSet[]
): RuleSets {
  const byLanguage = new Map<string, LanguageRuleSet>();
  for (const ruleSet of [fallback, ...others]) {
    byLanguage.set(ruleSet.language.toLowerCase(), ruleSet);
  }
  return {
    languages: [...byLanguage.keys()],
    for(locale) {
      const match = localeFallbacks(locale ?? fallback.language).find((tag) => byLanguage.has(tag));
      return (match === undefined ? undefined : byLanguage.get(match)) ?? fallback;
    },
    with(ruleSet) {
      const language = ruleSet.language.toLowerCase();
      const others = [...byLanguage.values()].filter(
        (known) => known !== fallback && known.language.toLowerCase() !== language,
      );
      return language === fallback.language.toLowerCase()
        ? createRuleSets(ruleSet, ...others)
        : createRuleSets(fallback, ...others, ruleSet);
    },
  };
}
