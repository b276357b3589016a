import { quote, type TextRule } from './rule';

/**
 * "It's not a key result unless it has a number." Work statements, done / not done statements
 * and vague promises have their own, more specific rules; this one catches the rest
 * ("Salaries paid correctly", "Customer feedback").
 */
export const measurableKeyResult: TextRule = {
  id: 'key-result.measurable',
  source: 'doerrKeyResults',
  check(text) {
    if (text.quantities.length > 0 || text.fromTo) return undefined;
    if (text.startsWithActivity || text.completion || text.vagueWord) return undefined;
    if (text.holdsSteady || text.statesInWords || text.countInWords) return undefined;
    return { severity: 'error', params: { text: quote(text.text) } };
  },
};
