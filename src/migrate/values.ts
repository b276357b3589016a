/**
 * Reading the values exports write as text: dates in several shapes, numbers with units and
 * thousands separators, weights as percentages, HTML notes. Each returns `undefined` for text
 * it cannot read, so the caller names the file, row and field.
 */
import { decodeHTML } from 'entities/decode';
import { isIsoDate } from '../core/dates';
import { moneyUnit, scaleOf } from '../core/format';
import type { IsoDate, IsoDateTime } from '../core/model';
import { readWithDecimalMark, withoutSpaceGroups, type DecimalMark } from '../core/parse';
import { sayReason, type Said } from './report-words';

const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i;

/** Day before month (31/01/2026, the usual order outside the US) or month before day (1/31/2026). */
export type DateOrder = 'dmy' | 'mdy';

/**
 * What a date cell says: a time, one that depends on the day/month order, or nothing readable. A
 * time written with its zone's offset gives the `day` as written too: `2026-03-31T00:00:00+02:00`
 * is due on the 31st, though it is the 30th in UTC.
 */
export type DateReading =
  | { readonly at: IsoDateTime; readonly day?: IsoDate }
  | { readonly ambiguous: { readonly dmy: IsoDateTime; readonly mdy: IsoDateTime } }
  | undefined;

const isoInstant = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Excel's serial number of 1970-01-01 in its 1900 date system, and in its 1904 one. */
const epochOffset = (date1904: boolean) => (date1904 ? 24107 : 25569);

/** Days since 1899-12-30 (Excel's 1900 system) or since 1904-01-01 (its 1904 system). */
export function excelSerialToDateTime(serial: number, date1904 = false): IsoDateTime {
  return isoInstant(new Date(Math.round((serial - epochOffset(date1904)) * 86_400) * 1000));
}

/**
 * A day (`YYYY-MM-DD`, midnight) or a UTC instant as Excel's serial number in its 1900 date
 * system, the one Excel for Windows and for the Mac since 2011 use
 * (https://support.microsoft.com/office/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487).
 */
export function dateTimeToExcelSerial(date: IsoDate | IsoDateTime): number {
  const at = Date.parse(isIsoDate(date) ? `${date}T00:00:00Z` : date);
  return at / 86_400_000 + epochOffset(false);
}

/**
 * A two-digit year the way Windows (and so Excel) reads one by default: 00–29 are 2000–2029,
 * 30–99 are 1930–1999 (https://learn.microsoft.com/en-us/previous-versions/ms811944(v=msdn.10)).
 */
function fullYear(year: string): number {
  const value = Number(year);
  if (year.length > 2) return value;
  return value < 30 ? 2000 + value : 1900 + value;
}

/**
 * The time a day written without one is stored at: noon UTC, as the store keeps its date columns
 * (`src/store/mapping.ts`), so a check-in dated the 31st counts on the 31st wherever its reader
 * lives from UTC−11 to UTC+11 (midnight UTC is the evening before in the Americas).
 */
const timeOfADay: readonly [number, number, number] = [12, 0, 0];

/** A day without a time as the instant it is stored at (`timeOfADay`). */
export const dayAt = (day: IsoDate): IsoDateTime => `${day}T12:00:00Z`;

function instantOf(
  year: number,
  month: number,
  day: number,
  time: readonly [number, number, number] = timeOfADay,
): IsoDateTime | undefined {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const [hour, minute, second] = time;
  if (!isIsoDate(date) || hour > 23 || minute > 59 || second > 59) return undefined;
  return isoInstant(new Date(Date.UTC(year, month - 1, day, hour, minute, second)));
}

/** Lower case, accents aside: `März` and `marz`, `août` and `aout` are the same. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Each month's names in English, German, French, Spanish and Dutch (the languages whose sheets
 * the import reads), and abbreviations that are not the start of one: German Excel's `Mrz`, Dutch
 * `mrt`, Austrian `Jänner`, Latin American `setiembre`.
 */
