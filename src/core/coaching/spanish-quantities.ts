/**
 * Finds the quantities in a Spanish OKR sentence as people write them: "1.000" and "1,5" (Spain)
 * or "1,000" and "1.5" (Latin America), "20 %", "2 M€", "2 millones de euros", "10 mil", "3 puntos
 * porcentuales", numbers in words ("diez", "treinta y cinco", "doscientos"), fractions ("un tercio
 * de los clientes", "a la mitad") and multipliers ("duplicar", "duplicación", "x2"). Numbers that
 * only name something are not quantities: "2.º trimestre", "30 de junio", T3, years, ISO 27001.
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
  /[€$£]|%|\d+\.?(?:º|ª|°|er|o|a)(?![\p{L}\d])|\d{1,3}(?:[.,]\d{3})+(?![\d])|\d+(?:[.,]\d+)?(?:%|x|k€|m€|k|m)?|[x×]\d+|[km]€|\p{L}[\p{L}\d-]*\.?/gu;

const units: Readonly<Record<string, number>> = {
  cero: 0,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintiún: 21,
  veintidós: 22,
  veintitrés: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
  ciento: 100,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  cuatrocientos: 400,
  cuatrocientas: 400,
  quinientos: 500,
  quinientas: 500,
  seiscientos: 600,
  seiscientas: 600,
  setecientos: 700,
  setecientas: 700,
  ochocientos: 800,
  ochocientas: 800,
  novecientos: 900,
  novecientas: 900,
};
/** "un", "una", "uno" are articles; they count inside a number ("treinta y uno") or before a scale. */
const inside: Readonly<Record<string, number>> = { ...units, un: 1, una: 1, uno: 1 };
const scales: Readonly<Record<string, number>> = {
  mil: 1e3,
  millón: 1e6,
  millones: 1e6,
  mm: 1e6,
  m: 1e6,
  k: 1e3,
};
const multiplierWords: Readonly<Record<string, number>> = {
  duplicar: 2,
  duplicado: 2,
  duplicada: 2,
  duplicación: 2,
  doblar: 2,
  triplicar: 3,
  triplicado: 3,
  triplicación: 3,
  cuadruplicar: 4,
};
const fractions: Readonly<Record<string, number>> = { tercio: 1 / 3, tercios: 1 / 3, cuarto: 0.25 };
const fractionCounts = /^(un|dos|tres)$/;
const shareOf = /^(de|del)$/;
const percentWords = /^(puntos?|pp|pts?)$/;
const currencyWords = /^(€|\$|£|euros?|eur|dólares|dólar|usd|pesos?|mxn|cop|clp|ars)$/;
const currencyScales: Readonly<Record<string, number>> = { '€': 1, 'k€': 1e3, 'm€': 1e6 };
const durationUnits =
  /^(ms|s|seg|segundos?|min|minutos?|h|horas?|d|días?|semanas?|meses|mes|años?)$/;
const monthName =
  /^(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)$/;
const namingWords =
  /^(v|versión|fase|etapa|nivel|iso|soc|pci|wcag|t|q|s|h|p|n°|no|nº|número|sprint|página|artículo|fy|top|covid|windows|ios|android)$/;
const yearContext = /^(en|para|fin|final|desde|antes|después|año|ejercicio|inicio|de|del)$/;
// After the verbs that take a count of what a key result wins, as "Generate X MQLs" in English.
const placeholderBefore =
  /^(de|a|en|un|por|al|menos|más|bajo|alcanzar|generar|ganar|conseguir|obtener|captar|atraer|firmar|lograr|adquirir)$/;

/** "diez" → 10, "treinta y cinco" → 35, "doscientos cincuenta" → 250, "dos mil" → 2000. */
function readNumberWords(
  parts: readonly string[],
): { readonly value: number; readonly used: number } | undefined {
  let total = 0;
  let current = 0;
  let used = 0;
  let seen = false;
  for (const part of parts) {
    if (part === 'mil' && seen) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (part === 'y' && seen && inside[parts[used + 1] ?? ''] !== undefined) {
      // "treinta y cinco"
    } else if (units[part] !== undefined || (seen && inside[part] !== undefined)) {
      current += inside[part]!;
    } else {
      break;
    }
    seen = true;
    used++;
  }
  return seen ? { value: total + current, used } : undefined;
}

