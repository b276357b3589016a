/**
 * Rows added to the OKR table create KRs and rows deleted from it delete theirs, each only after
 * the user confirmed the list in the task pane. A new row's KR is checked by the core's rules
 * before it is offered, and gets a client id derived from who creates which title under which
 * objective, so a send retried after a lost answer finds the first KR instead of making a second.
 * Rows in, drafts and updates out: no Excel here.
 */
import { sayIssues } from '../../core/issue-words';
import { keyResultKindFromLabel } from '../../core/kind-words';
import { kindWordsFor } from '../../core/kind-words';
import { validationIssue, type ValidationIssue } from '../../core/issues';
import type { IsoDateTime, KeyResult, KeyResultKind, Person } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import { validateKeyResult } from '../../core/validation';
import { InvalidError } from '../../store/errors';
import { deleteKeyResult } from '../../ui/board/deleteOkr';
import type { KeyResultDraft, OkrRepository } from '../../store/repository';
import { paneWordsFor } from '../pane-words';
import type { AddedRow, CellValue, OkrRow, OkrTable, RowUpdate } from '../workbook/types';
import { derivedClientId, reasonOf } from './check-ins';
import { ownerOf, type FoundOwners } from './owners';
import {
  definitionCellsOf,
  isEdited,
  measureIn,
  numberIn,
  savedProgressCell,
  stateCells,
  stateOf,
  type RowState,
} from './row-state';
import { definitionCells, keyResultRow, storeCells, type RowContext } from './rows';

/** A row the user added: the KR it would create, or why it cannot. */
export interface NewKeyResult {
  readonly at: number;
  readonly title: string;
  readonly objective?: { readonly id: string; readonly title: string };
  /** The same for every attempt to create this title under this objective by this author. */
  readonly clientId: string;
  /** The KR to create (its owner is found when it is sent), when the row is valid. */
  readonly draft?: Omit<KeyResultDraft, 'owner'>;
  /** The owner as typed; empty means the person sending. */
  readonly ownerTyped: string;
  readonly message?: string;
}

/** A KR whose row the user deleted, as the store has it. */
export interface DeletedKeyResult {
  readonly id: string;
  readonly title: string;
}

/**
 * What a send would create and delete, for the user to confirm first, and the table as read for
 * it: the confirmed send starts from that read, so the whole flow stays within the Excel budget.
 */
export interface SendReview {
  readonly creates: readonly {
    readonly clientId: string;
    readonly title: string;
    readonly objective: string;
  }[];
  readonly deletes: readonly DeletedKeyResult[];
  readonly table: OkrTable | undefined;
}

const blank = (cell: CellValue) => String(cell).trim() === '';

/** The objectives the table's KR rows belong to, by id. */
function objectivesOf(rows: readonly OkrRow[]): Map<string, string> {
  return new Map(rows.map((row) => [String(row.cells.objectiveId), String(row.cells.objective)]));
}

/** The objective a new row goes under: the one named in its Objective cell, else the one above. */
function objectiveFor(
  row: AddedRow,
  objectives: ReadonlyMap<string, string>,
  model: OperatingModel,
): { id: string; title: string } | ValidationIssue {
  const named = String(row.cells.objective).trim().toLowerCase();
  if (named === '' && row.objectiveAbove) return row.objectiveAbove;
  const match = [...objectives].find(([, title]) => title.trim().toLowerCase() === named);
  if (match) return { id: match[0], title: match[1] };
  const allowed = [...new Set(objectives.values())].map((title) => `“${title}”`).join(', ');
  const text = String(row.cells.objective).trim();
  return validationIssue('notOneOf', 'objectiveId', { text, allowed }, model.locale);
}

/**
 * A number cell (Start and Target in the row's unit, as the board writes it: `measureIn`), or its
 * default when the user left it empty.
 */
function numberOr(
  cells: AddedRow['cells'],
  field: 'start' | 'target' | 'weight',
  fallback: number | undefined,
  model: OperatingModel,
): { ok: true; value: number } | { ok: false; issues: readonly ValidationIssue[] } {
  const cell = cells[field];
  if (blank(cell)) {
    return fallback === undefined
      ? { ok: false, issues: [validationIssue('required', field, {}, model.locale)] }
      : { ok: true, value: fallback };
  }
  return field === 'weight'
    ? numberIn(cell, field, model.locale)
    : measureIn(cell, field, cells, model.locale);
}

