import { createCheckIn, rolledUpCheckInIssue } from '../../src/core/check-in';
import { formatCheckInStatus, parseCheckInStatus } from '../../src/core/check-in-status-words';
import { validateKeyResultScore, validateRetrospectiveAnswer } from '../../src/core/closing';
import { validateCycleName, validateCyclePlacement } from '../../src/core/cycle-templates';
import {
  toResult,
  validationCodes,
  type ValidationCode,
  type ValidationIssue,
} from '../../src/core/issues';
import { validateTeamParent } from '../../src/core/teams';
import { toIsoDate } from '../../src/core/dates';
import type { DayOf } from '../../src/core/day-of';
import { coreMessages } from '../../src/core/messages';
import type { CheckIn, Cycle, KeyResult, Objective } from '../../src/core/model';
import {
  defaultOperatingModel as model,
  type OperatingModel,
} from '../../src/core/operating-model';
import { sayIssue } from '../../src/core/issue-words';
import { validateOperatingModel } from '../../src/core/operating-model-validation';
import { validateOperatingModelToSave } from '../../src/core/story';
import { parseNumber } from '../../src/core/parse';
import { parseKeyResultValue, valueToConfirmIssues } from '../../src/core/plausibility';
import {
  validateCheckIn,
  validateCycle,
  validateInitiative,
  validateKeyResult,
  validateObjective,
  measureValueIssues,
  validateOwner,
  type ValidationResult,
  validateBackToPlanning,
} from '../../src/core/validation';
import { validateCycleDays, validateCycleYear } from '../../src/core/cycle-templates';
import { ana, keyResult, objective, q1 } from './fixtures';

const seen = new Set<ValidationCode>();

/** The issues of a failed result as `field:code`, remembering which codes the suite exercised. */
function issues<T>(result: ValidationResult<T>): string[] {
  if (result.ok) return [];
  return result.issues.map((issue) => {
    seen.add(issue.code);
    return `${issue.field}:${issue.code}`;
  });
}

const checkIn = (overrides: Partial<CheckIn> = {}): CheckIn => ({
  clientId: 'client-1',
  keyResultId: 'kr1',
  value: 1200,
  confidence: 6,
  note: '',
  author: ana,
  at: '2026-02-02T09:00:00Z',
  source: 'teams',
  ...overrides,
});

describe('validateCycle', () => {
  it('accepts a well-formed cycle and returns it', () => {
    expect(validateCycle(q1, model)).toEqual({ ok: true, value: q1 });
  });

  it('rejects an empty or over-long name', () => {
    expect(issues(validateCycle({ ...q1, name: '  ' }, model))).toEqual(['name:nameEmpty']);
    expect(issues(validateCycle({ ...q1, name: 'Q'.repeat(151) }, model))).toEqual([
      'name:nameTooLong',
    ]);
  });

  it('rejects dates that are not calendar dates, and an end before the start', () => {
    expect(issues(validateCycle({ ...q1, start: '2026-02-30' }, model))).toEqual([
      'start:dateInvalid',
    ]);
    expect(issues(validateCycle({ ...q1, end: 'soon' }, model))).toEqual(['end:dateInvalid']);
    const empty = validateCycle({ ...q1, start: '', end: '' }, model);
    expect(issues(empty)).toEqual(['start:dateRequired', 'end:dateRequired']);
    expect(!empty.ok && empty.issues.map((issue) => issue.message)).toEqual([
      'Start date is empty. Choose a day.',
      'End date is empty. Choose a day.',
    ]);
    const soon = validateCycle({ ...q1, end: 'soon' }, model);
    expect(!soon.ok && soon.issues[0]!.message).toBe(
      'End date is not a valid date (expected YYYY-MM-DD).',
    );
    expect(issues(validateCycle({ ...q1, end: '2025-12-01' }, model))).toEqual([
      'end:endBeforeStart',
    ]);
    expect(issues(validateCycle({ ...q1, end: q1.start }, model))).toEqual(['end:endBeforeStart']);
  });

  it('rejects an unknown state', () => {
    expect(issues(validateCycle({ ...q1, state: 'done' } as unknown as Cycle, model))).toEqual([
      'state:notOneOf',
    ]);
  });
});

