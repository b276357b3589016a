/**
 * Finds the quantities in a German OKR sentence as people write them: "1.000,5" with German
 * separators, "10 %", "2 Mio. €", "€ 2 Mio.", "500 Tsd.", Prozentpunkte, numbers in words
 * ("Zehn", "fünfundzwanzig", "zwei Millionen"), fractions ("ein Drittel", "die Hälfte") and
 * multipliers ("verdoppeln", "Verdopplung", "halbieren"). Numbers that only name something are
 * not quantities: ordinals ("im 2. Quartal", "bis zum 30. Juni"), Q3, years, ISO 27001, P1.
 */
import {
  scanQuantities,
  shareIn,
  type QuantityLanguage,
  type QuantityToken,
  type ReadQuantity,
  type ScanPosition,
} from './quantity-scan';
import type { Quantity } from './text-quantities';

type Token = QuantityToken;

const tokenPattern =
  /[€$£]|%|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?(?:-?fach|%|x|k|pp)?|\p{L}[\p{L}\d-]*\.?/gu;

const units: Readonly<Record<string, number>> = {
  null: 0,
  eins: 1,
  zwei: 2,
  zwo: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  dutzend: 12,
};
const tens: Readonly<Record<string, number>> = {
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
/** "ein" only counts inside a compound ("einundzwanzig", "einhundert") or before a scale. */
const compoundUnits: Readonly<Record<string, number>> = { ...units, ein: 1 };
const article = /^(ein|eine|einen|einem|einer)$/;
const scaleWords: Readonly<Record<string, number>> = {
  hundert: 100,
  tausend: 1e3,
  tsd: 1e3,
  k: 1e3,
  mio: 1e6,
  million: 1e6,
  millionen: 1e6,
  mrd: 1e9,
  milliarde: 1e9,
  milliarden: 1e9,
};
const multiplierWords: Readonly<Record<string, number>> = {
  verdoppeln: 2,
  verdoppelt: 2,
  verdopplung: 2,
  verdoppelung: 2,
  doppelt: 2,
  doppelte: 2,
  doppelten: 2,
  zweifach: 2,
  zweifache: 2,
  verdreifachen: 3,
  verdreifacht: 3,
  verdreifachung: 3,
  dreifach: 3,
  dreifache: 3,
  vervierfachen: 4,
  vervierfacht: 4,
  halbieren: 0.5,
  halbiert: 0.5,
  halbierung: 0.5,
};
const fractions: Readonly<Record<string, number>> = {
  drittel: 1 / 3,
  viertel: 0.25,
  fünftel: 0.2,
  zehntel: 0.1,
};
const fractionCounts = /^(ein|eine|einem|einen|einer|zwei|drei|vier)$/;
const halfArticles = /^(die|der|zur|um|auf)$/;
const shareOf = /^(der|des|aller|unserer|unseres|von)$/;

const percentWords = /^(prozent|prozentpunkte|prozentpunkten|prozentpunkt|pp|pkt|%-punkte)$/;
const currencyWords = /^(€|\$|£|eur|euro|euros|usd|dollar|chf|franken|gbp|pfund)$/;
const durationUnits =
  /^(ms|millisekunden?|s|sek|sekunden?|min|minuten?|h|std|stunden?|tage?n?|werktage?n?|wochen?|monate?n?|jahre?n?)$/;
const months =
  'januar|jan|februar|feb|märz|mär|april|apr|mai|juni|jun|juli|jul|august|aug|september|sept|sep|oktober|okt|november|nov|dezember|dez';
const monthName = new RegExp(`^(${months})$`);
/** Words after which a number names a thing rather than counting it. */
const namingWords =
  /^(v|version|release|phase|stufe|level|schritt|iso|din|soc|pci|wcag|ios|android|windows|fy|gj|q|h|p|seite|nr|nummer|kw|kalenderwoche|sprint|kapitel|abschnitt|raum|tor|modell|typ|klasse|kategorie|platz|rang|covid|top)$/;
/** Words before which a year names a period: "bis 2026", "im Jahr 2027", "Ziele 2026". */
const yearContext =
  /^(bis|im|in|seit|ende|für|vor|nach|ab|jahr|jahres|gj|geschäftsjahr|anfang|mitte)$/;

function parseDigits(text: string): number {
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) {
    return parseFloat(text.replace(/\./g, '').replace(',', '.'));
  }
  return parseFloat(text.replace(',', '.'));
}

