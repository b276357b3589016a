/**
 * The programme's many-item writes, in `$batch`es of 20: saving a cycle's closing scores (every
 * KR and objective with If-Match, so nobody's change is overwritten) and rolling objectives and
 * KRs over into the next cycle (parents first, so a child aligns to its parent's new id).
 */
import { validateScoreReason } from '../../core/closing';
import { toResult } from '../../core/issues';
import type { KeyResult, Objective } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import type { RolloverPlan } from '../../core/rollover';
import { validateKeyResult, validateObjective } from '../../core/validation';
import { ConflictError, OkrError } from '../errors';
import {
  keyResultFromItem,
  keyResultToFields,
  objectiveFromItem,
  objectiveToFields,
  type Fields,
  type GraphListItem,
} from '../mapping';
import type { ClosingReport, ClosingSave, RequestOptions, RolloverReport } from '../repository';
import type { ListKey } from '../schema';
import { ensureValid, itemNoun } from '../validation';
import type { StepOutcome } from './batch';
import type { StoreCollaborators } from './collaborators';
import { queryAll } from './paging';
import { equals } from './queries';

/** What the programme's writes work with: the store's collaborators and the model's limits. */
export interface ProgrammeCollaborators extends StoreCollaborators {
  readonly rules: OperatingModel;
}

function failure(outcome: StepOutcome): unknown {
  return outcome.ok ? undefined : outcome.error;
}

async function patchAll<T extends { id: string; version?: string; title: string }>(
  store: ProgrammeCollaborators,
  list: ListKey,
  items: readonly T[],
  toFields: (item: T) => Fields,
  fromItem: (item: GraphListItem) => T,
  options?: RequestOptions,
): Promise<{ saved: T[]; conflicts: ConflictError<T>[] }> {
  const outcomes = await store.batch.run(
    items.map((item) => ({
      method: 'PATCH' as const,
      url: `${store.paths.item(list, item.id)}/fields`,
      headers: { 'If-Match': item.version ?? '' },
      body: toFields(item),
    })),
    { signal: options?.signal, idempotent: true, action: `Saving the ${itemNoun(list)}s` },
  );
  const saved: T[] = [];
  const conflicted: T[] = [];
  outcomes.forEach((outcome, index) => {
    const item = items[index]!;
    if (outcome.ok) {
      saved.push(fromItem({ id: item.id, fields: outcome.body as GraphListItem['fields'] }));
    } else if (failure(outcome) instanceof ConflictError) {
      conflicted.push(item);
    } else {
      throw failure(outcome) instanceof OkrError
        ? failure(outcome)
        : new Error(String(failure(outcome)));
    }
  });
  const theirs = await store.batch.run(
    conflicted.map((item) => ({ method: 'GET' as const, url: store.paths.get(list, item.id) })),
    { signal: options?.signal, idempotent: true, action: `Reading the ${itemNoun(list)}s` },
  );
  const conflicts = conflicted.map((mine, index) => {
    const outcome = theirs[index]!;
    const current = outcome.ok ? fromItem(outcome.body as GraphListItem) : undefined;
    return new ConflictError<T>(
      current
        ? `“${mine.title}” was changed by someone else since you opened it.`
        : `“${mine.title}” was deleted by someone else since you opened it.`,
      mine,
      current,
    );
  });
  return { saved, conflicts };
}

/** Saves scores and learnings; items changed meanwhile are reported, not overwritten. */
export async function saveClosing(
  store: ProgrammeCollaborators,
  closing: ClosingSave,
  cycleOf: (objectiveId: string) => string,
  options?: RequestOptions,
): Promise<ClosingReport> {
  const rules = store.rules;
  for (const kr of closing.keyResults) {
    ensureValid(validateKeyResult(kr, rules), `“${kr.title}”`);
    // Kept whole or refused: a longer reason is never cut to fit.
    ensureValid(toResult(kr, validateScoreReason(kr.scoreReason ?? '', rules)), `“${kr.title}”`);
  }
  for (const o of closing.objectives) ensureValid(validateObjective(o, rules), `“${o.title}”`);
  const keyResults = await patchAll(
    store,
    'keyResults',
    closing.keyResults,
    (kr) => keyResultToFields(kr, cycleOf(kr.objectiveId)),
    keyResultFromItem,
    options,
  );
  const objectives = await patchAll(
    store,
    'objectives',
    closing.objectives,
    objectiveToFields,
    objectiveFromItem,
    options,
  );
  return {
    objectives: objectives.saved,
    keyResults: keyResults.saved,
    conflicts: [...keyResults.conflicts, ...objectives.conflicts],
  };
}