describe('validateObjective', () => {
  it('accepts a good objective', () => {
    expect(validateObjective(objective(), model).ok).toBe(true);
  });

  it('rejects an empty or over-long title and description', () => {
    expect(issues(validateObjective(objective({ title: '' }), model))).toEqual([
      'title:titleEmpty',
    ]);
    const long = objective({ title: 'x'.repeat(151), description: 'y'.repeat(4001) });
    expect(issues(validateObjective(long, model))).toEqual([
      'title:titleTooLong',
      'description:tooLong',
    ]);
  });

  it('names a field that is not text (a number for a title) instead of failing on it', () => {
    const wrong = { title: 42, description: ['a'] } as unknown as Partial<Objective>;
    expect(issues(validateObjective(objective(wrong), model))).toEqual([
      'title:notText',
      'description:notText',
    ]);
  });

  it('says how long the title is and may be', () => {
    const result = validateObjective(objective({ title: 'x'.repeat(160) }), model);
    expect(!result.ok && result.issues[0]).toMatchObject({
      params: { max: 150, length: 160 },
      message: 'Keep the title to 150 characters or fewer (it has 160).',
    });
  });

  it('requires a cycle and a team, and known state and commitment', () => {
    const bad = { ...objective({ cycleId: '', teamId: ' ' }), state: 'x', commitment: 'y' };
    expect(issues(validateObjective(bad as unknown as Objective, model))).toEqual([
      'cycleId:required',
      'teamId:required',
      'state:notOneOf',
      'commitment:notOneOf',
    ]);
  });

  it('rejects aspirational objectives when the organisation runs committed OKRs only', () => {
    const committedOnly = { ...model, allowAspirational: false };
    expect(issues(validateObjective(objective(), committedOnly))).toEqual([
      'commitment:aspirationalNotAllowed',
    ]);
    expect(validateObjective(objective({ commitment: 'committed' }), committedOnly).ok).toBe(true);
  });

  it('requires a reason for a status override', () => {
    const override = {
      status: 'atRisk' as const,
      reason: ' ',
      by: ana,
      at: '2026-02-01T10:00:00Z',
    };
    expect(issues(validateObjective(objective({ statusOverride: override }), model))).toEqual([
      'statusOverride.reason:required',
    ]);
  });

  describe('alignment', () => {
    const company = objective({ id: 'co', teamId: 'company' });
    const team = objective({ id: 't', parentId: 'co' });
    const sub = objective({ id: 's', parentId: 't' });
    const all = [company, team, sub];

    it('rejects aligning to itself', () => {
      expect(
        issues(validateObjective({ ...team, parentId: 't' }, model, { objectives: all })),
      ).toEqual(['parentId:parentSelf']);
    });

    it('rejects a parent that does not exist', () => {
      expect(
        issues(validateObjective({ ...team, parentId: 'gone' }, model, { objectives: all })),
      ).toEqual(['parentId:parentNotFound']);
    });

    it('rejects a cycle in the parent chain and names the loop', () => {
      const result = validateObjective({ ...company, parentId: 's' }, model, { objectives: all });
      expect(issues(result)).toEqual(['parentId:parentCycle']);
      expect(!result.ok && result.issues[0]?.message).toContain('co → s → t → co');
    });

    it('accepts a valid parent across teams', () => {
      expect(validateObjective(sub, model, { objectives: all }).ok).toBe(true);
    });
  });
});

