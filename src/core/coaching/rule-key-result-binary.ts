import { quote, type TextRule } from './rule';

/** "New pricing live by March", "Salaries paid on time": done / not done where a number fits. */
export const binaryKeyResult: TextRule = {
  id: 'key-result.binary',
  source: 'googlePlaybook',
  check(text) {
    if (text.quantities.length > 0 || text.fromTo || !text.completion) return undefined;
    if (text.startsWithActivity || text.holdsSteady) return undefined;
    return { severity: 'warning', params: { text: quote(text.text) } };
  },
};
