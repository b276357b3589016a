import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { checkInNudges, createCheckIn, typedAgainst } from '../../../core/check-in';
import { formatForTyping } from '../../../core/format-for-typing';
import {
  asksForValueNote,
  asksToConfirmValue,
  parseKeyResultValue,
  valueToConfirmIssues,
} from '../../../core/plausibility';
import { checkInDays, isCheckInDay } from '../../../core/check-in-day';
import { formatDay } from '../../../core/format';
import { validationIssue, type ValidationIssue } from '../../../core/issues';
import type { Cycle, IsoDate, KeyResult } from '../../../core/model';
import type { CheckInDraft } from '../../../store/repository';
import { useAppServices } from '../../app/AppServices';
import { atTimeOfDayOn } from '../../app/check-in-instant';
import { dayOf } from '../../app/day-of';
import { today as todayOf } from '../../app/today';
import { useDialogWords } from '../../board/dialog-words';
import type { CheckInDialogProps, CheckInDialogState } from './CheckInDialog.types';
import { useFocusRefusedField } from '../../hooks/useFocusRefusedField';
import { useFocusReturn } from '../../hooks/useFocusReturn';
import { useRetrying } from '../../hooks/useRetrying';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';

type Field = 'value' | 'confidence' | 'note';
const fields: readonly string[] = ['value', 'confidence', 'note'] satisfies Field[];

function newClientId(): string {
  return crypto.randomUUID();
}

/** What the value field starts with: the KR's value as the reader would type it. */
function valueTextOf(keyResult: KeyResult, locale: string): string {
  const steps = keyResult.kind === 'binary' || keyResult.kind === 'milestone';
  return steps ? String(keyResult.current) : formatForTyping(keyResult.current, locale);
}

/**
 * Why a check-in cannot be recorded for `day`, naming the days it can (`checkInDays`): from the
 * cycle's first day to today, or to the cycle's last day once it is over.
 */
function dayRefusal(
  day: string,
  today: IsoDate,
  cycle: Cycle,
  words: ReturnType<typeof useDialogWords>,
): string | undefined {
  if (isCheckInDay(day, cycle, today)) return undefined;
  const { first, last } = checkInDays(cycle, today);
  const { say, locale } = words;
  const start = formatDay(first, locale);
  return last === today
    ? say('Choose a day from {start} to today ({today}).', {
        start,
        today: formatDay(today, locale),
      })
    : say('Choose a day from {start} to {end}.', { start, end: formatDay(last, locale) });
}