/**
 * The KR a new row describes. Empty cells take the tab's defaults: Kind Increase, Start 0 (a done /
 * not done KR runs from 0 to 1), Weight 1; a new KR starts at its start value.
 */
function draftOf(
  cells: AddedRow['cells'],
  objectiveId: string,
  model: OperatingModel,
): { ok: true; draft: Omit<KeyResultDraft, 'owner'> } | { ok: false; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const kind: KeyResultKind | undefined = blank(cells.kind)
    ? 'increase'
    : keyResultKindFromLabel(String(cells.kind));
  if (!kind) {
    const allowed = Object.values(kindWordsFor(model.locale).kinds).join(', ');
    const text = String(cells.kind).trim();
    issues.push(validationIssue('notOneOf', 'kind', { text, allowed }, model.locale));
  }
  const binary = kind === 'binary';
  const start = numberOr(cells, 'start', 0, model);
  const target = numberOr(cells, 'target', binary ? 1 : undefined, model);
  const weight = numberOr(cells, 'weight', 1, model);
  for (const result of [start, target, weight]) if (!result.ok) issues.push(...result.issues);
  if (!kind || !start.ok || !target.ok || !weight.ok) return { ok: false, issues };
  const description = String(cells.description).trim();
  const draft = {
    objectiveId,
    title: String(cells.keyResult).trim(),
    ...(description ? { description } : {}),
    kind,
    start: start.value,
    target: target.value,
    current: start.value,
    unit: String(cells.unit).trim(),
    weight: weight.value,
  };
  const checked = validateKeyResult({ ...draft, id: '' }, model);
  return checked.ok ? { ok: true, draft } : { ok: false, issues: [...checked.issues] };
}

/** The rows the user added, each with the KR it would create or why it cannot. */
export function newKeyResults(
  table: OkrTable,
  context: { readonly author: Person; readonly model: OperatingModel },
): NewKeyResult[] {
  const objectives = objectivesOf(table.rows);
  const seen = new Set<string>();
  return (table.added ?? []).map((row): NewKeyResult => {
    const title = String(row.cells.keyResult).trim();
    const ownerTyped = String(row.cells.owner).trim();
    const objective = objectiveFor(row, objectives, context.model);
    if ('message' in objective) {
      return { at: row.at, title, clientId: '', ownerTyped, message: objective.message };
    }
    const clientId = derivedClientId('excel-kr', [context.author.id, objective.id, title]);
    if (seen.has(clientId)) {
      const message = `A new row above already adds “${title}” under “${objective.title}”; give this one another title or delete it.`;
      return { at: row.at, title, objective, clientId: '', ownerTyped, message };
    }
    seen.add(clientId);
    const result = draftOf(row.cells, objective.id, context.model);
    return result.ok
      ? { at: row.at, title, objective, clientId, ownerTyped, draft: result.draft }
      : {
          at: row.at,
          title,
          objective,
          clientId,
          ownerTyped,
          message: sayIssues(result.issues, context.model.locale),
        };
  });
}

export type Creation =
  | { readonly kind: 'created'; readonly row: NewKeyResult; readonly keyResult: KeyResult }
  | { readonly kind: 'rejected' | 'failed'; readonly row: NewKeyResult; readonly message: string };

/** Creates a confirmed new row's KR, owned by the person typed in Owner or else by the author. */
export async function createKeyResult(
  row: NewKeyResult,
  context: {
    readonly repository: Pick<OkrRepository, 'createKeyResult'>;
    readonly model: OperatingModel;
    readonly author: Person;
    readonly owners: FoundOwners;
  },
): Promise<Creation> {
  const owner = row.ownerTyped
    ? ownerOf(row.ownerTyped, context.owners, context.model.locale)
    : { ok: true as const, value: context.author };
  if (!owner.ok) {
    return { kind: 'rejected', row, message: sayIssues(owner.issues, context.model.locale) };
  }
  try {
    const keyResult = await context.repository.createKeyResult({
      ...row.draft!,
      owner: owner.value,
      clientId: row.clientId,
    });
    return { kind: 'created', row, keyResult };
  } catch (error) {
    const kind = error instanceof InvalidError ? 'rejected' : 'failed';
    return { kind, row, message: reasonOf(error, context.model.locale) };
  }
}

/**
 * Deletes the KR of a deleted row, with If-Match on its eTag, as the board's delete does (one
 * someone else deleted first counts as deleted); otherwise says why it was not deleted.
 */