const monthNames: readonly (readonly string[])[] = [
  ['january', 'januar', 'janvier', 'enero', 'januari', 'janner'],
  ['february', 'februar', 'fevrier', 'febrero', 'februari'],
  ['march', 'marz', 'mrz', 'mars', 'marzo', 'maart', 'mrt'],
  ['april', 'avril', 'abril'],
  ['may', 'mai', 'mayo', 'mei'],
  ['june', 'juni', 'juin', 'junio'],
  ['july', 'juli', 'juillet', 'julio'],
  ['august', 'aout', 'agosto', 'augustus'],
  ['september', 'septembre', 'septiembre', 'setiembre'],
  ['october', 'oktober', 'octobre', 'octubre'],
  ['november', 'novembre', 'noviembre'],
  ['december', 'dezember', 'decembre', 'diciembre'],
].map((names) => names.map(plain));

/**
 * `Jan`, `Jan.`, `January`, `Sept`, `Juli`, `juil.`, `Mrz`: a month's number, when the name or
 * the start of one (three letters or more) names one month only (`jui` could be juin or juillet).
 */
export const monthOf = (name: string) => {
  const key = plain(name).replace(/\.$/, '');
  if (key.length < 3) return undefined;
  const found = monthNames.flatMap((names, index) =>
    names.some((month) => month.startsWith(key)) ? [index + 1] : [],
  );
  return found.length === 1 ? found[0] : undefined;
};

/** `14:05`, `14:05:09`, `2:05 PM`. */
function timeOf(text: string | undefined): readonly [number, number, number] | undefined {
  if (!text) return timeOfADay;
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm)?(?:\s*(?:z|utc))?$/i.exec(
    text.trim(),
  );
  if (!match) return undefined;
  let hour = Number(match[1]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return [hour, Number(match[2]), Number(match[3] ?? 0)];
}

/**
 * A time's zone as JavaScript's `Date` writes it, `00:00:00 GMT+0200 (Central European Summer
 * Time)` (`Date.prototype.toString`, https://tc39.es/ecma262/#sec-date.prototype.tostring), or as
 * mail and HTTP dates do, `09:00:00 GMT`, `09:00:00 +0100` (RFC 5322 §3.3): the time before it,
 * and the zone's offset east of UTC in minutes; `undefined` for an offset no zone has.
 */
function zoneOf(
  text: string | undefined,
): { time: string | undefined; offset: number } | undefined {
  const zone =
    text &&
    /^(.+?)\s*(?:(?:GMT|UTC)\s*(?:([+-])(\d{2}):?(\d{2}))?|([+-])(\d{2}):?(\d{2}))(?:\s+\([^()]*\))?$/i.exec(
      text.trim(),
    );
  if (!zone) return { time: text, offset: 0 };
  const sign = zone[2] ?? zone[5];
  const [hours, minutes] = [zone[3] ?? zone[6] ?? 0, zone[4] ?? zone[7] ?? 0].map(Number);
  // Offsets run from UTC−12:00 to UTC+14:00.
  if (hours! > 14 || minutes! > 59) return undefined;
  const offset = hours! * 60 + minutes!;
  return { time: zone[1], offset: sign === '-' ? -offset : offset };
}

const numericDate = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\.?(?:[\sT,]+(.+))?$/;
const yearFirstDate = /^(\d{4})([./])(\d{1,2})\2(\d{1,2})\.?(?:[\sT,]+(.+))?$/;
/**
 * `31 Jan 2026`, `31-Jan-26`, `31. Juli 2026`, `1 août 2026`, `31 de julio de 2026`, `31st March
 * 2026`, `1st of March 2026`, and Jira's `31/Jan/26 5:00 PM` (its default date format, dd/MMM/yy
 * h:mm a, in its CSV export).
 */
const dayMonthName =
  /^(\d{1,2})(?:st|nd|rd|th)?\.?(?:[\s-]+|\/)(?:de\s+|of\s+)?(\p{L}{3,10}\.?)(?:[\s,-]+|\/)(?:de\s+)?(\d{4}|\d{2})(?:[\sT,]+(.+))?$/iu;
const monthNameDay = /^(\p{L}{3,10}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[\sT,]+(.+))?$/iu;

/**
 * The weekdays' names and abbreviations in the languages of `monthNames`, which Excel's Long Date
 * format writes before the date (`Tuesday, February 17, 2026`, `Dienstag, 17. Februar 2026`,
 * `mardi 17 février 2026`, `martes, 17 de febrero de 2026`) and mail headers too (`Tue, 17 Feb
 * 2026`, RFC 5322 §3.3: https://www.rfc-editor.org/rfc/rfc5322#section-3.3).
 */
