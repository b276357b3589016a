import { makeStyles } from '@fluentui/react-components';
import { AppHeader } from '../../ui/components/AppHeader/AppHeader';
import { BoardScreen } from '../../ui/screens/BoardScreen/BoardScreen';

const useStyles = makeStyles({
  main: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
});

const currentCycle = { cycleId: 'current' } as const;

/** The personal tab: the signed-in user's OKRs in the current cycle, across teams. */
export function MyOkrs() {
  const styles = useStyles();
  return (
    <>
      <AppHeader
        title="My OKRs"
        subtitle="Your objectives and key results this cycle, across teams"
      />
      <main className={styles.main}>
        <BoardScreen request={currentCycle} mine />
      </main>
    </>
  );
}
