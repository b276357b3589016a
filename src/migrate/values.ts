/**
 * Reading the values exports write as text: dates in several shapes, numbers with units and
 * thousands separators, weights as percentages, HTML notes. Each returns `undefined` for text
 * it cannot read, so the caller names the file, row and field.
 */
import { isIsoDate } from '../core/dates';
import type { IsoDate, IsoDateTime } from '../core/model';

const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i;

/**
 * `2025-03-31`, `2025-03-31 14:05:00`, `2025-03-31 14:05:00 UTC`, `2025-03-31T14:05:00Z` and
 * `2025-03-31T14:05:00+02:00`; a time without a zone is taken as UTC (the exports write UTC).
 */
export function parseDateTime(text: string): IsoDateTime | undefined {
  // A date cell of a workbook read as its value: days since 1899-12-30 (Excel's 1900 system).
  const serial = /^\d{5}(\.\d+)?$/.exec(text.trim());
  if (serial) {
    const instant = new Date(Math.round((Number(text) - 25569) * 86_400) * 1000);
    return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  const match = dateTimePattern.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone] = match;
  const date = `${year}-${month}-${day}`;
  if (!isIsoDate(date) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    return undefined;
  }
  const offset =
    !zone || /^(z|utc)$/i.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const instant = new Date(`${date}T${hour}:${minute}:${second}${offset}`);
  if (isNaN(instant.getTime())) return undefined;
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function parseDate(text: string): IsoDate | undefined {
  return parseDateTime(text)?.slice(0, 10);
}

/** `25`, `25%`, `1,234.5`, `$1,200`, `-3.5`, `40.0 %`: the number, units and separators aside. */
export function parseSourceNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/[\s,$€£%]/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** `40.0%` or `0.4` as a share, 0–1. */
export function parseWeight(text: string): number | undefined {
  const value = parseSourceNumber(text);
  if (value === undefined || value < 0) return undefined;
  return text.includes('%') || value > 1 ? value / 100 : value;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * An HTML note as plain text: block ends and `<br>` become line breaks (Windows' `\r\n` too),
 * tags go, entities are decoded. The result is only ever shown as text, never put back into HTML.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .replace(/<\s*(script|style)[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\s*\/\s*(p|div|li|h[1-6]|tr)\s*>/gi, '\n')
    .replace(/<\s*li[^>]*>/gi, '• ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : '';
      }
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
