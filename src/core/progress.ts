import type { KeyResult } from './model';

/** What progress needs to know about a key result. */
export type MeasuredKeyResult = Pick<KeyResult, 'kind' | 'start' | 'target' | 'current'>;
export type WeightedKeyResult = MeasuredKeyResult & Pick<KeyResult, 'weight'>;

/**
 * Progress of a key result on a 0–1 scale, where 1 means the target is met.
 *
 * - increase / decrease: the fraction of the distance from `start` to `target` covered, in the
 *   KR's direction. Over-achievement is kept (1.3 means 30% beyond the target) because the
 *   method wants it visible; values behind the baseline give 0, never a negative progress
 *   (Google re:Work grades on 0.0–1.0; a step back shows as a check-in nudge, not as debt).
 * - milestone: completed steps (or percent) from `start` to `target`, clamped to 0–1: there is
 *   nothing beyond the last milestone.
 * - binary: 1 when done (value 1), otherwise 0.
 * - stayAbove / stayBelow (a health metric with `target` as the line and `start` as the
 *   baseline): 1 while the value is on the right side of the line (holding the line is the whole
 *   result, so there is no over-achievement). Across the line, progress is how far the value is
 *   back towards the line, measured on the scale of the baseline's distance from the line:
 *   `1 - shortfall / |target - start|`, at least 0. So a KR whose baseline starts below a
 *   stay-above line reads like an increase KR until it crosses; one that held at 45 against a
 *   line of 40 and dropped to 38 reads 0.6; a baseline on the line itself gives 0 on any breach.
 */
export function keyResultProgress(kr: MeasuredKeyResult): number {
  return progressAt(kr, kr.current);
}

/** Progress the key result would have if its value were `value` (for previews and history). */
export function progressAt(kr: Omit<MeasuredKeyResult, 'current'>, value: number): number {
  const { start, target } = kr;
  switch (kr.kind) {
    case 'increase':
    case 'decrease':
      return start === target
        ? value === target
          ? 1
          : 0
        : atLeastZero((value - start) / (target - start));
    case 'milestone':
      return start === target
        ? value >= target
          ? 1
          : 0
        : clamp01((value - start) / (target - start));
    case 'binary':
      return value >= 1 ? 1 : 0;
    case 'stayAbove':
      return holdingLine(target - value, Math.abs(target - start));
    case 'stayBelow':
      return holdingLine(value - target, Math.abs(target - start));
  }
}

/**
 * Weighted mean of the key results' progress (weights that are not positive count as 0).
 * An objective with no key results, or with no positive weight, has progress 0.
 */
export function objectiveProgress(keyResults: readonly WeightedKeyResult[]): number {
  return weightedMean(keyResults, keyResultProgress);
}

/** The weighted mean of `measure` over the KRs, ignoring weights that are not positive. */
export function weightedMean<K extends Pick<KeyResult, 'weight'>>(
  keyResults: readonly K[],
  measure: (kr: K) => number,
): number {
  const counted = keyResults.filter((kr) => kr.weight > 0 && Number.isFinite(kr.weight));
  const totalWeight = counted.reduce((total, kr) => total + kr.weight, 0);
  if (totalWeight === 0) return 0;
  let mean = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const kr of counted) {
    const value = measure(kr);
    // Each share is weighted before it is added, so huge values cannot overflow the sum.
    mean += (kr.weight / totalWeight) * value;
    lowest = Math.min(lowest, value);
    highest = Math.max(highest, value);
  }
  // Rounding may not carry a mean past the values it averages.
  return Math.min(highest, Math.max(lowest, mean));
}

/** A KR that keeps a value on one side of a line, rather than moving it to a target. */
export function isStayKind(kind: KeyResult['kind']): boolean {
  return kind === 'stayAbove' || kind === 'stayBelow';
}

/**
 * A KR done with: its target reached, so it awaits no more check-ins. A stay KR never is before
 * its cycle ends: that its line still holds is what each check-in says.
 */
export function reachedTarget(kind: KeyResult['kind'], progress: number): boolean {
  return progress >= 1 && !isStayKind(kind);
}

/** Whether the value is on the wrong side of a stay-above / stay-below line. */
export function isLineBreached(kr: Omit<MeasuredKeyResult, 'current'>, value: number): boolean {
  return (
    (kr.kind === 'stayAbove' && value < kr.target) || (kr.kind === 'stayBelow' && value > kr.target)
  );
}

function holdingLine(shortfall: number, scale: number): number {
  if (shortfall <= 0) return 1;
  return scale > 0 ? atLeastZero(1 - shortfall / scale) : 0;
}

/** At least 0, and finite: a start and target a rounding error apart would divide to Infinity. */
function atLeastZero(progress: number): number {
  return progress > 0 ? Math.min(progress, Number.MAX_VALUE) : 0;
}

function clamp01(progress: number): number {
  return Math.min(1, atLeastZero(progress));
}

/**
 * The whole percent a progress reads as (`formatProgress`): `0.3667` → 37; a KR short of its
 * target never reads 100: `0.996` → 99.
 */
export function shownPercent(fraction: number): number {
  const finite = Number.isFinite(fraction) ? fraction : 0;
  const rounded = Math.round(finite * 100);
  return finite < 1 && rounded >= 100 ? 99 : rounded;
}
