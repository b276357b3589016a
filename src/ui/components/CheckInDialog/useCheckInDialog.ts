import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { checkInNudges, createCheckIn, typedAgainst } from '../../../core/check-in';
import { formatForTyping } from '../../../core/format-for-typing';
import {
  asksForValueNote,
  asksToConfirmValue,
  parseKeyResultValue,
  valueToConfirmIssues,
} from '../../../core/plausibility';
import type { KeyResult } from '../../../core/model';
import type { CheckInDraft } from '../../../store/repository';
import { useAppServices } from '../../app/AppServices';
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
  const [confirmedJump, setConfirmedJump] = useState(false);
  const [clientId, setClientId] = useState(newClientId);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const retrying = useRetrying(saving);
  const [error, setError] = useState<unknown>(undefined);
  const [conflict, setConflict] = useState<KeyResult | undefined>(undefined);
  const savedAt = useRef<{ readonly clientId: string; readonly at: string }>(undefined);
  const refusal = useFocusRefusedField();

  // Each opening starts from the KR's current numbers, with a fresh idempotency key.
  useEffect(() => {
    setLatest(undefined);
    if (!openedOn) return;
    setValueText(valueTextOf(openedOn, locale));
    setConfidence(openedOn.confidence ?? Math.round((scale.min + scale.max) / 2));
    setNote('');
    setConfirmedJump(false);
    setClientId(newClientId());
    setSubmitted(false);
    setError(undefined);
    setConflict(undefined);
  }, [openedOn, scale.min, scale.max, locale]);

  // Typed and shown in the reader's locale; the organisation's rules otherwise.
  const rules = useMemo(() => ({ ...operatingModel, locale }), [operatingModel, locale]);

  const result = useMemo(
    () =>
      keyResult
        ? createCheckIn(
            { value: valueText, confidence, note, confirmedJump },
            {
              keyResult,
              author: me,
              at: new Date().toISOString(),
              clientId,
              source,
              cycle,
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
  let jumpUnconfirmed = false;
  for (const issue of result && !result.ok ? result.issues : []) {
    // The confirmation box carries the value's question; the note's error waits for a save.
    if (asksToConfirmValue(issue)) jumpUnconfirmed = true;
    else if (asksForValueNote(issue)) {
      if (submitted) fieldErrors.note ??= words.issue(issue);
    } else if (!fields.includes(issue.field)) formErrors.push(words.issue(issue));
    else if (submitted || issue.field !== 'value') {
      fieldErrors[issue.field as Field] ??= words.issue(issue);
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
    return asked && words.issue(asked);
  }, [keyResult, typed, locale, valueRefused, words]);

  const nudges = useMemo(() => {
    // How a number typed the other way round was read comes first: it is what was typed.
    const byField: Partial<Record<'value' | 'note', string>> = {
      ...(typed?.ok && typed.readAs ? { value: words.issue(typed.readAs) } : {}),
    };
    if (!keyResult || !result?.ok) return byField;
    for (const nudge of checkInNudges(result.value, keyResult, rules)) {
      byField[nudge.field] ??= words.nudge(nudge);
    }
    return byField;
  }, [keyResult, result, rules, typed, words]);

  const submit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      setSubmitted(true);
      if (!keyResult || saving) return;
      if (!result?.ok) {
        if (event?.currentTarget instanceof HTMLFormElement)
          refusal.form.current = event.currentTarget;
        refusal.check();
        return;
      }
      // Stamped when first saved, not at the last edit; a retry of the same client id keeps it.
      if (savedAt.current?.clientId !== clientId) {
        savedAt.current = { clientId, at: new Date().toISOString() };
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
    [keyResult, result, saving, repository, onSaved, clientId, refusal],
  );

  useFocusReturn(openedOn !== undefined);
  const unsaved = useUnsavedChanges(openedOn !== undefined, onDismiss);

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
