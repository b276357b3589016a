import { defaultLocale } from './i18n';
import { toResult, validationIssue, type ValidationResult } from './issues';

/**
 * The one rule for very large numbers: nothing beyond ±10^15 is a plausible OKR number. Past it a
 * double no longer holds every whole number, let alone two decimals.
 */
export const largestValue = 1e15;

export interface ParseNumberOptions {
  /** Separators follow this locale: `1,234.5` in en, `1.234,5` in de. Default `en`. */
  readonly locale?: string;
  /** What `45%` means: 45 (`points`, for KRs measured in %) or 0.45 (`fraction`). */
  readonly percent?: 'points' | 'fraction';
  /** The field named in the issue. Default `value`. */
  readonly field?: string;
}

/**
 * Reads a number typed by a person: optional sign, digits with the locale's group separators
 * in the right places (or none), the locale's decimal separator, an optional trailing `%`.
 * Rejects empty text, words, `NaN`, `Infinity`, exponents and anything beyond `largestValue`.
 */
export function parseNumber(
  text: string,
  options: ParseNumberOptions = {},
): ValidationResult<number> {
  const { locale = defaultLocale, percent = 'points', field = 'value' } = options;
  const trimmed = text.trim();
  if (trimmed === '') {
    return toResult(0, [validationIssue('numberRequired', field, { example: 1234.5 }, locale)]);
  }
  const { group, decimal } = separators(locale);
  const match = numberPattern(group, decimal).exec(trimmed.replace(/\u2212/g, '-'));
  const notANumber = () =>
    toResult(0, [validationIssue('notANumber', field, { text: trimmed, example: 1234.5 }, locale)]);
  if (!match) return wrongDecimalMark(trimmed, field, locale, decimal) ?? notANumber();
  const [, sign = '', integer = '', fraction = '', percentSign] = match;
  const digits = integer.replace(/[^\d]/g, '');
  if (digits === '' && fraction === '') return notANumber();
  const number = Number(`${sign}${digits || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(number) || Math.abs(number) > largestValue) {
    const params = { text: trimmed, max: largestValue };
    return toResult(0, [validationIssue('numberTooLarge', field, params, locale)]);
  }
  const value = percentSign && percent === 'fraction' ? number / 100 : number;
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/**
 * "1,5" in an en tab, "1.5" in a de tab: a number written with the other decimal mark. The issue
 * names the locale's mark and gives the number written with it, not just "not a number".
 */
function wrongDecimalMark(
  text: string,
  field: string,
  locale: string,
  decimal: string,
): ValidationResult<number> | undefined {
  if (decimal !== '.' && decimal !== ',') return undefined;
  // Written the other way, the locale's decimal mark is the group separator: 1.234,5 ↔ 1,234.5.
  const other = decimal === '.' ? ',' : '.';
  const match = numberPattern(decimal, other).exec(text.replace(/\u2212/g, '-'));
  const [, sign = '', integer = '', fraction = '', percentSign = ''] = match ?? [];
  if (!match || fraction === '') return undefined;
  const corrected = `${sign}${integer.replace(/[^\d]/g, '') || '0'}${decimal}${fraction}${percentSign}`;
  const code = decimal === '.' ? 'decimalPointExpected' : 'decimalCommaExpected';
  return toResult(0, [validationIssue(code, field, { text, corrected }, locale)]);
}

function separators(locale: string): { group: string; decimal: string } {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  } catch {
    parts = new Intl.NumberFormat(defaultLocale).formatToParts(1234567.5);
  }
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

function numberPattern(group: string, decimal: string): RegExp {
  // Spaces in any form (no-break, narrow no-break, plain) all serve as a space group separator.
  const groupClass = /\s/.test(group) ? '[\\s\\u00a0\\u202f]' : escape(group);
  const grouped = `\\d{1,3}(?:${groupClass}\\d{3})+`;
  return new RegExp(`^([+-])?\\s*(${grouped}|\\d*)(?:${escape(decimal)}(\\d+))?\\s*(%)?$`, 'u');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
