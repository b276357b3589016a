/**
 * Goal trees exported from other OKR and goal tools (Lattice, Asana, 15Five, Leapsome,
 * Betterworks, Peoplebox): one row per goal, each naming its parent goal, by name or, where the
 * export has an id column, by id. Read the way the OKR method reads a tree: a goal with children
 * is an objective, aligned to its parent when it has one; a goal without children is a key
 * result of its parent, or, at the top and measured, one of the "Key results without an
 * objective"; a top-level goal with neither children nor a measure is an objective still to get
 * its key results. A tree that does not hold (a parent not in the file, a parent named by a name
 * several goals have, a goal its own ancestor) is refused whole, each place named.
 */
import type { CsvRow } from './csv';
import { reportReader, saidAs, type Said } from './report-words';
import {
  initiativeStatusOfText,
  measuredBy,
  measureOfText,
  roleOfText,
  shareOf,
  isStatusWord,
  notesColumnNames,
  statusOfText,
  type GoalRole,
} from './goal-words';
import {
  acceptedConfidences,
  confidenceOfCell,
  confidenceSharesNote,
  confidencesAreShares,
  currentValueCheckIns,
  cycleDates,
  cycleNameOf,
  ownSheetFit,
  otherOwnersNote,
  ownerEmailNote,
  personOf,
  quarterOf,
  type OwnSheetContext,
} from './own-sheet';
import {
  columnsOf,
  headerKey,
  ignoredColumns,
  readUnderHeader,
  SheetValues,
  type Reading,
  unitOfRow,
  withoutNote,
} from './sheet';
import {
  fileError,
  fileRefused,
  layoutsAccepted,
  sheetOrganisation,
  type ImportProblem,
  type SourceCheckIn,
  type SourceItem,
  type SourceOrganisation,
  type SourcePeriod,
  type SourceTeam,
} from './source';
import { outlineCells, readIndentedOutline, type IndentedOutline } from './indented-outline';
import { foldedHeader, translatedHeaders } from './translated-headers';

/**
 * Each field's accepted header names (compared as `headerKey` does: no case, `owner_email` and `ownerEmail` as `owner email`), as the
 * tools' exports and bulk-import templates name them.
 */
export const goalTreeColumns = {
  name: [
    'goal',
    'goal name',
    'goal title',
    'name',
    'title',
    'objective',
    'objective name',
    'objective title',
    'okr',
    'okr name',
    // Jira's, and Jira apps' such as BigPicture's OKR import (Order, Type, Summary).
    'summary',
  ],
  id: [
    'id',
    'goal id',
    'row id',
    'objective id',
    'okr id',
    'goal identifier',
    // Jira's CSV export: each issue's key (ENG-12) and number (10012), its parent's number in
    // "Parent" (older exports: "Parent id"), an epic's key in "Custom field (Epic Link)".
    'issue key',
    'work item key',
    'key',
    // monday.com's board export with item identifiers: each row's "item_id", a subitem's
    // "parent_item_id" (https://developer.monday.com/api-reference/reference/board-export-other-types).
    'item id',
  ],
  altId: ['issue id', 'work item id'],
  parent: [
    'parent',
    'parent goal',
    'parent goal name',
    'parent goal title',
    'parent name',
    'parent objective',
    'parent goals',
    'parent objectives',
    'parent okr',
    'contributes to',
  ],
  parentId: [
    'parent id',
    'parent item id',
    'parent goal id',
    'parent row id',
    'parent row ids',
    'parent objective id',
    'parent okr id',
  ],
  /** An epic's or a plan's issue key a Jira issue sits under, where its Parent is empty. */
  epicLink: ['epic link', 'parent link'],
  /** Jira's "Parent summary": only to name a parent the export left out. */
  parentName: ['parent summary'],
  /**
   * An outline number placing each goal under the one its number extends (1, 1.1, 1.1.1), as
   * BigPicture's OKR import orders them
   * (https://appfire.atlassian.net/wiki/spaces/SPM/pages/1918406659/Import+OKRs).
   */
  outline: [
    'order',
    'outline',
    'outline number',
    'wbs',
    'wbs number',
    'no',
    'no.',
    'nr',
    'nr.',
    '#',
    'okr number',
    'okr no',
    'goal number',
  ],
  /** A depth (1, 2, 3) placing each goal under the nearest row above it one level up. */
  level: ['level', 'outline level', 'hierarchy level', 'depth', 'indent', 'indent level'],
  measure: [
    'type',
    'goal type',
    'kr type',
    'key result type',
    'okr type',
    'metric type',
    'measurement type',
    'check-in type',
    // Jira's (renamed "Work type" in 2025).
    'issue type',
    'work type',
    'work item type',
  ],
  owner: ['owner', 'owner name', 'goal owner', 'owners', 'lead', 'assignee', 'responsible'],
  ownerEmail: [
    'owner email',
    'owner e-mail',
    'owner emails',
    'owner email id',
    'email',
    'email id',
  ],
  // "Entity", as the import template of Ally (Viva Goals before Microsoft bought it) names the
  // organisation, team or teams (one a line) an OKR is set for, or "Individual" for a person's own
  // (https://help.ally.io/en/articles/5221009-filling-okr-templates-when-your-objectives-are-aspirational-and-key-results-are-measurable).
  // "department name" too: Lattice's goal names its department by reference, `{ id, name }`.
  team: [
    'team',
    'team name',
    'teams',
    'department',
    'department name',
    'departments',
    'group',
    'squad',
    'entity',
  ],
  // Quantive's sessions, as in your own sheet.
  cycle: [
    'cycle',
    'goal cycle',
    'okr cycle',
    'period',
    'time period',
    'quarter',
    'timeframe',
    'time frame',
    'session',
    'okr session',
    'month',
  ],
  startDate: [
    'start date',
    'start',
    'starts',
    'starts on',
    'created at',
    'target start',
    'expected start date',
  ],
  dueDate: [
    'due date',
    'due',
    'due at',
    'end date',
    'end',
    'ends',
    'deadline',
    'target date',
    'target end',
    'expected end date',
  ],
  start: [
    'start value',
    'starting value',
    'initial value',
    'baseline',
    'starting amount',
    'metric start value',
  ],
  target: ['target value', 'target', 'goal value', 'ending amount', 'metric target value'],
  current: ['current value', 'current', 'actual', 'actual value', 'current amount', 'value'],
  progress: [
    'progress',
    'progress %',
    '% complete',
    'percent complete',
    'completion',
    '% completion',
  ],
  unit: ['unit', 'units', 'metric unit', 'unit of measure', 'metric name', 'amount type'],
  status: ['status', 'progress status', 'health', 'rag', 'rag status'],
  // WorkBoard's key results carry a "confidence rating"
  // (https://support.workboard.com/hc/en-us/articles/10712717073805-Create-Scorecards).
  confidence: ['confidence', 'confidence level', 'confidence rating'],
  /** Jira's status category (To Do, In Progress, Done) over a workflow's own status names. */
  statusCategory: ['status category'],
  date: ['last updated', 'updated', 'updated at', 'last check-in', 'check-in date', 'as of'],
  notes: ['notes', 'note', 'comment', 'comments', 'latest update', ...notesColumnNames.translated],
  description: ['description', 'details', 'goal description'],
} as const;
type GoalField = keyof typeof goalTreeColumns;

/** The fields by the names German, French and Spanish exports give them. */
const translatedGoalTreeColumns: Partial<Record<GoalField, readonly string[]>> = {
  name: translatedHeaders.objective,
  parent: translatedHeaders.alignsTo,
  owner: translatedHeaders.owner,
  ownerEmail: translatedHeaders.ownerEmail,
  team: translatedHeaders.team,
  cycle: translatedHeaders.cycle,
  startDate: translatedHeaders.startDate,
  dueDate: translatedHeaders.due,
  start: translatedHeaders.start,
  target: translatedHeaders.target,
  current: translatedHeaders.current,
  progress: translatedHeaders.progress,
  unit: translatedHeaders.unit,
  status: translatedHeaders.status,
  confidence: translatedHeaders.confidence,
  measure: translatedHeaders.measure,
  date: translatedHeaders.date,
  description: translatedHeaders.description,
};

