import { createCatalogue } from './core-api';
import { frenchFindingTemplates } from './french-messages';
import { germanFindingTemplates } from './german-messages';
import { spanishFindingTemplates } from './spanish-messages';

/**
 * The coaching engine's English catalogue. Every rule has a `.message` and a `.suggestion`;
 * every prompt has its text. Translations are added as further locales of `coachingMessages`
 * (German: `german-messages.ts`, French: `french-messages.ts`,
 * Spanish: `spanish-messages.ts`).
 */
const findingTemplates = {
  'objective.metric.message':
    'This objective reads like a key result: it carries a target ({metric}). An objective says where you are going and why it matters; the numbers belong in its key results.',
  'objective.metric.suggestion':
    'Move “{metric}” into a key result (“Increase <metric> from <today> to <target>”) and reword the objective as the change you want, e.g. “Make <customers> <love / trust / choose> <what you offer>”.',
  'objective.task.message':
    '“{text}” names a deliverable, not a destination. When it is shipped, what will be different, and for whom?',
  'objective.task.suggestion':
    'Write the reason for the work as the objective (what will customers or colleagues be able to do once it is done?) and keep “{text}” as an initiative under one of its key results.',
  'objective.vague.message':
    '“{text}” could be this team’s objective every quarter: it does not say what will be different at the end of this one.',
  'objective.vague.suggestion':
    'Name the specific change and who feels it, e.g. “Make <customers in segment X> <get value in their first week>”, then let key results say how much.',
  'objective.period-label.message':
    '“{text}” is the heading of a list, not an objective: it names a period and a kind of aim, not what will be different when the period ends.',
  'objective.period-label.suggestion':
    'Write the outcome the team wants by then, e.g. “Make <customers in segment X> <choose us over Y>”, and let the cycle carry the period.',
  'objective.compound.message':
    'This objective pursues two aims at once (“… {joint} …”). Two aims split focus and blur what success means.',
  'objective.compound.suggestion':
    'Keep the aim that matters most this cycle as the objective; measure the other as one of its key results or give it its own objective.',
  'objective.negative.message':
    'The objective is framed as something to stop or avoid (“{word}”). Objectives pull people towards a place they want to reach.',
  'objective.negative.suggestion':
    'Turn it round into the state you want: “Stop sucking at customer support” → “Provide support our customers rave about”.',
  'objective.business-as-usual.message':
    '“{text}” keeps things as they are. Business as usual belongs in your health metrics, not in an objective.',
  'objective.business-as-usual.suggestion':
    'Ask what would be different if this went extraordinarily well, and write that: “Maintain uptime” → “Make the platform so reliable customers never think about it”.',
  'objective.length.message':
    'At {words} {words|word|words}, “{text}” is too short to tell anyone where the team is going.',
  'objective.length.suggestion':
    'Say what should become true, in a short sentence: “Ownership” → “Build a culture of ownership”.',
  'objective.too-long.message':
    'At {words} words the objective is hard to remember; people repeat objectives, so shorter is stronger.',
  'objective.too-long.suggestion':
    'Keep the objective to one memorable line and move the detail into its description or key results.',

  'key-result.measurable.message':
    '“{text}” has no number, so nobody can tell at the end of the cycle whether it was achieved.',
  'key-result.measurable.suggestion':
    'Add the metric, where it starts and where it should end: “<Metric> from <baseline> to <target>”.',
  'key-result.activity.message':
    '“{text}” describes work to do (an output), not the result the work should cause (an outcome). So what happens when it is done?',
  'key-result.activity.suggestion':
    'Keep “{text}” as an initiative and measure its effect: “If we succeed with {object}, we will have more <…> or less <…>” → “Increase <metric> from <X> to <Y>”.',
  'key-result.vague.message':
    '“{text}” names a direction (“{vague}”) but no number, so nobody can tell at the end of the cycle whether it went far enough.',
  'key-result.vague.suggestion':
    'Say how much, from where: “{text}” → “<Metric> from <baseline> to <target> by <date>”.',
  'key-result.baseline.message':
    'The target is there but not the starting point: without a baseline the size of the change is unknown.',
  'key-result.baseline.suggestion':
    'Add where the metric is today: “… from <baseline> to <target>”.',
  'key-result.multiplier.message':
    '“{multiplier}” has no starting point: double or half of what? Without the baseline nobody can grade progress during the cycle.',
  'key-result.multiplier.suggestion':
    'Write the start and the end: “<Metric> from <today> to <{scaled} today>”.',
  'key-result.milestone.message':
    '“{text}” is a dated milestone: fine as a key result if another key result shows the effect it should have.',
  'key-result.milestone.suggestion':
    'Pair it with a metric that moves when the milestone lands: “<Metric> from <baseline> to <target>”.',
  'key-result.binary.message':
    '“{text}” is done / not done. A number would show partial progress and the effect you are after.',
  'key-result.binary.suggestion':
    'Measure what being done should change: “<N> <users / customers> use it weekly” or “<metric> from <X> to <Y>”.',
  'key-result.binary-kind.message':
    'This key result is tracked as done / not done, yet its title mentions something countable ({noun}).',
  'key-result.binary-kind.suggestion':
    'Track it as “increase” or “decrease” with a start and a target for {noun}, so progress shows during the cycle.',

  'set.key-result-count.message':
    'This objective has {count} {count|key result|key results}; the operating model asks for {min} to {max}.',
  'set.key-result-count.suggestion':
    'Too few: ask “if all key results hit 1.0, is the objective really achieved?”. Too many: keep the {max} that best show success and track the rest as health metrics.',
  'set.objective-count.message':
    'The team has {count} objectives this cycle; the operating model allows {max}.',
  'set.objective-count.suggestion':
    'Less is more: rank the objectives and keep the top {max}; park the rest for a later cycle.',
  'set.alignment.message':
    'This objective is not aligned to any objective of the parent team, although the parent team has {count} {count|objective|objectives} this cycle.',
  'set.alignment.suggestion':
    'Link it to the parent objective it serves, or write down why it stands alone (a deliberate bet, a local health issue).',
  'set.duplicate-key-results.message':
    'Two key results measure nearly the same thing: “{first}” and “{second}”.',
  'set.duplicate-key-results.suggestion':
    'Merge them into one key result, or replace one with a counter-metric that keeps the other honest (quality next to quantity).',

  'rhythm.stale-check-in.message':
    'No check-in for {days} days (the team checks in every {cadence} days).',
  'rhythm.stale-check-in.suggestion':
    'Update the value and confidence now, even if nothing moved: “no change” is useful news.',
  'rhythm.falling-confidence.message':
    'Confidence fell from {from} to {to} over the last check-ins.',
  'rhythm.falling-confidence.suggestion':
    'Talk about it this week: what changed, what would bring confidence back, and who can help.',
  'rhythm.no-owner.message': 'Nobody owns this key result.',
  'rhythm.no-owner.suggestion':
    'Name one owner who checks in every week; others can contribute, but one person answers for it.',
  'rhythm.high-score-mid-cycle.message':
    'Already at {score} with {remaining}% of the cycle still to run: the target may have been set too low.',
  'rhythm.high-score-mid-cycle.suggestion':
    'Celebrate, then ask whether the target was a stretch. Next cycle, set it where you are about 50% confident.',
  'rhythm.behind-pace-confident.message':
    'Progress is {progress}% against {expected}% expected by now, yet confidence is {confidence}/{max}.',
  'rhythm.behind-pace-confident.suggestion':
    'Check the confidence against the numbers: what makes the team sure it will catch up? If nothing, lower the confidence and discuss options.',
} as const;

export type FindingTemplateKey = keyof typeof findingTemplates;
type FindingKey = FindingTemplateKey;
type RuleOf<K> = K extends `${infer Rule}.message` ? Rule : never;
export type RuleId = RuleOf<FindingKey>;

export const ruleIds = Object.keys(findingTemplates)
  .filter((key) => key.endsWith('.message'))
  .map((key) => key.slice(0, -'.message'.length)) as RuleId[];

export { findingTemplates };

/** Set and rhythm findings are worded from here, so a German, French or Spanish locale gets them in its language too. */
export const coachingMessages = createCatalogue<FindingKey>(findingTemplates, {
  de: germanFindingTemplates,
  fr: frenchFindingTemplates,
  es: spanishFindingTemplates,
});
