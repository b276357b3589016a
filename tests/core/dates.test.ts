import { daysBetween, isIsoDate, toIsoDate } from '../../src/core/dates';

describe('reading dates', () => {
  test('a date asked about again reads the same, valid or not, however many dates came between', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    // More distinct days than are remembered at once.
    for (let day = 0; day < 5000; day += 1) {
      const date = new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10);
      expect(daysBetween('2000-01-01', date)).toBe(day);
    }
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});

describe('toIsoDate', () => {
  it('takes the UTC calendar day of an instant in any form Graph or a person writes', () => {
    expect(toIsoDate('2026-03-01')).toBe('2026-03-01');
    expect(toIsoDate('2026-03-01T23:59:59Z')).toBe('2026-03-01');
    expect(toIsoDate('2026-03-01T09:30Z')).toBe('2026-03-01');
    expect(toIsoDate('2026-03-01T09:30:00.1234567Z')).toBe('2026-03-01');
    // An offset moves the instant to another UTC day.
    expect(toIsoDate('2026-03-01T01:00:00+02:00')).toBe('2026-02-28');
    expect(toIsoDate('2026-02-28T23:00:00-02:00')).toBe('2026-03-01');
    // 24:00 is the end of the day, the start of the next.
    expect(toIsoDate('2026-12-31T24:00:00Z')).toBe('2027-01-01');
  });

  it('refuses what is not a date or an instant', () => {
    expect(() => toIsoDate('next Tuesday')).toThrow(RangeError);
    expect(() => toIsoDate('2026-03-01T25:00:00Z')).toThrow(RangeError);
  });
});
