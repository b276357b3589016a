/**
 * The workbook simulator's model: the same `OkrWorkbook` interface as the office.js one, over
 * an in-page table (header + body cells, cell notes, the sheet binding), saved in a `Storage`
 * (localStorage in the page) as a stand-in for the workbook file. It applies the same table
 * plans as the office.js workbook, so refreshes and updates behave alike.
 */
import { moneyUnit } from '../../core/format';
import { parseNumber, readWithDecimalMark, withoutSpaceGroups } from '../../core/parse';
import { columnNamed } from '../../excel/sync/headers';
import {
  columnOf,
  isOkrSheetTitle,
  measureKeys,
  okrSheetName,
  okrSheetTitle,
  type ColumnKey,
} from '../../excel/sync/layout';
import {
  columnValidation,
  measureValidation,
  measureRulesVersion,
  earlierFormats,
  formatChanges,
  passes,
  type CellValidation,
  type SheetFormats,
} from '../../excel/sync/sheet-format';
import {
  applyPlan,
  applyUpdates,
  applyWrites,
  bindingAfter,
  bindingWithRows,
  columnIndexes,
  planUpdates,
  planWrite,
  rowKeyOf,
  rowsOf,
  shownKey,
  tableOf,
  type CellWrite,
  type TableSnapshot,
} from '../../excel/sync/table';
import {
  normalizedCellAddress,
  splitCellAddress,
  WorkbookError,
  type CellBindings,
  type CellFinding,
  type CellLink,
  type CellValue,
  type LinkedCell,
  type OkrTable,
  type OkrWorkbook,
  type RowUpdate,
  type RowWrite,
  type SelectedCell,
  type SheetBinding,
} from '../../excel/workbook/types';
import { storedMeasures } from '../../excel/sync/state-cell';
import {
  currencyOf,
  dateOfSerial,
  dayAsShown,
  formatDivisor,
  moneyAsRead,
  moneyToWrite,
  serialOfDate,
  shownAs as shownAsOf,
  valueAsShown,
  type ShownAs,
} from '../../excel/workbook/typed-numbers';

export interface SimulatedSheet {
  /** The sheet's tab name, as Load names it (`okrSheetTitle`); absent: `OKRs`. */
  readonly name?: string;
  readonly headers: string[];
  readonly body: CellValue[][];
  /** Cell notes by `row:header`. */
  readonly notes: Record<string, string>;
  readonly binding?: SheetBinding;
  /**
   * The languages of the table's formatting (status colours, validation), as the office.js
   * workbook records them in a setting; absent for a table of an earlier version (English).
   */
  readonly formats?: SheetFormats;
  /**
   * The currency formats of KR rows' Start, Target and Current cells (`numberFormatKey`), which
   * Excel gives a number typed with a currency's sign: their cells hold the amount itself, read
   * and written as the office.js workbook does (`moneyAsRead`, `moneyToWrite`).
   */
  readonly numberFormats?: Readonly<Record<string, string>>;
}

/**
 * A row's cell: a KR row's by the KR's id, so its format follows the row wherever a Load moves
 * it; a row a person added by its place (`rowKeyOf`), until it gets its KR.
 */
export const numberFormatKey = (rowKey: string, header: string) => `${rowKey}|${header}`;

/**
 * The formats of added rows (by place) once rows move: `moved` gives a row's new place, or
 * undefined for a row that is gone; KR rows' formats stay with their KR.
 */
function withAddedRowsMoved(
  numberFormats: Readonly<Record<string, string>> | undefined,
  moved: (row: number) => number | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(numberFormats ?? {}).flatMap(([key, format]) => {
      const bar = key.indexOf('|');
      const at = /^#(\d+)$/.exec(key.slice(0, bar));
      if (!at) return [[key, format]];
      const to = moved(Number(at[1]));
      return to === undefined
        ? []
        : [[numberFormatKey(rowKeyOf('', to), key.slice(bar + 1)), format]];
    }),
  );
}

/** The user's own sheets (cells by A1 address) and the cell bindings on them. */
export interface SimulatedSheets {
  readonly sheets: Record<string, Record<string, CellValue>>;
  readonly bindings: Record<string, { readonly sheet: string; readonly address: string }>;
}

export const simulatorStorageKey = 'okr-coach.excel-simulator.workbook';
/** The file name the simulator's workbook goes by. */
export const simulatedWorkbookName = 'Finance.xlsx';
export const simulatorSheetsKey = 'okr-coach.excel-simulator.sheets';

const noSheets: SimulatedSheets = { sheets: {}, bindings: {} };

/**
 * An entry Excel turns into a formatted number in a General cell: a number with a trailing `%`
 * (written the display language's way) is that number / 100 formatted as a percentage, an ISO
 * date its serial in the workbook's date system formatted as a date. Undefined for any other entry.
 */
