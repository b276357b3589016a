import {
  germanAudience,
  germanBaselineWords,
  germanCompletion,
  germanDeadline,
  germanFiller,
  germanFirstOf,
  germanNoneOf,
  germanOutcomeClause,
  germanStatesInWords,
  germanSteadyState,
  germanThresholdWords,
  germanTrailingDate,
  germanVagueWords,
  mainVerbOf,
} from './german-lexicon';
import { findGermanQuantities, hasGermanFromTo } from './german-quantities';
import type { TextFeatures } from './text-features';
import type { Quantity } from './text-quantities';
import { activityVerbs, contactVerbs, reachVerbs } from './text-verbs';
import { directionVerbs } from './text-lexicon';

const wordPattern = /\d+(?:[.,]\d+)*%?|[\p{L}\d%€$£'-]+/gu;

/**
 * Reads a German objective or key result into the features the rules judge. The main verb may
 * stand at either end ("Kundenumfrage durchführen", "Einführung eines CRM"); `leadingVerb` is the
 * English verb of its class (`german-lexicon.ts`), so "durchführen" is work as "conduct" is.
 */
export function readGerman(text: string): TextFeatures {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const written = trimmed
    .replace(/[’‘]/g, "'")
    .replace(/^["'„“]+|["'“”]+$/g, '')
    .replace(germanFiller, '')
    .trim();
  const body = written.toLowerCase();
  const sentence = body.replace(/[.!]+$/, '');
  const words = sentence.match(wordPattern) ?? [];
  const clause = withoutTrailingDate(sentence);
  const clauseWords = clause.match(wordPattern) ?? [];
  const main = mainVerbOf(clauseWords);
  const quantities = findGermanQuantities(written);
  const fromTo = hasGermanFromTo(body);
  const acts = main !== undefined && main.form !== 'participle';
  const english = acts ? main.verb.english : '';
  const spoken = written.replace(/[.!]+$/, '');
  const restAsWritten =
    main?.at === 'last' ? spoken.replace(/\s*\S+$/, '') : spoken.replace(/^\S+\s*/, '');
  const vagueMatch = germanVagueWords.exec(body);
  const audienceCounted = quantities.some(
    (quantity) =>
      (quantity.kind === 'count' || quantity.kind === 'percent') && countsPeople(body, quantity),
  );
  const doneParticiple = main?.form === 'participle' && main.at === 'last';
  return {
    text: trimmed,
    body,
    words,
    leadingVerb: english || (words[0] ?? ''),
    rest: (main?.at === 'last' ? words.slice(0, -1) : words.slice(1)).join(' '),
    restAsWritten,
    quantities,
    fromTo,
    statesBaseline: fromTo || germanBaselineWords.test(body),
    threshold: germanThresholdWords.test(body),
    outcomeClause: germanOutcomeClause.test(body),
    completion:
      germanCompletion.test(clause) ||
      (doneParticiple &&
        !directionVerbs.has(main.verb.english) &&
        activityVerbs.has(main.verb.english)),
    ...(vagueMatch ? { vagueWord: vagueMatch[0] } : {}),
    countsReach: reachVerbs.has(english) && audienceCounted,
    countsAudience: !contactVerbs.has(english) && audienceCounted,
    startsWithActivity: activityVerbs.has(english),
    deadline: germanDeadline.test(body),
    holdsSteady: germanSteadyState.test(body),
    statesInWords: !fromTo && germanStatesInWords.test(body),
    passiveOutcome: doneParticiple && directionVerbs.has(main.verb.english),
    countInWords: germanNoneOf.test(body) || germanFirstOf.test(body),
  };
}

const wholeDate = new RegExp(`^\\s*(${germanDeadline.source})\\s*$`, 'u');

/**
 * "CRM eingeführt bis Ende Q3": the state before the date is what is promised. Only a date that
 * ends the sentence is cut: in "CRM bis Ende Q3 eingeführt" the participle after it stays.
 */
function withoutTrailingDate(sentence: string): string {
  const match = germanTrailingDate.exec(sentence);
  return match && wholeDate.test(match[0]) ? sentence.slice(0, match.index) : sentence;
}

/** "10 neue Großkunden", "50 % der Mitarbeitenden": the number counts people reached. */
function countsPeople(body: string, quantity: Quantity): boolean {
  const at = body.indexOf(quantity.raw.toLowerCase());
  if (at < 0) return false;
  const after = body.slice(at + quantity.raw.length);
  return new RegExp(
    `^\\s+(der\\s+|des\\s+|unserer\\s+|aller\\s+|unseren\\s+|von\\s+)?([\\p{L}-]+\\s+){0,2}?${germanAudience.source}`,
    'u',
  ).test(after);
}
