/**
 * A KR's definition edited in the sheet (title, description, owner, kind, start, target, unit,
 * weight) goes to the store as a KR update, never silently reverted. It is checked against the
 * store's KR as it is now: a field both sides changed is a conflict that shows both (nothing is
 * overwritten); the user's other fields are laid over the store's KR and sent with If-Match on
 * its eTag, so the store's own rules validate them and a change in between is caught.
 */
import { sayIssues } from '../../core/issue-words';
import { keyResultKindFromLabel } from '../../core/kind-words';
import { kindWordsFor } from '../../core/kind-words';
import { validationIssue } from '../../core/issues';
import { validateCheckInOn } from '../../core/check-in';
import type { Cycle, IsoDateTime, KeyResult } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import { keyResultMeasureIssues, weightIssues } from '../../core/validation';
import { ConflictError, InvalidError, NotFoundError } from '../../store/errors';
import type { CheckInDraft, OkrRepository } from '../../store/repository';
import type { OkrRow, RowUpdate } from '../workbook/types';
import { paneWordsFor } from '../pane-words';
import { dayOf } from '../../ui/app/day-of';
import { ownerOf, type FoundOwners } from './owners';
import { formattedCellsToFix, reasonOf, refusalOf, sayInColumns, type Refusal } from './check-ins';
import { headerOf } from './headers';
import {
  changedDefinition,
  definitionCellsOf,
  goneFrom,
  isEdited,
  notSent,
  numberIn,
  refusedAsSent,
  refusedBy,
  stateCells,
  stateOf,
  checkInCellsOf,
  fieldLabel,
  measureIn,
  type DefinitionCells,
  type DefinitionConflict,
  type DefinitionKey,
  type RowState,
} from './row-state';
import { definitionCells, statusText, type RowContext } from './rows';
import { sayInSheet } from './sheet-words';

export interface DefinitionEdit {
  readonly keyResultId: string;
  readonly fields: readonly DefinitionKey[];
  readonly mine: DefinitionCells;
  /** The definition as the store had it when the sheet was loaded. */
  readonly defined: DefinitionCells;
  /** Its number cells Excel shows as a percentage or a date (see `OkrRow`). */
  readonly shownAs?: OkrRow['shownAs'];
}

export type DefinitionOutcome =
  | { readonly kind: 'sent'; readonly keyResult: KeyResult }
  | { readonly kind: 'conflict'; readonly conflict: DefinitionConflict }
  /**
   * `rejected`: a cell to fix (the add-in's own check); `refused`: the store's rules or the
   * directory refused what the cells read, so the row waits for the user's edit; `failed`: the
   * store did not take it (unreachable, the KR gone).
   */
  | {
      readonly kind: 'rejected' | 'refused' | 'failed';
      readonly message: string;
      /** A store's refusal in full, for the pane (`message` is short, for the Sync cell). */
      readonly detail?: string;
    }
  /**
   * The store took the KR change, then refused the row's check-in: the change was put back (a
   * write with the eTag the change got), so nothing of the row stays; `version` is the KR's now.
   */
  | {
      readonly kind: 'refused';
      readonly message: string;
      readonly detail?: string;
      readonly version: string;
    }
  /**
   * The store took the KR change, then someone changed the KR before the row's check-in was
   * saved (a conflict): the change was put back and waits in the row with the check-in, whose
   * conflict the row shows with `note`; `version` is the KR's now.
   */
  | { readonly kind: 'held'; readonly note: string; readonly version: string }
  /** The store no longer has the KR (not found, or not on this board): never sent again. */
  | { readonly kind: 'gone'; readonly notOnBoard?: true };

/**
 * Rows whose definition the user changed (all, or only `only`'s), not waiting on a conflict nor
 * refused by the store as they read.
 */
export function definitionEdits(
  rows: readonly OkrRow[],
  locale: string,
  only?: ReadonlySet<string>,
): DefinitionEdit[] {
  return rows.flatMap((row) => {
    const keyResultId = String(row.cells.keyResultId);
    const state = stateOf(row);
    const fields = changedDefinition(row, locale, state);
    if (fields.length === 0 || !state.defined) return [];
    if (state.kind === 'conflict' || state.kind === 'gone') return [];
    if (refusedAsSent(row, locale, state)) return [];
    if (only && !only.has(keyResultId)) return [];
    return [
      {
        keyResultId,
        fields,
        mine: definitionCellsOf(row),
        defined: state.defined,
        ...(row.shownAs ? { shownAs: row.shownAs } : {}),
      },
    ];
  });
}

