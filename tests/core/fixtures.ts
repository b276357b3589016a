import type { Cycle, KeyResult, Objective, Person } from '../../src/core/model';

export const ana: Person = { id: 'u-ana', displayName: 'Ana Silva' };

/** A 100-day cycle: day n of the cycle is 2026-01-01 + (n - 1). */
export const q1: Cycle = {
  id: 'c1',
  name: 'Q1 2026',
  start: '2026-01-01',
  end: '2026-04-10',
  state: 'active',
};

export function keyResult(overrides: Partial<KeyResult> = {}): KeyResult {
  return {
    id: 'kr1',
    objectiveId: 'o1',
    title: 'Raise weekly active users from 1,000 to 2,000',
    kind: 'increase',
    start: 1000,
    target: 2000,
    current: 1000,
    unit: 'users',
    weight: 1,
    ...overrides,
  };
}

export function objective(overrides: Partial<Objective> = {}): Objective {
  return {
    id: 'o1',
    cycleId: 'c1',
    teamId: 't1',
    title: 'Make onboarding delightful',
    description: '',
    commitment: 'aspirational',
    state: 'active',
    ...overrides,
  };
}
