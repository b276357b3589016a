import fc from 'fast-check';
import { keyResultKinds } from '../../src/core/model';
import { keyResultProgress, objectiveProgress } from '../../src/core/progress';
import { rollUpProgress } from '../../src/core/roll-up';
import { keyResult, objective } from './fixtures';

/** A KR of `objectiveId` at `percent` of the way from 0 to 100. */
const at = (id: string, objectiveId: string, percent: number, weight = 1) =>
  keyResult({ id, objectiveId, start: 0, target: 100, current: percent, weight });

describe('rollUpProgress', () => {
  it('without roll-ups, reads as the KRs alone: each KR its own value, each objective its KRs by weight', () => {
    const measured = fc.record({
      kind: fc.constantFrom(...keyResultKinds),
      start: fc.integer({ min: -1000, max: 1000 }),
      target: fc.integer({ min: -1000, max: 1000 }),
      current: fc.integer({ min: -2000, max: 2000 }),
      weight: fc.integer({ min: 0, max: 10 }),
      objectiveId: fc.constantFrom('o1', 'o2', 'o3'),
    });
    fc.assert(
      fc.property(fc.array(measured, { maxLength: 12 }), (krs) => {
        const keyResults = krs.map((kr, index) => keyResult({ ...kr, id: `kr${index}` }));
        const objectives = ['o1', 'o2', 'o3'].map((id) => objective({ id }));
        const rollUp = rollUpProgress(objectives, keyResults);
        for (const kr of keyResults) expect(rollUp.keyResult(kr)).toBe(keyResultProgress(kr));
        for (const { id } of objectives) {
          expect(rollUp.objective(id)).toBeCloseTo(
            objectiveProgress(keyResults.filter((kr) => kr.objectiveId === id)),
            10,
          );
        }
      }),
    );
  });

  it('a KR rolled up from the objectives aligned to it: their progress by weight, its own value aside', () => {
    const emea = objective({ id: 'emea' });
    const us = objective({ id: 'us' });
    const company = keyResult({
      id: 'revenue',
      objectiveId: 'grow',
      current: 1000, // its own value, no progress: the roll-up replaces it
      rolledUpFrom: [
        { kind: 'objective', id: 'emea', weight: 0.4 },
        { kind: 'objective', id: 'us', weight: 0.6 },
      ],
    });
    const rollUp = rollUpProgress(
      [objective({ id: 'grow' }), emea, us],
      [company, at('emea-kr', 'emea', 50), at('us-kr', 'us', 100)],
    );
    expect(rollUp.keyResult(company)).toBeCloseTo(0.4 * 0.5 + 0.6 * 1);
    expect(rollUp.objective('grow')).toBeCloseTo(0.8);
    expect(rollUp.sources(company)).toEqual({
      found: [
        { contributor: { kind: 'objective', id: 'emea', weight: 0.4 }, progress: 0.5 },
        { contributor: { kind: 'objective', id: 'us', weight: 0.6 }, progress: 1 },
      ],
      missing: 0,
    });
  });

  it('a KR broken down into sub-KRs of the same objective: the objective counts each once', () => {
    const parent = keyResult({
      id: 'parent',
      rolledUpFrom: [
        { kind: 'keyResult', id: 'north', weight: 0.5 },
        { kind: 'keyResult', id: 'south', weight: 0.5 },
      ],
    });
    const other = at('other', 'o1', 0);
    const rollUp = rollUpProgress(
      [objective()],
      [parent, at('north', 'o1', 20), at('south', 'o1', 60), other],
    );
    expect(rollUp.keyResult(parent)).toBeCloseTo(0.4);
    // parent (0.4) and other (0), each weight 1; north and south count through parent.
    expect(rollUp.objective('o1')).toBeCloseTo(0.2);
  });

  it('contributors not among the OKRs given (another team’s board) are named as missing; with none, the KR reads its own value', () => {
    const kr = keyResult({
      current: 1500,
      rolledUpFrom: [{ kind: 'objective', id: 'elsewhere', weight: 1 }],
    });
    const rollUp = rollUpProgress([objective()], [kr]);
    expect(rollUp.keyResult(kr)).toBe(0.5);
    expect(rollUp.sources(kr)).toEqual({ found: [], missing: 1 });
  });

  it('an objective rolling up aligned objectives: each for its share, its KRs for the rest', () => {
    const parent = objective({ id: 'p', rollsUpAligned: true });
    const stated = objective({
      id: 'a',
      parentId: 'p',
      alignments: [
        { objectiveId: 'p', weight: 0.5 },
        { objectiveId: 'x', weight: 0.5 },
      ],
    });
    const rollUp = rollUpProgress(
      [parent, stated, objective({ id: 'x' })],
      [at('p-kr', 'p', 20), at('a-kr', 'a', 80)],
    );
    expect(rollUp.objective('p')).toBeCloseTo(0.5 * 0.8 + 0.5 * 0.2);
    // Without roll-up the same objective is its KRs alone.
    const manual = rollUpProgress(
      [{ ...parent, rollsUpAligned: false }, stated],
      [at('p-kr', 'p', 20), at('a-kr', 'a', 80)],
    );
    expect(manual.objective('p')).toBeCloseTo(0.2);
  });

  it('an objective whose only children are aligned objectives: their mean by share, equal when unstated', () => {
    const rollUp = rollUpProgress(
      [
        objective({ id: 'p', rollsUpAligned: true }),
        objective({ id: 'a', parentId: 'p' }),
        objective({ id: 'b', parentId: 'p' }),
      ],
      [at('a-kr', 'a', 30), at('b-kr', 'b', 90)],
    );
    expect(rollUp.objective('p')).toBeCloseTo(0.6);
  });

  it('a rolled-up KR lies between its lowest and highest contributor, whatever the weights', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0.01, max: 1, noNaN: true })),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (parts) => {
          const children = parts.map(([percent], index) => at(`c${index}`, 'o2', percent));
          const kr = keyResult({
            id: 'rolled',
            rolledUpFrom: parts.map(([, weight], index) => ({
              kind: 'keyResult' as const,
              id: `c${index}`,
              weight,
            })),
          });
          const progress = rollUpProgress(
            [objective(), objective({ id: 'o2' })],
            [kr, ...children],
          ).keyResult(kr);
          const values = children.map(keyResultProgress);
          expect(progress).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
          expect(progress).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
        },
      ),
    );
  });

  it('a loop of roll-ups ends where it closes', () => {
    const a = keyResult({
      id: 'a',
      objectiveId: 'o1',
      rolledUpFrom: [{ kind: 'objective', id: 'o2', weight: 1 }],
    });
    const b = keyResult({
      id: 'b',
      objectiveId: 'o2',
      current: 1500,
      rolledUpFrom: [{ kind: 'objective', id: 'o1', weight: 1 }],
    });
    const rollUp = rollUpProgress(
      [
        objective({ id: 'o1', rollsUpAligned: true, parentId: 'o2' }),
        objective({ id: 'o2', rollsUpAligned: true, parentId: 'o1' }),
      ],
      [a, b],
    );
    expect(Number.isFinite(rollUp.keyResult(a))).toBe(true);
    expect(Number.isFinite(rollUp.objective('o2'))).toBe(true);
  });

  it('measures a chain 20,000 deep (aligned objectives, or KRs fed by objectives) as its far end', () => {
    const depth = 20_000;
    const ids = Array.from({ length: depth }, (_, index) => `o${index}`);
    // o1 aligns to o0, o2 to o1, …; the last one has the only KR.
    const aligned = rollUpProgress(
      ids.map((id, index) => objective({ id, rollsUpAligned: true, parentId: ids[index - 1] })),
      [at('far', ids[depth - 1]!, 40)],
    );
    expect(aligned.objective('o0')).toBeCloseTo(0.4);
    // Each objective's KR is fed by the next objective; the last KR is measured.
    const keyResults = ids.map((id, index) =>
      index === depth - 1
        ? at(`k${index}`, id, 40)
        : keyResult({
            id: `k${index}`,
            objectiveId: id,
            rolledUpFrom: [{ kind: 'objective', id: ids[index + 1]!, weight: 1 }],
          }),
    );
    const fed = rollUpProgress(
      ids.map((id) => objective({ id })),
      keyResults,
    );
    expect(fed.keyResult(keyResults[0]!)).toBeCloseTo(0.4);
    expect(fed.sources(keyResults[0]!).found.map(({ progress }) => progress)).toEqual([0.4]);
    expect(fed.objective(ids[depth - 2]!)).toBeCloseTo(0.4);
  });
});