const same = (a: unknown, b: unknown) => String(a).trim() === String(b).trim();

/** A number cell of the definition: Start and Target in the row's unit (`measureIn`). */
function numberOf(cells: DefinitionCells, field: 'start' | 'target' | 'weight', locale: string) {
  return field === 'weight'
    ? numberIn(cells.weight, field, locale)
    : measureIn(cells[field], field, cells, locale);
}

/** The store's KR with the user's fields laid over it, or why a field cannot be taken. */
function withFields(
  stored: KeyResult,
  edit: DefinitionEdit,
  model: OperatingModel,
  owners: FoundOwners,
):
  | { ok: true; keyResult: KeyResult }
  | { ok: false; message: string; readonly by: 'check' | 'directory' } {
  let keyResult: KeyResult = stored;
  const messages: string[] = [];
  for (const field of edit.fields) {
    const cell = edit.mine[field];
    if (field === 'keyResult') keyResult = { ...keyResult, title: String(cell).trim() };
    if (field === 'description') keyResult = { ...keyResult, description: String(cell).trim() };
    if (field === 'unit') keyResult = { ...keyResult, unit: String(cell).trim() };
    // An emptied owner is a cell to fix (`definitionToFix`), not the directory's refusal.
    if (field === 'owner' && String(cell).trim() !== '') {
      const owner = ownerOf(cell, owners, model.locale);
      if (owner.ok) keyResult = { ...keyResult, owner: owner.value };
      else messages.push(sayIssues(owner.issues, model.locale));
    }
    if (field === 'kind') {
      const kind = keyResultKindFromLabel(String(cell));
      if (kind) keyResult = { ...keyResult, kind };
    }
    if (field === 'start' || field === 'target' || field === 'weight') {
      const parsed = numberOf(edit.mine, field, model.locale);
      if (parsed.ok) keyResult = { ...keyResult, [field]: parsed.value };
    }
  }
  // Only an owner the directory does not know: the directory's refusal, not a cell to fix.
  const by = messages.length > 0 ? 'directory' : 'check';
  const unreadable = definitionToFix(edit, model.locale);
  if (unreadable) messages.push(unreadable);
  return messages.length > 0
    ? { ok: false, message: messages.join(' '), by: unreadable ? 'check' : by }
    : { ok: true, keyResult };
}

/**
 * Why a definition edit cannot be sent as typed, before the store is asked: an emptied owner or
 * key result, a kind or a number (start, target, weight) that does not read, or a weight the store's rule
 * refuses; undefined when every cell reads. The pane says it as the cell is typed (`markEdits`).
 */
export function definitionToFix(edit: DefinitionEdit, locale: string): string | undefined {
  const numbers = edit.fields.filter(
    (field) => field === 'start' || field === 'target' || field === 'weight',
  );
  const formatted = formattedCellsToFix(
    {
      cells: { ...edit.mine, current: '', confidence: '' },
      ...(edit.shownAs ? { shownAs: edit.shownAs } : {}),
    },
    numbers,
    String(edit.mine.unit),
    { locale },
  );
  const messages = edit.fields.flatMap((field) => {
    const cell = edit.mine[field];
    const shown = formatted.get(field);
    if (shown) return [shown];
    if (field === 'owner' && String(cell).trim() === '') {
      const column = fieldLabel('owner', locale);
      return [sayInSheet('owner.empty', locale, { column, example: 'megan@contoso.com' })];
    }
    if (field === 'keyResult' && String(cell).trim() === '') {
      // Named by its header, as the sheet shows it ("Key result"), not as a field ("Title").
      const column = headerOf('keyResult', locale);
      return [
        sayInSheet('keyResult.empty', locale, { column, loaded: String(edit.defined.keyResult) }),
      ];
    }
    if (field === 'kind' && !keyResultKindFromLabel(String(cell))) {
      const allowed = Object.values(kindWordsFor(locale).kinds).join(', ');
      const text = String(cell).trim();
      return [sayInColumns([validationIssue('notOneOf', 'kind', { text, allowed })], locale)];
    }
    if (field !== 'start' && field !== 'target' && field !== 'weight') return [];
    const parsed = numberOf(edit.mine, field, locale);
    const issues = !parsed.ok
      ? parsed.issues
      : field === 'weight'
        ? weightIssues(field, parsed.value, locale)
        : [];
    return issues.length > 0 ? [sayInColumns(issues, locale)] : [];
  });
  return messages.length > 0 ? messages.join(' ') : measureToFix(edit, locale);
}