export function typedAsFormatted(
  entry: string,
  locale: string,
  use1904DateSystem = false,
): { readonly value: number; readonly numberFormat: string } | undefined {
  const trimmed = entry.trim();
  // A number written the display language's way beside a currency's sign (`2,5 €`, `$2.50`)
  // becomes the number, in a currency format that writes the sign where it was typed:
  // https://support.microsoft.com/office/format-numbers-as-currency-0a03bb38-1a07-4b3a-9b7d-d7f5e6b3b5e0
  const money = /^([€$£])\s*([^€$£]+)$|^([^€$£]+?)\s*([€$£])$/u.exec(trimmed);
  if (money) {
    const value = typedNumber(money[2] ?? money[3] ?? '', locale);
    const sign = money[1] ?? money[4];
    if (value === undefined) return undefined;
    return { value, numberFormat: money[1] ? `"${sign}"#,##0.00` : `#,##0.00 "${sign}"` };
  }
  if (trimmed.endsWith('%')) {
    const parsed = parseNumber(trimmed, { locale, percent: 'fraction' });
    return parsed.ok && !parsed.readAs ? { value: parsed.value, numberFormat: '0%' } : undefined;
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const day = date
    ? { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) }
    : localDate(trimmed, locale);
  if (!day) return undefined;
  const iso = new Date(Date.UTC(day.year, day.month - 1, day.day)).toISOString().slice(0, 10);
  return { value: serialOfDate(iso, use1904DateSystem), numberFormat: 'yyyy-mm-dd' };
}

/**
 * A date written as the display language writes a short date (`31.12.2026` in German,
 * `12/31/2026` in US English, `31/12/2026` in French and Spanish), which Excel turns into a
 * date too: https://support.microsoft.com/office/insert-a-date-in-a-cell-4e8a40b1-f1d4-4e4e-b1c6-3c7a1d04b1c9
 * Undefined for anything else, or a day no calendar has.
 */
function localDate(
  entry: string,
  locale: string,
): { readonly year: number; readonly month: number; readonly day: number } | undefined {
  const numbers = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})$/.exec(entry);
  if (!numbers) return undefined;
  const order = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  })
    .formatToParts(0)
    .map((part) => part.type)
    .filter((type) => type === 'day' || type === 'month' || type === 'year');
  const [first, , second, third] = numbers.slice(1);
  const read = Object.fromEntries(
    order.map((type, index) => [type, Number([first, second, third][index])]),
  );
  const { year = 0, month = 0, day = 0 } = read;
  const time = new Date(Date.UTC(year, month - 1, day));
  const real = year >= 1900 && time.getUTCMonth() === month - 1 && time.getUTCDate() === day;
  return real ? { year, month, day } : undefined;
}

/**
 * What a typed entry becomes, as in Excel: text in text cells; in other cells a number written
 * the display language's way ("1,5" in German), a percentage or a date (`typedAsFormatted`),
 * else text. `checked` is the number the cell's data validation sees, `value` what the add-in
 * reads: the cell as its format shows it (`valueAsShown`), as office.js's workbook reads it. A
 * date typed into the Check-in date column is kept as Excel keeps it, its serial in the
 * workbook's date system formatted as a date (`dateFormat`), which the add-in reads as the day.
 */
export function entered(
  header: string,
  entry: string,
  locale: string,
  textFormat = false,
  use1904DateSystem = false,
): {
  readonly value: CellValue;
  readonly checked: CellValue;
  readonly currency?: string;
  readonly dateFormat?: string;
} {
  const key = columnNamed(header);
  if ((key && columnOf(key).type === 'text') || textFormat) return { value: entry, checked: entry };
  // A leading apostrophe makes the entry text: the cell keeps it as its formula bar shows it,
  // its value and what the grid shows are the text after it (`withoutQuotePrefix`).
  if (entry.startsWith("'")) return { value: entry, checked: entry.slice(1) };
  const formatted = typedAsFormatted(entry, locale, use1904DateSystem);
  if (formatted && currencyOf(formatted.numberFormat)) {
    return { value: formatted.value, checked: formatted.value, currency: formatted.numberFormat };
  }
  const date = formatted && shownAsOf(formatted.numberFormat) === 'date';
  if (formatted && date && key && columnOf(key).type === 'date') {
    return { value: formatted.value, checked: formatted.value, dateFormat: formatted.numberFormat };
  }
  if (formatted) {
    const value = valueAsShown(formatted.value, formatted.numberFormat, locale, use1904DateSystem);
    return { value, checked: formatted.value };
  }
  const value = entry.trim().endsWith('%') ? entry : (typedNumber(entry, locale) ?? entry);
  return { value, checked: value };
}

/**
 * The text of a number column's cell typed with a leading apostrophe, as Range.values and
 * Range.text report it, without the apostrophe (undefined for any other cell). Excel keeps such
 * an entry as text, whatever it reads like (`'1.200`, `'45%`), and its number format as it was:
 * https://support.microsoft.com/office/format-numbers-as-text-583160db-35e7-4e40-9ac1-1f6f7b4ef2ae
 */
