/**
 * "Your own sheet": the layout teams that kept OKRs in a spreadsheet actually use, one row per
 * key result, recognised by its headers (any case, any order; the accepted names are
 * `ownSheetColumns`, documented in the README). The objective may be written on every row of its
 * key results or only on the first (the rows below carry it down); team and cycle likewise. A
 * key result's current value becomes one check-in, dated by the sheet's date column or else by
 * the file's date, said in the dry run as an assumption.
 */
import type { ConfidenceBand } from '../core/board-filter';
import { annualCycle } from '../core/cycle-templates';
import type { IsoDate, IsoDateTime } from '../core/model';
import type { FiscalYear } from '../core/operating-model';
import { isGroupId } from '../core/teams';
import type { CsvRow } from './csv';
import { carriedOn, cellEntries, isMultiLine } from './cell-lines';
import {
  columnsOf,
  isEmpty,
  isFormulaError,
  readUnderHeader,
  SheetValues,
  unitOfRow,
  withoutNote,
} from './sheet';
import type {
  ImportProblem,
  SourceCheckIn,
  SourceItem,
  SourceOrganisation,
  SourcePerson,
  SourcePeriod,
  SourceTeam,
} from './source';
import { reportReader, saidAs, type ReasonText, type Said } from './report-words';
import { fileRefused, sheetOrganisation } from './source';
import { dayAt, gradeOrSay, isCurrencyUnit, monthOf, parseDate } from './values';
import {
  confidenceBandOfWord,
  isStatusWord,
  measuredBy,
  notesColumnNames,
  shareOf,
  statusOfText,
} from './goal-words';
import { foldedHeader, translatedHeaders } from './translated-headers';

/** Each field's accepted header names (compared after `headerKey`: no case, spaces squeezed). */
export const ownSheetColumns = {
  // "Obj Title", as Elevo's objectives template writes it.
  objective: ['objective', 'objectives', 'objective title', 'objective name', 'obj title', 'goal'],
  keyResult: [
    'key result',
    'key results',
    'key result title',
    'key result name',
    'kr',
    'krs',
    'kr title',
    'kr name',
    // Tability's name for a key result
    // (https://guides.tability.io/docs/readme/how-does-tability-work: "Outcomes/Key Results").
    'outcome',
    'outcomes',
    'outcome title',
    'outcome name',
  ],
  // Elevo's "Login": the owner's email or user name.
  owner: [
    'owner',
    'kr owner',
    'key result owner',
    'responsible',
    'assignee',
    'assigned to',
    'login',
    // The names a goal tree reads too; Perdoo calls the person an OKR is for its Lead
    // (https://support.perdoo.com/en/articles/5157896-how-do-i-add-objectives).
    'owner name',
    'owners',
    'lead',
    'dri',
  ],
  // "Owner Email ID", as Engagedly's and PeopleCues' goal templates write it.
  ownerEmail: ['owner email', 'email', 'owner e-mail', 'e-mail', 'owner email id', 'email id'],
  objectiveOwner: ['objective owner'],
  // The work planned for a key result, listed one a line (Tability's export, many sheets).
  initiatives: ['initiative', 'initiatives'],
  // The board's export: each initiative's status, owner, due day and link, on the line of its
  // title in "Initiatives" (`initiativeColumns`).
  initiativeStatus: ['initiative status'],
  initiativeOwner: ['initiative owner'],
  initiativeDue: ['initiative due', 'initiative due date'],
  initiativeLink: ['initiative link'],
  team: ['team', 'team name', 'teams', 'department', 'department name', 'squad', 'group'],
  teamGroup: [
    'group id',
    'team group id',
    'teams group id',
    'microsoft 365 group',
    'microsoft 365 group id',
    'm365 group',
    'm365 group id',
    'office 365 group',
    'office 365 group id',
    'linked group',
  ],
  // Quantive (Gtmhub) calls its cycles sessions
  // (https://help.quantive.com/en/articles/5993028-importing-exporting-and-bulk-changing-data-in-quantive-results).
  cycle: [
    'cycle',
    'quarter',
    'period',
    'time period',
    'okr cycle',
    'timeframe',
    'time frame',
    'session',
    'okr session',
    'month',
    'goal cycle',
    'okr period',
    'okr quarter',
  ],
  cycleStart: ['cycle start', 'quarter start', 'period start', 'start date'],
  cycleEnd: ['cycle end', 'quarter end', 'period end'],
  start: ['start', 'start value', 'starting value', 'baseline', 'initial value', 'from'],
  target: ['target', 'target value', 'goal value', 'to'],
  current: ['current', 'current value', 'actual', 'actual value', 'value', 'latest value'],
  progress: [
    'progress',
    'progress %',
    '% complete',
    'percent complete',
    'completion',
    '% completion',
    'completion %',
    '% progress',
    'progress percentage',
    // Elevo's objective completion (its key results' is "KPI 1 - Completion").
    'completion of the obj in %',
  ],
  unit: ['unit', 'units', 'metric unit', 'unit of measure'],
  confidence: ['confidence', 'confidence level', 'confidence rating', 'confidence (1-10)'],
  status: ['status', 'rag', 'rag status', 'health'],
  measure: [
    'type',
    'kind',
    'kr type',
    'key result type',
    'goal type',
    'metric type',
    'measurement type',
  ],
  due: ['due', 'due date', 'due at', 'due on', 'deadline', 'target date', 'end date'],
  date: [
    'date',
    'as of',
    'updated',
    'last updated',
    'last check-in',
    'check-in date',
    'checkin date',
    'update date',
    'updated at',
    'last check in',
    'last checkin',
    'last modified',
  ],
  notes: notesColumnNames.english,
  description: ['description', 'objective description', 'why', 'details', 'objective details'],
  score: [
    'score',
    'grade',
    'final score',
    'final grade',
    'kr score',
    'key result score',
    'closing score',
  ],
  objectiveScore: [
    'objective score',
    'objective grade',
    'objective final score',
    'overall score',
    'okr score',
  ],
  commitment: ['commitment', 'objective commitment'],
  alignsTo: ['aligns to', 'aligned to', 'parent objective'],
  alignsToCycle: ['aligns to cycle', 'aligned to cycle', 'parent objective cycle', 'parent cycle'],
  // The board's export: the store it was read from and the row's items by their ids there.
  exportedFrom: ['exported from'],
  objectiveId: ['objective id'],
  keyResultId: ['key result id'],
  initiativeId: ['initiative id'],
} as const;
export type OwnSheetField = keyof typeof ownSheetColumns;

/**
 * The fields by the names German, French, Spanish and Dutch sheets give them
 * (`translated-headers.ts`), and the Excel add-in's headers in its languages (`column.*` in
 * `excel/pane-words.ts`).
 */
const translatedOwnSheetColumns: Partial<Record<OwnSheetField, readonly string[]>> = {
  ...translatedHeaders,
  cycleStart: translatedHeaders.startDate,
  notes: notesColumnNames.translated,
};

const fieldNames = Object.keys(ownSheetColumns) as OwnSheetField[];
const fieldByName = new Map<string, OwnSheetField>(
  fieldNames.flatMap((field) =>
    [...ownSheetColumns[field], ...(translatedOwnSheetColumns[field] ?? [])].map(
      (name) => [name, field] as const,
    ),
  ),
);
/** The same names without their accents, for a header written without them. */
const fieldByFoldedName = new Map<string, OwnSheetField>(
  [...fieldByName].map(([name, field]) => [foldedHeader(name), field] as const),
);
/** A field's accepted header names, as a message lists them: `"Objective", "Goal"`. */
/** A field's header names as a sheet writes them: the first letter, and KR, in capitals. */
export const listedNames = (field: OwnSheetField) =>
  ownSheetColumns[field]
    .map((name) => name.replace(/\bkr(s?)\b/g, 'KR$1'))
    .map((name) => `"${name[0]!.toUpperCase()}${name.slice(1)}"`)
    .join(', ');

/**
 * The field a header key names, if any: "Target (value)", "Confidence (1–10)", "Current [€]":
 * the name before the brackets counts.
 */
