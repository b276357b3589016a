import type { TextFeatures } from './text-features';
import type { Quantity } from './text-quantities';
import { activityVerbs, contactVerbs, reachVerbs } from './text-verbs';
import { directionVerbs } from './text-lexicon';

/** A verb of a language's lexicon and the English verb of the same class the rules look up. */
export interface LexiconVerb {
  readonly infinitive: string;
  readonly english: string;
}

/** The verb that carries a line, in which form and at which end it stands. */
export interface MainVerb {
  readonly verb: LexiconVerb;
  readonly form: 'infinitive' | 'participle' | 'noun';
  readonly at: 'first' | 'last';
  /**
   * Words ahead of the OKR's object that are not part of it: the subject of a German main clause,
   * whose verb stands second ("Das Team führt 10 Interviews durch"), or, with a participle `at`
   * last, the subject and auxiliary of a perfect tense ("Das Team hat 10 Interviews geführt").
   */
  readonly after?: number;
  /** The verb's separable prefix stands last, apart from it ("führt … durch"). */
  readonly prefixLast?: boolean;
  /**
   * Where the auxiliaries of a passive stand inside the object, which they are not part of: the
   * "werden" of "3 Workshops werden durchgeführt", the "ont été" of "3 ateliers ont été organisés".
   */
  readonly auxiliaries?: readonly number[];
  /**
   * The participle follows the auxiliary of an active perfect whose subject is not the team
   * ("300 clients ont testé"): what others did, their behaviour.
   */
  readonly byOthers?: boolean;
}

/** A verb table, one verb a line: `infinitive participle noun english`, `-` for a form not used. */
export function verbLexicon(table: string): {
  readonly byInfinitive: Map<string, LexiconVerb>;
  readonly byParticiple: Map<string, LexiconVerb>;
  readonly byNoun: Map<string, LexiconVerb>;
} {
  const byInfinitive = new Map<string, LexiconVerb>();
  const byParticiple = new Map<string, LexiconVerb>();
  const byNoun = new Map<string, LexiconVerb>();
  for (const line of table.trim().split('\n')) {
    const [infinitive, participle, noun, english] = line.trim().split(' ') as [
      string,
      string,
      string,
      string,
    ];
    const verb = { infinitive, english };
    byInfinitive.set(infinitive, verb);
    if (participle !== '-') byParticiple.set(participle, verb);
    if (noun !== '-') byNoun.set(noun, verb);
  }
  return { byInfinitive, byParticiple, byNoun };
}

/**
 * Whether the words ahead of a verb are the team itself, by a language's words for it ("Nous",
 * "Das Team", "El equipo"), not customers, users or tenants.
 */
export const isTeam = (subject: readonly string[], ourselves: RegExp) =>
  subject.every((word) => ourselves.test(word));

/**
 * Whether words count work: a number before what it counts ("3 Workshops"), not a year, or
 * events a team holds ("Workshops", "ateliers", "talleres"), as a language's work nouns say.
 */
export const countsWork = (words: readonly string[], workNouns: RegExp) =>
  words.some(
    (word, at) =>
      workNouns.test(word) ||
      (/^\d+([.,]\d+)*$/.test(word) &&
        !/^(19|20)\d\d$/.test(word) &&
        /^\p{L}/u.test(words[at + 1] ?? '')),
  );

/**
 * Whether a verb in the present after its subject is read: work ("organise") is the team's only
 * when the team is its subject; what others do ("Les clients testent 2 prototypes") is their
 * behaviour, an outcome. A verb of change is read whoever its subject ("Le chiffre augmente").
 */
export const presentIsRead = (verb: LexiconVerb, subject: readonly string[], ourselves: RegExp) =>
  isTeam(subject, ourselves) || !activityVerbs.has(verb.english);

/** A verb in the present tense, after the words that are its subject (none for "Organizamos"). */
export interface PresentVerb {
  readonly verb: LexiconVerb;
  readonly after: number;
}

/**
 * The main verb of a language whose lines open on their verb (French, Spanish): an infinitive or
 * a verbal noun followed by its complement first ("Lancement du site"), else a verb in the
 * present tense after its subject ("Nous organisons 3 ateliers"), else a participle last
 * ("Nouveau site lancé").
 */
export function verbFirst(
  lexicon: ReturnType<typeof verbLexicon>,
  participleOf: (word: string) => LexiconVerb | undefined,
  nounComplement: RegExp,
  presentOf: (words: readonly string[]) => PresentVerb | undefined,
  passive: Passive,
): (words: readonly string[]) => MainVerb | undefined {
  return (words) => {
    const first = words[0] ?? '';
    const leading = lexicon.byInfinitive.get(first);
    if (leading && leading.english !== 'be') {
      return { verb: leading, form: 'infinitive', at: 'first' };
    }
    const noun = lexicon.byNoun.get(first);
    if (noun && nounComplement.test(words[1] ?? '')) {
      return { verb: noun, form: 'noun', at: 'first' };
    }
    const present = presentOf(words);
    if (present && present.verb.english !== 'be' && present.verb.english !== 'become') {
      return { verb: present.verb, form: 'infinitive', at: 'first', after: present.after };
    }
    const done = words.length > 1 ? participleOf(words[words.length - 1] ?? '') : undefined;
    if (!done) return undefined;
    return passiveWork(done, words, passive) ?? participleLast(done, words, passive);
  };
}

