import {
  checkInNudges,
  createCheckIn,
  sameCheckInBasis,
  typedAgainst,
  type CheckInContext,
} from '../../src/core/check-in';
import { toIsoDate } from '../../src/core/dates';
import { defaultOperatingModel as model } from '../../src/core/operating-model';
import { ana, keyResult, q1 } from './fixtures';

const context = (overrides: Partial<CheckInContext> = {}): CheckInContext => ({
  keyResult: keyResult({ current: 1100, confidence: 6 }),
  author: ana,
  at: '2026-02-02T09:00:00Z',
  clientId: 'client-42',
  source: 'excel',
  cycle: q1,
  dayOf: toIsoDate,
  ...overrides,
});

describe('createCheckIn', () => {
  it('builds a check-in from typed text', () => {
    const result = createCheckIn(
      { value: '1,250', confidence: '7', note: '  Campaign landed  ' },
      context(),
      model,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        clientId: 'client-42',
        keyResultId: 'kr1',
        value: 1250,
        confidence: 7,
        note: 'Campaign landed',
        author: ana,
        at: '2026-02-02T09:00:00Z',
        source: 'excel',
      },
    });
  });

  it('refuses a check-in on a KR whose progress rolls up from the OKRs aligned to it, and says why', () => {
    const rolledUp = keyResult({
      title: 'Revenue doubles',
      rolledUpFrom: [{ kind: 'objective', id: 'o9', weight: 1 }],
    });
    const result = createCheckIn({ value: 1300 }, context({ keyResult: rolledUp }), model);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => [issue.code, issue.message])).toEqual([
      [
        'rolledUpTakesNoCheckIn',
        '“Revenue doubles” rolls up from the OKRs aligned to it, so it takes no check-in of its own: check in on those and its progress follows.',
      ],
    ]);
    expect(
      createCheckIn(
        { value: 1300 },
        context({ keyResult: { ...rolledUp, rolledUpFrom: [] } }),
        model,
      ).ok,
    ).toBe(true);
  });

  it('says everything wrong at once, also when the value cannot be read', () => {
    const result = createCheckIn(
      { value: 'abc', confidence: '11', note: 'x'.repeat(model.limits.noteMaxLength + 1) },
      context(),
      model,
    );
    expect(!result.ok && result.issues.map((issue) => issue.field)).toEqual([
      'value',
      'confidence',
      'note',
    ]);
    const unread = createCheckIn({ value: 'abc', confidence: 'high' }, context(), model);
    expect(!unread.ok && unread.issues.map((issue) => issue.code)).toEqual([
      'notANumber',
      'confidenceNotANumber',
    ]);
  });

  it('leaves confidence out when none is given', () => {
    const result = createCheckIn({ value: 1300, confidence: ' ' }, context(), model);
    expect(result.ok && 'confidence' in result.value).toBe(false);
  });

  it('keeps the meeting of a meeting check-in', () => {
    const result = createCheckIn(
      { value: 1300 },
      context({ source: 'meeting', meetingId: 'm-7' }),
      model,
    );
    expect(result.ok && result.value.meetingId).toBe('m-7');
  });

  it('rejects what cannot be read as numbers, reporting both fields', () => {
    const result = createCheckIn({ value: 'abc', confidence: 'high' }, context(), model);
    expect(!result.ok && result.issues.map((issue) => `${issue.field}:${issue.code}`)).toEqual([
      'value:notANumber',
      'confidence:confidenceNotANumber',
    ]);
  });

  it('names the confidence scale when the confidence typed is not a number', () => {
    const result = createCheckIn({ value: 1300, confidence: 'high' }, context(), model);
    expect(!result.ok && result.issues.map((issue) => issue.message)).toEqual([
      '“high” is not a confidence. Type a number from 1 to 10.',
    ]);
  });

  it('refuses a missing confidence where one is required (a meeting’s round), naming the scale', () => {
    for (const confidence of [undefined, '', '   ']) {
      const result = createCheckIn(
        { value: 1300, ...(confidence === undefined ? {} : { confidence }) },
        context({ source: 'meeting', meetingId: 'm-7', confidenceRequired: true }),
        model,
      );
      expect(!result.ok && result.issues.map((issue) => [issue.field, issue.message])).toEqual([
        ['confidence', 'Give a confidence: a number from 1 to 10.'],
      ]);
    }
    const given = createCheckIn(
      { value: 1300, confidence: ' 7 ' },
      context({ source: 'meeting', meetingId: 'm-7', confidenceRequired: true }),
      model,
    );
    expect(given.ok && given.value.confidence).toBe(7);
  });

  it('rejects non-finite numbers passed in directly', () => {
    const result = createCheckIn({ value: Infinity }, context(), model);
    expect(!result.ok && result.issues[0]?.code).toBe('notFinite');
  });

  it('applies every check-in rule: scale, cycle dates, kind', () => {
    const offScale = createCheckIn({ value: 1300, confidence: 11 }, context(), model);
    expect(codes(offScale)).toEqual(['confidenceOutOfScale']);
    const late = createCheckIn({ value: 1300 }, context({ at: '2026-06-01T09:00:00Z' }), model);
    expect(codes(late)).toEqual(['dateOutsideCycle']);
    const binary = context({
      keyResult: keyResult({ kind: 'binary', start: 0, target: 1, current: 0 }),
    });
    expect(codes(createCheckIn({ value: '0.5' }, binary, model))).toEqual([
      'binaryValueNotZeroOrOne',
    ]);
  });
});

