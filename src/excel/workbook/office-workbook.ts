import {
  coachHighlight,
  columnOf,
  isOkrSheetTitle,
  measureKeys,
  okrColumns,
  okrSheetName,
  okrSheetTitle,
  okrTableName,
  type ColumnKey,
} from '../sync/layout';
import { columnNamed, headersIn } from '../sync/headers';
import { storedMeasures } from '../sync/state-cell';
import type {
  CellValidation,
  FormatChanges,
  SheetFormats,
  ValidationRule,
} from '../sync/sheet-format';
import {
  applyPlan,
  applyUpdates,
  bindingAfter,
  bindingWithRows,
  columnIndexes,
  planUpdates,
  planWrite,
  rowKeyOf,
  shownKey,
  tableOf,
  type CellWrite,
  type TableSnapshot,
} from '../sync/table';
import { excelRun, supportsExcelApi, type ExcelRun } from '../../host/office';
import {
  currencyOf,
  dayAsShown,
  moneyAsRead,
  moneyToWrite,
  shownAs,
  valueAsShown,
  type ShownAs,
} from './typed-numbers';
import {
  normalizedCellAddress,
  splitCellAddress,
  WorkbookError,
  type CellBindings,
  type CellFinding,
  type CellLink,
  type CellValue,
  type LinkedCell,
  type OkrWorkbook,
  type SheetBinding,
} from './types';
import { reloadable } from '../../reloadable';

export interface OfficeWorkbookOptions {
  /** `Excel.run`, injected so tests can hand in a mocked request context. */
  readonly run: ExcelRun;
  /** Cell notes need ExcelApi 1.18; without them findings are highlighted only. */
  readonly notes: boolean;
  /**
   * Whether the host tells the workbook's date system (`Workbook.use1904DateSystem`); without it,
   * date serials are read in the 1900 system (`openTable`).
   */
  readonly dateSystem?: boolean;
  /**
   * Office's display language: a new table's headers, the Kind, Status and Done / Not done words
   * and the validation alerts use its words (English if none).
   */
  readonly locale?: string;
}

/** A note the add-in wrote starts with this, so it is told apart from the user's own notes. */
export const notePrefix = 'OKR Coach: ';

/** The workbook setting that remembers which team and cycle the table holds. */
export const bindingSetting = 'okrCoach.binding';

/**
 * The workbook setting that remembers which languages the table's formatting speaks (its status
 * colours, its validation), so a pane in another language adds its own without reading the
 * conditional formats back. A table without it was made by an earlier version, in English.
 */
export const formatsSetting = 'okrCoach.sheetFormats';

// The formatting's words (status words, validation alerts) load with the workbook sync, not
// with the pane's first screen; a Load or Send comes after the sync has loaded anyway.
const loadSheetFormat = reloadable(() => import('../sync/sheet-format'));
type SheetFormat = Awaited<ReturnType<typeof loadSheetFormat>>;

interface OpenTable {
  readonly sheet: Excel.Worksheet;
  /** The sheet's name, and every sheet's of the workbook (a name is taken at most once). */
  readonly sheetName: string;
  readonly sheetNames: readonly string[];
  readonly table: Excel.Table;
  /** Sheet row and column of the header row's first cell. */
  readonly top: number;
  readonly left: number;
  readonly snapshot: TableSnapshot;
  readonly binding?: SheetBinding;
  /** Undefined for a table made by an earlier version, whose formatting is English. */
  readonly formats?: SheetFormats;
  /**
   * Number cells whose format shows a number as a percentage or a date (`typed-numbers.ts`),
   * by `shownKey`, whatever they hold now: a number the add-in writes there gets the General
   * format, so the store's 40 never shows as 4000% or as a day of 1900.
   */
  readonly formatted: ReadonlySet<string>;
  /**
   * The number columns whose last row shows a number as a percentage or a date: rows the
   * add-in appends below take that format from it, so the numbers written there get General.
   */
  readonly formattedBelow: ReadonlySet<ColumnKey>;
  /**
   * The number formats of Start, Target and Current cells that name a currency (`currencyOf`), by
   * `shownKey`: a number the add-in writes there is the amount in that currency
   * (`moneyToWrite`), so the cell keeps its format; and of the last row's, which rows appended
   * below take.
   */
  readonly moneyFormats: ReadonlyMap<string, string>;
  readonly moneyFormatsBelow: ReadonlyMap<ColumnKey, string>;
}

function parseBinding(value: unknown): SheetBinding | undefined {
  try {
    const binding = JSON.parse(String(value)) as SheetBinding;
    return binding && Array.isArray(binding.teamIds) && binding.cycle?.id ? binding : undefined;
  } catch {
    return undefined;
  }
}

function parseFormats(value: unknown): SheetFormats | undefined {
  try {
    const formats = JSON.parse(String(value)) as SheetFormats;
    return formats && Array.isArray(formats.status) && typeof formats.validation === 'string'
      ? formats
      : undefined;
  } catch {
    return undefined;
  }
}