describe('validateKeyResult', () => {
  it('accepts a good KR of every kind', () => {
    const good: KeyResult[] = [
      keyResult(),
      keyResult({ kind: 'decrease', start: 40, target: 20, current: 35 }),
      keyResult({ kind: 'stayAbove', start: 45, target: 40, current: 38 }),
      keyResult({ kind: 'stayBelow', start: 2, target: 2, current: 1 }),
      keyResult({ kind: 'milestone', start: 0, target: 100, current: 45, unit: '%' }),
      keyResult({
        kind: 'milestone',
        start: 0,
        target: 3,
        current: 1,
        milestones: ['a', 'b', 'c'],
      }),
      keyResult({ kind: 'binary', start: 0, target: 1, current: 1 }),
    ];
    for (const kr of good) expect(validateKeyResult(kr, model)).toEqual({ ok: true, value: kr });
  });

  it('rejects a target equal to the start', () => {
    const result = validateKeyResult(keyResult({ start: 5, target: 5, current: 5 }), model);
    expect(issues(result)).toEqual(['target:targetEqualsStart']);
    expect(!result.ok && result.issues[0]?.params).toEqual({ start: 5 });
  });

  it('rejects a target on the wrong side of the start for the kind', () => {
    expect(issues(validateKeyResult(keyResult({ target: 500 }), model))).toEqual([
      'target:directionMismatch',
    ]);
    const decrease = keyResult({ kind: 'decrease', start: 20, target: 40, current: 20 });
    expect(issues(validateKeyResult(decrease, model))).toEqual(['target:directionMismatch']);
  });

  it('names the kind of a target on the wrong side as the editor and the export name it, not by its code', () => {
    const decrease = validateKeyResult(
      keyResult({ kind: 'decrease', start: 400, target: 600, current: 400 }),
      model,
    );
    expect(!decrease.ok && decrease.issues[0]?.message).toBe(
      'A key result of the kind “Decrease” needs a target below its start value (400); the target is 600.',
    );
    const increase = validateKeyResult(keyResult({ start: 10, target: 5, current: 10 }), model);
    expect(!increase.ok && increase.issues[0]?.message).toBe(
      'A key result of the kind “Increase” needs a target above its start value (10); the target is 5.',
    );
  });

  it('rejects numbers that are not finite, naming each field', () => {
    const kr = keyResult({ start: NaN, target: Infinity, current: -Infinity, weight: NaN });
    expect(issues(validateKeyResult(kr, model))).toEqual([
      'start:notFinite',
      'target:notFinite',
      'current:notFinite',
      'weight:notFinite',
    ]);
  });

  it('saves no empty story (reading an empty one stored earlier still works), nor one over 8,000 characters', () => {
    expect(validateOperatingModelToSave(model).ok).toBe(true);
    for (const story of ['', '  \n\t ']) {
      expect(validateOperatingModel({ ...model, story }).ok).toBe(true);
      expect(issues(validateOperatingModelToSave({ ...model, story }))).toEqual([
        'story:storyEmpty',
      ]);
    }
    expect(issues(validateOperatingModelToSave({ ...model, story: 'x'.repeat(8001) }))).toEqual([
      'story:tooLong',
    ]);
  });

  it('rejects a unit longer than the store keeps (64 characters), before any save', () => {
    expect(validateKeyResult(keyResult({ unit: 'u'.repeat(64) }), model).ok).toBe(true);
    expect(issues(validateKeyResult(keyResult({ unit: 'u'.repeat(65) }), model))).toEqual([
      'unit:tooLong',
    ]);
  });

  it('rejects a weight that is not positive', () => {
    expect(issues(validateKeyResult(keyResult({ weight: 0 }), model))).toEqual([
      'weight:weightNotPositive',
    ]);
    expect(issues(validateKeyResult(keyResult({ weight: -2 }), model))).toEqual([
      'weight:weightNotPositive',
    ]);
  });

  it('rejects a confidence off the scale', () => {
    expect(issues(validateKeyResult(keyResult({ confidence: 11 }), model))).toEqual([
      'confidence:confidenceOutOfScale',
    ]);
    expect(issues(validateKeyResult(keyResult({ confidence: 0 }), model))).toEqual([
      'confidence:confidenceOutOfScale',
    ]);
  });

  it('holds binary KRs to 0 → 1', () => {
    const binary = keyResult({ kind: 'binary', start: 1, target: 2, current: 0.5 });
    expect(issues(validateKeyResult(binary, model))).toEqual([
      'start:binaryStartNotZero',
      'target:binaryTargetNotOne',
      'current:binaryValueNotZeroOrOne',
    ]);
  });

  it('holds milestone KRs to their steps', () => {
    const steps = { kind: 'milestone' as const, start: 0, milestones: ['a', 'b', 'c'] };
    expect(
      issues(validateKeyResult(keyResult({ ...steps, target: 4, current: 1 }), model)),
    ).toEqual(['target:milestoneStepsMismatch']);
    expect(
      issues(validateKeyResult(keyResult({ ...steps, target: 3, current: 4 }), model)),
    ).toEqual(['current:milestoneValueOutOfRange']);
    expect(
      issues(validateKeyResult(keyResult({ ...steps, target: 3, current: 1.5 }), model)),
    ).toEqual(['current:milestoneNotWholeStep']);
  });

  it('rejects an unknown kind, a missing objective and a bad check-in time', () => {
    const kr = { ...keyResult({ objectiveId: '', lastCheckInAt: 'last week' }), kind: 'more' };
    expect(issues(validateKeyResult(kr as unknown as KeyResult, model))).toEqual([
      'objectiveId:required',
      'lastCheckInAt:dateInvalid',
      'kind:notOneOf',
    ]);
  });
});

describe('measureValueIssues', () => {
  const measured = (issueList: ValidationIssue[]) =>
    issueList.map((issue) => {
      seen.add(issue.code);
      return `${issue.field}:${issue.code}`;
    });
  const measure = { title: 'Weekly active teams', unit: '' };

  it('refuses a start and target a stored KR could not have, before looking at the value', () => {
    expect(
      measured(
        measureValueIssues({ ...measure, kind: 'increase', start: 100, target: 50 }, 60, 'en'),
      ),
    ).toEqual(['target:directionMismatch']);
    expect(
      measured(
        measureValueIssues({ ...measure, kind: 'decrease', start: 10, target: 20 }, 15, 'en'),
      ),
    ).toEqual(['target:directionMismatch']);
    expect(
      measured(measureValueIssues({ ...measure, kind: 'binary', start: 5, target: 1 }, 1, 'en')),
    ).toEqual(['start:binaryStartNotZero']);
  });

  it('refuses a value a check-in on that KR could not have, under the field it is given', () => {
    const steps = { ...measure, kind: 'milestone' as const, start: 0, target: 4 };
    expect(measured(measureValueIssues(steps, 9, 'en', 'current'))).toEqual([
      'current:milestoneValueOutOfRange',
    ]);
    const count = { ...measure, kind: 'increase' as const, start: 0, target: 100 };
    expect(measured(measureValueIssues(count, -5, 'en'))).toEqual(['value:valueBelowZero']);
    expect(measured(measureValueIssues(count, 2e15, 'en'))).toEqual(['value:valueTooLarge']);
  });

  it('takes what the store takes, beating the target included', () => {
    const count = { ...measure, kind: 'increase' as const, start: 0, target: 100 };
    expect(measureValueIssues(count, 130, 'en')).toEqual([]);
    expect(
      measureValueIssues({ ...measure, kind: 'stayAbove', start: 45, target: 40 }, 38, 'en'),
    ).toEqual([]);
  });
});

