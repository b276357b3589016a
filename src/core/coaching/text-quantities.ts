/**
 * Finds the quantities in an OKR sentence as people write them: digits with separators,
 * percentages, currency, 10k / 1.2M, numbers in words, multipliers ("double", "halve"),
 * durations ("under 2s", "72h") and ranges ("from 40% to 10%"). Numbers that only name
 * something — versions (v2), quarters (Q3), years, dates, ordinals, P1 or p99 — are not
 * quantities: "Ship v2 by Q3" measures nothing.
 */
import { aimListNouns } from './text-periods';

export type QuantityKind = 'count' | 'percent' | 'currency' | 'duration' | 'multiplier';

export interface Quantity {
  /** NaN for a placeholder ("X%", "from X to Y"): the size is still to be filled in. */
  readonly value: number;
  readonly kind: QuantityKind;
  /** The words as written, e.g. `$50k` or `forty percent`. */
  readonly raw: string;
}

/**
 * A fraction as written: a share of the people or things named after it ("ein Drittel der
 * Kunden", "un tiers des clients" is a percentage), else a scaling of a value ("um ein Drittel
 * senken", "réduire de moitié" is a multiplier).
 */
export function fractionQuantity(part: number, raw: string, shareOfWhatFollows: boolean): Quantity {
  return shareOfWhatFollows
    ? { value: part * 100, kind: 'percent', raw }
    : { value: part, kind: 'multiplier', raw };
}

/** Stands in for a placeholder letter after `markPlaceholders`; lower case, so it survives. */
export const placeholderToken = 'qqplaceholderqq';
const placeholderPattern = new RegExp(`^([$€£]?)${placeholderToken}(%|k|m)?$`);

/**
 * Targets written as capital letters in a number's place — "from X to Y", "by N%", "reach $Xk",
 * "to Y users" — are a template's blanks, not vagueness (Castro's own template is "Increase metric
 * from X to Y"). A capital letter counts only where a number would stand: after from / to / by /
 * of / at / than / reach / hit / achieve / over / under, or with %, a currency sign or k/m.
 * A number also stands after the verbs that take a count of what a key result wins ("Generate X
 * MQLs", "Gain N subscribers"), which may open the sentence. "Product X" and "Plan B" stay names.
 */
