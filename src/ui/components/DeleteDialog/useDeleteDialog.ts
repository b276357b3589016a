import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyResult, Objective } from '../../../core/model';
import { ConflictError } from '../../../store/errors';
import { useAppServices } from '../../app/AppServices';
import { useDialogWords } from '../../board/dialog-words';
import { useAsyncResource, type AsyncResource } from '../../hooks/useAsyncResource';
import {
  deleteKeyResult,
  deleteObjective,
  KeyResultsAddedError,
  planObjectiveDeletion,
  type DeletedItem,
  type ObjectiveDeletion,
} from '../../board/deleteOkr';
import type {
  DeleteDialogProps,
  DeleteDialogState,
  DeleteStep,
  DeleteTarget,
} from './DeleteDialog.types';

/** The first step: an objective waits for its plan (and may be refused); a KR is confirmed. */
function plannedStep(
  target: DeleteTarget,
  planning: AsyncResource<{ plan: ObjectiveDeletion }>,
): DeleteStep {
  if (target.kind !== 'objective') return { step: 'confirm' };
  switch (planning.status) {
    case 'loading':
      return { step: 'planning' };
    case 'error':
      return { step: 'failed', error: planning.error };
    case 'ready':
      return planning.plan.aligned.length > 0
        ? { step: 'refused', aligned: planning.plan.aligned }
        : { step: 'confirm' };
  }
}

export function useDeleteDialog({
  target: initial,
  onDismiss,
  onDeleted,
}: DeleteDialogProps): DeleteDialogState {
  const { repository } = useAppServices();
  const say = useDialogWords().say;
  const [target, setTarget] = useState<DeleteTarget>(initial);
  const objective = initial.kind === 'objective' ? initial.objective : undefined;
  const loadPlan = useMemo(
    () =>
      objective &&
      (async (signal: AbortSignal) => ({
        plan: await planObjectiveDeletion(repository, objective, { signal }),
      })),
    [repository, objective],
  );
  const { data: planning, update: updatePlanning } = useAsyncResource(loadPlan);
  // The dialog opens on Cancel, the safe answer, not on a delete that cannot be undone in the
  // app: Fluent's Dialog focused its first button, and Enter pressed twice deleted the KR. Run
  // after the Dialog's own focus (its surface's effect, a child's, runs first).
  // https://learn.microsoft.com/en-us/windows/win32/uxguide/win-dialog-box (commit buttons)
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const plan = planning.status === 'ready' ? planning.plan : undefined;
  const setPlan = useCallback(
    (next: ObjectiveDeletion) => updatePlanning(() => ({ plan: next })),
    [updatePlanning],
  );
  /** Where deleting has got to, once the person acted; until then, where planning is. */
  const [acted, setStep] = useState<DeleteStep | undefined>();
  const step = useMemo(() => acted ?? plannedStep(initial, planning), [acted, initial, planning]);
  const deleted = useRef<{ objectiveIds: string[]; keyResultIds: string[] }>({
    objectiveIds: [],
    keyResultIds: [],
  });

  const record = useCallback((item: DeletedItem) => {
    if (item.kind === 'objective') deleted.current.objectiveIds.push(item.id);
    else deleted.current.keyResultIds.push(item.id);
  }, []);
  const close = useCallback(() => {
    const { objectiveIds, keyResultIds } = deleted.current;
    if (objectiveIds.length > 0 || keyResultIds.length > 0) onDeleted(deleted.current);
    onDismiss();
  }, [onDeleted, onDismiss]);

  const run = useCallback(
    (current: DeleteTarget, currentPlan: ObjectiveDeletion | undefined) => {
      setStep({ step: 'deleting' });
      const work =
        current.kind === 'keyResult'
          ? deleteKeyResult(repository, current.keyResult).then(() =>
              record({ kind: 'keyResult', id: current.keyResult.id }),
            )
          : currentPlan
            ? deleteObjective(repository, currentPlan, record)
            : Promise.reject(new Error('The objective’s key results are not loaded yet.'));
      work.then(close).catch((error: unknown) => {
        if (error instanceof KeyResultsAddedError && currentPlan) {
          setPlan({ ...currentPlan, keyResults: error.added });
          setStep({
            step: 'confirm',
            note: say(
              '{count} {count|key result was|key results were} added to the objective meanwhile, so it was not deleted. Delete the objective with {count} {count|key result|key results} now?',
              { count: error.added.length },
            ),
          });
        } else if (error instanceof ConflictError && error.theirs) {
          const theirs = error.theirs as KeyResult | Objective;
          setStep({ step: 'conflict', title: theirs.title, theirs });
        } else {
          setStep({ step: 'failed', error });
        }
      });
    },
    [repository, record, close, setPlan, say],
  );

  const confirm = useCallback(() => run(target, plan), [run, target, plan]);
  const deleteTheirs = useCallback(() => {
    if (step.step !== 'conflict') return;
    const { theirs } = step;
    if ('objectiveId' in theirs) {
      if (target.kind === 'keyResult') {
        const next = { kind: 'keyResult', keyResult: theirs } as const;
        setTarget(next);
        run(next, plan);
      } else if (plan) {
        // A KR of the objective changed: the rest of the plan stands, minus what is gone.
        const done = new Set(deleted.current.keyResultIds);
        const next = {
          ...plan,
          keyResults: plan.keyResults
            .filter((kr) => !done.has(kr.id))
            .map((kr) => (kr.id === theirs.id ? theirs : kr)),
        };
        setPlan(next);
        run(target, next);
      }
    } else if (plan) {
      const next = { ...plan, objective: theirs, keyResults: [] };
      setPlan(next);
      run({ kind: 'objective', objective: theirs }, next);
    }
  }, [step, target, plan, run, setPlan]);

  const count = plan?.keyResults.length ?? 0;
  const title = say(
    target.kind === 'keyResult'
      ? 'Delete the key result?'
      : step.step === 'refused'
        ? 'This objective cannot be deleted yet'
        : 'Delete the objective?',
  );
  const confirmLabel =
    target.kind === 'keyResult'
      ? say('Delete key result')
      : count === 0
        ? say('Delete objective')
        : say('Delete objective and {count} {count|key result|key results}', { count });
  return { say, target, step, plan, title, confirmLabel, confirm, deleteTheirs, close, cancel };
}
