/**
 * Progress that rolls up along alignment, as Viva Goals' "Update from Children" did: actual
 * progress "determined … automatically … from children (e.g. child objectives, key results or
 * projects)" (https://support.microsoft.com/en-gb/topic/phased-targets-8d0587f7-016c-4e00-9c5d-9fc411c219e2).
 * Here a key result may be measured by the OKRs aligned to it (a company KR fed by the team
 * objectives under it, a KR broken down into sub-KRs), and an objective may count the objectives
 * aligned to it beside its own KRs. Projects never count: initiatives are work, not outcomes.
 */
import type { Contributor, KeyResult, Objective } from './model';
import {
  keyResultProgress,
  objectiveProgress,
  weightedMean,
  type MeasuredKeyResult,
} from './progress';

/**
 * Its progress comes from the OKRs aligned to it, not from its own value: it takes no manual
 * check-in (its imported history stays, and can be corrected).
 */
export function isRolledUp(keyResult: Pick<KeyResult, 'rolledUpFrom'>): boolean {
  return (keyResult.rolledUpFrom?.length ?? 0) > 0;
}

export type RollUpKeyResult = MeasuredKeyResult &
  Pick<KeyResult, 'id' | 'objectiveId' | 'weight' | 'rolledUpFrom'>;
export type RollUpObjective = Pick<Objective, 'id' | 'parentId' | 'alignments' | 'rollsUpAligned'>;

/** What a measure needs next: a KR's progress, an objective's (its id), or an OKR not given. */
type Need = RollUpKeyResult | string | undefined;
/** A measure, one step per progress it needs; each step resumes with that progress, if known. */
type Steps<T> = Generator<Need, T, number | undefined>;

/** A contributor of a rolled-up KR that is among the OKRs given, with its progress. */
export interface ContributorProgress {
  readonly contributor: Contributor;
  readonly progress: number;
}

export interface ProgressRollUp {
  /** A KR's progress (0–1, over-achievement kept), rolled up where it rolls up. */
  keyResult(kr: RollUpKeyResult): number;
  /** An objective's progress: its KRs by weight, and its aligned objectives when it rolls them up. */
  objective(objectiveId: string): number;
  /**
   * Where a rolled-up KR's progress comes from: the contributors among the OKRs given, and how
   * many are not (another team's OKRs a board did not load). With none given, the KR's progress
   * is its own value, the last one checked in.
   */
  sources(kr: RollUpKeyResult): {
    readonly found: readonly ContributorProgress[];
    readonly missing: number;
  };
}

/**
 * The roll-up over a set of OKRs (a board, a cycle). A rolled-up KR is the weighted mean of its
 * contributors' progress. An objective is the weighted mean of its KRs; when it rolls up its
 * aligned objectives,
 * each counts for its alignment's share of the objective (an equal share when the alignment names
 * none) and the KRs together for the rest. A KR or aligned objective that feeds one of the
 * objective's KRs counts through that KR, not twice. A contributor caught in a loop of roll-ups
 * is left out where the loop closes.
 */