const weekdayNames: ReadonlySet<string> = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so',
    'lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim',
    'lunes martes miércoles jueves viernes sábado domingo mié jue vie sáb dom',
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma wo vr za zo',
  ]
    .join(' ')
    .split(' ')
    .map(plain),
);

/** The date after a weekday's name (`Tuesday, 17 Feb 2026` → `17 Feb 2026`), or `undefined`. */
function afterWeekday(text: string): string | undefined {
  const weekday = /^(\p{L}{2,10})\.?,?\s+/u.exec(text);
  return weekday && weekdayNames.has(plain(weekday[1]!))
    ? text.slice(weekday[0].length)
    : undefined;
}

/**
 * A date (and time) as exports and people write them: ISO 8601 (`2026-01-31`, with a time, a
 * zone or ` UTC`), an Excel serial day number, `31.01.2026`, `31/01/2026` or `1/31/2026`,
 * `2026/01/31`, `31 Jan 2026`, `31-Jan-26` and `Jan 31, 2026` (month names in English, German,
 * French, Spanish or Dutch: `31. Juli 2026`, `1 août 2026`), each maybe after its weekday
 * (`Saturday, January 31, 2026`, as Excel's Long Date writes it). Day and month in `/` or `-` dates
 * depend on `order`: without one, a date whose day and month could swap is `ambiguous`, for the
 * caller to decide from the rest of its column. Dates with dots are day first (the order every
 * locale that writes dots uses). A time without a zone is taken as UTC, a day without a time as noon UTC (`timeOfADay`).
 */
export function readDate(text: string, order?: DateOrder): DateReading {
  const trimmed = text.trim();
  // A weekday before the date (a long date format), unless the word is the date's own month
  // (`Mar 17, 2026`: March, or mardi).
  const dated = afterWeekday(trimmed);
  if (dated !== undefined) return readDateItself(trimmed, order) ?? readDateItself(dated, order);
  return readDateItself(trimmed, order);
}

function readDateItself(trimmed: string, order?: DateOrder): DateReading {
  // A date cell of a workbook read as its value.
  if (/^\d{5}(\.\d+)?$/.test(trimmed)) {
    const serial = Number(trimmed);
    // A whole serial is a day without a time.
    return { at: excelSerialToDateTime(Number.isInteger(serial) ? serial + 0.5 : serial) };
  }
  // A Unix time, in seconds or milliseconds, as APIs and the scripts exporting from them write
  // one (Lattice's goals give createdAt and updatedAt so); read between 2000 and 2100.
  const unix = /^(\d{10})(\d{3})?$/.exec(trimmed);
  if (unix) {
    const at = new Date(Number(unix[1]) * 1000 + Number(unix[2] ?? 0));
    const year = at.getUTCFullYear();
    return year >= 2000 && year < 2100 ? { at: isoInstant(at) } : undefined;
  }
  // ISO 8601's basic format, 20260331, as databases and SAP write a day.
  const basic = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (basic) {
    const at = instantOf(Number(basic[1]), Number(basic[2]), Number(basic[3]));
    return at && basic[1]! >= '1900' ? { at } : undefined;
  }
  const iso = dateTimePattern.exec(trimmed);
  if (iso) {
    const [, year, month, day, hour = '12', minute = '00', second = '00', zone] = iso;
    const date = `${year}-${month}-${day}`;
    if (!isIsoDate(date) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
      return undefined;
    }
    const offset =
      !zone || /^(z|utc)$/i.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const instant = new Date(`${date}T${hour}:${minute}:${second}${offset}`);
    if (isNaN(instant.getTime())) return undefined;
    return offset === 'Z' ? { at: isoInstant(instant) } : { at: isoInstant(instant), day: date };
  }
  const found = (at: IsoDateTime | undefined) => (at ? { at } : undefined);
  const yearFirst = yearFirstDate.exec(trimmed);
  if (yearFirst) {
    const time = timeOf(yearFirst[5]);
    return time
      ? found(instantOf(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]), time))
      : undefined;
  }
  const named = dayMonthName.exec(trimmed) ?? monthNameDay.exec(trimmed);
  if (named) {
    const dayFirst = /^\d/.test(named[1]!);
    const month = monthOf(dayFirst ? named[2]! : named[1]!);
    const day = Number(dayFirst ? named[1] : named[2]);
    const zoned = zoneOf(named[4]);
    const time = zoned && timeOf(zoned.time);
    const local = month && time ? instantOf(fullYear(named[3]!), month, day, time) : undefined;
    if (!local || !zoned?.offset) return found(local);
    const at = isoInstant(new Date(Date.parse(local) - zoned.offset * 60_000));
    return { at, day: local.slice(0, 10) };
  }
  const numeric = numericDate.exec(trimmed);
  if (!numeric) return undefined;
  const [, first, separator, second, year, timeText] = numeric;
  const time = timeOf(timeText);
  if (!time) return undefined;
  const dmy = instantOf(fullYear(year!), Number(second), Number(first), time);
  const mdy = instantOf(fullYear(year!), Number(first), Number(second), time);
  if (separator === '.' || order === 'dmy') return found(dmy);
  if (order === 'mdy') return found(mdy);
  if (dmy && mdy && dmy !== mdy) return { ambiguous: { dmy, mdy } };
  return found(dmy ?? mdy);
}

