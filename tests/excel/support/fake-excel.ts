/**
 * A small Excel for tests: the slice of the Excel JavaScript API the add-in uses, over an
 * in-memory grid. Every API object is an `office-addin-mock` OfficeMockObject behind a proxy, so
 * loaded properties read as "not loaded" / "sync not called" errors until `load` + `sync`, as in
 * office.js. Commands are queued and run in order at `context.sync()`, which is counted.
 * Failures are office.js's own: a `RichApi.Error` with the documented `code` and message
 * (`PropertyNotLoaded` when reading what was not loaded and synced, `ItemNotFound`,
 * `InvalidArgument`, `RequestPayloadSizeLimitExceeded` past Excel on the web's 5 MB).
 * `values` follows Excel's documented rule: a string starting with `=`, `+`, `-` or `@` becomes
 * a formula unless the cell's number format is text (`@`); numeric strings become numbers.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { isValidError as isNotLoadedYet } from 'office-addin-mock/lib/possibleErrors';
import type { ExcelRun } from '../../../src/host/office';
import { columnLetter as letter } from '../../../src/excel/workbook/office-workbook';
import { shownAs } from '../../../src/excel/workbook/typed-numbers';
import {
  sheetNameRefusal,
  typedAsFormatted,
} from '../../../src/dev/excel-simulator/simulated-workbook';

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose package entry
// also loads an ESM-only dependency that jest cannot require on Node 20: serve the enum module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

type Value = string | number | boolean;

export interface FakeCell {
  value: Value;
  formula?: string;
  numberFormat: string;
}

interface Rect {
  readonly sheet: FakeSheet;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface FakeConditionalFormat {
  readonly address: string;
  readonly type: string;
  readonly settings: Record<string, unknown>;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly notes = new Map<string, string>();
  readonly hiddenColumns = new Set<number>();
  /** Sheet columns given a width (`format.columnWidth`), and those whose cells wrap. */
  readonly columnWidths = new Map<number, number>();
  readonly wrappedColumns = new Set<number>();
  readonly validations: { address: string; rule?: unknown; errorAlert?: unknown }[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  frozenRows = 0;
  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): FakeCell {
    return this.cells.get(`${row},${column}`) ?? { value: '', numberFormat: 'General' };
  }

  setCell(row: number, column: number, cell: FakeCell): void {
    this.cells.set(`${row},${column}`, cell);
  }

  /**
   * The data validation a cell (`F3`) has now, as the queued writes left it: each write to a
   * range covering it, in order, a cleared one (`DataValidation.clear()`) removing what it had.
   */
  validationAt(address: string): Record<string, unknown> | undefined {
    const [column, row] = cellIndexes(address);
    let held: Record<string, unknown> | undefined;
    for (const entry of this.validations) {
      const [first, last = first] = entry.address.split(':') as [string, string?];
      const [left, top] = cellIndexes(first);
      const [right, bottom] = cellIndexes(last);
      if (row < top || row > bottom || column < left || column > right) continue;
      const settings = (entry as { settings?: Record<string, unknown> }).settings ?? {};
      held = Object.keys(settings).length === 0 ? undefined : { ...held, ...settings };
    }
    return held;
  }
}

