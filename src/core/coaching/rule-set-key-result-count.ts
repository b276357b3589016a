import { objectiveTarget, type SetRule, type SetVerdict } from './rule-set';

/** Each objective has between `limits.keyResultsPerObjective.min` and `.max` key results. */
export const keyResultCount: SetRule = {
  id: 'set.key-result-count',
  source: 'doerrLessIsMore',
  check(set, model) {
    const { min, max } = model.limits.keyResultsPerObjective;
    const verdicts: SetVerdict[] = [];
    for (const objective of set.objectives) {
      const count = set.keyResults.filter((kr) => kr.objectiveId === objective.id).length;
      if (count >= min && count <= max) continue;
      verdicts.push({
        target: objectiveTarget(objective),
        // No key results yet is where every objective starts: a reminder, not a fault.
        severity: count === 0 ? 'info' : 'warning',
        params: { count, min, max },
      });
    }
    return verdicts;
  },
};
