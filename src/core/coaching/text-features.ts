import {
  audienceNouns,
  baselineWords,
  completionPhrases,
  directionVerbs,
  leadingFiller,
  measureNouns,
  outcomeClause,
  steadyState,
  thresholdWords,
  vagueWords,
} from './text-lexicon';
import { findQuantities, hasFromTo, markPlaceholders, type Quantity } from './text-quantities';
import { countsWork } from './text-reader';
import { activityVerbs, contactVerbs, reachVerbs } from './text-verbs';

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
  /** "Onboard 300 new clients", "Deploy it to 100% of employees": counts the people it reached. */
  readonly countsAudience: boolean;
  /** The text is a list of work (starts with an activity verb). */
  readonly startsWithActivity: boolean;
  /** "by March 31", "by end of Q2", "in the first 30 days": a date the result is due. */
  readonly deadline: boolean;
  /** "Keep churn below 2%", "Hold costs flat", "Cap the increase at 3%": a value held or capped. */
  readonly holdsSteady: boolean;
  /**
   * "Deployment frequency from monthly to daily": a baseline and a target written as words. It
   * has Castro's "from X (baseline) to Y (target)" form, so it is measurable.
   */
  readonly statesInWords: boolean;
  /** "Churn reduced to 5%": an outcome in the passive voice (no verb leads the sentence). */
  readonly passiveOutcome: boolean;
  /**
   * A count said without a number: "No P1 incidents this quarter" (none, as "Zero P1 incidents"
   * is), "Land our first paying customer in Japan" (one).
   */
  readonly countInWords: boolean;
}

const phrasalParticles = /^(up|out|off|on|with|to|down|in)$/;

