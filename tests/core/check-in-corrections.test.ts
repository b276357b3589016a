import {
  correctCheckIn,
  mayCorrectCheckIn,
  readingOf,
  withdrawalOf,
} from '../../src/core/check-in';
import { toIsoDate } from '../../src/core/dates';
import type { CheckIn } from '../../src/core/model';
import { defaultOperatingModel as model } from '../../src/core/operating-model';
import { ana, keyResult, q1 } from './fixtures';

const coach = { id: 'coach-1', displayName: 'Cora Coach' };
const checkIn = (value: number, at: string, confidence?: number): CheckIn => ({
  id: `id-${at}`,
  clientId: `client-${at}`,
  keyResultId: 'kr1',
  value,
  ...(confidence === undefined ? {} : { confidence }),
  note: 'Weekly',
  author: ana,
  at,
  source: 'teams',
  version: '"1"',
});

describe('correcting a check-in', () => {
  const original = checkIn(9000, '2026-02-02T09:00:00Z', 6);
  const context = {
    keyResult: keyResult({ current: 9000 }),
    by: coach,
    at: '2026-02-03T10:00:00Z',
    cycle: q1,
    dayOf: toIsoDate,
  };

  it('keeps the author, time and source, and records the reason and who corrected it', () => {
    const result = correctCheckIn(
      original,
      { value: '1,200', confidence: '7', reason: ' Typed an extra zero ' },
      context,
      model,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        ...original,
        value: 1200,
        confidence: 7,
        correction: { reason: 'Typed an extra zero', by: coach, at: '2026-02-03T10:00:00Z' },
      },
    });
  });

  it('refuses a correction without a reason, or with a value the KR cannot take, naming both', () => {
    const result = correctCheckIn(original, { value: 'lots', reason: '' }, context, model);
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.issues.map((issue) => issue.field);
    expect(fields).toEqual(expect.arrayContaining(['value', 'correctionReason']));
  });

  it('refuses an over-long note instead of cutting it', () => {
    const note = 'x'.repeat(model.limits.noteMaxLength + 1);
    const result = correctCheckIn(original, { value: 1200, note, reason: 'Typo' }, context, model);
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toContain('tooLong');
  });
});

describe('withdrawing a check-in', () => {
  const context = { by: coach, at: '2026-02-03T10:00:00Z' };
  it('needs a reason of at most one line of SharePoint text', () => {
    expect(withdrawalOf('  Wrong KR ', context, model)).toEqual({
      ok: true,
      value: { reason: 'Wrong KR', ...context },
    });
    expect(withdrawalOf(' ', context, model).ok).toBe(false);
    const tooLong = withdrawalOf('x'.repeat(256), context, model);
    expect(tooLong.ok ? [] : tooLong.issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('255'),
    ]);
  });

  it('is refused in a closed cycle: its record is final', () => {
    const cycle = {
      id: 'q4',
      name: 'Q4 2025',
      start: '2025-10-01',
      end: '2025-12-31',
      state: 'closed' as const,
    };
    const refused = withdrawalOf('Wrong KR', { ...context, cycle }, model);
    expect(refused.ok ? [] : refused.issues.map((issue) => issue.message)).toEqual([
      'The cycle “Q4 2025” is closed; reopen it to change its OKRs.',
    ]);
    expect(
      withdrawalOf('Wrong KR', { ...context, cycle: { ...cycle, state: 'active' } }, model).ok,
    ).toBe(true);
  });
});

describe('who may correct the record', () => {
  it('is whoever made the check-in, or a coach (the KR’s owner included only for their own)', () => {
    const byAna = { author: ana };
    expect(mayCorrectCheckIn(ana, byAna, false)).toBe(true);
    expect(mayCorrectCheckIn(coach, byAna, false)).toBe(false);
    expect(mayCorrectCheckIn(coach, byAna, true)).toBe(true);
  });
});

describe('a KR’s reading', () => {
  it('follows the latest remaining check-in, or goes back to the start without one', () => {
    const kr = keyResult({ start: 1000 });
    expect(
      readingOf(kr, [
        checkIn(1300, '2026-02-09T09:00:00Z'),
        checkIn(1200, '2026-02-02T09:00:00Z', 6),
      ]),
    ).toEqual({
      current: 1300,
      confidence: 6,
      lastCheckInAt: '2026-02-09T09:00:00Z',
      lastCheckInClientId: 'client-2026-02-09T09:00:00Z',
    });
    expect(readingOf(kr, [])).toEqual({ current: 1000 });
  });
});
