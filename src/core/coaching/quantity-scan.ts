import { fractionQuantity, type Quantity, type QuantityKind } from './text-quantities';

/** A word of a sentence, in lower case, and where it stands in the sentence as written. */
export interface QuantityToken {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

export interface ReadQuantity {
  readonly quantity: Quantity;
  /** The index of the last token read. */
  readonly last: number;
}

/** Where a scan of a sentence stands: the token at `index` and the words around it. */
export interface ScanPosition {
  readonly sentence: string;
  readonly tokens: readonly QuantityToken[];
  readonly index: number;
  readonly token: QuantityToken;
  readonly previous: string;
  readonly next: string;
  /** The sentence as written from one token through another. */
  readonly quote: (from: QuantityToken, through: QuantityToken) => string;
}

/** How one language writes quantities (French, Spanish, German); `scanQuantities` reads with it. */
export interface QuantityLanguage {
  readonly tokenise: (sentence: string) => QuantityToken[];
  /** A capital letter standing where a number will go ("de X à Y"): its kind, if it is one. */
  readonly placeholder: (at: ScanPosition, written: string) => QuantityKind | undefined;
  readonly multiplierWords: Readonly<Record<string, number>>;
  /** A multiplier said in several words ("diviser par deux"). */
  readonly multiplierPhrase?: (at: ScanPosition) => ReadQuantity | undefined;
  /** "un tiers", "la moitié": the share a token ends, read with the word before it. */
  readonly share: (at: ScanPosition) => number | undefined;
  /** The words after a share that make it a share of something ("des clients"): a percent. */
  readonly shareOf: RegExp;
  /** A token that starts with a digit: its quantity, or none when it names something (a year). */
  readonly readDigits: (at: ScanPosition) => ReadQuantity | undefined;
  /** A number in words from the token on: its value and how many tokens it takes. */
  readonly readWords: (
    at: ScanPosition,
  ) => { readonly value: number; readonly used: number } | undefined;
  /** The words before "one" that make it a rank ("numéro un"), not a count. */
  readonly rankWords: RegExp;
  /** What follows a number read from the position's token through the token at `last`. */
  readonly withUnits: (at: ScanPosition, last: number, value: number) => ReadQuantity;
}

/** The quantities of a sentence, in the order written, read the way its language writes them. */
export function scanQuantities(sentence: string, language: QuantityLanguage): Quantity[] {
  const tokens = language.tokenise(sentence);
  const quote = (from: QuantityToken, through: QuantityToken) =>
    sentence.slice(from.from, through.to);
  const found: Quantity[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const read = readAt(language, {
      sentence,
      tokens,
      index,
      token: tokens[index]!,
      previous: tokens[index - 1]?.text ?? '',
      next: tokens[index + 1]?.text ?? '',
      quote,
    });
    if (read) {
      found.push(read.quantity);
      index = read.last;
    }
  }
  return found;
}

function readAt(language: QuantityLanguage, at: ScanPosition): ReadQuantity | undefined {
  const { token, index } = at;
  const written = at.quote(token, token);
  const alone = (quantity: Quantity) => ({ quantity, last: index });
  const placeholder = language.placeholder(at, written);
  if (placeholder) return alone({ value: NaN, kind: placeholder, raw: written });
  const multiplier = language.multiplierWords[token.text];
  if (multiplier !== undefined)
    return alone({ value: multiplier, kind: 'multiplier', raw: written });
  const phrase = language.multiplierPhrase?.(at);
  if (phrase) return phrase;
  // "x2", "×3"
  if (/^[x×]\d+$/.test(token.text)) {
    return alone({ value: parseFloat(token.text.slice(1)), kind: 'multiplier', raw: written });
  }
  const part = language.share(at);
  if (part !== undefined) {
    const raw = at.quote(at.tokens[index - 1]!, token);
    return alone(fractionQuantity(part, raw, language.shareOf.test(at.next)));
  }
  if (/^\d/.test(token.text)) return language.readDigits(at);
  const worded = language.readWords(at);
  if (!worded || (worded.value === 1 && language.rankWords.test(at.previous))) return undefined;
  return language.withUnits(at, index + worded.used - 1, worded.value);
}

/** A capital letter for a number after one of `before`'s words ("de X", "a Y") or before "%". */
export function placeholderAfter(before: RegExp): QuantityLanguage['placeholder'] {
  return ({ previous, next }, written) => {
    if (!/^[XYZN]$/.test(written) || !(before.test(previous) || next === '%')) return undefined;
    return next === '%' ? 'percent' : previous === '€' ? 'currency' : 'count';
  };
}

/** The words a language writes shares with: "un tiers", "zwei Drittel", "la mitad". */
export interface ShareWords {
  readonly fractions: Readonly<Record<string, number>>;
  /** The words that count fractions ("deux tiers"), and their value. */
  readonly counts: RegExp;
  readonly countOf: (word: string) => number | undefined;
  readonly half: string;
  /** The words after which `half` is a share ("la moitié"). */
  readonly halfAfter: RegExp;
}

export function shareIn(words: ShareWords): QuantityLanguage['share'] {
  return ({ token, previous }) => {
    const fraction = words.fractions[token.text];
    if (fraction !== undefined && words.counts.test(previous)) {
      return fraction * (words.countOf(previous) ?? 1);
    }
    return token.text === words.half && words.halfAfter.test(previous) ? 0.5 : undefined;
  };
}
