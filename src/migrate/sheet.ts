/**
 * Reading a sheet the way people and spreadsheets write one: headers in any case, with extra or
 * non-breaking spaces, in any order; numbers with the decimal mark of the file's locale; dates
 * whose day/month order is decided from the whole column (or the whole file), never guessed
 * from one cell; where the file proves neither, as the reader's locale writes them, said once.
 * Pure: rows in, readings out; the parsers name the file, row and column.
 */
import { formatNumber } from '../core/format';
import type { IsoDate, IsoDateTime } from '../core/model';
import { cellEntries, isMultiLine } from './cell-lines';
import type { CsvRow } from './csv';
import { saidAs, sayReason, type Said } from './report-words';
import type { ImportProblem } from './source';
import { columnName } from './xlsx';
import {
  dateOrderOf,
  decimalMarkOf,
  currencyAsUnit,
  currencyWrittenIn,
  isCurrencyUnit,
  readDate,
  readNumber,
  type DateOrder,
  type DecimalMark,
} from './values';

/**
 * A header cell as a key: case, surrounding and repeated spaces (non-breaking too), `*` and `:`
 * aside; words joined as code writes them (`owner_email`, `startingAmount`, from a tool's API)
 * are words.
 */
export function headerKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .replace(/\s*[*:]+$/, '')
    .toLowerCase();
}

/**
 * A header key without the note in brackets after its name ("target (value)", "confidence
 * (1-10)", "current value [€]"), for a name that is not known with it.
 */
export const withoutNote = (key: string) => key.replace(/\s*(?:\(.*\)|\[.*\])$/, '');

/** A note in brackets at the end of a header: `Target [€]`, `Current value (NZD)`. */
const headerNote = /[([]\s*([^()[\]]+?)\s*[)\]]$/;

/** `%` or a currency a header notes in brackets at its end (`Target [€]`), if it notes one. */
function unitNoted(header: string): string | undefined {
  const note = headerNote.exec(header.trim())?.[1];
  if (note === '%') return note;
  return note && isCurrencyUnit(note) ? currencyAsUnit(note) : undefined;
}

/**
 * A key result's unit as its row writes it: its unit cell; else `%`, the currency or the unit
 * its values are written with (`$1,200`, `300 NZD`, `12K users`); else one its value columns'
 * headers note (`Current value [€]`).
 */
export function unitOfRow(
  unitCell: string,
  values: readonly string[],
  headers: readonly string[],
): string {
  const noted = headers.map(unitNoted).find(Boolean);
  const currency = values.map(currencyWrittenIn).find(Boolean);
  const word = values.map((value) => readNumber(value)?.unit).find(Boolean);
  // `3.5m` under a currency's header is millions of it, not metres.
  const wordWritten = word === 'm' && noted && isCurrencyUnit(noted) ? undefined : word;
  return (
    unitCell ||
    (values.some((value) => value.includes('%'))
      ? '%'
      : ((currency && currencyAsUnit(currency)) ?? wordWritten ?? noted ?? ''))
  );
}

/** The indexes of the header's columns named (as keys) in `names`. */
export function columnsNamed(header: readonly string[], names: readonly string[]): number[] {
  const keys = new Set(names.map(headerKey));
  return header.flatMap((name, index) => (keys.has(headerKey(name)) ? [index] : []));
}

/** Each header's column index by key (the first, when a header repeats). */
export function columnsOf(header: readonly string[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    const key = headerKey(name);
    if (key && !columns.has(key)) columns.set(key, index);
  });
  return columns;
}

/**
 * The header's columns that no parser reads, as a note for the dry run (so a column someone
 * expected to be imported is not dropped unseen). Unnamed columns are not listed. A header
 * written twice, the first read and the second not, is named with both columns' letters: which
 * of the two holds the values to import is not for the import to guess.
 */