/** `AB12` → column 27, row 11 (zero-based). */
function cellIndexes(address: string): [number, number] {
  const [, letters = '', digits = '0'] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  const column = [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return [column, Number(digits) - 1];
}

export interface FakeTable {
  name: string;
  readonly sheet: FakeSheet;
  readonly top: number;
  readonly left: number;
  width: number;
  bodyRows: number;
  /**
   * The table has no rows of data: its one body row is Excel's empty insert row, which the first
   * `rows.add` fills ("Create a table" of "Work with tables" adds seven rows to a table made from
   * its header alone and has seven, as Script Lab's sample, which then adds a column of seven
   * values, relies on), and which deleting the last row leaves.
   */
  empty: boolean;
}

function addressOf(rect: Rect): string {
  const first = `${letter(rect.column)}${rect.row + 1}`;
  const last = `${letter(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
  return first === last ? first : `${first}:${last}`;
}

/**
 * The messages of "Error handling with the application-specific JavaScript APIs" (its table of
 * error codes), and Excel's own for `values` of the wrong size.
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
const errorMessages = {
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. See the Excel JavaScript API requirement sets article for more information.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidBinding: 'This object binding is no longer valid due to previous updates.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
  RangeExceedsLimit:
    'The cell count in the range has exceeded the maximum supported number. See the Resource limits and performance optimization for Office Add-ins article for more information.',
  valuesOfWrongSize:
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
} as const;

/**
 * office.js's `OfficeExtension.Error`, named `RichApi.Error` at run time: `code`, `message`
 * and `debugInfo` (the code and message again, and where it failed).
 */
export class RichApiError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: {
    readonly code: string;
    readonly message: string;
    readonly errorLocation: string;
  };
  constructor(
    readonly code: string,
    message: string,
    errorLocation: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

function richApiError(
  code: Exclude<keyof typeof errorMessages, 'valuesOfWrongSize'>,
  errorLocation: string,
): RichApiError {
  return new RichApiError(code, errorMessages[code], errorLocation);
}

/** A worksheet name Excel refuses (`sheetNameRefusal`) is InvalidArgument at sync. */
function ensureSheetName(name: string, errorLocation: string): void {
  if (sheetNameRefusal(name, []) !== undefined)
    throw richApiError('InvalidArgument', errorLocation);
}

/**
 * The rules Table.name "must follow" ("Rename an Excel table",
 * https://support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114): it starts with a
 * letter, an underscore or a backslash and goes on in letters, numbers, periods and underscores
 * (so no space); it is not "C", "c", "R" or "r", nor a cell reference such as Z$100 or R1C1; it has
 * up to 255 characters; and no other table has it, whatever the case.
 */
function ensureTableName(name: string, others: readonly FakeTable[]): void {
  const cellReference = /^\$?[a-z]{1,3}\$?\d+$|^r\d*c\d*$/i;
  if (
    !/^[\p{L}_\\][\p{L}\p{N}._]*$/u.test(name) ||
    /^[cr]$/i.test(name) ||
    cellReference.test(name) ||
    name.length > 255 ||
    others.some((table) => table.name.toLowerCase() === name.toLowerCase())
  )
    throw richApiError('InvalidArgument', 'Table.name');
}

/** What office.js throws when a property is read before `load` and `context.sync()`. */
function propertyNotLoaded(name: string): RichApiError {
  return new RichApiError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    name,
  );
}

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB": the fake holds
 * every platform to it, so the add-in works on the web too.
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
export const requestPayloadLimitBytes = 5 * 1024 * 1024;

/** "A range is limited to 5,000,000 cells for read operations" (the same page). */
export const readCellLimit = 5_000_000;

export function parseCell(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address.replace(/\$/g, '').toUpperCase());
  if (!match) throw richApiError('InvalidArgument', 'Worksheet.getRange');
  const column = [...(match[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/**
 * A worksheet is 1,048,576 rows by 16,384 columns ("Excel specifications and limits",
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3):
 * indexes before or past it name no cells.
 */
function withinGrid(row: number, column: number, rows: number, columns: number): boolean {
  const whole = [row, column, rows, columns].every(Number.isInteger);
  return whole && row >= 0 && column >= 0 && row + rows <= 1_048_576 && column + columns <= 16_384;
}

/** `B2:E6`, `B2` or `Sheet1!B2:E6`: the sheet it names (if any) and its cells. */
function parseAddress(address: string): {
  readonly sheet?: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
} {
  const bang = address.lastIndexOf('!');
  const sheet = bang < 0 ? undefined : address.slice(0, bang).replace(/^'(.*)'$/, '$1');
  const [first = '', last = first, ...more] = address.slice(bang + 1).split(':');
  if (more.length > 0) throw richApiError('InvalidArgument', 'Worksheet.getRange');
  const start = parseCell(first);
  const end = parseCell(last);
  const row = Math.min(start.row, end.row);
  const column = Math.min(start.column, end.column);
  return {
    ...(sheet === undefined ? {} : { sheet }),
    row,
    column,
    rows: Math.abs(end.row - start.row) + 1,
    columns: Math.abs(end.column - start.column) + 1,
  };
}

/** A binding (`Excel.Binding`) on one cell; it breaks when its sheet is deleted. */
export interface FakeBinding {
  readonly id: string;
  readonly type: string;
  readonly sheet: FakeSheet;
  readonly row: number;
  readonly column: number;
}

/**
 * A DateTimeDataValidation as office.js takes it: `formula1` (and with Between and NotBetween,
 * `formula2`) a Date, a range or a string, and one of its operators
 * (https://learn.microsoft.com/javascript/api/excel/excel.datetimedatavalidation).
 */
interface DateRule {
  readonly formula1?: unknown;
  readonly formula2?: unknown;
  readonly operator?: unknown;
}
const dateOperators = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
];
function isDateRule({ formula1, formula2, operator }: DateRule): boolean {
  const operand = (formula: unknown) =>
    (typeof formula === 'string' && formula !== '') || typeof formula === 'object';
  const ternary = operator === 'Between' || operator === 'NotBetween';
  return (
    dateOperators.includes(String(operator)) && operand(formula1) && (!ternary || operand(formula2))
  );
}

/**
 * What a cell becomes when `value` is written to it the way `Range.values` writes; a date is its
 * serial in the workbook's date system.
 */
function entered(value: unknown, numberFormat: string, use1904DateSystem = false): FakeCell {
  if (numberFormat === '@') return { value: value === null ? '' : String(value), numberFormat };
  if (typeof value === 'string') {
    if (/^[=+\-@]/.test(value) && value.length > 1) {
      const number = Number(value);
      if (value.trim() !== '' && Number.isFinite(number)) return { value: number, numberFormat };
      return {
        value: '#NAME?',
        formula: value.startsWith('=') ? value : `=${value}`,
        numberFormat,
      };
    }
    const number = Number(value);
    if (value.trim() !== '' && Number.isFinite(number)) return { value: number, numberFormat };
    // "45%" and "2026-12-01" in a General cell become numbers, formatted as they were typed; a
    // date in a cell formatted as a date becomes its serial, the cell keeping its format.
    const formatted = typedAsFormatted(value, 'en', use1904DateSystem);
    if (formatted && numberFormat === 'General') return formatted;
    const date = formatted && shownAs(formatted.numberFormat) === 'date';
    if (formatted && date && shownAs(numberFormat) === 'date') {
      return { value: formatted.value, numberFormat };
    }
    return { value, numberFormat };
  }
  return { value: (value ?? '') as Value, numberFormat };
}

type Op = () => void;

/** One `Excel.run` batch: the queue of commands and the mocks to refresh at sync. */
class Batch {
  readonly queue: Op[] = [];
  readonly touched = new Set<OfficeMockObject>();
  /** Where each range object points, so `tables.add(range)` can find it when it runs. */
  readonly rects = new WeakMap<object, () => Rect>();
  /** The size of the values this request sends (its commands' arguments, as JSON). */
  payloadBytes = 0;
  /** The size of the values its answer holds (what it loads, as JSON). */
  responseBytes = 0;
  constructor(readonly excel: FakeExcel) {}

  async sync(): Promise<void> {
    this.excel.syncs += 1;
    const ops = this.queue.splice(0);
    const mocks = [...this.touched];
    this.touched.clear();
    const payload = this.payloadBytes;
    this.payloadBytes = 0;
    if (payload > requestPayloadLimitBytes) {
      throw richApiError('RequestPayloadSizeLimitExceeded', 'RequestContext.sync');
    }
    // As in office.js, a failing command fails the whole batch (and its loads).
    this.responseBytes = 0;
    for (const op of ops) op();
    if (this.responseBytes > requestPayloadLimitBytes) {
      this.responseBytes = 0;
      throw richApiError('ResponsePayloadSizeLimitExceeded', 'RequestContext.sync');
    }
    for (const mock of mocks) await mock.sync();
  }

  /**
   * An API object: loadable properties (computed when the load runs), methods, and property
   * writes that are queued like every other command.
   */
  object(spec: {
    loadable?: Record<string, () => unknown>;
    methods?: Record<string, (...args: never[]) => unknown>;
    writable?: Record<string, (value: never) => void>;
    /** For `*OrNullObject`: `isNullObject` is known after the next sync, without a load. */
    isNull?: () => boolean;
    children?: Record<string, () => unknown>;
  }): Record<string, unknown> {
    const loadable = spec.loadable ?? {};
    const mock = new OfficeMockObject(
      Object.fromEntries(Object.keys(loadable).map((name) => [name, undefined])),
    );
    const internal = mock as unknown as {
      setValue(name: string, value: unknown): void;
      load(names: string | string[]): unknown;
    };
    if (spec.isNull) {
      const isNull = spec.isNull;
      internal.setValue('isNullObject', undefined);
      this.queue.push(() => {
        internal.setValue('isNullObject', isNull());
        internal.load('isNullObject');
      });
      this.touched.add(mock);
    }
    const children = new Map<string, unknown>();
    const proxy: Record<string, unknown> = new Proxy(mock as unknown as Record<string, unknown>, {
      get: (target, property) => {
        if (typeof property !== 'string') return Reflect.get(target, property);
        if (property === 'load') {
          return (names: string | string[]) => {
            // A path such as `items/id` loads the collection's items (with all they hold).
            const list = (Array.isArray(names) ? names : names.split(','))
              .map((n) => n.trim().split('/')[0]!)
              .filter((n, i, all) => all.indexOf(n) === i);
            for (const name of list) {
              if (!(name in loadable)) throw new Error(`FakeExcel: cannot load "${name}".`);
            }
            internal.load(list);
            this.touched.add(mock);
            // A null object's properties load as null, as in office.js (no error).
            this.queue.push(() => {
              const isNull = spec.isNull?.() ?? false;
              for (const name of list) {
                const value = isNull ? null : loadable[name]?.();
                this.responseBytes += JSON.stringify(value ?? null).length;
                internal.setValue(name, value);
              }
              internal.load(list);
            });
            return proxy;
          };
        }
        const method = spec.methods?.[property];
        if (method) return method;
        const child = spec.children?.[property];
        if (child) {
          if (!children.has(property)) children.set(property, child());
          return children.get(property);
        }
        if (property in loadable || property === 'isNullObject') {
          const value = target[property];
          if (typeof value === 'string' && isNotLoadedYet(value)) throw propertyNotLoaded(property);
          return value;
        }
        return undefined;
      },
      set: (_target, property, value) => {
        const write = typeof property === 'string' ? spec.writable?.[property] : undefined;
        if (!write) throw new Error(`FakeExcel: "${String(property)}" cannot be set.`);
        this.payloadBytes += JSON.stringify(value ?? null).length;
        this.queue.push(() => write(value as never));
        return true;
      },
    });
    return proxy;
  }

  /** A settings object (data validation, a conditional format's parts) recording writes. */
  recorder(settings: Record<string, unknown>, path = ''): Record<string, unknown> {
    return new Proxy(
      {},
      {
        get: (_target, property) => {
          if (property === 'clear') {
            return () =>
              this.queue.push(() => {
                for (const key of Object.keys(settings)) delete settings[key];
              });
          }
          return typeof property === 'string'
            ? this.recorder(settings, `${path}${property}.`)
            : undefined;
        },
        set: (_target, property, value) => {
          this.queue.push(() => {
            settings[`${path}${String(property)}`] = value;
          });
          return true;
        },
      },
    );
  }

  range(rect: () => Rect): Record<string, unknown> {
    const excel = this.excel;
    const each = (write: (row: number, column: number, value: unknown) => void, data = true) => {
      return (values: unknown[][]) => {
        const r = rect();
        if (values.length !== r.rows || values.some((line) => line.length !== r.columns)) {
          throw new RichApiError(
            'InvalidArgument',
            errorMessages.valuesOfWrongSize,
            `Range.values (${values.length}x${values[0]?.length} for ${addressOf(r)})`,
          );
        }
        values.forEach((line, i) => line.forEach((v, j) => write(r.row + i, r.column + j, v)));
        if (data) {
          excel.enteredInInsertRows(r.sheet);
          excel.changed(r.sheet, addressOf(r), 'ThisLocalAddin');
        }
      };
    };
    const grid = (read: (cell: FakeCell) => unknown) => () => {
      const r = rect();
      if (r.rows * r.columns > readCellLimit) throw richApiError('RangeExceedsLimit', 'Range.load');
      return Array.from({ length: r.rows }, (_, i) =>
        Array.from({ length: r.columns }, (_, j) => read(r.sheet.cell(r.row + i, r.column + j))),
      );
    };
    const range = this.object({
      loadable: {
        values: grid((cell) => cell.value),
        formulas: grid((cell) => cell.formula ?? cell.value),
        numberFormat: grid((cell) => cell.numberFormat),
        rowIndex: () => rect().row,
        columnIndex: () => rect().column,
        address: () => `${rect().sheet.name}!${addressOf(rect())}`,
      },
      writable: {
        values: each((row, column, value) => {
          const sheet = rect().sheet;
          const format = sheet.cell(row, column).numberFormat;
          sheet.setCell(row, column, entered(value, format, this.excel.use1904DateSystem));
        }),
        formulas: each((row, column, value) => {
          const sheet = rect().sheet;
          const format = sheet.cell(row, column).numberFormat;
          const cell =
            typeof value === 'string' && value.startsWith('=')
              ? { value: '#CALC', formula: value, numberFormat: format }
              : entered(value, format, this.excel.use1904DateSystem);
          sheet.setCell(row, column, cell);
        }),
        numberFormat: each((row, column, value) => {
          const sheet = rect().sheet;
          sheet.setCell(row, column, { ...sheet.cell(row, column), numberFormat: String(value) });
        }, false),
        columnHidden: (hidden: boolean) => {
          const r = rect();
          for (let j = 0; j < r.columns; j += 1) {
            if (hidden) r.sheet.hiddenColumns.add(r.column + j);
            else r.sheet.hiddenColumns.delete(r.column + j);
          }
        },
      },
      children: {
        format: () => {
          const columns = (apply: (sheet: FakeSheet, column: number) => void) => {
            const r = rect();
            for (let j = 0; j < r.columns; j += 1) apply(r.sheet, r.column + j);
          };
          return this.object({
            writable: {
              columnWidth: (width: number) =>
                columns((sheet, column) => sheet.columnWidths.set(column, width)),
              wrapText: (wrap: boolean) =>
                columns((sheet, column) =>
                  wrap ? sheet.wrappedColumns.add(column) : sheet.wrappedColumns.delete(column),
                ),
            },
          });
        },
        dataValidation: () => {
          const entry: Record<string, unknown> = {};
          this.queue.push(() =>
            rect().sheet.validations.push(
              Object.defineProperty({ address: addressOf(rect()) }, 'settings', { value: entry }),
            ),
          );
          const recorder = this.recorder(entry);
          // "No more than one of these properties may be present in any DataValidationRule
          // object" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation).
          return new Proxy(recorder, {
            set: (_target, property, value) => {
              const types = property === 'rule' && value ? Object.keys(value as object) : [];
              const { date } = (property === 'rule' ? value : {}) as { date?: DateRule };
              if (types.length > 1 || (date && !isDateRule(date))) {
                this.queue.push(() => {
                  throw richApiError('InvalidArgument', 'DataValidation.rule');
                });
                return true;
              }
              return Reflect.set(recorder, property, value);
            },
          });
        },
        conditionalFormats: () =>
          this.object({
            methods: {
              add: (type: string) => {
                const settings: Record<string, unknown> = {};
                this.queue.push(() =>
                  rect().sheet.conditionalFormats.push({
                    address: addressOf(rect()),
                    type,
                    settings,
                  }),
                );
                return this.recorder(settings);
              },
            },
          }),
      },
    });
    this.rects.set(range, rect);
    return range;
  }

  /** A worksheet; `orNull` for `getItemOrNullObject` (and a sheet still to be added). */
  sheet(find: () => FakeSheet | undefined, orNull = true): Record<string, unknown> {
    const resolve = () => {
      const sheet = find();
      if (!sheet) throw richApiError('ItemNotFound', 'WorksheetCollection.getItem');
      return sheet;
    };
    return this.object({
      loadable: {
        name: () => resolve().name,
        id: () => resolve().id,
        position: () => this.excel.sheets.indexOf(resolve()),
      },
      // Excel refuses a name another sheet has (whatever its case).
      writable: {
        name: (name: string) => {
          const sheet = resolve();
          ensureSheetName(name, 'Worksheet.name');
          if (
            this.excel.sheets.some(
              (s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase(),
            )
          )
            throw richApiError('InvalidArgument', 'Worksheet.name');
          // A renamed active sheet stays the active one.
          if (this.excel.selection.sheet === sheet.name)
            this.excel.selection = { ...this.excel.selection, sheet: name };
          sheet.name = name;
        },
      },
      ...(orNull ? { isNull: () => find() === undefined } : {}),
      methods: {
        getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
          this.range(() => {
            if (!withinGrid(row, column, rows, columns))
              throw richApiError('InvalidArgument', 'Worksheet.getRangeByIndexes');
            return { sheet: resolve(), row, column, rows, columns };
          }),
        getCell: (row: number, column: number) =>
          this.range(() => ({ sheet: resolve(), row, column, rows: 1, columns: 1 })),
        // "If there is no worksheet with that name, the activate() method throws an
        // ItemNotFound error" ("Work with worksheets"); the active sheet holds the selection.
        activate: () => {
          this.queue.push(() => {
            this.excel.selection = { sheet: resolve().name, address: 'A1' };
          });
        },
        getNext: () =>
          this.sheet(() => this.excel.sheets[this.excel.sheets.indexOf(resolve()) + 1], false),
        getPrevious: () =>
          this.sheet(() => this.excel.sheets[this.excel.sheets.indexOf(resolve()) - 1], false),
        getRange: (address: string) =>
          this.range(() => {
            const { sheet: named, ...cells } = parseAddress(address);
            const sheet = resolve();
            // A range on another sheet than the one asked: Excel refuses the address.
            if (named !== undefined && named !== sheet.name)
              throw richApiError('InvalidArgument', 'Worksheet.getRange');
            return { sheet, ...cells };
          }),
      },
      children: {
        tables: () =>
          this.object({
            methods: {
              getItem: (name: string) =>
                this.table(() =>
                  this.excel.tables.find((t) => t.name === name && t.sheet === find()),
                ),
              // `address` is a Range or its address ("A1:D1"), as in "Work with tables".
              add: (address: object | string, hasHeaders: boolean) => {
                let created: FakeTable | undefined;
                const handle = this.table(() => created);
                const rect =
                  typeof address === 'string'
                    ? () => ({ ...parseAddress(address), sheet: resolve() })
                    : this.rects.get(address);
                if (!rect || !hasHeaders) throw new Error('FakeExcel: tables.add needs headers.');
                this.queue.push(() => {
                  created = this.excel.addTable(rect());
                });
                return handle;
              },
            },
          }),
        notes: () =>
          this.object({
            methods: {
              add: (address: string, content: string) => {
                this.queue.push(() => {
                  const sheet = resolve();
                  const { row, column } = parseCell(address);
                  sheet.notes.set(`${letter(column)}${row + 1}`, content);
                });
              },
              getItemOrNullObject: (address: string) => {
                const key = () => {
                  const { row, column } = parseCell(address);
                  return `${letter(column)}${row + 1}`;
                };
                return this.object({
                  loadable: { content: () => resolve().notes.get(key()) },
                  isNull: () => !resolve().notes.has(key()),
                  methods: {
                    delete: () => {
                      this.queue.push(() => {
                        if (!resolve().notes.delete(key()))
                          throw richApiError('ItemNotFound', 'Comment.delete');
                      });
                    },
                  },
                });
              },
            },
          }),
        // A worksheet's own onChanged (ExcelApi 1.7): changes on that sheet only; a handler is
        // removed through the context it was added in, as the collection's are.
        onChanged: () => ({
          add: (handler: ChangeHandler) => {
            this.queue.push(() => this.excel.changeHandlersOf(resolve()).add(handler));
            return {
              context: { sync: () => this.sync() },
              remove: () =>
                this.queue.push(() => this.excel.changeHandlersOf(resolve()).delete(handler)),
            };
          },
        }),
        freezePanes: () =>
          this.object({
            methods: {
              freezeRows: (count: number) => {
                this.queue.push(() => {
                  resolve().frozenRows = count;
                });
              },
            },
          }),
      },
    });
  }

  binding(id: string, orNull = false): Record<string, unknown> {
    const excel = this.excel;
    const find = () => excel.bindings.find((b) => b.id === id);
    const resolve = () => {
      const binding = find();
      if (!binding) throw richApiError('ItemNotFound', `BindingCollection.getItem (${id})`);
      return binding;
    };
    return this.object({
      loadable: { id: () => resolve().id, type: () => resolve().type },
      ...(orNull ? { isNull: () => find() === undefined } : {}),
      methods: {
        getRange: () =>
          this.range(() => {
            const binding = resolve();
            if (!excel.sheets.includes(binding.sheet) || excel.deletedCells.has(binding)) {
              throw richApiError('InvalidBinding', 'Binding.getRange');
            }
            return {
              sheet: binding.sheet,
              row: binding.row,
              column: binding.column,
              rows: 1,
              columns: 1,
            };
          }),
        delete: () => {
          this.queue.push(() => {
            const binding = resolve();
            excel.bindings.splice(excel.bindings.indexOf(binding), 1);
          });
        },
      },
      children: {
        onDataChanged: () => ({
          add: (handler: BindingHandler) => {
            this.queue.push(() => {
              resolve();
              excel.bindingHandlers.add({ id, handler });
            });
            const entry = () => [...excel.bindingHandlers].find((h) => h.handler === handler);
            return {
              context: { sync: () => this.sync() },
              remove: () =>
                this.queue.push(() => {
                  const registered = entry();
                  if (registered) excel.bindingHandlers.delete(registered);
                }),
            };
          },
        }),
      },
    });
  }

  table(find: () => FakeTable | undefined): Record<string, unknown> {
    const resolve = () => {
      const table = find();
      if (!table) throw richApiError('ItemNotFound', 'TableCollection.getItem');
      return table;
    };
    const rect = (part: 'header' | 'body' | 'all', column?: () => number): Rect => {
      const t = resolve();
      const c = column ? column() : 0;
      return {
        sheet: t.sheet,
        row: part === 'body' ? t.top + 1 : t.top,
        column: t.left + c,
        rows: part === 'header' ? 1 : part === 'body' ? t.bodyRows : t.bodyRows + 1,
        columns: column ? 1 : t.width,
      };
    };
    const columnIndex = (name: string) => () => {
      const t = resolve();
      for (let j = 0; j < t.width; j += 1) {
        if (t.sheet.cell(t.top, t.left + j).value === name) return j;
      }
      throw richApiError('ItemNotFound', `TableColumnCollection.getItem (${name})`);
    };
    return this.object({
      loadable: { name: () => resolve().name },
      writable: {
        name: (name: string) => {
          const table = resolve();
          ensureTableName(
            name,
            this.excel.tables.filter((other) => other !== table),
          );
          table.name = name;
        },
      },
      methods: {
        getHeaderRowRange: () => this.range(() => rect('header')),
        getDataBodyRange: () => this.range(() => rect('body')),
        getRange: () => this.range(() => rect('all')),
      },
      children: {
        worksheet: () => this.sheet(() => resolve().sheet),
        rows: () =>
          this.object({
            methods: {
              add: (index: number | undefined, values: Value[][]) => {
                if (index !== undefined && index !== null)
                  throw new Error('FakeExcel: append only.');
                this.payloadBytes += JSON.stringify(values).length;
                this.queue.push(() => this.excel.appendRows(resolve(), values));
              },
              getItemAt: (index: number) => {
                const row = (): Rect => {
                  const body = rect('body');
                  if (index < 0 || index >= body.rows)
                    throw richApiError('ItemNotFound', 'TableRowCollection.getItemAt');
                  return { ...body, row: body.row + index, rows: 1 };
                };
                const cells = () => {
                  const r = row();
                  return [
                    Array.from({ length: r.columns }, (_, j) =>
                      r.sheet.cell(r.row, r.column + j),
                    ).map((cell) => cell.value),
                  ];
                };
                return this.object({
                  loadable: { values: cells, index: () => (row(), index) },
                  methods: {
                    getRange: () => this.range(row),
                    delete: () => {
                      this.queue.push(() => this.excel.deleteRow(resolve(), index));
                    },
                  },
                });
              },
            },
          }),
        columns: () =>
          this.object({
            methods: {
              // "If null or -1, the addition happens at the end"; `values` holds the header
              // and a value for each row (TableColumnCollection.add, ExcelApi 1.1:
              // https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)).
              add: (index: number | null | undefined, values?: Value[][], name?: string) => {
                if (index !== undefined && index !== null && index !== -1)
                  throw new Error('FakeExcel: columns are appended only.');
                if (values !== undefined) this.payloadBytes += JSON.stringify(values).length;
                this.queue.push(() => this.excel.appendColumn(resolve(), name, values));
              },
              getItem: (name: string) => {
                const column = columnIndex(name);
                return this.object({
                  methods: {
                    getDataBodyRange: () => this.range(() => rect('body', column)),
                    getRange: () => this.range(() => rect('all', column)),
                  },
                });
              },
            },
          }),
      },
    });
  }
}

type BindingHandler = (event: {
  binding: { id: string };
  type: 'BindingDataChanged';
}) => Promise<unknown>;

type DeletedHandler = (event: {
  worksheetId: string;
  source: string;
  type: 'WorksheetDeleted';
}) => Promise<unknown>;

type RenamedHandler = (event: {
  worksheetId: string;
  nameBefore: string;
  nameAfter: string;
  source: string;
  type: 'WorksheetNameChanged';
}) => Promise<unknown>;

type ChangeHandler = (event: {
  address: string;
  worksheetId: string;
  triggerSource: 'Unknown' | 'ThisLocalAddin';
  changeType: string;
  source: string;
  type: string;
}) => Promise<unknown>;

export class FakeExcel {
  syncs = 0;
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  /** The workbook's settings (`Excel.SettingCollection`), saved with the file. */
  readonly settings = new Map<string, unknown>();
  readonly bindings: FakeBinding[] = [];
  /** The workbook's file name and the user's selection (`B5` or `B5:C6`). */
  name = 'Book1.xlsx';
  /**
   * Whether the workbook uses the 1904 date system (`Workbook.use1904DateSystem`, false in a new
   * workbook): a date typed or written is kept as its serial in it.
   */
  use1904DateSystem = false;
  /**
   * Whether this Excel has the preview APIs (ExcelApi BETA), as `use1904DateSystem` is: without
   * them, loading one fails the batch with `ApiNotFound`.
   */
  previewApis = false;
  selection = { sheet: 'Sheet1', address: 'A1' };
  readonly bindingHandlers = new Set<{ id: string; handler: BindingHandler }>();
  /** Bindings whose cell a person deleted: `getRange()` fails with `InvalidBinding`. */
  readonly deletedCells = new Set<FakeBinding>();
  private readonly handlers = new Set<ChangeHandler>();
  private readonly sheetHandlers = new Map<FakeSheet, Set<ChangeHandler>>();
  private readonly deletedHandlers = new Set<DeletedHandler>();
  private readonly renamedHandlers = new Set<RenamedHandler>();
  private readonly pendingEvents: Promise<unknown>[] = [];

  readonly run: ExcelRun = async (batch) =>
    batch(this.context() as unknown as Excel.RequestContext);

  context(): Record<string, unknown> {
    const batch = new Batch(this);
    const parts = {
      getSelectedRange: () =>
        batch.range(() => {
          const { sheet, address } = this.selection;
          const found = this.sheets.find((s) => s.name === sheet);
          if (!found) throw richApiError('ItemNotFound', 'Workbook.getSelectedRange');
          const [first, last = first] = address.split(':');
          const start = parseCell(first!);
          const end = parseCell(last!);
          return {
            sheet: found,
            ...start,
            rows: end.row - start.row + 1,
            columns: end.column - start.column + 1,
          };
        }),
      settings: {
        getItemOrNullObject: (key: string) =>
          batch.object({
            loadable: { value: () => this.settings.get(key) },
            isNull: () => !this.settings.has(key),
          }),
        add: (key: string, value: unknown) => {
          batch.queue.push(() => this.settings.set(key, value));
        },
      },
      tables: {
        getItem: (name: string) => batch.table(() => this.tables.find((t) => t.name === name)),
      },
      bindings: batch.object({
        loadable: {
          items: () => this.bindings.map((b) => ({ id: b.id, type: b.type })),
        },
        methods: {
          add: (range: object, type: string, id: string) => {
            const rect = batch.rects.get(range);
            if (!rect) throw new Error('FakeExcel: bindings.add needs a range.');
            batch.queue.push(() => {
              const { sheet, row, column, rows, columns } = rect();
              if (rows !== 1 || columns !== 1) throw new Error('FakeExcel: bind one cell only.');
              this.bindings.push({ id, type, sheet, row, column });
            });
            return batch.binding(id);
          },
          getItem: (id: string) => batch.binding(id),
          getItemOrNullObject: (id: string) => batch.binding(id, true),
        },
      }),
      worksheets: batch.object({
        loadable: {
          items: () => this.sheets.map((sheet) => ({ id: sheet.id, name: sheet.name })),
        },
        methods: {
          getItem: (name: string) => batch.sheet(() => this.sheetNamed(name), false),
          getItemOrNullObject: (name: string) => batch.sheet(() => this.sheetNamed(name)),
          getActiveWorksheet: () => batch.sheet(() => this.sheetNamed(this.selection.sheet), false),
          getFirst: () => batch.sheet(() => this.sheets[0], false),
          getLast: () => batch.sheet(() => this.sheets[this.sheets.length - 1], false),
          add: (name: string) => {
            let created: FakeSheet | undefined;
            batch.queue.push(() => {
              ensureSheetName(name, 'WorksheetCollection.add');
              if (this.sheetNamed(name))
                throw richApiError('ItemAlreadyExists', 'WorksheetCollection.add');
              created = new FakeSheet(this.newSheetId(), name);
              this.sheets.push(created);
            });
            return batch.sheet(() => created);
          },
        },
        // A handler is removed only through the context it was added in, as in office.js.
        children: {
          onChanged: () => this.event(batch, this.handlers),
          onDeleted: () => this.event(batch, this.deletedHandlers),
          onNameChanged: () => this.event(batch, this.renamedHandlers),
        },
      }),
    };
    const { getSelectedRange, ...collections } = parts;
    // `name` reads only once loaded and synced, as every loadable property does.
    const workbook = batch.object({
      loadable: {
        name: () => this.name,
        use1904DateSystem: () => {
          if (!this.previewApis) throw richApiError('ApiNotFound', 'Workbook.use1904DateSystem');
          return this.use1904DateSystem;
        },
      },
      methods: { getSelectedRange },
      children: Object.fromEntries(
        Object.entries(collections).map(([key, value]) => [key, () => value]),
      ),
    });
    return { workbook, sync: () => batch.sync() };
  }

  private sheetsMade = 0;

  /** Excel's sheet names are case-insensitive: "sample" is the sheet "Sample". */
  private sheetNamed(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  /** Sheet ids are never reused, as in Excel. */
  private newSheetId(): string {
    this.sheetsMade += 1;
    return `sheet-${this.sheetsMade}`;
  }

  /** An event of the worksheet collection: `add` queues the handler, `remove` through its context. */
  private event<H>(batch: Batch, handlers: Set<H>) {
    return {
      add: (handler: H) => {
        batch.queue.push(() => handlers.add(handler));
        return {
          context: { sync: () => batch.sync() },
          remove: () => batch.queue.push(() => handlers.delete(handler)),
        };
      },
    };
  }

  /** The handlers of one worksheet's `onChanged`. */
  changeHandlersOf(sheet: FakeSheet): Set<ChangeHandler> {
    const handlers = this.sheetHandlers.get(sheet) ?? new Set<ChangeHandler>();
    this.sheetHandlers.set(sheet, handlers);
    return handlers;
  }

  // --- what the fake's commands do ---

  /** An insert row something was entered in is a row of data, as when a person types there. */
  enteredInInsertRows(sheet: FakeSheet): void {
    for (const table of this.tables) {
      if (table.sheet !== sheet || !table.empty) continue;
      for (let j = 0; j < table.width; j += 1)
        if (sheet.cell(table.top + 1, table.left + j).value !== '') table.empty = false;
    }
  }

  addTable(rect: Rect): FakeTable {
    const table: FakeTable = {
      name: `Table${this.tables.length + 1}`,
      sheet: rect.sheet,
      top: rect.row,
      left: rect.column,
      width: rect.columns,
      bodyRows: Math.max(1, rect.rows - 1),
      empty: rect.rows === 1,
    };
    this.tables.push(table);
    return table;
  }

  appendRows(table: FakeTable, values: Value[][]): void {
    if (values.some((line) => line.length !== table.width)) {
      throw new RichApiError(
        'InvalidArgument',
        errorMessages.valuesOfWrongSize,
        'TableRowCollection.add',
      );
    }
    const start = table.empty ? 0 : table.bodyRows;
    values.forEach((line, i) =>
      line.forEach((value, j) => {
        const row = table.top + 1 + start + i;
        const column = table.left + j;
        // A table carries its column's number format down to new rows; the insert row has its own.
        const format = table.sheet.cell(start + i === 0 ? row : row - 1, column).numberFormat;
        table.sheet.setCell(row, column, entered(value, format));
      }),
    );
    table.bodyRows = start + values.length;
    table.empty = table.empty && values.length === 0;
  }

  deleteRow(table: FakeTable, index: number): void {
    if (index < 0 || index >= table.bodyRows)
      throw richApiError('ItemNotFound', 'TableRowCollection.getItemAt');
    if (table.bodyRows === 1) {
      for (let j = 0; j < table.width; j += 1)
        table.sheet.setCell(table.top + 1, table.left + j, entered('', 'General'));
      table.empty = true;
      return;
    }
    const last = table.top + table.bodyRows;
    for (let row = table.top + 1 + index; row <= last; row += 1) {
      for (let j = 0; j < table.width; j += 1) {
        const below = table.sheet.cell(row + 1, table.left + j);
        table.sheet.setCell(row, table.left + j, row === last ? entered('', 'General') : below);
      }
    }
    table.bodyRows -= 1;
  }

  appendColumn(table: FakeTable, name: string | undefined, values?: Value[][]): void {
    if (values && (values.length !== table.bodyRows + 1 || values.some((v) => v.length !== 1))) {
      throw new RichApiError(
        'InvalidArgument',
        errorMessages.valuesOfWrongSize,
        'TableColumnCollection.add',
      );
    }
    const column = table.left + table.width;
    const header = name ?? values?.[0]?.[0] ?? `Column${table.width + 1}`;
    table.sheet.setCell(table.top, column, entered(header, 'General'));
    values?.slice(1).forEach(([value], i) => {
      const row = table.top + 1 + i;
      table.sheet.setCell(row, column, entered(value, table.sheet.cell(row, column).numberFormat));
    });
    table.width += 1;
  }

  changed(
    sheet: FakeSheet,
    address: string,
    triggerSource: 'Unknown' | 'ThisLocalAddin',
    changeType = 'RangeEdited',
  ): void {
    for (const handler of [...this.handlers, ...(this.sheetHandlers.get(sheet) ?? [])]) {
      this.pendingEvents.push(
        handler({
          address,
          worksheetId: sheet.id,
          triggerSource,
          changeType,
          source: 'Local',
          type: 'WorksheetChanged',
        }),
      );
    }
  }

  // --- for tests: what a person does in Excel, and what the sheet holds ---

  table(name: string): FakeTable {
    const table = this.tables.find((t) => t.name === name);
    if (!table) throw new Error(`No table ${name}`);
    return table;
  }

  headers(name: string): string[] {
    const t = this.table(name);
    return Array.from({ length: t.width }, (_, j) => String(t.sheet.cell(t.top, t.left + j).value));
  }

  /** The cell of a table's body row under the header. */
  cellAt(name: string, row: number, header: string): FakeCell {
    const t = this.table(name);
    const column = this.headers(name).indexOf(header);
    if (column < 0) throw new Error(`No column ${header}`);
    return t.sheet.cell(t.top + 1 + row, t.left + column);
  }

  /** A person types into a cell: Excel parses the entry and raises `onChanged`. */
  type(name: string, row: number, header: string, entry: Value): void {
    const t = this.table(name);
    const column = t.left + this.headers(name).indexOf(header);
    const sheetRow = t.top + 1 + row;
    const format = t.sheet.cell(sheetRow, column).numberFormat;
    t.sheet.setCell(sheetRow, column, entered(entry, format, this.use1904DateSystem));
    this.enteredInInsertRows(t.sheet);
    this.changed(t.sheet, `${letter(column)}${sheetRow + 1}`, 'Unknown');
  }

  /** A person adds a sheet of their own. */
  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this.newSheetId(), name);
    this.sheets.push(sheet);
    return sheet;
  }

  /**
   * A person deletes a sheet: its tables go with it, bindings on it stay listed but no longer
   * resolve, and `worksheets.onDeleted` fires.
   */
  deleteSheet(name: string): void {
    const index = this.sheets.findIndex((s) => s.name === name);
    if (index < 0) throw new Error(`No sheet ${name}`);
    const [sheet] = this.sheets.splice(index, 1);
    for (let t = this.tables.length - 1; t >= 0; t -= 1) {
      if (this.tables[t]!.sheet === sheet) this.tables.splice(t, 1);
    }
    for (const handler of this.deletedHandlers) {
      this.pendingEvents.push(
        handler({ worksheetId: sheet!.id, source: 'Local', type: 'WorksheetDeleted' }),
      );
    }
  }

  /**
   * A person renames a sheet: bindings on it follow it (they are on the sheet, not its name),
   * and `worksheets.onNameChanged` fires.
   */
  renameSheet(name: string, to: string): void {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    sheet.name = to;
    for (const handler of this.renamedHandlers) {
      this.pendingEvents.push(
        handler({
          worksheetId: sheet.id,
          nameBefore: name,
          nameAfter: to,
          source: 'Local',
          type: 'WorksheetNameChanged',
        }),
      );
    }
  }

  /**
   * A person deletes one cell (shifting the others up): bindings on it stay listed but fail
   * `getRange()`, and `onChanged` fires with `CellDeleted`.
   */
  deleteCell(sheetName: string, address: string): void {
    const sheet = this.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const { row, column } = parseCell(address);
    for (const binding of this.bindings) {
      if (binding.sheet === sheet && binding.row === row && binding.column === column) {
        this.deletedCells.add(binding);
      }
    }
    this.changed(sheet, address, 'Unknown', 'CellDeleted');
  }

  /** A person types into a cell of any sheet: bindings on that cell raise `onDataChanged`. */
  typeAt(sheetName: string, address: string, entry: Value): void {
    const sheet = this.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const { row, column } = parseCell(address);
    sheet.setCell(row, column, entered(entry, sheet.cell(row, column).numberFormat));
    this.changed(sheet, `${letter(column)}${row + 1}`, 'Unknown');
    for (const { id, handler } of this.bindingHandlers) {
      const binding = this.bindings.find((b) => b.id === id);
      if (binding?.sheet === sheet && binding.row === row && binding.column === column) {
        this.pendingEvents.push(handler({ binding: { id }, type: 'BindingDataChanged' }));
      }
    }
  }

  /** Waits for the change handlers started by edits so far. */
  async settled(): Promise<void> {
    while (this.pendingEvents.length > 0) await this.pendingEvents.shift();
  }
}