export function withoutQuotePrefix(value: CellValue | undefined): string | undefined {
  return typeof value === 'string' && value.startsWith("'") ? value.slice(1) : undefined;
}

/**
 * A typed entry as Excel reads it in the display language of `locale`: that language's decimal
 * mark, and its own group separator between threes, nothing else. "80.000" is 80 in English and
 * 80000 in German; "1.5" is no number to German Excel, nor "1,5" to English Excel (the add-in,
 * which reads either where it can, is not Excel). Undefined where Excel keeps the entry as text.
 */
function typedNumber(entry: string, locale: string): number | undefined {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234.5);
  const decimal = parts.find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.';
  const group = parts.find((part) => part.type === 'group')?.value ?? '';
  const signed = /^([-+]?)(.*)$/u.exec(entry.trim())!;
  const digits = /^[\s'’]$/u.test(group) ? withoutSpaceGroups(signed[2]!) : signed[2]!;
  if (!/^\d[\d.,]*$/.test(digits)) return undefined;
  const value = readWithDecimalMark(digits, decimal);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return signed[1] === '-' ? -value : value;
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}

export const noteKey = (row: number, header: string) => `${row}:${header}`;

/**
 * Why Excel refuses a sheet name, or undefined when it takes it. "Worksheet names cannot: Be
 * blank. Contain more than 31 characters. Contain any of the following characters: / \ ? * : [ ].
 * Begin or end with an apostrophe ('). Be named "History"", and no two sheets share a name, in
 * any case (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9;
 * Worksheet.name "must be fewer than 32 characters").
 */
export function sheetNameRefusal(name: string, taken: readonly string[]): string | undefined {
  if (!name.trim()) return 'A sheet needs a name.';
  if (name.length > 31)
    return `A sheet name has at most 31 characters; "${name}" has ${name.length}.`;
  const character = /[/\\?*:[\]]/.exec(name)?.[0];
  if (character)
    return `A sheet name cannot hold "${character}": none of / \\ ? * : [ ] may appear in it.`;
  if (name.startsWith("'") || name.endsWith("'"))
    return "A sheet name cannot begin or end with an apostrophe (').";
  if (name.toLowerCase() === 'history')
    return 'A sheet cannot be named "History": Excel keeps that name for itself.';
  const clash = taken.find((other) => other.toLowerCase() === name.toLowerCase());
  if (clash) return `That name is already taken: another sheet is named "${clash}".`;
  return undefined;
}

export class SimulatedWorkbook implements OkrWorkbook, CellBindings {
  private sheet: SimulatedSheet | undefined;
  private ownSheets: SimulatedSheets;
  private selection: { sheet: string; address: string } | undefined;
  private refused: CellValidation | undefined;
  private readonly userEditListeners = new Set<() => void>();
  private readonly changeListeners = new Set<() => void>();
  private readonly bindingListeners = new Set<{ id: string; listener: () => void }>();
  private readonly removalListeners = new Set<() => void>();
  private readonly renameListeners = new Set<() => void>();
  /**
   * Whether the workbook uses the 1904 date system (older Mac workbooks), as office.js's
   * `Workbook.use1904DateSystem` tells it
   * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-use1904datesystem-member):
   * a date typed is kept as its serial in that system, and read back in it.
   */
  use1904DateSystem = false;

