import { measuresEffect } from './rule-key-result-activity';
import { quote, type TextRule } from './rule';

/**
 * "Provide patches for the top 5 crash categories by February 28": a deliverable that is counted
 * and dated is a milestone key result. Lamorte accepts milestones when they carry a date and sit
 * beside metric key results that show the effect, so this is a tip, never a flag.
 */
export const milestoneKeyResult: TextRule = {
  id: 'key-result.milestone',
  source: 'lamorteMilestones',
  check(text) {
    if (!text.startsWithActivity || measuresEffect(text)) return undefined;
    if (text.quantities.length === 0 || !text.deadline) return undefined;
    return { severity: 'info', params: { text: quote(text.text) } };
  },
};