/** Which day/month order a date cell proves, if it proves one (a day above 12 does). */
export function dateOrderOf(text: string): DateOrder | undefined {
  const numeric = numericDate.exec(text.trim());
  if (!numeric || numeric[2] === '.') return undefined;
  const reading = readDate(text);
  if (!reading || 'ambiguous' in reading) return undefined;
  const first = Number(numeric[1]);
  const second = Number(numeric[3]);
  if (first > 12 && second <= 12) return 'dmy';
  if (second > 12 && first <= 12) return 'mdy';
  return undefined;
}

/** A date and time as UTC `YYYY-MM-DDThh:mm:ssZ`, or `undefined` when it cannot be read for sure. */
export function parseDateTime(text: string, order?: DateOrder): IsoDateTime | undefined {
  const reading = readDate(text, order);
  return reading && 'at' in reading ? reading.at : undefined;
}

/** The day a date cell names, as written: a time with its zone's offset is that zone's day. */
export function parseDate(text: string, order?: DateOrder): IsoDate | undefined {
  const reading = readDate(text, order);
  return reading && 'at' in reading ? (reading.day ?? reading.at.slice(0, 10)) : undefined;
}

export type { DecimalMark };

/** What a number cell says: a number, one that depends on the decimal mark, or nothing readable. */
export type NumberReading =
  | ({ readonly value: number; readonly percent: boolean } & AmountWords)
  | ({
      readonly ambiguous: { readonly point: number; readonly comma: number };
      readonly percent: boolean;
    } & AmountWords)
  | undefined;

/** What an amount is written with besides its number: `1.2M`, `12K users`, `40 km`. */
export interface AmountWords {
  /** The magnitude it was abbreviated with (`M` in `1.2M`), already multiplied in. */
  readonly magnitude?: string;
  /** The unit written after it (`users` in `12K users`, `m` in `12m`). */
  readonly unit?: string;
}

/**
 * Thousand, million and billion as amounts are abbreviated: `450k`, `1.2M`, `1.2 mn`,
 * `3,5 Mio. €`, `$2bn`, `2 Mrd. €`, `1.2 million`. A lowercase `m` is also metres or minutes:
 * it is a million beside a currency (`€3.5m`, or a currency the row's unit names) or before a
 * unit (`12m users`), and alone (`12m`) the unit m.
 */
function magnitudeOf(word: string, money: boolean, unitFollows: boolean): number | undefined {
  if (word === 'm') return money || unitFollows ? 1e6 : undefined;
  // `MM` as finance writes a million; `mm` is millimetres.
  if (word === 'mm') return undefined;
  return scaleOf(word);
}

/** Currency signs: `$`, `€`, `¥`, `₹`, `US$`, `R$`, `kr`, `zł`, `Rs.` and the like. */
const currencySign = /^(?:[$€£¥₹₩₽₺₪₫₱₦₴₸฿]|(?:US|AU?|CA?|NZ|HK|S|R|MX)\$|kr\.?|zł|Rs\.?)$/i;

