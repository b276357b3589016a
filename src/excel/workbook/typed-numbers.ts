/**
 * What Excel makes of some entries in a General cell: "45%" becomes 0.45 formatted as a
 * percentage, "2026-12-01" a date serial formatted as a date
 * (https://support.microsoft.com/office/format-numbers-as-percentages-de304ea9-c2d4-4fa0-9ca1-5d8b61fd50d4,
 * https://support.microsoft.com/office/format-a-date-the-way-you-want-8e10019e-d5d8-47a1-ba95-db95123d273e).
 * Both pass a decimal data validation. A number cell of the OKR table is read as it shows, so
 * "45%" sends 45, as the pane and Teams read "45%", and a date is refused as not a number,
 * naming the date, instead of sending its serial.
 */
import { formatForTyping } from '../../core/format-for-typing';
import { amountReading, formatMeasure, moneyUnit } from '../../core/format';
import type { CellValue } from './types';

/**
 * How a number cell's format shows its number when that is not as the row takes it: as a
 * percentage, a date, an amount in another currency than the KR's, or an amount in the KR's
 * currency that may be in full or in the KR's thousands or millions (`eitherScale`).
 */
export type ShownAs = 'percent' | 'date' | 'currency' | 'eitherScale' | MoneyForm;

/**
 * A money cell in the KR's currency on a KR in thousands or millions, read right: the amount in
 * full, or the number in the KR's scale. The pane writes the amount in full there, so the
 * Progress formula, which reads the KR's scale, shows the row's Saved progress instead.
 */
export type MoneyForm = 'inFull' | 'inScale';
export const isMoneyForm = (shown: ShownAs | undefined): shown is MoneyForm =>
  shown === 'inFull' || shown === 'inScale';

/** How a number format shows a number, when it is not as a plain number. */
export function shownAs(numberFormat: string): ShownAs | undefined {
  // Quoted text, [colour] / [$€-407] sections, escaped characters, _ padding and * fill say nothing.
  const codes = numberFormat.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  if (codes.includes('%')) return 'percent';
  if (codes.toLowerCase() !== 'general' && /[dmyhs]/i.test(codes)) return 'date';
  return undefined;
}

/** Excel's day 0 of the 1900 date system, which serials count from (1900-02-29 aside). */
export const serialEpoch = Date.UTC(1899, 11, 30);
export const dayMs = 86_400_000;

/**
 * Excel's day 0 of the 1904 date system (older Mac workbooks): 1904-01-01, serial 1,462 of the
 * 1900 system (https://support.microsoft.com/office/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487).
 */
export const serialEpoch1904 = Date.UTC(1904, 0, 1);

/**
 * The day Excel shows for a serial in the workbook's date system. In the 1900 system, serials
 * below 61 count from 1899-12-31 (serial 1 is 1900-01-01, and 60 the 1900-02-29 Excel keeps for
 * Lotus 1-2-3's sake), later ones from `serialEpoch`:
 * https://learn.microsoft.com/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year
 */
export function dateOfSerial(serial: number, use1904DateSystem = false): string {
  if (use1904DateSystem)
    return new Date(serialEpoch1904 + serial * dayMs).toISOString().slice(0, 10);
  if (serial === 60) return '1900-02-29';
  const epoch = serial < 60 ? serialEpoch + dayMs : serialEpoch;
  return new Date(epoch + serial * dayMs).toISOString().slice(0, 10);
}

/** The serial of a day (`YYYY-MM-DD`, from 1900-03-01 on) in the workbook's date system. */
export function serialOfDate(day: string, use1904DateSystem = false): number {
  const epoch = use1904DateSystem ? serialEpoch1904 : serialEpoch;
  return Math.round((Date.parse(`${day}T00:00:00Z`) - epoch) / dayMs);
}

/**
 * A Check-in date cell as Excel shows it: a number is a date serial (a date typed in a General
 * cell is kept as one: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates),
 * read in the workbook's date system, as the day it names; text as it is.
 */
export function dayAsShown(value: CellValue, use1904DateSystem = false): CellValue {
  return typeof value === 'number' && Number.isFinite(value)
    ? dateOfSerial(Math.floor(value), use1904DateSystem)
    : value;
}

/** A number cell's value as its format shows it: `45%`, `2026-12-01`, or the number itself. */
export function valueAsShown(
  value: CellValue,
  numberFormat: string,
  locale: string,
  use1904DateSystem = false,
): CellValue {
  if (typeof value !== 'number') return value;
  switch (shownAs(numberFormat)) {
    case 'percent':
      // Ungrouped, as a 0% format shows it; ten decimals at most, before the binary noise of
      // × 100 (0.07 × 100 is 7.000000000000001); read back as the same number by the pane.
      return `${formatForTyping(Number((value * 100).toFixed(10)), locale, { useGrouping: false })}%`;
    case 'date':
      return dateOfSerial(Math.floor(value), use1904DateSystem);
    default:
      return value;
  }
}

/** Currencies a number format may name, by its sign or ISO code, as `moneyUnit` knows them. */
const formatCurrencies: ReadonlyMap<string, string> = new Map([
  ['€', 'EUR'],
  ['EUR', 'EUR'],
  ['$', 'USD'],
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['£', 'GBP'],
  ['GBP', 'GBP'],
]);
const currencySigns: ReadonlyMap<string, string> = new Map([
  ['EUR', '€'],
  ['USD', '$'],
  ['GBP', '£'],
]);