export function ignoredColumns(
  file: string,
  row: number,
  header: readonly string[],
  isRead: (key: string, index: number) => boolean,
): ImportProblem[] {
  const firstOf = new Map<string, number>();
  const ignored: string[] = [];
  const repeats = new Map<string, number>();
  const repeated: ImportProblem[] = [];
  header.forEach((cell, index) => {
    const name = cell.trim();
    if (name === '') return;
    const key = headerKey(name);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, index);
    if (isRead(key, index)) return;
    if (first !== undefined && isRead(key, first)) {
      const twice: Said = {
        text: 'The header "{header}" is written twice, in columns {read} and {unread}: column {read} is read and column {unread} is not. If column {unread} holds what should be imported, rename or remove column {read} and import again.',
        params: { header: name, read: columnName(first), unread: columnName(index) },
      };
      repeated.push({
        file,
        row,
        field: name,
        message: sayReason([twice]),
        said: [twice],
        severity: 'note',
      });
      return;
    }
    // A field with several values (Jira's Labels, Sprint, Watchers) repeats its header: named once.
    if (first === undefined) ignored.push(`"${name}"`);
    else if (!isRead(key, first)) repeats.set(key, (repeats.get(key) ?? 1) + 1);
  });
  ignored.forEach((name, index) => {
    const times = repeats.get(headerKey(name.slice(1, -1)));
    if (times) ignored[index] = `${name} (${times} columns)`;
  });
  if (ignored.length === 0) return repeated;
  const said: Said = {
    text: 'The {count|column|columns} {columns} {count|is|are} not read by the import and {count|is|are} ignored.',
    params: { count: ignored.length, columns: ignored.join(', ') },
  };
  return [
    {
      file,
      row,
      message: sayReason([said]),
      // "(3 columns)" of a repeated header is said in English only.
      ...(repeats.size === 0 ? { said: [said] } : {}),
      severity: 'note',
    },
    ...repeated,
  ];
}

/** A sheet of one row per item, read under its header row. */
export interface UnderHeader<F> {
  /** The header row as written, and its line. */
  readonly header: readonly string[];
  readonly line: number;
  /** Which column each field is in. */
  readonly fields: Map<F, number>;
  /** The rows below the header that are not blank. */
  readonly rows: readonly CsvRow[];
  /** The header's columns no field reads, as a note (`ignoredColumns`). */
  readonly ignored: readonly ImportProblem[];
}

/**
 * Reads a sheet whose first row that is not blank is its header, naming the fields
 * `fieldsOf` finds in it; undefined when every row is blank.
 */
export function readUnderHeader<F>(
  file: string,
  rows: Iterable<CsvRow>,
  fieldsOf: (header: readonly string[]) => Map<F, number>,
): UnderHeader<F> | undefined {
  let under: { header: readonly string[]; fields: Map<F, number>; line: number } | undefined;
  const below: CsvRow[] = [];
  for (const row of rows) {
    if (row.fields.every((cell) => cell.trim() === '')) continue;
    if (under) below.push(row);
    else under = { header: row.fields, fields: fieldsOf(row.fields), line: row.line };
  }
  if (!under) return undefined;
  const read = new Set(under.fields.values());
  return {
    header: under.header,
    line: under.line,
    fields: under.fields,
    rows: below,
    ignored: ignoredColumns(file, under.line, under.header, (_, index) => read.has(index)),
  };
}

/** What the whole sheet says about its locale: the decimal mark, each date column's order. */
export interface SheetProfile {
  /** Proven by a cell like `12,5` or `1,234.5`. */
  readonly decimalMark?: DecimalMark;
  /** Both marks proven: each cell is read by itself, and a cell like `1,234` is ambiguous. */
  readonly mixedDecimalMarks: boolean;
  /** Per column index: the day/month order its dates prove; `mixed` when they prove both. */
  readonly dateOrders: ReadonlyMap<number, DateOrder | 'mixed'>;
}

/**
 * Reads every cell below the header once for what it proves: the decimal mark from the columns
 * read as numbers (`numberColumns`; an outline number like `1.2` elsewhere proves nothing), the
 * day/month order of every column. Nothing else decides: the delimiter does not tell the decimal
 * mark (see `detectDelimiter`).
 */
export function profileSheet(
  rows: Iterable<CsvRow>,
  headerLine: number,
  numberColumns: ReadonlySet<number>,
): SheetProfile {
  const marks = new Set<DecimalMark>();
  const orders = new Map<number, Set<DateOrder>>();
  for (const { fields, line } of rows) {
    if (line <= headerLine) continue;
    fields.forEach((cell, index) => {
      // A cell of several key results' values, one a line, proves what each line does.
      for (const field of isMultiLine(cell) ? cellEntries(cell).entries : [cell]) {
        if (!/\d/.test(field) || field.length > 40) continue;
        const mark = numberColumns.has(index) ? decimalMarkOf(field) : undefined;
        if (mark) marks.add(mark);
        const order = dateOrderOf(field);
        if (order) {
          const found = orders.get(index) ?? new Set<DateOrder>();
          found.add(order);
          orders.set(index, found);
        }
      }
    });
  }
  const decimalMark = marks.size === 1 ? [...marks][0] : undefined;
  return {
    ...(decimalMark ? { decimalMark } : {}),
    mixedDecimalMarks: marks.size > 1,
    dateOrders: new Map(
      [...orders].map(([index, found]) => [index, found.size > 1 ? 'mixed' : [...found][0]!]),
    ),
  };
}

