import { quote, type TextRule } from './rule';

/** "Improve the app", "Reduce customer churn.", "Get some feedback": a direction with no size. */
export const vagueKeyResult: TextRule = {
  id: 'key-result.vague',
  source: 'googleRework',
  check(text) {
    if (text.quantities.length > 0 || text.fromTo || !text.vagueWord) return undefined;
    if (text.startsWithActivity || text.holdsSteady || text.statesInWords) return undefined;
    return { severity: 'warning', params: { text: quote(text.text), vague: text.vagueWord } };
  },
};
