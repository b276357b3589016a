import fc from 'fast-check';
import type { KeyResult } from '../../src/core/model';
import { defaultOperatingModel as model } from '../../src/core/operating-model';
import {
  cyclePace,
  expectedProgress,
  inGracePeriod,
  keyResultStatus,
  objectiveStatus,
  statusFromPace,
} from '../../src/core/pace';
import { ana, keyResult, objective, q1 } from './fixtures';

const checkedIn = '2026-01-20T09:00:00Z';

describe('expectedProgress', () => {
  it('is 0 before the cycle, linear by day within it, 1 from the last day', () => {
    expect(expectedProgress(q1, '2025-12-31')).toBe(0);
    expect(expectedProgress(q1, '2026-01-01')).toBeCloseTo(0.01);
    expect(expectedProgress(q1, '2026-02-19')).toBeCloseTo(0.5);
    expect(expectedProgress(q1, '2026-04-10')).toBe(1);
    expect(expectedProgress(q1, '2026-06-01')).toBe(1);
  });
});

describe('statusFromPace thresholds (defaults: 25% behind at risk, 50% off track)', () => {
  it('is on track up to 25% behind the expected progress', () => {
    expect(statusFromPace(0.5, 0.5, model)).toBe('onTrack');
    expect(statusFromPace(0.375, 0.5, model)).toBe('onTrack');
  });

  it('is at risk when more than 25% behind', () => {
    expect(statusFromPace(0.37, 0.5, model)).toBe('atRisk');
    expect(statusFromPace(0.25, 0.5, model)).toBe('atRisk');
  });

  it('is off track when more than 50% behind', () => {
    expect(statusFromPace(0.24, 0.5, model)).toBe('offTrack');
    expect(statusFromPace(0, 0.5, model, { started: true })).toBe('offTrack');
  });

  it('reads the thresholds from the operating model', () => {
    const strict = { pace: { atRiskBehind: 0.1, offTrackBehind: 0.2 } };
    expect(statusFromPace(0.44, 0.5, strict)).toBe('atRisk');
    expect(statusFromPace(0.39, 0.5, strict)).toBe('offTrack');
  });

  it('is achieved at the target, even early', () => {
    expect(statusFromPace(1, 0.1, model)).toBe('achieved');
    expect(statusFromPace(1.4, 0.1, model)).toBe('achieved');
  });

  it('is not started with no progress and no check-in, or before the cycle', () => {
    expect(statusFromPace(0, 0.5, model, { started: false })).toBe('notStarted');
    expect(statusFromPace(0, 0, model, { started: true })).toBe('notStarted');
  });

  it('does not judge pace during the grace period', () => {
    expect(statusFromPace(0.01, 0.06, model, { started: true, inGracePeriod: true })).toBe(
      'onTrack',
    );
  });

  it('judges stay KRs by the line, not the calendar', () => {
    expect(statusFromPace(1, 0.5, model, { kind: 'stayAbove' })).toBe('onTrack');
    expect(statusFromPace(1, 1, model, { kind: 'stayBelow' })).toBe('achieved');
    expect(statusFromPace(0.9, 0.1, model, { kind: 'stayAbove' })).toBe('atRisk');
    expect(statusFromPace(0.4, 0.1, model, { kind: 'stayBelow' })).toBe('offTrack');
  });
});

describe('keyResultStatus', () => {
  const midCycle = '2026-02-19'; // expected 0.5

  it('compares the KR with the pace today', () => {
    const onPace = keyResult({ current: 1500, lastCheckInAt: checkedIn });
    const behind = keyResult({ current: 1300, lastCheckInAt: checkedIn });
    const farBehind = keyResult({ current: 1100, lastCheckInAt: checkedIn });
    expect(keyResultStatus(onPace, q1, midCycle, model)).toBe('onTrack');
    expect(keyResultStatus(behind, q1, midCycle, model)).toBe('atRisk');
    expect(keyResultStatus(farBehind, q1, midCycle, model)).toBe('offTrack');
  });

  it('is not started until the first check-in', () => {
    expect(keyResultStatus(keyResult(), q1, midCycle, model)).toBe('notStarted');
  });

  it('lets a manual override with a reason win', () => {
    const kr: KeyResult = keyResult({
      current: 1900,
      lastCheckInAt: checkedIn,
      statusOverride: {
        status: 'atRisk',
        reason: 'Main customer is churning next week',
        by: ana,
        at: '2026-02-18T10:00:00Z',
      },
    });
    expect(keyResultStatus(kr, q1, midCycle, model)).toBe('atRisk');
  });

  it('gives the first check-in period grace', () => {
    expect(inGracePeriod(q1, '2026-01-07', model)).toBe(true);
    expect(inGracePeriod(q1, '2026-01-08', model)).toBe(false);
    const slow = keyResult({ current: 1001, lastCheckInAt: '2026-01-05T09:00:00Z' });
    expect(keyResultStatus(slow, q1, '2026-01-06', model)).toBe('onTrack');
  });
});