/** A cell read: its value, or why it could not be read (with what would be accepted). */
export type Reading<T> =
  | { readonly value: T }
  | {
      readonly error: string;
      /** The error to say in the reader's language. */ readonly said: Said;
    };

export const acceptedNumbers =
  '12.5, 12,5, 1,234.5, 1.234,5, 1 234,5, 25%, $1,200, 1.2M, 450k, €3.5m, $2bn, 12K users';
const acceptedDates =
  '2026-01-31, 31.01.2026, 31/01/2026, 1/31/2026, 31 Jan 2026, Jan 31, 2026, 31. Januar 2026, Tue Mar 31 2026 00:00:00 GMT+0200, or a date cell';

/** What people write in a cell for "no value yet" (a dash, n/a, TBD): read as an empty cell. */
const noValue = /^(?:[-–—]+|n\/?a|tbd|tbc|\?+)$/i;
export const isEmpty = (text: string) => text.trim() === '' || noValue.test(text.trim());

/** A cell that could not be read, said in English and in the reader's language. */
const saidError = (said: Said) => ({ error: sayReason([said]), said });

const show = (value: number) => String(Number(value.toPrecision(12)));
const dayOf = (at: IsoDateTime) => at.slice(0, 10);

function isKnownLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length > 0;
  } catch {
    return false;
  }
}

/**
 * How a locale writes a number's decimal mark and a date's day and month (`undefined` for a
 * locale that writes neither as a file could leave open: year-first dates, another mark), from
 * `Intl`'s own formats for it (https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/NumberFormat/formatToParts).
 */
export function localeHabits(locale: string): {
  readonly decimalMark: DecimalMark | undefined;
  readonly dateOrder: DateOrder | undefined;
} {
  if (!isKnownLocale(locale)) return { decimalMark: undefined, dateOrder: undefined };
  const mark = new Intl.NumberFormat(locale)
    .formatToParts(1.5)
    .find((part) => part.type === 'decimal')?.value;
  const order = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .formatToParts(0)
    .map((part) => part.type)
    .filter((type) => type === 'day' || type === 'month' || type === 'year')
    .join(' ');
  return {
    decimalMark: mark === '.' || mark === ',' ? mark : undefined,
    dateOrder: order === 'day month year' ? 'dmy' : order === 'month day year' ? 'mdy' : undefined,
  };
}

/**
 * The reader's locale, for the cells a file leaves open (a number like `1,500` when no other
 * number shows the decimal mark; a date like `03/04/2026` when no date shows a day above 12):
 * read as that locale writes them, and the first of each kept to say once what was assumed.
 */
export class LocaleReading {
  readonly decimalMark: DecimalMark | undefined;
  readonly dateOrder: DateOrder | undefined;
  private number: { readonly text: string; readonly value: number } | undefined;
  private date: { readonly text: string; readonly day: IsoDate } | undefined;

  /** As Intl names it: Teams says `en-gb`, the dry run `en-GB`. */
  readonly locale: string;

  constructor(locale: string) {
    this.locale = isKnownLocale(locale) ? Intl.getCanonicalLocales(locale)[0]! : locale;
    ({ decimalMark: this.decimalMark, dateOrder: this.dateOrder } = localeHabits(locale));
  }

  readNumber(text: string, value: number): void {
    this.number ??= { text: text.trim(), value };
  }

  readDate(text: string, at: IsoDateTime): void {
    this.date ??= { text: text.trim(), day: dayOf(at) };
  }

  /** What was read by the locale, as a note for the dry run; none when nothing was. */
  assumed(file: string): ImportProblem[] {
    const { number, date } = this;
    if (!number && !date) return [];
    const written = number?.text.includes(',') ? ',' : '.';
    const said: Said[] = [];
    if (number) {
      said.push({
        text:
          written === this.decimalMark
            ? 'Numbers like "{text}" are read with "{mark}" as the decimal mark ({value}).'
            : 'Numbers like "{text}" are read with "{mark}" as the thousands separator ({value}).',
        params: { text: number.text, mark: written, value: show(number.value) },
      });
    }
    if (date) {
      said.push({
        text:
          this.dateOrder === 'dmy'
            ? 'Dates like "{text}" are read as day/month ({day}).'
            : 'Dates like "{text}" are read as month/day ({day}).',
        params: { text: date.text, day: date.day },
      });
    }
    said.push({
      text:
        number && date
          ? 'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those numbers without the thousands separator and those dates as YYYY-MM-DD and import it again.'
          : number
            ? 'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those numbers without the thousands separator and import it again.'
            : 'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those dates as YYYY-MM-DD and import it again.',
      params: { locale: this.locale },
    });
    return [{ file, ...saidAs(said), severity: 'note' }];
  }
}

