import { Text } from '@fluentui/react-components';
import type { Cycle } from '../../../core/model';
import { ConflictError, InvalidError } from '../../../store/errors';
import { useAppServices, useLocale } from '../../app/AppServices';
import { cycleDates } from '../../components/CycleSwitcher/cycleTiming';
import { useRunAction } from '../../hooks/useRunAction';
import { shortName } from '../shortName';
import { ConfirmDialog } from './ConfirmDialog';
import { useProgrammeSay } from '../programme-words';

/**
 * Deletes a cycle made or started by mistake, once asked. It opens only for a cycle that held
 * nothing when it was checked; the store's refusal (something was added meanwhile, or the cycle
 * changed) shows here, nothing is deleted, and `onRefused` passes on what the store has now.
 * Someone else deleting it first counts as deleted.
 */
export function DeleteCycleDialog({
  cycle,
  onDeleted,
  onRefused,
  onDismiss,
}: {
  readonly cycle: Cycle;
  readonly onDeleted: (cycle: Cycle) => void;
  /** The cycle as stored now when it changed meanwhile; undefined when it holds something now. */
  readonly onRefused: (theirs: Cycle | undefined) => void;
  readonly onDismiss: () => void;
}) {
  const { repository } = useAppServices();
  const locale = useLocale();
  const deleting = useRunAction();
  const say = useProgrammeSay();
  return (
    <ConfirmDialog
      title={say('Delete {cycle}?', { cycle: shortName(cycle) })}
      confirmLabel={say('Delete cycle')}
      busyLabel={say('Deleting…')}
      busy={deleting.busy}
      error={deleting.error}
      onConfirm={() =>
        deleting.run(async () => {
          try {
            await repository.deleteCycle(cycle);
          } catch (error) {
            if (!(error instanceof ConflictError && error.theirs === undefined)) {
              if (error instanceof ConflictError) onRefused(error.theirs as Cycle);
              if (error instanceof InvalidError) onRefused(undefined);
              throw error;
            }
          }
          onDeleted(cycle);
        })
      }
      onDismiss={onDismiss}
    >
      <Text block>
        {say('{cycle} ({dates}) is deleted for good, with its coaching plan.', {
          cycle: shortName(cycle),
          dates: cycleDates(cycle, locale),
        })}
      </Text>
    </ConfirmDialog>
  );
}