describe('validateCheckIn', () => {
  it('accepts a good check-in', () => {
    expect(
      validateCheckIn(checkIn(), model, { keyResult: keyResult(), cycle: q1, dayOf: toIsoDate }).ok,
    ).toBe(true);
  });

  it('rejects a value that is not finite and a confidence off the scale', () => {
    expect(issues(validateCheckIn(checkIn({ value: NaN, confidence: 12 }), model))).toEqual([
      'value:notFinite',
      'confidence:confidenceOutOfScale',
    ]);
  });

  it('rejects a date outside the cycle and any check-in in a closed cycle', () => {
    const late = checkIn({ at: '2026-05-01T09:00:00Z' });
    expect(issues(validateCheckIn(late, model, { cycle: q1, dayOf: toIsoDate }))).toEqual([
      'at:dateOutsideCycle',
    ]);
    const lateInUtc = checkIn({ at: '2026-04-11T23:30:00-02:00' });
    const result = validateCheckIn(lateInUtc, model, { cycle: q1, dayOf: toIsoDate });
    expect(!result.ok && result.issues[0]?.params).toMatchObject({ date: '2026-04-12' });
    const closed = { ...q1, state: 'closed' as const };
    expect(issues(validateCheckIn(checkIn(), model, { cycle: closed, dayOf: toIsoDate }))).toEqual([
      'at:cycleClosed',
    ]);
  });

  it('names a check-in after the cycle by the day it is on its person’s clock, not its UTC day', () => {
    // 18:00 on Monday 13 April in Los Angeles is 01:00 UTC on Tuesday the 14th.
    const inLosAngeles: DayOf = (instant) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(
        new Date(instant),
      );
    const late = checkIn({ at: '2026-04-14T01:00:00Z' });
    const result = validateCheckIn(
      late,
      { ...model, locale: 'en-GB' },
      {
        cycle: q1,
        dayOf: inLosAngeles,
      },
    );
    expect(!result.ok && result.issues[0]?.params).toMatchObject({ date: '2026-04-13' });
    expect(!result.ok && result.issues[0]?.message).toBe(
      'The date 13 Apr 2026 is outside the cycle (1 Jan 2026 to 10 Apr 2026).',
    );
  });

  it('takes a check-in made on one of the cycle’s days in the person’s own time zone', () => {
    const checkedInAt = (at: string) =>
      issues(validateCheckIn(checkIn({ at }), model, { cycle: q1, dayOf: toIsoDate }));
    // 17:00 on the last day in Los Angeles, 09:00 on the first day in Auckland (UTC+13).
    expect(checkedInAt('2026-04-10T17:00:00-07:00')).toEqual([]);
    expect(checkedInAt('2026-01-01T09:00:00+13:00')).toEqual([]);
    // The last day is over everywhere (UTC−12:00) and not yet begun anywhere (UTC+14:00).
    expect(checkedInAt('2026-04-11T11:59:59Z')).toEqual([]);
    expect(checkedInAt('2026-04-11T12:00:00Z')).toEqual(['at:dateOutsideCycle']);
    expect(checkedInAt('2025-12-31T10:00:00Z')).toEqual([]);
    expect(checkedInAt('2025-12-31T09:59:59Z')).toEqual(['at:checkInsNotOpen']);
  });

  it('refuses a check-in before its cycle’s first day as not open yet, dates in the locale', () => {
    const early = checkIn({ at: '2025-12-05T09:00:00Z' });
    const result = validateCheckIn(
      early,
      { ...model, locale: 'en-US' },
      { cycle: q1, dayOf: toIsoDate },
    );
    expect(issues(result)).toEqual(['at:checkInsNotOpen']);
    expect(!result.ok && result.issues[0]?.message).toBe(
      'Check-ins open on Jan 1, 2026, when “Q1 2026” starts.',
    );
    // The params stay ISO: the add-in says it again in German from them.
    expect(!result.ok && sayIssue(result.issues[0]!, 'de')).toBe(
      'Check-ins sind ab dem 1. Jan. 2026 möglich, wenn „Q1 2026“ beginnt.',
    );
    const late = validateCheckIn(
      checkIn({ at: '2026-05-01T09:00:00Z' }),
      { ...model, locale: 'en-GB' },
      { cycle: q1, dayOf: toIsoDate },
    );
    expect(!late.ok && late.issues[0]?.message).toBe(
      'The date 1 May 2026 is outside the cycle (1 Jan 2026 to 10 Apr 2026).',
    );
  });

  it('rejects a malformed time, an over-long note and missing ids', () => {
    const bad = checkIn({
      at: '2026-02-02 09:00',
      note: 'n'.repeat(2001),
      clientId: '',
      keyResultId: '',
    });
    expect(issues(validateCheckIn(bad, model))).toEqual([
      'clientId:required',
      'keyResultId:required',
      'note:tooLong',
      'at:dateInvalid',
    ]);
  });

  it("takes a check-in's status only from the six Viva Goals had, read from their words", () => {
    expect(validateCheckIn(checkIn({ status: 'atRisk' }), model).ok).toBe(true);
    const odd = { ...checkIn(), status: 'sideways' } as unknown as CheckIn;
    expect(issues(validateCheckIn(odd, model))).toEqual(['status:notOneOf']);
    expect(
      ['On Track', 'at risk', 'Not_Started', 'postponed', 'Fine'].map(parseCheckInStatus),
    ).toEqual(['onTrack', 'atRisk', 'notStarted', 'postponed', undefined]);
    expect(formatCheckInStatus('behind')).toBe('Behind');
    // Said in the reader's language where the core has it (`de-AT` is German), else in English.
    expect(
      ['de-AT', 'fr-FR', 'es-MX', 'ja-JP'].map((locale) => formatCheckInStatus('behind', locale)),
    ).toEqual(['Im Rückstand', 'En retard', 'Con retraso', 'Behind']);
  });

  it('takes no new check-in on a KR rolled up from the OKRs aligned to it', () => {
    const rolledUp = keyResult({ rolledUpFrom: [{ kind: 'keyResult', id: 'k2', weight: 1 }] });
    const refusal = rolledUpCheckInIssue(rolledUp);
    expect(issues({ ok: false, issues: refusal ? [refusal] : [] })).toEqual([
      'value:rolledUpTakesNoCheckIn',
    ]);
    expect(rolledUpCheckInIssue(keyResult())).toBeUndefined();
  });

  it('requires the meeting for a check-in made in a meeting, and a known source', () => {
    expect(issues(validateCheckIn(checkIn({ source: 'meeting' }), model))).toEqual([
      'meetingId:meetingIdRequired',
    ]);
    expect(validateCheckIn(checkIn({ source: 'meeting', meetingId: 'm-1' }), model).ok).toBe(true);
    const unknown = { ...checkIn(), source: 'email' } as unknown as CheckIn;
    expect(issues(validateCheckIn(unknown, model))).toEqual(['source:notOneOf']);
  });

  it('checks the value against the KR’s kind', () => {
    const binary = keyResult({ kind: 'binary', start: 0, target: 1, current: 0 });
    expect(issues(validateCheckIn(checkIn({ value: 2 }), model, { keyResult: binary }))).toEqual([
      'value:binaryValueNotZeroOrOne',
    ]);
  });

  it('requires an author', () => {
    const anonymous = checkIn({ author: { id: '', displayName: '' } });
    expect(issues(validateCheckIn(anonymous, model))).toEqual(['author:required']);
  });
});

