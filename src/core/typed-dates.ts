/**
 * Calendar dates as a person types them in the app's locale (`31.03.2027` in German, `31/03/2027`
 * in French or Spanish, `03/31/2027` in US English), not the browser's: a date input
 * (`<input type="date">`) follows the browser's language, whatever the Teams or Office locale.
 * Pure; the dates stay `YYYY-MM-DD` everywhere else.
 */
import { isIsoDate } from './dates';
import type { IsoDate } from './model';
import { validationIssue, type ValidationResult } from './issues';

type DatePart = 'day' | 'month' | 'year';

interface TypedDateLayout {
  readonly order: readonly DatePart[];
  readonly separator: string;
}

const layouts = new Map<string, TypedDateLayout>();

function numericDates(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The order of day, month and year the locale writes, and what it writes between them. */
function layoutOf(locale: string): TypedDateLayout {
  let layout = layouts.get(locale);
  if (!layout) {
    const parts = numericDates(locale).formatToParts(new Date(Date.UTC(2027, 2, 31)));
    const order = parts
      .map((part) => part.type)
      .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
    const separator = parts.find((part) => part.type === 'literal')?.value.trim() || '/';
    layout = { order, separator };
    layouts.set(locale, layout);
  }
  return layout;
}

/** The letters a language writes a date's form with: `TT.MM.JJJJ`, `jj/mm/aaaa`, `dd/mm/aaaa`. */
const formLetters: Readonly<Record<string, Record<DatePart, string>>> = {
  de: { day: 'TT', month: 'MM', year: 'JJJJ' },
  fr: { day: 'jj', month: 'mm', year: 'aaaa' },
  es: { day: 'dd', month: 'mm', year: 'aaaa' },
  en: { day: 'dd', month: 'mm', year: 'yyyy' },
};

/** The form a date is typed in, in the locale's letters: `dd/mm/yyyy` (en-GB), `TT.MM.JJJJ` (de). */
export function typedDateForm(locale: string): string {
  const { order, separator } = layoutOf(locale);
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const letters = formLetters[language] ?? formLetters.en!;
  return order.map((part) => letters[part]).join(separator);
}

/** A `YYYY-MM-DD` date as the locale types it: `2027-03-31` → `31.03.2027` (de). */
export function formatDateForTyping(date: IsoDate, locale: string): string {
  return numericDates(locale).format(new Date(`${date}T00:00:00Z`));
}

/**
 * A date typed in the locale's order (any of `/ . -` or spaces between its numbers, a two-digit
 * year in this century), or as `YYYY-MM-DD`. Empty text is no date; anything else is refused,
 * naming the form the locale accepts.
 */
export function parseTypedDate(
  text: string,
  locale: string,
  field: string,
): ValidationResult<IsoDate | undefined> {
  const typed = text.trim();
  if (typed === '') return { ok: true, value: undefined };
  if (isIsoDate(typed)) return { ok: true, value: typed };
  const numbers = /^(\d{1,4})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,4})\.?$/.exec(typed);
  if (numbers) {
    const { order } = layoutOf(locale);
    const value = (part: DatePart) => numbers[order.indexOf(part) + 1] ?? '';
    const year = value('year');
    const fullYear = year.length === 2 ? `20${year}` : year;
    const date = `${fullYear}-${value('month').padStart(2, '0')}-${value('day').padStart(2, '0')}`;
    if (fullYear.length === 4 && isIsoDate(date)) return { ok: true, value: date };
  }
  return {
    ok: false,
    issues: [validationIssue('dateInvalid', field, { expected: typedDateForm(locale) }, locale)],
  };
}
