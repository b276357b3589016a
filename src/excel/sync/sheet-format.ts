import { statuses, type Status } from '../../core/model';
import { weightExclusiveMinimum } from '../../core/validation';
import { keyResultKindFromLabel, kindWordsFor } from '../../core/kind-words';
import { columnOf, okrColumns, statusColours, type ColumnKey, type MeasureKey } from './layout';
import { statusWord } from '../../core/status-words';
import { sayInSheet, sheetLanguageOf } from './sheet-words';

/*
 * The formatting that speaks the sheet's words: the Status column's colours (a conditional
 * format per status word) and the data validation's lists and alerts. Both workbooks (office.js
 * and the simulator) plan it here, so a pane in another language than the sheet's keeps its
 * colours and alerts right.
 */

/** What a workbook records of its formatting's languages (a workbook setting in Excel). */
export interface SheetFormats {
  /** The languages whose status words the Status column colours. */
  readonly status: readonly string[];
  /** The language of the data validation's lists and alerts. */
  readonly validation: string;
  /**
   * The rule each column's validation was written with; absent for a table written before they
   * were recorded, whose rules may be an earlier version's (a Weight taking 0, say).
   */
  readonly rules?: ColumnRules;
  /** The widths the pane gave columns (layout `width`); absent for a table it gave none. */
  readonly widths?: ColumnWidths;
  /**
   * Which rules every row's Start, Target and Current cells have (`measureValidation`):
   * `measureRulesVersion`, today's (no number rule, so "11,5 Monate" or "2,5 €" can be typed);
   * `true`, an earlier version's, whose cells of a KR not counted in money kept the column's
   * number rule; absent, an earlier one still, whose money cells kept it too.
   */
  readonly measureRulesByRow?: true | typeof measureRulesVersion;
}

/** The `measureRulesByRow` of a table whose rows have today's measure rules. */
export const measureRulesVersion = 2;

/** A table made before the sheet's words followed the pane: its formats are English. */
export const earlierFormats: SheetFormats = { status: ['en'], validation: 'en' };

/** One status's colour, for the cells whose text contains its word (case ignored, as Excel). */
export interface StatusFormat {
  readonly status: Status;
  readonly word: string;
  readonly colour: string;
}

export type ValidationRule =
  | { readonly list: readonly string[] }
  | { readonly whole: readonly [number, number] }
  | { readonly decimal: readonly [number, number] }
  /** A decimal above `decimalAbove`, not equal to it (the store's rule for a weight). */
  | { readonly decimalAbove: number }
  /** A date no later than today (Excel's TODAY() when the entry is made). */
  | { readonly dateUpToToday: true };

/** The rule of each column that has a data validation, by layout column. */
export type ColumnRules = Readonly<Partial<Record<ColumnKey, ValidationRule>>>;

/** The width of each column the layout gives one, in points. */
export type ColumnWidths = Readonly<Partial<Record<ColumnKey, number>>>;

/** The widths the layout gives (the Sync column's). */
export const columnWidths: ColumnWidths = Object.fromEntries(
  okrColumns.flatMap(({ key, width }) => (width === undefined ? [] : [[key, width]])),
);

/** A data validation rule and its Stop alert (title: the column's header as the table has it). */
export interface CellValidation {
  readonly rule: ValidationRule;
  readonly title: string;
  readonly message: string;
}

export interface FormatChanges {
  /** The languages recorded once the changes are made. */
  readonly formats: SheetFormats;
  /** Colours for status words the Status column does not colour yet. */
  readonly statusFormats: readonly StatusFormat[];
  /** Whether each column's data validation is written anew, in `formats.validation`. */
  readonly validate: boolean;
  /**
   * Whether the columns the layout gives a width get it, their text wrapped: a new table, or
   * on a Load one whose recorded widths are not the layout's (a width the user gives a column
   * afterwards is theirs: a refresh keeps it).
   */
  readonly widen: boolean;
  /**
   * Whether every row's Start, Target and Current cells are given their rule anew, a table of
   * an earlier version's money cells losing the column's number rule: on any write, Load,
   * refresh or send, since the rules are not read back to tell which cells still have it.
   */
  readonly measureRules: boolean;
}

/** The colours of one language's status words. */
export function statusFormatsIn(language: string): StatusFormat[] {
  return statuses.map((status) => ({
    status,
    word: statusWord(status, language),
    colour: statusColours[status],
  }));
}

/** The rules the columns' validation takes today in a language (Current: its number rule). */
export function columnRules(language: string): ColumnRules {
  return Object.fromEntries(
    okrColumns.flatMap(({ key }) => {
      const validation = columnValidation(key, key, language);
      return validation ? [[key, validation.rule]] : [];
    }),
  );
}

const same = <T>(recorded: T | undefined, today: T) =>
  recorded !== undefined && JSON.stringify(recorded) === JSON.stringify(today);

/**
 * What a write in `locale` changes in a table's formatting: a new table (`before` undefined)
 * gets all of it in the locale's language; a table gets the colours of the locale's status
 * words when it lacks them, and with `rewrite` (a Load, which writes every Kind and Status
 * cell in that language) its validation in that language, and anew when the rules it recorded
 * are not today's (or none: an earlier version's table, whose Weight took 0), and the layout's
 * column widths when it has not had them. Any write gives an earlier version's table its rows'
 * measure rules (`measureRules`).
 */
