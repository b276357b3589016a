import { aimListNouns, periodWord } from './text-periods';
import { quote, type TextRule } from './rule';

/** Words that can stand around a period and a list noun without saying anything more. */
const labelFiller: ReadonlySet<string> = new Set([
  'our',
  'the',
  'for',
  'of',
  'in',
  'team',
  'key',
  'main',
  'top',
  'company',
]);

/** "q3-2026" is a period as much as "Q3 2026"; "this quarter's" as much as "this quarter". */
const isPeriod = (word: string) =>
  word
    .replace(/'s$/, '')
    .split('-')
    .every((part) => periodWord.test(part));
const isAimList = (word: string) => aimListNouns.has(word.replace(/'s$/, ''));
const isFiller = (word: string) => labelFiller.has(word.replace(/'s$/, ''));

/**
 * "Q3 goals", "2026 objectives", "Our H1 priorities": the heading of a period's list, not an
 * objective. It names when and what kind of list, never what will be different when the period
 * ends (Doerr: an objective is what is to be achieved, significant and concrete).
 */
export const periodLabelObjective: TextRule = {
  id: 'objective.period-label',
  source: 'doerrObjectives',
  check(text) {
    const { words } = text;
    const labelOnly =
      words.some(isPeriod) &&
      words.some(isAimList) &&
      words.every((word) => isPeriod(word) || isAimList(word) || isFiller(word));
    return labelOnly ? { severity: 'warning', params: { text: quote(text.text) } } : undefined;
  },
};
