import type { CheckIn, KeyResult } from '../../../src/core/model';
import type { Board } from '../../../src/store/repository';

/** A cycle's board with one team, one objective and one KR: what the live-board hook tests read. */
export const cycle = {
  id: 'q1',
  name: 'Q1',
  start: '2026-01-01',
  end: '2026-12-31',
  state: 'active' as const,
};
export const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'Customers live on the new plan from 10 to 50',
  kind: 'increase',
  start: 10,
  target: 50,
  current: 28,
  unit: 'customers',
  weight: 1,
};
export const board: Board = {
  cycle,
  teams: [{ id: 't1', name: 'Sales' }],
  objectives: [
    {
      id: 'o1',
      cycleId: 'q1',
      teamId: 't1',
      title: 'Move every customer to the new plan',
      description: '',
      commitment: 'committed',
      state: 'active',
    },
  ],
  keyResults: [keyResult],
  initiatives: [],
};

/** Ana's check-in on a key result (`keyResult`'s unless another id is given), of value 20. */
export const checkInAt = (
  at: string,
  confidence: number,
  keyResultId: string = keyResult.id,
): CheckIn => ({
  clientId: at,
  keyResultId,
  value: 20,
  confidence,
  note: '',
  author: { id: 'ana', displayName: 'Ana' },
  at,
  source: 'teams',
});
