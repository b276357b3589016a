import { quote, type TextRule } from './rule';

/**
 * "Improve the app", "Reduce customer churn.", "Get some feedback": a direction with no size.
 * It has no number, so it fails the same test as any other key result without one ("It's not a
 * key result unless it has a number"): an error, worded for the direction it does name.
 */
export const vagueKeyResult: TextRule = {
  id: 'key-result.vague',
  source: 'googleRework',
  check(text) {
    if (text.quantities.length > 0 || text.fromTo || !text.vagueWord) return undefined;
    if (text.startsWithActivity || text.holdsSteady || text.statesInWords) return undefined;
    return { severity: 'error', params: { text: quote(text.text), vague: text.vagueWord } };
  },
};
