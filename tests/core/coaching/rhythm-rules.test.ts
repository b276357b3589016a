import { coachKeyResult, coachRhythm } from '../../../src/core/coaching';
import { toIsoDate } from '../../../src/core/dates';
import { defaultOperatingModel as model } from '../../../src/core/operating-model';
import { checkIn, keyResult, objective, quarter } from './builders';

const today = '2026-08-05';
const context = { model, today, dayOf: toIsoDate, cycle: quarter };
const recent = (id: string, confidences: number[], value = 86) =>
  confidences.map((confidence, index) =>
    checkIn(id, `2026-07-${String(22 + index * 7).padStart(2, '0')}T09:00:00Z`, value, confidence),
  );
const rules = (findings: { rule: string; severity: string }[]) =>
  findings.map((f) => `${f.severity}:${f.rule}`);

describe('rhythm rules', () => {
  it('a key result checked in weekly, on pace, owned and with steady confidence is quiet', () => {
    const kr = keyResult({ id: 'k1', current: 88 });
    expect(
      coachRhythm([kr], {
        ...context,
        checkIns: [...recent('k1', [6, 6]), checkIn('k1', '2026-08-03T09:00:00Z', 88, 6)],
      }),
    ).toEqual([]);
  });

  it('rhythm.stale-check-in: longer than the model allows without a check-in', () => {
    const kr = keyResult({ id: 'k1', lastCheckInAt: '2026-07-10T09:00:00Z', current: 88 });
    const [finding] = coachRhythm([kr], context);
    expect(finding).toMatchObject({
      rule: 'rhythm.stale-check-in',
      severity: 'warning',
      params: { days: 26, cadence: 7 },
    });
    expect(finding!.message).toBe('No check-in for 26 days (the team checks in every 7 days).');
    const fresh = keyResult({ id: 'k2', lastCheckInAt: '2026-08-02T09:00:00Z', current: 88 });
    expect(coachRhythm([fresh], context)).toEqual([]);
    expect(coachRhythm([kr], { ...context, cycle: { ...quarter, state: 'closed' } })).toEqual([]);
    // A KR that reached its target awaits no check-in; a stay KR holding its line still does.
    const reached = { ...kr, current: kr.target };
    expect(rules(coachRhythm([reached], context))).not.toContain('warning:rhythm.stale-check-in');
    const holding = { ...kr, kind: 'stayAbove' as const, start: 90, target: 95, current: 97 };
    expect(rules(coachRhythm([holding], context))).toEqual(['warning:rhythm.stale-check-in']);
  });

  it('rhythm.falling-confidence: the last check-in lowered confidence', () => {
    const kr = keyResult({ id: 'k1', current: 88 });
    const findings = coachRhythm([kr], {
      ...context,
      checkIns: [...recent('k1', [7]), checkIn('k1', '2026-08-04T09:00:00Z', 88, 4)],
    });
    expect(rules(findings)).toEqual(['warning:rhythm.falling-confidence']);
    expect(findings[0]!.message).toBe('Confidence fell from 7 to 4 over the last check-ins.');
  });

  it('rhythm.no-owner: nobody answers for the key result', () => {
    const unowned = {
      ...keyResult({ id: 'k1', current: 88, lastCheckInAt: '2026-08-03T09:00:00Z' }),
      owner: undefined,
    };
    expect(rules(coachRhythm([unowned], context))).toEqual(['warning:rhythm.no-owner']);
  });

  it('rhythm.high-score-mid-cycle: above 0.8 early is a sandbagging risk for aspirational OKRs', () => {
    const kr = keyResult({ id: 'k1', current: 94, lastCheckInAt: '2026-08-03T09:00:00Z' });
    const aspirational = coachRhythm([kr], context, [
      objective({ id: 'o-support', commitment: 'aspirational' }),
    ]);
    expect(rules(aspirational)).toEqual(['warning:rhythm.high-score-mid-cycle']);
    expect(aspirational[0]!.params).toEqual({ score: 0.92, remaining: 60 });
    const committed = coachRhythm([kr], context, [
      objective({ id: 'o-support', commitment: 'committed' }),
    ]);
    expect(rules(committed)).toEqual(['info:rhythm.high-score-mid-cycle']);
    const late = { ...kr, lastCheckInAt: '2026-09-08T09:00:00Z' };
    expect(coachRhythm([late], { ...context, today: '2026-09-10' })).toEqual([]);
  });

  it('rhythm.behind-pace-confident: behind pace yet confidence near the top of the scale', () => {
    const kr = keyResult({ id: 'k1', current: 82 });
    const confident = coachRhythm([kr], {
      ...context,
      checkIns: [checkIn('k1', '2026-08-03T09:00:00Z', 82, 9)],
    });
    expect(rules(confident)).toEqual(['warning:rhythm.behind-pace-confident']);
    expect(confident[0]!.message).toBe(
      'Progress is 0% against 40% expected by now, yet confidence is 9/10.',
    );
    const honest = coachRhythm([kr], {
      ...context,
      checkIns: [checkIn('k1', '2026-08-03T09:00:00Z', 82, 3)],
    });
    expect(honest).toEqual([]);
  });

  it('says nothing about rhythm without today and the cycle', () => {
    const kr = keyResult({ id: 'k1', lastCheckInAt: '2026-06-01T09:00:00Z' });
    expect(coachRhythm([kr], { model })).toEqual([]);
  });

  it('coachKeyResult combines wording, kind and rhythm for one key result', () => {
    const kr = keyResult({
      id: 'k1',
      title: 'New onboarding raises activation for new users',
      kind: 'binary',
      start: 0,
      target: 1,
      current: 0,
      lastCheckInAt: '2026-07-01T09:00:00Z',
    });
    expect(rules(coachKeyResult(kr, objective({ id: 'o-support' }), context))).toEqual([
      'error:key-result.vague',
      'warning:rhythm.stale-check-in',
      'info:key-result.binary-kind',
    ]);
  });
});
