import type { MessageParams } from './core-api';
import type { CoachingContext } from './context';
import { coachSet, lintText } from './engine';
import {
  promptDefinitions,
  promptMessages,
  type PromptKey,
  type PromptTheme,
  type PromptTrigger,
  type Ritual,
} from './prompt-catalogue';
import { quote } from './rule';
import { highScoreMidCycle } from './rule-rhythm-high-score-mid-cycle';
import { paceStatus, readRhythms } from './rule-rhythm';
import { staleCheckIn } from './rule-rhythm-stale-check-in';
import { keyResultTarget, objectiveTarget } from './rule-set';
import { voteStatistics } from '../rituals/vote-statistics';
import { citation, shortCitation, type SourceId } from './sources';
import type { FindingTarget } from './types';

/** A confidence vote in a meeting: every participant's vote, and the owner's own confidence. */
export interface MeetingVotes {
  readonly votes: readonly number[];
  readonly ownerConfidence?: number;
  readonly keyResultId?: string;
}

export type PromptContext = CoachingContext & {
  readonly votes?: MeetingVotes;
};

export interface RankedPrompt {
  readonly id: string;
  readonly key: PromptKey;
  readonly ritual: Ritual;
  readonly theme: PromptTheme;
  readonly trigger: PromptTrigger;
  /** Higher is more relevant now; standing questions score 1. */
  readonly score: number;
  readonly text: string;
  readonly params: MessageParams;
  readonly source: SourceId;
  readonly citation: string;
  /** The source named in a few words, for narrow places. */
  readonly shortCitation: string;
  readonly target?: FindingTarget;
}

/** Something the context shows, with how much it deserves the room's attention. */
interface Situation {
  readonly trigger: PromptTrigger;
  readonly weight: number;
  readonly params: MessageParams;
  readonly target?: FindingTarget;
}

/**
 * The prompts for a ritual, most relevant first: prompts for what the context shows (a KR whose
 * confidence fell, a wide vote spread, a key result that is really a task…) ahead of the
 * ritual's standing questions, which cover every theme of the method.
 */
export function selectPrompts(ritual: Ritual, context: PromptContext): RankedPrompt[] {
  const situations: Situation[] = [
    { trigger: 'always', weight: 1, params: { story: firstSentence(context.model.story) } },
    ...rhythmSituations(context),
    ...voteSituations(context),
    ...wordingSituations(context),
  ];
  const prompts: RankedPrompt[] = [];
  for (const definition of promptDefinitions) {
    if (!definition.rituals.includes(ritual)) continue;
    for (const situation of situations) {
      if (situation.trigger !== definition.trigger) continue;
      const key = `prompt.${definition.id}` as PromptKey;
      prompts.push({
        id: definition.id,
        key,
        ritual,
        theme: definition.theme,
        trigger: definition.trigger,
        score: situation.weight,
        text: promptMessages.format(key, situation.params, context.locale),
        params: situation.params,
        source: definition.source,
        citation: citation(definition.source),
        shortCitation: shortCitation(definition.source),
        ...(situation.target ? { target: situation.target } : {}),
      });
    }
  }
  return prompts.sort((a, b) => b.score - a.score);
}

function rhythmSituations(context: PromptContext): Situation[] {
  const { model } = context;
  return readRhythms(context.keyResults ?? [], context).flatMap((rhythm): Situation[] => {
    const { kr } = rhythm;
    const target = keyResultTarget(kr);
    const name = quote(kr.title, 60);
    const found: Situation[] = [];
    const { trend } = rhythm;
    if (trend.trend === 'falling' && trend.previous !== undefined && trend.latest !== undefined) {
      const drop = trend.previous - trend.latest;
      const params = { kr: name, from: trend.previous, to: trend.latest };
      found.push({ trigger: 'confidence-fell', weight: 10 + drop, params, target });
    }
    const stale = staleCheckIn.check(rhythm, model);
    if (stale)
      found.push({
        trigger: 'stale-check-in',
        weight: 8,
        params: { kr: name, days: stale.params?.days ?? 0 },
        target,
      });
    if (rhythm.expected > 0 && rhythm.expected < 1) {
      const status = paceStatus(rhythm, model);
      if (status === 'atRisk' || status === 'offTrack') {
        const params = {
          kr: name,
          progress: Math.round(rhythm.progress * 100),
          expected: Math.round(rhythm.expected * 100),
        };
        found.push({
          trigger: 'behind-pace',
          weight: status === 'offTrack' ? 9 : 7,
          params,
          target,
        });
      }
    }
    const high = highScoreMidCycle.check(rhythm, model);
    if (high)
      found.push({
        trigger: 'high-score-early',
        weight: 6,
        params: { kr: name, score: high.params?.score ?? 0 },
        target,
      });
    if (!kr.owner) found.push({ trigger: 'no-owner', weight: 5, params: { kr: name }, target });
    return found;
  });
}