const fieldByName = new Map<string, GoalField>(
  (Object.keys(goalTreeColumns) as GoalField[]).flatMap((field) =>
    [...goalTreeColumns[field], ...(translatedGoalTreeColumns[field] ?? [])].map(
      (name) => [foldedHeader(name), field] as const,
    ),
  ),
);
/** A field by its header key, accents aside (`Responsable`, `Fecha de vencimiento`). */
const fieldOf = { get: (key: string) => fieldByName.get(foldedHeader(key)) };

/**
 * A field named after the goal it is of, as Cornerstone's goal load names its columns (`Goal Start
 * Date`, `Goal % Completion`: https://help.csod.com/help/csod_0/Content/Edge/Import/Edge_Import_Loads/Performance_Loads/Edge_Import_-_User_Goals_Load.htm),
 * is read as the field, where the whole name is not one already (`Goal value` is a target).
 */
const goalPrefix = /^(?:goal|okr)\s+/;

/** Jira writes its custom fields as `Custom field (Start date)`: read as the name in brackets. */
const customField = (key: string) => /^custom field \((.+)\)$/.exec(key)?.[1];

function fieldsOf(header: readonly string[]): Map<GoalField, number> {
  const found = new Map<GoalField, number>();
  for (const [key, index] of columnsOf(header)) {
    const custom = customField(key);
    const field =
      fieldOf.get(key) ??
      fieldOf.get(withoutNote(key)) ??
      (custom && fieldOf.get(custom)) ??
      fieldOf.get(key.replace(goalPrefix, ''));
    if (field && !found.has(field)) found.set(field, index);
  }
  return found;
}

/**
 * How many of a header row's columns a goal tree reads; 0 without a goal column and a column
 * that can place goals (a parent, an outline number, a level, or a type saying which goals are
 * objectives), or with a key result column (that is your own sheet).
 */
export function goalTreeFit(header: readonly string[]): number {
  const found = fieldsOf(header);
  const outline = outlineColumnsOf(header);
  if (!found.has('name') && outline.length > 0 && !ownSheetFit(header)) {
    return found.size + outline.length;
  }
  const placed = (['parent', 'parentId', 'epicLink', 'outline', 'level', 'measure'] as const).some(
    (field) => found.has(field),
  );
  return found.has('name') && placed && !ownSheetFit(header) ? found.size : 0;
}

/**
 * Whether a header row with a goal column and nothing else to place the goals (no parent,
 * outline number, level or type) heads a goal list whose rows (`below`) indent the key results
 * under their objectives in that column: a goal tree too, read as an outline.
 */
export function isIndentedGoalList(header: readonly string[], below: readonly CsvRow[]): boolean {
  const found = fieldsOf(header);
  const name = found.get('name');
  if (name === undefined || goalTreeFit(header) > 0 || ownSheetFit(header) > 0) return false;
  const filled = below.filter((row) => row.fields.some((cell) => cell.trim() !== ''));
  return readIndentedOutline(outlineCells(filled, name)) !== undefined;
}

/**
 * The header a goal list written as an outline without one is read under: its only column the
 * goals'. Line 0 is no row of a file, so the rows under it keep their own numbers.
 */
export const headerlessOutlineHeader: CsvRow = { line: 0, fields: ['Goal'] };

/**
 * Whether a sheet's first filled rows, none a header the import knows, are a goal list written
 * as an outline without a header row: one column only, its first row not indented, and rows
 * indented under others (`readIndentedOutline`). Its first row is then the first objective.
 */
export function isHeaderlessOutline(rows: readonly CsvRow[]): boolean {
  const first = rows[0];
  const oneColumn = rows.every((row) => row.fields.every((cell, at) => at === 0 || !cell.trim()));
  if (!first || !oneColumn) return false;
  return readIndentedOutline(outlineCells(rows, 0))?.places.get(first.line)?.depth === 0;
}

/** A goal list written as an outline without a header row, read under `headerlessOutlineHeader`. */
export const parseHeaderlessOutline: typeof parseGoalTree = (file, rows, values, context) =>
  parseGoalTree(file, [headerlessOutlineHeader, ...rows], values, context);

const roleWords = 'Objective, Goal; Key result, KR, Milestone, Outcome';
const initiativeWords = 'Initiative, Project, Task';

/** What a goal tree accepts to place each goal, for the messages that say it is missing. */
const placesSaid: Said = {
  text: 'a parent column naming each goal\'s parent ("Parent goal", "Parent", "Contributes to"; or "Parent ID" by its id); or an outline column numbering the goals 1, 1.1, 1.2 ("Order", "Outline", "No.", "#", "WBS"); or a level column giving their depth 1, 2, 3 ("Level", "Depth", "Indent"), each goal below its parent; or a type column saying on each row whether it is an objective or a key result ({roles}), each key result below its objective (and an initiative, {initiatives}, below its key result)',
  params: { roles: roleWords, initiatives: initiativeWords },
};

/**
 * What a header row with a goal column (one named for goals, objectives or OKRs, not a bare
 * "Name") lacks to be read as a goal tree; `undefined` for any other header.
 */
export function goalTreeNeeds(header: readonly string[]): Said | undefined {
  const found = fieldsOf(header);
  const named = header[found.get('name') ?? -1];
  if (!named || !/goal|objective|okr/i.test(named)) return undefined;
  if (goalTreeFit(header) > 0) return undefined;
  return {
    text: 'for a goal tree it also needs {places}',
    joined: { places: { parts: [placesSaid], by: '' } },
  };
}

export function goalTreeNumberColumns(header: readonly string[]): number[] {
  const found = fieldsOf(header);
  return (['start', 'target', 'current', 'progress'] as const).flatMap((field) =>
    found.has(field) ? [found.get(field)!] : [],
  );
}

/**
 * Columns that each hold the goals of one depth, an outline laid out across the sheet: Goalscape
 * writes its main goal under "Main" and each subgoal under "L1" … "Ln", one goal a row, in tree
 * order (https://goalscape.tenderapp.com/kb/general-questions/requirements-for-goalscape-csv-import-source-file);
 * others "Level 1", "Level 2". Two or more, left to right by depth, or none.
 */
function outlineColumnsOf(header: readonly string[]): number[] {
  const depthOf = (name: string) => {
    const key = headerKey(name);
    if (key === 'main' || key === 'main goal') return 0;
    const level = /^(?:l|level ?)(\d{1,2})$/.exec(key)?.[1];
    return level === undefined ? undefined : Number(level);
  };
  const columns = header.flatMap((name, index) => {
    const depth = depthOf(name);
    return depth === undefined ? [] : [{ index, depth }];
  });
  const inOrder = columns.every(
    (column, at) => at === 0 || column.depth === columns[at - 1]!.depth + 1,
  );
  return columns.length >= 2 && inOrder ? columns.map((column) => column.index) : [];
}

/**
 * A sheet whose goals stand in outline columns, read as a goal list with a name and a level
 * column: each row's goal is the first cell filled among them, its level that column's place.
 * The outline columns are left unnamed, so they are not said to be ignored.
 */
function fromOutlineColumns(rows: Iterable<CsvRow>): Iterable<CsvRow> {
  const all = [...rows];
  const filled = (row: CsvRow) => row.fields.some((cell) => cell.trim() !== '');
  const header = all.find(filled);
  const outline =
    header && !fieldsOf(header.fields).has('name') ? outlineColumnsOf(header.fields) : [];
  if (outline.length === 0) return all;
  return all.map((row) => {
    if (row === header) {
      const names = row.fields.map((name, index) => (outline.includes(index) ? '' : name));
      return { ...row, fields: [...names, 'Goal name', 'Outline level'] };
    }
    const at = outline.findIndex((index) => (row.fields[index] ?? '').trim() !== '');
    if (!filled(row)) return row;
    return {
      ...row,
      fields: [...row.fields, at < 0 ? '' : row.fields[outline[at]!]!, at < 0 ? '' : `${at + 1}`],
    };
  });
}

/** Why a cell could not be read. */
type Unread = Extract<Reading<unknown>, { readonly error: string }>;

interface GoalRow {
  readonly line: number;
  readonly cells: readonly string[];
  readonly name: string;
}

/** A refusal in sentences the reader's language says too. */
const refusedAs = (row: number, field: string, said: Said): Refusal => ({ row, field, said });

/** A parent reference that does not hold, at its row and column, to say in the reader's language. */
interface Refusal {
  readonly row: number;
  readonly field: string;
  readonly said: Said;
}

