/**
 * Where each row stands with the store, kept IN the workbook (the hidden "Sync state" cell) so
 * pending edits survive closing the task pane or the workbook. A row is edited when its
 * check-in cells differ from `base`, or its definition cells (title, kind, start, target, unit)
 * from `defined`, the values the store last had; that is worked out from the cells every time,
 * so edits made while the add-in was closed are found too.
 */
import type { Contributor } from '../../core/model';
import type { CellValue, OkrRow, RowUpdate } from '../workbook/types';

export interface CheckInCells {
  readonly current: CellValue;
  readonly confidence: CellValue;
  readonly note: CellValue;
}

/** The cells that define a KR (as opposed to a check-in on it), edited in the sheet too. */
export const definitionKeys = [
  'keyResult',
  'description',
  'owner',
  'kind',
  'start',
  'target',
  'unit',
  'weight',
] as const;
export type DefinitionKey = (typeof definitionKeys)[number];
export type DefinitionCells = Readonly<Record<DefinitionKey, CellValue>>;

export const definitionLabels: Readonly<Record<DefinitionKey, string>> = {
  keyResult: 'Title',
  description: 'Description',
  owner: 'Owner',
  kind: 'Kind',
  start: 'Start',
  target: 'Target',
  unit: 'Unit',
  weight: 'Weight',
};

/** A conflict over the definition: both sides, the store's version, the fields both changed. */
export interface DefinitionConflict {
  readonly mine: DefinitionCells;
  readonly theirs: DefinitionCells;
  readonly version: string;
  readonly fields: readonly DefinitionKey[];
}

const rowStateKinds = ['loaded', 'pending', 'sent', 'failed', 'conflict'] as const;
export type RowStateKind = (typeof rowStateKinds)[number];

export interface TheirValues {
  readonly current: number;
  readonly confidence?: number;
  readonly version?: string;
}

export interface RowState {
  readonly kind: RowStateKind;
  /** The check-in cells as the store last had them. */
  readonly base: CheckInCells;
  /** Why the row was not sent: a validation message or the store's reason. */
  readonly message?: string;
  /** In a conflict: the store's values now. */
  readonly theirs?: TheirValues;
  /** The definition cells as the store last had them (absent in rows of older add-ins). */
  readonly defined?: DefinitionCells;
  /** In a conflict over the definition: both sides. */
  readonly definitionConflict?: DefinitionConflict;
  readonly sentAt?: string;
  /**
   * Where the KR's progress rolls up from, when it does: it then takes no check-in of its own
   * (the sheet has no column for it, so the row remembers).
   */
  readonly rolledUpFrom?: readonly Contributor[];
  /** The read-only cells as the add-in last wrote them (absent in rows of older add-ins). */
  readonly shown?: Partial<ShownCells>;
}

/**
 * Cells the add-in writes and never sends: the objective's title (changed in Teams), the status
 * and the last check-in's date (worked out from check-ins), and Progress (the sheet's formula).
 * What a user types over them is kept, with why it is not sent, until they type it back or Load
 * (which asks first) puts the store's values back.
 */
export const shownKeys = ['objective', 'status', 'lastCheckIn'] as const;
export type ShownKey = (typeof shownKeys)[number];
export type ShownCells = Readonly<Record<ShownKey, CellValue>>;
export type ReadOnlyKey = ShownKey | 'progress';

const readOnlyReasons: Readonly<Record<ShownKey, string>> = {
  objective: 'Objective is changed in Teams',
  status: 'Status follows the check-ins',
  lastCheckIn: 'Last check-in is the date of the latest check-in',
};

export function shownCellsOf(row: { readonly cells: Pick<OkrRow['cells'], ShownKey> }): ShownCells {
  return {
    objective: row.cells.objective,
    status: row.cells.status,
    lastCheckIn: row.cells.lastCheckIn,
  };
}

/**
 * The read-only cells the user typed over: a written cell that differs from what the add-in
 * wrote, or a Progress cell that holds a typed value instead of its formula.
 */
