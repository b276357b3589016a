import { quote, type TextRule } from './rule';
import type { TextFeatures } from './text-features';
import { inputVerbs } from './text-verbs';

/**
 * "Launch the new website", "Write 10 articles", "Hire 2 salespeople": outputs, opened by a verb
 * from the activity classes (`text-verbs.ts`). Google's playbook: "Key results should describe
 * outcomes, not activities". Counting the work does not change that: "Post 30 times" measures the
 * effort, and a team can post 30 times while nothing it cares about moves ("Write 10 articles"
 * is the output, "Reach 10,000 readers" the outcome), so counted work is an error too. A
 * deliverable with a date and no number ("Ship the onboarding module by Q2") is a warning, as the
 * method's authors disagree there: Lamorte accepts dated milestones beside metric key results,
 * most guides call them outputs. The work keeps its place when the same line also measures what
 * it changes ("… so that bounce rate drops from 50% to 35%"), how many people it reached ("Launch
 * X to 50 pilot customers", "Onboard 300 new clients"), or a value it holds. A counted
 * deliverable with a date is a milestone (see `rule-key-result-milestone.ts`).
 */
export const activityKeyResult: TextRule = {
  id: 'key-result.activity',
  source: 'castroActivityKeyResults',
  check(text) {
    if (!text.startsWithActivity || measuresEffect(text)) return undefined;
    if (text.deadline && text.quantities.length > 0) return undefined;
    return {
      severity: text.deadline ? 'warning' : 'error',
      params: { text: quote(text.text), object: text.restAsWritten || '…' },
    };
  },
};

export function measuresEffect(text: TextFeatures): boolean {
  // "Invest $1,000,000 in marketing" names what goes in; "Spend under $10k per hire" bounds it.
  const spends = inputVerbs.has(text.leadingVerb) && !text.threshold;
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
        (quantity.kind === 'currency' && !spends),
    )
  );
}
