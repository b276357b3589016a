import { fixesIn } from './fixes';
import {
  spanishAimListNouns,
  spanishAudience,
  spanishBaselineWords,
  spanishBusinessAsUsual,
  spanishCompletion,
  spanishCompoundAim,
  spanishDeadline,
  spanishFiller,
  spanishFirstOf,
  spanishGenericObjectiveWords,
  spanishLabelFiller,
  spanishMainVerbOf,
  spanishNegativeFraming,
  spanishAimless,
  spanishNoneOf,
  spanishOutcomeClause,
  spanishPeriodWord,
  spanishPurpose,
  spanishStatesInWords,
  spanishSteadyState,
  spanishThresholdWords,
  spanishTrailingDate,
  spanishVagueWords,
  spanishWorkNouns,
  joinSpanish,
} from './spanish-lexicon';
import { spanishFindingTemplates } from './spanish-messages';
import { findSpanishQuantities, hasSpanishFromTo } from './spanish-quantities';
import type { LanguageRuleSet } from './language';
import { objectiveRulesIn } from './rule-objective-words';
import { keyResultTextRules } from './rules';
import { readerFor } from './text-reader';

/** Reads a Spanish objective or key result ("Lanzar el sitio", "Reducir el churn un 20 %"). */
export const readSpanish = readerFor({
  filler: spanishFiller,
  joined: joinSpanish,
  mainVerbOf: spanishMainVerbOf,
  findQuantities: findSpanishQuantities,
  hasFromTo: hasSpanishFromTo,
  audience: spanishAudience,
  workNouns: spanishWorkNouns,
  vague: spanishVagueWords,
  baseline: spanishBaselineWords,
  threshold: spanishThresholdWords,
  outcomeClause: spanishOutcomeClause,
  steadyState: spanishSteadyState,
  deadline: spanishDeadline,
  trailingDate: spanishTrailingDate,
  completion: spanishCompletion,
  noneOf: spanishNoneOf,
  firstOf: spanishFirstOf,
  statesInWords: spanishStatesInWords,
});

/** "Mejorar la satisfacción" → "Mejorar la satisfacción (de X a Y)". */
const withRange = (written: string) => `${written} (de X a Y)`;

/**
 * Spanish: its own reader (numbers as "1.000" and "treinta y cinco", "duplicar", "a la mitad",
 * the verb first as in "Llevar a cabo"), the English key result rules over what it read, the
 * objective rules over Spanish word lists, and every message in Spanish.
 */
export const spanishRules: LanguageRuleSet = {
  language: 'es',
  read: readSpanish,
  objectiveRules: objectiveRulesIn({
    purpose: spanishPurpose,
    genericWords: spanishGenericObjectiveWords,
    periodWord: spanishPeriodWord,
    aimListNouns: spanishAimListNouns,
    labelFiller: spanishLabelFiller,
    compoundAim: spanishCompoundAim,
    // Two aims only when the sentence already opens on a verb of its own.
    aimBefore: /^\p{L}+(ar|er|ir)(?!\p{L})/u,
    negativeFraming: spanishNegativeFraming,
    aimless: spanishAimless,
    businessAsUsual: spanishBusinessAsUsual,
  }),
  keyResultRules: keyResultTextRules,
  fixes: fixesIn({
    outcome: 'Aumentar <métrica> de X a Y',
    withRange,
    withBaseline: withRange,
  }),
  messages: spanishFindingTemplates,
};
