import { makeStyles } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { Button } from '@fluentui/react-components';
import { AppHeader } from '../../ui/components/AppHeader/AppHeader';
import { ProgrammeScreen } from '../../ui/programme/ProgrammeScreen';

const useStyles = makeStyles({
  main: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
});

/** The Programme area as a page of the tab, with a way back to the OKRs. */
export default function ProgrammePage({ onBack }: { readonly onBack: () => void }) {
  const styles = useStyles();
  return (
    <>
      <AppHeader
        title="Programme"
        subtitle="Teams, cycles, people and roles, and how your organisation runs OKRs"
        actions={
          <Button icon={<ArrowLeftRegular />} onClick={onBack}>
            Back to OKRs
          </Button>
        }
      />
      <main className={styles.main}>
        <ProgrammeScreen />
      </main>
    </>
  );
}