/**
 * How often a tool's cycles come round, written where a cycle's name would be (Peoplebox's
 * "Goal Cycle": https://help.peoplebox.ai/hc/peoplebox-help-center/articles/1756218434-goals-import-via-csv-v2).
 */
const cadence =
  /^\s*(?:weekly|monthly|quarterly|half[- ]?yearly|semi[- ]?annual(?:ly)?|bi-?annual(?:ly)?|annual(?:ly)?|yearly)\s*$/i;

interface RowPlacing {
  readonly cellOf: (goal: GoalRow, field: GoalField) => string;
  readonly column: (field: GoalField) => string;
  readonly fields: ReadonlyMap<GoalField, number>;
  /** What each goal is, where the type column says which goals are objectives and which key results. */
  readonly roleOf?: (goal: GoalRow) => GoalRole | undefined;
  /** The goal column read as an outline by its indentation, where nothing else places the goals. */
  readonly outline?: IndentedOutline;
}

/** Where goals sit: each one's parent, the trees that do not hold, the rows left out. */
interface Placing {
  readonly parents: Map<GoalRow, GoalRow>;
  readonly refusals: Refusal[];
  readonly leftOut: LeftOut[];
  /** The goals as placed by an indented outline: titles without their indent, and their depth. */
  readonly indented?: ReadonlyMap<GoalRow, number>;
}

/** A row the sheet cannot place, and why. */
interface LeftOut {
  readonly goal: GoalRow;
  readonly said: Said;
}

/**
 * What a Jira issue type is in an export without an OKR app's Objective type: an epic (and the
 * initiative Jira Premium plans above epics) an objective, a sub-task an initiative of its issue,
 * any other issue (story, task, bug) a key result of its epic, done when its status is Done.
 * Jira Cloud's CSV export writes one row per issue with its Issue key, Issue id, Parent (the
 * parent's Issue id), Issue Type, Summary, Status, Assignee and Due date, custom fields as
 * "Custom field (Name)" and a field with several values as the same header repeated
 * (https://support.atlassian.com/jira-software-cloud/docs/export-issues/; the issue fields as the
 * data pipeline names them: https://confluence.atlassian.com/adminjiraserver0816/data-pipeline-export-schema-1063165071.html).
 */
function jiraIssueRole(type: string): GoalRole {
  const key = type.toLowerCase().replace(/[\s_-]+/g, '');
  if (key === 'epic' || key === 'initiative') return 'objective';
  if (key === 'subtask') return 'initiative';
  return 'keyResult';
}

/**
 * A Jira issue's status as done or not: its status category where the export has one (a
 * workflow's own "Shipped" is in the Done category), else its status ("Closed" and "Resolved"
 * are done in Jira's own workflows).
 */
function jiraDone(status: string, category: string): string {
  if (category) return /^done$/i.test(category.trim()) ? 'Done' : status;
  return /^(closed|resolved)$/i.test(status.trim()) ? 'Done' : status;
}

/** A Jira comment as the check-in note it becomes, and its date where it has one. */
interface JiraComment {
  readonly text: string;
  readonly at?: string;
}

/**
 * An issue's latest comment, from the "Comment" columns of Jira's export: each cell is written
 * "date;author;text" (`21/Feb/26 10:00 AM;557058:f58131cb…;Looks good`), as Jira's CSV export
 * writes comments and its CSV importer reads them back
 * (https://support.atlassian.com/jira-software-cloud/docs/export-issues/,
 * https://support.atlassian.com/jira-cloud-administration/docs/import-data-from-a-csv-file/);
 * a cell not written that way is its text, undated. The latest is the one of the latest date;
 * among undated ones, the last column's.
 */
function jiraComments(
  columns: readonly number[],
  header: readonly string[],
  values: SheetValues,
): (cells: readonly string[]) => JiraComment | undefined {
  return (cells) => {
    let latest: JiraComment | undefined;
    for (const index of columns) {
      const cell = (cells[index] ?? '').trim();
      if (!cell) continue;
      const parts = /^([^;]*);([^;]*);([\s\S]*)$/.exec(cell);
      const reading = parts ? values.dateTime(parts[1]!, index, header[index]!.trim()) : undefined;
      const at = reading && 'value' in reading ? reading.value : undefined;
      const text = (at ? parts![3]! : cell).trim();
      if (!text) continue;
      if (!latest || !latest.at || (at && at >= latest.at)) {
        latest = { text, ...(at ? { at } : {}) };
      }
    }
    return latest;
  };
}

/** An outline number (`1`, `1.2`, `1.2.3`, a trailing dot allowed), without its trailing dot. */
const outlineOf = (text: string) => /^(\d+(?:\.\d+)*)\.?$/.exec(text)?.[1];

/**
 * Places goals by outline numbers (`1.2` is under `1`), `numberOf` giving each goal's as written;
 * a goal without one, or with another's, or under a number no goal has, is refused.
 */
function placeByNumbers(
  goals: readonly GoalRow[],
  numberOf: (goal: GoalRow) => string,
  field: string,
): Placing {
  const parents = new Map<GoalRow, GoalRow>();
  const refusals: Refusal[] = [];
  const byNumber = new Map<string, GoalRow>();
  for (const goal of goals) {
    const text = numberOf(goal);
    const number = outlineOf(text);
    const first = number === undefined ? undefined : byNumber.get(number);
    if (number === undefined) {
      refusals.push(
        refusedAs(goal.line, field, {
          text: text
            ? '"{text}" is not an outline number: number the goals at the top 1, 2, 3 and those under a goal by its number and their own (1.1, 1.2; 1.2.1).'
            : 'The goal has no outline number: number the goals at the top 1, 2, 3 and those under a goal by its number and their own (1.1, 1.2; 1.2.1).',
          params: { text },
        }),
      );
    } else if (first) {
      refusals.push(
        refusedAs(goal.line, field, {
          text: number.includes('.')
            ? 'The outline number "{number}" is also row {row}\'s: each goal needs a number of its own (a number such as 1.10 that a spreadsheet keeps as a number shows as 1.1: format the column as text and type it again).'
            : 'The outline number "{number}" is also row {row}\'s: each goal needs a number of its own.',
          params: { number, row: String(first.line) },
        }),
      );
    } else byNumber.set(number, goal);
  }
  for (const goal of goals) {
    const number = outlineOf(numberOf(goal));
    if (number === undefined || !number.includes('.') || byNumber.get(number) !== goal) continue;
    const above = number.slice(0, number.lastIndexOf('.'));
    const parent = byNumber.get(above);
    if (parent) parents.set(goal, parent);
    else {
      refusals.push(
        refusedAs(goal.line, field, {
          text: above.includes('.')
            ? 'The outline number "{number}" places the goal under {above}, which no goal in the file has: number it under its parent\'s number, or add the goal numbered {above}.'
            : 'The outline number "{number}" places the goal under {above}, which no goal in the file has: number it under its parent\'s number, or give the goal at the top the number {above}.',
          params: { number, above },
        }),
      );
    }
  }
  return { parents, refusals, leftOut: [] };
}

/**
 * Places goals by the goal column's indentation (`readIndentedOutline`): each goal titled without
 * what indents it, under the row above it that is one step less indented, or by its outline
 * number where the rows are numbered.
 */
function placeByIndents(
  goals: readonly GoalRow[],
  outline: IndentedOutline,
  field: string,
): Placing {
  const indented = new Map<GoalRow, number>();
  const byLine = new Map<number, GoalRow>();
  const placed: GoalRow[] = [];
  for (const goal of goals) {
    const place = outline.places.get(goal.line);
    if (!place) continue;
    const titled = { ...goal, name: place.title };
    indented.set(titled, place.depth);
    byLine.set(goal.line, titled);
    placed.push(titled);
  }
  const refusals = outline.refusals.map(({ row, said }) => refusedAs(row, field, said));
  if (outline.numbered) {
    const numbered = placeByNumbers(
      placed,
      (goal) => outline.places.get(goal.line)!.number!,
      field,
    );
    return { ...numbered, refusals: [...refusals, ...numbered.refusals], indented };
  }
  const parents = new Map<GoalRow, GoalRow>();
  for (const goal of placed) {
    const parentLine = outline.places.get(goal.line)!.parentLine;
    const parent = parentLine === undefined ? undefined : byLine.get(parentLine);
    if (parent) parents.set(goal, parent);
  }
  return { parents, refusals, leftOut: [], indented };
}