function tokenise(sentence: string): Token[] {
  const tokens: Token[] = [];
  const readable = sentence.toLowerCase().replace(/[  \u202f](?=%)/g, ' ');
  for (const match of readable.matchAll(tokenPattern)) {
    const raw = match[0];
    tokens.push({ text: raw.replace(/\.$/, ''), from: match.index, to: match.index + raw.length });
  }
  return tokens;
}

function readDigits(at: ScanPosition): ReadQuantity | undefined {
  const { tokens, token, index, previous, next, sentence, quote } = at;
  if (/^\d+\.?(º|ª|°|er|o|a)$/.test(token.text)) return undefined;
  if (namingWords.test(previous) || sentence[token.to] === '/') return undefined;
  // "30 de junio": a day.
  if (next === 'de' && monthName.test(tokens[index + 2]?.text ?? '')) return undefined;
  const match = /^(\d[\d.,]*?)(%|x|k€|m€|k|m)?$/.exec(token.text);
  if (!match) return undefined;
  const digits = match[1]!;
  const value = /^\d{1,3}([.,]\d{3})+$/.test(digits)
    ? parseFloat(digits.replace(/[.,]/g, ''))
    : parseFloat(digits.replace(',', '.'));
  const suffix = match[2];
  if (suffix === '%') {
    return { quantity: { value, kind: 'percent', raw: quote(token, token) }, last: index };
  }
  if (suffix === 'x') {
    return { quantity: { value, kind: 'multiplier', raw: quote(token, token) }, last: index };
  }
  if (suffix && currencyScales[suffix] !== undefined) {
    return {
      quantity: {
        value: value * currencyScales[suffix],
        kind: 'currency',
        raw: quote(token, token),
      },
      last: index,
    };
  }
  const isYear = /^(19|20)\d\d$/.test(digits) && !suffix;
  if (isYear && (yearContext.test(previous) || next === '' || /^objetivos?$/.test(next))) {
    return undefined;
  }
  const scaled = suffix === 'k' ? value * 1e3 : suffix === 'm' ? value * 1e6 : value;
  return withUnits(at, index, scaled);
}

const withUnits = withUnitsIn({
  scales,
  // "2 millones de euros": "de" stands between the number and its currency.
  between: /^de$/,
  percentWords,
  percentPhrase: ['por', 'ciento'],
  currencyWords,
  currencyScales,
  durationUnits,
  times: 'veces',
  comparatives: /^(más|mas|menos|mejor|mayor|menor)$/,
});

const spanish: QuantityLanguage = {
  tokenise,
  placeholder: placeholderAfter(placeholderBefore),
  multiplierWords,
  share: shareIn({
    fractions,
    counts: fractionCounts,
    countOf: (word) => inside[word],
    half: 'mitad',
    halfAfter: /^la$/,
  }),
  shareOf,
  readDigits,
  readWords: ({ tokens, index, token, next }) =>
    /^(un|una)$/.test(token.text) && /^(millón|millones|mil)$/.test(next)
      ? { value: 1, used: 1 }
      : readNumberWords(tokens.slice(index).map((each) => each.text)),
  rankWords: /^(número|nº)$/,
  withUnits,
};

export function findSpanishQuantities(sentence: string): Quantity[] {
  return scanQuantities(sentence, spanish);
}

/** "de 48h a 12h", "del 5 % al 3 %", "48h → 12h": a baseline and a target. */
export function hasSpanishFromTo(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  const match = /(?<!\p{L})(de|del|desde)\s+(.{0,60}?)\s+(a|al|hasta)\s+(.{0,40})/u.exec(lower);
  if (match && mentionsNumber(match[2]!) && mentionsNumber(match[4]!)) return true;
  return /(\d|%)\s*(->|→|=>)\s*[$€£]?\d/.test(lower);
}

function mentionsNumber(text: string): boolean {
  return findSpanishQuantities(text).length > 0 || /(^|\s)[xyzn](\s|%|\)|$)/.test(text);
}