/** Currencies named in words, or by the codes sheets write most, in any case (`usd`, Viva Goals' `Dollar`). */
const currencyName =
  /^(?:usd|eur|gbp|chf|jpy|inr|sek|nok|dkk|aud|cad|dollars?|euros?|pounds?|yen|rupees?)$/i;

const currencyCodes = new Map<string, boolean>();

/**
 * An ISO 4217 code, written in capitals, of a currency whose minor unit is two digits or none
 * (`NZD`, `PLN`, `KRW`), as the runtime's `Intl` knows them: a currency of three (`KWD`, `BHD`)
 * is not one `readNumber` may read `1.234` beside as thousands. Worked out once per code.
 * https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/supportedValuesOf
 */
function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  let known = currencyCodes.get(code);
  if (known === undefined) {
    const minorDigits = (currency: string) =>
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits;
    known =
      Intl.supportedValuesOf('currency').includes(code) && [0, 2].includes(minorDigits(code) ?? 2);
    currencyCodes.set(code, known);
  }
  return known;
}

/**
 * A unit that is a currency: a sign (`$`, `kr`), a code (`USD`, `usd`, `NZD`), or the word (Viva
 * Goals' `Dollar`).
 */
export const isCurrencyUnit = (unit: string) => {
  const written = unit.trim();
  return currencySign.test(written) || currencyName.test(written) || isCurrencyCode(written);
};

/** A currency as a key result's unit: a code in capitals (`usd` is `USD`), else as written. */
export const currencyAsUnit = (currency: string) =>
  isCurrencyCode(currency.toUpperCase()) ? currency.toUpperCase() : currency;

/** A unit written after an amount: words, no digits (`users`, `km`, `hours/week`). */
const unitWords = /^\p{L}[\p{L}\p{M} /.'’-]{0,29}$/u;

/** What may be a currency before or after an amount: a sign, or a word or code (`USD`, `kr.`). */
const edgeWord = String.raw`(?:[$€£¥₹₩₽₺₪₫₱₦₴₸฿]|[A-Za-z]{1,2}\$|\p{L}+\.?)`;
const wordFirst = new RegExp(String.raw`^(${edgeWord})\s*`, 'u');
const wordLast = new RegExp(String.raw`\s*(${edgeWord})$`, 'u');

/**
 * An amount without the currency written before or after it (`USD 1,200`, `1.200 €`), and that
 * currency; a sign before the currency stays with the amount (`-$1,200`, as Excel writes it).
 */
function splitCurrency(text: string): { readonly amount: string; readonly currency?: string } {
  const sign = /^[+-]\s*/.exec(text)?.[0] ?? '';
  const first = wordFirst.exec(text.slice(sign.length));
  if (first && isCurrencyUnit(first[1]!))
    return { amount: sign.trim() + text.slice(sign.length + first[0].length), currency: first[1] };
  const last = wordLast.exec(text);
  if (last && isCurrencyUnit(last[1]!))
    return { amount: text.slice(0, -last[0].length), currency: last[1] };
  return { amount: text };
}

/**
 * An amount's text without what is written around its number: spaces made single, a leading
 * minus sign (U+2212) as `-`, accountants' brackets (a negative) and a percent sign taken off.
 */
function unwrapAmount(text: string): {
  readonly bare: string;
  readonly bracketed: boolean;
  readonly percent: boolean;
} {
  let core = text
    .trim()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/^\u2212/, '-');
  const accounting = /^\((.*)\)$/.exec(core);
  if (accounting) core = accounting[1]!.trim();
  const percent = /%$/.test(core) || /^%/.test(core);
  return { bare: core.replace(/^%\s*|\s*%$/g, ''), bracketed: accounting !== null, percent };
}

/** The currency an amount is written with (`USD 1,200`, `300 NZD`, `−€3.5m`), if any. */
export const currencyWrittenIn = (text: string): string | undefined =>
  splitCurrency(unwrapAmount(text).bare).currency;

