import { directionVerbs } from './text-lexicon';
import type { TextRule } from './rule';

/**
 * "Increase conversion by 20%" has a target but not the starting point. Many good key results
 * are written this way, so this is a suggestion (info), never a flag.
 */
export const baselineKeyResult: TextRule = {
  id: 'key-result.baseline',
  source: 'castroBaseline',
  check(text) {
    if (text.quantities.length === 0 || text.statesBaseline || text.threshold) return undefined;
    if (!directionVerbs.has(text.leadingVerb)) return undefined;
    return { severity: 'info' };
  },
};
