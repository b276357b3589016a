import { selectPrompts, type RankedPrompt } from '../../../core/coaching';
import type { KeyResult } from '../../../core/model';
import type { OperatingModel } from '../../../core/operating-model';
import type { Vote } from './types';

const voteTriggers = new Set([
  'vote-spread',
  'votes-below-owner',
  'votes-above-owner',
  'votes-agree',
]);

/**
 * The prompt to open the discussion once votes are revealed, chosen by the coaching engine from
 * the spread and the owner's stated confidence (a wide spread; the room below the owner…). When
 * the votes show nothing special, the weekly check-in's best standing question.
 */
export function discussionPrompt(
  keyResult: KeyResult,
  votes: readonly Vote[],
  model: OperatingModel,
): RankedPrompt | undefined {
  const prompts = selectPrompts('weekly-check-in', {
    model,
    locale: model.locale,
    votes: {
      votes: votes.map((vote) => vote.value),
      keyResultId: keyResult.id,
      ...(keyResult.confidence === undefined ? {} : { ownerConfidence: keyResult.confidence }),
    },
  });
  return prompts.find((prompt) => voteTriggers.has(prompt.trigger)) ?? prompts[0];
}