export function readText(text: string): TextFeatures {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  // Targets written as letters ("from X to Y", "by N%") read as quantities still to be filled in.
  const bodyAsWritten = markPlaceholders(trimmed)
    .replace(/[’‘]/g, "'")
    .replace(/^["'“]+|["'”]+$/g, '')
    .replace(leadingFiller, '')
    .trim();
  const body = bodyAsWritten.toLowerCase();
  const words = body.split(/[^a-z0-9%$€£'-]+/).filter(Boolean);
  const subject = activityVerbs.has(baseForm(words[0] ?? '')) ? undefined : workAfterSubject(words);
  const passive = subject ? undefined : passiveWork(words);
  const verbAt = subject ?? 0;
  const first = words[verbAt] ?? '';
  const leadingVerb = passive?.verb ?? (subject ? presentBase(first) : baseForm(first));
  const restStart = verbAt + (phrasalParticles.test(words[verbAt + 1] ?? '') ? 2 : 1);
  const tokens = trimmed.replace(leadingFiller, '').split(' ');
  const rest = (passive ? passive.object(words) : words.slice(restStart)).join(' ');
  const restAsWritten = (passive ? passive.object(tokens) : tokens.slice(restStart))
    .join(' ')
    .replace(/[.!]+$/, '');
  // Read in any case, quoted back as written ("1M", "10,000").
  const quantities = findQuantities(
    withoutQuotedNames(markPlaceholders(trimmed).replace(/[’‘]/g, "'"))
      .replace(leadingFiller, '')
      .trim(),
  );
  const vagueMatch = vagueWords.exec(body);
  const fromTo = hasFromTo(body);
  // "Release frequency from monthly to weekly": a work verb's word naming a measure with its size;
  // "Onboarding in under a week": the work as a noun, bounded in time.
  const namesMeasure =
    (measureNouns.test(words[restStart] ?? '') || (/ing$/.test(first) && boundedNext.test(body))) &&
    (quantities.length > 0 || fromTo || statesInWords.test(body));
  const startsWithActivity = activityVerbs.has(leadingVerb) && !namesMeasure;
  const countsAudience = !contactVerbs.has(leadingVerb) && countedAudience.test(body);
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
    completion: completionPhrases.test(withoutTrailingDate(body.replace(/[.!]+$/, ''))),
    ...(vagueMatch ? { vagueWord: vagueMatch[0] } : {}),
    countsReach,
    countsAudience,
    startsWithActivity,
    deadline: deadline.test(body),
    holdsSteady: steadyState.test(body),
    statesInWords: !fromTo && statesInWords.test(body),
    passiveOutcome: !directionVerbs.has(leadingVerb) && passiveChange.test(body),
    countInWords: noneOf.test(body) || firstOf.test(body),
  };
}

/**
 * The team or a unit of its organisation as a subject: "The team", "Our teams", "Sales", "The HR
 * team", "Each squad". A department's work is work, whichever team writes it down; what
 * customers or users do is the behaviour a team sets out to change, and is not read here.
 */
const ourSubject =
  /^(the|our|each|every|all|[a-z-]*teams?|departments?|squads?|units?|sales|marketing|hr|it|finance|legal|engineering|product|support|operations|ops|procurement|purchasing|design|security|recruiting|recruitment|talent|pr|communications|comms|devops|qa|infrastructure|accounting|growth)$/;
const determiner = /^(the|our|each|every|all)$/;
/** What work is done to: a count, a determiner, or how often ("runs 5 webinars", "hosts monthly demos"). */
const objectStart =
  /^(\d|(a|an|the|our|its|their|all|every|each|new|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|monthly|weekly|quarterly|regular|at)$)/;

/** "runs" → "run", "organises" → "organise", "carries" → "carry". */
function presentBase(word: string): string {
  const candidates = [word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')];
  return candidates.find((candidate) => candidate !== word && activityVerbs.has(candidate)) ?? word;
}

/**
 * "Sales runs 5 webinars", "The team hosts 4 events", "Our teams run 10 interviews", "Sales runs
 * webinars": where the work verb stands after the team or one of its departments, if it does.
 * The verb must be followed by what it works on (a count, a determiner, or events such as
 * webinars or blog posts), so "Sales calls convert at 20%" keeps "Sales calls" a noun.
 */
function workAfterSubject(words: readonly string[]): number | undefined {
  for (let at = 1; at <= Math.min(3, words.length - 2); at++) {
    const subject = words.slice(0, at);
    if (!subject.every((word) => ourSubject.test(word))) return undefined;
    if (subject.every((word) => determiner.test(word))) continue;
    const verb = words[at]!;
    const plural = /s$/.test(subject.at(-1)!) && subject.at(-1) !== 'sales';
    const reads = activityVerbs.has(presentBase(verb)) || (plural && activityVerbs.has(verb));
    const object = phrasalParticles.test(words[at + 1] ?? '') ? at + 2 : at + 1;
    const worksOn =
      objectStart.test(words[object] ?? '') ||
      words.slice(object, object + 2).some((word) => englishWorkNouns.test(word));
    if (reads && worksOn) return at;
  }
  return undefined;
}

/** Participles of work verbs that do not end in -ed. */
const irregularParticiples = new Map(
  Object.entries({
    held: 'hold',
    run: 'run',
    written: 'write',
    built: 'build',
    sent: 'send',
    made: 'make',
    taught: 'teach',
    done: 'do',
    shown: 'show',
    drawn: 'draw',
    led: 'lead',
    met: 'meet',
    spoken: 'speak',
    bought: 'buy',
    begun: 'begin',
  }),
);
/**
 * The simple past of work verbs whose participle differs: "We ran 5 webinars", "We did 400 QBRs"
 * report the team's work done, as "We hosted 12 workshops" does. Kept out of the passive's
 * reading, where "500 customers ran the report" is what others did.
 */
const irregularPasts = new Map(
  Object.entries({
    ran: 'run',
    wrote: 'write',
    did: 'do',
    drew: 'draw',
    spoke: 'speak',
    began: 'begin',
  }),
);
const passiveAuxiliary = /^(is|are|was|were|be|been|being|get|gets|got)$/;
/** What may follow a deliverable's participle at the end of the line: nothing, or where it went. */
const doneAtEnd = /^((to|on|in|into)(\s+\S+){1,4})?$/;
const englishWorkNouns =
  /^(workshops?|webinars?|sessions?|meetings?|events?|interviews?|trainings?|posts?|articles?|campaigns?|calls?|demos?|visits?|surveys?|talks?|classes?|courses?|newsletters?|videos?|podcasts?|episodes?|presentations?)$/;

/**
 * "3 workshops are held", "Webinars are hosted monthly", "10 articles written": work counted (a
 * number or events such as workshops) in the passive is that work, as "Hold 3 workshops" is. So
 * is a single deliverable reported done ("New landing page released", "Legacy app migrated to
 * the new stack"), as "Release the new landing page" is; what others did ("500 customers have
 * attended") is their behaviour.
 */
function passiveWork(
  words: readonly string[],
): { verb: string; object: <T>(line: readonly T[]) => T[] } | undefined {
  const at = words.findIndex(
    (word, index) =>
      index > 0 &&
      (irregularParticiples.has(word) || (/ed$/.test(word) && baseForm(word) !== word)) &&
      activityVerbs.has(irregularParticiples.get(word) ?? baseForm(word)),
  );
  if (at < 1 || at > 6) return undefined;
  const before = words.slice(0, at);
  if (before.some((word) => /^(have|has|had)$/.test(word))) return undefined;
  const auxiliaries = before.flatMap((word, index) => (passiveAuxiliary.test(word) ? [index] : []));
  const subject = before.filter((_, index) => !auxiliaries.includes(index));
  const endsOnIt = doneAtEnd.test(words.slice(at + 1).join(' '));
  if (!countsWork(subject, englishWorkNouns) && !endsOnIt) return undefined;
  return {
    verb: irregularParticiples.get(words[at]!) ?? baseForm(words[at]!),
    object: (line) => line.filter((_, index) => index !== at && !auxiliaries.includes(index)),
  };
}

const countedAudience = new RegExp(
  `((?<![$€£\\d.,])\\d[\\d.,]*[%k]?\\+?|\\bper ?cent)\\s+(of\\s+)?(the\\s+|our\\s+|all\\s+)?([a-z-]+\\s+){0,2}${audienceNouns.source}`,
);
const months =
  'jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?';
const deadline = new RegExp(
  `\\b(by|before|until|till|no later than|in|within|during|at)\\s+(the\\s+)?(end of\\s+(the\\s+)?)?((${months})\\b|q[1-4]\\b|h[12]\\b|fy\\d*|(this|next|the)\\s+(quarter|year|month|cycle)|(first|next)\\s+\\d+\\s+(days|weeks|months)|\\d+\\s+(days|weeks|months)|(19|20)\\d\\d|year|quarter|month|week\\s+\\d+|day\\s+\\d+)`,
);
/** "… by end of Q2", "… before June 30": a date the sentence ends on. */
const trailingDate = /\s+(by|before|until|till|no later than|within|during|in|at)\s+[^,;]{1,30}$/;

/**
 * "New pricing live by March", "SOC 2 report issued by September 30": the date says when, so the
 * state before it is what is promised, done or not done.
 */
function withoutTrailingDate(body: string): string {
  const match = trailingDate.exec(body);
  return match && deadline.test(match[0]) ? body.slice(0, match.index) : body;
}
/** A bound right after the first word: "Onboarding in under a week", "Shipping within 24 hours". */
const boundedNext =
  /^\S+\s+(in\s+)?(under|below|within|less than|no more than|at most|above|over|at least)\s/;

/** "No customer-reported outages", but not "No more manual deploys" (a direction, no size). */
const noneOf = /^no\s+(?!(more|longer|less|fewer|later|one)\b)[a-z]/;
const firstOf = new RegExp(`\\bfirst\\s+([a-z-]+\\s+){0,2}?${audienceNouns.source}`);
/**
 * ‘$50 Gift For Friend Signups’, "Top 10 Tips": words in quotes name something (a feature, a
 * campaign), so a number inside them counts nothing, as the 2 in "v2" does not.
 */
const quotedName = /(^|\s)["'“][^"'“”]{1,60}["'”](?=$|[\s.,;:!?])/g;

function withoutQuotedNames(text: string): string {
  const whole = /^["'“](.*)["'”]$/.exec(text);
  return (whole ? whole[1]! : text).replace(quotedName, ' ');
}
const statesInWords = /\bfrom\s+([a-z-]+\s+){0,3}?[a-z-]+\s+to\s+[a-z-]+/;
const passiveChange =
  /^([a-z0-9'&/-]+\s+){1,6}?((is|are|was|were|be|gets?|got)\s+)?(reduced|increased|improved|raised|lowered|cut|grown|decreased|boosted|lifted|dropped|shortened|halved|doubled|tripled)\b/;

/**
 * "launched" → "launch", "running" → "run"; unknown words pass through. A leading word ending in
 * -s is left alone: an imperative is never inflected, so "Reviews", "Visits" or "Tests" opening a
 * key result are nouns ("Reviews average 4.5 stars"), not work.
 */
export function baseForm(word: string): string {
  if (activityVerbs.has(word)) return word;
  const irregular = irregularParticiples.get(word) ?? irregularPasts.get(word);
  if (irregular !== undefined && activityVerbs.has(irregular)) return irregular;
  const candidates = [
    word.replace(/ed$/, ''),
    word.replace(/d$/, ''),
    word.replace(/ing$/, ''),
    word.replace(/ing$/, 'e'),
    word.replace(/(.)\1ing$/, '$1'),
    word.replace(/(.)\1ed$/, '$1'),
  ];
  return candidates.find((candidate) => candidate !== word && activityVerbs.has(candidate)) ?? word;
}
