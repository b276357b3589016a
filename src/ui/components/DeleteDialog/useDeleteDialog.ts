import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyResult, Objective } from '../../../core/model';
import { ConflictError } from '../../../store/errors';
import { useAppServices } from '../../app/AppServices';
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

function keyResultCount(count: number): string {
  return count === 1 ? '1 key result' : `${count} key results`;
}

export function useDeleteDialog({
  target: initial,
  onDismiss,
  onDeleted,
}: DeleteDialogProps): DeleteDialogState {
  const { repository } = useAppServices();
  const [target, setTarget] = useState<DeleteTarget>(initial);
  const [plan, setPlan] = useState<ObjectiveDeletion | undefined>();
  const [step, setStep] = useState<DeleteStep>(
    initial.kind === 'objective' ? { step: 'planning' } : { step: 'confirm' },
  );
  const deleted = useRef<{ objectiveIds: string[]; keyResultIds: string[] }>({
    objectiveIds: [],
    keyResultIds: [],
  });

  useEffect(() => {
    if (initial.kind !== 'objective') return;
    const abort = new AbortController();
    planObjectiveDeletion(repository, initial.objective, { signal: abort.signal })
      .then((planned) => {
        if (abort.signal.aborted) return;
        setPlan(planned);
        setStep(
          planned.aligned.length > 0
            ? { step: 'refused', aligned: planned.aligned }
            : { step: 'confirm' },
        );
      })
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setStep({ step: 'failed', error });
      });
    return () => abort.abort();
  }, [repository, initial]);

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
            note: `${error.message} Delete the objective with ${keyResultCount(error.added.length)} now?`,
          });
        } else if (error instanceof ConflictError && error.theirs) {
          const theirs = error.theirs as KeyResult | Objective;
          setStep({ step: 'conflict', title: theirs.title, theirs });
        } else {
          setStep({ step: 'failed', error });
        }
      });
    },
    [repository, record, close],
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
  }, [step, target, plan, run]);

  const count = plan?.keyResults.length ?? 0;
  const title =
    target.kind === 'keyResult'
      ? 'Delete the key result?'
      : step.step === 'refused'
        ? 'This objective cannot be deleted yet'
        : 'Delete the objective?';
  const confirmLabel =
    target.kind === 'keyResult'
      ? 'Delete key result'
      : count === 0
        ? 'Delete objective'
        : `Delete objective and ${keyResultCount(count)}`;
  return { target, step, plan, title, confirmLabel, confirm, deleteTheirs, close };
}
