/**
 * What a month calendar needs from the app's locale (Teams' or Office's display language, not the
 * browser's): the names of months and days, and the day a week starts on. Pure; dates stay
 * `YYYY-MM-DD`, read as UTC days, so no name depends on the machine's time zone.
 */

/** Months 0–11 and days 0–6 (Sunday first, as Fluent's calendar strings list them). */
export interface CalendarNames {
  readonly months: string[];
  readonly shortMonths: string[];
  readonly days: string[];
  /** One letter or two, above each day's column. */
  readonly shortDays: string[];
}

const names = new Map<string, CalendarNames>();

function namesOf(locale: string, count: number, day: (i: number) => Date, options: object) {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => format.format(day(i)));
}

/** The months' and weekdays' names as the locale writes them: „März“, „Mo“ in German. */
export function calendarNames(locale: string): CalendarNames {
  let found = names.get(locale);
  if (!found) {
    const month = (i: number) => new Date(Date.UTC(2027, i, 1));
    // 2027-01-03 is a Sunday.
    const weekday = (i: number) => new Date(Date.UTC(2027, 0, 3 + i));
    found = {
      months: namesOf(locale, 12, month, { month: 'long' }),
      shortMonths: namesOf(locale, 12, month, { month: 'short' }),
      days: namesOf(locale, 7, weekday, { weekday: 'long' }),
      shortDays: namesOf(locale, 7, weekday, { weekday: 'narrow' }),
    };
    names.set(locale, found);
  }
  return found;
}

/**
 * Regions whose weeks start on Sunday, for a browser without `Intl.Locale`'s week data (Firefox):
 * CLDR's `weekData` (https://github.com/unicode-org/cldr/blob/main/common/supplemental/supplementalData.xml),
 * for the regions of the app's languages.
 */
const sundayRegions = new Set([
  'US', 'CA', 'MX', 'BR', 'AR', 'CO', 'PE', 'VE', 'GT', 'HN', 'SV', 'NI', 'PA', 'PR', 'DO', 'PH',
  'IN', 'JP', 'IL', 'ZA', 'HK', 'TW', 'KR',
]); // prettier-ignore

interface WeekInfo {
  /** 1 = Monday … 7 = Sunday. */
  readonly firstDay: number;
}

/**
 * The day the locale's weeks start on, 0 = Sunday … 6 = Saturday: Monday in `de`, `fr`, `es` and
 * `en-GB`, Sunday in `en-US`. A locale without a region takes its language's likeliest (`en` →
 * `en-US`).
 * https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/Locale/getWeekInfo
 */
export function weekStart(locale: string): number {
  let full: Intl.Locale;
  try {
    full = new Intl.Locale(locale).maximize();
  } catch {
    return 1;
  }
  // `weekInfo` until Chromium 130, `getWeekInfo()` since; neither in Firefox.
  const withWeeks = full as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
  const info = withWeeks.getWeekInfo?.() ?? withWeeks.weekInfo;
  if (info) return info.firstDay % 7;
  return sundayRegions.has(full.region ?? '') ? 0 : 1;
}