function hasErrorCode(error: unknown, code: string): boolean {
  return (error as { code?: unknown } | null)?.code === code;
}

function isItemNotFound(error: unknown): boolean {
  return hasErrorCode(error, 'ItemNotFound');
}

/**
 * Reads the OKR table in ONE round trip, whatever its size: header, body, position and the
 * binding setting are queued together and come back from a single `context.sync()`. The table
 * is asked for with `getItem`, so a workbook without one fails that sync with `ItemNotFound`
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling)
 * instead of costing a separate existence check. Undefined when there is no OKR table yet.
 */
async function openTable(
  context: Excel.RequestContext,
  locale: string,
  dateSystem = false,
): Promise<OpenTable | undefined> {
  const table = context.workbook.tables.getItem(okrTableName);
  const header = table.getHeaderRowRange().load(['values', 'rowIndex', 'columnIndex']);
  // Formulas too, for Progress: a value typed over its formula is read as typed (never sent);
  // number formats, for a number cell Excel formatted as a percentage or a date on entry.
  const body = table.getDataBodyRange().load(['values', 'formulas', 'numberFormat']);
  const setting = context.workbook.settings.getItemOrNullObject(bindingSetting).load('value');
  const formats = context.workbook.settings.getItemOrNullObject(formatsSetting).load('value');
  const sheet = table.worksheet.load('name');
  const sheets = context.workbook.worksheets.load('items/name');
  // A workbook in the 1904 date system (older Mac workbooks) keeps dates 1,462 days below the
  // 1900 system's serials. Workbook.use1904DateSystem says which, but is in ExcelApi BETA (preview
  // only: https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-use1904datesystem-member),
  // so no requirement set tells a host that has it and loading it elsewhere fails the batch:
  // without it (`dateSystem` false), serials are read in the 1900 system, Excel's default.
  const workbook = dateSystem
    ? (context.workbook.load('use1904DateSystem') as Excel.Workbook & {
        readonly use1904DateSystem: boolean;
      })
    : undefined;
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return undefined;
    throw error;
  }
  const binding = setting.isNullObject ? undefined : parseBinding(setting.value);
  const sheetFormats = formats.isNullObject ? undefined : parseFormats(formats.value);
  const use1904DateSystem = workbook?.use1904DateSystem === true;
  const headers = (header.values[0] ?? []).map(String);
  const indexes = columnIndexes(headers);
  const progress = indexes.get('progress') ?? -1;
  const dateColumns = new Set(
    [...indexes].flatMap(([key, index]) => (columnOf(key).type === 'date' ? [index] : [])),
  );
  const idColumn = indexes.get('keyResultId') ?? -1;
  const numberKeys = headers.map((_, column) => {
    const key = [...indexes].find(([, index]) => index === column)?.[0];
    const type = key && columnOf(key).type;
    return type === 'number' || type === 'whole' ? key : undefined;
  });
  const unitColumn = indexes.get('unit') ?? -1;
  const asShown = new Map<string, ShownAs>();
  const formatted = new Set<string>();
  const formattedBelow = new Set<ColumnKey>();
  const moneyFormats = new Map<string, string>();
  const moneyFormatsBelow = new Map<ColumnKey, string>();
  const lastRow = body.values.length - 1;
  const stateColumn = indexes.get('state') ?? -1;
  /** The row's other Start, Target and Current that are numbers in no currency format. */
  const plainMeasures = (values: readonly CellValue[], row: number, except: ColumnKey) =>
    measureKeys.flatMap((measure) => {
      const column = indexes.get(measure) ?? -1;
      const value = values[column];
      const format = String(body.numberFormat[row]?.[column] ?? '');
      return measure !== except && typeof value === 'number' && !currencyOf(format) ? [value] : [];
    });
  const cells = (body.values as CellValue[][]).map((values, row) =>
    values.map((value, column) => {
      if (column === progress) return body.formulas[row]?.[column] as CellValue;
      if (dateColumns.has(column)) return dayAsShown(value as CellValue, use1904DateSystem);
      const key = numberKeys[column];
      if (!key) return value;
      const format = String(body.numberFormat[row]?.[column] ?? '');
      // A currency format on a KR's values: the cell holds an amount of money, read in the
      // KR's unit. Range.values is the number itself, unrounded by the format, and the same
      // whatever the workbook's culture, which Range.text is not:
      // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
      // Range.numberFormat is the format code as Excel's English writes it (`,` groups or
      // scales, `.` is the decimal point), numberFormatLocal the user's language's, so the
      // format's currency and scaling read the same in every culture:
      // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member
      if (measureKeys.some((measure) => measure === key) && currencyOf(format)) {
        moneyFormats.set(shownKey(rowKeyOf(values[idColumn], row), key), format);
        if (row === lastRow) moneyFormatsBelow.set(key, format);
        const near = [
          ...storedMeasures(values[stateColumn] ?? ''),
          ...plainMeasures(values, row, key),
        ];
        const read = moneyAsRead(value, format, String(values[unitColumn] ?? ''), locale, near);
        if (read.shows) asShown.set(shownKey(rowKeyOf(values[idColumn], row), key), read.shows);
        return read.value;
      }
      const shows = shownAs(format);
      if (!shows) return value;
      formatted.add(shownKey(rowKeyOf(values[idColumn], row), key));
      if (row === lastRow) formattedBelow.add(key);
      const shown = valueAsShown(value, format, locale, use1904DateSystem);
      if (shown !== value) asShown.set(shownKey(rowKeyOf(values[idColumn], row), key), shows);
      return shown;
    }),
  );
  return {
    ...(binding ? { binding } : {}),
    ...(sheetFormats ? { formats: sheetFormats } : {}),
    sheet,
    sheetName: sheet.name,
    sheetNames: sheets.items.map((item) => item.name),
    table,
    top: header.rowIndex,
    left: header.columnIndex,
    // Range.rowIndex is zero-based and the header row's; Excel numbers its rows from 1, so the
    // body's first row is numbered rowIndex + 2.
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowindex-member
    snapshot: {
      headers,
      body: cells,
      shownAs: asShown,
      firstRow: header.rowIndex + 2,
      currencyBelow: Object.fromEntries(
        [...moneyFormatsBelow].map(([key, format]) => [key, currencyOf(format)]),
      ),
    },
    formatted,
    formattedBelow,
    moneyFormats,
    moneyFormatsBelow,
  };
}

