/**
 * The OKR table as plain data, and the plans that change it. A workbook implementation reads
 * the table into a `TableSnapshot` (header row + body values), and applies a `TablePlan` as
 * range-wide writes, so the number of Excel round trips never depends on the number of rows.
 */
import type {
  AddedRow,
  CellValue,
  OkrRow,
  OkrTable,
  RowUpdate,
  RowWrite,
  SheetBinding,
} from '../workbook/types';
import { paneWordsFor } from '../pane-words';
import { acceptedHeaders, columnNamed, headerOf } from './headers';
import { okrColumns, progressFormula, type ColumnKey } from './layout';
import { stateOf } from './state-cell';
import { isMoneyForm, type ShownAs } from '../workbook/typed-numbers';

export interface TableSnapshot {
  readonly headers: readonly string[];
  /** The data body, top to bottom, one value per header. */
  readonly body: readonly (readonly CellValue[])[];
  /**
   * Number cells read as their percentage or date format shows them, by `shownKey` (absent:
   * none). A number the add-in writes there gets the General format, so it is no longer.
   */
  readonly shownAs?: ReadonlyMap<string, ShownAs>;
  /**
   * The number the workbook's grid shows beside the body's first row (absent: not known), so
   * the pane can say which row of the sheet a message is about.
   */
  readonly firstRow?: number;
  /**
   * The currency (ISO code) of the number format each of Start, Target and Current has on the
   * body's last row (absent: none): a row appended below takes that format, so a money KR's
   * amount is written there in full.
   */
  readonly currencyBelow?: OkrTable['currencyBelow'];
}

/** A KR row's cell, whichever row of the table it is in now. */
export const shownKey = (keyResultId: CellValue | undefined, key: ColumnKey) =>
  `${String(keyResultId ?? '')}:${key}`;

/** What a body row's cells are found by in `shownAs`: its KR id, or its place for an added row. */
export const rowKeyOf = (keyResultId: CellValue | undefined, at: number) =>
  String(keyResultId ?? '').trim() || `#${at}`;

/** Values for consecutive cells of one managed column, from body row `row` downwards. */
export interface CellWrite {
  readonly key: ColumnKey;
  readonly row: number;
  readonly values: readonly CellValue[];
}

export interface TablePlan {
  /** Headers of layout columns the table lacks, to append at its right (in this order). */
  readonly addHeaders: readonly string[];
  /**
   * Body rows to delete, as indexes into the table as read, highest first so each is still
   * valid when it is used (appending first does not move them).
   */
  readonly deleteRows: readonly number[];
  /** Empty rows to append at the bottom. */
  readonly appendRows: number;
  /** Writes in body coordinates after deletes and appends; formula columns hold the formula. */
  readonly writes: readonly CellWrite[];
}

/**
 * Where each layout column is in a header row, found by its header in any of the pane's
 * languages (the first column, should two name it); a column of the user's own has no key.
 */
export function columnIndexes(headers: readonly string[]): Map<ColumnKey, number> {
  const indexes = new Map<ColumnKey, number>();
  headers.forEach((header, index) => {
    const key = columnNamed(String(header));
    if (key && !indexes.has(key)) indexes.set(key, index);
  });
  return indexes;
}

/**
 * Refuses a table whose rows cannot be told apart: without its KR id column (renamed, deleted,
 * or headed in a language the pane does not speak), every row would read as one the user added,
 * and a send would create them all again. The message names the headers the add-in does not
 * know and those the column may have; nothing has been written when it is thrown.
 */
export function assertReadable(headers: readonly string[], locale: string): void {
  if (columnIndexes(headers).has('keyResultId')) return;
  const words = paneWordsFor(locale);
  const quoted = (names: readonly string[]) =>
    names.map((name) => words.say('sheet.quoted', { name })).join(', ');
  const unknown = headers.map(String).filter((header) => !columnNamed(header));
  throw new Error(
    [
      words.say('sheet.noKeyResultIds', {
        column: headerOf('keyResultId', locale),
        accepted: quoted(acceptedHeaders('keyResultId')),
      }),
      ...(unknown.length > 0
        ? [words.say('sheet.unknownHeaders', { unknown: quoted(unknown) })]
        : []),
    ].join(' '),
  );
}