export function formatChanges(
  before: SheetFormats | undefined,
  locale: string,
  rewrite: boolean,
): FormatChanges {
  const language = sheetLanguageOf(locale);
  const rules = columnRules(language);
  if (!before) {
    return {
      formats: {
        status: [language],
        validation: language,
        rules,
        widths: columnWidths,
        measureRulesByRow: measureRulesVersion,
      },
      statusFormats: statusFormatsIn(language),
      validate: true,
      widen: true,
      measureRules: true,
    };
  }
  const colours = !before.status.includes(language);
  const validate = rewrite && (before.validation !== language || !same(before.rules, rules));
  const widen = rewrite && !same(before.widths, columnWidths);
  return {
    formats: {
      status: colours ? [...before.status, language] : before.status,
      validation: validate ? language : before.validation,
      rules: validate ? rules : before.rules,
      widths: widen ? columnWidths : before.widths,
      measureRulesByRow: measureRulesVersion,
    },
    statusFormats: colours ? statusFormatsIn(language) : [],
    validate,
    widen,
    measureRules: validate || before.measureRulesByRow !== measureRulesVersion,
  };
}

/** The colour a Status cell takes: the first status format whose word its text contains. */
export function statusColourOf(text: string, formats: SheetFormats): string | undefined {
  const lower = text.toLowerCase();
  return formats.status
    .flatMap(statusFormatsIn)
    .find((format) => lower.includes(format.word.toLowerCase()))?.colour;
}

/**
 * The value a number column's alert gives as an example, one its cells take: a weight above 0,
 * a confidence on the 1–10 scale, else a number with decimals (written with the language's
 * decimal sign, as it is typed there).
 */
const exampleValues: Partial<Record<ColumnKey, number>> = { weight: 1, confidence: 7 };

/**
 * A column's data validation in a language: Kind's list, Confidence 1–10, a weight above what
 * the store takes, numbers; none on the add-in's hidden columns.
 */
export function columnValidation(
  key: ColumnKey,
  header: string,
  language: string,
): CellValidation | undefined {
  // The add-in's own hidden cells take no typing: no rule, no alert.
  if (columnOf(key).hidden) return undefined;
  const column = { column: header, example: exampleValues[key] ?? 42.5 };
  if (key === 'kind') {
    const words = Object.values(kindWordsFor(language).kinds);
    const message = sayInSheet('validation.kind', language, { words: words.join(', ') });
    return { rule: { list: words }, title: header, message };
  }
  if (key === 'weight') {
    const above = { ...column, above: weightExclusiveMinimum };
    const message = sayInSheet('validation.weight', language, above);
    return { rule: { decimalAbove: weightExclusiveMinimum }, title: header, message };
  }
  const { type } = columnOf(key);
  if (type === 'whole') {
    const message = sayInSheet('validation.confidence', language, column);
    return { rule: { whole: [1, 10] }, title: header, message };
  }
  if (type === 'number') {
    const message = sayInSheet('validation.number', language, column);
    return { rule: { decimal: [-1e15, 1e15] }, title: header, message };
  }
  if (type === 'date') {
    // The add-in takes a day of the cycle up to today (`isCheckInDay`); the cycle's first day is
    // the binding's, not the column's, so Excel refuses what is no date or after today, and the
    // row's Sync cell says a day before the cycle.
    const message = sayInSheet('validation.checkInDate', language, { column: header });
    return { rule: { dateUpToToday: true }, title: header, message };
  }
  return undefined;
}

/**
 * A row's Start, Target or Current cell's rule, by the row's Kind: a done / not done KR's Current
 * is a Done / Not done list. Any other has none, so a value is typed as the add-in reads it, a
 * number, the KR's unit after it ("11,5 Monate", "42 customers") or an amount as the board writes
 * it ("€2.5M", "2,35 Mio. €"), all of which Excel's number rule refuses: the add-in reads it,
 * and says in the row's Sync cell what it cannot read.
 */
export function measureValidation(
  key: MeasureKey,
  row: { readonly kind: string },
  header: string,
  language: string,
): CellValidation | undefined {
  if (key === 'current' && keyResultKindFromLabel(row.kind) === 'binary') {
    const { done, notDone } = kindWordsFor(language);
    const message = sayInSheet('validation.doneOrNotDone', language, { done, notDone });
    return { rule: { list: [done, notDone] }, title: header, message };
  }
  return undefined;
}

/**
 * Whether a typed entry passes a validation (a blank one always does, as in Excel); a date is
 * the serial Excel keeps, `today` today's in the workbook's date system.
 */
export function passes(
  validation: CellValidation,
  value: string | number | boolean,
  today: number,
): boolean {
  if (typeof value === 'string' && value.trim() === '') return true;
  const { rule } = validation;
  if ('list' in rule) {
    const text = String(value).trim().toLowerCase();
    return rule.list.some((word) => word.toLowerCase() === text);
  }
  if (typeof value !== 'number') return false;
  if ('dateUpToToday' in rule) return Math.floor(value) <= today;
  if ('decimalAbove' in rule) return value > rule.decimalAbove;
  const [low, high] = 'whole' in rule ? rule.whole : rule.decimal;
  if (value < low || value > high) return false;
  return 'decimal' in rule || Number.isInteger(value);
}
