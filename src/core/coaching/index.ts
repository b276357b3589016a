/** The coaching engine: rules that cite their sources, and prompts for each OKR ritual. */
export {
  coachKeyResult,
  coachObjective,
  coachRhythm,
  coachSet,
  lintText,
  type LintKind,
} from './engine';
export type { CoachingContext } from './context';
export { builtInRuleSets, languageTagProblem } from './engine';
export { englishRules } from './english';
export { frenchRules } from './french';
export { germanRules } from './german';
export { spanishRules } from './spanish';
export type { CoachingFix, CoachingFixKind, FixesFor } from './fixes';
export { createRuleSets, type LanguageRuleSet, type RuleSets } from './language';
export type { TextRule, TextRuleContext, Hit } from './rule';
export type { TextFeatures } from './text-features';
export type { Finding, FindingTarget, Severity } from './types';
export { isBlocking } from './types';
export type { OkrSet } from './rule-set';
export { coachingMessages, ruleIds, type RuleId } from './messages';
export { sources, citation, shortCitation, type SourceId } from './sources';
export { selectPrompts, type PromptContext, type RankedPrompt, type MeetingVotes } from './prompts';
export {
  promptMessages,
  promptThemes,
  rituals,
  type PromptTheme,
  type PromptTrigger,
  type Ritual,
} from './prompt-catalogue';