  /** `locale`: Office's display language, which a new table's headers are written in. */
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
    readonly locale = 'en',
  ) {
    const saved = storage.getItem(simulatorStorageKey);
    this.sheet = saved ? (JSON.parse(saved) as SimulatedSheet) : undefined;
    const own = storage.getItem(simulatorSheetsKey);
    this.ownSheets = own ? (JSON.parse(own) as SimulatedSheets) : noSheets;
  }

  /** The user's own sheets, for the grid to draw. */
  sheets(): SimulatedSheets {
    return this.ownSheets;
  }

  /**
   * A person adds a sheet of their own (cells addressed A1 style); a name Excel refuses is
   * refused, with why.
   */
  addSheet(name: string): string | undefined {
    const refusal = sheetNameRefusal(name, [okrSheetName, ...Object.keys(this.ownSheets.sheets)]);
    if (refusal) return refusal;
    this.saveSheets({ ...this.ownSheets, sheets: { ...this.ownSheets.sheets, [name]: {} } });
    return undefined;
  }

  /**
   * A person deletes one of their sheets: bindings on it stay in the workbook, broken, and the
   * add-in hears of it at once (as from office.js's `worksheets.onDeleted`).
   */
  deleteSheet(name: string): void {
    if (!(name in this.ownSheets.sheets)) return;
    this.saveSheets({ ...this.ownSheets, sheets: without(this.ownSheets.sheets, name) });
    for (const listener of [...this.removalListeners]) listener();
  }

  /**
   * A person renames one of their sheets: as in Excel, bindings on it follow it (they read on
   * under the new name), and the add-in hears of it (office.js's `worksheets.onNameChanged`). A
   * name Excel refuses is refused, with why.
   */
  renameSheet(name: string, to: string): string | undefined {
    const cells = this.ownSheets.sheets[name];
    const renamed = to.trim();
    if (!cells) return `There is no sheet "${name}".`;
    const others = Object.keys(this.ownSheets.sheets).filter((sheet) => sheet !== name);
    const refusal = sheetNameRefusal(renamed, [okrSheetName, ...others]);
    if (refusal) return refusal;
    const sheets = Object.fromEntries(
      Object.entries(this.ownSheets.sheets).map(([sheet, held]) => [
        sheet === name ? renamed : sheet,
        held,
      ]),
    );
    const bindings = Object.fromEntries(
      Object.entries(this.ownSheets.bindings).map(([id, binding]) => [
        id,
        binding.sheet === name ? { ...binding, sheet: renamed } : binding,
      ]),
    );
    if (this.selection?.sheet === name) this.selection = { ...this.selection, sheet: renamed };
    this.saveSheets({ sheets, bindings });
    for (const listener of [...this.renameListeners]) listener();
    return undefined;
  }

  /** A person types into a cell of their own sheet; bindings on it raise their change event. */
  editCell(sheet: string, address: string, entry: string): void {
    const cells = this.ownSheets.sheets[sheet];
    if (!cells) return;
    const trimmed = entry.trim();
    const number = Number(trimmed);
    const value = trimmed !== '' && Number.isFinite(number) ? number : entry;
    this.saveSheets({
      ...this.ownSheets,
      sheets: { ...this.ownSheets.sheets, [sheet]: { ...cells, [address]: value } },
    });
    for (const { id, listener } of [...this.bindingListeners]) {
      const binding = this.ownSheets.bindings[id];
      if (binding?.sheet === sheet && binding.address === address) listener();
    }
  }

  /** The sheet as it is now, for the grid to draw. */
  current(): SimulatedSheet | undefined {
    return this.sheet;
  }

  /** The grid redraws on every change, whoever made it. */
  subscribe(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * A person typed into a cell (or a column of their own); the add-in hears about it. An entry
   * the cell's data validation refuses is not kept, and its Stop alert shows, as in Excel; a
   * paste is not checked (Excel validates typed entries only:
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation).
   * Whether the entry was kept.
   */
  edit(row: number, header: string, entry: string, pasted = false): boolean {
    const sheet = this.sheet;
    const column = sheet?.headers.indexOf(header) ?? -1;
    const cells = sheet?.body[row];
    if (!sheet || !cells || column < 0) return false;
    const id = cells[columnIndexes(sheet.headers).get('keyResultId') ?? -1];
    const formatKey = numberFormatKey(rowKeyOf(id, row), header);
    // A cell formatted as Text (`@`) keeps what is typed as text: `00123` stays `00123`.
    const textFormat = sheet.numberFormats?.[formatKey] === '@';
    const { value, checked, currency, dateFormat } = entered(
      header,
      entry,
      this.locale,
      textFormat,
      this.use1904DateSystem,
    );
    const validation = this.validationOf(cells, header);
    if (validation && !pasted && !passes(validation, checked, this.todaySerial())) {
      this.refused = validation;
      this.notify();
      return false;
    }
    // An amount typed into a row's Start, Target or Current cell takes its currency's format, as
    // in Excel, which a number typed there afterwards keeps (the simulator formats no other
    // column's cells).
    const measure = measureKeys.some((measureKey) => measureKey === columnNamed(header));
    const numberFormats = { ...sheet.numberFormats };
    if (currency && !measure) {
      cells[column] = entry;
    } else {
      cells[column] = value;
      if (currency ?? dateFormat) numberFormats[formatKey] = (currency ?? dateFormat)!;
      else if (typeof value !== 'number' && !textFormat) delete numberFormats[formatKey];
    }
    this.sheet = { ...sheet, numberFormats };
    this.save();
    for (const listener of this.userEditListeners) listener();
    return true;
  }

  /**
   * A cell as the grid shows it: a number in a currency format as Excel shows it through that
   * format (`shownInFormat`), any other number as the General format does (`shownInGeneral`);
   * text as it holds.
   */
  shownText(row: number, header: string): string {
    const headers = this.sheet?.headers ?? [];
    const cells = this.sheet?.body[row] ?? [];
    const value = cells[headers.indexOf(header)];
    const id = cells[columnIndexes(headers).get('keyResultId') ?? -1];
    const format = this.sheet?.numberFormats?.[numberFormatKey(rowKeyOf(id, row), header)];
    const key = columnNamed(header);
    const numberColumn = key !== undefined && columnOf(key).type !== 'text';
    if (typeof value !== 'number') {
      return (numberColumn ? withoutQuotePrefix(value) : undefined) ?? String(value ?? '');
    }
    if (format !== undefined && shownAsOf(format) === 'date') {
      return dateOfSerial(Math.floor(value), this.use1904DateSystem);
    }
    return format === undefined || format === '@'
      ? shownInGeneral(value, this.locale)
      : shownInFormat(value, format, this.locale);
  }

  /**
   * A person set a row's Start, Target or Current cell's number format (Format Cells ›
   * Custom): a format naming a currency, Text (`@`), as the simulator keeps no other, or
   * General. Excel
   * tells no add-in of a format change (it is no edit), so the pane reads it on its next visit.
   * Whether the format was taken.
   */
  setNumberFormat(row: number, header: string, format: string): boolean {
    const sheet = this.sheet;
    const cells = sheet?.body[row];
    const id = cells?.[columnIndexes(sheet?.headers ?? []).get('keyResultId') ?? -1];
    const measure = measureKeys.some((key) => key === columnNamed(header));
    const general = format.trim().toLowerCase() === 'general';
    const text = format.trim() === '@';
    if (!sheet || !cells || !measure || (!general && !text && !currencyOf(format))) return false;
    const numberFormats = { ...sheet.numberFormats };
    const formatKey = numberFormatKey(rowKeyOf(id, row), header);
    if (general) delete numberFormats[formatKey];
    else numberFormats[formatKey] = format.trim();
    this.sheet = { ...sheet, numberFormats };
    this.save();
    return true;
  }

  /**
   * Today's serial in the workbook's date system, as Excel's TODAY() gives it: the day on this
   * computer's clock, where Excel is.
   */
  private todaySerial(): number {
    const now = new Date();
    const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
      .join('-');
    return serialOfDate(day, this.use1904DateSystem);
  }

  /** The Stop alert of the last entry refused, until it is dismissed. */
  refusal(): CellValidation | undefined {
    return this.refused;
  }

  dismissRefusal(): void {
    this.refused = undefined;
    this.notify();
  }

  /**
   * A cell's data validation, in the language the table's validation speaks. As in Excel, a
   * column keeps the rule it was written with (recorded in the formats) until a Load writes
   * it anew; a sheet that recorded none is checked by today's.
   */
  private validationOf(cells: readonly CellValue[], header: string): CellValidation | undefined {
    const key = columnNamed(header);
    if (!key || !this.sheet) return undefined;
    const { validation: language, rules } = this.sheet.formats ?? earlierFormats;
    const written = rules?.[key];
    const column = columnValidation(key, header, language);
    const ofColumn = column && written ? { ...column, rule: written } : column;
    const measureKey = measureKeys.find((measure) => measure === key);
    if (!measureKey) return ofColumn;
    // A row's Start, Target and Current take the rule its Kind gives them (a done / not done KR's
    // Current its list, any other none); in a table the add-in has not written to since, the
    // rules an earlier version gave them: the column's number rule but on a done / not done KR's
    // Current, and, in one it wrote by row, on a money KR's cells.
    const cellOf = (of: ColumnKey) =>
      String(cells[this.sheet!.headers.findIndex((name) => columnNamed(name) === of)] ?? '');
    const byRow = this.sheet.formats?.measureRulesByRow;
    const validation = measureValidation(measureKey, { kind: cellOf('kind') }, header, language);
    if (validation || byRow === measureRulesVersion) return validation;
    return byRow && moneyUnit(cellOf('unit').trim()) ? undefined : ofColumn;
  }

  /** A person inserts an empty table row below `row` (-1: at the top). */
  insertRow(row: number): void {
    const sheet = this.sheet;
    if (!sheet) return;
    sheet.body.splice(
      row + 1,
      0,
      sheet.headers.map(() => ''),
    );
    const numberFormats = withAddedRowsMoved(sheet.numberFormats, (at) => (at > row ? at + 1 : at));
    this.sheet = { ...sheet, numberFormats };
    this.save();
    for (const listener of this.userEditListeners) listener();
  }

  /** A person deletes a table row. */
  deleteRow(row: number): void {
    const sheet = this.sheet;
    if (!sheet?.body[row]) return;
    sheet.body.splice(row, 1);
    const numberFormats = withAddedRowsMoved(sheet.numberFormats, (at) =>
      at === row ? undefined : at > row ? at - 1 : at,
    );
    this.sheet = { ...sheet, numberFormats };
    this.save();
    for (const listener of this.userEditListeners) listener();
  }

  /** A person adds a column of their own at the right of the table. */
  addColumn(header: string): void {
    if (!this.sheet || this.sheet.headers.includes(header)) return;
    this.sheet.headers.push(header);
    for (const cells of this.sheet.body) cells.push('');
    this.save();
  }

  /**
   * Starts over with an empty workbook: the add-in hears of it as of deleted sheets in Excel
   * (office.js's `worksheets.onDeleted`), so an open task pane shows the empty workbook: no OKR
   * table and no linked cells.
   */
  clear(): void {
    this.sheet = undefined;
    this.ownSheets = noSheets;
    this.storage.removeItem(simulatorStorageKey);
    this.storage.removeItem(simulatorSheetsKey);
    this.notify();
    for (const listener of [...this.userEditListeners]) listener();
    for (const listener of [...this.removalListeners]) listener();
  }

  async readTable(): Promise<OkrTable | undefined> {
    return this.sheet ? this.table() : undefined;
  }

  async writeRows(
    planRows: (current: OkrTable | undefined) => readonly RowWrite[],
    binding: SheetBinding,
  ): Promise<OkrTable> {
    const existing = this.sheet;
    const snapshot = existing ? this.snapshot() : undefined;
    const rows = planRows(await this.readTable());
    const plan = planWrite(snapshot, rows, this.locale);
    const planned = applyPlan(snapshot, plan);
    const stored = this.stored(plan.writes, planned);
    const numberFormats = withAddedRowsMoved(stored.numberFormats, (at) =>
      plan.deleteRows.includes(at)
        ? undefined
        : at - plan.deleteRows.filter((deleted) => deleted < at).length,
    );
    const written = applyPlan(existing && { headers: existing.headers, body: existing.body }, {
      ...plan,
      writes: stored.writes,
    });
    const before = existing && (existing.formats ?? earlierFormats);
    const name = existing?.name ?? okrSheetName;
    const title = okrSheetTitle(binding.teamNames ?? [], binding.cycle.name);
    this.sheet = {
      name: title && isOkrSheetTitle(name) ? title : name,
      headers: [...written.headers],
      body: written.body.map((cells) => [...cells]),
      notes: existing?.notes ?? {},
      binding: bindingWithRows(binding, rows),
      formats: formatChanges(before, this.locale, true).formats,
      numberFormats,
    };
    this.save();
    return this.table();
  }

  async updateRows(
    planRowUpdates: (current: OkrTable) => readonly RowUpdate[],
  ): Promise<OkrTable | undefined> {
    if (!this.sheet) return undefined;
    const updates = planRowUpdates(this.table());
    const snapshot = this.snapshot();
    const writes = planUpdates(snapshot, updates);
    // A row a person added that got its KR: its cells' formats are found by the KR's id now.
    const created = new Map(
      updates.flatMap((update) =>
        update.at !== undefined && update.keyResultId !== '' && !update.removed
          ? [[rowKeyOf('', update.at), update.keyResultId] as const]
          : [],
      ),
    );
    const rowKeyAfter = (rowKey: string) => created.get(rowKey) ?? rowKey;
    this.sheet = {
      ...this.sheet,
      numberFormats: Object.fromEntries(
        Object.entries(this.sheet.numberFormats ?? {}).map(([key, format]) => {
          const bar = key.indexOf('|');
          return [numberFormatKey(rowKeyAfter(key.slice(0, bar)), key.slice(bar + 1)), format];
        }),
      ),
    };
    const stored = this.stored(writes, applyUpdates(snapshot, updates));
    applyWrites(this.sheet.headers, this.sheet.body, stored.writes);
    this.sheet = { ...this.sheet, numberFormats: stored.numberFormats };
    const binding = bindingAfter(this.sheet.binding, updates);
    if (binding) this.sheet = { ...this.sheet, binding };
    // Status words written in the pane's language are coloured; an earlier version's money
    // cells lose their number rule on any visit.
    const before = this.sheet.formats ?? earlierFormats;
    const changes = formatChanges(before, this.locale, false);
    const colours = writes.some((write) => write.key === 'status');
    if (colours || changes.measureRules) {
      const status = colours ? changes.formats.status : before.status;
      this.sheet = { ...this.sheet, formats: { ...changes.formats, status } };
    }
    this.save();
    return this.table();
  }

  async showFindings(planFindings: (current: OkrTable) => readonly CellFinding[]): Promise<void> {
    if (!this.sheet) return;
    const findings = planFindings(this.table());
    const { headers, body } = this.sheet;
    const indexes = columnIndexes(headers);
    const idColumn = indexes.get('keyResultId') ?? -1;
    const notes: Record<string, string> = {};
    const flags = new Map<string, string>();
    for (const finding of findings) {
      const row = body.findIndex((cells) => String(cells[idColumn]) === finding.keyResultId);
      if (row < 0) continue;
      const header = headers[indexes.get(finding.column) ?? -1] ?? '';
      notes[noteKey(row, header)] = `OKR Coach: ${finding.text}`;
      flags.set(finding.keyResultId, `${flags.get(finding.keyResultId) ?? ''}${finding.column};`);
    }
    const updates = rowsOf(this.snapshot()).map((row) => ({
      keyResultId: String(row.cells.keyResultId),
      cells: { coach: flags.get(String(row.cells.keyResultId)) ?? '' },
    }));
    applyWrites(headers, body, planUpdates(this.snapshot(), updates));
    this.sheet = { ...this.sheet, notes };
    this.save();
  }

  onUserEdit(listener: () => void): () => void {
    this.userEditListeners.add(listener);
    return () => this.userEditListeners.delete(listener);
  }

  async addCellBinding(sheet: string, entry: string): Promise<CellLink> {
    const address = normalizedCellAddress(entry);
    if (!(sheet in this.ownSheets.sheets)) {
      throw new WorkbookError({ code: 'noSuchSheet', sheet });
    }
    const bindingId = `okrCoach.cell.${crypto.randomUUID()}`;
    this.saveSheets({
      ...this.ownSheets,
      bindings: { ...this.ownSheets.bindings, [bindingId]: { sheet, address } },
    });
    return { bindingId, sheet, address };
  }

  /** A person selects a cell of one of their sheets. */
  select(sheet: string, address: string): void {
    this.selection = { sheet, address };
  }

  async selectedCell(): Promise<SelectedCell> {
    const { sheet, address } = this.selection ?? {};
    if (!sheet || !address || !(sheet in this.ownSheets.sheets)) {
      throw new WorkbookError({ code: 'noCellSelected' });
    }
    const quoted = `'${sheet.replace(/'/g, "''")}'!${address}`;
    return { workbook: simulatedWorkbookName, ...splitCellAddress(quoted) };
  }

  async readLinkedCells(links: readonly CellLink[]): Promise<readonly LinkedCell[]> {
    return links.flatMap((link): LinkedCell[] => {
      const binding = this.ownSheets.bindings[link.bindingId];
      if (!binding) return [];
      const cells = this.ownSheets.sheets[binding.sheet];
      if (!cells) return [{ link, broken: 'sheetDeleted' }];
      const at = { bindingId: link.bindingId, ...binding };
      return [{ link, value: cells[binding.address] ?? '', at }];
    });
  }

  async removeCellBinding(bindingId: string): Promise<void> {
    this.saveSheets({ ...this.ownSheets, bindings: without(this.ownSheets.bindings, bindingId) });
  }

  onBindingDataChanged(bindingId: string, listener: () => void): () => void {
    const entry = { id: bindingId, listener };
    this.bindingListeners.add(entry);
    return () => this.bindingListeners.delete(entry);
  }

  onCellsRemoved(listener: () => void): () => void {
    this.removalListeners.add(listener);
    return () => this.removalListeners.delete(listener);
  }

  onSheetRenamed(listener: () => void): () => void {
    this.renameListeners.add(listener);
    return () => this.renameListeners.delete(listener);
  }

  private saveSheets(sheets: SimulatedSheets): void {
    this.ownSheets = sheets;
    this.storage.setItem(simulatorSheetsKey, JSON.stringify(sheets));
    this.notify();
  }

  private table(): OkrTable {
    return tableOf(this.snapshot(), this.sheet?.binding, this.locale);
  }

  /**
   * The table as the add-in reads it. The number cells shown as a percentage or a date: in the
   * simulator only an entry Excel formats (`typedAsFormatted`) leaves such text in a number
   * column, so the text tells. A KR's values in a currency format are read as the office.js
   * workbook reads them (`moneyAsRead`).
   */
  private snapshot(): TableSnapshot {
    const headers = this.sheet?.headers ?? [];
    const body = (this.sheet?.body ?? []).map((values) => [...values]);
    const numberFormats = this.sheet?.numberFormats ?? {};
    const indexes = columnIndexes(headers);
    const idColumn = indexes.get('keyResultId') ?? -1;
    const unitColumn = indexes.get('unit') ?? -1;
    const stateColumn = indexes.get('state') ?? -1;
    const shownAs = new Map<string, ShownAs>();
    for (const [key, column] of indexes) {
      const type = columnOf(key).type;
      if (type === 'date') {
        for (const values of body) {
          values[column] = dayAsShown(values[column] ?? '', this.use1904DateSystem);
        }
      }
      if (type !== 'number' && type !== 'whole') continue;
      body.forEach((values, row) => {
        const quoted = withoutQuotePrefix(values[column]);
        if (quoted !== undefined) {
          values[column] = quoted;
          return;
        }
        const value = values[column];
        const rowKey = rowKeyOf(values[idColumn], row);
        const format = numberFormats[numberFormatKey(rowKey, headers[column]!)];
        if (format !== undefined) {
          const plain = measureKeys.flatMap((measure) => {
            const other = values[indexes.get(measure) ?? -1];
            const formatted =
              numberFormats[numberFormatKey(rowKey, headers[indexes.get(measure) ?? -1] ?? '')];
            return measure !== key && typeof other === 'number' && formatted === undefined
              ? [other]
              : [];
          });
          const near = [...storedMeasures(values[stateColumn] ?? ''), ...plain];
          const unit = String(values[unitColumn] ?? '');
          const read = moneyAsRead(value!, format, unit, this.locale, near);
          values[column] = read.value;
          if (read.shows) shownAs.set(shownKey(rowKey, key), read.shows);
          return;
        }
        const typed =
          typeof value === 'string'
            ? typedAsFormatted(value, this.locale, this.use1904DateSystem)
            : undefined;
        const shows = typed && shownAsOf(typed.numberFormat);
        if (shows) shownAs.set(shownKey(rowKey, key), shows);
      });
    }
    // The grid numbers the body's rows from 1 (its header row has no number).
    return { headers, body, shownAs, firstRow: 1 };
  }

  /**
   * Writes planned against the table as read (`snapshot`), as the cells keep them: a KR's value
   * in a currency format is the amount in it, or the number with the format gone
   * (`moneyToWrite`); `after`: the table once written, for each row's KR and unit.
   */
  private stored(
    writes: readonly CellWrite[],
    after: TableSnapshot,
  ): { writes: CellWrite[]; numberFormats: Record<string, string> } {
    const numberFormats = { ...this.sheet?.numberFormats };
    const indexes = columnIndexes(after.headers);
    const idColumn = indexes.get('keyResultId') ?? -1;
    const unitColumn = indexes.get('unit') ?? -1;
    const stored = writes.map((write) => {
      const header = after.headers[indexes.get(write.key) ?? -1];
      if (header === undefined || !measureKeys.some((key) => key === write.key)) return write;
      const values = write.values.map((value, offset) => {
        const row = write.row + offset;
        const cells = after.body[row];
        const formatKey = numberFormatKey(rowKeyOf(cells?.[idColumn], row), header);
        const format = numberFormats[formatKey];
        if (format === undefined) return value;
        const money = moneyToWrite(value, format, String(cells?.[unitColumn] ?? ''));
        if (money.general) delete numberFormats[formatKey];
        return money.value;
      });
      return { ...write, values };
    });
    return { writes: stored, numberFormats };
  }

  private save(): void {
    if (this.sheet) {
      this.storage.setItem(simulatorStorageKey, JSON.stringify(this.sheet));
      // A new identity, so the grid (useSyncExternalStore) sees the change.
      this.sheet = { ...this.sheet };
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of this.changeListeners) listener();
  }
}

