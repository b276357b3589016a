import { addDays, toIsoDate } from '../../../src/core/dates';
import type { Cycle, KeyResult, Objective } from '../../../src/core/model';
import { adele } from './services';

/** A team's OKRs written in German, in a cycle running today: for the tests of a German board. */
export const today = toIsoDate(new Date().toISOString());
export const cycle: Cycle = {
  id: 'q1',
  name: 'Q1',
  start: addDays(today, -30),
  end: addDays(today, 30),
  state: 'active',
};
export const objective: Objective = {
  id: 'o1',
  cycleId: 'q1',
  teamId: 't1',
  title: 'Kunden lieben das Onboarding',
  description: '',
  commitment: 'committed',
  state: 'active',
  owner: adele,
};
export const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'NPS von 30 auf 50',
  kind: 'increase',
  start: 30,
  target: 50,
  current: 35,
  unit: '',
  weight: 1,
  owner: adele,
  confidence: 7,
};