/**
 * Queues the writes of a plan: text columns are formatted as text before their values; a KR's
 * value written where the format names its currency is the amount in it, the cell keeping its
 * format (`moneyToWrite`); and a number written where the format would show it as a
 * percentage, a date or another currency gets the General format (`body`: the table the writes'
 * rows index, to tell which KR's cell each is and its unit; rows from `appendedFrom` on are
 * appended, with the format of the row above them). Range.numberFormat:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-format
 */
function queueWrites(
  open: OpenTable,
  headers: readonly string[],
  writes: readonly CellWrite[],
  body: TableSnapshot['body'],
  appendedFrom = body.length,
) {
  const indexes = columnIndexes(headers);
  const idColumn = indexes.get('keyResultId') ?? -1;
  const unitColumn = indexes.get('unit') ?? -1;
  for (const write of writes) {
    const column = indexes.get(write.key);
    if (column === undefined) continue;
    const range = open.sheet.getRangeByIndexes(
      open.top + 1 + write.row,
      open.left + column,
      write.values.length,
      1,
    );
    const type = columnOf(write.key).type;
    if (type === 'formula') {
      range.formulas = write.values.map((v) => [v]);
    } else if (type === 'text') {
      range.numberFormat = write.values.map(() => ['@']);
      range.values = write.values.map((v) => [String(v)]);
    } else {
      const values = write.values.map((value, offset) => {
        const row = write.row + offset;
        const appended = row >= appendedFrom;
        const id = shownKey(rowKeyOf(body[row]?.[idColumn], row), write.key);
        const moneyFormat =
          open.moneyFormats.get(id) ??
          (appended ? open.moneyFormatsBelow.get(write.key) : undefined);
        const money =
          moneyFormat === undefined
            ? { value, general: false }
            : moneyToWrite(value, moneyFormat, String(body[row]?.[unitColumn] ?? ''));
        const shows =
          money.general ||
          open.formatted.has(id) ||
          (appended && open.formattedBelow.has(write.key));
        if (shows && typeof value === 'number') {
          const cell = open.sheet.getRangeByIndexes(open.top + 1 + row, open.left + column, 1, 1);
          cell.numberFormat = [['General']];
        }
        return money.value;
      });
      range.values = values.map((v) => [v]);
    }
  }
}

/**
 * A rule as Excel's DataValidationRule: a list, a whole number / decimal with an operator
 * (https://learn.microsoft.com/javascript/api/excel/excel.basicdatavalidation), or a date up to
 * TODAY(), a DateTimeDataValidation whose formula Excel works out as each entry is made, in the
 * workbook's date system (ExcelApi 1.8:
 * https://learn.microsoft.com/javascript/api/excel/excel.datetimedatavalidation).
 */
function excelRule(rule: ValidationRule): Excel.DataValidationRule {
  if ('list' in rule) return { list: { inCellDropDown: true, source: rule.list.join(',') } };
  if ('dateUpToToday' in rule) {
    return { date: { formula1: '=TODAY()', operator: 'LessThanOrEqualTo' } };
  }
  if ('decimalAbove' in rule) {
    return { decimal: { formula1: rule.decimalAbove, operator: 'GreaterThan' } };
  }
  const [formula1, formula2] = 'whole' in rule ? rule.whole : rule.decimal;
  const between = { formula1, formula2, operator: 'Between' as const };
  return 'whole' in rule ? { wholeNumber: between } : { decimal: between };
}