/**
 * Every cell reads, but the kind, start and target together measure nothing (the target typed
 * on the start, or on the wrong side of it for the kind): the store would refuse the row.
 */
function measureToFix(edit: DefinitionEdit, locale: string): string | undefined {
  if (!edit.fields.some((field) => field === 'kind' || field === 'start' || field === 'target')) {
    return undefined;
  }
  const kind = keyResultKindFromLabel(String(edit.mine.kind));
  const start = numberOf(edit.mine, 'start', locale);
  const target = numberOf(edit.mine, 'target', locale);
  if (!kind || !start.ok || !target.ok) return undefined;
  const issues = keyResultMeasureIssues({ kind, start: start.value, target: target.value }, locale);
  return issues.length > 0 ? sayInColumns(issues, locale) : undefined;
}

function conflictWith(
  edit: DefinitionEdit,
  theirs: KeyResult,
  locale: string,
): DefinitionConflict | undefined {
  const cells = definitionCells(theirs, locale);
  const fields = edit.fields.filter(
    (key) => !same(cells[key], edit.defined[key]) && !same(cells[key], edit.mine[key]),
  );
  return fields.length > 0
    ? { mine: edit.mine, theirs: cells, version: theirs.version ?? '', fields }
    : undefined;
}

/**
 * Why the store would refuse the row's check-in on the KR as this edit will leave it (the store's
 * own rules: `validateCheckInOn`), checked before the edit is written, so a row is never half
 * written; undefined when it would take it, or when the edit itself cannot be taken (that says why).
 */
export function checkInRefusedWith(
  edit: DefinitionEdit,
  stored: KeyResult,
  checkIn: CheckInDraft,
  context: { readonly model: OperatingModel; readonly owners: FoundOwners; readonly cycle: Cycle },
): DefinitionOutcome | undefined {
  const { model, owners, cycle } = context;
  const merged = withFields(stored, edit, model, owners);
  if (!merged.ok) return undefined;
  const result = validateCheckInOn(checkIn, model, { keyResult: merged.keyResult, cycle, dayOf });
  if (result.ok) return undefined;
  const messages = result.issues.map((issue) => issue.message);
  const error = new InvalidError(
    `The check-in was not saved: ${messages.join(' ')}`,
    messages,
    result.issues,
  );
  return { kind: 'refused', ...refusalOf(error, model.locale) };
}

/** The KR's fields each definition cell sets. */
const keyResultFieldOf = {
  keyResult: 'title',
  description: 'description',
  owner: 'owner',
  kind: 'kind',
  start: 'start',
  target: 'target',
  unit: 'unit',
  weight: 'weight',
} as const satisfies Record<DefinitionKey, keyof KeyResult>;

/**
 * Why the store took the row's KR change and then did not take its check-in: its rules refused
 * the check-in, or someone changed the KR in between (a conflict, with the KR as they left it).
 */
export type CheckInNotTaken =
  | { readonly kind: 'refused'; readonly why: Refusal }
  | { readonly kind: 'conflict'; readonly theirs: KeyResult };

/**
 * The store took the row's KR change (`written`) and then did not take its check-in: the fields
 * the edit changed are written back as they were (`stored`), so nothing of the row stays. After
 * a refusal the write goes with If-Match on the eTag the change got; after a conflict, over the
 * KR as the other person left it (their eTag), putting back only the fields that still hold what
 * the change wrote (a field they changed too is theirs now). Says so, or, when the KR cannot be
 * put back, that the change stays saved and why (the row's refusal or conflict says the rest).
 */
export async function putBack(
  edit: DefinitionEdit,
  stored: KeyResult,
  written: KeyResult,
  notTaken: CheckInNotTaken,
  repository: OkrRepository,
  locale: string,
): Promise<
  | { readonly kind: 'putBack'; readonly outcome: DefinitionOutcome }
  | { readonly kind: 'kept'; readonly note: string }