/** A participle ending the line: a state ("Nouveau site lancé"), or what others did. */
export function participleLast(
  done: LexiconVerb,
  words: readonly string[],
  passive: Passive,
): MainVerb {
  const before = words.slice(0, -1);
  const auxiliaries = before.flatMap((word, at) => (passive.auxiliary.test(word) ? [at] : []));
  const byOthers = auxiliaries.length === 0 && before.some((word) => passive.perfect.test(word));
  return {
    verb: done,
    form: 'participle',
    at: 'last',
    ...(byOthers ? { byOthers } : { auxiliaries }),
  };
}

/** How a language says the passive of its participles. */
export interface Passive {
  /** "sont", "été"; "son", "sido". */
  readonly auxiliary: RegExp;
  /** The auxiliary of the active perfect ("ont", "han"): without the passive's, others did it. */
  readonly perfect: RegExp;
  readonly workNouns: RegExp;
  /** A word that only holds the subject's place: the "es" of "Es werden 5 Workshops durchgeführt". */
  readonly placeholder?: RegExp;
}

/**
 * "3 ateliers sont organisés", "Se han realizado 5 talleres", "Talleres realizados": work
 * counted (a number or events such as workshops) in the passive, with its auxiliary or without,
 * is that work, as "Organiser 3 ateliers" is. A single deliverable ("Nouveau site lancé") stays
 * a state, done or not, and what others did ("300 clients ont testé") their behaviour.
 */
export function passiveWork(
  done: LexiconVerb,
  words: readonly string[],
  passive: Passive,
): MainVerb | undefined {
  const before = words.slice(0, -1);
  if (!activityVerbs.has(done.english) || !countsWork(before, passive.workNouns)) return undefined;
  const passiveAt = before.flatMap((word, at) => (passive.auxiliary.test(word) ? [at] : []));
  const perfectAt = before.flatMap((word, at) => (passive.perfect.test(word) ? [at] : []));
  if (perfectAt.length > 0 && passiveAt.length === 0) return undefined;
  const placeholder = passive.placeholder?.test(words[0] ?? '') ? [0] : [];
  return {
    verb: done,
    form: 'infinitive',
    at: 'last',
    auxiliaries: [...placeholder, ...perfectAt, ...passiveAt],
  };
}

/** What a language gives the reader: its verbs, its numbers and its word lists. */
export interface ReaderWords {
  /** Bullets, "KR1:", "We will" in this language. */
  readonly filler: RegExp;
  /** Fixed expressions joined into one word before reading ("mettre en place"). */
  readonly joined?: (body: string) => string;
  readonly mainVerbOf: (words: readonly string[]) => MainVerb | undefined;
  readonly findQuantities: (sentence: string) => Quantity[];
  readonly hasFromTo: (sentence: string) => boolean;
  /** People or organisations, as the end of a compound too. */
  readonly audience: RegExp;
  /** Work counted before people it is for: "5 ateliers clients", "10 Workshops mit Kunden". */
  readonly workNouns: RegExp;
  readonly vague: RegExp;
  readonly baseline: RegExp;
  readonly threshold: RegExp;
  readonly outcomeClause: RegExp;
  readonly steadyState: RegExp;
  readonly deadline: RegExp;
  readonly trailingDate: RegExp;
  readonly completion: RegExp;
  readonly noneOf: RegExp;
  readonly firstOf: RegExp;
  readonly statesInWords: RegExp;
}