/**
 * Sets a range's data validation and its Stop alert, clearing what it had first: a rule is
 * set on a range without one
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation;
 * `DataValidation.clear()` and `rule`, ExcelApi 1.8:
 * https://learn.microsoft.com/javascript/api/excel/excel.datavalidation). The alert
 * is a DataValidationErrorAlert: message, showAlert, style, title
 * (https://learn.microsoft.com/javascript/api/excel/excel.datavalidationerroralert); Excel keeps
 * at most 225 characters of its message and 32 of its title
 * (https://learn.microsoft.com/openspecs/office_file_formats/ms-xlsb/b8894965-c186-4bba-8a0b-8ec2a37a1cbe).
 */
function queueValidation(range: Excel.Range, validation: CellValidation) {
  range.dataValidation.clear();
  range.dataValidation.rule = excelRule(validation.rule);
  range.dataValidation.errorAlert = {
    message: validation.message,
    showAlert: true,
    style: 'Stop',
    title: validation.title,
  };
}

/**
 * What changes in the formatting, queued: the colours of the status words the Status column
 * lacks, the widths the layout gives columns (Sync's) with their text wrapped, and each
 * column's validation when it is written anew (in another language, or because the rules
 * recorded are not today's; else only the columns `added` to the table get theirs); the
 * languages, rules and widths are recorded in the workbook, so nothing is read back.
 */
function queueFormatChanges(
  open: OpenTable,
  headers: readonly string[],
  changes: FormatChanges,
  format: SheetFormat,
  context: Excel.RequestContext,
  added: readonly string[] = [],
) {
  const indexes = columnIndexes(headers);
  const bodyOf = (key: ColumnKey) => {
    const index = indexes.get(key);
    return index === undefined
      ? undefined
      : open.table.columns.getItem(String(headers[index])).getDataBodyRange();
  };
  const status = bodyOf('status');
  for (const { word, colour } of changes.statusFormats) {
    if (!status) break;
    const colours = status.conditionalFormats.add('ContainsText');
    colours.textComparison.rule = { operator: 'Contains', text: word };
    colours.textComparison.format.font.color = colour;
    colours.textComparison.format.font.bold = true;
  }
  // RangeFormat.columnWidth and wrapText (ExcelApi 1.2 and 1.1):
  // https://learn.microsoft.com/javascript/api/excel/excel.rangeformat
  for (const [key, width] of Object.entries(changes.widen ? format.columnWidths : {})) {
    const index = indexes.get(key as ColumnKey);
    if (index === undefined) continue;
    const column = open.table.columns.getItem(String(headers[index])).getRange();
    column.format.columnWidth = width;
    column.format.wrapText = true;
  }
  for (const [key, index] of indexes) {
    if (changes.validate || added.includes(String(headers[index]))) {
      const validation = format.columnValidation(
        key,
        String(headers[index]),
        changes.formats.validation,
      );
      const body = validation && bodyOf(key);
      if (body) queueValidation(body, validation);
    }
  }
  context.workbook.settings.add(formatsSetting, JSON.stringify(changes.formats));
}

/**
 * A row's Start, Target and Current cells take the rule its KR's Kind gives them
 * (`measureValidation`): a done / not done KR's Current is a Done / Not done list, so the
 * drop-down offers the two words; any other cell has none, so "11,5 Monate" or "€2.5M" can be
 * typed. Set where the plan wrote the Kind (new rows, rows whose KR changed); on every row
 * whose rule differs from its column's when the column's rule was just written anew, or when
 * the table is an earlier version's (`measureRules`), whose cells kept the column's number rule.
 * A cell without a rule has its validation cleared:
 * https://learn.microsoft.com/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-clear-member(1)
 */
function queueMeasureCellRules(
  open: OpenTable,
  table: TableSnapshot,
  writes: readonly CellWrite[],
  changes: FormatChanges,
  format: SheetFormat,
) {
  const indexes = columnIndexes(table.headers);
  const kindColumn = indexes.get('kind');
  if (kindColumn === undefined) return;
  const written = new Set(
    writes
      .filter((write) => write.key === 'kind')
      .flatMap((write) => write.values.map((_, offset) => write.row + offset)),
  );
  const rows = changes.measureRules ? table.body.map((_, row) => row) : [...written];
  const language = changes.formats.validation;
  for (const row of rows) {
    const measure = { kind: String(table.body[row]?.[kindColumn]) };
    // The column's rule is on the cell: just written on every cell, or kept from before.
    const columnRuleHolds = changes.validate || !written.has(row);
    for (const key of measureKeys) {
      const column = indexes.get(key);
      if (column === undefined) continue;
      const header = String(table.headers[column]);
      const validation = format.measureValidation(key, measure, header, language);
      const ofColumn = format.columnValidation(key, header, language);
      if (columnRuleHolds && JSON.stringify(validation) === JSON.stringify(ofColumn)) continue;
      const cell = open.sheet.getRangeByIndexes(open.top + 1 + row, open.left + column, 1, 1);
      if (validation) queueValidation(cell, validation);
      else cell.dataValidation.clear();
    }
  }
}