/** A number format's first section, the one positive numbers are shown in. */
const positiveSection = (numberFormat: string) =>
  numberFormat.match(/(?:"[^"]*"|\[[^\]]*\]|\\.|[^;])*/)?.[0] ?? '';

/**
 * What a number format divides a number by to show it: each comma after its last digit
 * placeholder divides by 1,000 (`#,##0.0,, "M€"` shows 2,500,000 as 2.5 M€); a comma between
 * placeholders only groups thousands. Number format codes:
 * https://support.microsoft.com/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68
 */
export function formatDivisor(numberFormat: string): number {
  const codes = positiveSection(numberFormat).replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return 1000 ** (/[0#?](,+)[^0#?]*$/.exec(codes)?.[1]?.length ?? 0);
}

/**
 * Whether a number in the KR's currency is the amount in full or already in the KR's thousands
 * or millions (`scale`), which a currency format alone does not tell: a format that scales what
 * it shows (`#,##0.0,, "M€"`) holds the amount in full; else the reading near the KR's own
 * values (`amountReading`; `near`, in its unit: what the store has and the row's other values).
 */
function amountIn(
  value: number,
  scale: number,
  numberFormat: string,
  near: readonly number[],
): 'full' | 'scaled' | undefined {
  return formatDivisor(numberFormat) > 1 ? 'full' : amountReading(value, scale, near);
}

/**
 * The currency (ISO code) a number format shows positive numbers in, from the text it writes
 * beside them: a sign as a currency format writes it (`[$€-407] #,##0.00`, `#,##0.00 "€"`,
 * `#,##0.00 €`, `"$"#,##0.00`, `\£#,##0`) or an ISO code (`[$EUR] #,##0.00`); `[$-407]` names
 * a locale, not a currency. Undefined for a format that names none. Format codes:
 * https://support.microsoft.com/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68
 */
export function currencyOf(numberFormat: string): string | undefined {
  const positive = positiveSection(numberFormat);
  // `_x` pads with the width of x and `*x` fills with x: neither shows x as text.
  for (const [token] of positive.matchAll(/"[^"]*"|\[[^\]]*\]|\\.|[_*].|[€$£]/g)) {
    const text = token.startsWith('[')
      ? (/^\[\$([^-\]]*)/.exec(token)?.[1] ?? '')
      : /^[_*]/.test(token)
        ? ''
        : token.replace(/^["\\]|"$/g, '');
    const found = [...formatCurrencies].find(([sign]) =>
      /^[A-Z]/.test(sign) ? new RegExp(`\\b${sign}\\b`).test(text) : text.includes(sign),
    );
    if (found) return found[1];
  }
  return undefined;
}

/**
 * A KR's Start, Target or Current cell holding a number in a currency format, as the add-in
 * reads it. On a KR counted in that currency the cell holds the amount itself, or, on a KR in
 * thousands or millions, the number in them the pane wrote before the cell was formatted
 * (`amountIn` tells which, by the format's own scaling and the KR's values `near`): 2,500,000
 * is 2.5 on a KR in €M (`inFull`), as is 2.5 where the KR is about €1M to €3M (`inScale`), and a number that could be either is not read (`eitherScale`,
 * shown as the amount Excel shows). In another currency it reads as Excel shows it (`$2.50`),
 * which no KR in € takes; on a KR not counted in money, as the number it is. Any other cell as
 * it is.
 */
export function moneyAsRead(
  value: CellValue,
  numberFormat: string,
  unit: string,
  locale: string,
  near: readonly number[] = [],
): { readonly value: CellValue; readonly shows?: ShownAs } {
  const currency = typeof value === 'number' ? currencyOf(numberFormat) : undefined;
  const money = moneyUnit(unit.trim());
  if (typeof value !== 'number' || !currency || !money) return { value };
  const shown = formatMeasure(value, currencySigns.get(currency)!, locale);
  if (money.currency !== currency) return { value: shown, shows: 'currency' };
  if (money.scale === 1 || value === 0) return { value };
  switch (amountIn(value, money.scale, numberFormat, near)) {
    case 'full':
      return { value: Number((value / money.scale).toPrecision(15)), shows: 'inFull' };
    case 'scaled':
      return { value, shows: 'inScale' };
    default:
      return { value: shown, shows: 'eitherScale' };
  }
}

/**
 * A number the add-in writes into a KR's Start, Target or Current cell whose format names a
 * currency: on a KR counted in that currency, the amount in it (2.5 on a KR in €M is 2,500,000),
 * so the cell keeps its format and reads back as written; else the number with `general` set:
 * the cell takes the General format, so it never shows a KR's 40 customers as 40,00 €.
 */
export function moneyToWrite(
  value: CellValue,
  numberFormat: string,
  unit: string,
): { readonly value: CellValue; readonly general: boolean } {
  const currency = typeof value === 'number' ? currencyOf(numberFormat) : undefined;
  if (typeof value !== 'number' || !currency) return { value, general: false };
  const money = moneyUnit(unit.trim());
  return money?.currency === currency
    ? { value: Number((value * money.scale).toPrecision(15)), general: false }
    : { value, general: true };
}
