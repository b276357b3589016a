import { defaultOperatingModel } from '../../../src/core/operating-model';
import type { Cycle, Person, Team } from '../../../src/core/model';
import { planReminders, type CycleBoard, type ReminderPlanInput } from '../../../src/core/rhythm';
import { keyResult, objective } from '../fixtures';

/** The people, cycle and board the reminder tests plan for. */
export const ana: Person = { id: 'u-ana', displayName: 'Ana Silva' };
export const ben: Person = { id: 'u-ben', displayName: 'Ben Okafor' };
export const coach: Person = { id: 'u-coach', displayName: 'Chris Coach' };
const q4: Cycle = {
  id: 'c4',
  name: 'Q4 2026',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
};
export const team: Team = { id: 't1', name: 'Product' };
// Monday 2 November 2026, 10:00 in Berlin.
const now = '2026-11-02T09:00:00Z';

/**
 * Q4's board: Ana's two KRs are due (one never checked in, one a week ago), Ben's was checked in
 * the day before.
 */
export function reminderBoard(overrides: Partial<CycleBoard> = {}): CycleBoard {
  return {
    cycle: q4,
    teams: [team],
    objectives: [objective({ id: 'o1', cycleId: 'c4', teamId: 't1' })],
    keyResults: [
      keyResult({ id: 'kr1', title: 'Activation to 40%', owner: ana }),
      keyResult({
        id: 'kr2',
        title: 'Churn below 2%',
        owner: ana,
        lastCheckInAt: '2026-10-26T10:00:00Z',
      }),
      keyResult({
        id: 'kr3',
        title: 'NPS to 50',
        owner: ben,
        lastCheckInAt: '2026-11-01T18:00:00Z',
      }),
    ],
    history: new Map(),
    ...overrides,
  };
}

/** The reminders due `now` on that board in Berlin, no coaches and no preferences unless given. */
export function planReminderBoard(overrides: Partial<ReminderPlanInput> = {}) {
  return planReminders({
    now,
    model: defaultOperatingModel,
    boards: [reminderBoard()],
    coaches: [],
    timeZoneOf: () => 'Europe/Berlin',
    preferences: new Map(),
    ...overrides,
  });
}
