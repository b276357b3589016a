import type { MessageParams } from './i18n';
import { validationIssue, type ValidationIssue, type ValidationResult } from './issues';
import { format, type CoreMessageKey } from './messages';
import type {
  CheckIn,
  CheckInCorrection,
  CheckInSource,
  IsoDateTime,
  KeyResult,
  Person,
} from './model';
import type { OperatingModel } from './operating-model';
import { parseNumber } from './parse';
import { parseKeyResultValue, valueToConfirmIssues } from './plausibility';
import { isLineBreached } from './progress';
import { isRolledUp } from './roll-up';
import {
  correctionReasonMaxLength,
  validateCheckIn,
  type CheckInCycle,
  type CheckInValidationContext,
} from './validation';

/** What a person enters: numbers as typed (text) or already numeric. */
export interface CheckInInput {
  readonly value: number | string;
  /** Empty text or undefined means no confidence given. */
  readonly confidence?: number | string;
  readonly note?: string;
  /**
   * The person confirmed a value to confirm (a big jump, `isBigJump`, or past 100% on a KR that
   * reads as a share, `isPastWhole`): without it, or without a note, such a value is refused.
   */
  readonly confirmedJump?: boolean;
}

export type CheckInContext = {
  readonly keyResult: KeyResult;
  readonly author: Person;
  readonly at: IsoDateTime;
  /** Generated once by the caller before the first attempt, so retries are recognised. */
  readonly clientId: string;
  readonly source: CheckInSource;
  readonly meetingId?: string;
  /** A confidence must be given: a meeting's round agrees one for every KR it saves. */
  readonly confidenceRequired?: boolean;
} & CheckInCycle;

type Rules = Pick<OperatingModel, 'limits' | 'confidenceScale' | 'allowAspirational' | 'locale'>;

/** Builds a valid check-in from what was typed, or every reason it cannot be one. */
export function createCheckIn(
  input: CheckInInput,
  context: CheckInContext,
  model: Rules,
): ValidationResult<CheckIn> {
  const refusal = rolledUpCheckInIssue(context.keyResult, model.locale);
  if (refusal) return { ok: false, issues: [refusal] };
  const numbers = readCheckInNumbers(
    input,
    context.keyResult,
    model,
    context.confidenceRequired ?? false,
  );
  const { value, confidence } = numbers;
  const checkIn: CheckIn = {
    clientId: context.clientId,
    keyResultId: context.keyResult.id,
    value: value.ok ? value.value : Number.NaN,
    ...(confidence.ok && confidence.value !== undefined ? { confidence: confidence.value } : {}),
    note: (input.note ?? '').trim(),
    author: context.author,
    at: context.at,
    source: context.source,
    ...(context.meetingId === undefined ? {} : { meetingId: context.meetingId }),
  };
  const validated = validateCheckIn(checkIn, model, context);
  if (numbers.issues.length > 0) {
    // Said together with a number that could not be read, not once it is fixed: a confidence off
    // the scale, a note too long.
    const refused = new Set(numbers.issues.map((issue) => issue.field));
    const others = validated.ok ? [] : validated.issues.filter((i) => !refused.has(i.field));
    return { ok: false, issues: [...numbers.issues, ...others] };
  }
  const valueRefused = !validated.ok && validated.issues.some((issue) => issue.field === 'value');
  const jump = valueRefused
    ? []
    : valueToConfirmIssues(context.keyResult, checkIn, input.confirmedJump ?? false, model.locale);
  if (jump.length === 0) return validated;
  return { ok: false, issues: [...(validated.ok ? [] : validated.issues), ...jump] };
}

/**
 * Why a KR takes no new check-in: its progress rolls up from the OKRs aligned to it
 * (`isRolledUp`), so a value typed on it would move nothing. Undefined when it takes one.
 */
export function rolledUpCheckInIssue(
  keyResult: Pick<KeyResult, 'title' | 'rolledUpFrom'>,
  locale?: string,
): ValidationIssue | undefined {
  return isRolledUp(keyResult)
    ? validationIssue('rolledUpTakesNoCheckIn', 'value', { keyResult: keyResult.title }, locale)
    : undefined;
}

/**
 * The rules a store applies to a check-in on a KR as the store has it: a rolled-up KR takes none,
 * and the check-in's own rules on that KR and cycle (`validateCheckIn`). A writer that changes
 * the KR with the check-in (Excel's Send) checks the check-in against the KR as its change will
 * leave it, before writing either.
 */
