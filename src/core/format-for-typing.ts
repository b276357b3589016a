/**
 * Numbers written for a person to type back (a dialog's field, a sheet's cell): every digit,
 * in the reader's locale. Apart from `format.ts`, which every board reads: only editors write so.
 */
import { defaultLocale } from './i18n';
import { numberFormat } from './format';

/** Every digit a number has, in the locale's way: `1234567.125` → `1.234.567,125` (de). */
export function formatExactly(
  value: number,
  locale: string,
  options: Intl.NumberFormatOptions = {},
): string {
  return numberFormat(locale, { maximumSignificantDigits: 21, ...options }).format(value);
}

/**
 * A number as a person types it back: every digit it has (the board shows two decimals at most),
 * in the locale's way; it reads back as itself. A number such as 1.125, which in English reads
 * either as 1.125 or as 1,125 (see `parseNumber` in `parse.ts`), gets a fourth decimal that says which: 1.1250.
 */
export function formatForTyping(
  value: number,
  locale: string = defaultLocale,
  options: Pick<Intl.NumberFormatOptions, 'useGrouping'> = {},
): string {
  const size = Math.abs(value);
  const [, decimals = ''] = String(size).split('.');
  return size >= 1 && size < 1000 && decimals.length === 3
    ? numberFormat(locale, {
        minimumFractionDigits: 4,
        maximumFractionDigits: 4,
        ...options,
      }).format(value)
    : formatExactly(value, locale, options);
}
