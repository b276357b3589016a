import { quote } from './rule';
import { keyResultTarget, type SetRule, type SetVerdict } from './rule-set';

const stopWords = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'from',
  'by',
  'in',
  'on',
  'for',
  'and',
  'or',
  'at',
  'with',
  'our',
  'we',
  'per',
  'least',
  'most',
  'than',
  'increase',
  'reduce',
  'decrease',
  'improve',
  'grow',
  'raise',
  'lower',
  'cut',
  'reach',
  'achieve',
  'get',
]);
const similarEnough = 0.75;

/**
 * Two key results of one objective that measure the same thing ("Raise NPS from 20 to 40" and
 * "Increase NPS to 45"): their content words, numbers and direction verbs aside, overlap by
 * three quarters or more.
 */
export const duplicateKeyResults: SetRule = {
  id: 'set.duplicate-key-results',
  source: 'googlePlaybook',
  check(set) {
    const verdicts: SetVerdict[] = [];
    for (const objective of set.objectives) {
      const krs = set.keyResults.filter((kr) => kr.objectiveId === objective.id);
      for (let i = 0; i < krs.length; i++) {
        for (let j = i + 1; j < krs.length; j++) {
          const [first, second] = [krs[i]!, krs[j]!];
          if (similarity(first.title, second.title) < similarEnough) continue;
          verdicts.push({
            target: keyResultTarget(second),
            severity: 'warning',
            params: { first: quote(first.title, 60), second: quote(second.title, 60) },
          });
        }
      }
    }
    return verdicts;
  },
};

export function similarity(a: string, b: string): number {
  const [left, right] = [contentWords(a), contentWords(b)];
  if (left.size === 0 || right.size === 0) return 0;
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / (left.size + right.size - shared);
}

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length > 1 && !stopWords.has(word))
      .map((word) => word.replace(/s$/, '')),
  );
}
