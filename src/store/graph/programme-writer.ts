/**
 * The programme's many-item writes, in `$batch`es of 20: saving a cycle's closing scores (every
 * KR and objective with If-Match, so nobody's change is overwritten) and rolling objectives, KRs
 * and initiatives over into the next cycle (parents first, so a child aligns to its parent's new id).
 */
import { validateScoreReason } from '../../core/closing';
import { toResult } from '../../core/issues';
import type { Initiative, KeyResult, Objective } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import { rolledOverFrom, type RolledLink, type RolloverPlan } from '../../core/rollover';
import { validateInitiative, validateKeyResult, validateObjective } from '../../core/validation';
import { CancelledError, ConflictError, OkrError } from '../errors';
import {
  initiativeFromItem,
  initiativeToFields,
  keyResultFromItem,
  keyResultToFields,
  objectiveFromItem,
  objectiveToFields,
  type Fields,
  type GraphListItem,
} from '../mapping';
import type {
  ClosingReport,
  ClosingSave,
  NotCarried,
  RequestOptions,
  RolloverReport,
} from '../repository';
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
): Promise<{
  objectives: Map<string, Objective>;
  keyResults: Map<string, KeyResult>;
  initiatives: Map<string, Initiative>;
}> {
  const [objectives, keyResults, initiatives] = await queryAll<GraphListItem>(
    store.batch,
    store.connection,
    [
      store.paths.query('objectives', equals('CycleId', cycleId)),
      store.paths.query('keyResults', equals('CycleId', cycleId)),
      store.paths.query('initiatives', equals('CycleId', cycleId)),
    ],
    { signal: options?.signal, action: 'Reading the next cycle' },
  );
  const bySource = <T extends { sourceId?: string }>(items: readonly T[]) =>
    new Map(items.flatMap((item) => (item.sourceId ? [[item.sourceId, item] as const] : [])));
  return {
    objectives: bySource(objectives!.map(objectiveFromItem)),
    keyResults: bySource(keyResults!.map(keyResultFromItem)),
    initiatives: bySource(initiatives!.map(initiativeFromItem)),
  };
}

/**
 * The copies of one list's items, by source id: made by this run or an earlier one, still to
 * make (`waiting`), or not made (`lost`: refused, or not in the plan and never made).
 */
class Copies {
  private readonly made = new Map<string, string>();
  private readonly lostIds = new Set<string>();
  constructor(
    private readonly earlier: ReadonlyMap<string, { readonly id: string }>,
    private readonly planned: ReadonlySet<string>,
  ) {}
  record(sourceId: string, id: string) {
    this.made.set(sourceId, id);
  }
  lose(sourceId: string) {
    this.lostIds.add(sourceId);
  }
  idOf(sourceId: string): string | 'waiting' | 'lost' {
    const id = this.made.get(sourceId) ?? this.earlier.get(rolledOverFrom(sourceId))?.id;
    if (id !== undefined) return id;
    return this.lostIds.has(sourceId) || !this.planned.has(sourceId) ? 'lost' : 'waiting';
  }
  linkId(link: RolledLink): string | 'waiting' | 'lost' {
    return 'id' in link ? link.id : this.idOf(link.copyOf);
  }
}

/** An entry's fields once every copy it points to is known; else why they are not. */
type Prepared = { readonly fields: Fields } | 'waiting' | 'lost';

function whenKnown(ids: readonly string[], fields: (ids: readonly string[]) => Fields): Prepared {
  if (ids.includes('lost')) return 'lost';
  if (ids.includes('waiting')) return 'waiting';
  return { fields: fields(ids) };
}

/**
 * Creates `entries` in `$batch`es, each once what it points to in the same list exists: an
 * entry whose earlier copy exists is kept; one refused, or pointing to a copy not made, is
 * noted as not carried (so is everything after a batch that failed as a whole).
 */
