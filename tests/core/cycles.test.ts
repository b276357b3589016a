import {
  currentCycle,
  cycleDeletionHint,
  cycleDeletionRefusal,
  cycleLengthDays,
  daysElapsed,
  daysRemaining,
  isDateInCycle,
  nextCheckInDay,
  runningFirst,
  validateBackToPlanning,
} from '../../src/core/cycles';
import {
  addDays,
  daysBetween,
  isIsoDate,
  isIsoDateTime,
  toIsoDate,
  weekday,
} from '../../src/core/dates';
import { sayIssue } from '../../src/core/issue-words';
import type { Cycle } from '../../src/core/model';
import { defaultOperatingModel as model } from '../../src/core/operating-model';
import { q1 } from './fixtures';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-1-1')).toBe(false);
  });

  it('accepts instants with a time zone only', () => {
    expect(isIsoDateTime('2026-11-24T09:30:00Z')).toBe(true);
    expect(isIsoDateTime('2026-11-24T09:30:00.123+01:00')).toBe(true);
    expect(isIsoDateTime('2026-11-24T09:30:00')).toBe(false);
    expect(isIsoDateTime('yesterday')).toBe(false);
  });

  it('does calendar arithmetic across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(weekday('2026-11-24')).toBe(2); // a Tuesday
    expect(toIsoDate('2026-11-24T23:30:00-02:00')).toBe('2026-11-25');
  });
});

describe('cycles', () => {
  it('counts days with both ends included', () => {
    expect(cycleLengthDays(q1)).toBe(100);
    expect(daysElapsed(q1, '2025-12-01')).toBe(0);
    expect(daysElapsed(q1, '2026-01-01')).toBe(1);
    expect(daysRemaining(q1, '2026-01-01')).toBe(99);
    expect(daysElapsed(q1, '2026-05-01')).toBe(100);
    expect(daysRemaining(q1, '2026-05-01')).toBe(0);
  });

  it('knows whether a date or instant is in the cycle', () => {
    expect(isDateInCycle('2026-01-01', q1)).toBe(true);
    expect(isDateInCycle('2026-04-10T23:59:00Z', q1)).toBe(true);
    expect(isDateInCycle('2026-04-11', q1)).toBe(false);
    expect(isDateInCycle('2025-12-31', q1)).toBe(false);
  });

  it('finds the current cycle, preferring an active one when cycles overlap', () => {
    const q2: Cycle = {
      id: 'c2',
      name: 'Q2',
      start: '2026-04-01',
      end: '2026-06-30',
      state: 'planning',
    };
    expect(currentCycle([q1, q2], '2026-02-01')?.id).toBe('c1');
    expect(currentCycle([q1, q2], '2026-04-05')?.id).toBe('c1');
    expect(
      currentCycle([q1, { ...q2, state: 'active' }, { ...q1, state: 'closed' }], '2026-04-05')?.id,
    ).toBe('c2');
    expect(currentCycle([q1, q2], '2026-07-01')).toBeUndefined();
  });

  it('finds the next weekly check-in day on the model’s weekday', () => {
    // Defaults: weekly on Monday. 2026-11-23 is a Monday.
    expect(nextCheckInDay('2026-11-23', model.checkIn)).toBe('2026-11-23');
    expect(nextCheckInDay('2026-11-24', model.checkIn)).toBe('2026-11-30');
    expect(nextCheckInDay('2026-11-29', model.checkIn)).toBe('2026-11-30');
  });

  it('counts a fortnightly cadence from the cycle’s first check-in day', () => {
    const fortnightly = { ...model.checkIn, cadenceDays: 14 };
    // q1 starts Thursday 2026-01-01; its first Monday is 2026-01-05.
    expect(nextCheckInDay('2025-12-20', fortnightly, q1)).toBe('2025-12-22');
    expect(nextCheckInDay('2026-01-02', fortnightly, q1)).toBe('2026-01-05');
    expect(nextCheckInDay('2026-01-06', fortnightly, q1)).toBe('2026-01-19');
    expect(nextCheckInDay('2026-01-19', fortnightly, q1)).toBe('2026-01-19');
    expect(nextCheckInDay('2026-01-20', fortnightly, q1)).toBe('2026-02-02');
  });

  it('orders running cycles first, then planned ones, then closed ones, each newest first', () => {
    const cycle = (name: string, start: string, state: Cycle['state']): Cycle => ({
      id: name,
      name,
      start,
      end: addDays(start, 89),
      state,
    });
    const cycles = [
      cycle('Q2 2026', '2026-04-01', 'closed'),
      cycle('Q1 2027', '2027-01-01', 'planning'),
      cycle('Q3 2026', '2026-07-01', 'closed'),
      cycle('Q4 2026', '2026-10-01', 'active'),
      cycle('Q2 2027', '2027-04-01', 'planning'),
    ];
    expect(runningFirst(cycles).map((c) => c.name)).toEqual([
      'Q4 2026',
      'Q2 2027',
      'Q1 2027',
      'Q3 2026',
      'Q2 2026',
    ]);
  });

  it('lets a started cycle go back to planning only before its first day, naming that day', () => {
    const early = { name: 'Q1 2027', start: '2027-01-01' };
    expect(validateBackToPlanning(early, 'active', '2026-12-31')).toBeUndefined();
    expect(validateBackToPlanning(early, 'planning', '2027-02-01')).toBeUndefined();
    const refused = validateBackToPlanning(early, 'active', '2027-01-01');
    expect(refused).toMatchObject({ code: 'cycleStarted', field: 'state' });
    expect(refused?.message).toBe(
      '“Q1 2027” began on 2027-01-01: a cycle goes back to planning only before its first day, while no check-in can be due in it. Its dates stay as they are.',
    );
    expect(validateBackToPlanning(early, 'closed', '2027-05-01')?.code).toBe('cycleStarted');
    expect(sayIssue(refused!, 'de')).toContain('„Q1 2027“ hat am 2027-01-01 begonnen');
  });

  it('names what a cycle still holds, and what frees it, before it is deleted', () => {
    expect(cycleDeletionRefusal('Q1 2027', [])).toBeUndefined();
    expect(cycleDeletionHint([])).toBeUndefined();
    expect(cycleDeletionRefusal('Q1 2027', ['keyResults', 'objectives'])).toBe(
      'Q1 2027 still holds objectives and key results, so it was not deleted. Delete its objectives on its board first (their key results go with them), then delete the cycle.',
    );
    expect(cycleDeletionHint(['objectives', 'initiatives', 'checkIns'])).toBe(
      'Holds objectives, initiatives and check-ins. They stay with it as its history: close it instead, and it keeps them, read-only.',
    );
    // Initiatives left by key results deleted since: nothing on the board deletes them.
    expect(cycleDeletionHint(['initiatives'])).toBe(
      'Holds initiatives. They stay with it as its history: close it instead, and it keeps them, read-only.',
    );
  });
});