/**
 * A number as spreadsheets show it: `25`, `-3.5`, `12,5`, `1,234.5`, `1.234,5`, `1 234,5`,
 * `1'234.50`, `$1,200`, `1.200 €`, `USD 1,200`, `-$1,200`, `25%`, `40.0 %`, `(1,200)` and
 * `$(1,200)` (negative, as accountants write it), `−5` (the minus sign Windows writes in Swedish, Norwegian and Finnish), `12,34,567.50`
 * (Indian grouping: lakhs and crores), `$ -` (zero in Excel's Accounting format), `1.2M`,
 * `450k`, `500 Tsd.`, `12 T€`, `250 TEUR`, `€3.5m`, `$2bn` (see `magnitudeOf`; `unitIsMoney`: the
 * row's unit is a currency), and a
 * unit after it (`12K users`, `40 km`). With
 * one mark followed by exactly three digits (`1,234`, `1.234`) the number depends on which mark
 * is the decimal one; it is read as thousands beside a currency (`$1,200`; not `$1.234M`), with
 * `decimalMark` when given, or else `ambiguous`.
 */
export function readNumber(
  text: string,
  decimalMark?: DecimalMark,
  unitIsMoney = false,
): NumberReading {
  const { bare, bracketed, percent } = unwrapAmount(text);
  let negative = bracketed;
  const { amount, currency } = splitCurrency(bare);
  // Accountants' brackets inside the currency, as Excel's Accounting format shows them: `$(1,200)`.
  const inBrackets = /^\((.*)\)$/.exec(amount.trim());
  if (inBrackets && currency) negative = !negative;
  let core = inBrackets && currency ? inBrackets[1]!.trim() : amount;
  // Excel's Accounting format shows zero as a dash beside the currency: `$ -`, `- €`.
  if (currency && /^[-–—]$/.test(core.trim())) return { value: 0, percent };
  if (/^[+-]/.test(core)) {
    negative = negative !== (core[0] === '-');
    core = core.slice(1).trim();
  }
  core = withoutSpaceGroups(core);
  const parts = /^((?:\d+(?:[.,]\d+)*[.,]?|[.,]\d+)(?:e[+-]?\d+)?)(?: ?(\D.*))?$/i.exec(core);
  if (!parts) return undefined;
  core = parts[1]!;
  const [first = '', ...rest] = parts[2]?.split(' ') ?? [];
  // A scale and a currency in one word, as the board reads a unit (`moneyUnit`): `12 T€`, `250 TEUR`.
  const scaledMoney =
    first && rest.length === 0 ? moneyUnit(`${first}${currency ?? ''}`) : undefined;
  const money = currency !== undefined || scaledMoney !== undefined;
  const factor = first
    ? (magnitudeOf(first, money || unitIsMoney, rest.length > 0) ?? scaledMoney?.scale)
    : undefined;
  const unit =
    scaledMoney && !currency
      ? scaledMoney.currency
      : (factor ? rest.join(' ') : (parts[2] ?? '')).trim();
  if (unit && !unitWords.test(unit)) return undefined;
  const words: AmountWords = {
    ...(factor ? { magnitude: first } : {}),
    ...(unit ? { unit } : {}),
  };
  const sign = negative ? -1 : 1;
  const as = (mark: DecimalMark) => {
    const written = readWithDecimalMark(core, mark);
    if (written === undefined) return undefined;
    // 1.2 × 10⁶ is 1200000.0000000002 in binary: the digits written are all there is.
    const value = factor ? Number((written * factor).toPrecision(15)) : written;
    return Number.isFinite(value) ? sign * value : undefined;
  };
  const point = as('.');
  const comma = as(',');
  if (point === undefined && comma === undefined) return undefined;
  if (point === undefined) return { value: comma!, percent, ...words };
  if (comma === undefined || point === comma) return { value: point, percent, ...words };
  // Every currency recognised here has two minor digits or none (ISO 4217's minor units, kept by
  // its maintenance agency: https://www.six-group.com/en/products-services/financial-information/data-standards.html),
  // so beside one, three digits after the mark are thousands whatever the file's decimal mark:
  // `$1,200` and `1.200 €` are 1200. Abbreviated (`$1.234M`), they are not minor units.
  if (money && !factor)
    return { value: Math.abs(point) > Math.abs(comma) ? point : comma, percent, ...words };
  if (decimalMark) return { value: decimalMark === '.' ? point : comma, percent, ...words };
  return { ambiguous: { point, comma }, percent, ...words };
}

