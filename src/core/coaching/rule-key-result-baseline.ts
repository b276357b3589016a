import { directionVerbs } from './text-lexicon';
import type { TextRule } from './rule';

/**
 * "Increase conversion by 20%" has a target but not the starting point. Many good key results
 * are written this way, so in the active voice this is a tip. In the passive voice ("Churn
 * reduced to 5%") the sentence names only an end state: nobody can tell how big the change is or
 * whether it happened, so it is likely weak (a warning).
 */
export const baselineKeyResult: TextRule = {
  id: 'key-result.baseline',
  source: 'castroBaseline',
  check(text) {
    if (text.quantities.length === 0 || text.statesBaseline || text.threshold) return undefined;
    if (text.holdsSteady) return undefined;
    if (text.quantities.some((quantity) => quantity.kind === 'multiplier')) return undefined;
    if (text.passiveOutcome) return { severity: 'warning' };
    if (!directionVerbs.has(text.leadingVerb)) return undefined;
    return { severity: 'info' };
  },
};