export async function deleteRowKeyResult(
  keyResult: KeyResult,
  repository: OkrRepository,
  locale: string,
): Promise<
  | { readonly id: string }
  | { readonly id: string; readonly title: string; readonly message: string }
> {
  try {
    await deleteKeyResult(repository, keyResult);
    return { id: keyResult.id };
  } catch (error) {
    return { id: keyResult.id, title: keyResult.title, message: reasonOf(error, locale) };
  }
}

/**
 * What the added rows show after the send: each created KR's row (found again by its client id,
 * as the user may have moved rows meanwhile) takes the KR; a refused one says why.
 */
export function createdRowUpdates(
  table: OkrTable,
  news: readonly NewKeyResult[],
  creations: readonly Creation[],
  context: RowContext & { readonly now: IsoDateTime },
): RowUpdate[] {
  const added = new Map((table.added ?? []).map((row) => [row.at, row]));
  return creations.flatMap((creation) => {
    const now = news.find((row) => row.clientId === creation.row.clientId);
    const row = now && added.get(now.at);
    if (!row) return [];
    return creation.kind === 'created'
      ? [createdRowUpdate(row, creation.keyResult, now.objective?.title ?? '', context)]
      : [newRowUpdate(row, context.model.locale, creation.message)];
  });
}

/** KR ids the sheet had rows for that are gone from the table: rows the user deleted. */
export function deletedKeyResultIds(table: OkrTable): string[] {
  const present = new Set(table.rows.map((row) => String(row.cells.keyResultId)));
  return (table.binding?.keyResultIds ?? []).filter((id) => !present.has(id));
}

/**
 * A message recorded on a new row by an earlier send (an owner nobody has, the store's refusal),
 * as long as the row still reads as it did then.
 */
export function recordedMessage(row: Pick<AddedRow, 'cells'>): string | undefined {
  const state = stateOf({ cells: row.cells });
  if (!state.message || !state.defined) return undefined;
  const now = definitionCellsOf({ cells: row.cells });
  const same = Object.entries(state.defined).every(
    ([key, value]) => String(now[key as keyof typeof now]).trim() === String(value).trim(),
  );
  return same ? state.message : undefined;
}

/** The Sync and state cells of a new row that is not created yet, with why if it cannot be. */
export function newRowUpdate(
  row: Pick<AddedRow, 'at' | 'cells' | 'shownAs'>,
  locale: string,
  message?: string,
): RowUpdate {
  const state: RowState = {
    kind: 'pending',
    base: { current: '', confidence: '', note: '' },
    ...(message ? { message, defined: definitionCellsOf({ cells: row.cells }) } : {}),
  };
  const cells = message
    ? stateCells(state, locale)
    : { state: JSON.stringify(state), sync: paneWordsFor(locale).say('sync.newRow') };
  // A row added below a money cell takes its currency format: Saved progress, as for a KR's row.
  const savedProgress = savedProgressCell(
    { cells: row.cells, ...(row.shownAs ? { shownAs: row.shownAs } : {}) },
    locale,
    state,
  );
  return { keyResultId: '', at: row.at, cells: { ...cells, savedProgress } };
}

/**
 * A new row once its KR is created: the KR's id, eTag and definition as the store has it, and the
 * row marked sent. A Current, Confidence or Note typed on the row stays, as a check-in to send.
 */
export function createdRowUpdate(
  row: AddedRow,
  created: KeyResult,
  objectiveTitle: string,
  context: RowContext & { readonly now: IsoDateTime },
): RowUpdate {
  const fresh = keyResultRow(created, { title: objectiveTitle }, context);
  const typed = Object.fromEntries(
    (['current', 'confidence', 'note'] as const)
      .filter((key) => !blank(row.cells[key]))
      .map((key) => [key, row.cells[key]]),
  );
  const base = storeCells(created, context.model.locale);
  const settled: RowState = {
    kind: 'sent',
    base,
    defined: definitionCells(created, context.model.locale),
    sentAt: context.now,
  };
  const cells = { ...fresh, ...typed };
  const next: RowState = {
    ...settled,
    kind: isEdited(
      { cells: { ...cells, progress: '', ...stateCells(settled, context.model.locale) } },
      context.model.locale,
    )
      ? 'pending'
      : 'sent',
  };
  return {
    keyResultId: created.id,
    at: row.at,
    cells: { ...cells, ...stateCells(next, context.model.locale) },
  };
}
