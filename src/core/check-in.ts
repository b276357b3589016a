import type { MessageParams } from './i18n';
import { validationIssue, type ValidationResult } from './issues';
import { format, type CoreMessageKey } from './messages';
import type { CheckIn, CheckInSource, Cycle, IsoDateTime, KeyResult, Person } from './model';
import type { OperatingModel } from './operating-model';
import { parseNumber } from './parse';
import { isLineBreached } from './progress';
import { validateCheckIn } from './validation';

/** What a person enters: numbers as typed (text) or already numeric. */
export interface CheckInInput {
  readonly value: number | string;
  /** Empty text or undefined means no confidence given. */
  readonly confidence?: number | string;
  readonly note?: string;
}

export interface CheckInContext {
  readonly keyResult: KeyResult;
  readonly author: Person;
  readonly at: IsoDateTime;
  /** Generated once by the caller before the first attempt, so retries are recognised. */
  readonly clientId: string;
  readonly source: CheckInSource;
  readonly meetingId?: string;
  readonly cycle?: Cycle;
}

type Rules = Pick<OperatingModel, 'limits' | 'confidenceScale' | 'allowAspirational' | 'locale'>;

/** Builds a valid check-in from what was typed, or every reason it cannot be one. */
export function createCheckIn(
  input: CheckInInput,
  context: CheckInContext,
  model: Rules,
): ValidationResult<CheckIn> {
  const value = readNumber(input.value, 'value', model.locale);
  const confidence =
    input.confidence === undefined ||
    (typeof input.confidence === 'string' && input.confidence.trim() === '')
      ? { ok: true as const, value: undefined }
      : readNumber(input.confidence, 'confidence', model.locale);
  const parseIssues = [value, confidence].flatMap((result) => (result.ok ? [] : result.issues));
  if (!value.ok || !confidence.ok) return { ok: false, issues: parseIssues };
  const checkIn: CheckIn = {
    clientId: context.clientId,
    keyResultId: context.keyResult.id,
    value: value.value,
    ...(confidence.value === undefined ? {} : { confidence: confidence.value }),
    note: (input.note ?? '').trim(),
    author: context.author,
    at: context.at,
    source: context.source,
    ...(context.meetingId === undefined ? {} : { meetingId: context.meetingId }),
  };
  return validateCheckIn(checkIn, model, { keyResult: context.keyResult, cycle: context.cycle });
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
  'confidenceDroppedWithoutNote' | 'valueWentBackwards' | 'bigJump' | 'lineCrossed';

/** A gentle prompt shown with a check-in before it is saved; never blocks saving. */
export interface CheckInNudge {
  readonly code: CheckInNudgeCode;
  /** The field the nudge is about, to place it next to that input. */
  readonly field: 'note' | 'value';
  readonly message: string;
  readonly params: MessageParams;
}

export interface NudgeOptions {
  /** A move of at least this fraction of the start→target distance in one check-in is a big jump. Default 0.5. */
  readonly bigJump?: number;
}

/**
 * Nudges for a new check-in compared with the KR as it stands (its current value and last
 * confidence): confidence fell but the note is empty; the value moved away from the target
 * (for stay KRs: crossed the line); an unusually big jump. Stay KRs move freely on the
 * safe side of their line, so only crossing it is worth a word.
 */
export function checkInNudges(
  checkIn: Pick<CheckIn, 'value' | 'confidence' | 'note'>,
  keyResult: Pick<KeyResult, 'kind' | 'start' | 'target' | 'current' | 'confidence'>,
  model: Pick<OperatingModel, 'locale'>,
  options: NudgeOptions = {},
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

  const { kind, start, target } = keyResult;
  if (kind === 'stayAbove' || kind === 'stayBelow') {
    if (isLineBreached(keyResult, value) && !isLineBreached(keyResult, previous)) {
      add('lineCrossed', 'note', { target, previous, current: value });
    }
    return nudges;
  }
  const towardsTarget = kind === 'decrease' ? previous - value : value - previous;
  if (towardsTarget < 0) add('valueWentBackwards', 'value', { previous, current: value });
  const span = Math.abs(target - start);
  const jump = options.bigJump ?? 0.5;
  if (kind !== 'binary' && span > 0 && Math.abs(value - previous) / span >= jump) {
    add('bigJump', 'value', { previous, current: value });
  }
  return nudges;
}
