import { businessAsUsual } from './text-lexicon';
import { quote, type TextRule } from './rule';

/** "Maintain market position", "Continue doing X": Google's business-as-usual mistake. */
export const businessAsUsualObjective: TextRule = {
  id: 'objective.business-as-usual',
  source: 'googlePlaybook',
  check(text) {
    return businessAsUsual.test(text.body)
      ? { severity: 'warning', params: { text: quote(text.text) } }
      : undefined;
  },
};