export function markPlaceholders(text: string): string {
  return text.replace(
    /(\b(?:from|to|by|of|at|than|[Rr]each(?:es)?|[Hh]it|[Aa]chieve|[Gg]enerate|[Gg]ain|[Aa]cquire|[Aa]ttract|[Ww]in|[Ss]ign|over|under|above|below|least|most)\s+|[$€£])?\b([XYZNM])(%|k|K|m|M)?(?![\w'’])/g,
    (match, before: string | undefined, _letter: string, suffix: string | undefined) => {
      if (!before && !suffix) return match;
      return `${before ?? ''}${placeholderToken}${suffix ?? ''}`;
    },
  );
}

const units: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const scales: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};
const multipliers: Readonly<Record<string, number>> = {
  double: 2,
  doubled: 2,
  doubling: 2,
  triple: 3,
  tripled: 3,
  tripling: 3,
  quadruple: 4,
  halve: 0.5,
  halved: 0.5,
  halving: 0.5,
  half: 0.5,
};
/** "by a third", "two thirds", "a quarter": fractions, read only after a/one/two/three. */
const fractions: Readonly<Record<string, number>> = {
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 0.25,
  quarters: 0.25,
  fifth: 0.2,
  fifths: 0.2,
};
const fractionCounts = /^(a|one|two|three|four)$/;
const suffixScale: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

const months =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const monthNames = new RegExp(`^(${months})$`);

const durationUnit =
  /^(ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|yrs?)$/;
const singularUnit = /^(second|minute|hour|day|week|month)$/;
const boundWord = /^(under|below|within|than|to|least|most|over|above)$/;
const percentWord = /^(percent|per-cent|pct|percentage|pp)$/;
/** "3 times more sign-ups" scales a figure; "Post 30 times" counts how often. */
const timesComparative =
  /^(more|less|fewer|higher|lower|faster|slower|greater|larger|bigger|smaller|better|as)$/;
const currencyWord = /^(usd|eur|gbp|dollars?|euros?|pounds?|chf|inr|rupees?|yen)$/;
/** Words after which a number names a thing rather than counting it. */
const namingWords =
  /^(v|version|release|gen|generation|phase|tier|level|stage|step|series|iso|soc|pci|wcag|ios|android|windows|python|java|node|web|fy|q|h|p|page|no|number|#|day|week|sprint|chapter|section|room|gate|platform|model|type|class|category|grade|covid)$/;
const rankAfterNumberOne =
  /^(choice|priority|spot|place|position|rank|brand|provider|tool|option)$/;

interface Token {
  /** In lower case, `10,000` as `10000`: what is read. */
  readonly text: string;
  readonly start: number;
  /** Where the token itself starts and ends (exclusive) in what is read, to be quoted back. */
  readonly from: number;
  readonly to: number;
}

export function findQuantities(sentence: string): Quantity[] {
  const { tokens, quote } = tokenise(sentence);
  const quoted = (from: Token) => (through: Token) => quote(from, through);
  const found: Quantity[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const previous = tokens[index - 1]?.text ?? '';
    const next = tokens[index + 1]?.text ?? '';
    const placeholder = placeholderPattern.exec(token.text);
    if (placeholder) {
      const [, currency, suffix] = placeholder;
      const kind: QuantityKind = currency ? 'currency' : suffix === '%' ? 'percent' : 'count';
      found.push({ value: NaN, kind, raw: quote(token, token).replace(placeholderToken, 'X') });
      continue;
    }
    const multiplier = multipliers[token.text];
    if (multiplier !== undefined) {
      found.push({ value: multiplier, kind: 'multiplier', raw: quote(token, token) });
      continue;
    }
    const fraction = fractions[token.text];
    if (fraction !== undefined && fractionCounts.test(previous)) {
      found.push({
        value: fraction,
        kind: 'multiplier',
        raw: quoted(tokens[index - 1]!)(token),
      });
      continue;
    }
    if (/^an?$/.test(token.text) && singularUnit.test(next) && boundWord.test(previous)) {
      // "to under an hour", "within a day": one of the unit, as a bound.
      found.push({ value: 1, kind: 'duration', raw: quote(token, tokens[index + 1]!) });
      index++;
      continue;
    }
    if (/^\d+(\.\d+)?x$/.test(token.text)) {
      found.push({ value: parseFloat(token.text), kind: 'multiplier', raw: quote(token, token) });
      continue;
    }
    const numeric = parseNumericToken(token.text);
    if (numeric) {
      if (isNamingNumber(numeric, token.text, previous, next, sentence, token)) continue;
      found.push(
        classify(
          numeric.value,
          numeric.kind,
          quoted(token),
          token,
          tokens[index + 1],
          previous,
          tokens[index + 2],
        ),
      );
      continue;
    }
    const worded = readNumberWords(tokens, index);
    if (worded) {
      const after = tokens[worded.end]?.text ?? '';
      index = worded.end - 1;
      if (
        worded.value === 1 &&
        (previous === 'number' || previous === 'no' || rankAfterNumberOne.test(after))
      ) {
        continue;
      }
      if (
        worded.value === 1 &&
        !/^\d/.test(after) &&
        (after === 'of' || after === 'another' || after === '')
      ) {
        continue;
      }
      found.push(
        classify(
          worded.value,
          'count',
          quoted(token),
          tokens[worded.end - 1]!,
          tokens[worded.end],
          previous,
          tokens[worded.end + 1],
        ),
      );
    }
  }
  return found;
}

/** "from 40% to 10%", "from page 2 to page 1", "from $50k to $200k": a baseline and a target. */
export function hasFromTo(sentence: string): boolean {
  const lower = normaliseNumbers(sentence.toLowerCase());
  const match = /\bfrom\b(.{0,60}?)\bto\b(.{0,40})/.exec(lower);
  if (match) return mentionsNumber(match[1]!) && mentionsNumber(match[2]!);
  return /(\d|%)\s*(->|→|=>)\s*[$€£]?\d/.test(lower);
}

function mentionsNumber(text: string): boolean {
  return /\d/.test(text) || findQuantities(text).length > 0;
}

function classify(
  value: number,
  kind: QuantityKind,
  quote: (through: Token) => string,
  last: Token,
  following: Token | undefined,
  previous: string,
  then: Token | undefined,
): Quantity {
  const raw = quote(last);
  if (kind !== 'count') return { value, kind, raw };
  const next = following?.text ?? '';
  if (next === 'times' && timesComparative.test(then?.text ?? '')) {
    return { value, kind: 'multiplier', raw: quote(following!) };
  }
  if (percentWord.test(next)) return { value, kind: 'percent', raw: quote(following!) };
  if (currencyWord.test(next) || currencyWord.test(previous))
    return { value, kind: 'currency', raw };
  if (durationUnit.test(next)) return { value, kind: 'duration', raw: quote(following!) };
  return { value, kind, raw };
}

interface Numeric {
  readonly value: number;
  readonly kind: QuantityKind;
}

function parseNumericToken(text: string): Numeric | undefined {
  const match =
    /^([$€£¥]?)(\d+(?:\.\d+)?)(%|pp|k|m|mm|b|bn|ms|s|secs?|h|hrs?|min|mins|d)?(\+)?(?:\/\w+)?$/.exec(
      text,
    );
  if (!match) return undefined;
  const [, currency, digits, suffix = ''] = match;
  let value = parseFloat(digits!);
  let kind: QuantityKind = currency ? 'currency' : 'count';
  if (suffix === '%' || suffix === 'pp') kind = 'percent';
  else if (suffixScale[suffix] !== undefined) value *= suffixScale[suffix]!;
  else if (suffix) kind = 'duration';
  return { value, kind };
}

function isNamingNumber(
  numeric: Numeric,
  text: string,
  previous: string,
  next: string,
  sentence: string,
  token: Token,
): boolean {
  if (numeric.kind !== 'count') return false;
  // "use the platform 3 times a week": a number before "times" counts how often.
  if (namingWords.test(previous) && next !== 'times') return true;
  if (monthNames.test(previous) || monthNames.test(next)) return true;
  if (next === 'of' && monthNames.test(nextWordAfter(sentence, token, 2))) return true;
  const isYear = /^(19|20)\d\d$/.test(text);
  if (isYear && !/,/.test(sentence.slice(token.start, token.start + 6))) {
    if (next === '' || /^(in|by|of|since|until|for|end|before|after|to)$/.test(previous))
      return true;
    if (/^(q[1-4]|h[12]|fy)$/.test(previous)) return true;
    // "2026 objectives", "our 2026 targets": the year names the period of a list of aims.
    if (aimListNouns.has(next)) return true;
  }
  return false;
}

function nextWordAfter(sentence: string, token: Token, skip: number): string {
  const { tokens: rest } = tokenise(sentence.slice(token.start));
  return rest[skip]?.text ?? '';
}

function readNumberWords(
  tokens: readonly Token[],
  index: number,
): { value: number; end: number } | undefined {
  let total = 0;
  let current = 0;
  let end = index;
  let seen = false;
  while (end < tokens.length) {
    const word = tokens[end]!.text;
    if (units[word] !== undefined) {
      current += units[word]!;
      seen = true;
    } else if (
      scales[word] !== undefined &&
      (seen || word === 'hundred' || word === 'thousand' || tokens[end - 1]?.text === 'a')
    ) {
      current = (current || 1) * scales[word]!;
      if (scales[word]! >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else if (word === 'and' && seen && units[tokens[end + 1]?.text ?? ''] !== undefined) {
      // "one hundred and twenty"
    } else if (word === 'a' && scales[tokens[end + 1]?.text ?? ''] !== undefined) {
      // "a thousand", "a million"
    } else {
      break;
    }
    end++;
  }
  if (!seen) return undefined;
  return { value: total + current, end };
}

const thousandsComma = /(?<=\d),(?=\d{3}\b)/g;

/** `10,000` → `10000`, `1 000` stays two tokens; dashes and `–` become spaces between words. */
function normaliseNumbers(text: string): string {
  return text.replace(thousandsComma, '');
}

/** What is dropped from a sentence before it is read: `10,000` → `10000`, `5 %` → `5%`, `$ 5` → `$5`. */
const dropped = new RegExp(
  `${thousandsComma.source}|(?<=\\d)\\s+(?=%)|(?<=[$€£¥])\\s+(?=\\d)`,
  'g',
);

/**
 * What tokens are read from: the sentence in lower case, with what `dropped` matches left out;
 * and for each of its characters, where it stands in the sentence as written (`at`).
 */
function readable(sentence: string): {
  readonly text: string;
  readonly at: (index: number) => number;
} {
  const spaced = sentence.replace(/[“”"()[\]{}:;!?]/g, ' ');
  const lower = spaced.toLowerCase();
  // Most sentences drop nothing and keep their length in lower case: read as they are.
  if (lower.length === spaced.length && !dropped.test(spaced)) {
    return { text: lower, at: (index) => index };
  }
  dropped.lastIndex = 0;
  const gone = new Set<number>();
  for (const match of spaced.matchAll(dropped)) {
    for (let at = match.index; at < match.index + match[0].length; at++) gone.add(at);
  }
  let text = '';
  const written: number[] = [];
  for (let at = 0; at < spaced.length; at++) {
    if (gone.has(at)) continue;
    // One character for one: a letter whose lower case is longer (İ) is left as it is.
    const letter = spaced[at]!.toLowerCase();
    text += letter.length === 1 ? letter : spaced[at];
    written.push(at);
  }
  return { text, at: (index) => written[index]! };
}

/** The sentence's tokens, and the words from one token through another as the sentence has them. */
function tokenise(sentence: string): {
  readonly tokens: Token[];
  readonly quote: (from: Token, through: Token) => string;
} {
  const { text, at } = readable(sentence);
  const tokens: Token[] = [];
  const pattern =
    /[$€£¥]?qqplaceholderqq[%km]?|\d+(?:-[a-z]+)+|[a-z]+\d[a-z\d]*|[$€£¥]?\d+(?:\.\d+)?[a-z%]*\+?(?:\/\w+)?|[a-z#][a-z'’]*(?:-[a-z]+)*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[0].replace(/[.,]+$/, '');
    const start = match.index;
    if (
      raw.includes('-') &&
      raw.split('-').every((part) => units[part] !== undefined || fractions[part] !== undefined)
    ) {
      // "forty-five" reads as "forty five", "two-thirds" as "two thirds"
      let partStart = start;
      for (const part of raw.split('-')) {
        tokens.push({ text: part, start, from: partStart, to: partStart + part.length });
        partStart += part.length + 1;
      }
    } else if (/^\d+-[a-z]/.test(raw) || /^[a-z]+-(time|day|week|month|year|stop|off)$/.test(raw)) {
      // "30-day churn", "one-time deals": a number inside an adjective names a window, not a target.
      tokens.push({ text: '§', start, from: start, to: start + raw.length });
    } else {
      tokens.push({ text: raw, start, from: start, to: start + raw.length });
    }
  }
  return {
    tokens,
    quote: (from, through) => sentence.slice(at(from.from), at(through.to - 1) + 1),
  };
}
