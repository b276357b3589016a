import type { TextRule } from './rule';

/**
 * An objective with a percentage, an amount of money, a from-to range, a multiplier or a large
 * count is a key result in disguise ("Improve cash flow by 10% this quarter"). Small counts
 * stay: "Achieve top three rankings" and "Be the number one choice" are ambitions.
 */
export const metricInObjective: TextRule = {
  id: 'objective.metric',
  source: 'perdooObjectives',
  check(text) {
    const metric = text.quantities.find(
      (quantity) =>
        quantity.kind === 'percent' ||
        quantity.kind === 'currency' ||
        quantity.kind === 'multiplier' ||
        (quantity.kind === 'count' && quantity.value >= 100),
    );
    if (!metric && !text.fromTo) return undefined;
    return { severity: 'warning', params: { metric: metric?.raw ?? 'from … to …' } };
  },
};
