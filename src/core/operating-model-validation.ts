import { toResult, validationIssue, type ValidationIssue, type ValidationResult } from './issues';
import { acceptedMessageLanguages, messageLanguageOf } from './message-languages';
import { TITLE_MAX_LENGTH } from './model';
import type { OperatingModel } from './operating-model';

const maxCadenceDays = 365;

/** Checks an organisation's settings before the store keeps them. */
export function validateOperatingModel(model: OperatingModel): ValidationResult<OperatingModel> {
  const issues: ValidationIssue[] = [];
  // Coaching messages exist in a few languages only: any other (a tag such as "klingon") would
  // quietly be English.
  const locale =
    isLocale(model.locale) && messageLanguageOf(model.locale) ? model.locale : undefined;
  const add = (code: Parameters<typeof validationIssue>[0], field: string, params = {}) =>
    issues.push(validationIssue(code, field, params, locale));
  const wholePositive = (field: string, value: number) => {
    if (!Number.isFinite(value)) add('notFinite', field);
    else if (!Number.isInteger(value)) add('notInteger', field, { value });
    else if (value <= 0) add('notPositive', field, { value });
  };

  const { checkIn, confidenceScale, scoring, pace, limits } = model;
  wholePositive('checkIn.cadenceDays', checkIn.cadenceDays);
  // A check-in less often than once a year is no rhythm: a cycle is a year at the longest.
  if (checkIn.cadenceDays > maxCadenceDays) {
    add('outOfRange', 'checkIn.cadenceDays', {
      value: checkIn.cadenceDays,
      min: 1,
      max: maxCadenceDays,
    });
  }
  if (!Number.isInteger(checkIn.day) || checkIn.day < 0 || checkIn.day > 6) {
    add('outOfRange', 'checkIn.day', { value: checkIn.day, min: 0, max: 6 });
  }
  wholePositive('checkIn.staleAfterDays', checkIn.staleAfterDays);
  if (checkIn.staleAfterDays < checkIn.cadenceDays) {
    add('staleBeforeCadence', 'checkIn.staleAfterDays', {
      stale: checkIn.staleAfterDays,
      cadence: checkIn.cadenceDays,
    });
  }

  if (!Number.isFinite(confidenceScale.min)) add('notFinite', 'confidenceScale.min');
  if (!Number.isFinite(confidenceScale.max)) add('notFinite', 'confidenceScale.max');
  // Confidence counts up from "none at all": a scale cannot start below zero.
  if (confidenceScale.min < 0 && Number.isFinite(confidenceScale.max)) {
    add('outOfRange', 'confidenceScale.min', {
      value: confidenceScale.min,
      min: 0,
      max: confidenceScale.max,
    });
  }
  if (!(confidenceScale.min < confidenceScale.max)) {
    add('rangeInverted', 'confidenceScale', { min: confidenceScale.min, max: confidenceScale.max });
  }

  if (!Number.isFinite(scoring.max)) add('notFinite', 'scoring.max');
  else if (scoring.max <= 0) add('notPositive', 'scoring.max', { value: scoring.max });
  const [low, high] = scoring.aspirationalSweetSpot;
  if (!isFraction(low) || !isFraction(high)) {
    const value = `${low}–${high}`;
    add('outOfRange', 'scoring.aspirationalSweetSpot', { value, min: 0, max: 1 });
  } else if (low > high) {
    // Mid-sentence ("The lowest sweet spot …"), where the field's label would be capitalised.
    add('rangeInverted', 'scoring.aspirationalSweetSpot', {
      field: 'sweet spot',
      min: low,
      max: high,
    });
  }

  if (!isFraction(pace.atRiskBehind) || pace.atRiskBehind === 0) {
    add('outOfRange', 'pace.atRiskBehind', { value: pace.atRiskBehind, min: 0, max: 1 });
  }
  if (!isFraction(pace.offTrackBehind) || pace.offTrackBehind === 0) {
    add('outOfRange', 'pace.offTrackBehind', { value: pace.offTrackBehind, min: 0, max: 1 });
  }
  if (pace.offTrackBehind <= pace.atRiskBehind) {
    add('paceThresholdsInverted', 'pace.offTrackBehind', {
      atRisk: pace.atRiskBehind,
      offTrack: pace.offTrackBehind,
    });
  }

  const { keyResultsPerObjective: krs } = limits;
  wholePositive('limits.keyResultsPerObjective.min', krs.min);
  wholePositive('limits.keyResultsPerObjective.max', krs.max);
  if (krs.min > krs.max)
    add('rangeInverted', 'limits.keyResultsPerObjective', { min: krs.min, max: krs.max });
  wholePositive('limits.objectivesPerTeam.max', limits.objectivesPerTeam.max);
  wholePositive('limits.titleMaxLength', limits.titleMaxLength);
  if (limits.titleMaxLength > TITLE_MAX_LENGTH) {
    add('outOfRange', 'limits.titleMaxLength', {
      value: limits.titleMaxLength,
      min: 1,
      max: TITLE_MAX_LENGTH,
    });
  }
  wholePositive('limits.descriptionMaxLength', limits.descriptionMaxLength);
  wholePositive('limits.noteMaxLength', limits.noteMaxLength);

  const { firstMonth, namedBy } = model.fiscalYear;
  if (!Number.isInteger(firstMonth) || firstMonth < 1 || firstMonth > 12) {
    add('outOfRange', 'fiscalYear.firstMonth', { value: firstMonth, min: 1, max: 12 });
  }
  if (namedBy !== 'start' && namedBy !== 'end') {
    add('notOneOf', 'fiscalYear.namedBy', { text: String(namedBy), allowed: 'start, end' });
  }

  if (!locale)
    add('localeInvalid', 'locale', { locale: model.locale, accepted: acceptedMessageLanguages });
  return toResult(model, issues);
}

function isFraction(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 1;
}

export function isLocale(tag: unknown): tag is string {
  if (typeof tag !== 'string' || tag.trim() === '') return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