/**
 * A row's cells. A column the table lacks (its header renamed or deleted) reads as the add-in
 * last wrote it, from the row's state, so it is no edit of the row's: Load adds it again.
 */
function cellsOf(values: readonly CellValue[], indexes: Map<ColumnKey, number>): OkrRow['cells'] {
  const cells = Object.fromEntries(
    okrColumns.map((c) => {
      const index = indexes.get(c.key);
      return [c.key, index === undefined ? '' : (values[index] ?? '')];
    }),
  ) as Record<ColumnKey, CellValue>;
  const missing = okrColumns.filter((c) => !indexes.has(c.key));
  if (missing.length === 0 || !indexes.has('state')) return cells;
  const { base, defined, shown } = stateOf({ cells });
  const written: Partial<Record<ColumnKey, CellValue>> = { ...shown, ...defined, ...base };
  for (const { key } of missing) cells[key] = written[key] ?? '';
  return cells;
}

function keyResultIdAt(values: readonly CellValue[], indexes: Map<ColumnKey, number>): string {
  const index = indexes.get('keyResultId');
  return index === undefined ? '' : String(values[index] ?? '').trim();
}

/** The table's KR rows (rows the user added without a KR id are theirs and are skipped). */
export function rowsOf(snapshot: TableSnapshot): OkrRow[] {
  const indexes = columnIndexes(snapshot.headers);
  return snapshot.body.flatMap((values, at) => {
    if (keyResultIdAt(values, indexes) === '') return [];
    const cells = cellsOf(values, indexes);
    const shownAs = Object.fromEntries(
      okrColumns.flatMap(({ key }) => {
        const shown = snapshot.shownAs?.get(shownKey(cells.keyResultId, key));
        return shown ? [[key, shown]] : [];
      }),
    );
    return [
      {
        cells,
        ...(Object.keys(shownAs).length > 0 ? { shownAs } : {}),
        ...sheetRowOf(snapshot, at),
      },
    ];
  });
}

function sheetRowOf(snapshot: TableSnapshot, at: number): { row?: number } {
  return snapshot.firstRow === undefined ? {} : { row: snapshot.firstRow + at };
}

/** Rows the user added with a Key result typed (and no KR id): KRs to create, in sheet order. */
export function addedRowsOf(snapshot: TableSnapshot): AddedRow[] {
  const indexes = columnIndexes(snapshot.headers);
  let objectiveAbove: AddedRow['objectiveAbove'];
  return snapshot.body.flatMap((values, at): AddedRow[] => {
    const cells = cellsOf(values, indexes);
    if (keyResultIdAt(values, indexes) !== '') {
      objectiveAbove = { id: String(cells.objectiveId), title: String(cells.objective) };
      return [];
    }
    if (String(cells.keyResult).trim() === '') return [];
    const shownAs = Object.fromEntries(
      okrColumns.flatMap(({ key }) => {
        const shown = snapshot.shownAs?.get(shownKey(rowKeyOf('', at), key));
        return shown ? [[key, shown]] : [];
      }),
    );
    return [
      {
        at,
        cells,
        ...(Object.keys(shownAs).length > 0 ? { shownAs } : {}),
        ...(objectiveAbove ? { objectiveAbove } : {}),
        ...sheetRowOf(snapshot, at),
      },
    ];
  });
}

/**
 * The table as the sync logic reads it: KR rows, added rows and the binding. Throws, in the
 * pane's language, for a table it cannot read (`assertReadable`).
 */
export function tableOf(
  snapshot: TableSnapshot,
  binding: SheetBinding | undefined,
  locale: string,
): OkrTable {
  assertReadable(snapshot.headers, locale);
  const indexes = columnIndexes(snapshot.headers);
  const missing = okrColumns.filter((c) => !indexes.has(c.key)).map((c) => c.key);
  return {
    rows: rowsOf(snapshot),
    added: addedRowsOf(snapshot),
    ...(binding ? { binding } : {}),
    ...(missing.length > 0 ? { missing } : {}),
    ...(snapshot.currencyBelow ? { currencyBelow: snapshot.currencyBelow } : {}),
  };
}

/** The binding of a table written with exactly these rows. */
export function bindingWithRows(binding: SheetBinding, rows: readonly RowWrite[]): SheetBinding {
  return { ...binding, keyResultIds: rows.map((row) => String(row.keyResultId)) };
}