export function rollUpProgress(
  objectives: readonly RollUpObjective[],
  keyResults: readonly RollUpKeyResult[],
): ProgressRollUp {
  const objectivesById = new Map(objectives.map((objective) => [objective.id, objective]));
  const keyResultsOf = new Map<string, RollUpKeyResult[]>();
  for (const kr of keyResults) {
    const list = keyResultsOf.get(kr.objectiveId) ?? [];
    list.push(kr);
    keyResultsOf.set(kr.objectiveId, list);
  }
  // Needed only where something rolls up, which most boards have little of, if anything: made
  // when first needed, not for every OKR of a board of thousands.
  let keyResultsById: ReadonlyMap<string, RollUpKeyResult> | undefined;
  let alignedTo: ReadonlyMap<string, RollUpObjective[]> | undefined;
  const keyResultById = (id: string) => {
    keyResultsById ??= new Map(keyResults.map((kr) => [kr.id, kr]));
    return keyResultsById.get(id);
  };
  const alignedToObjective = (id: string) => {
    alignedTo ??= objectivesAlignedTo(objectives);
    return alignedTo.get(id) ?? [];
  };
  /** Each KR and objective measured so far; unknown (undefined) while it is being measured. */
  const measured = new Map<string, number | undefined>();

  const needOf = (contributor: Contributor): Need =>
    contributor.kind === 'keyResult'
      ? keyResultById(contributor.id)
      : objectivesById.has(contributor.id)
        ? contributor.id
        : undefined;

  function* found(kr: RollUpKeyResult): Steps<ContributorProgress[]> {
    const sources: ContributorProgress[] = [];
    for (const contributor of kr.rolledUpFrom ?? []) {
      const progress = yield needOf(contributor);
      if (progress !== undefined) sources.push({ contributor, progress });
    }
    return sources;
  }

  function* keyResultSteps(kr: RollUpKeyResult): Steps<number> {
    const sources = yield* found(kr);
    if (sources.length === 0) return keyResultProgress(kr);
    return weightedMean(
      sources.map((source) => ({ weight: source.contributor.weight, ...source })),
      (source) => source.progress,
    );
  }

  function* objectiveSteps(objectiveId: string): Steps<number> {
    const own = keyResultsOf.get(objectiveId) ?? [];
    const fedIntoOwn = new Set(
      own.flatMap((kr) => (kr.rolledUpFrom ?? []).map((c) => `${c.kind}:${c.id}`)),
    );
    const counted: { weight: number; progress: number }[] = [];
    for (const kr of own) {
      if (fedIntoOwn.has(`keyResult:${kr.id}`)) continue;
      const progress = yield kr;
      if (progress !== undefined) counted.push({ weight: kr.weight, progress });
    }
    const fromKeyResults =
      counted.length > 0 ? weightedMean(counted, (kr) => kr.progress) : undefined;
    const objective = objectivesById.get(objectiveId);
    const aligned = objective?.rollsUpAligned
      ? alignedToObjective(objectiveId).filter((child) => !fedIntoOwn.has(`objective:${child.id}`))
      : [];
    const equalShare = 1 / (counted.length + aligned.length);
    const children: { share: number; progress: number }[] = [];
    for (const child of aligned) {
      const progress = yield child.id;
      if (progress === undefined) continue;
      const stated = child.alignments?.find((a) => a.objectiveId === objectiveId)?.weight;
      children.push({ share: stated !== undefined && stated > 0 ? stated : equalShare, progress });
    }
    const shares = children.reduce((sum, child) => sum + child.share, 0);
    if (children.length === 0) return fromKeyResults ?? 0;
    const fromChildren = children.reduce((sum, child) => sum + child.share * child.progress, 0);
    if (fromKeyResults === undefined || shares >= 1) return fromChildren / shares;
    return fromChildren + (1 - shares) * fromKeyResults;
  }

  /**
   * Runs the steps, measuring what they need on a stack of its own rather than the call stack
   * (alignment chains may be thousands deep), each KR and objective once. What is being measured
   * when it is needed again is a loop closing: it counts as unknown there.
   */
  function settle<T>(steps: Steps<T>): T {
    const open: [key: string, steps: Steps<number>][] = [];
    const start = (need: Need): number | undefined => {
      if (need === undefined) return undefined;
      // A KR measured by its own value needs nothing else: no steps to run, nothing to remember
      // (most KRs of a board of thousands).
      if (typeof need !== 'string' && !isRolledUp(need)) return keyResultProgress(need);
      const key = typeof need === 'string' ? `objective:${need}` : `kr:${need.id}`;
      if (measured.has(key)) return measured.get(key);
      measured.set(key, undefined);
      open.push([key, typeof need === 'string' ? objectiveSteps(need) : keyResultSteps(need)]);
      return undefined;
    };
    let answer: number | undefined;
    for (;;) {
      const [key, top] = open[open.length - 1] ?? [];
      const step = top ? top.next(answer) : steps.next(answer);
      if (!step.done) answer = start(step.value);
      else if (!key) return step.value as T;
      else {
        open.pop();
        answer = step.value as number;
        measured.set(key, answer);
      }
    }
  }

  function* progressOf(need: Need): Steps<number | undefined> {
    return yield need;
  }

  /**
   * An objective that rolls nothing up, its KRs measured by their own values (most objectives of
   * most boards): the weighted mean of its KRs, as its steps would give, without running them.
   */
  const ownProgress = (objectiveId: string): number | undefined => {
    if (objectivesById.get(objectiveId)?.rollsUpAligned) return undefined;
    const own = keyResultsOf.get(objectiveId) ?? [];
    if (own.some(isRolledUp)) return undefined;
    return objectiveProgress(own);
  };

  return {
    keyResult: (kr) =>
      isRolledUp(kr) ? (settle(progressOf(kr)) ?? keyResultProgress(kr)) : keyResultProgress(kr),
    objective: (objectiveId) => ownProgress(objectiveId) ?? settle(progressOf(objectiveId)) ?? 0,
    sources: (kr) => {
      const sources = settle(found(kr));
      return { found: sources, missing: (kr.rolledUpFrom?.length ?? 0) - sources.length };
    },
  };
}

/** The objectives aligned to each objective, by its id (as parent or through an alignment). */
function objectivesAlignedTo(
  objectives: readonly RollUpObjective[],
): Map<string, RollUpObjective[]> {
  const alignedTo = new Map<string, RollUpObjective[]>();
  for (const objective of objectives) {
    const parents = new Set([
      ...(objective.parentId !== undefined ? [objective.parentId] : []),
      ...(objective.alignments ?? []).map((alignment) => alignment.objectiveId),
    ]);
    for (const parent of parents) {
      const list = alignedTo.get(parent) ?? [];
      list.push(objective);
      alignedTo.set(parent, list);
    }
  }
  return alignedTo;
}
