import { numberFormat } from './format';
import { formatExactly, formatForTyping } from './format-for-typing';
import { defaultLocale, type MessageParams } from './i18n';
import {
  toResult,
  validationIssue,
  type ValidationCode,
  type ValidationIssue,
  type ValidationResult,
} from './issues';

/**
 * The one rule for very large numbers: nothing beyond ±10^15 is a plausible OKR number. Past it a
 * double no longer holds every whole number, let alone two decimals.
 */
export const largestValue = 1e15;

/** The mark between a number's whole part and its decimals: `12.5` or `12,5`. */
export type DecimalMark = '.' | ',';

export interface ParseNumberOptions {
  /**
   * The reader's locale (the host's: Teams' or Office's), whose way of writing numbers is read
   * first and in which the examples of a refusal are written. Default `en`.
   */
  readonly locale?: string;
  /** What `45%` means: 45 (`points`, for KRs measured in %) or 0.45 (`fraction`). */
  readonly percent?: 'points' | 'fraction';
  /** The field named in the issue. Default `value`. */
  readonly field?: string;
}

/**
 * A number read from what a person typed. `readAs` says how it was read when that was not the
 * locale's own way of writing numbers (`1.5` in German, `1.000.000` in English): a note to show
 * beside the field, never a refusal.
 */
export type TypedNumber = ValidationResult<number> & { readonly readAs?: ValidationIssue };

/**
 * Digits written with points and commas (`1,234.5`, `1.234,5`, `12,34,567`), read with `mark` as
 * the decimal mark and the other mark grouping: thousands (1,234,567) or, grouped by commas, lakhs
 * and crores (12,34,567). Undefined where the marks do not fit that reading (`1.2.3`; `1,23` as
 * grouped). An exponent after the decimals (`1.2e5`, which the importer reads) is read as written.
 * The typed-number reading below and the importer's (`src/migrate/values.ts`) both read with it.
 */
export function readWithDecimalMark(digits: string, mark: DecimalMark): number | undefined {
  const grouping = mark === '.' ? ',' : '.';
  const [whole = '', decimals, ...rest] = digits.split(mark);
  if (rest.length > 0) return undefined;
  const groups = whole.split(grouping);
  const thousands =
    /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((group) => /^\d{3}$/.test(group));
  const lakhs =
    grouping === ',' &&
    /^[1-9]\d?$/.test(groups[0]!) &&
    groups.slice(1, -1).every((group) => /^\d{2}$/.test(group)) &&
    /^\d{3}$/.test(groups[groups.length - 1]!);
  if (groups.length > 1 && !thousands && !lakhs) return undefined;
  const value = Number(`${groups.join('') || '0'}.${decimals ?? ''}`.replace(/\.$/, ''));
  // Too many digits for a double is Infinity, for the caller to refuse as too large.
  return Number.isNaN(value) ? undefined : value;
}

/**
 * `1 234 567,5`, `1'234.5`, `1’234.5`: digits grouped in threes by spaces or apostrophes (French,
 * Swiss), the grouping taken out; such a mark is never a decimal one. Digits whose spaces or
 * apostrophes group otherwise (`12 34`) are left as they are, for the reading to refuse.
 */
