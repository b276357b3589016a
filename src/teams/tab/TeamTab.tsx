import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import type { TabSettings } from '../../host/types';
import { useAppServices } from '../../ui/app/AppServices';
import { useCycleChoice } from '../../ui/board/useCycleChoice';
import { AppHeader } from '../../ui/components/AppHeader/AppHeader';
import { BoardCycleBar } from '../../ui/components/CycleSwitcher/BoardCycleBar';
import { LoadingState } from '../../ui/components/States/LoadingState';
import { BoardScreen } from '../../ui/screens/BoardScreen/BoardScreen';
import type { BoardOpening } from '../../ui/screens/BoardScreen/BoardScreen.types';
import { ProgrammeButton } from './ProgrammeButton';

// The board is the first screen; the other views load when they are chosen.
const AlignmentView = lazy(() => import('./AlignmentView'));
const CoachView = lazy(() => import('./CoachView'));

const useStyles = makeStyles({
  tabs: { paddingInline: tokens.spacingHorizontalM },
  panel: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
});

type View = 'board' | 'alignment' | 'coach';

/** A channel, group chat or meeting tab: the team board, alignment across teams, the coach view. */
export function TeamTab({
  settings,
  onOpenProgramme,
}: {
  readonly settings: TabSettings;
  readonly onOpenProgramme: () => void;
}) {
  const styles = useStyles();
  const { roles, host } = useAppServices();
  const [view, setView] = useState<View>('board');
  // The coach view opens the board at an objective or KR (to see it, check in or edit).
  const [opening, setOpening] = useState<BoardOpening | undefined>();
  const openOnBoard = useCallback((next: BoardOpening) => {
    setOpening(next);
    setView('board');
  }, []);
  // A link to a view of the board may name another cycle than the tab's own.
  const linked = host.context.deepLinkTarget;
  const choice = useCycleChoice(
    (linked?.type === 'boardView' && linked.filter.cycleId) || settings.cycleId,
  );
  const request = useMemo(
    () => ({ cycleId: choice.cycleId, teamIds: settings.teamIds }),
    [choice.cycleId, settings.teamIds],
  );
  return (
    <>
      <AppHeader
        title="OKR board"
        actions={
          <>
            <BoardCycleBar choice={choice} />
            <ProgrammeButton onOpen={onOpenProgramme} />
          </>
        }
      />
      <TabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, data) => {
          setOpening(undefined);
          setView(data.value as View);
        }}
        aria-label="Views"
      >
        <Tab value="board" id="tab-board" aria-controls="panel">
          Board
        </Tab>
        <Tab value="alignment" id="tab-alignment" aria-controls="panel">
          Alignment
        </Tab>
        {roles.coach ? (
          <Tab value="coach" id="tab-coach" aria-controls="panel">
            Coach view
          </Tab>
        ) : null}
      </TabList>
      <main className={styles.panel} id="panel" role="tabpanel" aria-labelledby={`tab-${view}`}>
        {view === 'board' ? (
          <BoardScreen request={request} editable {...(opening ? { open: opening } : {})} />
        ) : null}
        <Suspense fallback={<LoadingState label="Loading the view" />}>
          {view === 'alignment' ? <AlignmentView cycleId={choice.cycleId} /> : null}
          {view === 'coach' ? (
            <CoachView cycleId={choice.cycleId} teamIds={settings.teamIds} onOpen={openOnBoard} />
          ) : null}
        </Suspense>
      </main>
    </>
  );
}