/**
 * The binding after these updates: added rows that got a KR are recorded, deleted KRs are
 * forgotten. Undefined when nothing changes.
 */
export function bindingAfter(
  binding: SheetBinding | undefined,
  updates: readonly RowUpdate[],
): SheetBinding | undefined {
  if (!binding?.keyResultIds) return undefined;
  const added = updates
    .filter((u) => u.at !== undefined && u.keyResultId !== '' && !u.removed)
    .map((u) => u.keyResultId);
  const removed = new Set(updates.filter((u) => u.removed).map((u) => u.keyResultId));
  if (added.length === 0 && removed.size === 0) return undefined;
  const ids = [...new Set([...binding.keyResultIds, ...added])].filter((id) => !removed.has(id));
  return { ...binding, keyResultIds: ids };
}

function isBlank(values: readonly CellValue[]): boolean {
  return values.every((v) => v === '' || v === null || v === undefined);
}

/**
 * A table without rows of data still shows one empty row, Excel's insert row, and the first row
 * added fills it: "Create a table" adds seven rows to a table made from its header alone, and the
 * table then holds seven (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables,
 * whose "Add a column" then gives the new column seven values). So that row is written into by
 * appending, never deleted after it: deleting it would take the first appended row with it. Were
 * it a row of data after all, appending leaves one blank row under the KRs, none is lost.
 */
function isInsertRowOnly(body: readonly (readonly CellValue[])[] | undefined): boolean {
  return body?.length === 1 && isBlank(body[0]!);
}

/** Groups single-cell writes of one column into runs of consecutive rows. */
function runs(key: ColumnKey, cells: readonly { row: number; value: CellValue }[]): CellWrite[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row);
  const result: { key: ColumnKey; row: number; values: CellValue[] }[] = [];
  for (const cell of sorted) {
    const last = result[result.length - 1];
    if (last && last.row + last.values.length === cell.row) last.values.push(cell.value);
    else result.push({ key, row: cell.row, values: [cell.value] });
  }
  return result;
}

/**
 * Plans a create-or-refresh to exactly `rows`: KR rows already in the table keep their place
 * (and the user's cells beside them), rows of KRs not listed are deleted, new KRs are appended.
 * Blank rows are removed, but for the insert row of a table without data, which the first
 * appended row fills; the user's rows without a KR id stay.
 * Columns the table lacks are added with their headers in `locale`; those it has keep theirs,
 * whichever language wrote them.
 */
export function planWrite(
  snapshot: TableSnapshot | undefined,
  rows: readonly RowWrite[],
  locale: string,
): TablePlan {
  const headers = snapshot?.headers ?? [];
  const body = rows.length > 0 && isInsertRowOnly(snapshot?.body) ? [] : (snapshot?.body ?? []);
  const indexes = columnIndexes(headers);
  const missing = okrColumns.filter((column) => !indexes.has(column.key));
  const nameOf = (key: ColumnKey) => {
    const index = indexes.get(key);
    return index === undefined ? headerOf(key, locale) : String(headers[index]);
  };
  const formula = progressFormula(nameOf);
  const valueFor = (key: ColumnKey, row: RowWrite): CellValue =>
    key === 'progress' ? formula : row[key];
  const wanted = new Map(rows.map((r) => [String(r.keyResultId), r]));

  const deleteRows: number[] = [];
  /** The rows after the refresh: a KR row to write (with the cells it had), or a user's row. */
  const kept: { row?: RowWrite; was?: readonly CellValue[] }[] = [];
  body.forEach((values, index) => {
    const id = keyResultIdAt(values, indexes);
    const row = id ? wanted.get(id) : undefined;
    // A blank row among others is removed; alone it stays only if it would be the last row.
    if (id ? !row : isBlank(values) && rows.length > 0) deleteRows.push(index);
    else kept.push(row ? { row, was: values } : {});
  });
  const placed = new Set(kept.map((k) => String(k.row?.keyResultId ?? '')));
  const appended = rows.filter((r) => !placed.has(String(r.keyResultId)));
  const finalRows: { row?: RowWrite; was?: readonly CellValue[] }[] = [
    ...kept,
    ...appended.map((row) => ({ row })),
  ];

  // Cells that already hold the value are left alone (a user's formula there keeps working).
  const writes = okrColumns.flatMap((column) => {
    const index = indexes.get(column.key);
    return runs(
      column.key,
      finalRows.flatMap(({ row, was }, at) => {
        if (!row) return [];
        const value = valueFor(column.key, row);
        const unchanged =
          column.type !== 'formula' && was && index !== undefined && was[index] === value;
        return unchanged ? [] : [{ row: at, value }];
      }),
    );
  });
  return {
    addHeaders: missing.map((column) => headerOf(column.key, locale)),
    deleteRows: deleteRows.reverse(),
    appendRows: appended.length,
    writes,
  };
}