describe('objectiveStatus', () => {
  const midCycle = '2026-02-19';

  it('rolls up the KRs by weight and compares with the pace', () => {
    const krs = [
      keyResult({ current: 2000, lastCheckInAt: checkedIn, weight: 1 }),
      keyResult({ current: 1000, lastCheckInAt: checkedIn, weight: 1 }),
    ];
    expect(objectiveStatus(objective(), krs, q1, midCycle, model)).toBe('onTrack');
    const heavyLaggard = [krs[0]!, { ...krs[1]!, weight: 4 }];
    expect(objectiveStatus(objective(), heavyLaggard, q1, midCycle, model)).toBe('offTrack');
  });

  it('is not started without KRs or check-ins', () => {
    expect(objectiveStatus(objective(), [], q1, midCycle, model)).toBe('notStarted');
    expect(objectiveStatus(objective(), [keyResult()], q1, midCycle, model)).toBe('notStarted');
  });

  it('is achieved only at the end while it has lines to hold', () => {
    const holding = keyResult({ kind: 'stayAbove', start: 45, target: 40, current: 46 });
    const done = keyResult({ current: 2000, lastCheckInAt: checkedIn });
    expect(objectiveStatus(objective(), [holding, done], q1, midCycle, model)).toBe('onTrack');
    expect(objectiveStatus(objective(), [holding, done], q1, '2026-04-10', model)).toBe('achieved');
  });

  it('lets the objective’s override win', () => {
    const overridden = objective({
      statusOverride: { status: 'offTrack', reason: 'Budget cut', by: ana, at: checkedIn },
    });
    const krs = [keyResult({ current: 2000, lastCheckInAt: checkedIn })];
    expect(objectiveStatus(overridden, krs, q1, midCycle, model)).toBe('offTrack');
  });
});

describe('status from pace (property-based)', () => {
  const severity = { achieved: 0, onTrack: 1, notStarted: 1, atRisk: 2, offTrack: 3 } as const;
  const fraction = fc.double({ min: 0, max: 1.5, noNaN: true });

  it('never gets worse as progress grows, for the same day', () => {
    fc.assert(
      fc.property(
        fraction,
        fraction,
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (a, b, expected) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const at = (progress: number) =>
            severity[statusFromPace(progress, expected, model, { started: true })];
          return at(high) <= at(low);
        },
      ),
    );
  });

  it('is on track or achieved whenever progress keeps pace', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1, noNaN: true }), fraction, (expected, extra) => {
        const status = statusFromPace(expected + extra, expected, model, { started: true });
        return status === 'onTrack' || status === 'achieved';
      }),
    );
  });
});

describe('a cycle’s pace read once for a board (cyclePace)', () => {
  const day = fc.integer({ min: -20, max: 120 }).map((offset) => {
    const date = new Date(Date.UTC(2026, 0, 1 + offset));
    return date.toISOString().slice(0, 10);
  });
  const kind = fc.constantFrom(...(['increase', 'decrease', 'stayAbove', 'binary'] as const));

  it('gives every KR and objective the status it has when each reads the dates itself', () => {
    fc.assert(
      fc.property(
        day,
        kind,
        fc.integer({ min: 900, max: 2100 }),
        fc.boolean(),
        fc.boolean(),
        (today, kind, current, checked, phased) => {
          const kr = keyResult({
            kind,
            current,
            ...(checked ? { lastCheckInAt: checkedIn } : {}),
            ...(phased ? { targets: [{ date: '2026-02-15', value: 1200 }] } : {}),
          });
          const pace = cyclePace(q1, today, model);
          const progress = 0.4;
          return (
            keyResultStatus(kr, q1, today, model, undefined, pace) ===
              keyResultStatus(kr, q1, today, model) &&
            objectiveStatus(objective(), [kr], q1, today, model, undefined, pace) ===
              objectiveStatus(objective(), [kr], q1, today, model) &&
            objectiveStatus(objective(), [kr], q1, today, model, progress, pace) ===
              objectiveStatus(objective(), [kr], q1, today, model, progress)
          );
        },
      ),
    );
  });
});
