import type { TextRule } from './rule';

/**
 * "Double sign-ups", "Halve response time": a multiplier is a target only once the starting
 * point is known — double 10 and double 10,000 are different quarters, and nobody can grade
 * progress mid-cycle. Castro's value-based form states the baseline ("from X to Y"); a
 * multiplier that also names its end as a figure ("Double sign-ups to 2,000") can be graded.
 */
export const multiplierKeyResult: TextRule = {
  id: 'key-result.multiplier',
  source: 'castroBaseline',
  check(text) {
    if (text.statesBaseline) return undefined;
    // "Double sign-ups to 2,000" names the end as a number too: that can be graded.
    if (text.quantities.some((quantity) => quantity.kind !== 'multiplier')) return undefined;
    const multiplier = text.quantities.find((quantity) => quantity.kind === 'multiplier');
    // Quoted as written in the message; in the suggestion's template, a word of the template.
    return multiplier
      ? {
          severity: 'warning',
          params: { multiplier: multiplier.raw, scaled: multiplier.raw.toLowerCase() },
        }
      : undefined;
  },
};
