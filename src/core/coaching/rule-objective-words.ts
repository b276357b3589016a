import { quote, type TextRule } from './rule';
import type { RuleId } from './messages';
import { objectiveTextRules } from './rules';
import { genericObjectiveVerbs, taskObjectiveVerbs } from './text-lexicon';

/** The words of one language that the objective rules below look for. */
export interface ObjectiveWords {
  /** A purpose or an ambition that makes a deliverable an aim ("um … zu", "pour", "para"). */
  readonly purpose: RegExp;
  /** Broad nouns (and their articles): a direction over only these says nothing. */
  readonly genericWords: ReadonlySet<string>;
  /**
   * The language joins nouns into one word ("Mitarbeiterzufriedenheit", "Vertriebsleistung"): a
   * compound of broad nouns is as broad as "employee satisfaction" is in English.
   */
  readonly closedCompounds?: boolean;
  readonly periodWord: RegExp;
  readonly aimListNouns: ReadonlySet<string>;
  readonly labelFiller: ReadonlySet<string>;
  /** A second aim after "und", "et", "y". */
  readonly compoundAim: RegExp;
  /** What the words before the joint must show for a first aim of their own. */
  readonly aimBefore: RegExp;
  readonly negativeFraming: RegExp;
  readonly businessAsUsual: RegExp;
  /**
   * The whole objective, when it heads nowhere ("Progresser", "Besser werden") or claims what any
   * organisation could ("Être les meilleurs", "Die Nummer 1 werden"): English's "Make progress",
   * "Be the best".
   */
  readonly aimless: RegExp;
}

/**
 * The English objective rules, with those whose test is a word list rather than the neutral
 * features replaced by the same rule over `words`. Each keeps its English rule's id and source,
 * so its finding is the same finding, said in the language's words.
 */
export function objectiveRulesIn(words: ObjectiveWords): readonly TextRule[] {
  const isGeneric = (word: string): boolean =>
    words.genericWords.has(word) ||
    (words.closedCompounds === true && compoundOf(word, words.genericWords));
  const isPeriod = (part: string) => words.periodWord.test(part);
  const isAimList = (part: string) => words.aimListNouns.has(part);
  const replaced: readonly TextRule[] = [
    {
      id: 'objective.task',
      source: 'doerrObjectives',
      check(text) {
        if (!taskObjectiveVerbs.has(text.leadingVerb) || words.purpose.test(text.body)) {
          return undefined;
        }
        return { severity: 'warning', params: { text: quote(text.text) } };
      },
    },
    {
      // "Kommunikation verbessern", "Améliorer la qualité": a direction with no destination.
      // The English rule's own word lists are in `rule-objective-vague.ts`.
      id: 'objective.vague',
      source: 'googleRework',
      check(text) {
        if (words.aimless.test(text.body.replace(/[.!]+$/, ''))) {
          return { severity: 'warning', params: { text: quote(text.text) } };
        }
        if (!genericObjectiveVerbs.has(text.leadingVerb)) return undefined;
        const objectWords = text.rest.split(' ').filter(Boolean);
        if (objectWords.length === 0 || objectWords.length > 7) return undefined;
        return objectWords.every(isGeneric)
          ? { severity: 'warning', params: { text: quote(text.text) } }
          : undefined;
      },
    },
    {
      // "Unsere Q3-Ziele", "Objectifs T3": the heading of a period's list.
      id: 'objective.period-label',
      source: 'doerrObjectives',
      check(text) {
        const parts = text.words.flatMap((word) => word.split('-'));
        const labelOnly =
          parts.some(isPeriod) &&
          parts.some(isAimList) &&
          parts.every((part) => isPeriod(part) || isAimList(part) || words.labelFiller.has(part));
        return labelOnly ? { severity: 'warning', params: { text: quote(text.text) } } : undefined;
      },
    },
    {
      id: 'objective.compound',
      source: 'koliberMistakes',
      check(text) {
        const match = words.compoundAim.exec(text.body);
        const before = match ? text.body.slice(0, match.index).trim() : '';
        return match && words.aimBefore.test(before)
          ? { severity: 'warning', params: { joint: match[0] } }
          : undefined;
      },
    },
    {
      id: 'objective.negative',
      source: 'wodtkeObjectives',
      check(text) {
        const match = words.negativeFraming.exec(text.body);
        return match ? { severity: 'warning', params: { word: match[0] } } : undefined;
      },
    },
    {
      id: 'objective.business-as-usual',
      source: 'googlePlaybook',
      check(text) {
        return words.businessAsUsual.test(text.body.replace(/[.!]+$/, ''))
          ? { severity: 'warning', params: { text: quote(text.text) } }
          : undefined;
      },
    },
  ];
  const byId = new Map<RuleId, TextRule>(replaced.map((rule) => [rule.id, rule]));
  return objectiveTextRules.map((rule) => byId.get(rule.id) ?? rule);
}

/**
 * "mitarbeiterzufriedenheit" (mitarbeiter + zufriedenheit), "vertriebsleistung" (vertrieb, the
 * linking s, leistung), "prozess-effizienz": a compound whose parts are all in `nouns`. Parts of
 * fewer than four letters are not split off, so "umsatz" is not "um" + "satz".
 */
function compoundOf(word: string, nouns: ReadonlySet<string>): boolean {
  const parts = word.split('-');
  if (parts.length > 1) return parts.every((part) => nouns.has(part) || compoundOf(part, nouns));
  for (let at = 4; at <= word.length - 4; at++) {
    const head = word.slice(0, at);
    const joined = nouns.has(head) || (head.endsWith('s') && nouns.has(head.slice(0, -1)));
    if (joined && (nouns.has(word.slice(at)) || compoundOf(word.slice(at), nouns))) return true;
  }
  return false;
}
