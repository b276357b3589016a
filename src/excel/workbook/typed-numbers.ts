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
import type { CellValue } from './types';

export type ShownAs = 'percent' | 'date';

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
 * The day Excel shows for a serial: serials below 61 count from 1899-12-31 (serial 1 is
 * 1900-01-01, and 60 the 1900-02-29 Excel keeps for Lotus 1-2-3's sake), later ones from
 * `serialEpoch`: https://learn.microsoft.com/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year
 */
function dateOfSerial(serial: number): string {
  if (serial === 60) return '1900-02-29';
  const epoch = serial < 60 ? serialEpoch + dayMs : serialEpoch;
  return new Date(epoch + serial * dayMs).toISOString().slice(0, 10);
}

/** A number cell's value as its format shows it: `45%`, `2026-12-01`, or the number itself. */
export function valueAsShown(value: CellValue, numberFormat: string, locale: string): CellValue {
  if (typeof value !== 'number') return value;
  switch (shownAs(numberFormat)) {
    case 'percent':
      // Ungrouped, as a 0% format shows it; ten decimals at most, before the binary noise of
      // × 100 (0.07 × 100 is 7.000000000000001); read back as the same number by the pane.
      return `${formatForTyping(Number((value * 100).toFixed(10)), locale, { useGrouping: false })}%`;
    case 'date':
      return dateOfSerial(Math.floor(value));
    default:
      return value;
  }
}