/**
 * Where each goal sits in a sheet without a parent column, from its rows, the first that the
 * sheet gives of: an outline number (`1.2` is under `1`), a level (under the nearest row above
 * one level up), or a type column saying objective or key result (a key result under the nearest
 * objective above it). Each is unambiguous; a sheet with none of them is refused, saying why.
 */
function placeByRows(
  goals: readonly GoalRow[],
  { cellOf, column, fields, roleOf, outline }: RowPlacing,
): Placing | { missing: readonly Said[]; field?: string } {
  const parents = new Map<GoalRow, GoalRow>();
  const refusals: Refusal[] = [];
  const leftOut: LeftOut[] = [];
  const outlined = goals.some((goal) => /^\d+(?:\.\d+)+\.?$/.test(cellOf(goal, 'outline')));
  if (fields.has('outline') && outlined) {
    return placeByNumbers(goals, (goal) => cellOf(goal, 'outline'), column('outline'));
  }
  const levels = goals.map((goal) => cellOf(goal, 'level'));
  const levelled =
    fields.has('level') && levels.every((text) => /^\d+$/.test(text)) && new Set(levels).size > 1;
  if (levelled) {
    const top = Math.min(...levels.map(Number));
    /** The last goal seen at each depth above the current row. */
    const path: GoalRow[] = [];
    goals.forEach((goal, index) => {
      const depth = Number(levels[index]) - top;
      if (depth > path.length) {
        refusals.push(
          refusedAs(goal.line, column('level'), {
            text: "The goal is at level {level}, but no goal at level {above} is above it: a goal sits under the nearest row above it one level up, so the rows must run in tree order (each goal's parent above it, levels going down one at a time).",
            params: { level: levels[index]!, above: String(Number(levels[index]) - 1) },
          }),
        );
        return;
      }
      path.length = depth;
      if (depth > 0) parents.set(goal, path[depth - 1]!);
      path.push(goal);
    });
    return { parents, refusals, leftOut };
  }
  if (roleOf) {
    let objective: GoalRow | undefined;
    let keyResult: GoalRow | undefined;
    for (const goal of goals) {
      const role = roleOf(goal);
      const type = cellOf(goal, 'measure');
      if (role === 'objective') {
        objective = goal;
        keyResult = undefined;
      } else if (role === 'initiative') {
        // An initiative, project or task belongs to the key result above it, else the objective.
        const above = keyResult ?? objective;
        if (above) parents.set(goal, above);
        else {
          leftOut.push({
            goal,
            said: {
              text: 'The {type} "{name}" comes before any objective or key result: in a sheet without a parent column, an initiative belongs to the nearest key result (or objective) above it. Move it below them, or add a parent column; the row is left out.',
              params: { type: type.toLowerCase(), name: goal.name },
            },
          });
        }
      } else if (role === undefined) {
        leftOut.push({
          goal,
          said: {
            text: type
              ? 'The type "{type}" says neither objective nor key result nor initiative (accepted: {accepted}), and the sheet has no parent column to place it by; the row is left out.'
              : 'The row has no type: it says neither objective nor key result nor initiative (accepted: {accepted}), and the sheet has no parent column to place it by; the row is left out.',
            params: { type, accepted: `${roleWords}; ${initiativeWords}` },
          },
        });
      } else if (objective) {
        parents.set(goal, objective);
        keyResult = goal;
      } else {
        refusals.push(
          refusedAs(goal.line, column('measure'), {
            text: 'The key result "{name}" comes before any objective: in a sheet without a parent column, a key result belongs to the nearest row above it whose type says Objective. Move it below its objective, or add a parent column.',
            params: { name: goal.name },
          }),
        );
      }
    }
    return { parents, refusals, leftOut };
  }
  if (outline) return placeByIndents(goals, outline, column('name'));
  const why: Said[] = [
    { text: 'it has no parent column' },
    ...(fields.has('outline')
      ? [
          {
            text: 'its column "{column}" numbers the goals without numbers under them (1.1, 1.2)',
            params: { column: column('outline') },
          } as const,
        ]
      : []),
    ...(fields.has('level')
      ? [
          {
            text: 'its column "{column}" does not give every goal a level as a number (1, 2, 3)',
            params: { column: column('level') },
          } as const,
        ]
      : []),
    ...(fields.has('measure')
      ? [
          {
            text: 'its column "{column}" does not say which goals are objectives and which key results',
            params: { column: column('measure') },
          } as const,
        ]
      : []),
  ];
  return {
    missing: [
      {
        text: 'The goals cannot be placed in a tree: {why}. Add {places}.',
        joined: { why: { parts: why, by: ', ' }, places: { parts: [placesSaid], by: '' } },
      },
      { text: 'If the file is of another kind:' },
      { text: layoutsAccepted },
    ],
    ...(fields.has('measure') ? { field: column('measure') } : {}),
  };
}

