import { lazy, Suspense, useState } from 'react';
import type { Host, TabSettings } from '../../host/types';
import { useSay } from '../../ui/board/say';
import { LoadingState } from '../../ui/components/States/LoadingState';
import { loadMyOkrs, loadTeamTab, showsMyOkrs } from './screens';
import { reloadable } from '../../reloadable';
import { lazyScreen } from '../../ui/app/lazyScreen';

// The Programme area and the Import page load when they are first opened, not with the board.
const ImportRoute = lazy(reloadable(() => import('./ImportRoute')));
const ProgrammePage = lazy(reloadable(() => import('./ProgrammePage')));

const TeamTab = lazyScreen(loadTeamTab, ({ TeamTab }) => TeamTab);
const MyOkrs = lazyScreen(loadMyOkrs, ({ MyOkrs }) => MyOkrs);

/**
 * One page serves every tab. A configured channel, group chat or meeting tab carries its team
 * scope and cycle (`tabSettings`) and shows that board, as does the personal app's "All OKRs"
 * tab (no team named: every team); the personal app's "My OKRs" tab, or an unconfigured page,
 * shows "My OKRs" across teams for the current cycle. Every board's header opens the
 * Programme area; `?page=programme` opens it directly and `?page=import` the Import page. After
 * an import in the Programme, "See the imported OKRs" shows every team's board on the imported
 * cycle, in the personal tab and a channel tab alike.
 */
export function TabApp({ host }: { readonly host: Host }) {
  const settings = host.context.tabSettings;
  const page = new URLSearchParams(window.location.search).get('page');
  // The Programme area's open section, or false while a board shows.
  const [programme, setProgramme] = useState<string | boolean>(page === 'programme');
  // The button that swaps the board for the Programme area, or back, goes with its page: the
  // page shown takes the focus (left on the body, the next Tab started again from the top): the
  // Programme's sections, the board's Programme button on the way back, or the title of the
  // board the Programme sent the user to ("See the imported OKRs"), from where Tab goes on to
  // the header's controls.
  const [focused, setFocused] = useState<'page' | 'title'>();
  const swap = (toProgramme: string | boolean, focus: 'page' | 'title' = 'page') => {
    setFocused(focus);
    setProgramme(toProgramme);
  };
  // Every team's board on a cycle the Programme sent the user to (the imported OKRs'), in place
  // of the tab's own until they go back to the OKRs from the Programme.
  const [board, setBoard] = useState<TabSettings>();
  const say = useSay();
  if (page === 'import') {
    return (
      <Suspense fallback={<LoadingState label={say('Loading the Import page')} />}>
        <ImportRoute />
      </Suspense>
    );
  }
  if (programme) {
    return (
      <Suspense fallback={<LoadingState label={say('Loading the programme')} />}>
        <ProgrammePage
          focusSections={focused !== undefined}
          onBack={() => {
            setBoard(undefined);
            swap(false);
          }}
          onOpenBoard={(cycleId) => {
            setBoard({ cycleId, teamIds: [] });
            swap(false, 'title');
          }}
          {...(typeof programme === 'string' ? { initialSection: programme } : {})}
        />
      </Suspense>
    );
  }
  const openProgramme = (section?: string) => swap(section ?? true);
  const shown = board ?? (showsMyOkrs(host) ? undefined : settings);
  return (
    <Suspense fallback={<LoadingState label={say('Loading the OKR board')} />}>
      {shown ? (
        <TeamTab
          settings={shown}
          onOpenProgramme={openProgramme}
          programmeFocused={focused === 'page'}
          titleFocused={focused === 'title'}
        />
      ) : (
        <MyOkrs onOpenProgramme={openProgramme} programmeFocused={focused === 'page'} />
      )}
    </Suspense>
  );
}
