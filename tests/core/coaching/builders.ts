import type { CheckIn, Cycle, KeyResult, Objective, Person, Team } from '../../../src/core/model';

export const ana: Person = { id: 'u-ana', displayName: 'Ana Lima' };

export const quarter: Cycle = {
  id: 'c-q3',
  name: 'Q3 2026',
  start: '2026-07-01',
  end: '2026-09-29',
  state: 'active',
};

export const teams: Team[] = [
  { id: 't-company', name: 'Contoso' },
  { id: 't-support', name: 'Support', parentTeamId: 't-company' },
];

export function objective(overrides: Partial<Objective> & Pick<Objective, 'id'>): Objective {
  return {
    cycleId: quarter.id,
    teamId: 't-support',
    title: 'Make our customers love our support team',
    description: '',
    commitment: 'aspirational',
    state: 'active',
    ...overrides,
  };
}

export function keyResult(overrides: Partial<KeyResult> & Pick<KeyResult, 'id'>): KeyResult {
  return {
    objectiveId: 'o-support',
    title: 'Raise CSAT from 82% to 95%',
    owner: ana,
    kind: 'increase',
    start: 82,
    target: 95,
    current: 84,
    unit: '%',
    weight: 1,
    ...overrides,
  };
}

export function checkIn(
  keyResultId: string,
  at: string,
  value: number,
  confidence: number,
): CheckIn {
  return {
    clientId: `${keyResultId}-${at}`,
    keyResultId,
    value,
    confidence,
    note: '',
    author: ana,
    at,
    source: 'teams',
  };
}