/** The clones an earlier run of the same roll-over created in the next cycle, by source id. */
async function earlierClones(
  store: ProgrammeCollaborators,
  cycleId: string,
  options?: RequestOptions,
): Promise<{ objectives: Map<string, Objective>; keyResults: Map<string, KeyResult> }> {
  const [objectives, keyResults] = await queryAll<GraphListItem>(
    store.batch,
    store.connection,
    [
      store.paths.query('objectives', equals('CycleId', cycleId)),
      store.paths.query('keyResults', equals('CycleId', cycleId)),
    ],
    { signal: options?.signal, action: 'Reading the next cycle' },
  );
  const bySource = <T extends { sourceId?: string }>(items: readonly T[]) =>
    new Map(items.flatMap((item) => (item.sourceId ? [[item.sourceId, item] as const] : [])));
  return {
    objectives: bySource(objectives!.map(objectiveFromItem)),
    keyResults: bySource(keyResults!.map(keyResultFromItem)),
  };
}

/**
 * Creates the plan's objectives level by level (one `$batch` per level), then its KRs. Clones
 * an earlier run created (found by their source id in the next cycle) are kept, not created
 * again: running the same roll-over twice, or again after a failure, duplicates nothing.
 */
export async function rollOver(
  store: ProgrammeCollaborators,
  plan: RolloverPlan,
  options?: RequestOptions,
): Promise<RolloverReport> {
  const rules = store.rules;
  // Everything is checked before anything is written, so bad input leaves nothing half-made.
  for (const { draft } of plan.objectives) {
    ensureValid(validateObjective({ ...draft, id: '' }, rules), `“${draft.title}”`);
  }
  for (const { draft } of plan.keyResults) {
    ensureValid(
      validateKeyResult({ ...draft, id: '', objectiveId: 'new' }, rules),
      `“${draft.title}”`,
    );
  }
  const cycleId = plan.objectives[0]?.draft.cycleId ?? '';
  if (cycleId === '') return { objectives: [], keyResults: [] };
  const earlier = await earlierClones(store, cycleId, options);
  const newIds = new Map<string, string>();
  const created: Objective[] = [];
  for (const entry of plan.objectives) {
    const clone = earlier.objectives.get(entry.draft.sourceId ?? '');
    if (clone) {
      newIds.set(entry.sourceId, clone.id);
      created.push(clone);
    }
  }
  let pending = plan.objectives.filter((entry) => !newIds.has(entry.sourceId));
  while (pending.length > 0) {
    const ready = pending.filter(
      (entry) => !entry.parentSourceId || newIds.has(entry.parentSourceId),
    );
    if (ready.length === 0) throw new Error('The roll-over plan has an alignment loop.');
    pending = pending.filter((entry) => !ready.includes(entry));
    const drafts = ready.map((entry) => {
      const parentId = entry.parentSourceId ? newIds.get(entry.parentSourceId) : undefined;
      return { ...entry.draft, ...(parentId ? { parentId } : {}) };
    });
    const outcomes = await store.batch.run(
      drafts.map((draft) => ({
        method: 'POST' as const,
        url: store.paths.items('objectives'),
        body: { fields: objectiveToFields(draft) },
      })),
      { signal: options?.signal, action: 'Creating the rolled-over objectives' },
    );
    outcomes.forEach((outcome, index) => {
      if (!outcome.ok) throw failure(outcome);
      const objective = objectiveFromItem(outcome.body as GraphListItem);
      newIds.set(ready[index]!.sourceId, objective.id);
      created.push(objective);
    });
  }
  const keptKeyResults = plan.keyResults.flatMap((entry) => {
    const clone = earlier.keyResults.get(entry.draft.sourceId ?? '');
    return clone ? [clone] : [];
  });
  const krDrafts = plan.keyResults
    .filter((entry) => !earlier.keyResults.has(entry.draft.sourceId ?? ''))
    .map((entry) => ({ ...entry.draft, objectiveId: newIds.get(entry.objectiveSourceId) ?? '' }));
  const outcomes = await store.batch.run(
    krDrafts.map((draft) => ({
      method: 'POST' as const,
      url: store.paths.items('keyResults'),
      body: { fields: keyResultToFields(draft, cycleId) },
    })),
    { signal: options?.signal, action: 'Creating the rolled-over key results' },
  );
  const keyResults = outcomes.map((outcome) => {
    if (!outcome.ok) throw failure(outcome);
    const keyResult = keyResultFromItem(outcome.body as GraphListItem);
    store.known.rememberKeyResult(keyResult, cycleId);
    return keyResult;
  });
  return { objectives: created, keyResults: [...keptKeyResults, ...keyResults] };
}
