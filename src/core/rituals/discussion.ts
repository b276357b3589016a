import { selectPrompts, type PromptTrigger, type RankedPrompt, type Ritual } from '../coaching';
import type { KeyResult } from '../model';
import type { OperatingModel } from '../operating-model';

/** The prompts about how the room voted, which open the discussion after a reveal. */
const voteTriggers: readonly PromptTrigger[] = [
  'vote-spread',
  'votes-below-owner',
  'votes-above-owner',
  'votes-agree',
];

/**
 * The prompt to open the discussion once votes are revealed, chosen by the coaching engine from
 * the spread and the owner's stated confidence (a wide spread; the room below the owner…). When
 * the votes show nothing special, the ritual's best standing question: the weekly check-in's
 * unless the caller names the ritual of the day (`ritualOfTheDay`, from the coaching plan).
 */
export function discussionPrompt(
  keyResult: KeyResult,
  votes: readonly number[],
  model: OperatingModel,
  ritual: Ritual = 'weekly-check-in',
): RankedPrompt | undefined {
  const prompts = selectPrompts(ritual, {
    model,
    locale: model.locale,
    votes: {
      votes,
      keyResultId: keyResult.id,
      ...(keyResult.confidence === undefined ? {} : { ownerConfidence: keyResult.confidence }),
    },
  });
  return prompts.find((prompt) => voteTriggers.includes(prompt.trigger)) ?? prompts[0];
}