/**
 * Whether a cell holds the error a formula gave, as Excel shows it (`#DIV/0!`, `#N/A`, `#REF!`,
 * `#VALUE!`, `#NAME?`, `#NUM!`, `#NULL!`, `#SPILL!`, `#CALC!`, …; Google Sheets writes the same):
 * https://support.microsoft.com/en-us/office/how-to-correct-a-div-0-error-3a7d1ec5-1b54-4b3e-9a54-9c4d4d5b1fd6
 */
export const isFormulaError = (text: string) =>
  /^#(?:DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!|GETTING_DATA|ERROR!)$/i.test(
    text.trim(),
  );

/** Reads a sheet's cells with what its profile decided, and else with the reader's locale. */
/**
 * Progress written as a word, as a task list's Progress column says it (Not started, In progress,
 * Completed): done is all the way, not started none. Another word, "In progress" among them,
 * tells no amount and is named where it is read.
 */
const progressOfWord: ReadonlyMap<string, number> = new Map([
  ['done', 100],
  ['complete', 100],
  ['completed', 100],
  ['achieved', 100],
  ['finished', 100],
  ['notstarted', 0],
]);

export class SheetValues {
  private readonly fileDateOrder: DateOrder | undefined;
  /** Columns prove both orders between them: a column that proves none is not the locale's. */
  private readonly fileMixedDateOrders: boolean;

  /** The first amount read with a magnitude (`1.2M`), and the first lowercase `m` read as a unit. */
  private abbreviated: { readonly text: string; readonly value: number } | undefined;
  private metres: { readonly text: string; readonly value: number } | undefined;

  constructor(
    private readonly profile: SheetProfile = { mixedDecimalMarks: false, dateOrders: new Map() },
    private readonly locale?: LocaleReading,
  ) {
    const orders = new Set(profile.dateOrders.values());
    this.fileDateOrder =
      orders.size === 1 && !orders.has('mixed') ? ([...orders][0] as DateOrder) : undefined;
    this.fileMixedDateOrders = orders.size > 1 || orders.has('mixed');
  }

  /**
   * A number cell; `percent` says it was written with a `%`; `moneyUnit` that its row's unit is a
   * currency (so `3.5m` is a million). Empty cells, and cells that say there is no value yet
   * (`-`, `n/a`, `TBD`), are `undefined`. `accepted` is what a cell that is no number is told
   * the column takes.
   */
  number(
    text: string,
    moneyUnit = false,
    accepted = acceptedNumbers,
    what: 'a number' | 'a confidence' = 'a number',
  ): Reading<{ amount: number; percent: boolean }> | undefined {
    if (isEmpty(text)) return undefined;
    if (isFormulaError(text)) {
      return saidError({
        text: '"{text}" is the error a formula gave in the spreadsheet, not a value: fix the formula (or type the value) and import again.',
        params: { text: text.trim() },
      });
    }
    const reading = readNumber(text, this.profile.decimalMark, moneyUnit);
    if (!reading) {
      return saidError({
        text:
          what === 'a number'
            ? '"{text}" is not a number (accepted: {accepted}).'
            : '"{text}" is not a confidence (accepted: {accepted}).',
        params: { text: text.trim(), accepted },
      });
    }
    const read = (amount: number) => {
      if (reading.magnitude) this.abbreviated ??= { text: text.trim(), value: amount };
      else if (reading.unit === 'm') this.metres ??= { text: text.trim(), value: amount };
      return { value: { amount, percent: reading.percent } };
    };
    if ('value' in reading) return read(reading.value);
    const { point, comma } = reading.ambiguous;
    const mark = this.profile.mixedDecimalMarks ? undefined : this.locale?.decimalMark;
    if (mark) {
      const amount = mark === '.' ? point : comma;
      this.locale!.readNumber(text, amount);
      return read(amount);
    }
    return saidError({
      text: this.profile.mixedDecimalMarks
        ? '"{text}" could be {point} or {comma}: the file writes decimals both with "." and with ",". Write it without the thousands separator (e.g. {point}).'
        : '"{text}" could be {point} or {comma}: no other number in the file shows whether "," or "." marks the decimals. Write it without the thousands separator (e.g. {point}).',
      params: { text: text.trim(), point: show(point), comma: show(comma) },
    });
  }