function voteSituations(context: PromptContext): Situation[] {
  const spread = context.votes;
  const statistics = spread && voteStatistics(spread.votes);
  if (!spread || !statistics) return [];
  const range = context.model.confidenceScale.max - context.model.confidenceScale.min;
  const { min: low, max: high, mean } = statistics;
  const kr = context.keyResults?.find((candidate) => candidate.id === spread.keyResultId);
  const target = kr ? keyResultTarget(kr) : undefined;
  const withTarget = (situation: Situation): Situation =>
    target ? { ...situation, target } : situation;
  const found: Situation[] = [];
  if (statistics.count >= 2 && high - low >= 0.3 * range) {
    found.push(
      withTarget({
        trigger: 'vote-spread',
        weight: 9 + (high - low) / range,
        params: { min: low, max: high },
      }),
    );
  }
  if (statistics.count >= 2 && high - low <= Math.ceil(0.1 * range)) {
    found.push(withTarget({ trigger: 'votes-agree', weight: 3, params: { mean } }));
  }
  if (spread.ownerConfidence !== undefined) {
    const gap = mean - spread.ownerConfidence;
    const params = { mean, owner: spread.ownerConfidence };
    if (gap <= -0.15 * range)
      found.push(withTarget({ trigger: 'votes-below-owner', weight: 9.5, params }));
    if (gap >= 0.15 * range)
      found.push(withTarget({ trigger: 'votes-above-owner', weight: 8, params }));
  }
  return found;
}

function wordingSituations(context: PromptContext): Situation[] {
  const found: Situation[] = [];
  for (const kr of context.keyResults ?? []) {
    const rules = new Set(lintText('key_result', kr.title, context).map((finding) => finding.rule));
    const params = { kr: quote(kr.title, 60) };
    const target = keyResultTarget(kr);
    if (rules.has('key-result.activity'))
      found.push({ trigger: 'output-key-result', weight: 6, params, target });
    if (
      rules.has('key-result.measurable') ||
      rules.has('key-result.vague') ||
      rules.has('key-result.binary')
    ) {
      found.push({ trigger: 'unmeasurable-key-result', weight: 6, params, target });
    }
  }
  for (const objective of context.objectives ?? []) {
    const rules = new Set(
      lintText('objective', objective.title, context).map((finding) => finding.rule),
    );
    if (rules.has('objective.metric')) {
      found.push({
        trigger: 'metric-objective',
        weight: 5,
        params: { objective: quote(objective.title, 60) },
        target: objectiveTarget(objective),
      });
    }
  }
  if (context.objectives && context.keyResults) {
    const set = coachSet(
      {
        objectives: context.objectives,
        keyResults: context.keyResults,
        ...(context.teams ? { teams: context.teams } : {}),
      },
      context,
    );
    for (const finding of set) {
      const objective = { objective: finding.target.text ?? '' };
      if (finding.rule === 'set.objective-count') {
        found.push({
          trigger: 'too-many-objectives',
          weight: 5,
          params: { count: finding.params.count ?? 0 },
          target: finding.target,
        });
      } else if (finding.rule === 'set.key-result-count') {
        found.push({
          trigger: 'key-result-count',
          weight: 4,
          params: { ...objective, count: finding.params.count ?? 0 },
          target: finding.target,
        });
      } else if (finding.rule === 'set.alignment') {
        found.push({ trigger: 'unaligned', weight: 4, params: objective, target: finding.target });
      }
    }
  }
  return found;
}

function firstSentence(story: string): string {
  const sentence = /^[^.!?\n]*[.!?]?/.exec(story.trim())?.[0] ?? '';
  return quote(sentence, 160);
}
