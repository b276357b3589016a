import fc from 'fast-check';
import { confidenceTrend } from '../../src/core/confidence';
import { toIsoDate } from '../../src/core/dates';
import { defaultOperatingModel as model } from '../../src/core/operating-model';

const at = (day: string, confidence?: number) => ({ at: `${day}T09:00:00Z`, confidence });

describe('confidenceTrend', () => {
  const today = '2026-03-10';

  it('is rising when the latest reading is at least a point above the previous', () => {
    const trend = confidenceTrend(
      [at('2026-03-02', 5), at('2026-03-09', 7)],
      today,
      model,
      toIsoDate,
    );
    expect(trend).toMatchObject({
      trend: 'rising',
      delta: 2,
      latest: 7,
      previous: 5,
      daysSinceCheckIn: 1,
    });
  });

  it('is falling when it dropped, whatever order the check-ins come in', () => {
    const trend = confidenceTrend(
      [at('2026-03-09', 4), at('2026-03-02', 6)],
      today,
      model,
      toIsoDate,
    );
    expect(trend).toMatchObject({ trend: 'falling', delta: -2 });
  });

  it('is steady for changes under a tenth of the scale, or a single reading', () => {
    expect(
      confidenceTrend([at('2026-03-02', 6), at('2026-03-09', 6.5)], today, model, toIsoDate).trend,
    ).toBe('steady');
    expect(confidenceTrend([at('2026-03-09', 6)], today, model, toIsoDate)).toMatchObject({
      trend: 'steady',
      delta: 0,
    });
  });

  it('skips check-ins without a confidence when comparing readings', () => {
    const trend = confidenceTrend(
      [at('2026-02-23', 8), at('2026-03-02', 5), at('2026-03-09')],
      today,
      model,
      toIsoDate,
    );
    expect(trend).toMatchObject({
      trend: 'falling',
      delta: -3,
      lastCheckInAt: '2026-03-09T09:00:00Z',
    });
  });

  it('is stale with no check-in within staleAfterDays, whatever the readings say', () => {
    const old = [at('2026-02-10', 3), at('2026-02-20', 9)];
    expect(confidenceTrend(old, today, model, toIsoDate)).toMatchObject({
      trend: 'stale',
      delta: 6,
      daysSinceCheckIn: 18,
    });
    const edge = [at('2026-02-24', 5)]; // exactly 14 days
    expect(confidenceTrend(edge, today, model, toIsoDate).trend).toBe('steady');
  });

  it('is stale with no check-in at all', () => {
    expect(confidenceTrend([], today, model, toIsoDate)).toEqual({ trend: 'stale', delta: 0 });
  });

  it('scales the meaningful change to the confidence scale', () => {
    const percent = { ...model, confidenceScale: { min: 0, max: 100 } };
    expect(
      confidenceTrend([at('2026-03-02', 50), at('2026-03-09', 55)], today, percent, toIsoDate)
        .trend,
    ).toBe('steady');
    expect(
      confidenceTrend([at('2026-03-02', 50), at('2026-03-09', 60)], today, percent, toIsoDate)
        .trend,
    ).toBe('rising');
  });

  it('reads check-ins in time order, the later of a tie last, however they are listed', () => {
    // The trend as the method states it: the check-ins in time order (a stable sort keeps the
    // later listed of two at the same instant later), the last one's day, the last two readings.
    const stated = (checkIns: readonly { at: string; confidence?: number }[]) => {
      const ordered = [...checkIns].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
      const readings = ordered.flatMap((c) => (c.confidence === undefined ? [] : [c.confidence]));
      const [previous, latest] =
        readings.slice(-2).length === 2 ? readings.slice(-2) : [undefined, readings.at(-1)];
      return { lastCheckInAt: ordered.at(-1)?.at, latest, previous };
    };
    const checkIn = fc.record(
      {
        at: fc
          .tuple(
            fc.integer({ min: 1, max: 9 }),
            fc.constantFrom('09:00:00Z', '09:00:00.000Z', '09:00:00.500Z', '17:30:00Z'),
          )
          .map(([day, time]) => `2026-03-0${day}T${time}`),
        confidence: fc.integer({ min: 1, max: 10 }),
      },
      { requiredKeys: ['at'] },
    );
    fc.assert(
      fc.property(fc.array(checkIn, { maxLength: 8 }), (checkIns) => {
        const trend = confidenceTrend(checkIns, today, model, toIsoDate);
        const expected = stated(checkIns);
        expect(trend.lastCheckInAt).toBe(expected.lastCheckInAt);
        expect(trend.latest).toBe(expected.latest);
        expect(trend.previous).toBe(expected.previous);
      }),
    );
  });
});
