import { makeStyles } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { Button } from '@fluentui/react-components';
import { AppHeader } from '../../ui/components/AppHeader/AppHeader';
import { crampedMedia } from '../../ui/hooks/useNarrowFrame';
import { ProgrammeScreen } from '../../ui/programme/ProgrammeScreen';
import { useUnsavedGuard } from '../../ui/programme/useUnsavedSection';
import { useProgrammeSay } from '../../ui/programme/programme-words';

const useStyles = makeStyles({
  // In a narrow or short frame the title, its buttons, a notice and the sections' tabs took 440 of
  // 570 px, pinned above a section scrolling in what was left: there the page scrolls as a whole.
  page: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minHeight: 0,
    [crampedMedia]: { overflowY: 'auto' },
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minHeight: 0,
    [crampedMedia]: { flexShrink: 0, minHeight: 'auto' },
  },
});

/**
 * The Programme area as a page of the tab, with a way back to the OKRs: asked first, as another
 * of its tabs is, while the open section holds unsaved changes.
 */
export default function ProgrammePage({
  onBack,
  onOpenBoard,
  focusSections,
  initialSection,
}: {
  readonly onBack: () => void;
  /** Back to the OKRs on another board: every team's, on a cycle (the imported OKRs'). */
  readonly onOpenBoard?: (cycleId: string) => void;
  /** The section to open (left out: as the programme's state suggests, `ProgrammeScreen`). */
  readonly initialSection?: string;
  /** Opened from a board, whose Programme button went with it: the sections' tabs take the focus. */
  readonly focusSections?: boolean;
}) {
  const styles = useStyles();
  const guard = useUnsavedGuard();
  const say = useProgrammeSay();
  return (
    <div className={styles.page}>
      <AppHeader
        title={say('Programme')}
        subtitle={say('Teams, cycles, people and roles, and how your organisation runs OKRs')}
        actions={
          <Button icon={<ArrowLeftRegular />} onClick={() => guard.leave(onBack)}>
            {say('Back to OKRs')}
          </Button>
        }
      />
      <main className={styles.main}>
        <ProgrammeScreen
          guard={guard}
          focusSections={focusSections}
          {...(onOpenBoard ? { openBoard: onOpenBoard } : {})}
          {...(initialSection ? { initialSection } : {})}
        />
      </main>
    </div>
  );
}
