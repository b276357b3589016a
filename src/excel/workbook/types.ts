/**
 * The workbook as the add-in sees it: one OKR table of typed cells. Every Excel call sits behind
 * this interface; `office-workbook.ts` implements it with office.js and the browser simulator
 * (`src/dev/excel-simulator`) over an in-page grid. The sync logic in `../sync` only uses this.
 */
import type { Cycle } from '../../core/model';
import type { ColumnKey } from '../sync/layout';

/** What a cell holds, as office.js reports `Range.values`: empty cells are `''`. */
export type CellValue = string | number | boolean;

export type OkrCells = Readonly<Record<ColumnKey, CellValue>>;

/** One row of the OKR table that belongs to a KR (it has a KR id). */
export interface OkrRow {
  readonly cells: OkrCells;
}

/** Which team's KRs for which cycle the table holds; saved in the workbook beside it. */
export interface SheetBinding {
  readonly teamIds: readonly string[];
  readonly cycle: Cycle;
}

export interface OkrTable {
  readonly rows: readonly OkrRow[];
  readonly binding?: SheetBinding;
}

/** A row's managed cells as the add-in writes them; `progress` is the workbook's own formula. */
export type RowWrite = Readonly<Record<Exclude<ColumnKey, 'progress'>, CellValue>>;

/** New values for some managed cells of one row, found by its KR id. */
export interface RowUpdate {
  readonly keyResultId: string;
  readonly cells: Partial<RowWrite>;
}

/** A coaching finding shown in place: a note on the cell plus a highlight. */
export interface CellFinding {
  readonly keyResultId: string;
  readonly column: 'objective' | 'keyResult';
  /** The note's text: the finding and its suggestion. */
  readonly text: string;
}

export interface OkrWorkbook {
  /** The OKR table as it is now (only rows with a KR id), or undefined before the first load. */
  readTable(): Promise<OkrTable | undefined>;
  /**
   * Creates the sheet and table, or refreshes it to exactly these rows (matched by KR id): new
   * KRs are appended, rows not listed are removed, the managed columns are rewritten. The
   * user's own columns, rows without a KR id, and formatting stay as they are.
   */
  writeRows(rows: readonly RowWrite[], binding: SheetBinding): Promise<void>;
  /** Sets some managed cells of existing rows; rows that are gone are skipped. */
  updateRows(updates: readonly RowUpdate[]): Promise<void>;
  /** Replaces the coaching marks: a note and a highlight per finding; earlier ones are removed. */
  showFindings(findings: readonly CellFinding[]): Promise<void>;
  /** Calls back after the user edits the table (never for the add-in's own writes). */
  onUserEdit(listener: () => void): () => void;
}