export function readOnlyEdits(row: OkrRow, state: RowState = stateOf(row)): ReadOnlyKey[] {
  const shown = state.shown ?? {};
  const typed = shownKeys.filter(
    (key) =>
      shown[key] !== undefined && String(row.cells[key]).trim() !== String(shown[key]).trim(),
  );
  const progress = String(row.cells.progress);
  return progress !== '' && !progress.startsWith('=') ? [...typed, 'progress'] : typed;
}

/** Why the read-only cells the user typed over are not sent, and what the store has ('' if none). */
export function readOnlyNote(row: OkrRow, state: RowState = stateOf(row)): string {
  const keys = readOnlyEdits(row, state);
  if (keys.length === 0) return '';
  const parts = keys.map((key) =>
    key === 'progress'
      ? `Progress is worked out by the sheet's formula`
      : `${readOnlyReasons[key]} (the store has “${String(state.shown?.[key] ?? '')}”)`,
  );
  return `${parts.join('; ')}. Type it back, or Load puts the store's values back.`;
}

/** The visible "Sync" cell of a row: its state in words, and what in it will not be sent. */
export function syncCellOf(row: OkrRow, state: RowState = stateOf(row)): string {
  const text = syncText(state, checkInCellsOf(row));
  const reason = readOnlyNote(row, state);
  const note = reason && `Not sent from Excel: ${reason}`;
  if (!note || !text) return note || text;
  return `${text}${text.endsWith('.') ? '' : '.'} ${note}`;
}

/**
 * The add-in's planned updates, made to keep what the user typed over read-only cells: a new
 * value for such a cell is recorded as what the store has instead of replacing the user's text,
 * every value written there is remembered, and every Sync cell says what will not be sent
 * (rows the updates do not touch too: the user may just have typed into one).
 */
export function keepReadOnlyEdits(
  rows: readonly OkrRow[],
  updates: readonly RowUpdate[],
): RowUpdate[] {
  const byId = new Map(
    updates.flatMap((update) =>
      update.at === undefined && !update.removed ? [[update.keyResultId, update] as const] : [],
    ),
  );
  const kept = rows.flatMap((row): RowUpdate[] => {
    const keyResultId = String(row.cells.keyResultId);
    const update = byId.get(keyResultId);
    byId.delete(keyResultId);
    const before = stateOf(row);
    const typedOver = new Set(readOnlyEdits(row, before));
    const cells: Record<string, CellValue> = { ...update?.cells };
    let shown = before.shown;
    for (const key of shownKeys) {
      if (cells[key] === undefined) continue;
      shown = { ...shown, [key]: cells[key] };
      if (typedOver.has(key)) delete cells[key];
    }
    const next: RowState = {
      ...(cells.state === undefined
        ? before
        : stateOf({ cells: { ...row.cells, state: cells.state } })),
      ...(shown ? { shown } : {}),
    };
    const after: OkrRow = { cells: { ...row.cells, ...cells, state: JSON.stringify(next) } };
    const sync = syncCellOf(after, next);
    if (!update && shown === before.shown && sync === String(row.cells.sync)) return [];
    return [{ ...update, keyResultId, cells: { ...cells, state: JSON.stringify(next), sync } }];
  });
  // Updates for rows not read (added rows taking a KR, removed KRs) pass as they are.
  const untouched = updates.filter(
    (update) => update.at !== undefined || update.removed || byId.has(update.keyResultId),
  );
  return [...kept, ...untouched];
}

export function definitionCellsOf(row: OkrRow): DefinitionCells {
  return Object.fromEntries(definitionKeys.map((key) => [key, row.cells[key]])) as DefinitionCells;
}

/**
 * The definition fields the user changed in the sheet (none when nothing is recorded; a field
 * an older add-in did not record, such as the owner, counts as unchanged until the next load).
 */
export function changedDefinition(row: OkrRow, state: RowState = stateOf(row)): DefinitionKey[] {
  const defined: Partial<DefinitionCells> | undefined = state.defined;
  if (!defined) return [];
  const mine = definitionCellsOf(row);
  return definitionKeys.filter(
    (key) => defined[key] !== undefined && String(mine[key]).trim() !== String(defined[key]).trim(),
  );
}

