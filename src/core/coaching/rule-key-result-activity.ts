import { quote, type TextRule } from './rule';

/**
 * "Launch the new website", "Write 10 articles", "Hire 2 salespeople": outputs. The work keeps
 * its place when the same line also measures what it changes ("… so that bounce rate drops from
 * 50% to 35%", "… that has 12% conversion") or how many people it reached ("Launch X to 50
 * pilot customers").
 */
export const activityKeyResult: TextRule = {
  id: 'key-result.activity',
  source: 'castroActivityKeyResults',
  check(text) {
    if (!text.startsWithActivity) return undefined;
    const measuresEffect =
      text.fromTo ||
      text.outcomeClause ||
      text.countsReach ||
      text.quantities.some(
        (quantity) => quantity.kind === 'percent' || quantity.kind === 'multiplier',
      );
    if (measuresEffect) return undefined;
    return {
      severity: 'warning',
      params: { text: quote(text.text), object: text.restAsWritten || '…' },
    };
  },
};
