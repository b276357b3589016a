import { Text } from '@fluentui/react-components';
import type { Cycle } from '../../../core/model';
import { useAppServices, useLocale } from '../../app/AppServices';
import { cycleDates } from '../../components/CycleSwitcher/cycleTiming';
import { useRunAction } from '../../hooks/useRunAction';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Deletes a cycle made or started by mistake, once asked. The store refuses a cycle that holds
 * objectives, saying how many: that refusal shows here, and nothing is deleted.
 */
export function DeleteCycleDialog({
  cycle,
  onDeleted,
  onDismiss,
}: {
  readonly cycle: Cycle;
  readonly onDeleted: (cycle: Cycle) => void;
  readonly onDismiss: () => void;
}) {
  const { repository } = useAppServices();
  const locale = useLocale();
  const deleting = useRunAction();
  return (
    <ConfirmDialog
      title={`Delete ${cycle.name}?`}
      confirmLabel="Delete cycle"
      busyLabel="Deleting…"
      busy={deleting.busy}
      error={deleting.error}
      onConfirm={() =>
        deleting.run(async () => {
          await repository.deleteCycle(cycle);
          onDeleted(cycle);
        })
      }
      onDismiss={onDismiss}
    >
      <Text block>
        {`${cycle.name} (${cycleDates(cycle, locale)}) is deleted for good, with its coaching plan.`}
      </Text>
      <Text block>
        Only a cycle that holds no objectives is deleted: move a cycle&apos;s objectives to another
        cycle, or delete them, first.
      </Text>
    </ConfirmDialog>
  );
}
