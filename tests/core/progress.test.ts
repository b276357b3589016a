import fc from 'fast-check';
import type { KeyResultKind } from '../../src/core/model';
import {
  isLineBreached,
  keyResultProgress,
  objectiveProgress,
  progressAt,
} from '../../src/core/progress';

const kr = (kind: KeyResultKind, start: number, target: number, current: number, weight = 1) => ({
  kind,
  start,
  target,
  current,
  weight,
});

describe('keyResultProgress by kind', () => {
  it('increase: fraction of the way from start to target, over-achievement kept', () => {
    expect(keyResultProgress(kr('increase', 100, 200, 100))).toBe(0);
    expect(keyResultProgress(kr('increase', 100, 200, 150))).toBe(0.5);
    expect(keyResultProgress(kr('increase', 100, 200, 200))).toBe(1);
    expect(keyResultProgress(kr('increase', 100, 200, 260))).toBeCloseTo(1.6);
  });

  it('increase: a value behind the baseline is 0, never negative', () => {
    expect(keyResultProgress(kr('increase', 100, 200, 80))).toBe(0);
  });

  it('decrease: fraction of the way down, over-achievement kept', () => {
    expect(keyResultProgress(kr('decrease', 40, 20, 40))).toBe(0);
    expect(keyResultProgress(kr('decrease', 40, 20, 35))).toBe(0.25);
    expect(keyResultProgress(kr('decrease', 40, 20, 20))).toBe(1);
    expect(keyResultProgress(kr('decrease', 40, 20, 10))).toBe(1.5);
    expect(keyResultProgress(kr('decrease', 40, 20, 45))).toBe(0);
  });

  it('milestone in percent: clamped to 0–1', () => {
    expect(keyResultProgress(kr('milestone', 0, 100, 45))).toBe(0.45);
    expect(keyResultProgress(kr('milestone', 0, 100, 100))).toBe(1);
    expect(keyResultProgress(kr('milestone', 0, 100, 120))).toBe(1);
    expect(keyResultProgress(kr('milestone', 0, 100, -5))).toBe(0);
  });

  it('milestone in steps: completed steps over steps', () => {
    expect(keyResultProgress(kr('milestone', 0, 4, 1))).toBe(0.25);
    expect(keyResultProgress(kr('milestone', 0, 4, 3))).toBe(0.75);
  });

  it('binary: done or not done', () => {
    expect(keyResultProgress(kr('binary', 0, 1, 0))).toBe(0);
    expect(keyResultProgress(kr('binary', 0, 1, 1))).toBe(1);
  });

  it('stayAbove: 1 while holding the line, whatever the margin', () => {
    expect(keyResultProgress(kr('stayAbove', 45, 40, 40))).toBe(1);
    expect(keyResultProgress(kr('stayAbove', 45, 40, 90))).toBe(1);
  });

  it('stayAbove: across the line, measured on the baseline’s distance from the line', () => {
    expect(keyResultProgress(kr('stayAbove', 45, 40, 38))).toBeCloseTo(0.6);
    expect(keyResultProgress(kr('stayAbove', 45, 40, 30))).toBe(0);
    // A baseline below the line reads like an increase until it crosses.
    expect(keyResultProgress(kr('stayAbove', 30, 40, 35))).toBe(0.5);
    // A baseline on the line: any breach is 0.
    expect(keyResultProgress(kr('stayAbove', 40, 40, 39.9))).toBe(0);
  });

  it('stayBelow: 1 while under the line, otherwise how far back towards it', () => {
    expect(keyResultProgress(kr('stayBelow', 1.5, 2, 2))).toBe(1);
    expect(keyResultProgress(kr('stayBelow', 1.5, 2, 0.1))).toBe(1);
    expect(keyResultProgress(kr('stayBelow', 1.5, 2, 2.25))).toBe(0.5);
    expect(keyResultProgress(kr('stayBelow', 1.5, 2, 3))).toBe(0);
    expect(keyResultProgress(kr('stayBelow', 3, 2, 2.5))).toBe(0.5);
  });

  it('progressAt previews a value without changing the KR', () => {
    expect(progressAt(kr('increase', 0, 10, 0), 4)).toBe(0.4);
  });

  it('isLineBreached only for stay kinds on the wrong side', () => {
    expect(isLineBreached(kr('stayAbove', 45, 40, 0), 39)).toBe(true);
    expect(isLineBreached(kr('stayAbove', 45, 40, 0), 40)).toBe(false);
    expect(isLineBreached(kr('stayBelow', 1, 2, 0), 2.1)).toBe(true);
    expect(isLineBreached(kr('increase', 0, 10, 0), -1)).toBe(false);
  });
});

