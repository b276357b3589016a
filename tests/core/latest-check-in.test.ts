import fc from 'fast-check';
import { catchUpReading, followsCheckIn, latestCheckIn, readingOf } from '../../src/core/check-in';
import type { CheckIn } from '../../src/core/model';

type Reading = { clientId: string; at: string; value: number; confidence?: number };

const reading = fc.record({
  clientId: fc.string({ minLength: 1, maxLength: 8 }),
  at: fc
    .integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') })
    .map((ms) => new Date(ms - (ms % 60_000)).toISOString()),
  value: fc.integer({ min: -1000, max: 1000 }),
});

describe('latestCheckIn: a KR’s current reading is its latest check-in by time', () => {
  it('is the check-in with the latest time, whatever order the record is read in', () => {
    const history: Reading[] = [
      { clientId: 'b', at: '2026-02-10T09:00:00Z', value: 30 },
      { clientId: 'a', at: '2026-02-05T09:00:00.000Z', value: 25 },
      { clientId: 'c', at: '2026-02-01T09:00:00Z', value: 10 },
    ];
    expect(latestCheckIn(history)?.value).toBe(30);
    expect(latestCheckIn([])).toBeUndefined();
  });

  it('is the same check-in for every reader: same time, the client id decides', () => {
    fc.assert(
      fc.property(fc.array(reading, { minLength: 1, maxLength: 12 }), (history) => {
        const forwards = latestCheckIn(history);
        const backwards = latestCheckIn([...history].reverse());
        expect(backwards).toBe(forwards);
        for (const checkIn of history) {
          expect(Date.parse(checkIn.at)).toBeLessThanOrEqual(Date.parse(forwards!.at));
        }
      }),
    );
  });
});

describe('followsCheckIn', () => {
  const keyResult = { current: 30, confidence: 6, lastCheckInAt: '2026-02-10T09:00:00Z' };

  it('holds when the KR shows the check-in’s value, confidence and time', () => {
    expect(
      followsCheckIn(keyResult, { at: '2026-02-10T09:00:00.000Z', value: 30, confidence: 6 }),
    ).toBe(true);
    // A check-in without a confidence leaves the KR's confidence as it was.
    expect(followsCheckIn(keyResult, { at: '2026-02-10T09:00:00Z', value: 30 })).toBe(true);
  });

  it('fails on another value, confidence or time', () => {
    expect(
      followsCheckIn(keyResult, { at: '2026-02-10T09:00:00Z', value: 25, confidence: 6 }),
    ).toBe(false);
    expect(
      followsCheckIn(keyResult, { at: '2026-02-10T09:00:00Z', value: 30, confidence: 5 }),
    ).toBe(false);
    expect(
      followsCheckIn(keyResult, { at: '2026-02-11T09:00:00Z', value: 30, confidence: 6 }),
    ).toBe(false);
    expect(
      followsCheckIn({ current: 30 }, { at: '2026-02-11T09:00:00Z', value: 30, confidence: 6 }),
    ).toBe(false);
  });
});

describe('catchUpReading: a KR behind its record is put right', () => {
  const checkIn = (fields: Reading & { confidence?: number }): CheckIn => ({
    keyResultId: 'kr',
    note: '',
    author: { id: 'u', displayName: 'Adele Vance' },
    source: 'teams',
    ...fields,
  });
  const withConfidence = fc
    .tuple(reading, fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }))
    .map(([fields, confidence]) =>
      checkIn(confidence === undefined ? fields : { ...fields, confidence }),
    );
  const keyResult = fc.record({
    start: fc.integer({ min: -10, max: 10 }),
    current: fc.integer({ min: -1000, max: 1000 }),
    confidence: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
    lastCheckInAt: fc.option(
      reading.map((r) => r.at),
      { nil: undefined },
    ),
  });

  it('is the reading of its latest check-in when the KR does not show it, and nothing when it does', () => {
    fc.assert(
      fc.property(keyResult, fc.array(withConfidence, { maxLength: 8 }), (kr, history) => {
        const reading = catchUpReading(kr, history);
        const latest = latestCheckIn(history);
        if (!latest) return expect(reading).toBeUndefined();
        if (followsCheckIn(kr, latest)) return expect(reading).toBeUndefined();
        expect(reading).toEqual(readingOf(kr, history));
        expect(followsCheckIn({ ...kr, ...reading }, latest)).toBe(true);
      }),
    );
  });

  it('leaves a KR without check-ins as it is', () => {
    expect(catchUpReading({ start: 0, current: 12 }, [])).toBeUndefined();
  });
});
