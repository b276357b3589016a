/**
 * Rolling over: "Start the next cycle" clones chosen objectives and KRs into the next cycle.
 * Unfinished ones are chosen by default; a KR starts where it ended (start = last value); an
 * objective keeps its alignment only when its parent rolls over too (the old parent stays in the
 * old cycle). Pure: the plan says what to create; the store writes it in `$batch`es.
 */
import type { KeyResult, Objective } from './model';
import { keyResultProgress } from './progress';

export interface RolloverSource {
  readonly objectives: readonly Objective[];
  readonly keyResults: readonly KeyResult[];
}

export interface RolloverSelection {
  readonly objectiveIds: ReadonlySet<string>;
  readonly keyResultIds: ReadonlySet<string>;
}

/** A KR is finished once its progress reaches the target. */
export function isFinished(keyResult: KeyResult): boolean {
  return keyResultProgress(keyResult) >= 1;
}

const nothing: RolloverSelection = { objectiveIds: new Set(), keyResultIds: new Set() };

/**
 * Unfinished KRs, and the objectives that have one, are pre-selected; what is `carried` over
 * already is not offered again.
 */
export function defaultRolloverSelection(
  source: RolloverSource,
  carried: RolloverSelection = nothing,
): RolloverSelection {
  const keyResultIds = new Set(
    source.keyResults
      .filter(
        (kr) =>
          !isFinished(kr) &&
          !carried.keyResultIds.has(kr.id) &&
          !carried.objectiveIds.has(kr.objectiveId),
      )
      .map((kr) => kr.id),
  );
  const objectiveIds = new Set(
    source.objectives
      .filter((objective) =>
        source.keyResults.some((kr) => kr.objectiveId === objective.id && keyResultIds.has(kr.id)),
      )
      .map((objective) => objective.id),
  );
  return { objectiveIds, keyResultIds };
}

/**
 * The selection with each of `objectives` chosen with all its KRs (`on`), or with none of them:
 * "select all" and "select none", for a team or the whole list. What the next cycle holds already
 * (`carried`) is never chosen again.
 */
export function chooseAll(
  selection: RolloverSelection,
  source: RolloverSource,
  objectives: readonly Pick<Objective, 'id'>[],
  on: boolean,
  carried: RolloverSelection = nothing,
): RolloverSelection {
  const objectiveIds = new Set(selection.objectiveIds);
  const keyResultIds = new Set(selection.keyResultIds);
  const chosen = new Set(objectives.map((objective) => objective.id));
  for (const id of chosen) {
    if (on && !carried.objectiveIds.has(id)) objectiveIds.add(id);
    else objectiveIds.delete(id);
  }
  for (const kr of source.keyResults) {
    if (!chosen.has(kr.objectiveId)) continue;
    if (on && !carried.keyResultIds.has(kr.id) && !carried.objectiveIds.has(kr.objectiveId))
      keyResultIds.add(kr.id);
    else keyResultIds.delete(kr.id);
  }
  return { objectiveIds, keyResultIds };
}

/**
 * The source's objectives and KRs whose copies the next cycle holds already (by source id). An
 * objective's copy is looked for among objectives, a KR's among KRs: ids are per list, so the
 * copy of objective 12 carries the source id a copy of key result 12 would.
 */
export function carriedOver(source: RolloverSource, next: RolloverSource): RolloverSelection {
  const ids = (
    items: readonly { readonly id: string }[],
    copies: readonly { readonly sourceId?: string }[],
  ) => {
    const copied = new Set(copies.map((copy) => copy.sourceId));
    return new Set(
      items.filter((item) => copied.has(rolledOverFrom(item.id))).map((item) => item.id),
    );
  };
  return {
    objectiveIds: ids(source.objectives, next.objectives),
    keyResultIds: ids(source.keyResults, next.keyResults),
  };
}

/**
 * The source id a clone carries: the item it was rolled over from. Running the same roll-over
 * again finds the clones by it in the next cycle and creates nothing twice.
 */
export function rolledOverFrom(sourceId: string): string {
  return `rollover:${sourceId}`;
}

export type RolledObjective = Omit<Objective, 'id' | 'version' | 'parentId'>;
export type RolledKeyResult = Omit<KeyResult, 'id' | 'version' | 'objectiveId' | 'lastCheckInAt'>;

export interface RolloverPlan {
  /** Parents before their children, so each child can point at its parent's new id. */
  readonly objectives: readonly {
    readonly sourceId: string;
    /** The source id of the parent that rolls over too; the new objective aligns to its copy. */
    readonly parentSourceId?: string;
    readonly draft: RolledObjective;
  }[];
  readonly keyResults: readonly {
    readonly sourceId: string;
    readonly objectiveSourceId: string;
    readonly draft: RolledKeyResult;
  }[];
}

function rolledKeyResult(kr: KeyResult): RolledKeyResult {
  const tracksLine = kr.kind === 'stayAbove' || kr.kind === 'stayBelow';
  const binary = kr.kind === 'binary';
  return {
    title: kr.title,
    ...(kr.description ? { description: kr.description } : {}),
    ...(kr.owner ? { owner: kr.owner } : {}),
    kind: kr.kind,
    // Lines (stay above/below) keep their baseline, and done/not done starts not done again.
    start: tracksLine || binary ? kr.start : kr.current,
    target: kr.target,
    current: binary ? kr.start : kr.current,
    unit: kr.unit,
    weight: kr.weight,
    ...(kr.milestones ? { milestones: kr.milestones } : {}),
    sourceId: rolledOverFrom(kr.id),
  };
}

export function planRollover(
  source: RolloverSource,
  selection: RolloverSelection,
  nextCycleId: string,
): RolloverPlan {
  const chosen = source.objectives.filter((objective) => selection.objectiveIds.has(objective.id));
  const chosenIds = new Set(chosen.map((objective) => objective.id));
  const depth = (objective: Objective): number => {
    let level = 0;
    const seen = new Set<string>();
    for (
      let parentId = objective.parentId;
      parentId && chosenIds.has(parentId) && !seen.has(parentId);
      parentId = source.objectives.find((o) => o.id === parentId)?.parentId
    ) {
      seen.add(parentId);
      level++;
    }
    return level;
  };
  const objectives = [...chosen]
    .sort((a, b) => depth(a) - depth(b))
    .map((objective) => ({
      sourceId: objective.id,
      ...(objective.parentId && chosenIds.has(objective.parentId)
        ? { parentSourceId: objective.parentId }
        : {}),
      draft: {
        cycleId: nextCycleId,
        teamId: objective.teamId,
        title: objective.title,
        description: objective.description,
        ...(objective.owner ? { owner: objective.owner } : {}),
        commitment: objective.commitment,
        state: 'active' as const,
        sourceId: rolledOverFrom(objective.id),
      },
    }));
  const keyResults = source.keyResults
    .filter((kr) => selection.keyResultIds.has(kr.id) && chosenIds.has(kr.objectiveId))
    .map((kr) => ({
      sourceId: kr.id,
      objectiveSourceId: kr.objectiveId,
      draft: rolledKeyResult(kr),
    }));
  return { objectives, keyResults };
}
