import type { IsoDate } from './model';

/**
 * Keyed, localisable messages. A catalogue maps message keys to English templates plus optional
 * translations; `{name}` placeholders are filled from params, numbers formatted for the locale.
 * The core's own catalogue lives in `messages.ts`; the coaching engine keeps its own catalogue
 * and formats it with the same machinery.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

export type MessageTemplates<K extends string> = Readonly<Record<K, string>>;

export interface Catalogue<K extends string> {
  readonly keys: readonly K[];
  /** The locales this catalogue has templates for; always includes `en`. */
  readonly locales: readonly string[];
  has(key: string): key is K;
  /** The template for `key` in the closest available locale (falling back to English). */
  template(key: K, locale?: string): string;
  format(key: K, params?: MessageParams, locale?: string): string;
}

export const defaultLocale = 'en';

export function createCatalogue<K extends string>(
  english: MessageTemplates<K>,
  translations: Readonly<Record<string, Partial<MessageTemplates<K>>>> = {},
): Catalogue<K> {
  const keys = Object.keys(english) as K[];
  const known = new Set<string>(keys);
  const byLocale: Record<string, Partial<MessageTemplates<K>>> = {
    ...lowerCaseKeys(translations),
    [defaultLocale]: english,
  };
  const locales = Object.keys(byLocale);
  const template = (key: K, locale = defaultLocale): string => {
    for (const candidate of localeFallbacks(locale)) {
      const text = byLocale[candidate]?.[key];
      if (text !== undefined) return text;
    }
    return english[key];
  };
  return {
    keys,
    locales,
    has: (key: string): key is K => known.has(key),
    template,
    format: (key, params = {}, locale = defaultLocale) =>
      formatMessage(template(key, locale), params, locale),
  };
}

/**
 * Fills `{name}` placeholders. Numbers are formatted for the locale (at most two decimals);
 * a placeholder with no matching param is left as written so the gap is visible, never hidden.
 * `{name|one|other}` is the word that agrees with the number `name`, by the locale's plural
 * rules: `{count} {count|key result|key results}` reads `1 key result`, `3 key results`.
 * `{name:day}` is a `YYYY-MM-DD` day as the locale writes it (`formatDay`): `Jan 1, 2027` (en),
 * `1 Jan 2027` (en-GB), `1. Jan. 2027` (de); the param stays ISO, so the message can be said
 * again in another language.
 */
export function formatMessage(
  template: string,
  params: MessageParams = {},
  locale = defaultLocale,
): string {
  const numbers = numberFormat(locale);
  const agreed = template.replace(
    /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g,
    (placeholder, name: string, one: string, other: string) => {
      const count = params[name];
      if (typeof count !== 'number') return placeholder;
      return pluralRules(locale).select(count) === 'one' ? one : other;
    },
  );
  return agreed.replace(/\{(\w+)(:day)?\}/g, (placeholder, name: string, day?: string) => {
    if (!Object.hasOwn(params, name)) return placeholder;
    const value = params[name];
    if (day && typeof value === 'string' && isoDay.test(value)) return formatDay(value, locale);
    return typeof value === 'number' ? numbers.format(value) : String(value);
  });
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** `de-AT` → [`de-at`, `de`, `en`]. */
export function localeFallbacks(locale: string): string[] {
  const parts = locale.toLowerCase().replace(/_/g, '-').split('-').filter(Boolean);
  const chain: string[] = [];
  for (let length = parts.length; length > 0; length--)
    chain.push(parts.slice(0, length).join('-'));
  if (!chain.includes(defaultLocale)) chain.push(defaultLocale);
  return chain;
}

function lowerCaseKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key.toLowerCase(), value]),
  );
}

/** One formatter per locale: building an `Intl.NumberFormat` costs more than formatting with it. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    } catch {
      format = new Intl.NumberFormat(defaultLocale, { maximumFractionDigits: 2 });
    }
    numberFormats.set(locale, format);
  }
  return format;
}

const pluralRulesByLocale = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesByLocale.get(locale);
  if (rules === undefined) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules(defaultLocale);
    }
    pluralRulesByLocale.set(locale, rules);
  }
  return rules;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withYear}`;
  let format = dayFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat(defaultLocale, options);
    }
    dayFormats.set(key, format);
  }
  return format;
}

/**
 * A calendar day in the reader's locale, month by name: `1 Oct 2026` (en-GB), `Oct 1, 2026` (en),
 * `1. Okt. 2026` (de). The day is taken in UTC, so it is the same day wherever it is read.
 */
export function formatDay(date: IsoDate, locale: string = defaultLocale): string {
  return dayFormat(locale, true).format(new Date(`${date}T00:00:00Z`));
}

/** The same without the year, for a day in the months ahead: `Jan 1` (en), `1 Jan` (en-GB). */
export function formatMonthDay(date: IsoDate, locale: string = defaultLocale): string {
  return dayFormat(locale, false).format(new Date(`${date}T00:00:00Z`));
}
