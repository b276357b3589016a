import { fixesIn, type FixesFor } from './fixes';
import { germanFindingTemplates } from './german-messages';
import {
  germanAimListNouns,
  germanBusinessAsUsual,
  germanCompoundAim,
  germanGenericObjectiveWords,
  germanLabelFiller,
  germanNegativeFraming,
  germanAimless,
  germanPeriodWord,
  germanPurpose,
} from './german-lexicon';
import { readGerman } from './german-text';
import type { LanguageRuleSet } from './language';
import { objectiveRulesIn } from './rule-objective-words';
import { keyResultTextRules } from './rules';

/**
 * "Website-Traffic erhöhen" → "Website-Traffic von X auf Y erhöhen"; "Umsatz um 10 % steigern"
 * → "Umsatz von X um 10 % steigern"; with the verb first, the range goes at the end.
 */
function withRange(written: string): string {
  const target = /(?<!\p{L})(auf|um)(\s+[$€£]?\d)/iu.exec(written);
  if (target) return `${written.slice(0, target.index)}von X ${written.slice(target.index)}`;
  const last = /\s+(\S+)$/.exec(written);
  return last && /(en|ern|eln)$/.test(last[1]!)
    ? `${written.slice(0, last.index)} von X auf Y ${last[1]}`
    : `${written} von X auf Y`;
}

export const germanFixes: FixesFor = fixesIn({
  outcome: '<Kennzahl> von X auf Y steigern',
  withRange,
  withBaseline: withRange,
});

/**
 * German: its own reader (numbers as "1.000,5" and "zehn", the verb at the end), the English key
 * result rules over what it read, the objective rules over German word lists where a rule reads words, and every
 * message in German.
 */
export const germanRules: LanguageRuleSet = {
  language: 'de',
  read: readGerman,
  objectiveRules: objectiveRulesIn({
    purpose: germanPurpose,
    genericWords: germanGenericObjectiveWords,
    closedCompounds: true,
    periodWord: germanPeriodWord,
    aimListNouns: germanAimListNouns,
    labelFiller: germanLabelFiller,
    compoundAim: germanCompoundAim,
    // Two aims only when the words before "und" already end on a verb of their own.
    aimBefore: /\p{L}(en|ern|eln)$/u,
    negativeFraming: germanNegativeFraming,
    aimless: germanAimless,
    businessAsUsual: germanBusinessAsUsual,
  }),
  keyResultRules: keyResultTextRules,
  fixes: germanFixes,
  messages: germanFindingTemplates,
};
