import { defaultLocale, formatMessage } from './i18n';
import { type ExcelCellLink, type KeyResult } from './model';

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
  const finite = Number.isFinite(fraction) ? fraction : 0;
  const rounded = Math.round(finite * 100) / 100;
  const shown = finite < 1 && rounded >= 1 ? 0.99 : rounded;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(shown);
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

/** A unit of money in thousands, millions or billions: `€M`, `$K`, `£bn`, `M€`, `Mio. €`, `Mrd. €`. */
const scaledCurrency = /^(?:([$€£])\s?([a-z]+)\.?|([a-z]+)\.?\s?([$€£]))$/i;

/** The currency and scale a unit names, if it names money: `€M` is EUR in millions. */
export function moneyUnit(
  unit: string,
): { readonly currency: string; readonly scale: number } | undefined {
  const currency = currencies.get(unit);
  if (currency) return { currency, scale: 1 };
  const [, symbolFirst, scaleAfter, scaleFirst, symbolAfter] = scaledCurrency.exec(unit) ?? [];
  const scale = scaleOf(scaleAfter ?? scaleFirst ?? '');
  const scaled = currencies.get(symbolFirst ?? symbolAfter ?? '');
  return scale && scaled ? { currency: scaled, scale } : undefined;
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

/** A value the KR could take, in its kind's terms: `Done`, `Step 2 of 4: Pilot`, `42 customers`. */
export function formatKeyResultMeasure(
  keyResult: Measure,
  value: number,
  locale: string = defaultLocale,
): string {
  switch (keyResult.kind) {
    case 'binary':
      return value >= 1 ? 'Done' : 'Not done';
    case 'milestone': {
      if (!keyResult.milestones?.length) {
        return `${formatNumber(value, locale)} of ${formatMeasure(keyResult.target, keyResult.unit, locale)}`;
      }
      const of = `Step ${formatNumber(value, locale)} of ${formatNumber(keyResult.target, locale)}`;
      const step = keyResult.milestones[Math.ceil(value) - 1];
      return step && value > 0 ? `${of}: ${step}` : of;
    }
    default:
      return formatMeasure(value, keyResult.unit, locale);
  }
}

/** What the KR aims for: `Done`, `all 4 steps`, `at or above 99.9%`, `60 customers`. */
export function formatKeyResultTarget(keyResult: Measure, locale: string = defaultLocale): string {
  const target = formatMeasure(keyResult.target, keyResult.unit, locale);
  switch (keyResult.kind) {
    case 'binary':
      return 'Done';
    case 'milestone':
      return `all ${formatNumber(keyResult.target, locale)} steps`;
    case 'stayAbove':
      return `at or above ${target}`;
    case 'stayBelow':
      return `at or below ${target}`;
    default:
      return target;
  }
}

/** Where a linked KR's numbers come from: `from Excel: Finance.xlsx!Sheet1!B5`. */
export function formatExcelLink(link: ExcelCellLink): string {
  return `from Excel: ${link.workbook}!${link.sheet}!${link.address}`;
}

/** An OKR a rolled-up KR's progress comes from, as its row names it. */
export interface RolledUpSource {
  readonly title: string;
  /** Its share of the KR (0–1). */
  readonly weight: number;
  readonly progress: number;
}

/**
 * Where a rolled-up KR's progress comes from:
 * `rolled up from Win EMEA (weight 70%) at 50% · Health checks (weight 30%) at 100%`, and how
 * many of its sources are on other boards; with none here, that its last check-in is shown.
 */
export function formatRolledUpFrom(
  sources: readonly RolledUpSource[],
  elsewhere: number,
  locale: string = defaultLocale,
): string {
  const onOtherBoards = `${elsewhere} ${elsewhere === 1 ? 'OKR' : 'OKRs'} on other boards`;
  if (sources.length === 0) {
    return `rolls up from ${onOtherBoards}; its last check-in is shown`;
  }
  const named = sources.map(
    (source) =>
      `${source.title} (weight ${formatProgress(source.weight, locale)}) at ${formatProgress(source.progress, locale)}`,
  );
  return `rolled up from ${named.join(' · ')}${elsewhere > 0 ? ` · and ${onOtherBoards}` : ''}`;
}

/** One line for a KR's row: `42 / 60 customers`, `54.25% / 70%`, `Done`, `Step 2 of 4: Pilot`, `99.95% (stay at or above 99.9%)`. */
export function formatKeyResultValue(
  keyResult: Measure & Pick<KeyResult, 'current'>,
  locale: string = defaultLocale,
): string {
  const current = formatKeyResultMeasure(keyResult, keyResult.current, locale);
  switch (keyResult.kind) {
    case 'binary':
    case 'milestone':
      return current;
    case 'stayAbove':
    case 'stayBelow':
      return `${current} (stay ${formatKeyResultTarget(keyResult, locale)})`;
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
): string {
  if (keyResult.kind === 'binary') return keyResult.current >= 1 ? 'Done' : 'Not done yet';
  const now = formatKeyResultMeasure(keyResult, keyResult.current, locale);
  return `Now ${now} · target ${formatKeyResultTarget(keyResult, locale)}`;
}