export const ownSheetFieldOf = (key: string): OwnSheetField | undefined =>
  fieldByName.get(key) ??
  fieldByName.get(withoutNote(key)) ??
  fieldByFoldedName.get(foldedHeader(key)) ??
  fieldByFoldedName.get(foldedHeader(withoutNote(key)));

/** The layout's fields found in a header row, each with its column. */
function fieldsOf(header: readonly string[]): Map<OwnSheetField, number> {
  const found = new Map<OwnSheetField, number>();
  for (const [key, index] of columnsOf(header)) {
    const field = ownSheetFieldOf(key);
    if (field && !found.has(field)) found.set(field, index);
  }
  return found;
}

/** The columns read as numbers. */
export function ownSheetNumberColumns(header: readonly string[]): number[] {
  const found = fieldsOf(header);
  return (
    ['start', 'target', 'current', 'progress', 'confidence', 'score', 'objectiveScore'] as const
  ).flatMap((field) => (found.has(field) ? [found.get(field)!] : []));
}

/** How many of a header row's columns your own sheet reads; 0 without objective and key result. */
export function ownSheetFit(header: readonly string[]): number {
  const found = fieldsOf(header);
  return found.has('objective') && found.has('keyResult') ? found.size : 0;
}

/**
 * What a header row lacks to be read as your own sheet, when it has half of what is needed;
 * `undefined` when it has neither an objective nor a key result column.
 */
export function ownSheetNeeds(header: readonly string[]): Said | undefined {
  const found = fieldsOf(header);
  if (found.has('objective') === found.has('keyResult')) return undefined;
  return found.has('objective')
    ? {
        text: 'for your own sheet it also needs a key result column (named one of {names})',
        params: { names: listedNames('keyResult') },
      }
    : {
        text: 'for your own sheet it also needs an objective column (named one of {names})',
        params: { names: listedNames('objective') },
      };
}

/**
 * `Q1 2026`, `2026 Q1`, `Q1-26`, `Q1 FY2026`, `1Q26`, `H2 2026`, `2H 2026`, `2026`, `Annual 2026`,
 * BigPicture's `Q3 Y2025`, `Y2025` (https://appfire.atlassian.net/wiki/spaces/SPM/pages/1918406659/Import+OKRs),
 * a month (`January 2026`, `Jan 2026`, `2026-01`, `01/2026`, as monthly goals are named) and a
 * quarter or half written as its months (`Jan-Mar 2026`, `Jul–Dec 2026`): calendar dates. Or the
 * cycle's first and last days, or first and last such cycles (`2026-01-01 – 2026-03-31`,
 * `01.01.2026 - 31.03.2026`, `Jan 2026 to Jun 2026`, as tools name a custom period): those dates.
 */
export function cycleDates(name: string, fiscal?: FiscalYear): CycleDates | undefined {
  return calendarCycleDates(name, fiscal) ?? cycleRangeDates(name, fiscal);
}

interface CycleDates {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** What the name says: a calendar month, quarter, half or year, or the days it names. */
  readonly calendar: 'month' | 'quarter' | 'half' | 'year' | 'range';
  /**
   * A quarter, half or year marked FY ("Q1 FY2027"): read on the organisation's fiscal year, or
   * on the calendar's where that starts in January (or none was given).
   */
  readonly fiscal?: 'onFiscalYear' | 'onCalendar';
}

function cycleRangeDates(name: string, fiscal: FiscalYear | undefined): CycleDates | undefined {
  const range = /^(.+?)\s*(?:\s[-–—]\s|–|—|\s(?:to|bis|au|al|tot)\s)\s*(.+)$/iu.exec(name.trim());
  if (!range) return undefined;
  const start = parseDate(range[1]!) ?? calendarCycleDates(range[1]!, fiscal)?.start;
  const end = parseDate(range[2]!) ?? calendarCycleDates(range[2]!, fiscal)?.end;
  return start && end && start <= end ? { start, end, calendar: 'range' } : undefined;
}

