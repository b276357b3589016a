import fc from 'fast-check';
import {
  checkInDays,
  checkInWindowAt,
  localDateOf,
  monthlyCadenceDays,
  zonedInstant,
} from '../../../src/core/rhythm';

const monday = 1;
const q4 = { start: '2026-10-01', end: '2026-12-31' }; // 2026-10-01 is a Thursday

describe('check-in days', () => {
  it('falls on the weekday every week from the first one on or after the cycle start', () => {
    const days = checkInDays({ cadenceDays: 7, day: monday }, q4);
    expect(days.slice(0, 3)).toEqual(['2026-10-05', '2026-10-12', '2026-10-19']);
    expect(days.at(-1)).toBe('2026-12-28');
    expect(days).toHaveLength(13);
  });

  it('repeats every two and three weeks', () => {
    expect(checkInDays({ cadenceDays: 14, day: monday }, q4).slice(0, 3)).toEqual([
      '2026-10-05',
      '2026-10-19',
      '2026-11-02',
    ]);
    expect(checkInDays({ cadenceDays: 21, day: monday }, q4)).toEqual([
      '2026-10-05',
      '2026-10-26',
      '2026-11-16',
      '2026-12-07',
      '2026-12-28',
    ]);
  });

  it('is the first such weekday of each month with a monthly cadence', () => {
    expect(checkInDays({ cadenceDays: monthlyCadenceDays, day: monday }, q4)).toEqual([
      '2026-10-05',
      '2026-11-02',
      '2026-12-07',
    ]);
    // A cycle starting after the month's first Monday skips that month.
    expect(
      checkInDays({ cadenceDays: monthlyCadenceDays, day: monday }, { ...q4, start: '2026-10-06' }),
    ).toEqual(['2026-11-02', '2026-12-07']);
  });

  it('includes a check-in on the cycle start and end days', () => {
    expect(
      checkInDays({ cadenceDays: 7, day: 4 }, { start: '2026-10-01', end: '2026-10-15' }),
    ).toEqual(['2026-10-01', '2026-10-08', '2026-10-15']);
  });
});

describe('local time', () => {
  it('turns a wall-clock time into the instant, across daylight-saving changes', () => {
    expect(zonedInstant('2026-03-27', '09:00', 'Europe/Berlin')).toBe('2026-03-27T08:00:00Z');
    expect(zonedInstant('2026-03-30', '09:00', 'Europe/Berlin')).toBe('2026-03-30T07:00:00Z');
    expect(zonedInstant('2026-11-02', '09:00', 'America/New_York')).toBe('2026-11-02T14:00:00Z');
    expect(zonedInstant('2026-10-26', '09:00', 'America/New_York')).toBe('2026-10-26T13:00:00Z');
    expect(zonedInstant('2026-07-06', '09:00', 'Asia/Kolkata')).toBe('2026-07-06T03:30:00Z');
  });

  it('moves a time the spring-forward night skips ahead, and takes the first of a doubled one', () => {
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00Z');
    expect(zonedInstant('2026-10-25', '02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00Z');
  });

  it('round-trips any whole-minute wall time that exists', () => {
    const zones = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Australia/Sydney', 'Asia/Tokyo'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.integer({ min: 4, max: 23 }),
        fc.constantFrom(...zones),
        (dayOffset, hour, zone) => {
          const date = new Date(Date.UTC(2025, 0, 1) + dayOffset * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const instant = zonedInstant(date, `${String(hour).padStart(2, '0')}:15`, zone);
          expect(localDateOf(instant, zone)).toBe(date);
        },
      ),
    );
  });
});

describe('the check-in window at an instant', () => {
  const weekly = { cadenceDays: 7, day: monday };

  it('opens at 09:00 on the check-in day in the person’s own zone', () => {
    const before = checkInWindowAt('2026-11-02T07:59:00Z', 'Europe/Berlin', weekly, q4);
    expect(before?.day).toBe('2026-10-26');
    const after = checkInWindowAt('2026-11-02T08:00:00Z', 'Europe/Berlin', weekly, q4);
    expect(after).toEqual({
      day: '2026-11-02',
      opensAt: '2026-11-02T08:00:00Z',
      closesAt: '2026-11-09T08:00:00Z',
    });
    // Still Sunday evening in Los Angeles.
    expect(checkInWindowAt('2026-11-02T08:00:00Z', 'America/Los_Angeles', weekly, q4)?.day).toBe(
      '2026-10-26',
    );
  });

  it('keeps 09:00 local across the end of summer time', () => {
    const window = checkInWindowAt('2026-10-26T10:00:00Z', 'Europe/Berlin', weekly, q4);
    expect(window?.opensAt).toBe('2026-10-26T08:00:00Z');
    const summer = checkInWindowAt('2026-10-19T10:00:00Z', 'Europe/Berlin', weekly, q4);
    expect(summer?.opensAt).toBe('2026-10-19T07:00:00Z');
    expect(summer?.closesAt).toBe('2026-10-26T08:00:00Z');
  });

  it('is none before the first check-in and after the cycle ends, and closes the last at the end', () => {
    expect(checkInWindowAt('2026-10-03T12:00:00Z', 'UTC', weekly, q4)).toBeUndefined();
    expect(checkInWindowAt('2027-01-01T00:00:00Z', 'UTC', weekly, q4)).toBeUndefined();
    expect(checkInWindowAt('2026-12-31T23:00:00Z', 'UTC', weekly, q4)).toEqual({
      day: '2026-12-28',
      opensAt: '2026-12-28T09:00:00Z',
      closesAt: '2027-01-01T00:00:00Z',
    });
    // Already 1 January in Tokyo.
    expect(checkInWindowAt('2026-12-31T16:00:00Z', 'Asia/Tokyo', weekly, q4)).toBeUndefined();
  });

  it('follows a two-week cadence', () => {
    const fortnightly = { cadenceDays: 14, day: monday };
    expect(checkInWindowAt('2026-10-14T12:00:00Z', 'UTC', fortnightly, q4)?.day).toBe('2026-10-05');
    expect(checkInWindowAt('2026-10-19T12:00:00Z', 'UTC', fortnightly, q4)?.day).toBe('2026-10-19');
  });

  it('always contains the instant it was asked about', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 91 * 24 }),
        fc.constantFrom(7, 14, 21, monthlyCadenceDays),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Auckland'),
        (hours, cadenceDays, day, zone) => {
          const now = new Date(Date.parse('2026-10-01T00:00:00Z') + hours * 3_600_000)
            .toISOString()
            .replace('.000Z', 'Z');
          const window = checkInWindowAt(now, zone, { cadenceDays, day }, q4);
          if (!window) return;
          expect(Date.parse(window.opensAt)).toBeLessThanOrEqual(Date.parse(now));
          expect(Date.parse(window.closesAt)).toBeGreaterThan(Date.parse(now));
        },
      ),
    );
  });
});