/** A number beside a currency with one mark followed by three digits: read as thousands. */
const moneyThousands = (text: string) =>
  currencyWrittenIn(text) !== undefined && /^[^.,]*[.,]\d{3}\D*$/.test(text.trim());

/** Which decimal mark a number cell proves, if it proves one (`12,5` or `1,234.5` do). */
export function decimalMarkOf(text: string): DecimalMark | undefined {
  // The number's own marks, not a unit's after it (`3,5 Mio.`).
  const number = /\d(?:[\d.,'’ ]*\d)?/.exec(text)?.[0] ?? '';
  if (!/[.,]/.test(number)) return undefined;
  const reading = readNumber(text);
  if (!reading || 'ambiguous' in reading || moneyThousands(text)) return undefined;
  const last = Math.max(number.lastIndexOf('.'), number.lastIndexOf(','));
  const mark = number[last] as DecimalMark;
  // `1,234,567` proves only that "," groups thousands.
  if (number.split(mark).length > 2) return mark === ',' ? '.' : ',';
  return mark;
}

/**
 * `25`, `25%`, `1,234.5`, `12,5`, `$1,200`, `-3.5`, `40.0 %`: the number, units and separators
 * aside; a mark followed by three digits is read with `decimalMark` (a point by default, as the
 * Viva Goals exports write numbers).
 */
export function parseSourceNumber(
  text: string,
  decimalMark: DecimalMark = '.',
): number | undefined {
  const reading = readNumber(text, decimalMark);
  return reading && 'value' in reading ? reading.value : undefined;
}

/** `40.0%` or `0.4` as a share, 0–1. */
export function parseWeight(text: string): number | undefined {
  const value = parseSourceNumber(text);
  if (value === undefined || value < 0) return undefined;
  return text.includes('%') || value > 1 ? value / 100 : value;
}

/** A link's address, with the text it is written under, unless that text is the address. */
function linkAsText(href: string, inner: string): string {
  const address = decodeHTML(href).trim();
  const text = decodeHTML(inner.replace(/<[^>]*>/g, '')).trim();
  const same = [address, address.replace(/^mailto:/i, ''), address.replace(/\/$/, '')];
  if (!address || /^javascript:/i.test(address) || same.includes(text)) return inner;
  // Its entities decoded once, with the note's: its `&` kept as `&amp;` until then.
  return `${inner} (${address.replace(/&/g, '&amp;')})`;
}

/**
 * A link to a Notion page, as Notion's CSV export writes a relation (an Objective a key result
 * belongs to, a parent goal): the page's exported file, its title and its 32-digit id
 * URL-encoded (`../Objectives%202e94…/Grow%20revenue%2030c4…a301f449a.md`, as reported in
 * https://github.com/connertennery/Notion-to-Obsidian-Converter/issues/2), or its notion.so
 * address, maybe after the page's title in brackets.
 */
const notionLink = String.raw`(?:https?://(?:www\.)?notion\.so/[^\s(),]*[0-9a-f]{32}(?:\?[^\s(),]*)?|[^\s(),]*%20[0-9a-f]{32}\.md)`;
const notionItem = new RegExp(
  String.raw`\s*(?:([^()]+?)\s*\((${notionLink})\)|(${notionLink}))\s*(?:,|$)`,
  'giy',
);

/**
 * A cell of links to Notion pages as their titles, joined by `, ` (`Grow revenue`); any other
 * cell, or one with a bare notion.so address (whose title it does not spell exactly), as it is.
 */
export function notionPageTitles(cell: string): string {
  if (!/[0-9a-f]{32}/.test(cell)) return cell;
  notionItem.lastIndex = 0;
  const titles: string[] = [];
  for (let item = notionItem.exec(cell); item; item = notionItem.exec(cell)) {
    const [, title, , path] = item;
    if (title) titles.push(title.trim());
    else if (path && !/^https?:/i.test(path)) {
      try {
        titles.push(decodeURIComponent(path.split('/').pop()!).replace(/\s[0-9a-f]{32}\.md$/, ''));
      } catch {
        return cell;
      }
    } else return cell;
    if (notionItem.lastIndex >= cell.length) return titles.join(', ');
  }
  return cell;
}

/**
 * An HTML note as plain text: block ends, list items and `<br>` become line breaks (Windows'
 * `\r\n` too), a list item starts with a bullet, a link keeps its address after its text
 * ("PM-42 (https://…/pm/42)"), tags go, and every character reference is decoded as a browser
 * decodes it (the whole HTML5 set of names, `&mdash;` `&euro;` `&hellip;` …, and numbers). The
 * result is only ever shown as text, never put back into HTML.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/\r\n?/g, '\n')
    .replace(/<\s*(script|style)[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
    .replace(
      /<\s*a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\s*\/\s*a\s*>/gi,
      (_whole, double?: string, single?: string, bare?: string, inner = '') =>
        linkAsText(double ?? single ?? bare ?? '', inner),
    )
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\s*\/\s*(p|div|li|h[1-6]|tr)\s*>/gi, '\n')
    .replace(/<\s*li[^>]*>/gi, '• ')
    .replace(/<[^>]*>/g, '');
  return decodeHTML(text)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The most over the top of the scale a written score may be and still be read as a score: Viva
 * Goals let a key result's progress, and so its score, pass 1.0 (1.2 for 120 % of its target),
 * where scores go from 0.0 to 1.0
 * (https://learn.microsoft.com/en-us/viva/goals/viva-goals-healthy-okr-program/close-okrs-overview). A
 * score up to twice the top is kept at the top, 1.0, and said; beyond it, a number like 7 or 70
 * is more likely a percentage written without its sign than a score, and is refused.
 */
const OVER_ACHIEVED_MAX = 2;

/**
 * A closing score as OKR tools and sheets write it, 0.0 to 1.0 (Google's grading, Viva Goals'
 * scores) or 0 to 100 %, as the share of the top of the scale. One above the top by no more than
 * `OVER_ACHIEVED_MAX` is kept as the top, with what to say of it (`capped`); another is an error
 * saying what is accepted.
 */
export function gradeOf(written: {
  readonly amount: number;
  readonly percent: boolean;
}): { readonly value: number; readonly capped?: readonly Said[] } | { readonly error: Said } {
  const share = written.percent ? written.amount / 100 : written.amount;
  if (share >= 0 && share <= 1) return { value: share };
  const params = {
    score: written.amount,
    percent: written.percent ? written.amount : Math.round(share * 1000) / 10,
  };
  if (share < 0)
    return {
      error: {
        text: written.percent
          ? '{percent}% is below the bottom of the scale; scores go from 0.0 to 1.0 (0–100%).'
          : '{score} ({percent}%) is below the bottom of the scale; scores go from 0.0 to 1.0 (0–100%).',
        params,
      },
    };
  if (share <= OVER_ACHIEVED_MAX)
    return {
      value: 1,
      capped: [
        written.percent
          ? {
              text: '{percent}% is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). It is kept as 1.0, the top.',
              params: { percent: written.amount },
            }
          : {
              text: '{score} ({percent}%) is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). It is kept as 1.0, the top.',
              params: { score: written.amount, percent: Math.round(share * 1000) / 10 },
            },
      ],
    };
  return {
    error: {
      text: written.percent
        ? '{percent}% is above the top of the scale; scores go from 0.0 to 1.0 (0–100%).'
        : '{score} is not a score: scores go from 0.0 to 1.0 (0–100%); a percentage is written with its sign ({score}%).',
      params,
    },
  };
}

/**
 * A grade read from a cell (nothing, or an unreadable cell already said: `null`), or said and
 * left out (`leftOut`); one over the top kept at the top is said too (`capped`).
 */
export function gradeOrSay(
  written: { readonly amount: number; readonly percent: boolean } | null | undefined,
  leftOut: (error: string, said: Said) => void,
  capped: (note: readonly Said[]) => void,
): number | undefined {
  if (!written) return undefined;
  const grade = gradeOf(written);
  if ('error' in grade) {
    leftOut(sayReason([grade.error]), grade.error);
    return undefined;
  }
  if (grade.capped) capped(grade.capped);
  return grade.value;
}