describe('objectiveProgress', () => {
  it('is the weighted mean of its KRs', () => {
    const progress = objectiveProgress([
      kr('increase', 0, 10, 5, 1), // 0.5
      kr('binary', 0, 1, 1, 3), // 1
    ]);
    expect(progress).toBeCloseTo((0.5 + 3) / 4);
  });

  it('keeps over-achievement visible in the roll-up', () => {
    expect(objectiveProgress([kr('increase', 0, 10, 15), kr('increase', 0, 10, 15)])).toBe(1.5);
  });

  it('stays finite when a start and target are a rounding error apart', () => {
    const tiny = kr('increase', -5e-324, 0, 8.881784197001252e-16, 0.01);
    expect(Number.isFinite(keyResultProgress(tiny))).toBe(true);
    expect(objectiveProgress([tiny])).toBe(keyResultProgress(tiny));
  });

  it('does not overflow when heavy weights meet huge progress', () => {
    const huge = kr('increase', 0, 1e-300, 1e6, 100);
    const rollUp = objectiveProgress([huge, huge, kr('increase', 0, 10, 5, 1)]);
    expect(Number.isFinite(rollUp)).toBe(true);
    expect(rollUp).toBeGreaterThan(0.5);
  });

  it('is 0 with no KRs or no positive weight', () => {
    expect(objectiveProgress([])).toBe(0);
    expect(objectiveProgress([kr('increase', 0, 10, 5, 0)])).toBe(0);
  });
});

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const directedKinds: KeyResultKind[] = ['increase', 'decrease', 'milestone'];
const allKinds: KeyResultKind[] = [...directedKinds, 'stayAbove', 'stayBelow', 'binary'];
const rising = (kind: KeyResultKind) => kind !== 'decrease' && kind !== 'stayBelow';

/** A start and target that point the kind's way (binary is always 0 → 1). */
const measure = fc
  .record({ kind: fc.constantFrom(...allKinds), a: finite, b: finite })
  .filter(({ a, b }) => a !== b)
  .map(({ kind, a, b }) => {
    if (kind === 'binary') return { kind, start: 0, target: 1 };
    const [low, high] = a < b ? [a, b] : [b, a];
    if (kind === 'stayAbove' || kind === 'stayBelow') return { kind, start: a, target: b };
    return rising(kind) ? { kind, start: low, target: high } : { kind, start: high, target: low };
  });

describe('progress invariants (property-based)', () => {
  it('is monotonic in value in the KR’s direction', () => {
    fc.assert(
      fc.property(measure, finite, finite, (m, v1, v2) => {
        const [low, high] = v1 <= v2 ? [v1, v2] : [v2, v1];
        const atLow = progressAt(m, low);
        const atHigh = progressAt(m, high);
        return rising(m.kind) ? atLow <= atHigh : atLow >= atHigh;
      }),
    );
  });

  it('is 0 at the start and 1 at the target for increase, decrease and milestone', () => {
    fc.assert(
      fc.property(
        measure.filter((m) => directedKinds.includes(m.kind)),
        (m) => progressAt(m, m.start) === 0 && progressAt(m, m.target) === 1,
      ),
    );
  });

  it('never goes below 0, and stays within 0–1 for milestone, binary and stay kinds', () => {
    fc.assert(
      fc.property(measure, finite, (m, value) => {
        const progress = progressAt(m, value);
        if (!(progress >= 0)) return false;
        return m.kind === 'increase' || m.kind === 'decrease' || progress <= 1;
      }),
    );
  });

  it('moving past the target in the KR’s direction keeps progress at or above 1', () => {
    fc.assert(
      fc.property(
        measure.filter((m) => m.kind !== 'binary'),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (m, beyond) => {
          const towards = m.kind === 'decrease' || m.kind === 'stayBelow' ? -1 : 1;
          return progressAt(m, m.target + towards * beyond) >= 1;
        },
      ),
    );
  });

  it('objective roll-up stays between the lowest and highest KR progress', () => {
    const weighted = fc.record({
      m: measure,
      value: finite,
      weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(weighted, { minLength: 1, maxLength: 8 }), (items) => {
        const krs = items.map(({ m, value, weight }) => ({ ...m, current: value, weight }));
        const each = krs.map(keyResultProgress);
        const rollUp = objectiveProgress(krs);
        const epsilon = 1e-9 * Math.max(1, ...each);
        return rollUp >= Math.min(...each) - epsilon && rollUp <= Math.max(...each) + epsilon;
      }),
    );
  });
});