export function validateCheckInOn(
  checkIn: CheckIn,
  model: Rules,
  context: CheckInValidationContext & {
    readonly keyResult?: Pick<KeyResult, 'rolledUpFrom'>;
  } = {},
): ValidationResult<CheckIn> {
  const refusal = context.keyResult && rolledUpCheckInIssue(context.keyResult, model.locale);
  if (refusal) return { ok: false, issues: [refusal] };
  return validateCheckIn(checkIn, model, context);
}

/** What a person retypes to correct a check-in, and why (the reason is kept for the audit). */
export interface CheckInCorrectionInput {
  readonly value: number | string;
  readonly confidence?: number | string;
  readonly note?: string;
  readonly reason: string;
}

export type CheckInCorrectionContext = {
  readonly keyResult: KeyResult;
  /** The person correcting: the KR's owner or a coach (`mayCorrectCheckIn`). */
  readonly by: Person;
  readonly at: IsoDateTime;
} & CheckInCycle;

/**
 * The check-in as corrected: new numbers and note, the same author, time and source, and the
 * reason. The value obeys the KR's range like any check-in; a big jump needs no confirmation,
 * since the reason already says why the record changes.
 */
export function correctCheckIn(
  original: CheckIn,
  input: CheckInCorrectionInput,
  context: CheckInCorrectionContext,
  model: Rules,
): ValidationResult<CheckIn> {
  const numbers = readCheckInNumbers(input, context.keyResult, model, false);
  const corrected: CheckIn = {
    ...original,
    value: numbers.value.ok ? numbers.value.value : original.value,
    confidence: numbers.confidence.ok ? numbers.confidence.value : original.confidence,
    note: (input.note ?? original.note).trim(),
    correction: { reason: input.reason.trim(), by: context.by, at: context.at },
  };
  const validated = validateCheckIn(corrected, model, context);
  if (numbers.issues.length === 0) return validated;
  return { ok: false, issues: [...numbers.issues, ...(validated.ok ? [] : validated.issues)] };
}

/** Why a check-in is withdrawn (deleted from the record), or the reason is refused. */
export function withdrawalOf(
  reason: string,
  context: Pick<CheckInCorrectionContext, 'by' | 'at' | 'cycle'>,
  model: Pick<Rules, 'locale'>,
): ValidationResult<CheckInCorrection> {
  const trimmed = reason.trim();
  const issues = [
    // A closed cycle's record is final, as its check-ins are (`validateCheckIn`).
    ...(context.cycle?.state === 'closed'
      ? [validationIssue('cycleClosed', 'at', { cycle: context.cycle.name }, model.locale)]
      : []),
    ...(trimmed === '' ? [validationIssue('required', 'correctionReason', {}, model.locale)] : []),
    ...(trimmed.length > correctionReasonMaxLength
      ? [
          validationIssue(
            'tooLong',
            'correctionReason',
            { max: correctionReasonMaxLength, length: trimmed.length },
            model.locale,
          ),
        ]
      : []),
  ];
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { reason: trimmed, by: context.by, at: context.at } };
}

/**
 * Whoever made a check-in corrects it; so may a coach or an admin. The same rule as the check-ins
 * list's item-level write security (people edit only the items they created; coaches and admins
 * hold a permission level that includes Manage Lists, which SharePoint lets past it).
 */
export function mayCorrectCheckIn(
  person: Pick<Person, 'id'>,
  checkIn: Pick<CheckIn, 'author'>,
  isCoach: boolean,
): boolean {
  return isCoach || checkIn.author.id === person.id;
}

/**
 * What a check-in is weighed against: how the KR is measured and the numbers it moves on from. A
 * KR changed since in nothing of these (renamed, given another owner or description) takes a
 * check-in typed before the change as it was meant; a new current value, confidence or target
 * makes the check-in one to review.
 */
export type CheckInBasis = Pick<
  KeyResult,
  'kind' | 'start' | 'target' | 'unit' | 'current' | 'confidence'
>;

/**
 * What a check-in carries of the KR its author saw: its version, and what the check-in is typed
 * against, so that a KR changed since only in what a check-in does not depend on still takes it.
 */
