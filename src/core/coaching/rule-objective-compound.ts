import { compoundAim } from './text-lexicon';
import type { TextRule } from './rule';

/** "Grow the business and increase revenue": two aims, so neither gets the focus. */
export const compoundObjective: TextRule = {
  id: 'objective.compound',
  source: 'koliberMistakes',
  check(text) {
    const match = compoundAim.exec(text.body);
    return match ? { severity: 'warning', params: { joint: match[0] } } : undefined;
  },
};
