import { nextRitual } from '../../src/core/coaching-plan';
import { planRituals } from '../../src/core/plan-rituals';
import { defaultOperatingModel } from '../../src/core/operating-model';

// Q4 2026: Thursday 1 October to Thursday 31 December (92 days).
const q4 = { start: '2026-10-01', end: '2026-12-31' };

describe('the coaching plan of a cycle', () => {
  it('dates the planning week, every weekly check-in day, the mid-cycle review, the close and the retrospective', () => {
    const plan = planRituals(q4, defaultOperatingModel.checkIn); // weekly, Monday
    const kinds = plan.rituals.map((ritual) => ritual.kind);
    expect(plan.rituals[0]).toEqual({ kind: 'planning', date: '2026-09-24' });
    const checkIns = plan.rituals.filter((ritual) => ritual.kind === 'checkIn');
    expect(checkIns[0]?.date).toBe('2026-10-05'); // the first Monday in the cycle
    expect(checkIns.at(-1)?.date).toBe('2026-12-28');
    expect(checkIns).toHaveLength(13);
    expect(plan.rituals.find((r) => r.kind === 'midCycleReview')?.date).toBe('2026-11-16');
    expect(kinds.slice(-2)).toEqual(['close', 'retrospective']);
    expect(plan.rituals.at(-2)?.date).toBe('2026-12-31');
    expect(plan.rituals.at(-1)?.date).toBe('2027-01-01');
    const dates = plan.rituals.map((ritual) => ritual.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('plans a quarter starting on 1 January before the end-of-year break, not from Christmas Day', () => {
    const q1 = { start: '2027-01-01', end: '2027-03-31' };
    const plan = planRituals(q1, defaultOperatingModel.checkIn);
    expect(plan.rituals[0]).toEqual({ kind: 'planning', date: '2026-12-17' });
  });

  it('spaces check-ins by the cadence: every 2 weeks on Tuesdays', () => {
    const plan = planRituals(q4, { cadenceDays: 14, day: 2, staleAfterDays: 28 });
    const checkIns = plan.rituals.filter((ritual) => ritual.kind === 'checkIn').map((r) => r.date);
    expect(checkIns).toEqual([
      '2026-10-06',
      '2026-10-20',
      '2026-11-03',
      '2026-11-17',
      '2026-12-01',
      '2026-12-15',
      '2026-12-29',
    ]);
  });

  it('holds the mid-cycle review at the check-in nearest the midpoint, on the check-in day', () => {
    // The midpoint, 16 November, is a Monday.
    const review = (checkIn: { cadenceDays: number; day: number }) =>
      planRituals(q4, { ...checkIn, staleAfterDays: 28 }).rituals.find(
        (ritual) => ritual.kind === 'midCycleReview',
      )?.date;
    expect(review({ cadenceDays: 7, day: 2 })).toBe('2026-11-17'); // Tuesday
    expect(review({ cadenceDays: 7, day: 5 })).toBe('2026-11-13'); // the Friday before
    expect(review({ cadenceDays: 14, day: 2 })).toBe('2026-11-17');
    expect(review({ cadenceDays: 14, day: 4 })).toBe('2026-11-12'); // fortnightly Thursdays
  });

  it('holds it at the midpoint of a cycle without a check-in', () => {
    const week = { start: '2026-10-01', end: '2026-10-03' }; // Thursday to Saturday
    const plan = planRituals(week, { cadenceDays: 7, day: 1, staleAfterDays: 14 });
    expect(plan.rituals.find((ritual) => ritual.kind === 'midCycleReview')?.date).toBe(
      '2026-10-02',
    );
  });

  it('names the next milestone ritual from today (check-ins only when asked)', () => {
    const plan = planRituals(q4, defaultOperatingModel.checkIn);
    expect(nextRitual(plan, '2026-11-07')).toEqual({ kind: 'midCycleReview', date: '2026-11-16' });
    expect(nextRitual(plan, '2026-11-07', { includeCheckIns: true })).toEqual({
      kind: 'checkIn',
      date: '2026-11-09',
    });
    expect(nextRitual(plan, '2026-11-16')?.kind).toBe('midCycleReview');
    expect(nextRitual(plan, '2027-01-02')).toBeUndefined();
  });
});