function belowHundred(word: string): number | undefined {
  if (units[word] !== undefined) return units[word];
  if (tens[word] !== undefined) return tens[word];
  const compound = /^(\p{L}+?)und(\p{L}+)$/u.exec(word);
  if (!compound) return undefined;
  const unit = compoundUnits[compound[1]!];
  const ten = tens[compound[2]!];
  return unit !== undefined && unit < 10 && ten !== undefined ? unit + ten : undefined;
}

function belowThousand(word: string): number | undefined {
  const hundred = /^(\p{L}*?)hundert(?:und)?(\p{L}*)$/u.exec(word);
  if (!hundred) return belowHundred(word);
  const times = hundred[1] ? compoundUnits[hundred[1]] : 1;
  const rest = hundred[2] ? belowHundred(hundred[2]) : 0;
  return times === undefined || rest === undefined ? undefined : times * 100 + rest;
}

/** "zehn" → 10, "fünfundzwanzig" → 25, "zweitausenddreihundert" → 2300; other words undefined. */
export function germanNumberWord(word: string): number | undefined {
  const thousand = /^(\p{L}*?)tausend(?:und)?(\p{L}*)$/u.exec(word);
  if (!thousand) return belowThousand(word);
  const times = thousand[1] ? belowThousand(thousand[1]) : 1;
  const rest = thousand[2] ? belowThousand(thousand[2]) : 0;
  return times === undefined || rest === undefined ? undefined : times * 1000 + rest;
}

function tokenise(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(tokenPattern)) {
    const raw = match[0];
    // "Mio." and "Tsd." keep their dot when quoted; what is read has none.
    const text = raw.toLowerCase().replace(/\.$/, '');
    tokens.push({ text, from: match.index, to: match.index + raw.length });
  }
  return tokens;
}

/** A capital letter where a number would stand: "von X auf Y", "um N %", "mindestens X Kunden". */
const placeholderBefore = /^(von|auf|um|bis|zu|mindestens|höchstens|maximal|unter|über|als|€|\$)$/;
const countVerbs = /^(generieren|gewinnen|erreichen|erzielen|akquirieren|abschließen|verkaufen)$/;

function readNumber(at: ScanPosition): ReadQuantity | undefined {
  const { token, index, previous, next, sentence, quote } = at;
  // "im 2. Quartal", "bis zum 30. Juni": an ordinal names a period or a day.
  if (/^\.\s*\p{L}/u.test(sentence.slice(token.to)) && !/[.,]/.test(token.text)) return undefined;
  if (namingWords.test(previous) || monthName.test(next) || sentence[token.to] === '/') {
    return undefined;
  }
  const match = /^(\d[\d.,]*?)(-?fach|%|x|k|pp)?$/.exec(token.text);
  if (!match) return undefined;
  const value = parseDigits(match[1]!);
  const suffix = match[2];
  if (suffix === '%' || suffix === 'pp') {
    return { quantity: { value, kind: 'percent', raw: quote(token, token) }, last: index };
  }
  if (suffix === 'x' || suffix?.endsWith('fach')) {
    return { quantity: { value, kind: 'multiplier', raw: quote(token, token) }, last: index };
  }
  const isYear = /^(19|20)\d\d$/.test(match[1]!) && !suffix;
  if (isYear && (yearContext.test(previous) || next === '' || /^(ziele|okrs?)$/.test(next))) {
    return undefined;
  }
  return withUnits(at, suffix === 'k' ? value * 1e3 : value);
}

