import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useAppServices } from '../../ui/app/AppServices';
import { useSay } from '../../ui/board/say';
import { EmptyState } from '../../ui/components/States/EmptyState';
import type { NoCycleYetProps } from './NoCycleYetOnDemand';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

/**
 * A board with no cycle running. An admin, who creates cycles, is taken to them or to the
 * import: people leaving Viva Goals or a spreadsheet bring years of OKRs with them.
 */
export default function NoCycleYet({ onOpenProgramme }: NoCycleYetProps) {
  const say = useSay();
  const styles = useStyles();
  const { roles } = useAppServices();
  return (
    <EmptyState
      title={say('No OKR cycle is running')}
      message={say(
        roles.admin
          ? 'Create the first cycle in the Programme, or bring in the OKRs you already have from Viva Goals or a spreadsheet.'
          : 'When your organisation starts a cycle (a quarter, say), its OKRs show up here.',
      )}
      action={
        roles.admin ? (
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => onOpenProgramme('cycles')}>
              {say('Create a cycle')}
            </Button>
            <Button onClick={() => onOpenProgramme('import')}>{say('Import OKRs')}</Button>
          </div>
        ) : undefined
      }
    />
  );
}