export function typedAgainst(keyResult: KeyResult): {
  readonly keyResultVersion?: string;
  readonly keyResultBasis?: CheckInBasis;
} {
  if (!keyResult.version) return {};
  const { kind, start, target, unit, current, confidence } = keyResult;
  return {
    keyResultVersion: keyResult.version,
    keyResultBasis: {
      kind,
      start,
      target,
      unit,
      current,
      ...(confidence !== undefined ? { confidence } : {}),
    },
  };
}

export function sameCheckInBasis(a: CheckInBasis, b: CheckInBasis): boolean {
  return (
    a.kind === b.kind &&
    a.start === b.start &&
    a.target === b.target &&
    a.unit.trim() === b.unit.trim() &&
    a.current === b.current &&
    a.confidence === b.confidence
  );
}

/** A KR's current numbers and the check-in they come from. */
export type KeyResultReading = Pick<KeyResult, 'current' | 'confidence' | 'lastCheckInAt'> & {
  readonly lastCheckInClientId?: string;
};

/**
 * The KR's current numbers from the check-ins that remain after a correction: the latest one's
 * value (`latestCheckIn`), the latest confidence given (a check-in without one leaves it as it
 * was). When none remains: the reading before the withdrawn check-in if known (an undo knows
 * it), else the KR's start.
 */
export function readingOf(
  keyResult: Pick<KeyResult, 'start'>,
  remaining: readonly CheckIn[],
  before?: KeyResultReading,
): KeyResultReading {
  const latest = latestCheckIn(remaining);
  if (!latest) return before ?? { current: keyResult.start };
  const confidence = latestCheckIn(remaining.filter((c) => c.confidence !== undefined))?.confidence;
  return {
    current: latest.value,
    ...(confidence === undefined ? {} : { confidence }),
    lastCheckInAt: latest.at,
    lastCheckInClientId: latest.clientId,
  };
}

/**
 * The reading a KR should show when it is behind its record (a check-in stored whose KR write
 * never happened, or its latest check-in withdrawn): its latest check-in's (`readingOf`). Nothing
 * when it already shows its latest check-in, or has none to follow.
 */
export function catchUpReading(
  keyResult: Pick<KeyResult, 'start' | 'current' | 'confidence' | 'lastCheckInAt'>,
  checkIns: readonly CheckIn[],
): KeyResultReading | undefined {
  const latest = latestCheckIn(checkIns);
  return latest && !followsCheckIn(keyResult, latest) ? readingOf(keyResult, checkIns) : undefined;
}

/** The value and confidence as typed, each read or refused on its own, and what was refused. */
function readCheckInNumbers(
  input: Pick<CheckInInput, 'value' | 'confidence'>,
  keyResult: KeyResult,
  model: Rules,
  confidenceRequired: boolean,
) {
  const value =
    typeof input.value === 'string'
      ? parseKeyResultValue(input.value, keyResult, model.locale)
      : readNumber(input.value, 'value', model.locale);
  const confidence = readConfidence(input.confidence, model, confidenceRequired);
  const issues = [value, confidence].flatMap((result) => (result.ok ? [] : result.issues));
  return { value, confidence, issues };
}

/** A confidence as given; text that is no number, or none when one is required, names the scale. */
function readConfidence(
  input: number | string | undefined,
  model: Rules,
  required: boolean,
): ValidationResult<number | undefined> {
  const { min, max } = model.confidenceScale;
  const text = typeof input === 'string' ? input.trim() : undefined;
  if (input === undefined || text === '') {
    return required
      ? {
          ok: false,
          issues: [validationIssue('confidenceRequired', 'confidence', { min, max }, model.locale)],
        }
      : { ok: true, value: undefined };
  }
  const parsed =
    text === undefined
      ? readNumber(input, 'confidence', model.locale)
      : parseNumber(text, { locale: model.locale, field: 'confidence' });
  if (parsed.ok) return wholeConfidence(parsed.value, model);
  if (text === undefined) return parsed;
  return {
    ok: false,
    issues: [
      validationIssue('confidenceNotANumber', 'confidence', { text, min, max }, model.locale),
    ],
  };
}

/**
 * A confidence given is a whole number, as a round's votes are, wherever it is typed (the
 * dialog, the stage, a sheet): one saved from one place is read back by the others.
 */
