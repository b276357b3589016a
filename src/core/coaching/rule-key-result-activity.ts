import { quote, type TextRule } from './rule';
import type { TextFeatures } from './text-features';

/**
 * "Launch the new website", "Write 10 articles", "Hire 2 salespeople": outputs, opened by a verb
 * from the activity classes (`text-verbs.ts`). Google's playbook: "Key results should describe
 * outcomes, not activities" — so work with nothing measured is an error. Work that is counted
 * ("Post 30 times") is still output, a warning; so is a deliverable with a date and no number
 * ("Ship the onboarding module by Q2"), where the method's authors disagree: Lamorte accepts
 * dated milestones beside metric key results, most guides call them outputs. The work keeps its place when the same line also
 * measures what it changes ("… so that bounce rate drops from 50% to 35%"), how many people it
 * reached ("Launch X to 50 pilot customers", "Onboard 300 new clients"), or a value it holds.
 * A counted deliverable with a date is a milestone (see `rule-key-result-milestone.ts`).
 */
export const activityKeyResult: TextRule = {
  id: 'key-result.activity',
  source: 'castroActivityKeyResults',
  check(text) {
    if (!text.startsWithActivity || measuresEffect(text)) return undefined;
    const counted = text.quantities.length > 0;
    if (counted && text.deadline) return undefined;
    return {
      severity: counted || text.deadline ? 'warning' : 'error',
      params: { text: quote(text.text), object: text.restAsWritten || '…' },
    };
  },
};

export function measuresEffect(text: TextFeatures): boolean {
  return (
    text.fromTo ||
    text.outcomeClause ||
    text.countsReach ||
    text.countsAudience ||
    text.holdsSteady ||
    text.quantities.some(
      (quantity) =>
        quantity.kind === 'percent' ||
        quantity.kind === 'multiplier' ||
        quantity.kind === 'currency',
    )
  );
}