export function isCheckInEdited(row: OkrRow, state: RowState = stateOf(row)): boolean {
  return !sameCells(checkInCellsOf(row), state.base);
}

export function checkInCellsOf(row: OkrRow): CheckInCells {
  return { current: row.cells.current, confidence: row.cells.confidence, note: row.cells.note };
}

export function sameCells(a: CheckInCells, b: CheckInCells): boolean {
  return (
    String(a.current) === String(b.current) &&
    String(a.confidence) === String(b.confidence) &&
    String(a.note) === String(b.note)
  );
}

/** Reads the hidden state cell; a missing or damaged one counts as "everything is an edit". */
export function stateOf(row: OkrRow): RowState {
  try {
    const parsed = JSON.parse(String(row.cells.state)) as Partial<RowState>;
    if (parsed?.base && rowStateKinds.includes(parsed.kind as RowStateKind)) {
      return parsed as RowState;
    }
    // A kind this version does not know (an older add-in's "sending"): the edit is pending.
    if (parsed?.base) return { kind: 'pending', base: parsed.base };
  } catch {
    // fall through
  }
  return { kind: 'pending', base: { current: '', confidence: '', note: '' } };
}

export function isEdited(row: OkrRow): boolean {
  const state = stateOf(row);
  return isCheckInEdited(row, state) || changedDefinition(row, state).length > 0;
}

/** Rows a send picks up: edited and not waiting for a conflict choice. */
export function isPending(row: OkrRow): boolean {
  return isEdited(row) && stateOf(row).kind !== 'conflict';
}

function formatNumber(value: number | undefined): string {
  return value === undefined ? '–' : String(value);
}

/** The visible "Sync" cell: what happened to the row, in words. */
export function syncText(state: RowState, mine?: CheckInCells): string {
  switch (state.kind) {
    case 'loaded':
      return state.rolledUpFrom?.length ? 'Rolled up: check in on its sources' : '';
    case 'pending':
      return state.message ? `Pending: ${state.message}` : 'Pending';
    case 'sent':
      return `Sent ${state.sentAt?.slice(0, 16).replace('T', ' ') ?? ''}`.trim();
    case 'failed':
      return `Not sent: ${state.message ?? 'unknown error'}`;
    case 'conflict': {
      const definition = state.definitionConflict;
      if (definition) {
        const fields = definition.fields.map(
          (key) =>
            `${definitionLabels[key]} yours “${String(definition.mine[key])}”, ` +
            `theirs “${String(definition.theirs[key])}”`,
        );
        return `Conflict: ${fields.join('; ')}. Choose in the task pane.`;
      }
      const theirs = state.theirs;
      const yours = mine
        ? `${String(mine.current)} (confidence ${String(mine.confidence) || '–'})`
        : '';
      return (
        `Conflict: yours ${yours}, theirs ${formatNumber(theirs?.current)} ` +
        `(confidence ${formatNumber(theirs?.confidence)}). Choose in the task pane.`
      );
    }
  }
}

/** The two cells that record a state: the hidden JSON and the visible words. */
export function stateCells(
  state: RowState,
  mine?: CheckInCells,
): { readonly state: string; readonly sync: string } {
  return { state: JSON.stringify(state), sync: syncText(state, mine) };
}

/**
 * After the user edited the sheet: rows that became edited turn pending; rows edited back to
 * what the store has lose their pending mark. Conflicts wait for the user's choice.
 */
export function editUpdates(rows: readonly OkrRow[]): RowUpdate[] {
  return rows.flatMap((row) => {
    const state = stateOf(row);
    const edited = isEdited(row);
    const settled = state.kind === 'loaded' || state.kind === 'sent';
    if (edited === !settled || state.kind === 'conflict') return [];
    const next: RowState = edited
      ? { ...state, kind: 'pending' }
      : {
          kind: 'loaded',
          base: state.base,
          ...(state.rolledUpFrom ? { rolledUpFrom: state.rolledUpFrom } : {}),
        };
    return [
      { keyResultId: String(row.cells.keyResultId), cells: stateCells(next, checkInCellsOf(row)) },
    ];
  });
}
