import { daysBetween, isIsoDate } from '../../src/core/dates';

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
