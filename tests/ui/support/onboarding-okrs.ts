import type { KeyResult, Objective } from '../../../src/core/model';

/** One objective and its KR, as the board's action and dialog tests edit them. */
export const objective: Objective = {
  id: 'o1',
  cycleId: 'q1',
  teamId: 't1',
  title: 'Customers love onboarding',
  description: '',
  commitment: 'committed',
  state: 'active',
};

export const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'Raise NPS from 30 to 50',
  kind: 'increase',
  start: 30,
  target: 50,
  current: 35,
  unit: '',
  weight: 1,
};