describe('validateOperatingModel', () => {
  it('accepts the published defaults', () => {
    expect(validateOperatingModel(model).ok).toBe(true);
  });

  it('rejects a fiscal year starting in no month, or named by neither of its years', () => {
    const july: OperatingModel = { ...model, fiscalYear: { firstMonth: 7, namedBy: 'start' } };
    expect(validateOperatingModel(july).ok).toBe(true);
    const broken = {
      ...model,
      fiscalYear: { firstMonth: 13, namedBy: 'middle' },
    } as unknown as OperatingModel;
    const checked = validateOperatingModel(broken);
    expect(issues(checked)).toEqual([
      'fiscalYear.firstMonth:outOfRange',
      'fiscalYear.namedBy:notOneOf',
    ]);
    expect(!checked.ok && checked.issues.map((issue) => issue.message)).toEqual([
      'First month of the fiscal year: 13 is outside 1–12. Type a number from 1 to 12.',
      'Fiscal years named by: “middle” is not one of start, end.',
    ]);
    expect(
      issues(validateOperatingModel({ ...july, fiscalYear: { firstMonth: 6.5, namedBy: 'end' } })),
    ).toEqual(['fiscalYear.firstMonth:outOfRange']);
  });

  it('rejects a broken check-in rhythm', () => {
    const broken: OperatingModel = {
      ...model,
      checkIn: { cadenceDays: 7.5, day: 7, staleAfterDays: 3 },
    };
    expect(issues(validateOperatingModel(broken))).toEqual([
      'checkIn.cadenceDays:notInteger',
      'checkIn.day:outOfRange',
      'checkIn.staleAfterDays:staleBeforeCadence',
    ]);
    const zero: OperatingModel = { ...model, checkIn: { ...model.checkIn, cadenceDays: 0 } };
    expect(issues(validateOperatingModel(zero))).toEqual(['checkIn.cadenceDays:notPositive']);
    const yearly: OperatingModel = {
      ...model,
      checkIn: { ...model.checkIn, cadenceDays: 365, staleAfterDays: 730 },
    };
    expect(validateOperatingModel(yearly).ok).toBe(true);
    const never = validateOperatingModel({
      ...model,
      checkIn: { ...model.checkIn, cadenceDays: 99_999, staleAfterDays: 99_999 },
    });
    expect(issues(never)).toEqual(['checkIn.cadenceDays:outOfRange']);
    expect(!never.ok && never.issues[0]!.message).toBe(
      'Days between check-ins: 99,999 is outside 1–365. Type a number from 1 to 365.',
    );
  });

  it('rejects inverted scales and thresholds', () => {
    const broken: OperatingModel = {
      ...model,
      confidenceScale: { min: 10, max: 1 },
      scoring: { max: 1, aspirationalSweetSpot: [0.7, 0.6] },
      pace: { atRiskBehind: 0.5, offTrackBehind: 0.25 },
      limits: { ...model.limits, keyResultsPerObjective: { min: 6, max: 5 } },
    };
    expect(issues(validateOperatingModel(broken))).toEqual([
      'confidenceScale:rangeInverted',
      'scoring.aspirationalSweetSpot:rangeInverted',
      'pace.offTrackBehind:paceThresholdsInverted',
      'limits.keyResultsPerObjective:rangeInverted',
    ]);
    const sweetSpot = validateOperatingModel(broken);
    expect(!sweetSpot.ok && sweetSpot.issues[1]!.message).toBe(
      'The lowest sweet spot (0.7) must be below the highest (0.6).',
    );
  });

  it('keeps the longest title within what the store can hold (255 characters)', () => {
    const limits = (titleMaxLength: number) => ({ ...model.limits, titleMaxLength });
    expect(validateOperatingModel({ ...model, limits: limits(255) }).ok).toBe(true);
    const tooLong = validateOperatingModel({ ...model, limits: limits(400) });
    expect(issues(tooLong)).toEqual(['limits.titleMaxLength:outOfRange']);
    expect(!tooLong.ok && tooLong.issues[0]!.message).toBe(
      'Longest title: 400 is outside 1–255. Type a number from 1 to 255.',
    );
    // A model saved before the cap still never lets a title through that the store refuses.
    const saidMore = { ...model, limits: limits(400) };
    expect(validateObjective(objective({ title: 'o'.repeat(255) }), saidMore).ok).toBe(true);
    expect(issues(validateObjective(objective({ title: 'o'.repeat(300) }), saidMore))).toEqual([
      'title:titleTooLong',
    ]);
  });

  it('rejects a confidence scale that starts below zero', () => {
    expect(validateOperatingModel({ ...model, confidenceScale: { min: 0, max: 10 } }).ok).toBe(
      true,
    );
    const negative = validateOperatingModel({ ...model, confidenceScale: { min: -1, max: 10 } });
    expect(issues(negative)).toEqual(['confidenceScale.min:outOfRange']);
    expect(!negative.ok && negative.issues[0]!.message).toBe(
      'Lowest confidence: -1 is outside 0–10. Type a number from 0 to 10.',
    );
  });

  it('takes only a language the coaching messages are written in, and names those', () => {
    const klingon = validateOperatingModel({ ...model, locale: 'klingon' });
    expect(issues(klingon)).toEqual(['locale:localeInvalid']);
    expect(!klingon.ok && klingon.issues[0]!.message).toBe(
      '“klingon” is not a language the coaching messages are written in. Choose one of English (en), Deutsch (de), Français (fr), Español (es).',
    );
    expect(!klingon.ok && sayIssue(klingon.issues[0]!, 'de')).toBe(
      '„klingon“ ist keine Sprache, in der die Coaching-Hinweise geschrieben sind. Wählen Sie eine davon: English (en), Deutsch (de), Français (fr), Español (es).',
    );
    for (const locale of ['en', 'de', 'fr', 'es', 'de-AT', 'en-GB'])
      expect(validateOperatingModel({ ...model, locale }).ok).toBe(true);
  });

  it('rejects values off their range, non-finite numbers and a bad locale', () => {
    const broken: OperatingModel = {
      ...model,
      confidenceScale: { min: NaN, max: 10 },
      scoring: { max: 0, aspirationalSweetSpot: [0.6, 1.7] },
      pace: { atRiskBehind: 0, offTrackBehind: 2 },
      locale: 'not a locale!',
    };
    expect(issues(validateOperatingModel(broken))).toEqual([
      'confidenceScale.min:notFinite',
      'confidenceScale:rangeInverted',
      'scoring.max:notPositive',
      'scoring.aspirationalSweetSpot:outOfRange',
      'pace.atRiskBehind:outOfRange',
      'pace.offTrackBehind:outOfRange',
      'locale:localeInvalid',
    ]);
  });
});

