/**
 * The workbook simulator's model: the same `OkrWorkbook` interface as the office.js one, over
 * an in-page table (header + body cells, cell notes, the sheet binding), saved in a `Storage`
 * (localStorage in the page) as a stand-in for the workbook file. It applies the same table
 * plans as the office.js workbook, so refreshes and updates behave alike.
 */
import { okrColumns } from '../../excel/sync/layout';
import {
  applyWrites,
  planUpdates,
  planWrite,
  rowsOf,
  type TableSnapshot,
} from '../../excel/sync/table';
import type {
  CellFinding,
  CellValue,
  OkrTable,
  OkrWorkbook,
  RowUpdate,
  RowWrite,
  SheetBinding,
} from '../../excel/workbook/types';

export interface SimulatedSheet {
  readonly headers: string[];
  readonly body: CellValue[][];
  /** Cell notes by `row:header`. */
  readonly notes: Record<string, string>;
  readonly binding?: SheetBinding;
}

export const simulatorStorageKey = 'okr-coach.excel-simulator.workbook';

const textHeaders = new Set(okrColumns.filter((c) => c.type === 'text').map((c) => c.header));

/** What a typed entry becomes, as in Excel: numbers in number cells, text in text cells. */
export function entered(header: string, entry: string): CellValue {
  if (textHeaders.has(header)) return entry;
  const trimmed = entry.trim();
  const number = Number(trimmed);
  return trimmed !== '' && Number.isFinite(number) ? number : entry;
}

export const noteKey = (row: number, header: string) => `${row}:${header}`;

export class SimulatedWorkbook implements OkrWorkbook {
  private sheet: SimulatedSheet | undefined;
  private readonly userEditListeners = new Set<() => void>();
  private readonly changeListeners = new Set<() => void>();

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) {
    const saved = storage.getItem(simulatorStorageKey);
    this.sheet = saved ? (JSON.parse(saved) as SimulatedSheet) : undefined;
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

  /** A person typed into a cell (or a column of their own); the add-in hears about it. */
  edit(row: number, header: string, entry: string): void {
    const sheet = this.sheet;
    const column = sheet?.headers.indexOf(header) ?? -1;
    const cells = sheet?.body[row];
    if (!sheet || !cells || column < 0) return;
    cells[column] = entered(header, entry);
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

  /** Starts over with an empty workbook. */
  clear(): void {
    this.sheet = undefined;
    this.storage.removeItem(simulatorStorageKey);
    this.notify();
  }

  async readTable(): Promise<OkrTable | undefined> {
    if (!this.sheet) return undefined;
    const rows = rowsOf(this.snapshot());
    return { rows, ...(this.sheet.binding ? { binding: this.sheet.binding } : {}) };
  }

  async writeRows(rows: readonly RowWrite[], binding: SheetBinding): Promise<void> {
    const existing = this.sheet;
    const plan = planWrite(existing ? this.snapshot() : undefined, rows);
    const headers = [...(existing?.headers ?? []), ...plan.addHeaders];
    const width = headers.length;
    const body = (existing?.body ?? []).map((cells) => [
      ...cells,
      ...plan.addHeaders.map(() => ''),
    ]);
    body.push(...Array.from({ length: plan.appendRows }, () => Array<CellValue>(width).fill('')));
    for (const row of plan.deleteRows) body.splice(row, 1);
    applyWrites(headers, body, plan.writes);
    this.sheet = { headers, body, notes: existing?.notes ?? {}, binding };
    this.save();
  }

  async updateRows(updates: readonly RowUpdate[]): Promise<void> {
    if (!this.sheet) return;
    applyWrites(this.sheet.headers, this.sheet.body, planUpdates(this.snapshot(), updates));
    this.save();
  }

  async showFindings(findings: readonly CellFinding[]): Promise<void> {
    if (!this.sheet) return;
    const { headers, body } = this.sheet;
    const idColumn = headers.indexOf('KR id');
    const notes: Record<string, string> = {};
    const flags = new Map<string, string>();
    for (const finding of findings) {
      const row = body.findIndex((cells) => String(cells[idColumn]) === finding.keyResultId);
      if (row < 0) continue;
      const header = okrColumns.find((c) => c.key === finding.column)?.header ?? '';
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

  private snapshot(): TableSnapshot {
    return { headers: this.sheet?.headers ?? [], body: this.sheet?.body ?? [] };
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
