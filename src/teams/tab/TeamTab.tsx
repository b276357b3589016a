import { useCallback, useMemo, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { withoutSearchOrFilters } from '../../core/board-filter';
import type { TabSettings } from '../../host/types';
import { useAppServices } from '../../ui/app/AppServices';
import { useSay } from '../../ui/board/say';
import {
  BoardFilterMemoryProvider,
  type BoardFilterMemory,
} from '../../ui/board/boardFilterMemory';
import { rememberedTeams, subTeamsKey } from '../../ui/board/subTeamsMemory';
import { useCycleChoice } from '../../ui/board/useCycleChoice';
import { AppHeader } from '../../ui/components/AppHeader/AppHeader';
import { BoardCycleBar } from '../../ui/components/CycleSwitcher/BoardCycleBar';
import { sayNotLoaded } from '../../ui/components/States/ErrorStateOnDemand';
import { lazyPart, OnDemand } from '../../ui/components/States/lazyPart';
import { LoadingState } from '../../ui/components/States/LoadingState';
import { TabListStandIn, type StandInTab } from '../../ui/components/TabListStandIn';
import { useNarrowFrame } from '../../ui/hooks/useNarrowFrame';
import { useStandIns } from '../../ui/hooks/useStandIns';
import { BoardScreen } from '../../ui/screens/BoardScreen/BoardScreen';
import type { BoardOpening } from '../../ui/screens/BoardScreen/BoardScreen.types';
import { NoCycleYetOnDemand } from './NoCycleYetOnDemand';
import { ProgrammeButton } from './ProgrammeButton';
import { reloadable } from '../../reloadable';

// The board is the first screen; the other views load when they are chosen. One that cannot be
// loaded says so in the panel, under the tabs, and loads again when chosen again or retried.
const loadAlignmentView = reloadable(() => import('./AlignmentView'));
const loadCoachView = reloadable(() => import('./CoachView'));
const AlignmentView = lazyPart(() => loadAlignmentView().then((view) => view.default));
const CoachView = lazyPart(() => loadCoachView().then((view) => view.default));
// The tab list's arrow keys (tabster's mover) load once the tab is there.
const loadViewTabs = reloadable(() => import('../../ui/components/ViewTabs'));

const useStyles = makeStyles({
  // Four views are wider than a 320 px side panel: the last goes to a line of its own.
  // One row, as the real tab list keeps it (its tabs that do not fit go into a menu).
  tabs: { paddingInline: tokens.spacingHorizontalM, minWidth: 0, overflow: 'hidden' },
  column: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  // Inset as the board's own notices are.
  notLoaded: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
});

type View = 'board' | 'list' | 'alignment' | 'coach';

/**
 * A channel, group chat or meeting tab, or the personal app's "All OKRs": the teams' board, every
 * KR in one list, alignment across teams, the coach view.
 */
export function TeamTab({
  settings,
  onOpenProgramme,
  programmeFocused = false,
  titleFocused = false,
}: {
  readonly settings: TabSettings;
  readonly onOpenProgramme: (section?: string) => void;
  /** Back from the Programme area: its button takes the focus it had. */
  readonly programmeFocused?: boolean;
  /** Sent from the Programme area to this board (the imported OKRs): its title takes the focus. */
  readonly titleFocused?: boolean;
}) {
  const styles = useStyles();
  const say = useSay();
  const services = useAppServices();
  const { roles, host } = services;
  // A link to a view of the board may name another cycle than the tab's own, and the list.
  const linked = host.context.deepLinkTarget;
  const [view, setView] = useState<View>(
    linked?.type === 'boardView' && linked.filter.layout === 'list' ? 'list' : 'board',
  );
  // The coach view opens the board at an objective or KR (to see it, check in or edit).
  const [opening, setOpening] = useState<BoardOpening | undefined>();
  // The board's search, filters and order (the Key results list's too: they are the board's)
  // outlive a visit to another view, for the tab's life.
  const [filterMemory] = useState<BoardFilterMemory>(() => ({}));
  const openOnBoard = useCallback(
    (next: BoardOpening) => {
      // What is opened must be on the board: its search, filters and collapsed objectives could
      // hide it. The order stays.
      if (filterMemory.filter) filterMemory.filter = withoutSearchOrFilters(filterMemory.filter);
      filterMemory.collapsed = undefined;
      setOpening(next);
      setView('board');
    },
    [filterMemory],
  );
  const choice = useCycleChoice(
    (linked?.type === 'boardView' && linked.filter.cycleId) || settings.cycleId,
    settings.teamIds,
  );
  // Settings that name no team (the personal app's "All OKRs" tab) show every team; a team's
  // board may show the teams under it too, when asked (`SubTeams`).
  const ownTeamIds = settings.teamIds.length > 0 ? settings.teamIds : undefined;
  const [withSubTeams, showTeams] = useState(
    () => ownTeamIds && rememberedTeams(subTeamsKey(services, ownTeamIds)),
  );
  const teamIds = withSubTeams ?? ownTeamIds;
  const request = useMemo(
    () => ({ cycleId: choice.cycleId, ...(teamIds ? { teamIds } : {}) }),
    [choice.cycleId, teamIds],
  );
  const shownCycleId = choice.cycle?.id ?? choice.cycleId;
  const { module: viewTabs, mark } = useStandIns(loadViewTabs);
  // Small tabs in a narrow frame, as its header's buttons show only their icons: the medium
  // tabs' row took 44 px of a 320 px tab above the board.
  const narrow = useNarrowFrame();
  const tabs: StandInTab[] = [
    { value: 'board', label: say('Board') },
    { value: 'list', label: say('Key results') },
    { value: 'alignment', label: say('Alignment') },
    ...(roles.coach ? [{ value: 'coach', label: say('Coach view') }] : []),
  ].map((tab) => ({
    ...tab,
    button: { id: `tab-${tab.value}`, 'aria-controls': 'panel', ...mark(tab.value) },
  }));
  const tabList = {
    tabs,
    selectedValue: view,
    onSelect: (next: string) => {
      setOpening(undefined);
      setView(next as View);
    },
    className: styles.tabs,
    size: narrow ? ('small' as const) : ('medium' as const),
    'aria-label': say('Views'),
    moreLabel: (count: number) => say('{count} more {count|view|views}', { count }),
  };
  return (
    <>
      <AppHeader
        {...(teamIds
          ? { title: say('OKR board') }
          : {
              title: say('All OKRs'),
              subtitle: say('Every team’s objectives and key results'),
            })}
        beside={<BoardCycleBar choice={choice} />}
        titleFocused={titleFocused}
        actions={<ProgrammeButton onOpen={() => onOpenProgramme()} focused={programmeFocused} />}
      />
      {/* The page's main landmark holds the views' tabs and their panel (a tab panel is no main). */}
      <main className={styles.column}>
        {viewTabs ? <viewTabs.ViewTabs {...tabList} /> : <TabListStandIn {...tabList} />}
        <div className={styles.column} id="panel" role="tabpanel" aria-labelledby={`tab-${view}`}>
          {/* One screen for both: the list and the board share what is read, searched and sorted. */}
          {view === 'board' || view === 'list' ? (
            <BoardFilterMemoryProvider value={filterMemory}>
              <BoardScreen
                request={request}
                editable
                layout={view}
                onSelectCycle={choice.select}
                {...(ownTeamIds
                  ? { subTeams: { own: ownTeamIds, shown: withSubTeams, show: showTeams } }
                  : {})}
                noCycle={<NoCycleYetOnDemand onOpenProgramme={onOpenProgramme} />}
                {...(opening ? { open: opening } : {})}
              />
            </BoardFilterMemoryProvider>
          ) : null}
          <OnDemand
            parts={[AlignmentView, CoachView]}
            resetKeys={[view]}
            fallback={(error, retry) => (
              <div className={styles.notLoaded}>{sayNotLoaded(error, retry)}</div>
            )}
            loading={<LoadingState label={say('Loading the view')} />}
          >
            {/* The cycle the header shows: "current" resolved for this tab's teams, not every team's. */}
            {view === 'alignment' ? <AlignmentView cycleId={shownCycleId} /> : null}
            {view === 'coach' ? (
              <CoachView
                cycleId={shownCycleId}
                {...(teamIds ? { teamIds } : {})}
                onOpen={openOnBoard}
              />
            ) : null}
          </OnDemand>
        </div>
      </main>
    </>
  );
}