export function parseGoalTree(
  file: string,
  rows: Iterable<CsvRow>,
  values: SheetValues = new SheetValues(),
  context: OwnSheetContext = {},
): SourceOrganisation {
  const sheet = readUnderHeader(file, fromOutlineColumns(rows), fieldsOf);
  if (!sheet) {
    return fileRefused(file, {
      text: '{file} is empty: a goal tree starts with a header row (Goal name, Parent goal, …).',
    });
  }
  const { header, fields } = sheet;
  const goals: GoalRow[] = [];
  const column = (field: GoalField) => header[fields.get(field) ?? -1]?.trim() ?? field;
  const cellOf = (goal: Pick<GoalRow, 'cells'>, field: GoalField) =>
    (goal.cells[fields.get(field) ?? -1] ?? '').trim();
  // Jira's export: issues whose types are an OKR app's (Objective, Key Result, the work under
  // them initiatives), or Jira's own (an epic an objective, its issues key results done when
  // done, their sub-tasks initiatives).
  const jira = fields.has('measure') && /^(issue|work( item)?) ?type$/i.test(column('measure'));
  // Jira writes an issue's comments in as many "Comment" columns as it has comments: all are
  // read. Its sprints are said apart from the other columns not read, with why.
  const jiraColumns = (key: string) =>
    jira ? header.flatMap((name, index) => (headerKey(name) === key ? [index] : [])) : [];
  const commentColumns = jiraColumns('comment');
  const sprintColumns = jiraColumns('sprint');
  const readColumns = new Set([...fields.values(), ...commentColumns, ...sprintColumns]);
  const problems: ImportProblem[] =
    commentColumns.length > 0 || sprintColumns.length > 0
      ? ignoredColumns(file, sheet.line, header, (_, index) => readColumns.has(index))
      : [...sheet.ignored];
  if (sprintColumns.length > 0) {
    problems.push({
      file,
      row: sheet.line,
      field: header[sprintColumns[0]!]!.trim(),
      ...saidAs([
        sprintColumns.length > 1
          ? {
              text: 'The sprints ({count} "Sprint" columns) are not imported: a key result\'s time is its cycle, from its epic\'s start and due dates, and a sprint is not a cycle.',
              params: { count: sprintColumns.length },
            }
          : {
              text: 'The sprints (column "Sprint") are not imported: a key result\'s time is its cycle, from its epic\'s start and due dates, and a sprint is not a cycle.',
            },
      ]),
      severity: 'note',
    });
  }

  for (const { fields: cells, line } of sheet.rows) {
    const name = cellOf({ cells }, 'name');
    if (!name) {
      problems.push({
        file,
        row: line,
        field: column('name'),
        ...saidAs([{ text: 'The row has no goal name; it is left out.' }]),
        severity: 'skipped',
      });
      continue;
    }
    goals.push({ line, cells, name });
  }

  // --- the tree: each goal's parent, or why the file is refused ---
  const refusals: Refusal[] = [];
  // A type column that says which goals are objectives says what each goal is ("goal" and
  // "milestone" in Betterworks' words); any other type column says how a goal is measured.
  const roles = goals.some((goal) => roleOfText(cellOf(goal, 'measure')) === 'objective');
  /** Each goal's depth in an outline written by indentation: objectives, key results, initiatives. */
  let depthOf: ReadonlyMap<GoalRow, number> | undefined;
  const roleOf = (goal: GoalRow): GoalRole | undefined => {
    const depth = depthOf?.get(goal);
    if (depth !== undefined)
      return depth === 0 ? 'objective' : depth === 1 ? 'keyResult' : 'initiative';
    const text = cellOf(goal, 'measure');
    const role = roleOfText(text);
    if (jira) {
      if (roles) return role === 'objective' || role === 'keyResult' ? role : 'initiative';
      return jiraIssueRole(text);
    }
    return roles ? role : undefined;
  };
  if (jira) {
    problems.push({
      file,
      row: sheet.line,
      field: column('measure'),
      ...saidAs([
        {
          text: roles
            ? 'Read as a Jira export with Objective and Key Result issue types: the issues under them (epics, stories, tasks) are initiatives of the key result, or objective, they sit under.'
            : 'Read as a Jira export: each epic is an objective, the issues in it (stories, tasks, bugs) its key results, done when their status is Done, and sub-tasks initiatives of their issue.',
        },
      ]),
      severity: 'note',
    });
  }
  // Without a parent column, the rows place the goals: by outline number, level or type, else
  // by how far in the goal column indents each.
  const named = new Set(goals.map((goal) => goal.line));
  const outline =
    jira || fields.has('parent') || fields.has('parentId') || fields.has('epicLink')
      ? undefined
      : readIndentedOutline(
          outlineCells(
            sheet.rows.filter((row) => named.has(row.line)),
            fields.get('name')!,
          ),
        );
  const placed =
    fields.has('parent') || fields.has('parentId') || fields.has('epicLink')
      ? undefined
      : placeByRows(goals, {
          cellOf,
          column,
          fields,
          ...(roles || jira ? { roleOf } : {}),
          ...(outline ? { outline } : {}),
        });
  if (placed && 'missing' in placed) {
    return fileError(file, placed.missing, sheet.line, placed.field);
  }
  if (placed) {
    refusals.push(...placed.refusals);
    for (const { goal, said } of placed.leftOut) {
      problems.push({
        file,
        row: goal.line,
        field: column('measure'),
        ...saidAs([said]),
        severity: 'skipped',
      });
    }
    const left = new Set(placed.leftOut.map(({ goal }) => goal));
    const kept = placed.indented
      ? [...placed.indented.keys()]
      : goals.filter((goal) => !left.has(goal));
    goals.splice(0, goals.length, ...kept);
    if (placed.indented) {
      depthOf = placed.indented;
      const deeper = [...placed.indented.values()].some((depth) => depth > 1);
      const headerless = sheet.line === headerlessOutlineHeader.line;
      problems.push({
        file,
        ...(headerless ? {} : { row: sheet.line, field: column('name') }),
        ...saidAs([
          {
            text: headerless
              ? deeper
                ? 'The file has no header row: it is read as an outline by how far each row is indented, the first row the first objective. The least-indented rows are objectives, the rows indented under them their key results, and the rows indented deeper initiatives of the key result above them.'
                : 'The file has no header row: it is read as an outline by how far each row is indented, the first row the first objective. The least-indented rows are objectives, and the rows indented under them their key results.'
              : deeper
                ? 'The rows are read as an outline by how far each is indented in column "{column}": the least-indented rows are objectives, the rows indented under them their key results, and the rows indented deeper initiatives of the key result above them.'
                : 'The rows are read as an outline by how far each is indented in column "{column}": the least-indented rows are objectives, and the rows indented under them their key results.',
            params: { column: column('name') },
          },
        ]),
        severity: 'note',
      });
    }
  }
  const byId = new Map<string, GoalRow>();
  const byName = new Map<string, GoalRow[]>();
  for (const goal of goals) {
    const id = cellOf(goal, 'id');
    const first = byId.get(id);
    if (first) {
      refusals.push(
        refusedAs(goal.line, column('id'), {
          text: 'The id "{id}" is also the id of row {row}: each goal needs an id of its own.',
          params: { id, row: String(first.line) },
        }),
      );
    } else if (id) byId.set(id, goal);
    const key = goal.name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), goal]);
  }
  // Jira's Parent holds the parent's issue number, its Epic Link the epic's key: both find it.
  for (const goal of goals) {
    const number = cellOf(goal, 'altId');
    if (number && !byId.has(number)) byId.set(number, goal);
  }
  const parentField = (goal: GoalRow): GoalField =>
    cellOf(goal, 'parentId')
      ? 'parentId'
      : cellOf(goal, 'parent') || !fields.has('epicLink')
        ? 'parent'
        : 'epicLink';
  /**
   * Each goal's parents: the first is its place in the tree; more (ids listed with "," or ";",
   * as Peoplebox's "Parent Row IDs" allows) are alignments of an objective too.
   */
  const parentsOf = new Map<GoalRow, readonly GoalRow[]>();
  const parentOf = (goal: GoalRow) => parentsOf.get(goal)?.[0];
  /** Epics a Jira export left out, made from their issues' Parent summary, by the parent's id. */
  const madeParents = new Map<string, GoalRow>();
  const parentFromSummary = (reference: string, summary: string, child: GoalRow): GoalRow => {
    const known = madeParents.get(reference);
    if (known) return known;
    const cells = sheet.header.map(() => '');
    cells[fields.get('measure')!] = 'Epic';
    if (fields.has('id')) cells[fields.get('id')!] = reference;
    const made = { line: child.line, cells, name: summary };
    madeParents.set(reference, made);
    return made;
  };
  /**
   * Without an "Issue id" column, the number an issue's Parent gives cannot find its epic: the
   * one epic in the file its Parent summary names is taken for it, and that number becomes the
   * epic's too (by it, an objective an earlier import made from the same Parent summary is found).
   * Two epics of that name, or one another number has taken, are not guessed between.
   */
  const epicOfNumber = new Map<string, GoalRow>();
  const numberOfEpic = new Map<GoalRow, string>();
  const epicsNamed = (summary: string) =>
    jira && !roles && !fields.has('altId') && summary
      ? (byName.get(summary.toLowerCase()) ?? []).filter((goal) => roleOf(goal) === 'objective')
      : [];
  const foundBySummary = new Map<string, GoalRow[]>();
  for (const goal of goals) {
    const field = parentField(goal);
    const reference = cellOf(goal, field);
    if (!reference) continue;
    const sameId = byId.get(reference);
    const hasIds = fields.has('id') || fields.has('altId');
    const listed = sameId || !hasIds ? [] : reference.split(/\s*[,;]\s*/);
    const several =
      listed.length > 1 && listed.every((id) => byId.has(id))
        ? listed.map((id) => byId.get(id)!)
        : undefined;
    const named =
      sameId || several || field === 'parentId' || field === 'epicLink'
        ? []
        : (byName.get(reference.toLowerCase()) ?? []);
    const parents = sameId ? [sameId] : (several ?? (named.length === 1 ? named : undefined));
    if (parents) {
      parentsOf.set(goal, parents);
      continue;
    }
    if (jira && named.length === 0) {
      const summary = cellOf(goal, 'parentName');
      const epics = epicsNamed(summary);
      const epic =
        epicOfNumber.get(reference) ??
        (epics.length === 1 && !numberOfEpic.has(epics[0]!) ? epics[0] : undefined);
      if (epic) {
        epicOfNumber.set(reference, epic);
        numberOfEpic.set(epic, reference);
        parentsOf.set(goal, [epic]);
        foundBySummary.set(reference, [...(foundBySummary.get(reference) ?? []), goal]);
        continue;
      }
      // A Jira filter exports the issues it finds, often without their epic: the epic is made
      // from the "Parent summary" Jira writes beside each issue, so its issues stay together.
      const made = summary && !roles ? parentFromSummary(reference, summary, goal) : undefined;
      const notChosen: Said | undefined =
        epics.length > 1
          ? {
              text: 'The file has no "Issue id" column to find the epic by its number, and {count} epics in it are named "{summary}" (rows {rows}), so which is its parent is not guessed: export with the "Issue id" column (Export CSV (all fields)) to place it.',
              params: { count: epics.length, summary },
              rows: { rows: epics.map((epic) => epic.line) },
            }
          : epics.length === 1
            ? {
                text: 'The file has no "Issue id" column to find the epic by its number, and the one epic of that name (row {row}) is taken to be issue {issue}, the parent of other issues, so which is its parent is not guessed: export with the "Issue id" column (Export CSV (all fields)) to place it.',
                params: { row: String(epics[0]!.line), issue: numberOfEpic.get(epics[0]!)! },
              }
            : undefined;
      if (made) parentsOf.set(goal, [made]);
      problems.push({
        file,
        row: goal.line,
        field: column(field),
        ...(made && notChosen
          ? saidAs([
              {
                text: 'Its parent, issue {issue} ("{summary}"), is not found in the file: an objective "{summary}" is made from its Parent summary to hold the issues under it.',
                params: { issue: reference, summary },
              },
              notChosen,
            ])
          : saidAs([
              {
                text: made
                  ? 'Its parent, issue {issue} ("{summary}"), is not in the file (the export\'s filter left it out): an objective "{summary}" is made from its Parent summary to hold the issues under it. To import the parent\'s own details, export it too (add it to the filter) and import again.'
                  : summary
                    ? 'Its parent, issue {issue} ("{summary}"), is not in the file (the export\'s filter left it out), so it is imported as if it had none. To keep it under its parent, export the parent too (add it to the filter) and import again.'
                    : "Its parent, issue {issue}, is not in the file (the export's filter left it out), so it is imported as if it had none. To keep it under its parent, export the parent too (add it to the filter) and import again.",
                params: { issue: reference, summary },
              },
            ])),
        severity: 'note',
      });
      continue;
    }
    const params = { parent: reference, idColumn: column('id'), nameColumn: column('name') };
    refusals.push(
      refusedAs(
        goal.line,
        column(field),
        named.length > 1
          ? {
              text: fields.has('id')
                ? 'The parent goal "{parent}" could be any of the {count} goals of that name (rows {rows}): give each goal a name of its own, or name the parent by its id (column "{idColumn}").'
                : 'The parent goal "{parent}" could be any of the {count} goals of that name (rows {rows}): give each goal a name of its own, or add a "Goal ID" column and name each parent by its id.',
              params: { ...params, count: named.length },
              rows: { rows: named.map((g) => g.line) },
            }
          : {
              text:
                field === 'parentId'
                  ? 'The parent goal "{parent}" is not in the file: a parent is named by its id, as written in column "{idColumn}"; leave the cell empty for a goal at the top.'
                  : fields.has('id')
                    ? 'The parent goal "{parent}" is not in the file: a parent is named by its goal name, as written in column "{nameColumn}" or by its id (column "{idColumn}"); leave the cell empty for a goal at the top.'
                    : 'The parent goal "{parent}" is not in the file: a parent is named by its goal name, as written in column "{nameColumn}"; leave the cell empty for a goal at the top.',
              params,
            },
      ),
    );
  }
  for (const [reference, issues] of foundBySummary) {
    const epic = epicOfNumber.get(reference)!;
    problems.push({
      file,
      row: issues[0]!.line,
      field: column(parentField(issues[0]!)),
      ...saidAs([
        {
          text:
            issues.length === 1
              ? 'The issue whose parent is issue {issue} (row {rows}) goes under the epic "{epic}" (row {row}), the one its Parent summary names: the file has no "Issue id" column to find it by its number.'
              : 'The issues whose parent is issue {issue} (rows {rows}) go under the epic "{epic}" (row {row}), the one its Parent summary names: the file has no "Issue id" column to find it by its number.',
          params: { issue: reference, epic: epic.name, row: String(epic.line) },
          rows: { rows: issues.map((issue) => issue.line) },
        },
      ]),
      severity: 'note',
    });
  }
  for (const [goal, parent] of placed?.parents ?? []) parentsOf.set(goal, [parent]);
  goals.push(...madeParents.values());
  // A goal its own ancestor: each loop is named once, at the goal where it closes. Walked with a
  // stack of its own, so a chain of any length cannot overflow the call stack.
  const visited = new Map<GoalRow, 'open' | 'done'>();
  for (const start of goals) {
    if (visited.has(start)) continue;
    const path: { goal: GoalRow; next: number }[] = [{ goal: start, next: 0 }];
    visited.set(start, 'open');
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const parent = parentsOf.get(top.goal)?.[top.next++];
      if (!parent) {
        path.pop();
        visited.set(top.goal, 'done');
      } else if (visited.get(parent) === 'open') {
        const loop = [
          ...path.slice(path.findIndex((step) => step.goal === parent)).map((step) => step.goal),
          parent,
        ];
        refusals.push(
          refusedAs(parent.line, column(parentField(parent)), {
            text: 'The parent goals form a loop: {loop}. A goal cannot be its own parent or ancestor: clear the parent of the goal that belongs at the top.',
            joined: {
              loop: {
                parts: loop.map((g) => ({
                  text: '"{name}" (row {row})',
                  params: { name: g.name, row: String(g.line) },
                })),
                by: ' → ',
              },
            },
          }),
        );
      } else if (!visited.has(parent)) {
        visited.set(parent, 'open');
        path.push({ goal: parent, next: 0 });
      }
    }
  }
  if (refusals.length > 0) {
    const [first, ...others] = [...refusals].sort((a, b) => a.row - b.row);
    const holds: Said = { text: 'Nothing is imported until the goal tree holds.' };
    // An outline without a header row has no column to name, and its reasons name their rows.
    const headerless = sheet.line === headerlessOutlineHeader.line;
    const said = [
      first!.said,
      ...others.flatMap((r): Said[] => [
        ...(headerless
          ? []
          : [
              {
                text: 'Row {row}, field "{field}":',
                params: { row: String(r.row), field: r.field },
              } as const,
            ]),
        r.said,
      ]),
      holds,
    ];
    return fileError(file, said, first!.row, headerless ? undefined : first!.field);
  }
  const children = new Map<GoalRow, GoalRow[]>();
  const addChild = (parent: GoalRow, child: GoalRow) =>
    children.set(parent, [...(children.get(parent) ?? []), child]);
  // An initiative is work for the goal above it, not a goal under it: it makes no objective.
  for (const [child, [parent]] of parentsOf) {
    if (roleOf(child) !== 'initiative') addChild(parent!, child);
  }
  // More parents count for a goal with children (an objective aligned to each); a key result
  // sits under its first.
  for (const [child, [, ...others]] of parentsOf) {
    if (children.has(child)) others.forEach((parent) => addChild(parent, child));
  }

  // --- each goal's values ---
  const measureTextOf = (goal: GoalRow) => (roleOf(goal) ? '' : cellOf(goal, 'measure'));
  const readingOf = new Map<GoalRow, ReturnType<typeof read>>();
  const confidenceShares = confidencesAreShares(goals.map((goal) => cellOf(goal, 'confidence')));
  if (confidenceShares) {
    problems.push({ file, ...saidAs([{ text: confidenceSharesNote }]), severity: 'note' });
  }
  function read(goal: GoalRow) {
    const cell = (field: GoalField) => cellOf(goal, field);
    const left = (field: GoalField, unread: Unread, leftOut: Said) =>
      problems.push({
        file,
        row: goal.line,
        field: column(field),
        ...saidAs([unread.said, leftOut]),
        severity: 'skipped',
      });
    const valueLeftOut: Said = { text: 'The value is left out.' };
    const number = (field: GoalField) => {
      const text = cell(field);
      const reading = field === 'progress' ? values.progress(text) : values.number(text);
      if (reading && 'error' in reading) left(field, reading, valueLeftOut);
      return reading && 'value' in reading ? reading.value : undefined;
    };
    const date = (field: GoalField, read: 'dateTime' | 'date' = 'dateTime') => {
      const reading = values[read](cell(field), fields!.get(field) ?? -1, column(field));
      if (reading && 'error' in reading) left(field, reading, valueLeftOut);
      return reading && 'value' in reading ? reading.value : undefined;
    };
    const measureText = measureTextOf(goal);
    // A confidence of On track or At risk (Tability's) is the status, where no column gives one.
    const confidenceSaysStatus = !cell('status') && isStatusWord(cell('confidence'));
    const confidence = confidenceSaysStatus
      ? {}
      : confidenceOfCell(
          cell('confidence'),
          () => {
            const reading = values.number(
              cell('confidence'),
              false,
              acceptedConfidences,
              'a confidence',
            );
            if (!reading || 'value' in reading) return reading?.value;
            left('confidence', reading, {
              text: 'The confidence is left out; the goal is imported.',
            });
            return null;
          },
          confidenceShares,
        );
    return {
      confidence: confidence ?? {},
      statusText: confidenceSaysStatus ? cell('confidence') : cell('status'),
      start: number('start'),
      target: number('target'),
      current: number('current'),
      progress: number('progress'),
      startDate: date('startDate', 'date'),
      dueDate: date('dueDate', 'date'),
      at: date('date'),
      measure: measureText ? measureOfText(measureText) : undefined,
    };
  }
  for (const goal of goals) readingOf.set(goal, read(goal));
  const reading = (goal: GoalRow) => readingOf.get(goal)!;
  const measured = (goal: GoalRow) => {
    const { start, target, current, progress, measure } = reading(goal);
    return (
      [start, target, current, progress].some((value) => value !== undefined) ||
      typeof measure === 'object'
    );
  };
  const isObjective = (goal: GoalRow) =>
    children.has(goal) ||
    roleOf(goal) === 'objective' ||
    (!parentsOf.has(goal) && !measured(goal) && roleOf(goal) !== 'keyResult');

  // --- cycles: a goal's dates, else its nearest ancestor's, else its first child's ---
  const periods = new Map<string, SourcePeriod>();
  let saidFileCycle = false;
  const spanOf = (goal: GoalRow) => {
    const { startDate, dueDate } = reading(goal);
    return startDate && dueDate ? { start: startDate, end: dueDate } : undefined;
  };
  // A cadence (Peoplebox's "Goal Cycle": Quarterly, Annually) names no one cycle: the dates do.
  const cycleNamed = (goal: GoalRow) =>
    cadence.test(cellOf(goal, 'cycle')) ? '' : cellOf(goal, 'cycle');
  /** Cycle names that give no dates, said once each. */
  const unreadCycles = new Set<string>();
  const periodOf = (goal: GoalRow): string | undefined => {
    let span = spanOf(goal);
    for (let above = parentOf(goal); !span && above; above = parentOf(above)) {
      span = spanOf(above);
    }
    for (const child of children.get(goal) ?? []) span ??= spanOf(child);
    // A cycle left empty is its nearest ancestor's, else its first child's (BigPicture leaves a
    // strategic theme's Period empty above objectives that name theirs).
    let named = cycleNamed(goal);
    for (let above = parentOf(goal); !named && above; above = parentOf(above)) {
      named = cycleNamed(above);
    }
    for (const child of children.get(goal) ?? []) named ||= cycleNamed(child);
    const at = { file, row: goal.line };
    if (span) {
      const name = named || cycleNameOf(span.start, span.end);
      if (!periods.has(name)) periods.set(name, { id: name, name, ...span, at });
      return name;
    }
    const calendar = named ? cycleDates(named, context.fiscalYear) : undefined;
    const due = reading(goal).dueDate;
    const day = due ?? context.fileDate;
    const inLocale = reportReader(undefined, context.locale ?? 'en');
    const name = calendar ? named : day ? quarterOf(day) : undefined;
    if (!name) {
      problems.push({
        file,
        row: goal.line,
        ...(fields.has('dueDate') ? { field: column('dueDate') } : {}),
        ...saidAs([
          fields.has('startDate') && fields.has('dueDate')
            ? {
                text: 'The goal has no start and due dates, nor a goal above or below it with them, and the file has no date: fill in its "{start}" and "{due}".',
                params: { start: column('startDate'), due: column('dueDate') },
              }
            : {
                text: 'The goal has no start and due dates, nor a goal above or below it with them, and the file has no date: add "Start date" and "Due date" columns.',
              },
        ]),
        severity: 'skipped',
      });
      return undefined;
    }
    if (!periods.has(name)) {
      const dates = cycleDates(name, context.fiscalYear)!;
      periods.set(name, { id: name, name, start: dates.start, end: dates.end, at });
    }
    if (named && !calendar && !unreadCycles.has(named)) {
      unreadCycles.add(named);
      problems.push({
        file,
        row: goal.line,
        field: column('cycle'),
        ...saidAs(
          [
            {
              text: due
                ? 'The cycle "{named}" names no dates the import can read (it reads names such as Q3 2026, H2 2026, FY2026, 2026), and the goal has no start and due dates: it goes in {cycle}, the quarter of its due date. Give it start and due dates, or name the cycle so, to keep it in its own.'
                : 'The cycle "{named}" names no dates the import can read (it reads names such as Q3 2026, H2 2026, FY2026, 2026), and the goal has no start and due dates: it goes in {cycle}, the quarter of the file\'s date ({day:day}). Give it start and due dates, or name the cycle so, to keep it in its own.',
              params: { named, cycle: name, day: context.fileDate ?? '' },
            },
          ],
          inLocale,
        ),
        severity: 'note',
      });
    }
    if (!calendar && !due && !saidFileCycle) {
      problems.push({
        file,
        row: goal.line,
        ...saidAs(
          [
            {
              text: "Goals without start and due dates go in {cycle}, the quarter of the file's date ({day:day}).",
              params: { cycle: name, day: context.fileDate ?? '' },
            },
          ],
          inLocale,
        ),
        severity: 'note',
      });
      saidFileCycle = true;
    }
    return name;
  };

  // --- objectives, key results and their check-ins ---
  const teams = new Map<string, SourceTeam>();
  const items: SourceItem[] = [];
  const checkIns: SourceCheckIn[] = [];
  const idOf = (goal: GoalRow): string => {
    const id = cellOf(goal, 'id');
    if (id) return `goal:${id}`;
    const parent = parentOf(goal);
    return `goal:${parent ? `${parent.name.toLowerCase()}|` : ''}${goal.name.toLowerCase()}`;
  };
  const objectiveValues: number[] = [];
  const latestComment = jiraComments(commentColumns, header, values);
  /** Rows whose latest comment became their check-in's note; rows whose comment had nowhere to go. */
  const commented = { noted: [] as number[], dated: [] as number[], dropped: [] as number[] };
  const checkInOf = currentValueCheckIns(file, context, 'Last updated', problems);
  /** Rows whose Ally "Entity" is "Individual": a person's own OKR. */
  const individualRows: number[] = [];
  for (const goal of goals) {
    const cell = (field: GoalField) => cellOf(goal, field);
    const note = (field: GoalField | undefined, said: readonly Said[]) =>
      problems.push({
        file,
        row: goal.line,
        ...(field ? { field: column(field) } : {}),
        ...saidAs(said),
        severity: 'note',
      });
    const parent = parentOf(goal);
    const comment = latestComment(goal.cells);
    // A column named for several teams ("Teams", "Departments") may list them, Ally's "Entity"
    // one a line: the goal is kept in the first (an objective belongs to one team), the others
    // said. An entity of "Individual" is a person's own OKR, which has no team of its own here.
    const teamHeader = headerKey(column('team'));
    const listed = /s$/.test(teamHeader)
      ? cell('team').split(/\s*[,;]\s*/)
      : teamHeader === 'entity'
        ? cell('team').split(/\s*[\r\n]+\s*/)
        : [cell('team')];
    const individual = teamHeader === 'entity' && /^individual$/i.test(listed[0] ?? '');
    if (individual) individualRows.push(goal.line);
    const [team = '', ...otherTeams] = individual ? [] : listed.filter(Boolean);
    if (team && !teams.has(team)) {
      teams.set(team, { id: team, name: team, at: { file, row: goal.line } });
    }
    if (otherTeams.length > 0) {
      note('team', [
        {
          text: 'It names {count} teams ({teams}); it is kept in the first, "{team}".',
          params: { count: otherTeams.length + 1, teams: [team, ...otherTeams].join(', '), team },
        },
      ]);
    }
    const owner = personOf(cell('owner'), cell('ownerEmail'));
    const othersOwning = otherOwnersNote(cell('owner'), cell('ownerEmail'));
    if (othersOwning) note('owner', othersOwning);
    const notAnEmail = ownerEmailNote(cell('owner'), cell('ownerEmail'));
    if (notAnEmail) note(cell('ownerEmail') ? 'ownerEmail' : 'owner', notAnEmail);
    const value = reading(goal);
    const common = {
      id: idOf(goal),
      title: goal.name,
      description: cell('description'),
      ...(owner ? { owner } : {}),
      teamIds: team ? [team] : [],
      alignments: parent ? [{ parentId: idOf(parent) }] : [],
      phasedTargets: [],
      tasks: [],
      at: { file, row: goal.line },
    };
    const { statusText } = value;
    const status = statusOfText(statusText);
    if (roleOf(goal) === 'initiative') {
      // Under the nearest goal above it that is not itself an initiative (a sub-task's story).
      let above = parent;
      const passed: GoalRow[] = [];
      while (above && roleOf(above) === 'initiative') {
        passed.push(above);
        above = parentOf(above);
      }
      if (passed.length > 0) {
        note(parentField(goal), [
          above
            ? {
                text: 'It sits under "{initiative}", itself an initiative; initiatives do not nest, so it is an initiative of "{above}".',
                params: { initiative: passed[0]!.name, above: above.name },
              }
            : {
                text: 'It sits under "{initiative}", itself an initiative; initiatives do not nest, so it is an initiative of no key result.',
                params: { initiative: passed[0]!.name },
              },
        ]);
      }
      if (comment) commented.dropped.push(goal.line);
      items.push({
        ...common,
        type: 'initiative',
        alignments: above ? [{ parentId: idOf(above) }] : [],
        initiativeStatus: initiativeStatusOfText(statusText),
        ...(value.dueDate ? { end: value.dueDate } : {}),
      });
      continue;
    }
    if (isObjective(goal)) {
      if (comment) commented.dropped.push(goal.line);
      // A word no status table knows would otherwise leave the objective active without a word.
      if (statusText && !isStatusWord(statusText) && status === statusText.trim()) {
        note('status', [
          {
            text: '"{status}" is not a status the import knows (accepted: On track, At risk, Behind, Not started, Closed, Postponed, and the words your own sheet reads for them); the objective is imported as active.',
            params: { status: statusText.trim() },
          },
        ]);
      }
      const periodId = periodOf(goal);
      // An import without this epic made its objective from its issues' Parent summary, under
      // the number their Parent gave (Jira's Issue id): found by it, that objective is updated.
      const number = jira && fields.has('id') ? cell('altId') || numberOfEpic.get(goal) : '';
      const numberUnknown =
        jira &&
        !roles &&
        fields.has('id') &&
        !fields.has('altId') &&
        !number &&
        madeParents.get(cell('id')) !== goal;
      items.push({
        ...common,
        ...(number && number !== cell('id') ? { aliases: [`goal:${number}`] } : {}),
        ...(numberUnknown ? { numberUnknown } : {}),
        alignments: (parentsOf.get(goal) ?? []).map((above) => ({ parentId: idOf(above) })),
        type: 'objective',
        ...(periodId ? { periodId } : {}),
        ...(status ? { status } : {}),
      });
      if (value.current !== undefined || value.progress !== undefined) {
        objectiveValues.push(goal.line);
      }
      continue;
    }
    const valueFields = ['start', 'target', 'current'] as const;
    const unit = unitOfRow(cell('unit'), valueFields.map(cell), valueFields.map(column));
    const measurement = measuredBy(
      // A Jira issue without values is done or not: its status says which.
      jira && !measured(goal) ? 'binary' : measureTextOf(goal),
      {
        ...(value.start !== undefined ? { start: value.start.amount } : {}),
        ...(value.target !== undefined ? { target: value.target.amount } : {}),
        ...(value.current !== undefined ? { current: value.current.amount } : {}),
        ...(value.progress !== undefined ? { share: shareOf(value.progress) } : {}),
        unit,
        status: jira ? jiraDone(statusText, cell('statusCategory')) : statusText,
        title: goal.name,
      },
      (field, said) => note(field === 'title' ? 'name' : field, said),
    );
    const others = parentsOf.get(goal)?.slice(1) ?? [];
    if (others.length > 0) {
      note(parentField(goal), [
        {
          text: 'A key result belongs to one objective: it is placed under "{parent}", the first parent named; {others} {count|is|are} left out.',
          params: {
            parent: parent!.name,
            count: others.length,
          },
          joined: {
            others: {
              parts: others.map((g) => ({ text: '"{name}"', params: { name: g.name } })),
              by: ', ',
            },
          },
        },
      ]);
    }
    const periodId = parent ? periodOf(parent) : periodOf(goal);
    const id = idOf(goal);
    items.push({
      ...common,
      type: 'keyResult',
      ...(periodId ? { periodId } : {}),
      ...(value.dueDate ? { end: value.dueDate } : {}),
      ...(measurement.outcome ? { outcome: measurement.outcome } : {}),
      ...(measurement.keyResultKind ? { keyResultKind: measurement.keyResultKind } : {}),
      // A progress beside the current value is not stored: said where the values give another.
      ...(value.progress && value.current
        ? {
            writtenProgress: {
              value: shareOf(value.progress) * 100,
              field: column('progress'),
            },
          }
        : {}),
    });
    if (measurement.current === undefined) {
      if (comment) commented.dropped.push(goal.line);
      continue;
    }
    if (comment) {
      commented.noted.push(goal.line);
      if (!value.at && comment.at) commented.dated.push(goal.line);
    }
    const checkIn = checkInOf({
      itemId: id,
      value: measurement.current,
      at: value.at ?? comment?.at,
      author: owner,
      note: comment ? comment.text : cell('notes'),
      confidence: value.confidence.value,
      confidenceBand: value.confidence.band,
      status,
      row: goal.line,
      dateColumn: fields.has('date') ? column('date') : undefined,
    });
    if (checkIn) checkIns.push(checkIn);
  }
  if (individualRows.length > 0) {
    problems.push({
      file,
      row: individualRows[0]!,
      field: column('team'),
      ...saidAs([
        {
          text: '"Individual" ({count|row|rows} {rows}) marks a person\'s own OKRs, and your site keeps every OKR in a team: they go where OKRs that name no team go.',
          params: { count: individualRows.length },
          rows: { rows: individualRows },
        },
      ]),
      severity: 'note',
    });
  }
  if (commented.noted.length > 0) {
    const { noted, dated } = commented;
    problems.push({
      file,
      row: noted[0]!,
      field: header[commentColumns[0]!]!.trim(),
      ...saidAs([
        {
          text:
            dated.length === 0
              ? noted.length === 1
                ? 'The latest comment on an issue (row {rows}) becomes the note of its check-in. Earlier comments, and who wrote them (Jira writes an account id), are not imported.'
                : 'The latest comment on each of {count} issues (rows {rows}) becomes the note of its check-in. Earlier comments, and who wrote them (Jira writes an account id), are not imported.'
              : noted.length === 1
                ? 'The latest comment on an issue (row {rows}) becomes the note of its check-in, dated by the comment where the issue has no "{column}" date (row {dated}). Earlier comments, and who wrote them (Jira writes an account id), are not imported.'
                : 'The latest comment on each of {count} issues (rows {rows}) becomes the note of its check-in, dated by the comment where the issue has no "{column}" date ({datedCount|row|rows} {dated}). Earlier comments, and who wrote them (Jira writes an account id), are not imported.',
          params: {
            count: noted.length,
            datedCount: dated.length,
            column: fields.has('date') ? column('date') : 'Updated',
          },
          rows: { rows: noted, dated },
        },
      ]),
      severity: 'note',
    });
  }
  if (commented.dropped.length > 0) {
    const { dropped } = commented;
    problems.push({
      file,
      row: dropped[0]!,
      field: header[commentColumns[0]!]!.trim(),
      ...saidAs([
        {
          text:
            dropped.length === 1
              ? "The comments on an issue (row {rows}) are not imported: a comment becomes the note of a key result's check-in, and this issue is an objective or an initiative (an epic, a sub-task)."
              : "The comments on {count} issues (rows {rows}) are not imported: a comment becomes the note of a key result's check-in, and these issues are objectives or initiatives (epics, sub-tasks).",
          params: { count: dropped.length },
          rows: { rows: dropped },
        },
      ]),
      severity: 'note',
    });
  }
  if (objectiveValues.length > 0) {
    problems.push({
      file,
      row: objectiveValues[0]!,
      ...saidAs([
        {
          text: "The progress written on goals that are objectives ({count|row|rows} {rows}) is not imported: an objective's progress follows from its key results.",
          params: { count: objectiveValues.length },
          rows: { rows: objectiveValues },
        },
      ]),
      severity: 'note',
    });
  }
  return sheetOrganisation(jira ? 'jira' : 'goalTree', {
    teams,
    periods,
    items,
    checkIns,
    problems,
  });
}