export function withoutSpaceGroups(digits: string): string {
  return digits.replace(
    /^(\d{1,3})((?:[ \u00a0\u202f'’]\d{3})+)(?=\D|$)/u,
    (_, first: string, groups: string) => first + groups.replace(/\D/g, ''),
  );
}

interface LocaleMarks {
  /** The locale's decimal mark as the reading writes it (Arabic's `٫` is read as `.`). */
  readonly decimal: DecimalMark;
  /** The locale's group separator as written, after the same mapping. */
  readonly group: string;
  /** What the locale writes apart from `.`, `,` and ASCII digits, and what it means. */
  readonly mapped: ReadonlyMap<string, string>;
}

const marksByLocale = new Map<string, LocaleMarks>();

/** The locale's separators and digits, as `Intl.NumberFormat` writes them. */
function localeMarks(locale: string): LocaleMarks {
  let marks = marksByLocale.get(locale);
  if (marks) return marks;
  const parts = numberFormat(locale, {}).formatToParts(1234567.5);
  const written = (type: string) => parts.find((part) => part.type === type)?.value;
  const decimalWritten = written('decimal') ?? '.';
  const groupWritten = written('group') ?? ',';
  const decimal: DecimalMark = decimalWritten === ',' ? ',' : '.';
  const mapped = new Map<string, string>();
  if (decimalWritten !== decimal) mapped.set(decimalWritten, decimal);
  if (!/^[.,\s'’]$/u.test(groupWritten)) mapped.set(groupWritten, decimal === '.' ? ',' : '.');
  // Digits of the locale's own numbering system (Arabic-Indic, Persian, Devanagari…).
  const plain = numberFormat(locale, { useGrouping: false });
  for (let digit = 0; digit <= 9; digit++) {
    const own = plain.format(digit).replace(/[\u061c\u200e\u200f]/g, '');
    if (own !== String(digit)) mapped.set(own, String(digit));
  }
  marks = { decimal, group: mapped.get(groupWritten) ?? groupWritten, mapped };
  marksByLocale.set(locale, marks);
  return marks;
}

/**
 * Reads a number typed by a person in the reader's locale: an optional sign, digits, the locale's
 * decimal mark, its group separators in their places (spaces and apostrophes group in any
 * locale), an optional trailing `%`; what the product itself shows for that locale reads back as
 * the same number. Written the other way round it is still read where only that reading fits
 * (`1.5` or `1,234.5` in German, `1,5` or `1.000.000` in English), and `readAs` says so. One mark
 * before exactly three digits, in a text that is not the locale's grouping (`80.000` in English,
 * `1,500` in German), could be either: it is refused, naming both readings and how to write
 * each. `80.000` in German and `1,500` in English are the locale's own grouping: 80000 and 1500.
 * Also refused: empty text, words, `NaN`, `Infinity`, exponents, misplaced marks and anything
 * beyond `largestValue`, each saying why, with examples written the locale's way.
 */
export function parseNumber(text: string, options: ParseNumberOptions = {}): TypedNumber {
  const { locale = defaultLocale, percent = 'points', field = 'value' } = options;
  const trimmed = text.trim();
  const refuse = (code: ValidationCode, params: MessageParams = {}): TypedNumber =>
    toResult(0, [validationIssue(code, field, { text: trimmed, ...params }, locale)]);
  if (trimmed === '') return refuse('numberRequired', { example: 1234.5 });
  const marks = localeMarks(locale);
  const written = [...trimmed]
    .map((character) => marks.mapped.get(character) ?? character)
    .join('')
    .replace(/[\u061c\u200e\u200f]/g, '')
    .replace(/\u2212/g, '-')
    .replace(/\s+/gu, ' ');
  // Accounting writes a negative amount in parentheses, `(1,200)` for -1,200, as Excel's
  // Accounting formats show one (their negative section, `(#,##0.00)`):
  // https://support.microsoft.com/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68
  const accounting = /^\( ?([^()]*?) ?\)$/u.exec(written);
  const match = /^([+-])? ?([\d.,'’ ]*\d[\d.,'’ ]*) ?(%)?$/u.exec(accounting?.[1] ?? written);
  if (!match || (accounting && match[1])) return refuse('notANumber', { example: 1234.5 });
  const [, typedSign = '', body = '', percentSign] = match;
  const sign = accounting ? '-' : typedSign;
  const digits = withoutSpaceGroups(body.trim());
  const point = /^[\d.,]+$/.test(digits) ? readWithDecimalMark(digits, '.') : undefined;
  const comma = /^[\d.,]+$/.test(digits) ? readWithDecimalMark(digits, ',') : undefined;
  const [own, other] = marks.decimal === '.' ? [point, comma] : [comma, point];
  const signed = (value: number) => (sign === '-' ? -value : value);
  const shown = (value: number) =>
    percentSign
      ? formatExactly(value / 100, locale, { style: 'percent' })
      : formatExactly(value, locale);
  if (own === undefined && other === undefined) {
    return refuse('numberMisgrouped', {
      thousands: formatExactly(80000, locale),
      thousandsTyped: formatExactly(80000, locale, { useGrouping: false }),
      half: formatExactly(1.5, locale),
    });
  }
  let number: number;
  let readAs: ValidationIssue | undefined;
  if (own !== undefined && (other === undefined || other === own)) number = own;
  else if (own === undefined) {
    number = other!;
    const otherDecimal = marks.decimal === '.' ? ',' : '.';
    const decimals = digits.includes(otherDecimal);
    readAs = validationIssue(
      decimals ? 'numberReadOtherDecimalMark' : 'numberReadOtherGrouping',
      field,
      {
        text: trimmed,
        value: shown(signed(number)),
        mark: decimals ? otherDecimal : marks.decimal,
      },
      locale,
    );
  } else if (digits.includes(marks.group)) {
    // One mark before three digits, and it is the locale's group separator: as the board writes.
    number = own;
  } else {
    const mark = digits.includes('.') ? '.' : ',';
    const [decimal, grouped] = mark === '.' ? [point!, comma!] : [comma!, point!];
    return refuse('numberAmbiguous', {
      decimal: shown(signed(decimal)),
      grouped: shown(signed(grouped)),
      decimalTyped: `${formatForTyping(signed(decimal), locale)}${percentSign ?? ''}`,
      groupedTyped: `${formatExactly(signed(grouped), locale, { useGrouping: false })}${percentSign ?? ''}`,
    });
  }
  const value = signed(number);
  if (Math.abs(value) > largestValue) {
    return refuse('numberTooLarge', { max: largestValue });
  }
  const read = percentSign && percent === 'fraction' ? value / 100 : value;
  return {
    ok: true,
    value: Object.is(read, -0) ? 0 : read,
    ...(readAs ? { readAs } : {}),
  };
}