async function createInLevels<E extends { sourceId: string; draft: { title: string } }, T>(
  store: ProgrammeCollaborators,
  list: 'objectives' | 'keyResults' | 'initiatives',
  entries: readonly E[],
  copies: Copies,
  earlier: ReadonlyMap<string, T & { readonly id: string }>,
  prepare: (entry: E) => Prepared,
  fromItem: (item: GraphListItem) => T & { readonly id: string },
  report: { readonly items: T[]; readonly notCarried: NotCarried[] },
  options?: RequestOptions,
): Promise<void> {
  const kind =
    list === 'objectives' ? 'objective' : list === 'keyResults' ? 'keyResult' : 'initiative';
  const lose = (entry: E, error?: OkrError | Error) => {
    copies.lose(entry.sourceId);
    report.notCarried.push({ kind, title: entry.draft.title, ...(error ? { error } : {}) });
  };
  let pending = entries.filter((entry) => {
    const clone = earlier.get(rolledOverFrom(entry.sourceId));
    if (clone) report.items.push(clone);
    return !clone;
  });
  while (pending.length > 0) {
    const prepared = pending.map((entry) => ({ entry, prepared: prepare(entry) }));
    const ready = prepared.flatMap(({ entry, prepared }) =>
      typeof prepared === 'object' ? [{ entry, fields: prepared.fields }] : [],
    );
    for (const { entry, prepared: state } of prepared) if (state === 'lost') lose(entry);
    pending = prepared.flatMap(({ entry, prepared: state }) =>
      state === 'waiting' ? [entry] : [],
    );
    if (ready.length === 0) {
      // Only what waits on each other is left: a loop never saved so.
      for (const entry of pending) lose(entry);
      return;
    }
    let outcomes: StepOutcome[];
    try {
      outcomes = await store.batch.run(
        ready.map(({ fields }) => ({
          method: 'POST' as const,
          url: store.paths.items(list),
          body: { fields },
        })),
        { signal: options?.signal, action: `Creating the rolled-over ${itemNoun(list)}s` },
      );
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      const reason = error instanceof Error ? error : new Error(String(error));
      // An answer lost may hide a copy made: the next run finds it by its source id.
      for (const { entry } of ready) lose(entry, reason);
      for (const entry of pending) lose(entry);
      return;
    }
    outcomes.forEach((outcome, index) => {
      const { entry } = ready[index]!;
      if (!outcome.ok) return lose(entry, outcome.error);
      const item = fromItem(outcome.body as GraphListItem);
      copies.record(entry.sourceId, item.id);
      report.items.push(item);
    });
  }
}

/**
 * Creates the plan's objectives level by level (one `$batch` per level, a child once its
 * parent's copy exists), then its KRs, then their initiatives. Clones an earlier run created
 * (found by their source id in the next cycle) are kept, not created again: running the same
 * roll-over twice, or again after a failure, duplicates nothing. What Graph refuses is named in
 * the report, with what hangs on it (a child objective, its KRs, their initiatives): nothing is
 * written pointing to a copy that does not exist.
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
  for (const { draft } of plan.initiatives) {
    ensureValid(
      validateInitiative({ ...draft, id: '', keyResultId: 'new' }, rules),
      `“${draft.title}”`,
    );
  }
  const report = {
    objectives: [] as Objective[],
    keyResults: [] as KeyResult[],
    initiatives: [] as Initiative[],
    notCarried: [] as NotCarried[],
  };
  const cycleId = plan.cycleId;
  if (plan.objectives.length + plan.keyResults.length + plan.initiatives.length === 0)
    return report;
  const earlier = await earlierClones(store, cycleId, options);
  const sources = (entries: readonly { sourceId: string }[]) =>
    new Set(entries.map((entry) => entry.sourceId));
  const objectives = new Copies(earlier.objectives, sources(plan.objectives));
  const keyResults = new Copies(earlier.keyResults, sources(plan.keyResults));
  const initiatives = new Copies(earlier.initiatives, sources(plan.initiatives));

  await createInLevels(
    store,
    'objectives',
    plan.objectives,
    objectives,
    earlier.objectives,
    (entry) =>
      whenKnown(
        [
          ...(entry.parent ? [objectives.linkId(entry.parent)] : []),
          ...(entry.alignments ?? []).map(({ link }) => objectives.linkId(link)),
        ],
        (ids) => {
          const [parentId, ...weighted] = entry.parent ? ids : [undefined, ...ids];
          return objectiveToFields({
            ...entry.draft,
            ...(parentId ? { parentId } : {}),
            ...(entry.alignments
              ? {
                  alignments: entry.alignments.map(({ weight }, index) => ({
                    objectiveId: weighted[index]!,
                    weight,
                  })),
                }
              : {}),
          });
        },
      ),
    objectiveFromItem,
    { items: report.objectives, notCarried: report.notCarried },
    options,
  );
  await createInLevels(
    store,
    'keyResults',
    plan.keyResults,
    keyResults,
    earlier.keyResults,
    (entry) => {
      const contributors = entry.rolledUpFrom ?? [];
      return whenKnown(
        [
          objectives.idOf(entry.objectiveSourceId),
          ...contributors.map(({ kind, link }) =>
            (kind === 'objective' ? objectives : keyResults).linkId(link),
          ),
        ],
        ([objectiveId, ...contributorIds]) =>
          keyResultToFields(
            {
              ...entry.draft,
              objectiveId: objectiveId!,
              ...(contributors.length > 0
                ? {
                    rolledUpFrom: contributors.map(({ kind, weight }, index) => ({
                      kind,
                      id: contributorIds[index]!,
                      weight,
                    })),
                  }
                : {}),
            },
            cycleId,
          ),
      );
    },
    keyResultFromItem,
    { items: report.keyResults, notCarried: report.notCarried },
    options,
  );
  for (const keyResult of report.keyResults) store.known.rememberKeyResult(keyResult, cycleId);
  await createInLevels(
    store,
    'initiatives',
    plan.initiatives,
    initiatives,
    earlier.initiatives,
    (entry) =>
      whenKnown([keyResults.idOf(entry.keyResultSourceId)], ([keyResultId]) =>
        initiativeToFields({ ...entry.draft, keyResultId: keyResultId! }, cycleId),
      ),
    initiativeFromItem,
    { items: report.initiatives, notCarried: report.notCarried },
    options,
  );
  return report;
}