function wholeConfidence(value: number, model: Rules): ValidationResult<number | undefined> {
  if (Number.isInteger(value) || !Number.isFinite(value)) return { ok: true, value };
  const { min, max } = model.confidenceScale;
  return {
    ok: false,
    issues: [
      validationIssue('confidenceNotWhole', 'confidence', { value, min, max }, model.locale),
    ],
  };
}

function readNumber(
  input: number | string,
  field: string,
  locale: string,
): ValidationResult<number> {
  if (typeof input === 'string') return parseNumber(input, { locale, field });
  return Number.isFinite(input)
    ? { ok: true, value: input }
    : { ok: false, issues: [validationIssue('notFinite', field, {}, locale)] };
}

export type CheckInNudgeCode =
  'confidenceDroppedWithoutNote' | 'valueWentBackwards' | 'lineCrossed';

/** A gentle prompt shown with a check-in before it is saved; never blocks saving. */
export interface CheckInNudge {
  readonly code: CheckInNudgeCode;
  /** The field the nudge is about, to place it next to that input. */
  readonly field: 'note' | 'value';
  readonly message: string;
  readonly params: MessageParams;
}

/**
 * Nudges for a new check-in compared with the KR as it stands (its current value and last
 * confidence): confidence fell but the note is empty; the value moved away from the target
 * (for stay KRs: crossed the line). Stay KRs move freely on the safe side of their line, so
 * only crossing it is worth a word. A big jump is not a nudge but a rule (`valueToConfirmIssues`).
 */
export function checkInNudges(
  checkIn: Pick<CheckIn, 'value' | 'confidence' | 'note'>,
  keyResult: Pick<KeyResult, 'kind' | 'start' | 'target' | 'current' | 'confidence'>,
  model: Pick<OperatingModel, 'locale'>,
): CheckInNudge[] {
  const nudges: CheckInNudge[] = [];
  const add = (code: CheckInNudgeCode, field: CheckInNudge['field'], params: MessageParams) =>
    nudges.push({
      code,
      field,
      params,
      message: format(`nudge.${code}` as CoreMessageKey, params, model.locale),
    });
  const previous = keyResult.current;
  const { value } = checkIn;
  const noteEmpty = checkIn.note.trim() === '';

  if (
    noteEmpty &&
    checkIn.confidence !== undefined &&
    keyResult.confidence !== undefined &&
    checkIn.confidence < keyResult.confidence
  ) {
    add('confidenceDroppedWithoutNote', 'note', {
      previous: keyResult.confidence,
      current: checkIn.confidence,
    });
  }

  const { kind, target } = keyResult;
  if (kind === 'stayAbove' || kind === 'stayBelow') {
    if (isLineBreached(keyResult, value) && !isLineBreached(keyResult, previous)) {
      add('lineCrossed', 'note', { target, previous, current: value });
    }
    return nudges;
  }
  const towardsTarget = kind === 'decrease' ? previous - value : value - previous;
  if (towardsTarget < 0) add('valueWentBackwards', 'value', { previous, current: value });
  return nudges;
}

type Reading = Pick<CheckIn, 'at' | 'clientId'>;

/**
 * The check-in that gives a KR its current value and confidence: the check-ins are the record,
 * and the latest by time is the KR's reading, whatever order they were saved in. Two at the same
 * time are told apart by client id, so every reader picks the same one.
 */
export function latestCheckIn<T extends Reading>(checkIns: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const checkIn of checkIns) if (!latest || isLater(checkIn, latest)) latest = checkIn;
  return latest;
}

function isLater(a: Reading, b: Reading): boolean {
  const order = Date.parse(a.at) - Date.parse(b.at);
  return order > 0 || (order === 0 && a.clientId > b.clientId);
}

/**
 * Whether a KR shows this check-in as its reading: its value, its time, and its confidence when
 * it gave one (a check-in without one leaves the KR's confidence as it was).
 */
export function followsCheckIn(
  keyResult: Pick<KeyResult, 'current' | 'confidence' | 'lastCheckInAt'>,
  checkIn: Pick<CheckIn, 'at' | 'value' | 'confidence'>,
): boolean {
  return (
    keyResult.lastCheckInAt !== undefined &&
    Date.parse(keyResult.lastCheckInAt) === Date.parse(checkIn.at) &&
    keyResult.current === checkIn.value &&
    (checkIn.confidence === undefined || keyResult.confidence === checkIn.confidence)
  );
}
