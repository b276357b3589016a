import { lazy, Suspense, useState } from 'react';
import type { Host } from '../../host/types';
import type { BoardQuery } from '../../store/repository';
import { LoadingState } from '../../ui/components/States/LoadingState';
import { loadMyOkrs, loadTeamTab } from './screens';
import { reloadable } from '../../reloadable';

// The Programme area and the Import page load when they are first opened, not with the board.
const ImportRoute = lazy(reloadable(() => import('./ImportRoute')));
const ProgrammePage = lazy(reloadable(() => import('./ProgrammePage')));

const TeamTab = lazy(() => loadTeamTab().then(({ TeamTab }) => ({ default: TeamTab })));
const MyOkrs = lazy(() => loadMyOkrs().then(({ MyOkrs }) => ({ default: MyOkrs })));

// A tab without settings shows My OKRs: the personal app's "My OKRs" tab, or an unconfigured page.
// Its "All OKRs" tab carries settings (every team, the current cycle) and shows their board.
const showsMyOkrs = (host: Host) => !host.context.tabSettings;

/** Starts fetching the tab's first screen, so it arrives while the services load. */
export function preloadTabScreen(host: Host): void {
  void (showsMyOkrs(host) ? loadMyOkrs() : loadTeamTab());
}

/**
 * The board a configured tab shows first, read with the OKR site: the tab's own (its settings'
 * cycle and teams, as its board asks for them), not when it opens another page, a linked view
 * or item (which may be on another board), or the cycle running today (known once the cycles
 * are read).
 */
export function firstBoard(host: Host): BoardQuery | undefined {
  const settings = host.context.tabSettings;
  if (showsMyOkrs(host) || !settings || settings.cycleId === 'current') return undefined;
  if (host.context.deepLinkTarget || new URLSearchParams(window.location.search).has('page'))
    return undefined;
  const { cycleId, teamIds } = settings;
  return { cycleId, ...(teamIds.length > 0 ? { teamIds } : {}) };
}

/**
 * One page serves every tab. A configured channel, group chat or meeting tab carries its team
 * scope and cycle (`tabSettings`) and shows that board, as does the personal app's "All OKRs"
 * tab (no team named: every team); the personal app's "My OKRs" tab, or an unconfigured page,
 * shows "My OKRs" across teams for the current cycle. Every board's header opens the
 * Programme area; `?page=programme` opens it directly and `?page=import` the Import page.
 */
export function TabApp({ host }: { readonly host: Host }) {
  const settings = host.context.tabSettings;
  const page = new URLSearchParams(window.location.search).get('page');
  const [programme, setProgramme] = useState(page === 'programme');
  if (page === 'import') {
    return (
      <Suspense fallback={<LoadingState label="Loading the Import page" />}>
        <ImportRoute />
      </Suspense>
    );
  }
  if (programme) {
    return (
      <Suspense fallback={<LoadingState label="Loading the programme" />}>
        <ProgrammePage onBack={() => setProgramme(false)} />
      </Suspense>
    );
  }
  const openProgramme = () => setProgramme(true);
  return (
    <Suspense fallback={<LoadingState label="Loading the OKR board" />}>
      {showsMyOkrs(host) || !settings ? (
        <MyOkrs onOpenProgramme={openProgramme} />
      ) : (
        <TeamTab settings={settings} onOpenProgramme={openProgramme} />
      )}
    </Suspense>
  );
}
