import { negativeFraming } from './text-lexicon';
import type { TextRule } from './rule';

/** "Stop sucking at customer support": a complaint, not a place to reach. */
export const negativeObjective: TextRule = {
  id: 'objective.negative',
  source: 'wodtkeObjectives',
  check(text) {
    const match = negativeFraming.exec(text.body);
    return match ? { severity: 'warning', params: { word: match[0] } } : undefined;
  },
};