function codes(outcome: ReturnType<typeof createCheckIn>): string[] {
  return outcome.ok ? [] : outcome.issues.map((issue) => issue.code);
}

describe('typedAgainst', () => {
  test('a KR read with its version: the version, and the measure and numbers the check-in is typed against, not its title or owner', () => {
    const read = keyResult({ version: '7', confidence: 6, owner: ana, current: 1200 });
    expect(typedAgainst(read)).toEqual({
      keyResultVersion: '7',
      keyResultBasis: {
        kind: 'increase',
        start: 1000,
        target: 2000,
        unit: 'users',
        current: 1200,
        confidence: 6,
      },
    });
    // Renamed since: the same basis, so the store takes the check-in as it was meant.
    const renamed = { ...read, title: 'Renamed', version: '8' };
    expect(sameCheckInBasis(typedAgainst(read).keyResultBasis!, renamed)).toBe(true);
    expect(
      sameCheckInBasis(typedAgainst(read).keyResultBasis!, { ...renamed, current: 1300 }),
    ).toBe(false);
  });

  test('a KR never stored (no version) carries nothing: nothing to weigh it against', () => {
    expect(typedAgainst(keyResult())).toEqual({});
  });
});

describe('checkInNudges', () => {
  const kr = keyResult({ current: 1400, confidence: 7 });
  const codesOf = (nudges: ReturnType<typeof checkInNudges>) => nudges.map((nudge) => nudge.code);

  it('has nothing to say about a steady, explained step forward', () => {
    expect(checkInNudges({ value: 1500, confidence: 7, note: '' }, kr, model)).toEqual([]);
  });

  it('asks for a note when confidence dropped without one', () => {
    const nudges = checkInNudges({ value: 1450, confidence: 4, note: ' ' }, kr, model);
    expect(nudges).toEqual([
      expect.objectContaining({
        code: 'confidenceDroppedWithoutNote',
        field: 'note',
        params: { previous: 7, current: 4 },
        message: expect.stringContaining('from 7 to 4'),
      }),
    ]);
    expect(
      checkInNudges({ value: 1450, confidence: 4, note: 'Lost a partner' }, kr, model),
    ).toEqual([]);
  });

  it('notices a value that went backwards for the KR’s direction', () => {
    expect(codesOf(checkInNudges({ value: 1350, note: '' }, kr, model))).toEqual([
      'valueWentBackwards',
    ]);
    const decrease = keyResult({ kind: 'decrease', start: 40, target: 20, current: 30 });
    expect(codesOf(checkInNudges({ value: 32, note: '' }, decrease, model))).toEqual([
      'valueWentBackwards',
    ]);
    expect(codesOf(checkInNudges({ value: 28, note: '' }, decrease, model))).toEqual([]);
    const binary = keyResult({ kind: 'binary', start: 0, target: 1, current: 1 });
    expect(codesOf(checkInNudges({ value: 0, note: '' }, binary, model))).toEqual([
      'valueWentBackwards',
    ]);
  });

  it('notices a stay KR crossing its line, not moves on the safe side', () => {
    const guard = keyResult({ kind: 'stayAbove', start: 45, target: 40, current: 44 });
    expect(codesOf(checkInNudges({ value: 41, note: '' }, guard, model))).toEqual([]);
    expect(codesOf(checkInNudges({ value: 39, note: '' }, guard, model))).toEqual(['lineCrossed']);
    const breached = { ...guard, current: 38 };
    expect(codesOf(checkInNudges({ value: 37, note: '' }, breached, model))).toEqual([]);
  });

  it('leaves big jumps to the rules: they are refused, not nudged', () => {
    expect(codesOf(checkInNudges({ value: 1900, note: '' }, kr, model))).toEqual([]);
  });
});
