/**
 * A check-in dated without a time is stored at noon UTC, as the store keeps its date columns, so
 * it counts on its day for a reader anywhere from UTC−11 to UTC+11: stored at midnight UTC, one
 * dated the 9th counted on the 8th in the Americas. A time the file gives is kept as given.
 */
import { dayAt, readDate } from '../../src/migrate/values';

describe('a check-in’s date without a time', () => {
  it.each([
    '2026-02-09',
    '09.02.2026',
    '9 Feb 2026',
    'Monday, February 9, 2026',
    '20260209',
    '46062',
  ])('is noon UTC on its day: %s', (text) => {
    expect(readDate(text, 'dmy')).toEqual({ at: '2026-02-09T12:00:00Z' });
  });

  it('keeps a time the file gives, midnight included', () => {
    expect(readDate('2026-02-09T00:00:00Z')).toEqual({ at: '2026-02-09T00:00:00Z' });
    expect(readDate('2026-02-09 18:30')).toEqual({ at: '2026-02-09T18:30:00Z' });
    expect(readDate('46062.75')).toEqual({ at: '2026-02-09T18:00:00Z' });
  });

  it('is the instant the import stores a day at', () => {
    expect(dayAt('2026-02-09')).toBe('2026-02-09T12:00:00Z');
  });
});
