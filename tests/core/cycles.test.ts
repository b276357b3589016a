import { validateBackToPlanning } from '../../src/core/validation';
import {
  currentCandidates,
  currentContenders,
  currentCycle,
  cycleOpensOn,
  cyclePhase,
  cycleStateBadge,
  cycleStateLabel,
  openCyclesBesides,
  planningWeekStart,
  cycleLengthDays,
  daysElapsed,
  daysRemaining,
  isDateInCycle,
  nextCheckInDay,
} from '../../src/core/cycles';
import { cycleBeingPlanned, cycleEndingNearest, runningFirst } from '../../src/core/cycle-picks';
import {
  cyclesEnclosing,
  cyclesOpenAround,
  cyclesToAlignTo,
  cyclesWithin,
} from '../../src/core/alignment-across-cycles';
import { cycleDeletionHint, cycleDeletionRefusal } from '../../src/core/cycle-deletion';
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
    // Nothing holds the day: the started cycle last to end, as the board fell back to before.
    expect(currentCycle([q1, q2], '2026-07-01')?.id).toBe('c1');
    expect(currentCycle([{ ...q1, state: 'closed' }, q2], '2026-07-01')).toBeUndefined();
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
    expect(runningFirst(cycles, 'en').map((c) => c.name)).toEqual([
      'Q4 2026',
      'Q2 2027',
      'Q1 2027',
      'Q3 2026',
      'Q2 2026',
    ]);
  });

  it('lists cycles that start on one day by name as the reader’s language files them', () => {
    // Swedish files "Ä" after "Z"; German beside "A".
    const sameDay = ['Zebra', 'Ärende'].map((name): Cycle => ({
      id: name,
      name,
      start: '2027-01-01',
      end: '2027-03-31',
      state: 'active',
    }));
    const names = (locale: string) => runningFirst(sameDay, locale).map((c) => c.name);
    expect(names('sv-SE')).toEqual(['Zebra', 'Ärende']);
    expect(names('de-DE')).toEqual(['Ärende', 'Zebra']);
  });

  it('lets a started cycle go back to planning only before its first day, naming that day', () => {
    const early = { name: 'Q1 2027', start: '2027-01-01' };
    expect(validateBackToPlanning(early, 'active', '2026-12-31')).toBeUndefined();
    expect(validateBackToPlanning(early, 'planning', '2027-02-01')).toBeUndefined();
    const refused = validateBackToPlanning(early, 'active', '2027-01-01');
    expect(refused).toMatchObject({ code: 'cycleStarted', field: 'state' });
    expect(refused?.message).toBe(
      '“Q1 2027” began on Jan 1, 2027: a cycle goes back to planning only before its first day, while no check-in can be due in it. Its dates stay as they are.',
    );
    expect(validateBackToPlanning(early, 'closed', '2027-05-01')?.code).toBe('cycleStarted');
    expect(sayIssue(refused!, 'de')).toContain('„Q1 2027“ hat am 1. Jan. 2027 begonnen');
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

describe('the cycle a team works in now', () => {
  // The programme on 5 December 2026: the year and its last quarter run; Q1 2027 was started
  // early (its first day 27 days ahead); Q3 is closed.
  const fy: Cycle = {
    id: 'fy',
    name: 'FY 2026',
    start: '2026-01-01',
    end: '2026-12-31',
    state: 'active',
  };
  const q3: Cycle = {
    id: 'q3',
    name: 'Q3 2026',
    start: '2026-07-01',
    end: '2026-09-30',
    state: 'closed',
  };
  const q4: Cycle = {
    id: 'q4',
    name: 'Q4 2026',
    start: '2026-10-01',
    end: '2026-12-31',
    state: 'active',
  };
  const q1: Cycle = {
    id: 'q1',
    name: 'Q1 2027',
    start: '2027-01-01',
    end: '2027-03-31',
    state: 'active',
  };
  const cycles = [fy, q3, q4, q1];
  const ids = (list: readonly Cycle[]) => list.map((cycle) => cycle.id);

  it('starts the planning week the week before, never in the end-of-year break', () => {
    expect(planningWeekStart('2026-10-01')).toBe('2026-09-24');
    // Q1: not from Christmas Day, the full week before the break.
    expect(planningWeekStart('2027-01-01')).toBe('2026-12-17');
    // Nor from New Year's Day: 2 January leaves 6 days.
    expect(planningWeekStart('2027-01-08')).toBe('2027-01-02');
    expect(planningWeekStart('2027-01-07')).toBe('2027-01-02');
    // 2 January would leave 4 days: before the break.
    expect(planningWeekStart('2027-01-06')).toBe('2026-12-17');
    expect(planningWeekStart('2026-12-31')).toBe('2026-12-17');
    expect(planningWeekStart('2027-01-02')).toBe('2026-12-17');
    expect(planningWeekStart('2026-12-30')).toBe('2026-12-23');
    for (const start of ['2026-12-31', '2027-01-01', '2027-01-02', '2027-01-05', '2027-01-08']) {
      expect(['12-24', '12-25', '12-26', '01-01']).not.toContain(planningWeekStart(start).slice(5));
    }
  });

  it('counts a started cycle from its planning week, its coaching plan’s when it has one', () => {
    expect(cycleOpensOn(q1)).toBe('2026-12-17');
    const planned = {
      ...q1,
      coachingPlan: { rituals: [{ kind: 'planning' as const, date: '2026-12-10' }] },
    };
    expect(cycleOpensOn(planned)).toBe('2026-12-10');
    expect(cyclePhase(q1, '2026-12-05')).toBe('upcoming');
    expect(cyclePhase(q1, '2026-12-17')).toBe('planningWeek');
    expect(cyclePhase(q1, '2027-01-01')).toBe('running');
    expect(cyclePhase(q1, '2027-04-01')).toBe('ended');
    expect(cyclePhase({ ...q1, state: 'planning' }, '2027-01-05')).toBe('planning');
    expect(cyclePhase(q3, '2026-08-01')).toBe('closed');
  });

  it('labels a started cycle whose first day is ahead as upcoming, with its first day', () => {
    expect(cycleStateLabel(q1, '2026-12-05')).toBe('Upcoming');
    expect(cycleStateBadge(q1, '2026-12-05', 'en-US')).toBe('Upcoming · starts Jan 1');
    expect(cycleStateBadge(q1, '2026-12-05', 'en-GB')).toBe('Upcoming · starts 1 Jan');
    expect(cycleStateBadge(q1, '2025-12-05', 'en-US')).toBe('Upcoming · starts Jan 1, 2027');
    expect(cycleStateBadge(q1, '2027-01-01', 'en-US')).toBe('Active');
    expect(cycleStateBadge(q4, '2026-12-05', 'en-US')).toBe('Active');
    expect(cycleStateBadge({ ...q1, state: 'planning' }, '2026-12-05')).toBe('Planning');
    expect(cycleStateBadge(q3, '2026-12-05')).toBe('Closed');
  });

  it('prefers a running cycle, the quarter before its year, and one holding the team’s OKRs', () => {
    expect(ids(currentCandidates(cycles, '2026-12-05'))).toEqual(['q4', 'fy', 'q1']);
    expect(currentCycle(cycles, '2026-12-05', new Set(['fy']))?.id).toBe('fy');
    // Q4 closed, its OKRs carried into Q1 2027: before Q1's planning week the year still runs.
    const afterClose = [fy, q3, { ...q4, state: 'closed' as const }, q1];
    expect(currentCycle(afterClose, '2026-12-05', new Set(['q1']))?.id).toBe('fy');
    // From its planning week Q1 runs too, and holds the team's OKRs where the year holds none.
    expect(currentCycle(afterClose, '2026-12-18', new Set(['q1']))?.id).toBe('q1');
    // A cycle whose first day has come before one in its planning week, both holding OKRs.
    expect(currentCycle(afterClose, '2026-12-18', new Set(['q1', 'fy']))?.id).toBe('fy');
    expect(currentCycle(afterClose, '2026-12-18')?.id).toBe('fy');
    expect(ids(currentContenders(afterClose, '2026-12-18'))).toEqual(['fy', 'q1']);
    expect(ids(currentContenders(afterClose, '2026-12-05'))).toEqual(['fy']);
  });

  it('falls back to a cycle holding today, then the next started one, then the last ended', () => {
    const closedEarly = { ...q4, state: 'closed' as const };
    expect(currentCycle([q3, closedEarly, q1], '2026-12-05')?.id).toBe('q4');
    expect(currentCycle([q3, q1], '2026-12-05')?.id).toBe('q1');
    expect(currentCycle([q3, { ...q4, end: '2026-11-30' }], '2026-12-05')?.id).toBe('q4');
    expect(currentCycle([q3], '2026-12-05')).toBeUndefined();
  });

  it('closes and reviews the cycle just ended or ending next, never one whose first day is ahead', () => {
    expect(cycleEndingNearest(cycles, '2026-12-05')?.id).toBe('q4');
    expect(cycleEndingNearest([fy, q3, q1], '2026-12-05')?.id).toBe('fy');
    expect(cycleEndingNearest([q3, q1], '2026-12-05')?.id).toBe('q3');
    expect(cycleEndingNearest([q1], '2026-12-05')).toBeUndefined();
  });

  it('picks one of two cycles alike but for their names the same way for every reader and machine', () => {
    // By code unit, not in any language: "Z" (U+005A) before "Ä" (U+00C4), which an English or
    // German machine would file beside "A".
    const alike = ['Ärende', 'Zebra'].map((name): Cycle => ({ ...q4, id: name, name }));
    expect(currentCycle(alike, '2026-12-05')?.name).toBe('Zebra');
    expect(cycleEndingNearest(alike, '2026-12-05')?.name).toBe('Zebra');
    const ahead = alike.map((cycle): Cycle => ({
      ...cycle,
      ...q1,
      id: cycle.id,
      name: cycle.name,
    }));
    expect(cycleBeingPlanned(ahead, '2026-12-05')?.name).toBe('Zebra');
  });

  it('plans the next cycle to start, else the current one', () => {
    expect(cycleBeingPlanned(cycles, '2026-12-05')?.id).toBe('q1');
    expect(cycleBeingPlanned([fy, q4], '2026-12-05')?.id).toBe('q4');
  });

  it('names the open cycles besides the one shown, nearest first', () => {
    const q2: Cycle = {
      id: 'q2',
      name: 'Q2 2027',
      start: '2027-04-01',
      end: '2027-06-30',
      state: 'planning',
    };
    expect(ids(openCyclesBesides([...cycles, q2], fy, '2026-12-05'))).toEqual(['q4', 'q1', 'q2']);
  });
});

describe('cyclesWithin', () => {
  it('finds the cycles inside a cycle’s dates, ends included, not itself', () => {
    const cycle = (id: string, start: string, end: string) => ({
      id,
      name: id,
      start,
      end,
      state: 'active' as const,
    });
    const year = cycle('fy', '2026-01-01', '2026-12-31');
    const cycles = [
      year,
      cycle('q1', '2026-01-01', '2026-03-31'),
      cycle('q4', '2026-10-01', '2026-12-31'),
      cycle('q1-27', '2027-01-01', '2027-03-31'),
      cycle('dec-jan', '2026-12-01', '2027-01-31'),
    ];
    expect(cyclesWithin(year, cycles).map((c) => c.id)).toEqual(['q1', 'q4']);
    expect(cyclesWithin(cycles[1]!, cycles)).toEqual([]);
  });
});

describe('cyclesEnclosing and cyclesToAlignTo', () => {
  const cycle = (id: string, start: string, end: string, state: Cycle['state'] = 'active') => ({
    id,
    name: id,
    start,
    end,
    state,
  });
  const q4 = cycle('q4', '2026-10-01', '2026-12-31');
  const year = cycle('fy', '2026-01-01', '2026-12-31');
  const plan = cycle('fy26-28', '2026-01-01', '2028-12-31');
  const cycles = [
    plan,
    q4,
    cycle('q1', '2026-01-01', '2026-03-31'),
    cycle('h2', '2026-07-01', '2026-12-31', 'planning'),
    year,
    cycle('q4-copy', '2026-10-01', '2026-12-31'),
    cycle('fy27', '2027-01-01', '2027-12-31'),
    cycle('nov-feb', '2026-11-01', '2027-02-28'),
    cycle('fy25-closed', '2025-10-01', '2026-12-31', 'closed'),
  ];

  it('finds the cycles around a cycle’s dates, ends included, innermost first, never itself or a copy of its dates', () => {
    expect(cyclesEnclosing(q4, cycles, 'en').map((c) => c.id)).toEqual([
      'h2',
      'fy',
      'fy25-closed',
      'fy26-28',
    ]);
    expect(cyclesEnclosing(year, cycles, 'en').map((c) => c.id)).toEqual([
      'fy25-closed',
      'fy26-28',
    ]);
    expect(cyclesEnclosing(plan, cycles, 'en')).toEqual([]);
  });

  it('is the inverse of cyclesWithin', () => {
    for (const inner of cycles) {
      for (const outer of cyclesEnclosing(inner, cycles, 'en')) {
        expect(cyclesWithin(outer, cycles)).toContain(inner);
      }
    }
  });

  it('offers to align to the enclosing cycles that are not closed', () => {
    expect(cyclesToAlignTo(q4, cycles, 'en').map((c) => c.id)).toEqual(['h2', 'fy', 'fy26-28']);
    // The same cycles for who asks which they are (the rollover), in no order of its own.
    expect(new Set(cyclesOpenAround(q4, cycles).map((c) => c.id))).toEqual(
      new Set(['h2', 'fy', 'fy26-28']),
    );
  });

  it('lists enclosing cycles as long as each other by name as the reader’s language files them', () => {
    // Swedish files "Ä" after "Z"; German beside "A".
    const years = ['Zebra', 'Ärende'].map((name) => cycle(name, '2026-01-01', '2026-12-31'));
    const names = (locale: string) =>
      cyclesToAlignTo(q4, [q4, ...years], locale).map((c) => c.name);
    expect(names('sv-SE')).toEqual(['Zebra', 'Ärende']);
    expect(names('de-DE')).toEqual(['Ärende', 'Zebra']);
  });
});
