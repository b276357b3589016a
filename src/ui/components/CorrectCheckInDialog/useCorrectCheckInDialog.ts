import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { correctCheckIn, withdrawalOf } from '../../../core/check-in';
import { formatForTyping } from '../../../core/format-for-typing';
import type { ValidationResult } from '../../../core/issues';
import { importedDayOf } from '../../../core/day-of';
import type { CheckIn, CheckInCorrection, IsoDateTime } from '../../../core/model';
import { parseKeyResultValue } from '../../../core/plausibility';
import { checkInCycle, correctionReasonMaxLength } from '../../../core/validation';
import { useAppServices } from '../../app/AppServices';
import { dayOf } from '../../app/day-of';
import { useDialogWords } from '../../board/dialog-words';
import type {
  CorrectCheckInDialogProps,
  CorrectCheckInDialogState,
} from './CorrectCheckInDialog.types';
import { useRetrying } from '../../hooks/useRetrying';

type Field = keyof CorrectCheckInDialogState['fieldErrors'];
const fields: readonly string[] = [
  'value',
  'confidence',
  'note',
  'correctionReason',
] satisfies Field[];

/** When a check-in was made: its day alone when it was imported without its time. */
function madeWhen(at: IsoDateTime, locale: string): string {
  const day = importedDayOf(at);
  return day
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      )
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(at),
      );
}

export function useCorrectCheckInDialog(
  props: CorrectCheckInDialogProps,
): CorrectCheckInDialogState {
  const { target, cycle, onDismiss, onCorrected } = props;
  const { repository, me, operatingModel } = useAppServices();
  const words = useDialogWords();
  const { locale, say } = words;
  const scale = operatingModel.confidenceScale;
  const [valueText, setValueText] = useState('');
  const [confidence, setConfidence] = useState(scale.min);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const retrying = useRetrying(saving);
  const [error, setError] = useState<unknown>(undefined);

  // Each opening starts from the check-in as it stands.
  useEffect(() => {
    if (!target) return;
    const { checkIn, keyResult } = target;
    const steps = keyResult.kind === 'binary' || keyResult.kind === 'milestone';
    setValueText(steps ? String(checkIn.value) : formatForTyping(checkIn.value, locale));
    setConfidence(checkIn.confidence ?? Math.round((scale.min + scale.max) / 2));
    setNote(checkIn.note);
    setReason('');
    setSubmitted(false);
    setError(undefined);
  }, [target, locale, scale.min, scale.max]);

  const rules = useMemo(() => ({ ...operatingModel, locale }), [operatingModel, locale]);
  const result = useMemo((): ValidationResult<CheckIn | CheckInCorrection> | undefined => {
    if (!target) return undefined;
    const context = { by: me, at: new Date().toISOString() };
    if (target.mode === 'withdraw') return withdrawalOf(reason, context, rules);
    return correctCheckIn(
      target.checkIn,
      { value: valueText, confidence, note, reason },
      { ...context, keyResult: target.keyResult, ...checkInCycle(cycle, dayOf) },
      rules,
    );
  }, [target, me, reason, valueText, confidence, note, cycle, rules]);

  const fieldErrors: Partial<Record<Field, string>> = {};
  const formErrors: string[] = [];
  for (const issue of result && !result.ok ? result.issues : []) {
    if (!fields.includes(issue.field)) formErrors.push(words.issue(issue));
    // Too long is said at once (the counter turns red); a missing reason waits for a save.
    else if (submitted || issue.code === 'tooLong' || issue.field === 'value')
      fieldErrors[issue.field as Field] ??= words.issue(issue);
  }

  const typed = target && parseKeyResultValue(valueText, target.keyResult, locale);
  const readings = typed?.ok && typed.readAs ? { value: words.issue(typed.readAs) } : {};

  const submit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      setSubmitted(true);
      if (!target || !result?.ok || saving) return;
      setSaving(true);
      setError(undefined);
      const work =
        target.mode === 'withdraw'
          ? repository
              .withdrawCheckIn(target.checkIn, result.value as CheckInCorrection)
              .then((keyResult) => onCorrected({ keyResult, withdrawn: target.checkIn }))
          : repository
              .correctCheckIn(result.value as CheckIn)
              .then(({ checkIn, keyResult }) => onCorrected({ keyResult, corrected: checkIn }));
      work.catch(setError).finally(() => setSaving(false));
    },
    [target, result, saving, repository, onCorrected],
  );

  const made = target
    ? say('{time} by {name}', {
        time: madeWhen(target.checkIn.at, locale),
        name: target.checkIn.author.displayName || say('someone'),
      })
    : '';

  return {
    target,
    locale,
    words,
    made,
    valueText,
    setValueText,
    confidence,
    setConfidence,
    confidenceMin: scale.min,
    confidenceMax: scale.max,
    note,
    setNote,
    noteMaxLength: operatingModel.limits.noteMaxLength,
    reason,
    setReason,
    reasonMaxLength: correctionReasonMaxLength,
    fieldErrors,
    readings,
    formErrors,
    saving,
    retrying,
    error,
    submit,
    dismiss: onDismiss,
  };
}