/** Conditional formats, hidden columns and the frozen header of a new table. */
function queueNewTableFormatting(open: OpenTable, bodyRows: number) {
  const { table, sheet } = open;
  const coachColumn = open.left + okrColumns.findIndex((c) => c.key === 'coach');
  const firstBodyRow = open.top + 2;
  okrColumns.forEach((column, index) => {
    const tableColumn = table.columns.getItem(String(open.snapshot.headers[index]));
    const body = tableColumn.getDataBodyRange();
    if (column.hidden) tableColumn.getRange().columnHidden = true;
    if (column.key === 'progress') {
      body.numberFormat = Array.from({ length: bodyRows }, () => ['0%']);
      const bars = body.conditionalFormats.add('DataBar');
      bars.dataBar.lowerBoundRule = { type: 'Number', formula: '0' };
      bars.dataBar.upperBoundRule = { type: 'Number', formula: '1' };
    }
    if (column.key === 'objective' || column.key === 'keyResult') {
      const flags = `${columnLetter(coachColumn)}${firstBodyRow}`;
      const highlight = body.conditionalFormats.add('Custom');
      highlight.custom.rule.formula = `=ISNUMBER(SEARCH("${column.key};",$${flags}))`;
      highlight.custom.format.fill.color = coachHighlight;
    }
  });
  sheet.freezePanes.freezeRows(open.top + 1);
}

/** `0` → `A`, `27` → `AB`. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The coach-flags cell value for a row's findings: `objective;keyResult;`. */
function flagsOf(findings: readonly CellFinding[]): string {
  return findings.map((f) => `${f.column};`).join('');
}

/**
 * Adds an event handler in a batch of its own; the returned function removes it through the
 * request context it was added in, as office.js requires
 * (https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlerresult,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler).
 */
function subscribe<T>(
  run: ExcelRun,
  add: (context: Excel.RequestContext) => OfficeExtension.EventHandlerResult<T>,
): () => void {
  const subscribed = run(async (context) => {
    const handler = add(context);
    await context.sync();
    return handler;
  });
  return () => {
    void subscribed.then(
      async (handler) => {
        handler.remove();
        await handler.context.sync();
      },
      () => undefined, // never added (the binding was gone): nothing to remove
    );
  };
}

/**
 * Every flow is "queue the loads, sync once, then queue the writes and sync once" (office.js's
 * documented batching pattern,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/correlated-objects-pattern): two
 * `context.sync()` calls per method whatever the number of rows, three when the table is new.
 */