/** Plans cell updates of existing KR rows; updates for KRs not in the table are dropped. */
export function planUpdates(snapshot: TableSnapshot, updates: readonly RowUpdate[]): CellWrite[] {
  const indexes = columnIndexes(snapshot.headers);
  const rowOf = new Map<string, number>();
  snapshot.body.forEach((values, index) => {
    const id = keyResultIdAt(values, indexes);
    if (id) rowOf.set(id, index);
  });
  const byColumn = new Map<ColumnKey, { row: number; value: CellValue }[]>();
  for (const update of updates) {
    if (update.removed) continue;
    const row = update.at ?? rowOf.get(update.keyResultId);
    if (row === undefined) continue;
    for (const [key, value] of Object.entries(update.cells) as [ColumnKey, CellValue][]) {
      if (value === undefined || !indexes.has(key)) continue;
      byColumn.set(key, [...(byColumn.get(key) ?? []), { row, value }]);
    }
  }
  return [...byColumn].flatMap(([key, cells]) => runs(key, cells));
}

/** Applies writes to a snapshot's body in memory (what a workbook would then contain). */
export function applyWrites(
  headers: readonly string[],
  body: CellValue[][],
  writes: readonly CellWrite[],
): void {
  const indexes = columnIndexes(headers);
  for (const write of writes) {
    const column = indexes.get(write.key);
    if (column === undefined) continue;
    write.values.forEach((value, offset) => {
      const row = body[write.row + offset];
      if (row) row[column] = value;
    });
  }
}

/**
 * The table after a plan is applied (formula cells hold their formula): what the workbook
 * holds once the plan's writes are synced, so a flow need not read it back.
 */
export function applyPlan(snapshot: TableSnapshot | undefined, plan: TablePlan): TableSnapshot {
  const headers = [...(snapshot?.headers ?? []), ...plan.addHeaders];
  const read = plan.appendRows > 0 && isInsertRowOnly(snapshot?.body) ? [] : (snapshot?.body ?? []);
  const body = read.map((cells) => [...cells, ...plan.addHeaders.map(() => '')]);
  body.push(
    ...Array.from({ length: plan.appendRows }, () => Array<CellValue>(headers.length).fill('')),
  );
  for (const row of plan.deleteRows) body.splice(row, 1);
  applyWrites(headers, body, plan.writes);
  const firstRow = snapshot?.firstRow;
  return withShownAs(
    { headers, body, ...(firstRow === undefined ? {} : { firstRow }) },
    snapshot?.shownAs,
    plan.writes,
  );
}

/**
 * The cells still shown as a percentage or a date once these writes are made (General), and the
 * money cells, which keep their format.
 */
function withShownAs(
  snapshot: TableSnapshot,
  shownAs: ReadonlyMap<string, ShownAs> | undefined,
  writes: readonly CellWrite[],
): TableSnapshot {
  if (!shownAs?.size) return snapshot;
  const left = new Map(shownAs);
  const idColumn = columnIndexes(snapshot.headers).get('keyResultId') ?? -1;
  for (const write of writes) {
    write.values.forEach((_, offset) => {
      const key = shownKey(snapshot.body[write.row + offset]?.[idColumn], write.key);
      // A money cell keeps its currency format, the amount written there in full.
      if (isMoneyForm(left.get(key))) left.set(key, 'inFull');
      else left.delete(key);
    });
  }
  return { ...snapshot, shownAs: left };
}

/** The snapshot after cell updates of existing KR rows. */
export function applyUpdates(
  snapshot: TableSnapshot,
  updates: readonly RowUpdate[],
): TableSnapshot {
  const body = snapshot.body.map((cells) => [...cells]);
  const writes = planUpdates(snapshot, updates);
  applyWrites(snapshot.headers, body, writes);
  return withShownAs({ ...snapshot, body }, snapshot.shownAs, writes);
}
