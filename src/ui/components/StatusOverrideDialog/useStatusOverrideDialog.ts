import { useCallback, useMemo, useState, type FormEvent } from 'react';
import type { KeyResult, Objective, Status, StatusOverride } from '../../../core/model';
import { keyResultStatus, objectiveStatus } from '../../../core/pace';
import { validateKeyResult, validateObjective } from '../../../core/validation';
import { useAppServices } from '../../app/AppServices';
import { useDialogWords } from '../../board/dialog-words';
import { today } from '../../board/useBoardData';
import { useSaveWithConflict } from '../../hooks/useSaveWithConflict';
import { statusLabel } from '../StatusBadge/StatusBadge';
import type {
  StatusOverrideDialogProps,
  StatusOverrideDialogState,
} from './StatusOverrideDialog.types';
import { useFocusRefusedField } from '../../hooks/useFocusRefusedField';

type Item = Objective | KeyResult;

const reasonMaxLength = 500;

function withOverride<T extends Item>(item: T, override: StatusOverride | undefined): T {
  const next: { -readonly [K in keyof T]: T[K] } = { ...item };
  delete next.statusOverride;
  return override ? { ...next, statusOverride: override } : next;
}

/** "Keep mine" after a conflict: my override (or its removal) on their latest version. */
function rebaseOverride(mine: Item, theirs: Item): Item {
  return withOverride(theirs, mine.statusOverride);
}

export function useStatusOverrideDialog({
  target,
  cycle,
  onDismiss,
  onSaved,
}: StatusOverrideDialogProps): StatusOverrideDialogState {
  const { repository, operatingModel, me } = useAppServices();
  const words = useDialogWords();
  const { say } = words;
  const item: Item = target.kind === 'objective' ? target.objective : target.keyResult;
  const computed = useMemo(
    () =>
      target.kind === 'objective'
        ? objectiveStatus({}, target.keyResults, cycle, today(), operatingModel)
        : keyResultStatus(
            withOverride(target.keyResult, undefined),
            cycle,
            today(),
            operatingModel,
          ),
    [target, cycle, operatingModel],
  );
  const [status, setStatus] = useState<Status>(item.statusOverride?.status ?? computed);
  const [reason, setReason] = useState(item.statusOverride?.reason ?? '');
  const [submitted, setSubmitted] = useState(false);

  const candidate = useMemo(
    () =>
      withOverride(item, {
        status,
        reason: reason.trim(),
        by: { id: me.id, displayName: me.displayName, ...(me.email ? { email: me.email } : {}) },
        at: new Date().toISOString(),
      }),
    [item, status, reason, me],
  );
  const validation =
    'objectiveId' in candidate
      ? validateKeyResult(candidate, operatingModel)
      : validateObjective(candidate, operatingModel);
  const reasonIssue = validation.ok
    ? undefined
    : validation.issues.find((issue) => issue.field.startsWith('statusOverride'));

  const write = useCallback(
    (next: Item) =>
      'objectiveId' in next
        ? repository.updateKeyResult(next)
        : repository.updateObjective(next as Objective),
    [repository],
  );
  const saving = useSaveWithConflict<Item>(write, onSaved, rebaseOverride, item);
  const refusal = useFocusRefusedField();
  const submit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      setSubmitted(true);
      if (reasonIssue) {
        if (event?.currentTarget instanceof HTMLFormElement)
          refusal.form.current = event.currentTarget;
        refusal.check();
        return;
      }
      if (saving.saving || !candidate.statusOverride) return;
      // Stamped when it is saved, not when the dialog opened.
      saving.save(
        withOverride(candidate, { ...candidate.statusOverride, at: new Date().toISOString() }),
      );
    },
    [reasonIssue, saving, candidate, refusal],
  );
  const clear = useCallback(() => {
    if (!saving.saving) saving.save(withOverride(item, undefined));
  }, [saving, item]);

  const describe = (override: StatusOverride | undefined) =>
    override
      ? statusLabel(override.status, override, words)
      : say('None: the status follows the pace');
  const conflict = saving.conflict;
  return {
    words,
    itemTitle: item.title,
    computed,
    current: item.statusOverride
      ? statusLabel(item.statusOverride.status, item.statusOverride, words)
      : undefined,
    status,
    setStatus,
    reason,
    setReason,
    reasonMaxLength,
    reasonError: submitted && reasonIssue ? words.issue(reasonIssue) : undefined,
    saving,
    conflictRows: conflict
      ? [
          {
            label: say('Title'),
            mine: conflict.mine.title,
            theirs: conflict.theirs.title,
          },
          {
            label: say('Status override'),
            mine: describe(conflict.mine.statusOverride),
            theirs: describe(conflict.theirs.statusOverride),
          },
        ]
      : [],
    submit,
    clear,
    dismiss: onDismiss,
  };
}
