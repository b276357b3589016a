/**
 * Finds the quantities in a French OKR sentence as people write them: "1 000" and "1,5" with
 * French separators, "20 %", "2 M€", "2 millions d'euros", "500 k€", "3 points", numbers in words
 * ("dix", "vingt-cinq", "deux cents", "un million"), fractions ("un tiers des clients", "de
 * moitié") and multipliers ("doubler", "doublement", "diviser par deux", "x2"). Numbers that only
 * name something are not quantities: ordinals ("au 2e trimestre", "1er juin"), T3, years, ISO 27001.
 */
import {
  placeholderAfter,
  scanQuantities,
  shareIn,
  type QuantityLanguage,
  type QuantityToken,
  type ReadQuantity,
  type ScanPosition,
} from './quantity-scan';
import type { Quantity } from './text-quantities';
import { withUnitsIn } from './text-quantity-units';

type Token = QuantityToken;

const tokenPattern =
  /[€$£]|%|\d+(?:er|re|ère|e|ème|eme|nd|nde)(?![\p{L}\d])|\d{1,3}(?:[  \u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?(?:%|x|k€|m€|md€|k|m)?|[x×]\d+|[km]d?€|\p{L}[\p{L}\d-]*\.?/gu;

const units: Readonly<Record<string, number>> = {
  zéro: 0,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
};
/** "un", "une" are articles; they count inside a number ("vingt et un") or before a scale. */
const inside: Readonly<Record<string, number>> = { ...units, un: 1, une: 1 };
const scales: Readonly<Record<string, number>> = {
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  m: 1e6,
  md: 1e9,
  mds: 1e9,
  k: 1e3,
};
const multiplierWords: Readonly<Record<string, number>> = {
  doubler: 2,
  doublé: 2,
  doublée: 2,
  doublement: 2,
  tripler: 3,
  triplé: 3,
  triplement: 3,
  quadrupler: 4,
};
const fractions: Readonly<Record<string, number>> = { tiers: 1 / 3, quart: 0.25, quarts: 0.25 };
const fractionCounts = /^(un|deux|trois)$/;
const shareOf = /^(des|de|du|d)$/;
const percentWords = /^(pour-cent|pourcent|points?|pts?)$/;
const currencyWords = /^(€|\$|£|euros?|eur|dollars?|usd|chf)$/;
const currencyScales: Readonly<Record<string, number>> = {
  '€': 1,
  'k€': 1e3,
  'm€': 1e6,
  'md€': 1e9,
};
const durationUnits =
  /^(ms|s|sec|secondes?|min|minutes?|h|heures?|j|jours?|semaines?|mois|ans|années?)$/;
const monthName =
  /^(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/;
const namingWords =
  /^(v|version|phase|étape|niveau|iso|soc|pci|wcag|t|q|s|h|p|n°|no|numéro|sprint|page|article|fy|top|covid|windows|ios|android)$/;
const yearContext = /^(en|ici|fin|pour|depuis|avant|après|année|exercice|début|mi|au|de)$/;
// After the verbs that take a count of what a key result wins, as "Generate X MQLs" in English.
const placeholderBefore =
  /^(de|d|à|a|par|au|moins|plus|sous|atteindre|générer|gagner|obtenir|acquérir|attirer|signer|conquérir|recruter)$/;

/** "dix" → 10, "vingt-cinq" → 25, "quatre-vingt-dix" → 90, "deux cents" → 200. */
function readNumberWords(
  parts: readonly string[],
): { readonly value: number; readonly used: number } | undefined {
  let total = 0;
  let current = 0;
  let used = 0;
  let seen = false;
  for (const part of parts) {
    if ((part === 'vingt' || part === 'vingts') && current % 100 === 4) {
      current += 80 - 4;
    } else if (part === 'cent' || part === 'cents') {
      current = (current || 1) * 100;
    } else if (part === 'mille') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (part === 'et' && seen) {
      // "vingt et un"
    } else if (units[part] !== undefined || (seen && inside[part] !== undefined)) {
      current += inside[part]!;
    } else {
      break;
    }
    seen = true;
    used++;
  }
  return seen && parts[used - 1] !== 'et' ? { value: total + current, used } : undefined;
}

function readable(sentence: string): string {
  // "d'euros" → "d euros": the elided article is its own word; the length stays.
  return sentence
    .toLowerCase()
    .replace(/(?<!\p{L})([dl])['’]/gu, '$1 ')
    .replace(/[  \u202f](?=%)/g, ' ');
}

function tokenise(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of readable(sentence).matchAll(tokenPattern)) {
    const raw = match[0];
    const text = raw.replace(/\.$/, '');
    if (/^\p{L}/u.test(text) && text.includes('-')) {
      // "vingt-cinq" reads as "vingt cinq"; "quatre-vingt-dix" as "quatre vingt dix".
      const parts = text.split('-');
      if (parts.every((part) => inside[part] !== undefined || /^(cents?|mille|et)$/.test(part))) {
        let from = match.index;
        for (const part of parts) {
          tokens.push({ text: part, from, to: from + part.length });
          from += part.length + 1;
        }
        continue;
      }
    }
    tokens.push({ text, from: match.index, to: match.index + raw.length });
  }
  return tokens;
}

/** "diviser par deux", "multiplier par 3". */
function dividedOrMultipliedBy({ tokens, index, token, next, quote }: ScanPosition) {
  if (!/^(diviser|divisé|divisée|multiplier|multiplié|multipliée)$/.test(token.text)) return;
  const byWord = tokens[index + 2]?.text ?? '';
  const by = /^\d+$/.test(byWord) ? parseFloat(byWord) : readNumberWords([byWord])?.value;
  if (next !== 'par' || by === undefined || by <= 0) return;
  const value = token.text.startsWith('div') ? 1 / by : by;
  return {
    quantity: { value, kind: 'multiplier', raw: quote(token, tokens[index + 2]!) },
    last: index + 2,
  } satisfies ReadQuantity;
}

function readDigits(at: ScanPosition): ReadQuantity | undefined {
  const { token, index, previous, next, sentence, quote } = at;
  if (/^\d+(er|re|ère|e|ème|eme|nd|nde)$/.test(token.text)) return undefined;
  if (namingWords.test(previous) || monthName.test(next) || sentence[token.to] === '/') {
    return undefined;
  }
  const match = /^(\d[\d.,  \u202f]*?)(%|x|k€|m€|md€|k|m)?$/.exec(token.text);
  if (!match) return undefined;
  const value = parseFloat(match[1]!.replace(/[  \u202f]/g, '').replace(',', '.'));
  const suffix = match[2];
  if (suffix === '%')
    return { quantity: { value, kind: 'percent', raw: quote(token, token) }, last: index };
  if (suffix === 'x')
    return { quantity: { value, kind: 'multiplier', raw: quote(token, token) }, last: index };
  if (suffix && currencyScales[suffix.replace(/^(k|m|md)/, '$1')] !== undefined) {
    return {
      quantity: {
        value: value * currencyScales[suffix]!,
        kind: 'currency',
        raw: quote(token, token),
      },
      last: index,
    };
  }
  const isYear = /^(19|20)\d\d$/.test(match[1]!) && !suffix;
  if (isYear && (yearContext.test(previous) || next === '' || /^objectifs?$/.test(next))) {
    return undefined;
  }
  const scaled = suffix === 'k' ? value * 1e3 : suffix === 'm' ? value * 1e6 : value;
  return withUnits(at, index, scaled);
}

const withUnits = withUnitsIn({
  scales,
  // "2 millions d'euros": the elided "de" stands between the number and its currency.
  between: /^(d|de)$/,
  percentWords,
  percentPhrase: ['pour', 'cent'],
  currencyWords,
  currencyScales,
  durationUnits,
  times: 'fois',
  comparatives: /^(plus|moins|mieux)$/,
});

const french: QuantityLanguage = {
  tokenise,
  placeholder: placeholderAfter(placeholderBefore),
  multiplierWords,
  multiplierPhrase: dividedOrMultipliedBy,
  share: shareIn({
    fractions,
    counts: fractionCounts,
    countOf: (word) => inside[word],
    half: 'moitié',
    halfAfter: /^(la|de|à|par)$/,
  }),
  shareOf,
  readDigits,
  readWords: ({ tokens, index, token, next }) =>
    /^(un|une)$/.test(token.text) && /^(millions?|milliards?|mille)$/.test(next)
      ? { value: 1, used: 1 }
      : readNumberWords(tokens.slice(index).map((each) => each.text)),
  rankWords: /^(numéro|n°)$/,
  withUnits,
};

export function findFrenchQuantities(sentence: string): Quantity[] {
  return scanQuantities(sentence, french);
}

/** "de 5 % à 3 %", "passer de 48 h à 12 h", "48h → 12h": a baseline and a target. */
export function hasFrenchFromTo(sentence: string): boolean {
  const lower = readable(sentence);
  const match = /(?<!\p{L})d[e ]\s*(.{0,60}?)\s+à\s+(.{0,40})/u.exec(lower);
  if (match && mentionsNumber(match[1]!) && mentionsNumber(match[2]!)) return true;
  return /(\d|%)\s*(->|→|=>)\s*[$€£]?\d/.test(lower);
}

function mentionsNumber(text: string): boolean {
  return findFrenchQuantities(text).length > 0 || /(^|\s)[xyzn](\s|%|\)|$)/.test(text);
}
