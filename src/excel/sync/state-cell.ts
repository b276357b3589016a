/**
 * A row's hidden "Sync state" cell read back. On its own, so the table's reader (on the task
 * pane's first screen with the office.js workbook) takes it without the sync's row logic.
 */
import type { CellValue, OkrRow } from '../workbook/types';
import type { RowState, RowStateKind } from './row-state';

export const rowStateKinds = [
  'loaded',
  'pending',
  'sent',
  'failed',
  'refused',
  'conflict',
  'gone',
] as const;

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

/**
 * A KR's Start, Target and Current as the store last had them (in the KR's unit), by the row's
 * state cell: what tells whether a money cell's number is in the KR's millions or in full.
 */
export function storedMeasures(state: CellValue): number[] {
  const { base, defined } = stateOf({ cells: { state } } as unknown as OkrRow);
  return [defined?.start, defined?.target, base.current].filter(
    (value): value is number => typeof value === 'number',
  );
}