export function useCheckInDialog(props: CheckInDialogProps): CheckInDialogState {
  const { keyResult: openedOn, cycle, onDismiss, onSaved, source = 'teams', meetingId } = props;
  const { repository, me, operatingModel } = useAppServices();
  const words = useDialogWords();
  const { locale } = words;
  const scale = operatingModel.confidenceScale;
  // The KR as opened, or its newer version once the person chose to check in on top of it.
  const [latest, setLatest] = useState<KeyResult | undefined>(undefined);
  const keyResult = latest ?? openedOn;
  const [valueText, setValueText] = useState('');
  const [confidence, setConfidence] = useState(scale.min);
  const [note, setNote] = useState('');
  // The day the check-in is for: today unless an earlier one is chosen (text typed that is no
  // date stays as typed, and is refused).
  const [day, setDay] = useState('');
  const [confirmedJump, setConfirmedJump] = useState(false);
  const [clientId, setClientId] = useState(newClientId);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const retrying = useRetrying(saving);
  const [error, setError] = useState<unknown>(undefined);
  const [conflict, setConflict] = useState<KeyResult | undefined>(undefined);
  const savedAt = useRef<{ readonly clientId: string; readonly day: string; readonly at: string }>(
    undefined,
  );
  const refusal = useFocusRefusedField();

  // Each opening starts from the KR's current numbers, with a fresh idempotency key.
  useEffect(() => {
    setLatest(undefined);
    if (!openedOn) return;
    setValueText(valueTextOf(openedOn, locale));
    setConfidence(openedOn.confidence ?? Math.round((scale.min + scale.max) / 2));
    setNote('');
    setDay(todayOf());
    setConfirmedJump(false);
    setClientId(newClientId());
    setSubmitted(false);
    setError(undefined);
    setConflict(undefined);
  }, [openedOn, scale.min, scale.max, locale]);

  // Typed and shown in the reader's locale; the organisation's rules otherwise.
  const rules = useMemo(() => ({ ...operatingModel, locale }), [operatingModel, locale]);

  const today = todayOf();
  const dayError = dayRefusal(day, today, cycle, words);
  // Today's check-in is made now; an earlier day's, refused or not, is weighed as one made then.
  const earlier = dayError === undefined && day !== today;

  const result = useMemo(
    () =>
      keyResult
        ? createCheckIn(
            { value: valueText, confidence, note, confirmedJump },
            {
              keyResult,
              author: me,
              at: earlier ? atTimeOfDayOn(day, new Date()) : new Date().toISOString(),
              clientId,
              source,
              cycle,
              dayOf,
              ...(meetingId ? { meetingId } : {}),
            },
            rules,
          )
        : undefined,
    [
      keyResult,
      valueText,
      confidence,
      note,
      confirmedJump,
      earlier,
      day,
      me,
      clientId,
      source,
      cycle,
      meetingId,
      rules,
    ],
  );

  const fieldErrors: Partial<Record<Field, string>> = {};
  const formErrors: string[] = [];
  // The value's errors name it as its field is labelled (`KeyResultValueField`), not "Value": a
  // field the core has no name for is said as given (`validationIssue`).
  const sayIssue = useCallback(
    (issue: ValidationIssue) =>
      words.issue(
        issue.field === 'value'
          ? validationIssue(issue.code, words.say('New value'), issue.params, locale)
          : issue,
      ),
    [words, locale],
  );
  let jumpUnconfirmed = false;
  for (const issue of result && !result.ok ? result.issues : []) {
    // The confirmation box carries the value's question; the note's error waits for a save.
    if (asksToConfirmValue(issue)) jumpUnconfirmed = true;
    else if (asksForValueNote(issue)) {
      if (submitted) fieldErrors.note ??= sayIssue(issue);
    } else if (!fields.includes(issue.field)) formErrors.push(sayIssue(issue));
    else if (submitted || issue.field !== 'value') {
      fieldErrors[issue.field as Field] ??= sayIssue(issue);
    }
  }

  // A value refused outright (below zero, too large, not a step…) is no jump to confirm.
  const valueRefused =
    result !== undefined &&
    !result.ok &&
    result.issues.some((issue) => issue.field === 'value' && !asksToConfirmValue(issue));
  // Shown while the typed value is one to confirm (a big jump, past 100%), confirmed or not, so
  // the box can be unticked.
  const typed = useMemo(
    () => keyResult && parseKeyResultValue(valueText, keyResult, locale),
    [keyResult, valueText, locale],
  );
  const bigJump = useMemo(() => {
    if (!keyResult || valueRefused || !typed?.ok) return undefined;
    const [asked] = valueToConfirmIssues(
      keyResult,
      { value: typed.value, note: '' },
      false,
      locale,
    );
    return asked && sayIssue(asked);
  }, [keyResult, typed, locale, valueRefused, sayIssue]);

  const nudges = useMemo(() => {
    // How a number typed the other way round was read comes first: it is what was typed.
    const byField: Partial<Record<'value' | 'note', string>> = {
      ...(typed?.ok && typed.readAs ? { value: sayIssue(typed.readAs) } : {}),
    };
    if (!keyResult || !result?.ok) return byField;
    for (const nudge of checkInNudges(result.value, keyResult, rules)) {
      byField[nudge.field] ??= words.nudge(nudge);
    }
    return byField;
  }, [keyResult, result, rules, typed, words, sayIssue]);

  const submit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      setSubmitted(true);
      if (!keyResult || saving) return;
      if (!result?.ok || dayError !== undefined) {
        if (event?.currentTarget instanceof HTMLFormElement)
          refusal.form.current = event.currentTarget;
        refusal.check();
        return;
      }
      // Stamped when first saved, not at the last edit; a retry of the same client id for the
      // same day keeps it.
      if (savedAt.current?.clientId !== clientId || savedAt.current.day !== day) {
        const now = new Date();
        const at = earlier ? atTimeOfDayOn(day, now) : now.toISOString();
        savedAt.current = { clientId, day, at };
      }
      const draft: CheckInDraft = {
        ...result.value,
        at: savedAt.current.at,
        ...typedAgainst(keyResult),
      };
      setSaving(true);
      setError(undefined);
      repository
        .saveCheckIns([draft])
        .then((report) => {
          const [firstConflict] = report.conflicts;
          const [firstFailure] = report.failed;
          if (report.saved.length > 0) onSaved(report.saved);
          else if (firstConflict) setConflict(firstConflict.error.theirs ?? keyResult);
          else if (firstFailure) setError(firstFailure.error);
        })
        .catch(setError)
        .finally(() => setSaving(false));
    },
    [keyResult, result, dayError, earlier, day, saving, repository, onSaved, clientId, refusal],
  );

  useFocusReturn(openedOn !== undefined);
  const unsaved = useUnsavedChanges(openedOn !== undefined, onDismiss);
  const { markChanged } = unsaved;
  // A day picked in the calendar is a change too, though no field of the form fired one.
  const chooseDay = useCallback(
    (chosen: string) => {
      markChanged();
      setDay(chosen);
    },
    [markChanged],
  );

  const takeLatest = useCallback(() => {
    if (!conflict) return;
    setLatest(conflict);
    setConflict(undefined);
    setClientId(newClientId());
  }, [conflict]);

  return {
    open: openedOn !== undefined,
    locale,
    words,
    keyResult,
    valueText,
    setValueText,
    confidence,
    setConfidence,
    confidenceMin: scale.min,
    confidenceMax: scale.max,
    note,
    setNote,
    day,
    setDay: chooseDay,
    // The cycle's days up to today; today itself always (`dayRefusal`).
    firstDay: cycle.start < today ? cycle.start : today,
    lastDay: checkInDays(cycle, today).last,
    dayError,
    noteMaxLength: operatingModel.limits.noteMaxLength,
    bigJump,
    jumpUnconfirmed: submitted && jumpUnconfirmed,
    confirmedJump,
    setConfirmedJump,
    fieldErrors,
    formErrors,
    nudges,
    saving,
    retrying,
    error,
    conflict,
    takeLatest,
    submit,
    dismiss: onDismiss,
    unsaved,
  };
}