/**
 * A number as Excel's General format shows it: with the decimal separator of the workbook's
 * culture (the system's regional settings, as office.js reports them in
 * `Application.cultureInfo.numberFormat.numberDecimalSeparator`:
 * https://learn.microsoft.com/javascript/api/excel/excel.numberformatinfo), so 54.25 shows as
 * 54,25 in a German workbook, and no thousands separators.
 */
export function shownInGeneral(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    maximumSignificantDigits: 15,
    useGrouping: false,
  }).format(value);
}

/**
 * A number as Excel shows it through a currency format, in the workbook's language: the format's
 * section for its sign, its text and currency (`"€"`, `[$€-407]`, `\\€`), its decimals, its
 * thousands separator, and the thousands or millions its trailing commas divide by
 * (`#,##0.0,, "M€"` shows 2,500,000 as 2.5 M€): https://support.microsoft.com/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68
 */
export function shownInFormat(value: number, format: string, locale: string): string {
  const sections = format.match(/(?:"[^"]*"|\[[^\]]*\]|\\.|[^;])+|(?<=;)(?=;|$)/g) ?? [format];
  const negative = value < 0 ? sections[1] : undefined;
  const section = negative ?? sections[0] ?? '';
  const codes = section.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  const pattern = /[#0?][#0?,.]*/.exec(codes)?.[0] ?? '0';
  const decimals = (/\.([0#?]*)/.exec(pattern)?.[1] ?? '').length;
  const digits = new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: /[#0?],[#0?]/.test(pattern),
  }).format(Math.abs(value) / formatDivisor(section));
  let placed = false;
  const shown = section.replace(
    /"([^"]*)"|\[\$([^-\]]*)[^\]]*\]|\[[^\]]*\]|\\(.)|_.|\*.|[#0?][#0?,.]*/g,
    (token, quoted?: string, currency?: string, escaped?: string) => {
      if (quoted !== undefined) return quoted;
      if (currency !== undefined) return currency;
      if (escaped !== undefined) return escaped;
      if (token.startsWith('_')) return ' ';
      if (token.startsWith('[') || token.startsWith('*') || placed) return '';
      placed = true;
      return digits;
    },
  );
  return `${value < 0 && negative === undefined ? '-' : ''}${shown.trim()}`;
}