/** What follows a number: a scale ("Mio."), then %, Prozent, a currency or a unit of time. */
function withUnits({ tokens, index, previous, quote }: ScanPosition, start: number): ReadQuantity {
  let value = start;
  let last = index;
  const word = (at: number) => tokens[at]?.text ?? '';
  while (scaleWords[word(last + 1)] !== undefined && word(last + 1) !== 'k') {
    const scale = scaleWords[word(last + 1)]!;
    value = scale >= 1000 || value < 100 ? value * scale : value + scale;
    last++;
  }
  const raw = (through: number) => quote(tokens[index]!, tokens[through]!);
  const after = word(last + 1);
  if (after === '%' || percentWords.test(after)) {
    return { quantity: { value, kind: 'percent', raw: raw(last + 1) }, last: last + 1 };
  }
  if (currencyWords.test(after)) {
    return { quantity: { value, kind: 'currency', raw: raw(last + 1) }, last: last + 1 };
  }
  if (currencyWords.test(previous)) {
    return {
      quantity: { value, kind: 'currency', raw: quote(tokens[index - 1]!, tokens[last]!) },
      last,
    };
  }
  if (durationUnits.test(after)) {
    return { quantity: { value, kind: 'duration', raw: raw(last + 1) }, last: last + 1 };
  }
  // "das 3-fache", "3 Mal so viele": a figure scaled; "30 Mal posten" counts how often.
  if (/^-?fache[nr]?$/.test(after) || (after === 'mal' && timesComparative.test(word(last + 2)))) {
    return { quantity: { value, kind: 'multiplier', raw: raw(last + 1) }, last: last + 1 };
  }
  return { quantity: { value, kind: 'count', raw: raw(last) }, last };
}

const timesComparative =
  /^(so|mehr|weniger|höher|größer|schneller|öfter|häufiger|besser|niedriger|geringer|kleiner)$/;

const german: QuantityLanguage = {
  tokenise,
  placeholder: ({ tokens, index, previous, next }, written) => {
    // "X MQLs generieren": a count opens the line of a verb that takes one ("X ausliefern" names).
    const countOpens = index === 0 && tokens.length > 2 && countVerbs.test(tokens.at(-1)!.text);
    if (!/^[XYZN]$/.test(written)) return undefined;
    if (!(placeholderBefore.test(previous) || next === '%' || countOpens)) return undefined;
    if (next === '%' || percentWords.test(next)) return 'percent';
    return /^[€$]$/.test(previous) ? 'currency' : 'count';
  },
  multiplierWords,
  share: shareIn({
    fractions,
    counts: fractionCounts,
    countOf: germanNumberWord,
    half: 'hälfte',
    halfAfter: halfArticles,
  }),
  shareOf,
  readDigits: readNumber,
  readWords: ({ token, next }) => {
    const value =
      article.test(token.text) && scaleWords[next] !== undefined && next !== 'k'
        ? 1
        : germanNumberWord(token.text);
    return value === undefined ? undefined : { value, used: 1 };
  },
  // "Nummer eins", "Platz eins": a rank, not a count.
  rankWords: /^(nummer|platz|nr)$/,
  // A number in words is one word in German ("zweitausenddreihundert").
  withUnits: (at, _last, value) => withUnits(at, value),
};

export function findGermanQuantities(sentence: string): Quantity[] {
  return scanQuantities(sentence, german);
}

/** "von 40 % auf 10 %", "von 2 Tagen auf 4 Stunden", "48h → 12h": a baseline and a target. */
export function hasGermanFromTo(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  const match = /(?<!\p{L})von\s+(.{0,60}?)\s+(auf|zu|bis)\s+(.{0,40})/u.exec(lower);
  if (match && mentionsNumber(match[1]!) && mentionsNumber(match[3]!)) return true;
  return /(\d|%)\s*(->|→|=>)\s*[$€£]?\d/.test(lower);
}

function mentionsNumber(text: string): boolean {
  return findGermanQuantities(text).length > 0 || /(^|\s)[xyzn](\s|%|$)/.test(text);
}
