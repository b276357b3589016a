import { defaultLocale, formatMessage } from './i18n';
import { type ExcelCellLink, type KeyResult } from './model';
import { shownPercent } from './progress';

/** Days in the reader's locale: with the message catalogue, which says `{name:day}` with them. */
export { formatDay, formatMonthDay } from './i18n';

/**
 * The one way a KR's numbers are shown, on the board, in dialogs, on the stage, in the history
 * chart and in Excel: `Intl.NumberFormat` in the reader's locale (the host's, not the
 * organisation's), at most two decimals, never an exponent.
 */
export type Measure = Pick<KeyResult, 'kind' | 'start' | 'target' | 'unit' | 'milestones'>;

const formats = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat(defaultLocale, options);
    }
    formats.set(key, format);
  }
  return format;
}

/** A count with the word that agrees with it: `1 key result`, `1,200 key results`. */
export function formatCount(
  count: number,
  one: string,
  other: string,
  locale: string = defaultLocale,
): string {
  return formatMessage(`{count} {count|${one}|${other}}`, { count }, locale);
}

/** `1234.567` → `1,234.57` (en), `1.234,57` (de). */
export function formatNumber(value: number, locale: string = defaultLocale): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/**
 * A progress fraction as a whole percent in the locale (`0.3667` → `37%`, `37 %` in de). A KR
 * short of its target never reads 100 %: 0.996 shows as 99 %.
 */
export function formatProgress(fraction: number, locale: string = defaultLocale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    shownPercent(fraction) / 100,
  );
}

/** Units that name a currency, written where the locale writes it. */
const currencies: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
]);

/**
 * What a word for thousands, millions or billions multiplies by, as amounts and units abbreviate
 * them: `k`, `Tsd.`, `M`, `MM` (as finance writes a million), `mn`, `Mio.`, `bn`, `Mrd.`, or
 * written out. Beside money (`€M`) that is all it can mean; the importer, reading amounts, also
 * knows where a lowercase `m` or `mm` is metres or millimetres instead.
 */
export const scaleOf = (word: string): number | undefined =>
  /^(k|tsd|thousands?)\.?$/i.test(word)
    ? 1e3
    : /^(mm?|mn|mio|millions?)\.?$/i.test(word)
      ? 1e6
      : /^(bn?|mrd|billions?)\.?$/i.test(word)
        ? 1e9
        : undefined;

/**
 * A unit of money in thousands, millions or billions: `€M`, `$K`, `£bn`, `M€`, `Mio. €`,
 * `Mrd. €`, `Mio. EUR`, and German finance's thousands, `T€` and `TEUR` (Tausend Euro).
 */
const scaledCurrency = /^(?:([$€£])\s?([a-z]+)\.?|([a-z]+)\.?\s?([$€£]|eur|usd|gbp))$/i;

/** The currency and scale a unit names, if it names money: `€M` is EUR in millions. */
export function moneyUnit(
  unit: string,
): { readonly currency: string; readonly scale: number } | undefined {
  const currency = currencies.get(unit);
  if (currency) return { currency, scale: 1 };
  const [, symbolFirst, scaleAfter, scaleFirst = '', symbolAfter = ''] =
    scaledCurrency.exec(unit) ?? [];
  const scale = scaleOf(scaleAfter ?? scaleFirst) ?? (/^t$/i.test(scaleFirst) ? 1e3 : undefined);
  const scaled =
    currencies.get(symbolFirst ?? symbolAfter) ?? (symbolAfter.toUpperCase() || undefined);
  return scale && scaled ? { currency: scaled, scale } : undefined;
}

/**
 * Which reading of a number in a money KR's currency is meant on a KR in thousands or millions
 * (`scale`), where nothing says its size: the amount in full (2,500,000 € is 2.5 in €M) or the
 * number in the KR's unit (2.5 € as 2.5 in €M). The reading within 30 times of the KR's own
 * values (`near`) is taken, the two lying at least 1,000 times apart; undefined when neither is,
 * or nothing is near to tell by.
 */
export function amountReading(
  value: number,
  scale: number,
  near: readonly number[],
): 'full' | 'scaled' | undefined {
  const magnitude = Math.max(0, ...near.filter(Number.isFinite).map(Math.abs));
  if (magnitude === 0 || value === 0) return undefined;
  const isNear = (reading: number) => Math.abs(Math.log10(Math.abs(reading) / magnitude)) < 1.5;
  if (isNear(value)) return 'scaled';
  return isNear(value / scale) ? 'full' : undefined;
}

/**
 * A number in the KR's unit: `45%` for a KR measured in %, money where the locale writes its
 * currency (`$1,200` in en, `1.200 $` in de), and money counted in thousands, millions or
 * billions as the locale shortens it (`€2.35M` in en, `2,35 Mio. €` in de, for 2.35 in `€M`),
 * `42 customers` otherwise.
 */
export function formatMeasure(value: number, unit: string, locale: string = defaultLocale): string {
  const trimmed = unit.trim();
  if (trimmed === '%') {
    return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  }
  const money = moneyUnit(trimmed);
  if (money) {
    const { currency, scale } = money;
    return numberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: 0,
      // In millions, 2.35 is 2,350,000: shortened again (`€2.35M`), every digit typed is kept.
      ...(scale === 1
        ? { maximumFractionDigits: 2 }
        : { notation: 'compact', maximumFractionDigits: 6 }),
    }).format(value * scale);
  }
  const number = formatNumber(value, locale);
  return trimmed ? `${number} ${trimmed}` : number;
}

/**
 * How a KR's values are said around their numbers: English here (Excel's sheet, exports, the
 * store's messages); a surface that speaks its reader's language passes that language's words
 * (the Teams board's locale words). `{name}` placeholders as in `i18n.ts`. How a rolled-up KR's
 * progress is said is in `value-sentences.ts`, which pages without the board's rows never load.
 */
