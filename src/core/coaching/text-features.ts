import {
  activityVerbs,
  audienceNouns,
  baselineWords,
  completionPhrases,
  leadingFiller,
  outcomeClause,
  reachVerbs,
  thresholdWords,
  vagueWords,
} from './text-lexicon';
import { findQuantities, hasFromTo, type Quantity } from './text-quantities';

/** What the text rules need to know about one objective or key result, read once. */
export interface TextFeatures {
  /** The text as written, trimmed. */
  readonly text: string;
  /** Lower case, without bullets, "KR1:" or "We will". */
  readonly body: string;
  readonly words: readonly string[];
  /** The first word in its base form ("launched" → "launch"). */
  readonly leadingVerb: string;
  /** The words after the leading verb (its object), lower case. */
  readonly rest: string;
  /** The same words as written, for quoting back. */
  readonly restAsWritten: string;
  readonly quantities: readonly Quantity[];
  readonly fromTo: boolean;
  readonly statesBaseline: boolean;
  readonly threshold: boolean;
  readonly outcomeClause: boolean;
  readonly completion: boolean;
  readonly vagueWord?: string;
  /** "Launch X to 50 pilot customers": a work verb that counts the people it reached. */
  readonly countsReach: boolean;
  /** The text is a list of work (starts with an activity verb). */
  readonly startsWithActivity: boolean;
}

const phrasalParticles = /^(up|out|off|on|with|to|down|in)$/;

export function readText(text: string): TextFeatures {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const body = trimmed
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^["'“]+|["'”]+$/g, '')
    .replace(leadingFiller, '')
    .trim();
  const words = body.split(/[^a-z0-9%$€£'-]+/).filter(Boolean);
  const first = words[0] ?? '';
  const leadingVerb = baseForm(first);
  const restStart = phrasalParticles.test(words[1] ?? '') ? 2 : 1;
  const rest = words.slice(restStart).join(' ');
  const restAsWritten = trimmed
    .replace(leadingFiller, '')
    .split(' ')
    .slice(restStart)
    .join(' ')
    .replace(/[.!]+$/, '');
  const quantities = findQuantities(body);
  const vagueMatch = vagueWords.exec(body);
  const fromTo = hasFromTo(body);
  const startsWithActivity = activityVerbs.has(leadingVerb);
  const countsReach =
    reachVerbs.has(leadingVerb) &&
    quantities.some((quantity) => quantity.kind === 'count' || quantity.kind === 'percent') &&
    /\b(to|with|for|by|across|in)\s+(\S+\s+){0,3}?([$€£]?\d|[a-z]+\s+(percent|%))/.test(body) &&
    audienceNouns.test(body);
  return {
    text: trimmed,
    body,
    words,
    leadingVerb,
    rest,
    restAsWritten,
    quantities,
    fromTo,
    statesBaseline: fromTo || baselineWords.test(body),
    threshold: thresholdWords.test(body),
    outcomeClause: outcomeClause.test(body),
    completion: completionPhrases.test(body.replace(/[.!]+$/, '')),
    ...(vagueMatch ? { vagueWord: vagueMatch[0] } : {}),
    countsReach,
    startsWithActivity,
  };
}

/** "launched" → "launch", "publishes" → "publish", "running" → "run"; unknown words pass through. */
export function baseForm(word: string): string {
  if (activityVerbs.has(word)) return word;
  const candidates = [
    word.replace(/ies$/, 'y'),
    word.replace(/es$/, ''),
    word.replace(/s$/, ''),
    word.replace(/ed$/, ''),
    word.replace(/d$/, ''),
    word.replace(/ing$/, ''),
    word.replace(/ing$/, 'e'),
    word.replace(/(.)\1ing$/, '$1'),
    word.replace(/(.)\1ed$/, '$1'),
  ];
  return candidates.find((candidate) => candidate !== word && activityVerbs.has(candidate)) ?? word;
}