export function createOfficeWorkbook(options: OfficeWorkbookOptions): OkrWorkbook {
  const { run } = options;
  const locale = options.locale ?? 'en';

  return {
    readTable: () =>
      run(async (context) => {
        const open = await openTable(context, locale, options.dateSystem);
        return open ? tableOf(open.snapshot, open.binding, locale) : undefined;
      }),

    writeRows: async (planRows, binding) => {
      const format = await loadSheetFormat();
      return run(async (context) => {
        const found = await openTable(context, locale, options.dateSystem);
        const open = found ?? (await createTable(context, locale));
        const rows = planRows(found ? tableOf(found.snapshot, found.binding, locale) : undefined);
        const written = bindingWithRows(binding, rows);
        const plan = planWrite(open.snapshot, rows, locale);
        for (const header of plan.addHeaders) {
          open.table.columns.add(undefined, undefined, header);
          // One of the add-in's hidden columns that an earlier version's table lacks (Saved
          // progress) is hidden as a new table's are (Range.columnHidden, ExcelApi 1.2:
          // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member).
          const key = columnNamed(header);
          if (key && columnOf(key).hidden) {
            open.table.columns.getItem(header).getRange().columnHidden = true;
          }
        }
        const headers = [...open.snapshot.headers, ...plan.addHeaders];
        // Appending first keeps the delete indexes valid and never empties the table.
        if (plan.appendRows > 0) {
          open.table.rows.add(
            undefined,
            Array.from({ length: plan.appendRows }, () => headers.map(() => '')),
          );
        }
        for (const row of plan.deleteRows) open.table.rows.getItemAt(row).delete();
        const after = applyPlan(open.snapshot, plan);
        queueWrites(open, headers, plan.writes, after.body, after.body.length - plan.appendRows);
        if (!found) queueNewTableFormatting(open, after.body.length);
        // Load writes every Kind and Status cell in the pane's language: the formatting follows.
        const changes = format.formatChanges(
          found && (found.formats ?? format.earlierFormats),
          locale,
          true,
        );
        queueFormatChanges(open, headers, changes, format, context, plan.addHeaders);
        queueMeasureCellRules(open, after, plan.writes, changes, format);
        context.workbook.settings.add(bindingSetting, JSON.stringify(written));
        nameSheet(open, written);
        await context.sync();
        return tableOf(after, written, locale);
      });
    },

    updateRows: async (planUpdatesFor) => {
      const format = await loadSheetFormat();
      return run(async (context) => {
        const open = await openTable(context, locale, options.dateSystem);
        if (!open) return undefined;
        const updates = planUpdatesFor(tableOf(open.snapshot, open.binding, locale));
        const changes = format.formatChanges(open.formats ?? format.earlierFormats, locale, false);
        // An earlier version's money cells lose their number rule on this visit, even one that
        // writes nothing else.
        if (updates.length === 0 && !changes.measureRules) {
          return tableOf(open.snapshot, open.binding, locale);
        }
        const writes = planUpdates(open.snapshot, updates);
        const after = applyUpdates(open.snapshot, updates);
        // The cells as read tell which KR's cell each write is: a row added in the sheet is
        // found by its place there, its formats with it, before the KR's id it gets is written
        // (a Current typed as 2.000.000 € stays the amount in full).
        queueWrites(open, open.snapshot.headers, writes, open.snapshot.body);
        // Status words written in the pane's language are coloured, whichever wrote the table.
        const colours =
          changes.statusFormats.length > 0 && writes.some((write) => write.key === 'status');
        if (colours) {
          queueFormatChanges(open, open.snapshot.headers, changes, format, context);
        } else if (changes.measureRules) {
          const { status } = open.formats ?? format.earlierFormats;
          const formats = { ...changes.formats, status };
          context.workbook.settings.add(formatsSetting, JSON.stringify(formats));
        }
        queueMeasureCellRules(open, after, writes, changes, format);
        const binding = bindingAfter(open.binding, updates) ?? open.binding;
        if (binding !== open.binding) {
          context.workbook.settings.add(bindingSetting, JSON.stringify(binding));
        }
        await context.sync();
        return tableOf(after, binding, locale);
      });
    },

    showFindings: (planFindings) =>
      run(async (context) => {
        const open = await openTable(context, locale, options.dateSystem);
        if (!open) return;
        const findings = planFindings(tableOf(open.snapshot, open.binding, locale));
        const { headers, body } = open.snapshot;
        const indexes = columnIndexes(headers);
        const idColumn = indexes.get('keyResultId') ?? -1;
        const flagsColumn = indexes.get('coach') ?? -1;
        const cellAddress = (row: number, key: CellFinding['column']) =>
          `${columnLetter(open.left + (indexes.get(key) ?? -1))}${open.top + 2 + row}`;

        const byRow = new Map<string, CellFinding[]>();
        for (const finding of findings) {
          byRow.set(finding.keyResultId, [...(byRow.get(finding.keyResultId) ?? []), finding]);
        }
        const updates = body.flatMap((values) => {
          const id = String(values[idColumn] ?? '');
          const flags = flagsOf(byRow.get(id) ?? []);
          return id && String(values[flagsColumn] ?? '') !== flags
            ? [{ keyResultId: id, cells: { coach: flags } }]
            : [];
        });

        if (options.notes) {
          const previous = body.flatMap((values, row) =>
            String(values[flagsColumn] ?? '')
              .split(';')
              .filter(
                (key): key is CellFinding['column'] => key === 'objective' || key === 'keyResult',
              )
              .map((key) => open.sheet.notes.getItemOrNullObject(cellAddress(row, key))),
          );
          await context.sync();
          for (const note of previous) if (!note.isNullObject) note.delete();
          body.forEach((values, row) => {
            for (const finding of byRow.get(String(values[idColumn] ?? '')) ?? []) {
              open.sheet.notes.add(cellAddress(row, finding.column), notePrefix + finding.text);
            }
          });
        }
        queueWrites(open, headers, planUpdates(open.snapshot, updates), open.snapshot.body);
        await context.sync();
      }),

    // A deleted sheet (the OKR sheet itself, say) raises no onChanged, only
    // WorksheetCollection.onDeleted (ExcelApi 1.7):
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-ondeleted-member
    onUserEdit: (listener) => {
      const stops = [
        subscribe(run, (context) =>
          context.workbook.worksheets.onChanged.add(async (event) => {
            if (event.triggerSource !== 'ThisLocalAddin') listener();
          }),
        ),
        subscribe(run, (context) =>
          context.workbook.worksheets.onDeleted.add(async () => {
            listener();
          }),
        ),
      ];
      return () => stops.forEach((stop) => stop());
    },
  };
}

/**
 * Names the OKR sheet after what it holds (`okrSheetTitle`), unless the user gave it a name of
 * their own or another sheet has that name; Worksheet.name, ExcelApi 1.1:
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member
 */
function nameSheet(open: OpenTable, binding: SheetBinding) {
  const title = okrSheetTitle(binding.teamNames ?? [], binding.cycle.name);
  if (!title || title === open.sheetName || !isOkrSheetTitle(open.sheetName)) return;
  const taken = open.sheetNames.some((name) => name.toLowerCase() === title.toLowerCase());
  if (!taken) open.sheet.name = title;
}

