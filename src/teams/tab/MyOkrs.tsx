import { makeStyles } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useCycleChoice } from '../../ui/board/useCycleChoice';
import { AppHeader } from '../../ui/components/AppHeader/AppHeader';
import { BoardCycleBar } from '../../ui/components/CycleSwitcher/BoardCycleBar';
import { ReminderSettings } from '../../ui/components/ReminderSettings/ReminderSettings';
import { BoardScreen } from '../../ui/screens/BoardScreen/BoardScreen';
import { ProgrammeButton } from './ProgrammeButton';

const useStyles = makeStyles({
  main: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
});

/** The personal tab: the signed-in user's OKRs in the current cycle (or one chosen), across teams. */
export function MyOkrs({ onOpenProgramme }: { readonly onOpenProgramme: () => void }) {
  const styles = useStyles();
  const choice = useCycleChoice('current');
  const request = useMemo(() => ({ cycleId: choice.cycleId }), [choice.cycleId]);
  return (
    <>
      <AppHeader
        title="My OKRs"
        subtitle="Your objectives and key results this cycle, across teams"
        beside={<BoardCycleBar choice={choice} />}
        actions={
          <>
            <ReminderSettings />
            <ProgrammeButton onOpen={onOpenProgramme} />
          </>
        }
      />
      <main className={styles.main}>
        <BoardScreen request={request} mine />
      </main>
    </>
  );
}