export interface MeasureWords {
  readonly done: string;
  readonly notDone: string;
  /** A done / not done KR that is not done, as a check-in's starting point reads it. */
  readonly notDoneYet: string;
  /** A milestone KR without named steps: `{value} of {target}`. */
  readonly ofTarget: string;
  /** `Step {value} of {target}` */
  readonly step: string;
  /** The step with its name: `{step}: {name}`. */
  readonly stepNamed: string;
  /** A milestone KR's target: `all {count} steps`. */
  readonly allSteps: string;
  readonly atOrAbove: string;
  readonly atOrBelow: string;
  /** A stay KR's row: `{current} (stay {target})`. */
  readonly stay: string;
  readonly fromExcel: string;
  readonly nowAndTarget: string;
  readonly otherBoards: string;
  readonly rollsUpFromOthers: string;
  readonly rolledUpSource: string;
  readonly rolledUpFrom: string;
  readonly andOthers: string;
}

export const englishMeasureWords = {
  done: 'Done',
  notDone: 'Not done',
  ofTarget: '{value} of {target}',
  step: 'Step {value} of {target}',
  stepNamed: '{step}: {name}',
  allSteps: 'all {count} {count|step|steps}',
  atOrAbove: 'at or above {target}',
  atOrBelow: 'at or below {target}',
  stay: '{current} (stay {target})',
  fromExcel: 'from Excel: {place}',
  notDoneYet: 'Not done yet',
  nowAndTarget: 'Now {now} · target {target}',
} satisfies Partial<MeasureWords>;

/** The words this module says a value with. */
type ValueWords = Pick<MeasureWords, keyof typeof englishMeasureWords>;

/** A value the KR could take, in its kind's terms: `Done`, `Step 2 of 4: Pilot`, `42 customers`. */
export function formatKeyResultMeasure(
  keyResult: Measure,
  value: number,
  locale: string = defaultLocale,
  words: ValueWords = englishMeasureWords,
): string {
  switch (keyResult.kind) {
    case 'binary':
      return value >= 1 ? words.done : words.notDone;
    case 'milestone': {
      if (!keyResult.milestones?.length) {
        return formatMessage(words.ofTarget, {
          value: formatNumber(value, locale),
          target: formatMeasure(keyResult.target, keyResult.unit, locale),
        });
      }
      const step = formatMessage(words.step, { value, target: keyResult.target }, locale);
      const name = keyResult.milestones[Math.ceil(value) - 1];
      return name && value > 0 ? formatMessage(words.stepNamed, { step, name }) : step;
    }
    default:
      return formatMeasure(value, keyResult.unit, locale);
  }
}

/** What the KR aims for: `Done`, `all 4 steps`, `at or above 99.9%`, `60 customers`. */
export function formatKeyResultTarget(
  keyResult: Measure,
  locale: string = defaultLocale,
  words: ValueWords = englishMeasureWords,
): string {
  const target = formatMeasure(keyResult.target, keyResult.unit, locale);
  switch (keyResult.kind) {
    case 'binary':
      return words.done;
    case 'milestone':
      return formatMessage(words.allSteps, { count: keyResult.target }, locale);
    case 'stayAbove':
      return formatMessage(words.atOrAbove, { target });
    case 'stayBelow':
      return formatMessage(words.atOrBelow, { target });
    default:
      return target;
  }
}

/** Where a linked KR's numbers come from: `from Excel: Finance.xlsx!Sheet1!B5`. */
export function formatExcelLink(
  link: ExcelCellLink,
  words: ValueWords = englishMeasureWords,
): string {
  return formatMessage(words.fromExcel, {
    place: `${link.workbook}!${link.sheet}!${link.address}`,
  });
}

/** One line for a KR's row: `42 / 60 customers`, `54.25% / 70%`, `Done`, `Step 2 of 4: Pilot`, `99.95% (stay at or above 99.9%)`. */
export function formatKeyResultValue(
  keyResult: Measure & Pick<KeyResult, 'current'>,
  locale: string = defaultLocale,
  words: ValueWords = englishMeasureWords,
): string {
  const current = formatKeyResultMeasure(keyResult, keyResult.current, locale, words);
  switch (keyResult.kind) {
    case 'binary':
    case 'milestone':
      return current;
    case 'stayAbove':
    case 'stayBelow':
      return formatMessage(words.stay, {
        current,
        target: formatKeyResultTarget(keyResult, locale, words),
      });
    default: {
      const target = formatMeasure(keyResult.target, keyResult.unit, locale);
      // A percent or an amount of money is one on both sides (`54.25% / 70%`, `$1,200 / $5,000`);
      // a unit in words is named once, at the end (`42 / 60 customers`).
      const unit = keyResult.unit.trim();
      const inTheNumber = unit === '%' || moneyUnit(unit) !== undefined;
      return `${inTheNumber ? current : formatNumber(keyResult.current, locale)} / ${target}`;
    }
  }
}

/** `Now 42 customers · target 60 customers`; a done / not done KR reads `Done` or `Not done yet`. */
export function formatNowAndTarget(
  keyResult: Measure & Pick<KeyResult, 'current'>,
  locale: string = defaultLocale,
  words: ValueWords = englishMeasureWords,
): string {
  if (keyResult.kind === 'binary') return keyResult.current >= 1 ? words.done : words.notDoneYet;
  return formatMessage(words.nowAndTarget, {
    now: formatKeyResultMeasure(keyResult, keyResult.current, locale, words),
    target: formatKeyResultTarget(keyResult, locale, words),
  });
}
