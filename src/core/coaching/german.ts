import { fixesIn, type FixesFor } from './fixes';
import { germanFindingTemplates } from './german-messages';
import {
  germanAimListNouns,
  germanBusinessAsUsual,
  germanCompoundAim,
  germanGenericObjectiveWords,
  germanLabelFiller,
  germanNegativeFraming,
  germanPeriodWord,
  germanPurpose,
} from './german-lexicon';
import { readGerman } from './german-text';
import type { LanguageRuleSet } from './language';
import { quote, type TextRule } from './rule';
import type { RuleId } from './messages';
import { keyResultTextRules, objectiveTextRules } from './rules';
import { genericObjectiveVerbs, taskObjectiveVerbs } from './text-lexicon';

/**
 * The objective rules whose test is a German word list rather than the neutral features. Each
 * keeps its English rule's id and source, so its finding is the same finding, said in German.
 */
const taskObjective: TextRule = {
  id: 'objective.task',
  source: 'doerrObjectives',
  check(text) {
    if (!taskObjectiveVerbs.has(text.leadingVerb) || germanPurpose.test(text.body))
      return undefined;
    return { severity: 'warning', params: { text: quote(text.text) } };
  },
};

/** "Kommunikation verbessern", "Effizienz steigern": a direction with no destination. */
const vagueObjective: TextRule = {
  id: 'objective.vague',
  source: 'googleRework',
  check(text) {
    if (!genericObjectiveVerbs.has(text.leadingVerb)) return undefined;
    const objectWords = text.rest.split(' ').filter(Boolean);
    if (objectWords.length === 0 || objectWords.length > 7) return undefined;
    return objectWords.every((word) => germanGenericObjectiveWords.has(word))
      ? { severity: 'warning', params: { text: quote(text.text) } }
      : undefined;
  },
};

const isPeriod = (word: string) => word.split('-').every((part) => germanPeriodWord.test(part));
const isAimList = (word: string) => word.split('-').some((part) => germanAimListNouns.has(part));

/** "Ziele Q3", "Unsere OKRs für 2026", "Q3-Ziele": the heading of a period's list. */
const periodLabelObjective: TextRule = {
  id: 'objective.period-label',
  source: 'doerrObjectives',
  check(text) {
    const parts = text.words.flatMap((word) => word.split('-'));
    const labelOnly =
      parts.some(isPeriod) &&
      parts.some(isAimList) &&
      parts.every((part) => isPeriod(part) || isAimList(part) || germanLabelFiller.has(part));
    return labelOnly ? { severity: 'warning', params: { text: quote(text.text) } } : undefined;
  },
};

const compoundObjective: TextRule = {
  id: 'objective.compound',
  source: 'koliberMistakes',
  check(text) {
    const match = germanCompoundAim.exec(text.body);
    const before = match ? text.body.slice(0, match.index) : '';
    // Two aims only when the words before "und" already carry a verb of their own.
    return match && /\p{L}(en|ern|eln)$/u.test(before.trim())
      ? { severity: 'warning', params: { joint: match[0] } }
      : undefined;
  },
};

const negativeObjective: TextRule = {
  id: 'objective.negative',
  source: 'wodtkeObjectives',
  check(text) {
    const match = germanNegativeFraming.exec(text.body);
    return match ? { severity: 'warning', params: { word: match[0] } } : undefined;
  },
};

const businessAsUsualObjective: TextRule = {
  id: 'objective.business-as-usual',
  source: 'googlePlaybook',
  check(text) {
    return germanBusinessAsUsual.test(text.body.replace(/[.!]+$/, ''))
      ? { severity: 'warning', params: { text: quote(text.text) } }
      : undefined;
  },
};

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

/** The English objective rules, with those that read words replaced by the German ones above. */
const germanObjectiveRules: ReadonlyMap<RuleId, TextRule> = new Map(
  [
    taskObjective,
    vagueObjective,
    periodLabelObjective,
    compoundObjective,
    negativeObjective,
    businessAsUsualObjective,
  ].map((rule) => [rule.id, rule]),
);

/**
 * German: its own reader (numbers as "1.000,5" and "zehn", the verb at the end), the English key
 * result rules over what it read, the objective rules above where a rule reads words, and every
 * message in German.
 */
export const germanRules: LanguageRuleSet = {
  language: 'de',
  read: readGerman,
  objectiveRules: objectiveTextRules.map((rule) => germanObjectiveRules.get(rule.id) ?? rule),
  keyResultRules: keyResultTextRules,
  fixes: germanFixes,
  messages: germanFindingTemplates,
};
