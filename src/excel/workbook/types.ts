/**
 * The workbook as the add-in sees it: one OKR table of typed cells. Every Excel call sits behind
 * this interface; `office-workbook.ts` implements it with office.js and the local stack's
 * Excel simulator with an in-page grid. The sync logic in `../sync` only uses this.
 */
import type { Cycle } from '../../core/model';
import type { ColumnKey, MeasureKey } from '../sync/layout';
import type { ShownAs } from './typed-numbers';

/** What a cell holds, as office.js reports `Range.values`: empty cells are `''`. */
export type CellValue = string | number | boolean;

export type OkrCells = Readonly<Record<ColumnKey, CellValue>>;

/** One row of the OKR table that belongs to a KR (it has a KR id). */
export interface OkrRow {
  readonly cells: OkrCells;
  /**
   * Number cells Excel shows as a percentage or a date because of the cell's number format
   * (read as shown: `typed-numbers.ts`), so why such a cell is refused can say how to fix it.
   */
  readonly shownAs?: Readonly<Partial<Record<ColumnKey, ShownAs>>>;
  /** Its row number in the sheet, as the grid shows it (absent: not known). */
  readonly row?: number;
}

/** Which team's KRs for which cycle the table holds; saved in the workbook beside it. */
export interface SheetBinding {
  readonly teamIds: readonly string[];
  /** The teams' names when loaded, for the sheet's tab to tell what it holds (absent: older). */
  readonly teamNames?: readonly string[];
  readonly cycle: Cycle;
  /**
   * The KRs the table had rows for when the add-in last wrote it: a KR listed here without a
   * row is a row the user deleted (absent in workbooks of older add-ins).
   */
  readonly keyResultIds?: readonly string[];
}

/**
 * A row the user added to the table (no KR id, a Key result typed): a KR to create. `at` is its
 * place in the table body as read; `objectiveAbove` is the objective of the nearest KR row above.
 */
export interface AddedRow {
  readonly at: number;
  readonly cells: OkrCells;
  /** Its number cells read as their format shows them (`OkrRow.shownAs`). */
  readonly shownAs?: OkrRow['shownAs'];
  readonly objectiveAbove?: { readonly id: string; readonly title: string };
  /** Its row number in the sheet, as the grid shows it (absent: not known). */
  readonly row?: number;
}

export interface OkrTable {
  readonly rows: readonly OkrRow[];
  readonly added?: readonly AddedRow[];
  readonly binding?: SheetBinding;
  /** The add-in's columns the table lacks (a header renamed or deleted), in layout order. */
  readonly missing?: readonly ColumnKey[];
  /**
   * The currency (ISO code) each of Start, Target and Current is formatted in on the table's last
   * row, which a row appended below takes (`TableSnapshot.currencyBelow`).
   */
  readonly currencyBelow?: Readonly<Partial<Record<MeasureKey, string>>>;
}

/** A row's managed cells as the add-in writes them; `progress` is the workbook's own formula. */
export type RowWrite = Readonly<Record<Exclude<ColumnKey, 'progress'>, CellValue>>;

/**
 * New values for some managed cells of one row, found by its KR id, or for an added row that
 * now has a KR, by its place in the body as read (`at`): the sheet then records the KR as its
 * own. `removed` says the KR was deleted (its row is gone): the sheet stops expecting it.
 */
export interface RowUpdate {
  readonly keyResultId: string;
  readonly cells: Partial<RowWrite>;
  readonly at?: number;
  readonly removed?: true;
}

/** A coaching finding shown in place: a note on the cell plus a highlight. */
export interface CellFinding {
  readonly keyResultId: string;
  readonly column: 'objective' | 'keyResult';
  /** The note's text: the finding and its suggestion. */
  readonly text: string;
}

/**
 * Each method is one flow's visit to the workbook: it reads the table, lets the caller plan
 * against what it read, and writes the plan, in at most two `context.sync()` calls whatever
 * the number of rows (three when it creates the table). Planning inside the visit is what
 * keeps a flow within the Excel budget without writing from a stale read.
 */
export interface OkrWorkbook {
  /** The OKR table as it is now (only rows with a KR id), or undefined before the first load. */
  readTable(): Promise<OkrTable | undefined>;
  /**
   * Creates the sheet and table, or refreshes it to exactly the planned rows (matched by KR
   * id): new KRs are appended, rows not listed are removed, the managed columns are
   * rewritten. The user's own columns, rows without a KR id, and formatting stay as they are.
   * Returns the table as written.
   */
  writeRows(
    plan: (current: OkrTable | undefined) => readonly RowWrite[],
    binding: SheetBinding,
  ): Promise<OkrTable>;
  /**
   * Sets some managed cells of existing rows, planned against the table as read; rows that
   * are gone are skipped. Returns the table as written, or undefined when there is none.
   */
  updateRows(plan: (current: OkrTable) => readonly RowUpdate[]): Promise<OkrTable | undefined>;
  /**
   * Replaces the coaching marks with the planned findings: a note and a highlight per finding;
   * earlier ones are removed. Nothing happens without a table.
   */
  showFindings(plan: (current: OkrTable) => readonly CellFinding[]): Promise<void>;
  /** Calls back after the user edits the table (never for the add-in's own writes). */
  onUserEdit(listener: () => void): () => void;
}