const wordPattern = /\d+(?:[.,]\d+)*%?|[\p{L}\d%€$£'’-]+/gu;

/**
 * A reader of one language's objectives and key results into the features the rules judge. The
 * main verb may stand at either end ("Kundenumfrage durchführen", "Lancer le site"); `leadingVerb`
 * is the English verb of its class, so "durchführen" and "réaliser" are work as "conduct" is.
 */
export function readerFor(language: ReaderWords): (text: string) => TextFeatures {
  const wholeDate = new RegExp(`^\\s*(${language.deadline.source})\\s*$`, 'u');
  /**
   * "CRM eingeführt bis Ende Q3": the state before the date is what is promised. Only a date
   * that ends the sentence is cut: in "CRM bis Ende Q3 eingeführt" the participle stays.
   */
  const withoutTrailingDate = (sentence: string) => {
    const match = language.trailingDate.exec(sentence);
    return match && wholeDate.test(match[0]) ? sentence.slice(0, match.index) : sentence;
  };
  const peopleAfter = new RegExp(
    `^\\s+(der\\s+|des\\s+|unserer\\s+|aller\\s+|unseren\\s+|von\\s+|de\\s+|d[e'’]\\s*|du\\s+|la\\s+|los\\s+|las\\s+|nos\\s+|nuestros\\s+|nuestras\\s+)?([\\p{L}-]+\\s+){0,2}?${language.audience.source}`,
    'u',
  );
  const workAfter = new RegExp(`^\\s+([\\p{L}-]+\\s+)?${language.workNouns.source}`, 'u');
  /** "10 neue Großkunden", "50 % des clients": the number counts people reached. */
  const countsPeople = (body: string, quantity: Quantity) => {
    const at = body.indexOf(quantity.raw.toLowerCase());
    const after = body.slice(at + quantity.raw.length);
    return at >= 0 && peopleAfter.test(after) && !workAfter.test(after);
  };
  const joined = language.joined ?? ((lower: string) => lower);
  /** The line as written without its first `count` words, as the reader counts them. */
  const afterWords = (line: string, count: number) => {
    const tokens = line.split(' ');
    let read = 0;
    let kept = 0;
    while (kept < tokens.length && read < count) {
      read += (joined(tokens[kept]!.toLowerCase()).match(wordPattern) ?? []).length;
      kept++;
    }
    return tokens.slice(kept).join(' ');
  };
  /** The line as written without the words the reader counts at `indices`. */
  const withoutWordsAt = (line: string, indices: readonly number[]) => {
    if (indices.length === 0) return line;
    let read = 0;
    return line
      .split(' ')
      .filter((token) => {
        const first = read;
        read += (joined(token.toLowerCase()).match(wordPattern) ?? []).length;
        return !indices.some((index) => index >= first && index < read);
      })
      .join(' ');
  };
  return (text) => {
    const trimmed = text.trim().replace(/\s+/g, ' ');
    const written = trimmed
      .replace(/[’‘]/g, "'")
      .replace(/^["'„“]+|["'“”]+$/g, '')
      .replace(language.filler, '')
      .trim();
    const body = joined(written.toLowerCase());
    const sentence = body.replace(/[.!]+$/, '');
    const words = sentence.match(wordPattern) ?? [];
    const clause = withoutTrailingDate(sentence);
    const clauseWords = clause.match(wordPattern) ?? [];
    const main = language.mainVerbOf(clauseWords);
    const quantities = language.findQuantities(written);
    const fromTo = language.hasFromTo(body);
    // "Konzept erstellt", "Nouveau site lancé": a deliverable reported done is the work of making
    // it, as "Konzept erstellen" is; what others did ("300 clients ont testé") is not.
    const doneWork =
      main?.form === 'participle' &&
      main.at === 'last' &&
      main.byOthers !== true &&
      activityVerbs.has(main.verb.english) &&
      !directionVerbs.has(main.verb.english);
    const acts = main !== undefined && main.form !== 'participle';
    const english = acts ? main.verb.english : '';
    const spoken = written.replace(/[.!]+$/, '');
    // A joined verb ("mettre-en-place") stands for as many words as written.
    const ahead = main?.after ?? 0;
    const verbWords = ((main?.at === 'last' ? clauseWords.at(-1) : clauseWords[ahead]) ?? '').split(
      '-',
    ).length;
    const withoutLast = spoken.replace(/\s*\S+$/, '');
    const objectAsWritten =
      main?.at === 'last'
        ? afterWords(withoutLast, ahead)
        : afterWords(main?.prefixLast ? withoutLast : spoken, ahead + verbWords);
    const auxiliaries = (main?.auxiliaries ?? []).map((at) => at - ahead);
    const restAsWritten = withoutWordsAt(objectAsWritten, auxiliaries);
    const vagueMatch = language.vague.exec(body);
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
      rest: (main?.at === 'last'
        ? words.slice(ahead, -1)
        : words.slice(ahead + 1, main?.prefixLast ? -1 : undefined)
      )
        .filter((_, at) => !auxiliaries.includes(at))
        .join(' '),
      restAsWritten,
      quantities,
      fromTo,
      statesBaseline: fromTo || language.baseline.test(body),
      threshold: language.threshold.test(body),
      outcomeClause: language.outcomeClause.test(body),
      completion: language.completion.test(clause) || doneWork,
      ...(vagueMatch ? { vagueWord: vagueMatch[0] } : {}),
      countsReach: reachVerbs.has(english) && audienceCounted,
      countsAudience: !contactVerbs.has(english) && audienceCounted,
      startsWithActivity: activityVerbs.has(english) || doneWork,
      deadline: language.deadline.test(body),
      holdsSteady: language.steadyState.test(body),
      statesInWords: !fromTo && language.statesInWords.test(body),
      passiveOutcome: doneParticiple && directionVerbs.has(main.verb.english),
      countInWords: language.noneOf.test(body) || language.firstOf.test(body),
    };
  };
}