  /**
   * How amounts written with a magnitude (`1.2M`) or a lowercase `m` were read, as a note for the
   * dry run; none when there were none.
   */
  notes(file: string): ImportProblem[] {
    const { abbreviated, metres } = this;
    // Amounts read are shown as the product shows numbers, in the reader's locale (1,200,000);
    // what to type stays as typed (12M).
    const shown = (value: number) => formatNumber(value, this.locale?.locale);
    const said: Said[] = [
      ...(abbreviated
        ? [
            {
              text: 'Amounts written with a magnitude are read in full: "{text}" as {value} (k is a thousand, M or mn a million, bn or B a billion).',
              params: { text: abbreviated.text, value: shown(abbreviated.value) },
            } as const,
          ]
        : []),
      ...(metres
        ? [
            {
              text: '"{text}" is read as {value} with the unit m (metres, minutes): a lowercase m is a million only beside a currency or a unit, or where the row\'s unit is a currency (€3.5m, 12m users). Write {number}M for {value} million.',
              params: { text: metres.text, value: shown(metres.value), number: show(metres.value) },
            } as const,
          ]
        : []),
    ];
    return said.length ? [{ file, ...saidAs(said), severity: 'note' }] : [];
  }

  /**
   * A progress cell: a number or percentage as `number` reads it, or what is done out of all
   * (`3/10`, `3 of 10`) as its share in percent.
   */
  progress(text: string): Reading<{ amount: number; percent: boolean }> | undefined {
    const said = progressOfWord.get(
      text
        .trim()
        .toLowerCase()
        .replace(/[\s_-]+/g, ''),
    );
    if (said !== undefined) return { value: { amount: said, percent: true } };
    const outOf = /^(\d+(?:[.,]\d+)?)\s*(?:\/|of)\s*(\d+(?:[.,]\d+)?)$/i.exec(text.trim());
    if (!outOf) return this.number(text);
    const [done, all] = [outOf[1]!, outOf[2]!].map((part) => Number(part.replace(',', '.')));
    if (!(all! > 0)) {
      return saidError({
        text: '"{text}" is out of nothing: write progress as done out of all (3/10), as a percentage (30%) or as a share (0.3).',
        params: { text: text.trim() },
      });
    }
    return { value: { amount: (done! / all!) * 100, percent: true } };
  }

  /** A date (and time) cell in column `index` named `column`. Empty cells are `undefined`. */
  dateTime(text: string, index: number, column: string): Reading<IsoDateTime> | undefined {
    const reading = this.dated(text, index, column);
    return reading && 'value' in reading ? { value: reading.value.at } : reading;
  }

  /** A date cell's day, as written: a time with its zone's offset is that zone's day. */
  date(text: string, index: number, column: string): Reading<IsoDate> | undefined {
    const reading = this.dated(text, index, column);
    return reading && 'value' in reading ? { value: reading.value.day } : reading;
  }

  private dated(
    text: string,
    index: number,
    column: string,
  ): Reading<{ at: IsoDateTime; day: IsoDate }> | undefined {
    if (isEmpty(text)) return undefined;
    const columnOrder = this.profile.dateOrders.get(index);
    const order = columnOrder === 'mixed' ? undefined : (columnOrder ?? this.fileDateOrder);
    const reading = readDate(text, order);
    if (!reading) {
      const said: Said = {
        text: '"{text}" is not a date (accepted: {accepted}).',
        params: { text: text.trim(), accepted: acceptedDates },
      };
      return saidError(said);
    }
    if ('at' in reading)
      return { value: { at: reading.at, day: reading.day ?? dayOf(reading.at) } };
    const { dmy, mdy } = reading.ambiguous;
    const proven = columnOrder === 'mixed' || this.fileMixedDateOrders;
    const localeOrder = proven ? undefined : this.locale?.dateOrder;
    if (localeOrder) {
      const at = localeOrder === 'dmy' ? dmy : mdy;
      this.locale!.readDate(text, at);
      return { value: { at, day: dayOf(at) } };
    }
    const said: Said = {
      text:
        columnOrder === 'mixed'
          ? '"{text}" could be {dmy} or {mdy}: column "{column}" has dates written day first and others month first. Write it as YYYY-MM-DD.'
          : this.fileMixedDateOrders
            ? '"{text}" could be {dmy} or {mdy}: no date in column "{column}" has a day above 12, and the file\'s other columns write dates both day first and month first. Write it as YYYY-MM-DD.'
            : '"{text}" could be {dmy} or {mdy}: no date in column "{column}" or elsewhere in the file has a day above 12 to tell day/month from month/day. Write it as YYYY-MM-DD.',
      params: { text: text.trim(), dmy: dayOf(dmy), mdy: dayOf(mdy), column },
    };
    return saidError(said);
  }
}
