import { createCatalogue } from './core-api';
import type { SourceId } from './sources';

export type Ritual = 'planning' | 'weekly-check-in' | 'mid-cycle-review' | 'retrospective';
export const rituals: readonly Ritual[] = [
  'planning',
  'weekly-check-in',
  'mid-cycle-review',
  'retrospective',
];

/** The themes of the coaching method; every ritual has prompts for each. */
export type PromptTheme = 'story' | 'writing' | 'facilitation' | 'operations' | 'critical-thinking';
export const promptThemes: readonly PromptTheme[] = [
  'story',
  'writing',
  'facilitation',
  'operations',
  'critical-thinking',
];

/**
 * What makes a contextual prompt relevant. `always` prompts are the ritual's standing questions;
 * the others are chosen when the context shows the situation.
 */
export type PromptTrigger =
  | 'always'
  | 'confidence-fell'
  | 'stale-check-in'
  | 'behind-pace'
  | 'high-score-early'
  | 'no-owner'
  | 'vote-spread'
  | 'votes-below-owner'
  | 'votes-above-owner'
  | 'votes-agree'
  | 'output-key-result'
  | 'unmeasurable-key-result'
  | 'metric-objective'
  | 'too-many-objectives'
  | 'key-result-count'
  | 'unaligned';

export interface PromptDefinition {
  readonly id: string;
  readonly rituals: readonly Ritual[];
  readonly theme: PromptTheme;
  readonly trigger: PromptTrigger;
  readonly source: SourceId;
}

const promptTemplates = {
  'prompt.confidence-fell':
    'Confidence in “{kr}” fell from {from} to {to}. What changed since last week?',
  'prompt.confidence-fell-help':
    'What would bring confidence in “{kr}” back up, and who could help?',
  'prompt.stale-check-in':
    '“{kr}” has had no check-in for {days} days. What got in the way, and what is the number today?',
  'prompt.behind-pace':
    '“{kr}” is at {progress}% with {expected}% of the cycle gone. What would it take to get back on pace, and what will we stop doing to make room?',
  'prompt.high-score-early':
    '“{kr}” already scores {score}. Was it a stretch? What would an ambitious target have looked like?',
  'prompt.no-owner': 'Who will own “{kr}” and bring its number to every check-in?',
  'prompt.vote-spread':
    'Votes range from {min} to {max}. Could the lowest and the highest voter each say what they see that the others may not?',
  'prompt.votes-below-owner':
    'The team’s confidence ({mean}) is below the owner’s ({owner}). What does the owner know that the team does not, or what worries the team that the owner has not heard?',
  'prompt.votes-above-owner':
    'The team is more confident ({mean}) than the owner ({owner}). What is the owner worried about, and how can the team help?',
  'prompt.votes-agree':
    'Everyone is close to {mean}. What one thing would raise our confidence by one point by next week?',
  'prompt.output-key-result':
    '“{kr}” is work we will do. So what? When it is done, what will customers or colleagues do differently, and how would we count it?',
  'prompt.unmeasurable-key-result':
    'How will we know at the end of the cycle whether “{kr}” happened? What number would tell us?',
  'prompt.metric-objective':
    '“{objective}” carries a number. What is the change behind that number, in words that would make someone want to join in?',
  'prompt.too-many-objectives':
    'We have {count} objectives. If we could only achieve one this cycle, which would it be, and what are we willing to say no to?',
  'prompt.key-result-count':
    '“{objective}” has {count} {count|key result|key results}. If every key result scored 1.0, would the objective truly be achieved?',
  'prompt.unaligned':
    'Which objective of the wider organisation does “{objective}” serve? If none, why is it still the right bet?',

  'prompt.planning.story':
    'Before we draft, let us reread why we use OKRs: “{story}” What does that mean for our team this quarter?',
  'prompt.planning.writing':
    'For each key result: is it an outcome we can measure, or a task we can finish? Where does it start and where should it end?',
  'prompt.planning.facilitation':
    'Five minutes of silent writing first: everyone drafts one objective alone, then we compare in pairs before the whole group.',
  'prompt.planning.operations':
    'Who owns each key result, when is our weekly check-in, and what is our starting confidence (about 5 out of 10 for a stretch)?',
  'prompt.planning.critical-thinking':
    'What are we saying no to by choosing these objectives? What would have to be true for each to be the most important thing this quarter?',

  'prompt.weekly-check-in.story':
    'How did last week’s work move us towards the objective, not just keep us busy?',
  'prompt.weekly-check-in.writing':
    'Is each number we report still measuring what we care about, or has it drifted into counting activity?',
  'prompt.weekly-check-in.facilitation':
    'Everyone votes their confidence at the same time; we reveal together and start with the lowest vote.',
  'prompt.weekly-check-in.operations':
    'Update every key result’s value and confidence, then name the three most important things for this week.',
  'prompt.weekly-check-in.critical-thinking':
    'What evidence supports our confidence, beyond hope? What would change our mind?',

  'prompt.mid-cycle-review.story':
    'With what we have learned, is the objective still the right destination? Retell why it matters in one sentence.',
  'prompt.mid-cycle-review.writing':
    'Is any key result measuring the wrong thing? Rewrite it now rather than score it at the end.',
  'prompt.mid-cycle-review.facilitation':
    'Round-robin: each owner takes one minute for what they learned, before any discussion.',
  'prompt.mid-cycle-review.operations':
    'Which key results are at risk, and what will we stop or move to free time for them?',
  'prompt.mid-cycle-review.critical-thinking':
    'Which assumption behind our plan has turned out to be false, and what follows from that?',

  'prompt.retrospective.story':
    'Tell this cycle’s story in three sentences: what we aimed for, what happened, what we learned.',
  'prompt.retrospective.writing':
    'Which key results were easy to score and which were not? What will we write differently next cycle?',
  'prompt.retrospective.facilitation':
    'Each person writes one “keep”, one “stop” and one “try” alone, then we group them together.',
  'prompt.retrospective.operations':
    'Score each key result from 0.0 to 1.0. Committed OKRs below 1.0 get a short, blameless post-mortem.',
  'prompt.retrospective.critical-thinking':
    'Did aspirational OKRs land around 0.6–0.7? If everything scored 1.0, were we stretching enough?',
} as const;