/** Queues a new sheet (unless the user already has one by that name) with an empty table. */
async function createTable(context: Excel.RequestContext, locale: string): Promise<OpenTable> {
  const existing = context.workbook.worksheets.getItemOrNullObject(okrSheetName);
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const sheet = existing.isNullObject ? context.workbook.worksheets.add(okrSheetName) : existing;
  const headers = headersIn(locale);
  const headerRange = sheet.getRangeByIndexes(0, 0, 1, headers.length);
  headerRange.values = [headers];
  const table = sheet.tables.add(headerRange, true);
  table.name = okrTableName;
  // A table made from a header row alone shows one empty row, which the first appended row fills.
  return {
    sheet,
    sheetName: okrSheetName,
    sheetNames: sheets.items.map((item) => item.name),
    table,
    top: 0,
    left: 0,
    snapshot: { headers, body: [headers.map(() => '')], firstRow: 2 },
    formatted: new Set(),
    formattedBelow: new Set(),
    moneyFormats: new Map(),
    moneyFormatsBelow: new Map(),
  };
}

/** Binding ids the add-in creates start with this, so its bindings are told apart. */
export const cellBindingPrefix = 'okrCoach.cell.';

export interface OfficeCellBindingsOptions {
  readonly run: ExcelRun;
  /** A new unique id (`crypto.randomUUID` in the add-in). */
  readonly newId: () => string;
  /** Whether Excel tells of renamed sheets (`worksheets.onNameChanged`, ExcelApi 1.17). */
  readonly renames: boolean;
}

/**
 * The workbook setting that remembers, per cell binding, the id of the sheet its cell was on:
 * sheet ids survive a rename, so a sheet that is gone is told from one renamed without reading
 * the binding (which fails the whole batch when its sheet was deleted).
 */
export const cellSheetsSetting = 'okrCoach.cellSheets';

/** Queues the load of the binding → sheet id record; `read()` after the next sync. */
function loadSheetIds(context: Excel.RequestContext) {
  const setting = context.workbook.settings.getItemOrNullObject(cellSheetsSetting).load('value');
  return {
    read: (): Record<string, string> => {
      if (setting.isNullObject) return {};
      try {
        const parsed = JSON.parse(String(setting.value)) as unknown;
        return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
      } catch {
        return {}; // damaged: links fall back to their sheet's name
      }
    },
  };
}

function saveSheetIds(context: Excel.RequestContext, ids: Readonly<Record<string, string>>) {
  context.workbook.settings.add(cellSheetsSetting, JSON.stringify(ids));
}

/** Changes that may take a linked cell away: rows, columns or cells deleted (ExcelApi 1.7). */
const deletions = new Set<string>(['RowDeleted', 'ColumnDeleted', 'CellDeleted']);

/**
 * Cell links as Excel bindings (ExcelApi 1.1/1.2):
 * https://learn.microsoft.com/javascript/api/excel/excel.bindingcollection (add, getItem,
 * getItemOrNullObject), https://learn.microsoft.com/javascript/api/excel/excel.binding (getRange,
 * delete, onDataChanged) and
 * https://learn.microsoft.com/javascript/api/excel/excel.bindingdatachangedeventargs. A `Range`
 * binding, not a `Text` one, because only a range binding answers `getRange()`, which gives the
 * cell's typed value.
 */