> {
  const now = notTaken.kind === 'conflict' ? notTaken.theirs : written;
  const restored: Record<string, unknown> = { ...now };
  for (const field of edit.fields) {
    const key = keyResultFieldOf[field];
    if (JSON.stringify(now[key]) !== JSON.stringify(written[key])) continue;
    if (stored[key] === undefined) delete restored[key];
    else restored[key] = stored[key];
  }
  const words = paneWordsFor(locale);
  const fields = edit.fields.map((field) => fieldLabel(field, locale)).join(', ');
  try {
    const back = await repository.updateKeyResult(restored as unknown as KeyResult);
    const version = back.version ?? '';
    if (notTaken.kind === 'conflict') {
      const note = words.say('sync.putBackConflict', { fields });
      return { kind: 'putBack', outcome: { kind: 'held', note, version } };
    }
    const said = words.say('sync.putBack', { fields });
    const { why } = notTaken;
    return {
      kind: 'putBack',
      outcome: {
        kind: 'refused',
        message: `${why.message} ${said}`,
        detail: `${why.detail} ${said}`,
        version,
      },
    };
  } catch (error) {
    return {
      kind: 'kept',
      note: words.say('sync.notPutBack', { fields, reason: reasonOf(error, locale) }),
    };
  }
}

/** Sends one row's definition edit over the store's KR as it is now (`stored`). */
export async function sendDefinition(
  edit: DefinitionEdit,
  stored: KeyResult | undefined,
  repository: OkrRepository,
  model: OperatingModel,
  owners: FoundOwners = new Map(),
): Promise<DefinitionOutcome> {
  if (!stored) return { kind: 'gone', notOnBoard: true };
  const clash = conflictWith(edit, stored, model.locale);
  if (clash) return { kind: 'conflict', conflict: clash };
  const merged = withFields(stored, edit, model, owners);
  if (!merged.ok) {
    return { kind: merged.by === 'directory' ? 'refused' : 'rejected', message: merged.message };
  }
  try {
    return { kind: 'sent', keyResult: await repository.updateKeyResult(merged.keyResult) };
  } catch (error) {
    const theirs =
      error instanceof ConflictError ? (error.theirs as KeyResult | undefined) : undefined;
    const late = theirs && conflictWith(edit, theirs, model.locale);
    if (late) return { kind: 'conflict', conflict: late };
    if (error instanceof NotFoundError) return { kind: 'gone' };
    // The store's rules refused the values: the edit waits, with the reason, to be fixed.
    return error instanceof InvalidError
      ? { kind: 'refused', ...refusalOf(error, model.locale) }
      : { kind: 'failed', message: reasonOf(error, model.locale) };
  }
}

/**
 * What a row shows after its definition was sent (or not). A sent field the user has not typed
 * over since is written as the store has it (the owner typed as an email reads as their name).
 */
export function definitionUpdate(
  row: OkrRow,
  edit: DefinitionEdit,
  outcome: DefinitionOutcome,
  context: RowContext & { readonly now: IsoDateTime },
): RowUpdate {
  const keyResultId = String(row.cells.keyResultId);
  const state = stateOf(row);
  const mine = checkInCellsOf(row);
  if (outcome.kind === 'sent') {
    const defined = definitionCells(outcome.keyResult, context.model.locale);
    const settledCells = Object.fromEntries(
      edit.fields
        .filter((key) => same(row.cells[key], edit.mine[key]))
        .map((key) => [key, defined[key]]),
    );
    const settled: RowState = { kind: 'sent', base: state.base, defined, sentAt: context.now };
    const after: OkrRow = {
      cells: { ...row.cells, ...settledCells, ...stateCells(settled, context.model.locale) },
    };
    const next: RowState = {
      ...settled,
      kind: isEdited(after, context.model.locale) ? 'pending' : 'sent',
    };
    return {
      keyResultId,
      cells: {
        ...settledCells,
        version: outcome.keyResult.version ?? '',
        status: statusText(outcome.keyResult, context),
        ...stateCells(next, context.model.locale, mine),
      },
    };
  }
  const next: RowState =
    outcome.kind === 'held'
      ? state
      : outcome.kind === 'conflict'
        ? { ...state, kind: 'conflict', definitionConflict: outcome.conflict }
        : outcome.kind === 'gone'
          ? goneFrom(state, context.now, outcome.notOnBoard)
          : outcome.kind === 'refused'
            ? refusedBy(
                state,
                outcome.message,
                { cells: { ...row.cells, ...edit.mine } },
                context.model.locale,
                'detail' in outcome ? outcome.detail : undefined,
              )
            : outcome.kind === 'rejected'
              ? // The add-in's own check of the cells: the reason goes once they read right.
                notSent(state, 'pending', outcome.message, true)
              : notSent(state, 'failed', outcome.message);
  // A change put back moved the KR's eTag on twice: the row takes it, or its next send conflicts.
  const version = 'version' in outcome ? { version: outcome.version } : {};
  return { keyResultId, cells: { ...version, ...stateCells(next, context.model.locale, mine) } };
}