/** A workbook cell the add-in watches through an Excel binding: where it is and the binding. */
export interface CellLink {
  readonly bindingId: string;
  readonly sheet: string;
  /** The cell in A1 style, without the sheet: `B5`. */
  readonly address: string;
}

/**
 * A linked cell as read now: its value and where the binding's cell is now (its sheet renamed,
 * rows inserted above it), or why it can no longer be read (never a guess).
 */
export type LinkedCell =
  | { readonly link: CellLink; readonly value: CellValue; readonly at: CellLink }
  | { readonly link: CellLink; readonly broken: BrokenLink };

/** Why a linked cell can no longer be read: its sheet, or the cell itself, was deleted. */
export type BrokenLink = 'sheetDeleted' | 'cellDeleted';

/**
 * Single cells of any sheet bound by the add-in (office.js `Excel.Binding`), so a number that
 * lives in the user's own workbook can feed a KR. Each method is one visit to the workbook, in at
 * most three `context.sync()` calls whatever the number of bindings (reading links after a cell
 * was deleted costs one more per link, to tell which one it was).
 */
export interface CellBindings {
  /** Binds the cell `address` (A1 style, one cell) of `sheet`; fails with a clear error. */
  addCellBinding(sheet: string, address: string): Promise<CellLink>;
  /**
   * Reads the links whose bindings this workbook holds, in their order; the others (another
   * workbook's, or removed) are left out. A link whose sheet or cell is gone is reported broken.
   */
  readLinkedCells(links: readonly CellLink[]): Promise<readonly LinkedCell[]>;
  /** Removes a binding (nothing happens when it is already gone). */
  removeCellBinding(bindingId: string): Promise<void>;
  /** Calls back whenever the bound cell's data changes, whoever changed it. */
  onBindingDataChanged(bindingId: string, listener: () => void): () => void;
  /** Calls back when a sheet, or rows, columns or cells, are deleted: a linked cell may be gone. */
  onCellsRemoved(listener: () => void): () => void;
  /** Calls back when a sheet is renamed: a linked cell on it keeps working under the new name. */
  onSheetRenamed(listener: () => void): () => void;
  /** The workbook's file name and the one cell the user selected; fails unless it is one cell. */
  selectedCell(): Promise<SelectedCell>;
}

/**
 * What the workbook cannot do as asked, as a reason with what it names: the task pane says it in
 * its language (`problem.*` in `../pane-words.ts`), so no English is written here.
 */
export type WorkbookProblem =
  | { readonly code: 'notLoaded' }
  | { readonly code: 'noSuchSheet'; readonly sheet: string }
  | { readonly code: 'noCellSelected' }
  | { readonly code: 'notOneCell'; readonly selection: string }
  | { readonly code: 'notCellAddress'; readonly entry: string };

export class WorkbookError extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(JSON.stringify(problem));
    this.name = 'WorkbookError';
  }
}

export interface SelectedCell {
  readonly workbook: string;
  readonly sheet: string;
  readonly address: string;
}

/** A cell of a workbook, as Excel names it: `Finance.xlsx!Sheet1!B5`. */
export const cellPlace = ({ workbook, sheet, address }: SelectedCell) =>
  `${workbook}!${sheet}!${address}`;

/** `'My sheet'!$B$5` → sheet `My sheet`, address `B5`; throws unless it names one cell. */
export function splitCellAddress(qualified: string): { sheet: string; address: string } {
  const bang = qualified.lastIndexOf('!');
  const quoted = qualified.slice(0, Math.max(bang, 0));
  const sheet = /^'.*'$/.test(quoted) ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  const address = qualified.slice(bang + 1);
  if (!sheet || !singleCellAddress.test(address)) {
    throw new WorkbookError({ code: 'notOneCell', selection: address || qualified });
  }
  return { sheet, address: normalizedCellAddress(address) };
}

/** A cell address the bindings accept: one cell in A1 style, `$` allowed (`B5`, `$AA$120`). */
export const singleCellAddress = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/;

/** `b$5` → `B5`; throws naming what is accepted when `entry` is not one cell. */
export function normalizedCellAddress(entry: string): string {
  const match = singleCellAddress.exec(entry.trim().toUpperCase());
  if (!match) {
    throw new WorkbookError({ code: 'notCellAddress', entry });
  }
  return `${match[1]}${match[2]}`;
}