describe('parseNumber', () => {
  it('reads numbers as people type them', () => {
    expect(parseNumber('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseNumber('-3.25')).toEqual({ ok: true, value: -3.25 });
    expect(parseNumber('.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber('45%')).toEqual({ ok: true, value: 45 });
    expect(parseNumber('45 %', { percent: 'fraction' })).toEqual({ ok: true, value: 0.45 });
  });

  it('follows the locale’s separators', () => {
    expect(parseNumber('1.234,5', { locale: 'de-DE' })).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber('1\u202f234,5', { locale: 'fr-FR' })).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber('1 234,5', { locale: 'fr' })).toEqual({ ok: true, value: 1234.5 });
  });

  it('rejects text, empty input, NaN, Infinity and misplaced separators', () => {
    for (const text of ['abc', 'NaN', 'Infinity', '-Infinity', '1e5', '%', '-']) {
      expect(issues(parseNumber(text))).toEqual(['value:notANumber']);
    }
    for (const text of ['1.2.3', '1,234.5.6']) {
      expect(issues(parseNumber(text))).toEqual(['value:numberMisgrouped']);
    }
    expect(issues(parseNumber('   '))).toEqual(['value:numberRequired']);
    expect(!parseNumber('').ok && parseNumber('', { field: 'target' })).toMatchObject({
      issues: [{ message: 'Target is empty. Type a number such as 1,234.5.' }],
    });
    expect(issues(parseNumber('9'.repeat(400)))).toEqual(['value:numberTooLarge']);
  });

  it('asks which number is meant when it reads two ways, and says how it read the other way', () => {
    expect(issues(parseNumber('80.000', { locale: 'en-US' }))).toEqual(['value:numberAmbiguous']);
    expect(issues(parseNumber('1,500', { locale: 'de-DE' }))).toEqual(['value:numberAmbiguous']);
    // Group separators in their places are read as such.
    expect(parseNumber('1,500', { locale: 'en' })).toEqual({ ok: true, value: 1500 });
    expect(parseNumber('1.500', { locale: 'de' })).toEqual({ ok: true, value: 1500 });
    for (const [text, locale] of [
      ['1.5', 'de-DE'],
      ['1.000.000', 'en-US'],
    ] as const) {
      const read = parseNumber(text, { locale, field: 'target' });
      expect(read.ok && read.readAs?.field).toBe('target');
      if (read.ok && read.readAs) seen.add(read.readAs.code);
    }
  });

  it('names the field and quotes the text in its message', () => {
    const result = parseNumber('lots', { field: 'target' });
    expect(!result.ok && result.issues[0]).toMatchObject({
      field: 'target',
      params: { text: 'lots' },
    });
    expect(!result.ok && result.issues[0]?.message).toContain('“lots” is not a number');
  });
});

describe('validateInitiative', () => {
  const initiative = {
    id: 'i1',
    keyResultId: 'kr1',
    title: 'Welcome call within two days of sign-up',
    status: 'inProgress' as const,
  };

  it('accepts an initiative with or without a due date and a web link', () => {
    expect(issues(validateInitiative(initiative, model))).toEqual([]);
    const full = { ...initiative, dueDate: '2026-02-15', link: 'https://contoso.com/plan' };
    expect(issues(validateInitiative(full, model))).toEqual([]);
  });

  it('needs a title, a KR, a known status and a real due date', () => {
    const broken = {
      ...initiative,
      title: ' ',
      keyResultId: '',
      status: 'blocked' as never,
      dueDate: '2026-02-30',
    };
    expect(issues(validateInitiative(broken, model))).toEqual([
      'title:titleEmpty',
      'keyResultId:required',
      'status:notOneOf',
      'dueDate:dateInvalid',
    ]);
  });

  it('takes only http and https links, so a typed link never runs script', () => {
    for (const link of ['javascript:alert(1)', 'data:text/html,x', 'contoso.com', 'ftp://x.y']) {
      expect(issues(validateInitiative({ ...initiative, link }, model))).toEqual([
        'link:linkInvalid',
      ]);
    }
    const long = `https://contoso.com/${'a'.repeat(300)}`;
    expect(issues(validateInitiative({ ...initiative, link: long }, model))).toEqual([
      'link:linkInvalid',
    ]);
  });
});

describe('programme rules', () => {
  const asResult = (found: readonly (ValidationIssue | undefined)[]) =>
    toResult(
      null,
      found.filter((issue): issue is ValidationIssue => issue !== undefined),
    );

  it('names scores off the scale or not typed, unexplained score changes, overlaps, team loops and unsaved check-ins', () => {
    expect(issues(asResult(validateKeyResultScore({ score: 2, reason: '' }, 0.5, model)))).toEqual([
      'score:scoreOutOfScale',
    ]);
    expect(
      issues(asResult(validateKeyResultScore({ score: Number.NaN, reason: '' }, 0.5, model))),
    ).toEqual(['score:scoreNotANumber']);
    expect(
      issues(asResult(validateKeyResultScore({ score: 0.2, reason: '' }, 0.5, model))),
    ).toEqual(['scoreReason:scoreReasonRequired']);
    expect(
      issues(asResult(validateKeyResultScore({ score: 0.2, reason: 'x'.repeat(501) }, 0.5, model))),
    ).toEqual(['scoreReason:reasonTooLong']);
    expect(
      issues(
        asResult(validateRetrospectiveAnswer('x'.repeat(model.limits.noteMaxLength + 1), model)),
      ),
    ).toEqual(['answer:answerTooLong']);
    expect(
      issues(asResult([validateCyclePlacement({ start: '2026-03-01', end: '2026-05-31' }, [q1])])),
    ).toEqual(['start:cyclesOverlap']);
    expect(
      issues(asResult([validateCyclePlacement({ start: q1.start, end: q1.end }, [q1])])),
    ).toEqual(['start:cycleSameDates']);
    expect(issues(asResult([validateCycleName({ name: q1.name }, [q1])]))).toEqual([
      'name:cycleNameTaken',
    ]);
    expect(issues(asResult([validateBackToPlanning(q1, 'active', q1.start)]))).toEqual([
      'state:cycleStarted',
    ]);
    const teams = [
      { id: '1', name: 'Sales', parentTeamId: '2' },
      { id: '2', name: 'EMEA', parentTeamId: '1' },
    ];
    expect(issues(asResult([validateTeamParent(teams[0]!, '2', teams)]))).toEqual([
      'parentTeamId:teamOwnAncestor',
    ]);
  });
});

describe('plausibility codes (tested in full in plausibility.test.ts)', () => {
  it('are validation issues like any other', () => {
    const kr = keyResult({ title: 'Users', start: 0, target: 100, current: 10, unit: 'users' });
    const check = (over: Partial<CheckIn>) =>
      issues(validateCheckIn(checkIn(over), model, { keyResult: kr }));
    expect(check({ value: 1e16 })).toEqual(['value:valueTooLarge']);
    expect(check({ value: -1 })).toEqual(['value:valueBelowZero']);
    expect(issues(parseKeyResultValue('5%', kr))).toEqual(['value:percentOnUnit']);
    expect(issues(parseKeyResultValue('5%', { ...kr, unit: '' }))).toEqual([
      'value:percentOnPlainNumber',
    ]);
    expect(issues(parseKeyResultValue('lots', { ...kr, unit: '€M' }))).toEqual([
      'value:notAnAmount',
    ]);
    const jump = (value: number, confirmed: boolean, unit = kr.unit) =>
      issues({
        ok: false,
        issues: valueToConfirmIssues({ ...kr, unit }, { value, note: '' }, confirmed),
      });
    expect(jump(90, false)).toEqual(['value:bigJumpUnconfirmed']);
    expect(jump(90, true)).toEqual(['note:bigJumpNeedsNote']);
    const fall = valueToConfirmIssues({ ...kr, current: 90 }, { value: 20, note: '' }, false);
    expect(issues({ ok: false, issues: fall })).toEqual(['value:bigSetbackUnconfirmed']);
    expect(jump(150, false, '%')).toEqual(['value:pastWholeUnconfirmed']);
    expect(jump(150, true, '%')).toEqual(['note:pastWholeNeedsNote']);
    expect(jump(1000, false)).toEqual(['value:farPastTargetUnconfirmed']);
  });
});

describe('a check-in’s confidence as typed (tested in full in check-in.test.ts)', () => {
  /** A round's check-in: its confidence is required. */
  const context = {
    keyResult: keyResult(),
    author: ana,
    at: '2026-02-02T09:00:00Z',
    clientId: 'client-1',
    source: 'meeting' as const,
    meetingId: 'm-1',
    confidenceRequired: true,
  };

  it('is refused naming the scale when it is no number, or missing where it is required', () => {
    expect(issues(createCheckIn({ value: 10, confidence: 'high' }, context, model))).toEqual([
      'confidence:confidenceNotANumber',
    ]);
    expect(issues(createCheckIn({ value: 10, confidence: ' ' }, context, model))).toEqual([
      'confidence:confidenceRequired',
    ]);
  });

  it('is refused when it is not a whole number, typed or given as a number, naming the scale', () => {
    const typed = createCheckIn({ value: 10, confidence: '7.5' }, context, model);
    expect(issues(typed)).toEqual(['confidence:confidenceNotWhole']);
    expect(!typed.ok && typed.issues[0]?.message).toBe(
      'Confidence 7.5 is not a whole number. Type a whole number from 1 to 10.',
    );
    expect(issues(createCheckIn({ value: 10, confidence: 6.2 }, context, model))).toEqual([
      'confidence:confidenceNotWhole',
    ]);
    const whole = issues(createCheckIn({ value: 10, confidence: '7' }, context, model));
    expect(whole.filter((issue) => issue.startsWith('confidence:'))).toEqual([]);
  });
});

describe('validateOwner', () => {
  it('takes the one person the directory found for the typed text', () => {
    expect(validateOwner(' Ana Souza ', ana, 'en')).toEqual({ ok: true, value: ana });
  });

  it('names what was typed and what is accepted when it names nobody', () => {
    const result = validateOwner('Jon', undefined, 'en');
    expect(issues(result)).toEqual(['owner:personNotFound']);
    expect(!result.ok && result.issues[0]?.message).toBe(
      'Owner: no one person in the directory is “Jon”. Type a colleague’s work email (such as megan@contoso.com) or their full name as the directory has it.',
    );
    expect(issues(validateOwner('  ', undefined, 'en'))).toEqual(['owner:required']);
  });

  it('refuses a KR description longer than the model allows', () => {
    const long = keyResult({ description: 'd'.repeat(4001) });
    expect(issues(validateKeyResult(long, model))).toEqual(['description:tooLong']);
  });
});

describe('the years a cycle may lie in', () => {
  it('refuses a year or a day outside 2000–2100, naming what was typed', () => {
    const year = validateCycleYear('1999', 1999, 2027, 'en');
    expect(issues({ ok: false, issues: year ? [year] : [] })).toEqual(['year:cycleYearOutOfRange']);
    expect(year?.message).toContain('“1999”');
    expect(validateCycleYear('2027', 2027, 2027, 'en')).toBeUndefined();
    const days = validateCycleDays({ start: '1899-12-31', end: '2027-03-31' }, 'en');
    expect(issues({ ok: false, issues: days })).toEqual(['start:cycleDayOutOfRange']);
    expect(validateCycleDays({ start: '2027-01-01', end: '2027-03-31' }, 'en')).toEqual([]);
  });
});

describe('every validation code', () => {
  it('has an English message', () => {
    for (const code of validationCodes) expect(coreMessages.has(`validation.${code}`)).toBe(true);
  });

  it('is exercised by this suite', () => {
    expect(validationCodes.filter((code) => !seen.has(code))).toEqual([]);
  });
});
