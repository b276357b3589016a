import { aspirationalWords, taskObjectiveVerbs } from './text-lexicon';
import { quote, type TextRule } from './rule';

const purposeClause = /\b(to|so|so that|in order to|that|which|because)\s+\w+/;

/**
 * "Launch the app", "Integrate with Stripe": a project named as an objective. An ambition
 * ("Launch a killer game") or a stated purpose ("Redesign onboarding to reduce attrition")
 * makes it an objective again.
 */
export const taskObjective: TextRule = {
  id: 'objective.task',
  source: 'doerrObjectives',
  check(text) {
    if (!taskObjectiveVerbs.has(text.leadingVerb)) return undefined;
    if (aspirationalWords.test(text.body)) return undefined;
    const object = text.rest;
    if (purposeClause.test(object.replace(/^(with|to)\s+/, ''))) return undefined;
    return { severity: 'warning', params: { text: quote(text.text) } };
  },
};
