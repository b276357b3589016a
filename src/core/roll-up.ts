/**
 * Progress that rolls up along alignment, as Viva Goals' "Update from Children" did: actual
 * progress "determined … automatically … from children (e.g. child objectives, key results or
 * projects)" (https://support.microsoft.com/en-gb/topic/phased-targets-8d0587f7-016c-4e00-9c5d-9fc411c219e2).
 * Here a key result may be measured by the OKRs aligned to it (a company KR fed by the team
 * objectives under it, a KR broken down into sub-KRs), and an objective may count the objectives
 * aligned to it beside its own KRs. Projects never count: initiatives are work, not outcomes.
 */
import type { Contributor, KeyResult, Objective } from './model';
import { keyResultProgress, weightedMean, type MeasuredKeyResult } from './progress';

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
  const keyResultsById = new Map(keyResults.map((kr) => [kr.id, kr]));
  const keyResultsOf = new Map<string, RollUpKeyResult[]>();
  for (const kr of keyResults) {
    const list = keyResultsOf.get(kr.objectiveId) ?? [];
    list.push(kr);
    keyResultsOf.set(kr.objectiveId, list);
  }
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
  const known = new Map<string, number>();
  const visiting = new Set<string>();

  const measure = (key: string, compute: () => number): number | undefined => {
    const done = known.get(key);
    if (done !== undefined) return done;
    if (visiting.has(key)) return undefined;
    visiting.add(key);
    const value = compute();
    visiting.delete(key);
    known.set(key, value);
    return value;
  };

  const contributorProgress = (contributor: Contributor): number | undefined => {
    if (contributor.kind === 'keyResult') {
      const kr = keyResultsById.get(contributor.id);
      return kr ? keyResultOf(kr) : undefined;
    }
    return objectivesById.has(contributor.id) ? objectiveOf(contributor.id) : undefined;
  };

  const found = (kr: RollUpKeyResult): ContributorProgress[] =>
    (kr.rolledUpFrom ?? []).flatMap((contributor) => {
      const progress = contributorProgress(contributor);
      return progress === undefined ? [] : [{ contributor, progress }];
    });

  function keyResultOf(kr: RollUpKeyResult): number | undefined {
    if (!kr.rolledUpFrom?.length) return keyResultProgress(kr);
    return measure(`kr:${kr.id}`, () => {
      const sources = found(kr);
      if (sources.length === 0) return keyResultProgress(kr);
      return weightedMean(
        sources.map((source) => ({ weight: source.contributor.weight, ...source })),
        (source) => source.progress,
      );
    });
  }

  function objectiveOf(objectiveId: string): number | undefined {
    return measure(`objective:${objectiveId}`, () => {
      const own = keyResultsOf.get(objectiveId) ?? [];
      const fedIntoOwn = new Set(
        own.flatMap((kr) => (kr.rolledUpFrom ?? []).map((c) => `${c.kind}:${c.id}`)),
      );
      const counted = own
        .filter((kr) => !fedIntoOwn.has(`keyResult:${kr.id}`))
        .flatMap((kr) => {
          const progress = keyResultOf(kr);
          return progress === undefined ? [] : [{ weight: kr.weight, progress }];
        });
      const fromKeyResults =
        counted.length > 0 ? weightedMean(counted, (kr) => kr.progress) : undefined;
      const objective = objectivesById.get(objectiveId);
      const aligned = objective?.rollsUpAligned
        ? (alignedTo.get(objectiveId) ?? []).filter(
            (child) => !fedIntoOwn.has(`objective:${child.id}`),
          )
        : [];
      const equalShare = 1 / (counted.length + aligned.length);
      const children = aligned.flatMap((child) => {
        const progress = objectiveOf(child.id);
        if (progress === undefined) return [];
        const stated = child.alignments?.find((a) => a.objectiveId === objectiveId)?.weight;
        const share = stated !== undefined && stated > 0 ? stated : equalShare;
        return [{ share, progress }];
      });
      const shares = children.reduce((sum, child) => sum + child.share, 0);
      if (children.length === 0) return fromKeyResults ?? 0;
      const fromChildren = children.reduce((sum, child) => sum + child.share * child.progress, 0);
      if (fromKeyResults === undefined || shares >= 1) return fromChildren / shares;
      return fromChildren + (1 - shares) * fromKeyResults;
    });
  }

  return {
    keyResult: (kr) => keyResultOf(kr) ?? keyResultProgress(kr),
    objective: (objectiveId) => objectiveOf(objectiveId) ?? 0,
    sources: (kr) => {
      const sources = found(kr);
      return { found: sources, missing: (kr.rolledUpFrom?.length ?? 0) - sources.length };
    },
  };
}