export type PromptKey = keyof typeof promptTemplates;

export const promptMessages = createCatalogue<PromptKey>(promptTemplates);

const contextual = (
  id: string,
  rituals: readonly Ritual[],
  theme: PromptTheme,
  trigger: PromptTrigger,
  source: SourceId,
): PromptDefinition => ({ id, rituals, theme, trigger, source });

const running: readonly Ritual[] = ['weekly-check-in', 'mid-cycle-review'];

export const promptDefinitions: readonly PromptDefinition[] = [
  contextual('confidence-fell', running, 'operations', 'confidence-fell', 'wodtkeCheckIns'),
  contextual('confidence-fell-help', running, 'facilitation', 'confidence-fell', 'doerrCfrs'),
  contextual('stale-check-in', running, 'operations', 'stale-check-in', 'wodtkeCheckIns'),
  contextual('behind-pace', running, 'critical-thinking', 'behind-pace', 'wodtkeCheckIns'),
  contextual(
    'high-score-early',
    [...running, 'retrospective'],
    'critical-thinking',
    'high-score-early',
    'googlePlaybook',
  ),
  contextual('no-owner', ['planning', ...running], 'operations', 'no-owner', 'lamorteOwners'),
  contextual(
    'vote-spread',
    ['weekly-check-in', 'mid-cycle-review', 'planning'],
    'facilitation',
    'vote-spread',
    'planningPoker',
  ),
  contextual(
    'votes-below-owner',
    ['weekly-check-in', 'mid-cycle-review', 'planning'],
    'facilitation',
    'votes-below-owner',
    'doerrCfrs',
  ),
  contextual(
    'votes-above-owner',
    ['weekly-check-in', 'mid-cycle-review', 'planning'],
    'facilitation',
    'votes-above-owner',
    'doerrCfrs',
  ),
  contextual(
    'votes-agree',
    ['weekly-check-in', 'mid-cycle-review'],
    'critical-thinking',
    'votes-agree',
    'wodtkeCheckIns',
  ),
  contextual(
    'output-key-result',
    ['planning', 'mid-cycle-review'],
    'writing',
    'output-key-result',
    'castroSoWhat',
  ),
  contextual(
    'unmeasurable-key-result',
    ['planning', 'mid-cycle-review'],
    'writing',
    'unmeasurable-key-result',
    'doerrKeyResults',
  ),
  contextual('metric-objective', ['planning'], 'writing', 'metric-objective', 'perdooObjectives'),
  contextual(
    'too-many-objectives',
    ['planning', 'mid-cycle-review'],
    'critical-thinking',
    'too-many-objectives',
    'doerrLessIsMore',
  ),
  contextual(
    'key-result-count',
    ['planning'],
    'critical-thinking',
    'key-result-count',
    'googleLitmusTest',
  ),
  contextual('unaligned', ['planning', 'mid-cycle-review'], 'story', 'unaligned', 'doerrAlignment'),
  ...standing('planning', {
    story: 'castroWhy',
    writing: 'castroActivityKeyResults',
    facilitation: 'liberatingStructures',
    operations: 'wodtkeCheckIns',
    'critical-thinking': 'weekdoneCriticalThinking',
  }),
  ...standing('weekly-check-in', {
    story: 'castroWhy',
    writing: 'castroSoWhat',
    facilitation: 'planningPoker',
    operations: 'wodtkeCheckIns',
    'critical-thinking': 'weekdoneCriticalThinking',
  }),
  ...standing('mid-cycle-review', {
    story: 'castroWhy',
    writing: 'googleRework',
    facilitation: 'liberatingStructures',
    operations: 'weekdoneMistakes',
    'critical-thinking': 'weekdoneCriticalThinking',
  }),
  ...standing('retrospective', {
    story: 'doerrCfrs',
    writing: 'googleLitmusTest',
    facilitation: 'liberatingStructures',
    operations: 'googleLitmusTest',
    'critical-thinking': 'googleRework',
  }),
];

function standing(
  ritual: Ritual,
  sources: Readonly<Record<PromptTheme, SourceId>>,
): PromptDefinition[] {
  return promptThemes.map((theme) => ({
    id: `${ritual}.${theme}`,
    rituals: [ritual],
    theme,
    trigger: 'always',
    source: sources[theme],
  }));
}
