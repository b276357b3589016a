import type { ReadQuantity, ScanPosition } from './quantity-scan';

/** The words that may follow a number in one language (French and Spanish share the shape). */
export interface UnitWords {
  /** "millions", "mil", "M": the number is multiplied. */
  readonly scales: Readonly<Record<string, number>>;
  /** A word between a number and its currency: "de" in "2 millones de euros". */
  readonly between: RegExp;
  readonly percentWords: RegExp;
  /** "pour cent", "por ciento": two words for %. */
  readonly percentPhrase: readonly [string, string];
  readonly currencyWords: RegExp;
  /** "k€", "M€": a currency that also scales. */
  readonly currencyScales: Readonly<Record<string, number>>;
  readonly durationUnits: RegExp;
  /** "fois", "veces": "3 fois plus". */
  readonly times: string;
  /**
   * The words after `times` that make it scale a figure ("3 fois plus de clients"); without one,
   * "Publier 30 fois" counts how often, as "Post 30 times" does.
   */
  readonly comparatives: RegExp;
}

/**
 * What follows a number read from the position's token through `lastOfNumber`: a scale, then %, a currency or a
 * unit of time; a currency sign before it counts too.
 */
export function withUnitsIn(words: UnitWords) {
  return (
    { tokens, index: first, quote }: ScanPosition,
    lastOfNumber: number,
    start: number,
  ): ReadQuantity => {
    const word = (at: number) => tokens[at]?.text ?? '';
    let value = start;
    let last = lastOfNumber;
    while (words.scales[word(last + 1)] !== undefined) {
      value *= words.scales[word(last + 1)]!;
      last++;
    }
    const raw = (through: number) => quote(tokens[first]!, tokens[through]!);
    const next = word(last + 1);
    const skip = words.between.test(next) ? 1 : 0;
    const after = word(last + 1 + skip);
    const previous = word(first - 1);
    if (next === '%' || words.percentWords.test(next)) {
      return { quantity: { value, kind: 'percent', raw: raw(last + 1) }, last: last + 1 };
    }
    if (next === words.percentPhrase[0] && word(last + 2) === words.percentPhrase[1]) {
      return { quantity: { value, kind: 'percent', raw: raw(last + 2) }, last: last + 2 };
    }
    if (words.currencyScales[after] !== undefined || words.currencyWords.test(after)) {
      const scale = words.currencyScales[after] ?? 1;
      return {
        quantity: { value: value * scale, kind: 'currency', raw: raw(last + 1 + skip) },
        last: last + 1 + skip,
      };
    }
    if (words.currencyWords.test(previous)) {
      return {
        quantity: { value, kind: 'currency', raw: quote(tokens[first - 1]!, tokens[last]!) },
        last,
      };
    }
    if (words.durationUnits.test(next)) {
      return { quantity: { value, kind: 'duration', raw: raw(last + 1) }, last: last + 1 };
    }
    if (next === words.times && words.comparatives.test(word(last + 2))) {
      return { quantity: { value, kind: 'multiplier', raw: raw(last + 1) }, last: last + 1 };
    }
    return { quantity: { value, kind: 'count', raw: raw(last) }, last };
  };
}