function calendarCycleDates(name: string, fiscal: FiscalYear | undefined): CycleDates | undefined {
  const text = name.trim().toLowerCase();
  const year = (digits: string) => {
    const bare = digits.replace(/^'/, '');
    return bare.length === 2 ? 2000 + Number(bare) : Number(bare);
  };
  const markedFiscal = /(?:^|[^a-z])fy/.test(text);
  const onFiscal = markedFiscal && fiscal !== undefined && fiscal.firstMonth !== 1;
  const fiscalSaid: Pick<CycleDates, 'fiscal'> = markedFiscal
    ? { fiscal: onFiscal ? 'onFiscalYear' : 'onCalendar' }
    : {};
  const day = (time: number) => new Date(time).toISOString().slice(0, 10);
  // A quarter, half or year marked FY counts its months from its fiscal year's first: Q1 FY2027
  // from July 2026 in a year starting in July, named by its end.
  const span = (firstMonth: number, months: number, inYear: number, ofYear = false) => {
    const [startYear, startMonth] =
      ofYear && onFiscal ? annualCycle(inYear, fiscal).start.split('-').map(Number) : [inYear, 1];
    const first = startMonth! - 1 + firstMonth - 1;
    return {
      start: day(Date.UTC(startYear!, first, 1)),
      end: day(Date.UTC(startYear!, first + months, 0)),
    };
  };
  // Q or T (trimestre), H or S (semestre); "1. Quartal 2026", "2e trimestre 2026" too.
  for (const [letters, words, calendar, months] of [
    ['q|t', 'quarter|quartal|trimestre|kwartaal', 'quarter', 3],
    ['h|s', 'half|semester|semestre|halbjahr', 'half', 6],
  ] as const) {
    const partFirst =
      new RegExp(
        `^(?:${letters}|(?:${words})\\s*)(\\d)[\\s\\-/,]*(?:fy|cy|y)?\\s*('?\\d{2}|\\d{4})$`,
      ).exec(text) ??
      new RegExp(`^(\\d)(?:\\.|st|nd|rd|th|er|e|º|°)?\\s*(?:${words})\\s*(\\d{4})$`).exec(text) ??
      // Finance's `1Q26`, `2H 2026`.
      new RegExp(`^(\\d)(?:${letters})[\\s\\-/]*('?\\d{2}|\\d{4})$`).exec(text);
    // `2026 Q1`, `FY2026 Q1`, `FY26 Q1` (a two-digit year after FY or CY only).
    const yearFirst = new RegExp(
      `^(?:(?:fy|cy|y)\\s*('?\\d{2})|(?:fy|cy|y)?\\s*(\\d{4}))[\\s\\-/]*(?:${letters})(\\d)$`,
    ).exec(text);
    const [part, inYear] = partFirst
      ? [partFirst[1]!, partFirst[2]!]
      : yearFirst
        ? [yearFirst[3]!, (yearFirst[1] ?? yearFirst[2])!]
        : [];
    if (part === undefined || inYear === undefined) continue;
    const number = Number(part);
    if (number < 1 || number > 12 / months) return undefined;
    return {
      ...span((number - 1) * months + 1, months, year(inYear), true),
      calendar,
      ...fiscalSaid,
    };
  }
  const whole =
    /^(?:annual|year|yearly|fy|cy|y)?\s*(\d{4})$/.exec(text) ??
    /^(?:fy|cy)\s*('?\d{2})$/.exec(text);
  if (whole) return { ...span(1, 12, year(whole[1]!), true), calendar: 'year', ...fiscalSaid };
  const monthFirst = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  const numbered = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  const [inYear, month] = numbered
    ? [numbered[1]!, numbered[2]!]
    : monthFirst
      ? [monthFirst[2]!, monthFirst[1]!]
      : [];
  if (inYear !== undefined && month !== undefined) {
    const number = Number(month);
    return number >= 1 && number <= 12
      ? { ...span(number, 1, Number(inYear)), calendar: 'month' }
      : undefined;
  }
  const months = /^(\p{L}+)\.?\s*(?:[-–—]\s*(\p{L}+)\.?)?[\s\-,]*('?\d{2}|\d{4})$/u.exec(text);
  const first = months ? monthOf(months[1]!) : undefined;
  const last = months?.[2] === undefined ? first : monthOf(months[2]);
  if (!months || first === undefined || last === undefined || last < first) return undefined;
  const count = last - first + 1;
  const calendar =
    count === 1 ? 'month' : count === 3 ? 'quarter' : count === 6 ? 'half' : undefined;
  return calendar && (first - 1) % count === 0
    ? { ...span(first, count, year(months[3]!)), calendar }
    : undefined;
}

/** `Q3 2026`, `H2 2026` or `2026` when the dates are exactly that; else the dates. */
export function cycleNameOf(start: IsoDate, end: IsoDate): string {
  const year = start.slice(0, 4);
  const half = `H${Number(start.slice(5, 7)) <= 6 ? 1 : 2} ${year}`;
  const names = [quarterOf(start), half, year];
  return (
    names.find((name) => {
      const dates = cycleDates(name);
      return dates?.start === start && dates.end === end;
    }) ?? `${start} – ${end}`
  );
}

/** The calendar quarter a day falls in, as a cycle name. */
export function quarterOf(day: IsoDate): string {
  return `Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1} ${day.slice(0, 4)}`;
}

export interface OwnSheetContext {
  /** The file's date (when it was last saved), for current values without a date column. */
  readonly fileDate?: IsoDate;
  /** The workbook tab read; one named like a cycle ("Q1 2026") is the cycle of its rows. */
  readonly sheetName?: string;
  /** The reader's locale (`en-GB`), in which the findings name days (`formatDay`). */
  readonly locale?: string;
  /** The organisation's fiscal year, on which cycles named "Q1 FY2027" or "FY26" are read. */
  readonly fiscalYear?: FiscalYear;
}

/** A key result's current value as its row writes it, with what its check-in says. */
export interface CurrentValue {
  readonly itemId: string;
  readonly value: number;
  /** The row's date, when it has one. */
  readonly at: IsoDateTime | undefined;
  readonly author: SourcePerson | undefined;
  readonly note: string;
  readonly confidence?: number | undefined;
  readonly confidenceBand?: ConfidenceBand | undefined;
  readonly status: string;
  readonly row: number;
  /** The column naming its key result, where the row holds several. */
  readonly field?: string | undefined;
  /** The header of the sheet's date column, where it has one (its cell on this row may be empty). */
  readonly dateColumn?: string | undefined;
}

/**
 * The check-in a row's current value becomes: at the row's date, else on the file's date, else
 * none; the last two said once in the dry run. A sheet without a date column is told the column
 * (`dateColumn`) that would date each value; one with a date column some of whose rows are empty
 * is told how many rows and which, and what dated them.
 */
export function currentValueCheckIns(
  file: string,
  { fileDate, locale }: OwnSheetContext,
  dateColumn: string,
  problems: ImportProblem[],
): (current: CurrentValue) => SourceCheckIn | undefined {
  /** Where the note is in `problems`, rewritten as more rows without a date are met. */
  let said: number | undefined;
  const undated: number[] = [];
  /** The sheet's date column, where it has one. */
  let dateColumnFound: string | undefined;
  const undatedSaid = (day: IsoDate): Said => ({
    text: 'The current values become check-ins dated {day:day}, the file\'s date, as the sheet has no date column (add a "{column}" column to date each one).',
    params: { day, column: dateColumn },
  });
  const saidOf = (): Said => {
    if (!dateColumnFound) {
      return fileDate
        ? undatedSaid(fileDate)
        : {
            text: 'The current values are not imported as check-ins: the sheet has no date column and the file no date. Add a "{column}" column.',
            params: { column: dateColumn },
          };
    }
    return {
      text: fileDate
        ? '{count} {count|row|rows} with a current value {count|has|have} no date in "{column}" ({count|row|rows} {rows}): {count|its current value becomes a check-in|their current values become check-ins} dated {day:day}, the file\'s date. Fill in "{column}" to date {count|it|each one}.'
        : '{count} {count|row|rows} with a current value {count|has|have} no date in "{column}" ({count|row|rows} {rows}), and the file has no date: {count|its current value is|their current values are} not imported as check-ins. Fill in "{column}" to import {count|it|them}.',
      params: {
        count: undated.length,
        column: dateColumnFound,
        ...(fileDate ? { day: fileDate } : {}),
      },
      rows: { rows: undated },
    };
  };
  const dated = (at: IsoDateTime | undefined, row: number, column: string | undefined) => {
    if (at) return at;
    undated.push(row);
    dateColumnFound ??= column;
    const note: ImportProblem = {
      file,
      ...saidAs([saidOf()], reportReader(undefined, locale ?? 'en')),
      severity: 'note',
    };
    if (said === undefined) {
      said = problems.length;
      problems.push(note);
    } else problems[said] = note;
    return fileDate ? dayAt(fileDate) : undefined;
  };
  return ({
    itemId,
    value,
    at: written,
    author,
    note,
    confidence,
    confidenceBand,
    status,
    row,
    field,
    ...rest
  }) => {
    const at = dated(written, row, rest.dateColumn);
    if (!at) return undefined;
    return {
      id: `${itemId}@${at}`,
      itemId,
      at,
      ...(author ? { author } : {}),
      note,
      value,
      ...(confidence !== undefined ? { confidence } : {}),
      ...(confidenceBand ? { confidenceBand } : {}),
      ...(status ? { status } : {}),
      where: { file, row, ...(field ? { field } : {}) },
    };
  };
}

/** The fields that say what a row's objective is, not one of its key results. */
const objectiveFields: ReadonlySet<OwnSheetField> = new Set<OwnSheetField>([
  'objective',
  'objectiveOwner',
  'team',
  'teamGroup',
  'cycle',
  'cycleStart',
  'cycleEnd',
  'description',
  'objectiveScore',
  'commitment',
  'alignsTo',
  'alignsToCycle',
]);

/**
 * What a value that cannot be read leaves out besides itself: a cycle's date the whole row; a
 * key result's confidence, due date or check-in date only that; any other value (a measure) the
 * key result.
 */
/** The columns that say, line for line, more of each initiative the "Initiatives" cell lists. */
const initiativeColumns = [
  'initiativeStatus',
  'initiativeOwner',
  'initiativeDue',
  'initiativeLink',
  'initiativeId',
] as const satisfies readonly OwnSheetField[];

const leftOutBy: Partial<Record<OwnSheetField, ReasonText>> = {
  cycleStart: 'The row is left out.',
  cycleEnd: 'The row is left out.',
  confidence: 'The confidence is left out; the key result is imported.',
  due: 'The due date is left out; the key result is imported.',
  initiativeDue: 'The due date is left out; the initiative is imported.',
  date: "The key result is imported without the row's check-in.",
  score: 'The score is left out; the key result is imported.',
  objectiveScore: "The objective's score is left out; the objective is imported.",
};

/** What a cycle named as a calendar month, quarter, half or year is taken as. */
const calendarTaken: Readonly<Record<'month' | 'quarter' | 'half' | 'year', ReasonText>> = {
  month:
    'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar month). Add "Cycle start" and "Cycle end" columns for other dates.',
  quarter:
    'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar quarter). Add "Cycle start" and "Cycle end" columns for other dates.',
  half: 'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar half). Add "Cycle start" and "Cycle end" columns for other dates.',
  year: 'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar year). Add "Cycle start" and "Cycle end" columns for other dates.',
};

/** What a cycle named as a quarter, half or year of the organisation's fiscal year is taken as. */
const fiscalTaken: Readonly<Record<'quarter' | 'half' | 'year', ReasonText>> = {
  quarter:
    'The cycle "{cycle}" is taken as {start:day} to {end:day} (a quarter of your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.',
  half: 'The cycle "{cycle}" is taken as {start:day} to {end:day} (a half of your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.',
  year: 'The cycle "{cycle}" is taken as {start:day} to {end:day} (your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.',
};

/** A cycle marked FY read on the calendar: where to set the fiscal year it may have meant. */
const fiscalUnset: ReasonText =
  'The cycle "{cycle}" is taken as {start:day} to {end:day}, on a fiscal year starting in January. Set the month yours starts in under Programme › Operating model, or add "Cycle start" and "Cycle end" columns for other dates.';

/** How a confidence may be written: out of ten, as a percentage or a share of one, or as a word. */
export const acceptedConfidences = '7, 7/10, 70%, 0.7, High, Medium, Low';

/**
 * Whether a column's confidences are shares of one (0.3, 0.75, 1.0), as a 0–1 scale writes them
 * (Atlassian's goal scores run 0.0–1.0): every number in it at most 1, one of them between 0 and
 * 1. Its 1.0 is then 10 out of ten, not 1.
 */
export function confidencesAreShares(cells: Iterable<string>): boolean {
  let between = false;
  for (const cell of cells) {
    for (const line of cell.split(/\r?\n/)) {
      const number = /^\s*(\d+(?:[.,]\d+)?)\s*$/.exec(line);
      if (!number) continue;
      const amount = Number(number[1]!.replace(',', '.'));
      if (amount > 1) return false;
      between ||= amount > 0 && amount < 1;
    }
  }
  return between;
}

/** What the dry run says of a column of confidences read as shares of one. */
export const confidenceSharesNote: ReasonText =
  'The confidences are shares of one (all 1 or less, such as 0.7): each is read out of ten, 0.7 as 7 and 1.0 as 10.';

/**
 * A confidence cell: out of ten (`7`, `7/10`; `70%` and `0.7` are 7), or the band a word says
 * (High, Medium, Low), which the plan places on the organisation's scale. `asNumber` reads the
 * cell as a number (saying why it cannot, and giving `null`); in a column of `shares` of one
 * (`confidencesAreShares`), 1 is 10 and 0 is 0.
 */
export function confidenceOfCell(
  text: string,
  asNumber: () => { readonly amount: number; readonly percent: boolean } | null | undefined,
  shares = false,
): { readonly value?: number; readonly band?: ConfidenceBand } | null {
  const band = confidenceBandOfWord(text);
  if (band) return { band };
  const outOfTen = /^(\d+(?:[.,]\d+)?)\s*\/\s*10$/.exec(text.trim());
  const read = outOfTen
    ? { amount: Number(outOfTen[1]!.replace(',', '.')), percent: false }
    : asNumber();
  if (read === null) return null;
  if (read === undefined) return {};
  const { amount, percent } = read;
  const share = !percent && (shares ? amount <= 1 : amount > 0 && amount < 1);
  return {
    value: percent || share ? Math.round((percent ? amount / 10 : amount * 10) * 10) / 10 : amount,
  };
}

export function parseOwnSheet(
  file: string,
  rows: Iterable<CsvRow>,
  values: SheetValues = new SheetValues(),
  context: OwnSheetContext = {},
): SourceOrganisation {
  const sheet = readUnderHeader(file, rows, fieldsOf);
  if (!sheet) {
    return fileRefused(file, {
      text: '{file} is empty: your own sheet starts with a header row (Objective, Key result, …).',
    });
  }
  const entries = sheet.rows.map(({ fields, line }) => ({
    cells: fields,
    line,
    columns: sheet.fields,
  }));
  return readKeyResultEntries(
    file,
    'ownSheet',
    sheet.header,
    entries,
    sheet.ignored,
    values,
    context,
  );
}

/** One key result as a sheet writes it: its row's cells, and the column each of its fields is in. */
export interface KeyResultEntry {
  readonly cells: readonly string[];
  readonly line: number;
  readonly columns: ReadonlyMap<OwnSheetField, number>;
  /** How messages name the cells it took one line of (`Key results, item 2`), by column. */
  readonly names?: ReadonlyMap<number, string>;
}

/** A value one cell holds for several key results, as a message names it. */
const oneValueOf: Partial<Record<OwnSheetField, ReasonText>> = {
  start: 'one start',
  target: 'one target',
  current: 'one current',
  progress: 'one progress',
  score: 'one score',
};

/** The fields whose one value cannot be shared by several key results listed in one cell. */
const ownValueFields: ReadonlySet<OwnSheetField> = new Set<OwnSheetField>([
  'start',
  'target',
  'current',
  'progress',
  'score',
]);

/**
 * Each key result a title cell lists one a line (`1. Grow ARR\n2. Churn below 2%`) as an entry
 * of its own, taking the same line of each other cell of its fields that lists as many; a cell
 * that lists another number of lines, or holds one value (start, target, current, progress, score) for
 * them all, is not read for them, said in the dry run. A cell of one line (an owner, a status, a
 * date) is each key result's.
 */
function* listedKeyResults(
  file: string,
  entries: Iterable<KeyResultEntry>,
  shownHeader: readonly string[],
  problems: ImportProblem[],
): Generator<KeyResultEntry> {
  for (const entry of entries) {
    const titleAt = entry.columns.get('keyResult');
    const written = titleAt === undefined ? '' : (entry.cells[titleAt] ?? '');
    if (titleAt === undefined || !isMultiLine(written)) {
      yield entry;
      continue;
    }
    const titleColumn = shownHeader[titleAt]?.trim() ?? '';
    const titleCell = cellEntries(written);
    const { marked, heading } = titleCell;
    let titles = titleCell.entries;
    if (!marked && titles.length > 1) {
      const reading = unmarkedTitles(titles, entry, titleColumn, shownHeader);
      titles = reading.titles;
      problems.push({
        file,
        row: entry.line,
        field: titleColumn,
        ...saidAs([reading.assumed]),
        severity: 'note',
      });
    }
    const say = (index: number, said: Said) =>
      problems.push({
        file,
        row: entry.line,
        field: shownHeader[index]?.trim() ?? '',
        ...saidAs([said]),
        severity: 'skipped',
      });
    if (heading !== undefined) {
      problems.push({
        file,
        row: entry.line,
        field: titleColumn,
        ...saidAs([
          {
            text: '"{heading}" is read as the heading of the key results listed under it, not as one of them.',
            params: { heading },
          },
        ]),
        severity: 'note',
      });
    }
    if (titles.length < 2) {
      const cells = [...entry.cells];
      cells[titleAt] = titles[0] ?? '';
      yield { ...entry, cells };
      continue;
    }
    /** Each cell's line for each key result, by column; `undefined` for a cell not read. */
    const lines = new Map<number, readonly string[] | undefined>();
    for (const [field, index] of entry.columns) {
      const cell = entry.cells[index] ?? '';
      if (field === 'keyResult' || objectiveFields.has(field) || isEmpty(cell)) continue;
      if (isMultiLine(cell)) {
        const listed = cellEntries(cell).entries;
        if (listed.length === titles.length) {
          lines.set(index, listed);
          continue;
        }
        lines.set(index, undefined);
        say(index, {
          text: 'The cell lists {lines} lines for the {count} key results in "{column}": which line is whose cannot be told, so none is read. Write one line for each key result, a "-" for none.',
          params: { lines: listed.length, count: titles.length, column: titleColumn },
        });
      } else if (ownValueFields.has(field) || field === 'initiatives') {
        lines.set(index, undefined);
        say(index, {
          text: 'The cell holds {one} for the {count} key results in "{column}": which one it is for cannot be told, so it is not read. Write one line for each key result, a "-" for none.',
          params: { count: titles.length, column: titleColumn },
          joined: { one: { parts: [{ text: oneValueOf[field] ?? 'one initiative' }], by: '' } },
        });
      }
    }
    for (const [item, title] of titles.entries()) {
      const cells = [...entry.cells];
      cells[titleAt] = title;
      const names = new Map([[titleAt, `${titleColumn}, item ${item + 1}`]]);
      for (const [index, listed] of lines) {
        cells[index] = listed?.[item] ?? '';
        if (listed) names.set(index, `${shownHeader[index]?.trim() ?? ''}, item ${item + 1}`);
      }
      yield { cells, line: entry.line, columns: entry.columns, names };
    }
  }
}

/**
 * A title cell of several lines without list markers: a list of key results, or one title broken
 * over lines (Alt+Enter, or a cell's wrapping typed in), told from the row. A cell beside it that
 * lists as many lines makes a list, one a line (lines starting in lower case carrying on the one
 * before, when that makes the count); else a single start, target, current value, progress or
 * score makes one title; else each line starting in lower case carries on the one before and
 * the others are key results. `assumed` says which, and why, for the dry run.
 */
function unmarkedTitles(
  lines: readonly string[],
  entry: KeyResultEntry,
  titleColumn: string,
  shownHeader: readonly string[],
): { titles: string[]; assumed: Said } {
  const beside = [...entry.columns].flatMap(([field, index]) => {
    const cell = entry.cells[index] ?? '';
    if (field === 'keyResult' || field === 'notes' || objectiveFields.has(field) || isEmpty(cell))
      return [];
    const count = isMultiLine(cell) ? cellEntries(cell).entries.length : 1;
    return [{ field, column: shownHeader[index]?.trim() ?? '', count }];
  });
  const carried = carriedOn(lines);
  const params = { lines: lines.length, column: titleColumn };
  const oneTitle = lines.join(' ');
  for (const titles of carried.length < lines.length ? [[...lines], carried] : [[...lines]]) {
    const listing = beside.find(({ count }) => count === titles.length);
    if (!listing) continue;
    return {
      titles,
      assumed: {
        text:
          titles === carried
            ? 'The {lines} lines of "{column}" are read as {count} key results, one a line (a line starting in lower case carrying on the one before), as "{listing}" lists {count} lines too. If they are one title, write it on one line.'
            : 'The {lines} lines of "{column}" are read as {count} key results, one a line, as "{listing}" lists {count} lines too. If they are one title, write it on one line.',
        params: { ...params, count: titles.length, listing: listing.column },
      },
    };
  }
  const single = beside.find(({ field, count }) => ownValueFields.has(field) && count === 1);
  if (single) {
    return {
      titles: [oneTitle],
      assumed: {
        text: 'The {lines} lines of "{column}" are read as one key result, "{title}", its title broken over lines, as "{single}" holds {one} for it. To list several key results in one cell, start each line with "1.", "•" or "-" and give each its line in "{single}".',
        params: { ...params, title: oneTitle, single: single.column },
        joined: { one: { parts: [{ text: oneValueOf[single.field]! }], by: '' } },
      },
    };
  }
  if (carried.length === 1) {
    return {
      titles: carried,
      assumed: {
        text: 'The {lines} lines of "{column}" are read as one key result, "{title}", as each line after the first starts in lower case, carrying on the one before.',
        params: { ...params, title: carried[0]! },
      },
    };
  }
  return {
    titles: carried,
    assumed: {
      text:
        carried.length < lines.length
          ? 'The {lines} lines of "{column}" are read as {count} key results, one a line (a line starting in lower case carrying on the one before): nothing else on the row says whether they are one title. If they are, write it on one line.'
          : 'The {lines} lines of "{column}" are read as {count} key results, one a line: nothing else on the row says whether they are one title. If they are, write it on one line.',
      params: { ...params, count: carried.length },
    },
  };
}

/**
 * Objectives, key results and their check-ins from a sheet's key results in order, as your own
 * sheet writes them (one a row) or a sheet of one row per objective (several a row); `noted` are
 * what reading the header already has to say; `shownHeader` names the columns in messages.
 */
export function readKeyResultEntries(
  file: string,
  format: 'ownSheet' | 'wideSheet',
  header: readonly string[],
  entries: readonly KeyResultEntry[],
  noted: readonly ImportProblem[],
  values: SheetValues,
  context: OwnSheetContext,
  shownHeader: readonly string[] = header,
): SourceOrganisation {
  const problems: ImportProblem[] = [...noted];
  const confidenceShares = confidencesAreShares(
    entries.map(({ cells, columns }) => cells[columns.get('confidence') ?? -1] ?? ''),
  );
  if (confidenceShares) {
    problems.push({ file, ...saidAs([{ text: confidenceSharesNote }]), severity: 'note' });
  }
  const teams = new Map<string, SourceTeam>();
  const periods = new Map<string, SourcePeriod>();
  const objectives = new Map<string, SourceItem>();
  const keyResults: SourceItem[] = [];
  const initiatives: SourceItem[] = [];
  const checkIns: SourceCheckIn[] = [];
  /** The group the rows below carry down while their objective cell is empty. */
  let carried: { objective: string; team: string; cycle: string } | undefined;
  const checkInOf = currentValueCheckIns(file, context, 'Date', problems);
  /** The messages in English, numbers and dates as the file's locale writes them. */
  const english = reportReader(undefined, context.locale ?? 'en');
  let saidSheetCycle = false;
  let saidDatedCycle = false;
  /** The cycle each objective's dates gave, where the sheet names none (by team and title). */
  const datedCycles = new Map<string, string>();
  let saidScores = false;
  let saidConfidenceStatus = false;
  let saidObjectiveScores = false;
  /** Each team's group cells as said once (`team|group`). */
  const saidGroups = new Set<string>();
  /** The row each team's group was read from. */
  const groupRows = new Map<string, number>();
  /** The rows whose objective score has been read (a row of several key results has one). */
  const objectiveScoreRows = new Set<number>();
  /**
   * The objective each objective aligns to, by its title in its cycle (the objective's own, unless
   * the row names another: a year's objective above a quarter's), and where it says so.
   */
  const alignsTo = new Map<
    string,
    { title: string; cycle: string; otherCycle: boolean; row: number; field: string }
  >();
  let fileCycle: string | undefined;

  for (const { cells, line, columns, names } of listedKeyResults(
    file,
    entries,
    shownHeader,
    problems,
  )) {
    /** Several key results on the row: a message names the one it means by its title's cell. */
    const several = format === 'wideSheet' || names !== undefined;
    const column = (field: OwnSheetField) => {
      const index = columns.get(field) ?? -1;
      return names?.get(index) ?? shownHeader[index]?.trim() ?? field;
    };
    const cell = (field: OwnSheetField) => (cells[columns.get(field) ?? -1] ?? '').trim();
    const problem = (
      field: OwnSheetField | undefined,
      said: readonly Said[],
      severity: 'skipped' | 'note',
    ) =>
      problems.push({
        file,
        row: line,
        // A row of several key results names the one it means by its title's column.
        ...(field && columns.has(field)
          ? { field: column(field) }
          : several && field && !objectiveFields.has(field)
            ? { field: column('keyResult') }
            : {}),
        ...saidAs(said, english),
        severity,
      });
    const unread = (field: OwnSheetField, said: Said) =>
      problem(
        field,
        [said, { text: leftOutBy[field] ?? "The row's key result is left out." }],
        'skipped',
      );
    const valueFields = ['start', 'target', 'current'] as const;
    const unit = unitOfRow(
      cell('unit'),
      valueFields.map(cell),
      valueFields.map((field) => header[columns.get(field) ?? -1] ?? ''),
    );
    const number = (field: OwnSheetField) => {
      const text = cell(field);
      const reading =
        field === 'progress'
          ? values.progress(text)
          : field === 'confidence'
            ? values.number(text, false, acceptedConfidences, 'a confidence')
            : values.number(
                text,
                (valueFields as readonly string[]).includes(field) && isCurrencyUnit(unit),
              );
      if (reading && 'error' in reading) {
        // A current value or progress a formula failed to give is no value yet: the key result
        // is imported without it (its start and target measure it).
        if ((field === 'current' || field === 'progress') && isFormulaError(text)) {
          const leftOut: ReasonText =
            field === 'current'
              ? "The current value is left out; the key result is imported without the row's check-in."
              : "The progress is left out; the key result is imported without the row's check-in.";
          problem(field, [reading.said, { text: leftOut }], 'skipped');
          return undefined;
        }
        unread(field, reading.said);
        return null;
      }
      return reading?.value;
    };
    /** A date cell's day, or nothing; what cannot be read is said where the field is read. */
    const dateSaid = (field: OwnSheetField) => {
      const reading = values.date(cell(field), columns.get(field) ?? -1, column(field));
      return reading && 'value' in reading ? reading.value : undefined;
    };
    const date = (field: OwnSheetField, read: 'dateTime' | 'date' = 'dateTime') => {
      const reading = values[read](cell(field), columns.get(field) ?? -1, column(field));
      if (reading && 'error' in reading) {
        unread(field, reading.said);
        return null;
      }
      return reading?.value;
    };

    /** The store the board's export read the row's item from, and its id there. */
    const exportedAs = (field: 'objectiveId' | 'keyResultId') =>
      cell('exportedFrom') && cell(field)
        ? { exportedFrom: cell('exportedFrom'), exportedId: cell(field) }
        : {};
    const objectiveTitle = cell('objective') || carried?.objective || '';
    const team = cell('team') || (cell('objective') ? '' : (carried?.team ?? ''));
    let cycle = cell('cycle') || (cell('objective') ? '' : (carried?.cycle ?? ''));
    if (!objectiveTitle) {
      problem(
        'objective',
        [
          {
            text: 'The row has no objective, and no row above names one: write the objective in column "{column}".',
            params: { column: column('objective') },
          },
        ],
        'skipped',
      );
      continue;
    }
    carried = { objective: objectiveTitle, team, cycle };

    // The cycle: named (dates from its name or from cycle start/end columns), the tab's name
    // when it names one, or the file's quarter.
    if (
      !cycle &&
      !columns.has('cycle') &&
      context.sheetName &&
      cycleDates(context.sheetName, context.fiscalYear)
    ) {
      cycle = context.sheetName.trim();
      if (!saidSheetCycle) {
        problems.push({
          file,
          ...saidAs([
            {
              text: 'The sheet has no cycle column: its rows go in the cycle "{cycle}", the sheet\'s name.',
              params: { cycle },
            },
          ]),
          severity: 'note',
        });
        saidSheetCycle = true;
      }
    }
    // Else the cycle the row's dates give (its cycle start, and cycle end or due date; else the
    // quarter its check-in was made in), one per objective: a tool's export names dates where a
    // sheet names its quarter, and one exported long ago is not of the quarter it is imported in.
    if (!cycle && !columns.has('cycle')) {
      const objectiveKey = `${team.toLowerCase()}|${objectiveTitle.toLowerCase()}`;
      const from = dateSaid('cycleStart');
      const to = dateSaid('cycleEnd') ?? dateSaid('due');
      const checked = dateSaid('date');
      const spanned =
        from && to && from <= to
          ? cycleNameOf(from, to)
          : to
            ? quarterOf(to)
            : checked
              ? quarterOf(checked)
              : undefined;
      cycle = datedCycles.get(objectiveKey) ?? spanned ?? '';
      if (cycle) {
        datedCycles.set(objectiveKey, cycle);
        if (!periods.has(cycle)) {
          const dates = cycleDates(cycle, context.fiscalYear) ?? { start: from!, end: to! };
          periods.set(cycle, { id: cycle, name: cycle, ...dates, at: { file, row: line } });
        }
        if (!saidDatedCycle) {
          saidDatedCycle = true;
          problems.push({
            file,
            ...saidAs([
              {
                text: 'The sheet has no cycle column: each objective goes in the cycle its first row\'s dates give (row {row}: {cycle}). Add a "Quarter" column to say otherwise.',
                params: { row: String(line), cycle },
              },
            ]),
            severity: 'note',
          });
        }
      }
    }
    if (!cycle) {
      const day = context.fileDate;
      if (!day) {
        problem(
          'cycle',
          [
            {
              text: 'The row has no cycle, and the file has no date to take one from: add a "Quarter" column (e.g. Q1 2026).',
            },
          ],
          'skipped',
        );
        continue;
      }
      cycle = fileCycle ??= quarterOf(day);
      if (periods.size === 0 && !columns.has('cycle')) {
        const said: Said = {
          text: 'The sheet has no cycle column: everything is put in {cycle}, the quarter of the file\'s date ({day:day}). Add a "Quarter" column to say otherwise.',
          params: { cycle, day },
        };
        problems.push({ file, ...saidAs([said], english), severity: 'note' });
      }
    }
    if (!periods.has(cycle)) {
      const start = date('cycleStart');
      const end = date('cycleEnd');
      if (start === null || end === null) continue;
      const named = cycleDates(cycle, context.fiscalYear);
      if (start && end) {
        periods.set(cycle, {
          id: cycle,
          name: cycle,
          start: start.slice(0, 10),
          end: end.slice(0, 10),
          at: { file, row: line },
        });
      } else if (named) {
        const { start: from, end: to, calendar, fiscal } = named;
        periods.set(cycle, {
          id: cycle,
          name: cycle,
          start: from,
          end: to,
          at: { file, row: line },
        });
        if (calendar !== 'range') {
          const taken: Said = {
            text:
              fiscal === 'onFiscalYear' && calendar !== 'month'
                ? fiscalTaken[calendar]
                : fiscal === 'onCalendar'
                  ? fiscalUnset
                  : calendarTaken[calendar],
            params: { cycle, start: from, end: to },
          };
          problem('cycle', [taken], 'note');
        }
      } else {
        problem(
          'cycle',
          [
            {
              text: 'The cycle "{cycle}" has no dates: name it like "Q1 2026", "H1 2026" or "2026", or add "Cycle start" and "Cycle end" columns. The row is left out.',
              params: { cycle },
            },
          ],
          'skipped',
        );
        continue;
      }
    }
    if (team && !teams.has(team))
      teams.set(team, { id: team, name: team, at: { file, row: line } });
    const group = cell('teamGroup');
    if (team && group && !saidGroups.has(`${team}|${group}`)) {
      saidGroups.add(`${team}|${group}`);
      const named = teams.get(team)!;
      if (!isGroupId(group)) {
        problem(
          'teamGroup',
          [
            {
              text: '"{group}" is not a Microsoft 365 group id (one looks like 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d: Teams admin center, the team, Group id). The team "{team}" is imported without its group: link it in Programme, Teams.',
              params: { group, team },
            },
          ],
          'skipped',
        );
      } else if (!named.groupId) {
        teams.set(team, { ...named, groupId: group.toLowerCase() });
        groupRows.set(team, line);
      } else if (named.groupId.toLowerCase() !== group.toLowerCase()) {
        problem(
          'teamGroup',
          [
            {
              text: 'The team "{team}" is given the group {given} on row {row}; {group} is not linked.',
              params: { team, given: named.groupId, row: String(groupRows.get(team)), group },
            },
          ],
          'skipped',
        );
      }
    }

    const objectiveKey = `${team.toLowerCase()}|${cycle.toLowerCase()}|${objectiveTitle.toLowerCase()}`;
    const objectiveId = `objective:${objectiveKey}`;
    if (!objectives.has(objectiveId)) {
      const owner = personOf(cell('objectiveOwner'), '');
      const othersOwning = otherOwnersNote(cell('objectiveOwner'));
      if (othersOwning) problem('objectiveOwner', othersOwning, 'note');
      const notAnEmail = ownerEmailNote(cell('objectiveOwner'), '');
      if (notAnEmail) problem('objectiveOwner', notAnEmail, 'note');
      const commitmentText = cell('commitment');
      const commitment = /^aspiration/i.test(commitmentText)
        ? 'aspirational'
        : /^commit/i.test(commitmentText)
          ? 'committed'
          : undefined;
      if (commitmentText && !commitment) {
        problem(
          'commitment',
          [
            {
              text: '"{commitment}" is not Committed or Aspirational; the objective is imported as committed.',
              params: { commitment: commitmentText },
            },
          ],
          'note',
        );
      }
      const parent = cell('alignsTo');
      const parentCycle = cell('alignsToCycle');
      if (parent)
        alignsTo.set(objectiveId, {
          title: parent,
          cycle: parentCycle || cycle,
          otherCycle: parentCycle !== '' && !sameName(parentCycle, cycle),
          row: line,
          field: column('alignsTo'),
        });
      objectives.set(objectiveId, {
        id: objectiveId,
        type: 'objective',
        title: objectiveTitle,
        description: cell('description'),
        ...(owner ? { owner } : {}),
        ...(commitment ? { commitment } : {}),
        teamIds: team ? [team] : [],
        periodId: cycle,
        alignments: [],
        phasedTargets: [],
        tasks: [],
        ...exportedAs('objectiveId'),
        at: { file, row: line },
      });
    }
    if (cell('objectiveScore') && !objectiveScoreRows.has(line)) {
      objectiveScoreRows.add(line);
      const objective = objectives.get(objectiveId)!;
      const score = gradeOrSay(
        number('objectiveScore'),
        (_error, said) => unread('objectiveScore', said),
        (note) => problem('objectiveScore', note, 'note'),
      );
      if (score !== undefined && objective.score === undefined) {
        objectives.set(objectiveId, { ...objective, score });
        if (!saidObjectiveScores) {
          saidObjectiveScores = true;
          problems.push({
            file,
            ...saidAs([
              {
                text: 'The objectives\' scores (column "{column}") are kept as their closing scores, on your scale; Cycle review counts them.',
                params: { column: shownHeader[columns.get('objectiveScore')!]?.trim() ?? '' },
              },
            ]),
            severity: 'note',
          });
        }
      } else if (score !== undefined && score !== objective.score) {
        problem(
          'objectiveScore',
          [
            {
              text: '{score} differs from the score {kept} given to "{objective}" on row {row}; that one is kept.',
              params: {
                score: cell('objectiveScore'),
                kept: String(objective.score),
                objective: objectiveTitle,
                row: String(objective.at.row),
              },
            },
          ],
          'skipped',
        );
      }
    }

    const title = cell('keyResult');
    if (!title) continue;
    const start = number('start');
    const target = number('target');
    const current = number('current');
    const progress = number('progress');
    // Tability's confidence is a status (On track, At risk, Off track), not a number: on a row
    // with no status of its own it is the check-in's status.
    const confidenceSaysStatus = !cell('status') && isStatusWord(cell('confidence'));
    const confidence = confidenceSaysStatus
      ? {}
      : (confidenceOfCell(cell('confidence'), () => number('confidence'), confidenceShares) ?? {});
    const due = date('due', 'date');
    const at = date('date');
    const score = gradeOrSay(
      number('score'),
      (_error, said) => unread('score', said),
      (note) => problem('score', note, 'note'),
    );
    if (start === null || target === null || current === null || progress === null) continue;
    const id = `kr:${objectiveKey}|${title.toLowerCase()}`;
    const keyResultField = several ? column('keyResult') : undefined;
    const keyResultAt = { file, row: line, ...(keyResultField ? { field: keyResultField } : {}) };

    // Percentages written both as 25% and as 0.25 in one row: the bare shares are percentages too.
    const measured = [start, target, current].filter((value) => value !== undefined);
    const percentRow = measured.some((value) => value!.percent && Math.abs(value!.amount) > 1);
    const amountOf = (
      value: { amount: number; percent: boolean } | undefined,
      field: OwnSheetField,
    ) => {
      if (!value) return undefined;
      if (percentRow && !value.percent && Math.abs(value.amount) <= 1 && value.amount !== 0) {
        problem(
          field,
          [
            {
              text: '"{text}" is read as {percent}%, as the row writes its other values as percentages.',
              params: { text: cell(field), percent: String(value.amount * 100) },
            },
          ],
          'note',
        );
        return value.amount * 100;
      }
      return value.amount;
    };
    const startValue = amountOf(start, 'start');
    const targetValue = amountOf(target, 'target');
    let currentValue = amountOf(current, 'current');
    // A percentage whose values are all shares of one (0.45) may mean 45 % or 0.45 %: said, not guessed.
    const valueOf = { start: startValue, target: targetValue, current: currentValue };
    const shares = valueFields.filter((field) => valueOf[field] !== undefined);
    if (
      unit === '%' &&
      valueFields.every((field) => !cell(field).includes('%')) &&
      shares.every((field) => Math.abs(valueOf[field]!) <= 1) &&
      shares.some((field) => !Number.isInteger(valueOf[field]))
    ) {
      problem(
        shares.includes('target') ? 'target' : shares[0],
        [
          {
            text: '{values} {count|is|are} read as {percents}. If {count|it is a share|they are shares} of one (0.45 for 45 %), write {count|it|them} as a percentage (45%) and import again.',
            params: {
              values: shares.map((field) => `${column(field)} ${cell(field)}`).join(', '),
              count: shares.length,
              percents: shares.map((field) => `${cell(field)} %`).join(', '),
            },
          },
        ],
        'note',
      );
    }
    const statusText = confidenceSaysStatus ? cell('confidence') : cell('status');
    if (confidenceSaysStatus && !saidConfidenceStatus) {
      saidConfidenceStatus = true;
      problems.push({
        file,
        ...saidAs([
          {
            text: 'The column "{column}" says statuses (such as "{status}"), not a confidence from 1 to 10: each is kept as its check-in\'s status, as a status column would be.',
            params: { column: column('confidence'), status: cell('confidence') },
          },
        ]),
        severity: 'note',
      });
    }
    const measurement = measuredBy(
      cell('measure'),
      {
        ...(startValue !== undefined ? { start: startValue } : {}),
        ...(targetValue !== undefined ? { target: targetValue } : {}),
        ...(currentValue !== undefined ? { current: currentValue } : {}),
        ...(progress ? { share: shareOf(progress) } : {}),
        unit,
        status: statusText,
        title,
      },
      (field, said) => problem(field === 'title' ? 'keyResult' : field, said, 'note'),
    );
    if (
      measurement.outcome &&
      !measurement.keyResultKind &&
      !measurement.fromTitle &&
      startValue === undefined
    ) {
      problem(
        'start',
        [{ text: 'The key result has no start (baseline); it starts from 0.' }],
        'note',
      );
    }
    currentValue = measurement.current;
    const owner = personOf(cell('owner'), cell('ownerEmail'));
    const othersOwning = otherOwnersNote(cell('owner'), cell('ownerEmail'));
    if (othersOwning) problem('owner', othersOwning, 'note');
    const notAnEmail = ownerEmailNote(cell('owner'), cell('ownerEmail'));
    if (notAnEmail) problem(cell('ownerEmail') ? 'ownerEmail' : 'owner', notAnEmail, 'note');
    keyResults.push({
      id,
      type: 'keyResult',
      title,
      description: '',
      ...(owner ? { owner } : {}),
      teamIds: team ? [team] : [],
      periodId: cycle,
      ...(due ? { end: due } : {}),
      alignments: [{ parentId: objectiveId }],
      ...(measurement.outcome ? { outcome: measurement.outcome } : {}),
      ...(measurement.keyResultKind ? { keyResultKind: measurement.keyResultKind } : {}),
      ...(score !== undefined ? { score } : {}),
      // A progress beside the current value is not stored: said where the values give another.
      ...(progress && current
        ? { writtenProgress: { value: shareOf(progress) * 100, field: column('progress') } }
        : {}),
      phasedTargets: [],
      tasks: [],
      ...exportedAs('keyResultId'),
      at: keyResultAt,
    });
    // Beside columns that say more of each (the board's export), the cell's lines are read as
    // written, blank ones kept, so that each line's title meets its status, owner… on the same line.
    const lines = (field: OwnSheetField) =>
      (cells[columns.get(field) ?? -1] ?? '').split(/\r\n|\r|\n/).map((text) => text.trim());
    const lineByLine = initiativeColumns.some((field) => columns.has(field));
    const titles = lineByLine ? lines('initiatives') : cellEntries(cell('initiatives')).entries;
    const initiativeIds = new Set<string>();
    titles.forEach((initiative, index) => {
      const initiativeId = `${id}|initiative:${initiative.toLowerCase()}`;
      if (isEmpty(initiative) || initiativeIds.has(initiativeId)) return;
      initiativeIds.add(initiativeId);
      const said = (field: (typeof initiativeColumns)[number]) =>
        lineByLine ? (lines(field)[index] ?? '') : '';
      const initiativeOwner = personOf(said('initiativeOwner'), '');
      const dueReading = values.date(
        said('initiativeDue'),
        columns.get('initiativeDue') ?? -1,
        column('initiativeDue'),
      );
      if (dueReading && 'error' in dueReading) unread('initiativeDue', dueReading.said);
      initiatives.push({
        id: initiativeId,
        type: 'initiative',
        title: initiative,
        description: '',
        ...(initiativeOwner ? { owner: initiativeOwner } : {}),
        ...(said('initiativeStatus') ? { status: said('initiativeStatus') } : {}),
        ...(dueReading && 'value' in dueReading ? { end: dueReading.value } : {}),
        ...(said('initiativeLink') ? { link: said('initiativeLink') } : {}),
        ...(cell('exportedFrom') && said('initiativeId')
          ? { exportedFrom: cell('exportedFrom'), exportedId: said('initiativeId') }
          : {}),
        teamIds: team ? [team] : [],
        periodId: cycle,
        alignments: [{ parentId: id }],
        phasedTargets: [],
        tasks: [],
        at: { file, row: line, field: column('initiatives') },
      });
    });
    if (score !== undefined && !saidScores) {
      saidScores = true;
      problems.push({
        file,
        ...saidAs([
          {
            text: 'The scores (column "{column}") are kept as the key results\' closing scores: Close a cycle proposes each in place of the score its progress earns (the reason says it was graded in this file), and Cycle review counts it; an objective of a cycle that has ended is scored from them as closing the cycle would.',
            params: { column: shownHeader[columns.get('score')!]?.trim() ?? '' },
          },
        ]),
        severity: 'note',
      });
    }

    const status = statusOfText(statusText);
    if (currentValue === undefined) {
      if (cell('notes') || statusText) {
        problem(
          'current',
          [
            {
              text: 'The key result has no current value, so its status and notes have no check-in to go with and are left out.',
            },
          ],
          'note',
        );
      }
      continue;
    }
    if (at === null) continue;
    // Not checked in yet, as the board's export writes such a key result: its start as its current
    // value and no day in the date column. No check-in is made up on the file's date.
    const neverCheckedIn =
      at === undefined &&
      columns.has('date') &&
      currentValue === startValue &&
      !cell('notes') &&
      confidence.value === undefined &&
      !confidence.band;
    if (neverCheckedIn) continue;
    const checkIn = checkInOf({
      itemId: id,
      value: currentValue,
      at,
      author: owner,
      note: cell('notes'),
      confidence: confidence.value,
      confidenceBand: confidence.band,
      status,
      row: line,
      field: keyResultField,
      dateColumn: columns.has('date') ? column('date') : undefined,
    });
    if (checkIn) checkIns.push(checkIn);
  }
  for (const [objectiveId, parent] of alignsTo) {
    const found = [...objectives.values()].filter(
      (objective) =>
        objective.id !== objectiveId &&
        sameName(objective.periodId ?? '', parent.cycle) &&
        sameName(objective.title, parent.title),
    );
    if (found.length === 1) {
      objectives.set(objectiveId, {
        ...objectives.get(objectiveId)!,
        alignments: [{ parentId: found[0]!.id }],
      });
      continue;
    }
    problems.push({
      file,
      row: parent.row,
      field: parent.field,
      ...saidAs(
        [
          {
            text:
              found.length === 0
                ? parent.otherCycle &&
                  ![...periods.keys()].some((name) => sameName(name, parent.cycle))
                  ? 'It aligns to "{title}" of the cycle "{cycle}", whose objectives are not in the file; the objective is imported without aligning to it. To keep the alignment, import the rows of "{cycle}" in the same file.'
                  : 'No objective "{title}" is in the file\'s cycle "{cycle}"; the objective is imported without aligning to it.'
                : '{count} objectives "{title}" are in the cycle "{cycle}" (in several teams): which one is meant cannot be told, so the objective is imported without aligning to it.',
            params: { title: parent.title, cycle: parent.cycle, count: found.length },
          },
        ],
        english,
      ),
      severity: 'note',
    });
  }
  const items = [...objectives.values(), ...keyResults, ...initiatives];
  return sheetOrganisation(format, { teams, periods, items, checkIns, problems });
}

/** Two names a sheet writes alike, whatever their case and the spaces around them. */
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * A person as mail clients and many tools write one, a name with the email beside it:
 * `Ana Silva <ana@contoso.com>` (RFC 5322's name-addr, https://www.rfc-editor.org/rfc/rfc5322#section-3.4),
 * `Ana Silva (ana@contoso.com)`, or a `mailto:` link (https://www.rfc-editor.org/rfc/rfc6068).
 */
const namedAddress =
  /^(?:"?([^"<>()]*?)"?\s*)?[<(]\s*(?:mailto:)?([^\s<>()@]+@[^\s<>()]+?)\s*[>)]$/i;

function nameAndAddress(written: string): SourcePerson | undefined {
  const text = written.trim().replace(/^mailto:/i, '');
  const named = namedAddress.exec(text);
  const name = named ? (named[1] ?? '').trim() : text.includes('@') ? '' : text;
  const address = named ? named[2]! : text.includes('@') ? text : '';
  if (!name && !address) return undefined;
  return { ...(name ? { name } : {}), ...(address ? { email: address } : {}) };
}

/**
 * The people written in an owner cell: names or emails joined by ";", "/", "&" or "and", or
 * written one a line, or emails by "," (Peoplebox's "Owner Emails"; a name may hold one,
 * "Bowen, Megan"), each maybe a name with its email (`Ana Silva <ana@contoso.com>`).
 */
export function peopleIn(written: string): SourcePerson[] {
  return written
    .split(/\s*(?:;|\/|&|\band\b|[\r\n])\s*/)
    .flatMap((part) =>
      part.includes('@') && !namedAddress.exec(part.trim().replace(/^mailto:/i, ''))
        ? part.split(',')
        : [part],
    )
    .map(nameAndAddress)
    .filter((person): person is SourcePerson => person !== undefined);
}

/**
 * The owner written in the owner column (the first when it lists several: `peopleIn`), and an
 * email from its own column.
 */
export function personOf(written: string, email: string): SourcePerson | undefined {
  const { name, address } = ownerWritten(written, email);
  const valid = address && isEmailAddress(address) ? address : undefined;
  // An address that is none (`ana@`) is not searched for: kept as the name where there is none.
  const shownName = name ?? (address && !valid ? address : undefined);
  if (!shownName && !valid) return undefined;
  return { ...(shownName ? { name: shownName } : {}), ...(valid ? { email: valid } : {}) };
}

function ownerWritten(written: string, email: string) {
  const owner = peopleIn(written)[0];
  const listed = peopleIn(email)[0];
  return { name: owner?.name, address: listed ? (listed.email ?? listed.name) : owner?.email };
}

/** One `@` between a local part and a domain with a dot, no spaces: `ana@contoso.com`. */
const isEmailAddress = (text: string) => /^[^\s@<>()]+@[^\s@<>().]+(?:\.[^\s@<>().]+)+$/.test(text);

/**
 * What the import does with an owner's email that is not one (`ana@`, `ana at contoso`): it is
 * not searched for in the directory, and the owner is found by name.
 */
export function ownerEmailNote(written: string, email: string): readonly Said[] | undefined {
  const { name, address } = ownerWritten(written, email);
  if (!address || isEmailAddress(address)) return undefined;
  return [
    name
      ? {
          text: '"{address}" is not an email address (accepted: ana@contoso.com, or a name with its email, Ana Silva <ana@contoso.com>): the owner is found in your directory by the name "{name}".',
          params: { address, name },
        }
      : {
          text: '"{address}" is not an email address (accepted: ana@contoso.com, or a name with its email, Ana Silva <ana@contoso.com>): it is kept as the owner\'s name, and the directory is searched by that name.',
          params: { address },
        },
  ];
}

/**
 * What an owner cell (or, without one, its email cell) naming more than one person says: the
 * key result or goal has one owner.
 */
export function otherOwnersNote(written: string, email = ''): readonly Said[] | undefined {
  const people = peopleIn(written || email);
  if (people.length < 2) return undefined;
  const shown = (person: SourcePerson) => person.name ?? person.email!;
  return [
    {
      text: 'It names {count} owners ({owners}); the first, "{first}", owns it, as each objective and key result has one owner. Name the others in its description or as owners of its key results.',
      params: {
        count: people.length,
        owners: people.map(shown).join(', '),
        first: shown(people[0]!),
      },
    },
  ];
}
