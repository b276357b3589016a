/**
 * Row ↔ key result: what a KR looks like as a row of the OKR table, and how a refresh from the
 * store merges with what the sheet already holds without losing anyone's pending edits.
 */
import type { Cycle, IsoDate, IsoDateTime, KeyResult, Objective } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import { keyResultStatus } from '../../core/pace';
import type { OkrRow, OkrTable, RowWrite } from '../workbook/types';
import { moneyUnit } from '../../core/format';
import { kindWordsFor } from '../../core/kind-words';
import { currentCell, measureKeys } from './layout';
import { shownDay } from './row-state';
import { statusWord } from '../../core/status-words';
import {
  changedDefinition,
  checkInCellsOf,
  definitionCellsOf,
  goneFrom,
  isEdited,
  savedProgressCell,
  shownCellsOf,
  stateCells,
  stateOf,
  syncCellOf,
  type CheckInCells,
  type DefinitionCells,
  type RowState,
} from './row-state';

export interface RowContext {
  readonly cycle: Cycle;
  readonly today: IsoDate;
  readonly model: OperatingModel;
  /** The reader's time zone, for the days the sheet shows; the pane's when not given. */
  readonly timeZone?: string;
}

/** A KR's status as the Status column shows it, in the user's language. */
export function statusText(keyResult: KeyResult, context: RowContext): string {
  const status = keyResultStatus(keyResult, context.cycle, context.today, context.model);
  return statusWord(status, context.model.locale);
}

export function storeCells(keyResult: KeyResult, locale: string): CheckInCells {
  return {
    current: currentCell(keyResult, keyResult.current, locale),
    confidence: keyResult.confidence ?? '',
    note: '',
  };
}

/** A KR's definition as the sheet shows it, its kind in the user's language. */
export function definitionCells(keyResult: KeyResult, locale: string): DefinitionCells {
  return {
    keyResult: keyResult.title,
    description: keyResult.description ?? '',
    owner: keyResult.owner?.displayName ?? '',
    kind: kindWordsFor(locale).kinds[keyResult.kind],
    start: keyResult.start,
    target: keyResult.target,
    unit: keyResult.unit,
    weight: keyResult.weight,
  };
}

/** A KR as the store has it, as a fresh row with nothing pending. */
export function keyResultRow(
  keyResult: KeyResult,
  objective: Pick<Objective, 'title'> | undefined,
  context: RowContext,
): RowWrite {
  const base = storeCells(keyResult, context.model.locale);
  const defined = definitionCells(keyResult, context.model.locale);
  const shown = {
    objective: objective?.title ?? '',
    status: statusText(keyResult, context),
    lastCheckIn: shownDay(keyResult.lastCheckInAt, context.timeZone),
  };
  return {
    ...shown,
    ...defined,
    ...base,
    keyResultId: keyResult.id,
    objectiveId: keyResult.objectiveId,
    version: keyResult.version ?? '',
    ...stateCells(
      {
        kind: 'loaded',
        base,
        defined,
        shown,
        ...(keyResult.rolledUpFrom?.length ? { rolledUpFrom: keyResult.rolledUpFrom } : {}),
      },
      context.model.locale,
    ),
    checkInDate: '',
    coach: '',
    savedProgress: '',
  };
}

/** A row's cells without the progress formula's result, to write back unchanged. */
function writableCells(row: OkrRow): RowWrite {
  const cells: Partial<Record<keyof OkrRow['cells'], unknown>> = { ...row.cells };
  delete cells.progress;
  return cells as RowWrite;
}

/**
 * The rows a refresh writes. A KR with pending edits keeps the user's check-in cells, its
 * eTag (so a later send still detects someone else's change) and its state, and the definition
 * cells the user changed (all of them, or none: then the store's, as its state records);
 * everything else comes from the store. An edited row whose KR is no longer on the board stays once, marked as
 * gone (never sent again) as a send marks one the store no longer has; a row marked gone is
 * removed, as its Sync cell said.
 */
export function planRefresh(
  existing: readonly OkrRow[],
  objectives: readonly Objective[],
  keyResults: readonly KeyResult[],
  context: RowContext & { readonly now?: IsoDateTime },
  currencyBelow: OkrTable['currencyBelow'] = {},
): RowWrite[] {
  const objectiveById = new Map(objectives.map((o) => [o.id, o]));
  const existingById = new Map(existing.map((r) => [String(r.cells.keyResultId), r]));
  const onBoard = new Set(keyResults.map((kr) => kr.id));
  const { locale } = context.model;

  const fromStore = keyResults.map((keyResult): RowWrite => {
    const fresh = keyResultRow(keyResult, objectiveById.get(keyResult.objectiveId), context);
    const row = existingById.get(keyResult.id);
    if (!row) {
      // A new row takes the number formats of the row above: an amount of a KR in thousands or
      // millions written in full in its currency there, which Progress's formula reads as no
      // number in the KR's scale, so the row's Saved progress says it (as for a row read so).
      const money = moneyUnit(keyResult.unit.trim());
      const inFull = measureKeys.filter(
        (key) => money && money.scale > 1 && currencyBelow[key] === money.currency,
      );
      const shownAs = Object.fromEntries(inFull.map((key) => [key, 'inFull' as const]));
      const written = { cells: { ...fresh, progress: '' }, shownAs };
      return { ...fresh, coach: '', savedProgress: savedProgressCell(written, locale) };
    }
    if (!isEdited(row, locale)) {
      const written = { ...row, cells: { ...fresh, progress: '' } };
      const savedProgress = savedProgressCell(written, locale);
      return { ...fresh, coach: String(row.cells.coach), savedProgress };
    }
    const cells = row.cells;
    // The read-only cells take the store's values (the user confirmed Load over what they typed).
    const before = stateOf(row);
    // A row marked gone whose KR is on the board again: its edits are pending again.
    const back = before.kind === 'gone' ? { kind: 'pending' as const, goneAt: undefined } : {};
    // A definition the user did not change shows the store's, as someone changed it in Teams: it
    // is then what the store last had, not a change of the user's to send.
    const ownDefinition = changedDefinition(row, locale).length > 0;
    const state: RowState = {
      ...before,
      ...back,
      notOnBoard: undefined,
      shown: shownCellsOf({ cells: fresh }),
      ...(ownDefinition ? {} : { defined: definitionCells(keyResult, locale) }),
    };
    const kept = {
      ...fresh,
      ...checkInCellsOf(row),
      checkInDate: cells.checkInDate,
      ...(ownDefinition ? definitionCellsOf(row) : {}),
      version: cells.version,
      state: JSON.stringify(state),
      coach: cells.coach,
    };
    const written = { ...row, cells: { ...kept, sync: '', progress: '' } };
    return {
      ...kept,
      sync: syncCellOf(written, locale, state),
      savedProgress: savedProgressCell(written, locale, state),
    };
  });
  const gone = existing
    .filter((row) => !onBoard.has(String(row.cells.keyResultId)) && isEdited(row, locale))
    .filter((row) => stateOf(row).kind !== 'gone')
    .map((row): RowWrite => {
      const cells = writableCells(row);
      const state = goneFrom(stateOf(row), context.now ?? context.today, true);
      return {
        ...cells,
        ...stateCells(state, locale, checkInCellsOf(row)),
        savedProgress: savedProgressCell(row, locale, state),
      };
    });
  return [...fromStore, ...gone];
}
