/**
 * The start and target a key result's title states outright, in any of the four languages:
 * "Increase NPS from 30 to 45", "Churn von 5 % auf 3 % senken", "Passer le NPS de 30 à 45",
 * "Reducir el churn del 5 % al 3 %", "30 → 45". Read with each language's quantity reader, and
 * only where the words leave no doubt (a scale written after the target alone is the start's too): both values written in digits, each right where the
 * range's words put it, of one kind (a count beside a percentage or an amount takes its kind;
 * durations in one unit, amounts in one currency). Years ("from 2024 to 2025"), quarters (Q1), versions (v2), dates,
 * times of day, placeholders ("from X to Y"), multipliers and a range of a value to itself
 * are not ranges; nor is "Top 3 to 5 customers", which has no word for "from".
 */
import { findFrenchQuantities } from './french-quantities';
import { findGermanQuantities } from './german-quantities';
import { findSpanishQuantities } from './spanish-quantities';
import { findQuantities, type Quantity, type QuantityKind } from './text-quantities';

export interface StatedRange {
  readonly start: Quantity;
  readonly target: Quantity;
  /** The kind both are read as: `count`, `percent`, `currency` or `duration`. */
  readonly kind: QuantityKind;
}

type Finder = (sentence: string) => Quantity[];

/** A number in digits, a currency sign before it allowed, where a range's words put one. */
const digitsFirst = String.raw`[$€£¥]?\s?\d`;

/** Each language's words for "from … to …", the start's words then the target's. */
const rangeWords: readonly (readonly [RegExp, Finder])[] = [
  [
    new RegExp(String.raw`(?<!\p{L})from\s+(${digitsFirst}.{0,30}?)\s+to\s+(.+)`, 'iu'),
    findQuantities,
  ],
  [
    new RegExp(String.raw`(?<!\p{L})von\s+(${digitsFirst}.{0,30}?)\s+auf\s+(.+)`, 'iu'),
    findGermanQuantities,
  ],
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:de|du|d['’])\s*(${digitsFirst}.{0,30}?)\s+(?:à|au)\s+(.+)`,
      'iu',
    ),
    findFrenchQuantities,
  ],
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:de|del|desde)\s+(${digitsFirst}.{0,30}?)\s+(?:a|al|hasta)\s+(.+)`,
      'iu',
    ),
    findSpanishQuantities,
  ],
];

const arrow = /^(.*?)\s*(?:->|→|=>)\s*(.+)$/u;

/** A date or a time of day ("01/03", "9:00", "2024-01"), not a value. */
const dateOrTime = /\d\s*[/:]\s*\d|\d-\d/;

export function statedRange(title: string): StatedRange | undefined {
  for (const [words, find] of rangeWords) {
    const match = words.exec(title);
    if (match) return rangeOf(match[1]!, match[2]!, find, 'opens');
  }
  const arrowed = arrow.exec(title);
  if (!arrowed) return undefined;
  // No words say the language, so the digits must read alike in each ("1.500" does not).
  const readings = [
    findQuantities,
    findGermanQuantities,
    findFrenchQuantities,
    findSpanishQuantities,
  ]
    .map((find) => rangeOf(arrowed[1]!, arrowed[2]!, find, 'closes'))
    .filter((range) => range !== undefined);
  const [first] = readings;
  const agreed = readings.every(
    (range) =>
      range.start.value === first?.start.value && range.target.value === first.target.value,
  );
  return agreed ? first : undefined;
}

/**
 * The range read from the words of its start and of its target. The start's quantity `opens` its
 * words ("30 NPS" after "from") or `closes` them ("NPS 30" before an arrow); the target's opens
 * what follows.
 */
function rangeOf(
  startWords: string,
  targetWords: string,
  find: Finder,
  startStands: 'opens' | 'closes',
): StatedRange | undefined {
  const startText = startWords.trim();
  const targetText = targetWords.trim();
  if (dateOrTime.test(startText) || dateOrTime.test(targetText.slice(0, 12))) return undefined;
  const starts = find(startText);
  const start = startStands === 'opens' ? starts[0] : starts.at(-1);
  const [target] = find(targetText);
  if (!start || !target) return undefined;
  const startPlaced =
    startStands === 'opens'
      ? starts.length === 1 &&
        startText.startsWith(start.raw) &&
        /^\s*\p{L}*\s*$/u.test(startText.slice(start.raw.length))
      : startText.endsWith(start.raw) && !/[\d.,]$/.test(startText.slice(0, -start.raw.length));
  // "1,5" is not 5 for a reader that does not take the comma as a decimal mark; nor is "2,5" 2.
  const targetPlaced =
    targetText.startsWith(target.raw) && !/^[.,]\d/.test(targetText.slice(target.raw.length));
  if (!startPlaced || !targetPlaced) return undefined;
  const scaled = withTargetsScale(start, target, find);
  const kind = sharedKind(scaled, target);
  if (!kind || Number.isNaN(scaled.value) || Number.isNaN(target.value)) return undefined;
  if (scaled.value === target.value || (isYear(scaled) && isYear(target))) return undefined;
  return { start: scaled, target, kind };
}

/**
 * The start read with the target's scale where only the target writes one ("from $1.2 to $2M",
 * "von 1,5 auf 2,5 Mio.", "de 500 à 800 k€", "de 1,5 a 2,5 millones"): a reader reads the start
 * in millions too, not 1.2 beside 2,000,000. A unit after the target ("3 %", "24 h") scales
 * nothing and leaves the start as it is.
 */
function withTargetsScale(start: Quantity, target: Quantity, find: Finder): Quantity {
  const after = target.raw.replace(/^.*\d/u, '');
  const [read] = after.trim() && /\d$/.test(start.raw) ? find(start.raw + after) : [];
  return read && read.value !== start.value ? read : start;
}

const measuredKinds: ReadonlySet<QuantityKind> = new Set([
  'count',
  'percent',
  'currency',
  'duration',
]);

/** One kind for both: "from 5 to 3%" is in percent; hours and days are not one unit. */
function sharedKind(start: Quantity, target: Quantity): QuantityKind | undefined {
  if (!measuredKinds.has(start.kind) || !measuredKinds.has(target.kind)) return undefined;
  if (start.kind === 'duration' || target.kind === 'duration') {
    return start.kind === target.kind &&
      durationUnit(start).toLowerCase() === durationUnit(target).toLowerCase()
      ? 'duration'
      : undefined;
  }
  if (start.kind === 'currency' && target.kind === 'currency') {
    const sign = (quantity: Quantity) => /[$€£¥]/.exec(quantity.raw)?.[0];
    return sign(start) === sign(target) || !sign(start) || !sign(target) ? 'currency' : undefined;
  }
  if (start.kind === target.kind) return start.kind;
  if (start.kind === 'count') return target.kind;
  if (target.kind === 'count') return start.kind;
  return undefined;
}

/** The unit a duration is written in: "48h" and "48 h" in `h`, "2 Tage" in `Tage`. */
export function durationUnit(quantity: Quantity): string {
  return quantity.raw.replace(/^[\d\s.,  \u202f]+/u, '');
}

/** "2024", "2025": a year, which no reader counts when it stands alone, written as a count. */
const isYear = (quantity: Quantity) =>
  quantity.kind === 'count' && /^(19|20)\d\d$/.test(quantity.raw.trim());