export function createOfficeCellBindings(options: OfficeCellBindingsOptions): CellBindings {
  const { run } = options;

  return {
    addCellBinding: (sheetName, entry) =>
      run(async (context) => {
        const address = normalizedCellAddress(entry);
        const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName).load('id');
        const sheetIds = loadSheetIds(context);
        await context.sync();
        if (sheet.isNullObject) {
          throw new WorkbookError({ code: 'noSuchSheet', sheet: sheetName });
        }
        const bindingId = `${cellBindingPrefix}${options.newId()}`;
        context.workbook.bindings.add(sheet.getRange(address), 'Range', bindingId);
        saveSheetIds(context, { ...sheetIds.read(), [bindingId]: sheet.id });
        await context.sync();
        return { bindingId, sheet: sheetName, address };
      }),

    /**
     * Two `context.sync()` calls whatever the number of links: the first learns which bindings
     * the workbook holds and which sheets there are (by id, so a renamed sheet is told from a
     * deleted one), the second reads the cells on sheets still there, with their address now. A
     * binding follows its cell when the sheet is renamed or rows are inserted above it, so the
     * address read (sheet-qualified,
     * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-address-member)
     * says where the cell is now. A binding whose cell was deleted fails `getRange()` with
     * `InvalidBinding` (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes), which
     * fails the whole batch without saying which binding: only then is each of those links read
     * again on its own (one more sync per link), so only the truly broken one is reported.
     */
    readLinkedCells: (links) =>
      run(async (context) => {
        if (links.length === 0) return [];
        const bindings = context.workbook.bindings.load('items/id');
        const sheets = context.workbook.worksheets.load('items/id,items/name');
        const sheetIds = loadSheetIds(context);
        await context.sync();
        const here = new Set(bindings.items.map((binding) => binding.id));
        const ids = new Set(sheets.items.map((sheet) => sheet.id));
        const names = new Set(sheets.items.map((sheet) => sheet.name));
        const recorded = sheetIds.read();
        const present = links.filter((link) => here.has(link.bindingId));
        // A sheet is there when the one the cell was linked on still is (whatever its name now),
        // or for a link of an earlier version, which did not record it, one of that name.
        const standing = (link: CellLink) => {
          const sheetId = recorded[link.bindingId];
          return sheetId ? ids.has(sheetId) : names.has(link.sheet);
        };
        const read = async (standingLinks: readonly CellLink[]): Promise<LinkedCell[]> => {
          const ranges = standingLinks.map((link) =>
            context.workbook.bindings
              .getItem(link.bindingId)
              .getRange()
              .load(['values', 'address']),
          );
          if (ranges.length > 0) await context.sync();
          return standingLinks.map((link, index) => {
            const range = ranges[index]!;
            const at = { bindingId: link.bindingId, ...splitCellAddress(range.address) };
            return { link, value: range.values[0]?.[0] as CellValue, at };
          });
        };
        const onSheets = present.filter(standing);
        let cells: LinkedCell[];
        try {
          cells = await read(onSheets);
        } catch (error) {
          if (!hasErrorCode(error, 'InvalidBinding')) throw error;
          cells = [];
          for (const link of onSheets) {
            try {
              cells.push(...(await read([link])));
            } catch (single) {
              if (!hasErrorCode(single, 'InvalidBinding')) throw single;
              cells.push({ link, broken: 'cellDeleted' });
            }
          }
        }
        return present.map(
          (link) => cells.find((cell) => cell.link === link) ?? { link, broken: 'sheetDeleted' },
        );
      }),

    removeCellBinding: (bindingId) =>
      run(async (context) => {
        const binding = context.workbook.bindings.getItemOrNullObject(bindingId);
        const sheetIds = loadSheetIds(context);
        await context.sync();
        if (binding.isNullObject) return;
        binding.delete();
        const remaining = { ...sheetIds.read() };
        delete remaining[bindingId];
        saveSheetIds(context, remaining);
        await context.sync();
      }),

    // Range.address is sheet-qualified ("Sheet1!B5"); Workbook.name is the file name (ExcelApi
    // 1.7): https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
    selectedCell: () =>
      run(async (context) => {
        const range = context.workbook.getSelectedRange().load('address');
        const workbook = context.workbook.load('name');
        await context.sync();
        return { workbook: workbook.name, ...splitCellAddress(range.address) };
      }),

    onBindingDataChanged: (bindingId, listener) =>
      subscribe(run, (context) =>
        context.workbook.bindings.getItem(bindingId).onDataChanged.add(async () => {
          listener();
        }),
      ),

    // WorksheetCollection.onDeleted (ExcelApi 1.7):
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-ondeleted-member
    // and onChanged's changeType for deleted rows, columns and cells:
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-changetype-member
    onCellsRemoved: (listener) => {
      const stops = [
        subscribe(run, (context) =>
          context.workbook.worksheets.onDeleted.add(async () => {
            listener();
          }),
        ),
        subscribe(run, (context) =>
          context.workbook.worksheets.onChanged.add(async (event) => {
            if (deletions.has(event.changeType)) listener();
          }),
        ),
      ];
      return () => stops.forEach((stop) => stop());
    },

    // WorksheetCollection.onNameChanged (ExcelApi 1.17):
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onnamechanged-member
    // Without it, a rename shows on the next read (the bindings follow the sheet either way).
    onSheetRenamed: (listener) =>
      options.renames
        ? subscribe(run, (context) =>
            context.workbook.worksheets.onNameChanged.add(async () => {
              listener();
            }),
          )
        : () => undefined,
  };
}

/**
 * The workbook Excel has open, through the host's office.js port (Office is ready); `locale` is
 * Office's display language (`Office.context.displayLanguage`, through the host's context).
 */
export function createExcelWorkbook(locale: string): OkrWorkbook {
  // No `dateSystem`: Workbook.use1904DateSystem is in no released requirement set yet (see
  // openTable), so dates are read in the 1900 system until one names it.
  return createOfficeWorkbook({ run: excelRun, notes: supportsExcelApi('1.18'), locale });
}

/** The cell bindings of the workbook Excel has open, through the host's office.js port. */
export function createExcelCellBindings(): CellBindings {
  return createOfficeCellBindings({
    run: excelRun,
    newId: () => crypto.randomUUID(),
    renames: supportsExcelApi('1.17'),
  });
}
