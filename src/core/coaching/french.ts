import { fixesIn } from './fixes';
import {
  frenchAimListNouns,
  frenchAudience,
  frenchBaselineWords,
  frenchBusinessAsUsual,
  frenchCompletion,
  frenchCompoundAim,
  frenchDeadline,
  frenchFiller,
  frenchFirstOf,
  frenchGenericObjectiveWords,
  frenchLabelFiller,
  frenchMainVerbOf,
  frenchNegativeFraming,
  frenchAimless,
  frenchNoneOf,
  frenchOutcomeClause,
  frenchPeriodWord,
  frenchPurpose,
  frenchStatesInWords,
  frenchSteadyState,
  frenchThresholdWords,
  frenchTrailingDate,
  frenchVagueWords,
  frenchWorkNouns,
  joinFrench,
} from './french-lexicon';
import { frenchFindingTemplates } from './french-messages';
import { findFrenchQuantities, hasFrenchFromTo } from './french-quantities';
import type { LanguageRuleSet } from './language';
import { objectiveRulesIn } from './rule-objective-words';
import { keyResultTextRules } from './rules';
import { readerFor } from './text-reader';

/** Reads a French objective or key result ("Lancer le site", "Réduire le churn de 20 %"). */
export const readFrench = readerFor({
  filler: frenchFiller,
  joined: joinFrench,
  mainVerbOf: frenchMainVerbOf,
  findQuantities: findFrenchQuantities,
  hasFromTo: hasFrenchFromTo,
  audience: frenchAudience,
  workNouns: frenchWorkNouns,
  vague: frenchVagueWords,
  baseline: frenchBaselineWords,
  threshold: frenchThresholdWords,
  outcomeClause: frenchOutcomeClause,
  steadyState: frenchSteadyState,
  deadline: frenchDeadline,
  trailingDate: frenchTrailingDate,
  completion: frenchCompletion,
  noneOf: frenchNoneOf,
  firstOf: frenchFirstOf,
  statesInWords: frenchStatesInWords,
});

/** "Améliorer la satisfaction" → "Améliorer la satisfaction (de X à Y)". */
const withRange = (written: string) => `${written} (de X à Y)`;

/**
 * French: its own reader (numbers as "1 000" and "vingt-cinq", "doubler", "de moitié", the
 * verb first as in "Mettre en place"), the English key result rules over what it read, the
 * objective rules over French word lists, and every message in French.
 */
export const frenchRules: LanguageRuleSet = {
  language: 'fr',
  read: readFrench,
  objectiveRules: objectiveRulesIn({
    purpose: frenchPurpose,
    genericWords: frenchGenericObjectiveWords,
    periodWord: frenchPeriodWord,
    aimListNouns: frenchAimListNouns,
    labelFiller: frenchLabelFiller,
    compoundAim: frenchCompoundAim,
    // Two aims only when the sentence already opens on a verb of its own.
    aimBefore: /^\p{L}+(er|ir|re)(?!\p{L})/u,
    negativeFraming: frenchNegativeFraming,
    aimless: frenchAimless,
    businessAsUsual: frenchBusinessAsUsual,
  }),
  keyResultRules: keyResultTextRules,
  fixes: fixesIn({
    outcome: 'Augmenter <indicateur> de X à Y',
    withRange,
    withBaseline: withRange,
  }),
  messages: frenchFindingTemplates,
};
