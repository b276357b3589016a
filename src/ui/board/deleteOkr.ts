import type { KeyResult, Objective } from '../../core/model';
import { ConflictError } from '../../store/errors';
import type { OkrRepository, RequestOptions } from '../../store/repository';

/**
 * Deleting an objective deletes its key results first, then the objective, so no KR is ever
 * left pointing at an objective that is gone. An objective that other objectives align to is not
 * deleted: their owners realign them first (the app does not silently change other teams'
 * objectives). Every delete carries the item's eTag (If-Match).
 */
export interface ObjectiveDeletion {
  readonly objective: Objective;
  readonly keyResults: readonly KeyResult[];
  /** Objectives aligned to this one, in any team: while there are any, it is not deleted. */
  readonly aligned: readonly Objective[];
}

export type DeletedItem =
  | { readonly kind: 'objective'; readonly id: string }
  | { readonly kind: 'keyResult'; readonly id: string };

/** The objective as the store has it now, its KRs and what aligns to it, from the cycle's board. */
export async function planObjectiveDeletion(
  repository: OkrRepository,
  objective: Objective,
  options?: RequestOptions,
): Promise<ObjectiveDeletion> {
  const board = await repository.loadBoard({ cycleId: objective.cycleId }, options);
  return {
    objective: board.objectives.find((candidate) => candidate.id === objective.id) ?? objective,
    keyResults: board.keyResults.filter((kr) => kr.objectiveId === objective.id),
    aligned: board.objectives.filter((candidate) => candidate.parentId === objective.id),
  };
}

/** KRs added to the objective while it was being deleted: it is kept for them. */
export class KeyResultsAddedError extends Error {
  constructor(readonly added: readonly KeyResult[]) {
    super(
      `${added.length === 1 ? 'A key result was' : `${added.length} key results were`} added to ` +
        'the objective meanwhile, so it was not deleted.',
    );
    this.name = 'KeyResultsAddedError';
  }
}

/**
 * Deletes one item with If-Match. Someone else deleting it first counts as deleted; someone
 * changing it throws the `ConflictError` (with their version) for the person to decide.
 */
async function deleteGuarded(remove: () => Promise<void>): Promise<void> {
  try {
    await remove();
  } catch (error) {
    if (error instanceof ConflictError && error.theirs === undefined) return;
    throw error;
  }
}

export async function deleteKeyResult(
  repository: OkrRepository,
  keyResult: KeyResult,
  options?: RequestOptions,
): Promise<void> {
  await deleteGuarded(() => repository.deleteKeyResult(keyResult, options));
}

/**
 * Deletes the plan's KRs one by one, checks no KR was added meanwhile (the writes dropped any
 * cached board, so that read is fresh), then deletes the objective. Stops at the first conflict
 * or failure, having reported what it deleted so far; what is left is still consistent.
 */
export async function deleteObjective(
  repository: OkrRepository,
  plan: ObjectiveDeletion,
  onDeleted: (item: DeletedItem) => void,
  options?: RequestOptions,
): Promise<void> {
  if (plan.aligned.length > 0) {
    throw new Error('Objectives align to this one: realign them before deleting it.');
  }
  for (const keyResult of plan.keyResults) {
    await deleteKeyResult(repository, keyResult, options);
    onDeleted({ kind: 'keyResult', id: keyResult.id });
  }
  const now = await planObjectiveDeletion(repository, plan.objective, options);
  if (now.keyResults.length > 0) throw new KeyResultsAddedError(now.keyResults);
  if (now.aligned.length > 0) {
    throw new Error('An objective was aligned to this one meanwhile, so it was not deleted.');
  }
  await deleteGuarded(() => repository.deleteObjective(plan.objective, options));
  onDeleted({ kind: 'objective', id: plan.objective.id });
}
