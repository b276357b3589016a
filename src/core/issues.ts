import type { MessageParams } from './i18n';
import { coreMessages, format, type CoreMessageKey } from './messages';

/** Why an input is rejected; `code` keys the message (`validation.<code>`). */
export const validationCodes = [
  'required',
  'notText',
  'titleEmpty',
  'titleTooLong',
  'nameEmpty',
  'nameTooLong',
  'tooLong',
  'notANumber',
  'numberMisgrouped',
  'numberAmbiguous',
  'numberReadOtherDecimalMark',
  'numberReadOtherGrouping',
  'numberRequired',
  'numberTooLarge',
  'valueTooLarge',
  'valueBelowZero',
  'percentOnUnit',
  'percentOnPlainNumber',
  'notAnAmount',
  'farPastTargetUnconfirmed',
  'bigJumpUnconfirmed',
  'bigSetbackUnconfirmed',
  'bigJumpNeedsNote',
  'pastWholeUnconfirmed',
  'pastWholeNeedsNote',
  'notFinite',
  'notInteger',
  'notPositive',
  'outOfRange',
  'rangeInverted',
  'notOneOf',
  'targetEqualsStart',
  'directionMismatch',
  'weightNotPositive',
  'personNotFound',
  'confidenceOutOfScale',
  'confidenceRequired',
  'confidenceNotANumber',
  'confidenceNotWhole',
  'binaryTargetNotOne',
  'binaryStartNotZero',
  'binaryValueNotZeroOrOne',
  'milestoneStepsMismatch',
  'milestoneValueOutOfRange',
  'milestoneNotWholeStep',
  'dateInvalid',
  'dateRequired',
  'endBeforeStart',
  'dateOutsideCycle',
  'checkInsNotOpen',
  'cycleClosed',
  'parentSelf',
  'parentCycle',
  'parentNotFound',
  'aspirationalNotAllowed',
  'meetingIdRequired',
  'linkInvalid',
  'localeInvalid',
  'storyEmpty',
  'staleBeforeCadence',
  'paceThresholdsInverted',
  'scoreOutOfScale',
  'scoreNotANumber',
  'scoreReasonRequired',
  'answerTooLong',
  'reasonTooLong',
  'cyclesOverlap',
  'cycleSameDates',
  'cycleYearOutOfRange',
  'cycleDayOutOfRange',
  'cycleNameTaken',
  'cycleStarted',
  'teamOwnAncestor',
  'rolledUpTakesNoCheckIn',
] as const;

export type ValidationCode = (typeof validationCodes)[number];

/**
 * One broken rule, ready to show next to a field (UI), on a row (Excel) or in a store error.
 * `field` is the property path on the validated object (`title`, `checkIn.cadenceDays`);
 * `message` is already localised; `params` are the raw values for re-formatting.
 */
export interface ValidationIssue {
  readonly code: ValidationCode;
  readonly field: string;
  readonly message: string;
  readonly params: MessageParams;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export function validationIssue(
  code: ValidationCode,
  field: string,
  params: MessageParams = {},
  locale?: string,
): ValidationIssue {
  const fieldKey = `field.${field}`;
  const fieldLabel = coreMessages.has(fieldKey) ? format(fieldKey, {}, locale) : field;
  return {
    code,
    field,
    params,
    message: format(
      `validation.${code}` as CoreMessageKey,
      { field: fieldLabel, ...params },
      locale,
    ),
  };
}

export function toResult<T>(value: T, issues: readonly ValidationIssue[]): ValidationResult<T> {
  return issues.length === 0 ? { ok: true, value } : { ok: false, issues };
}
