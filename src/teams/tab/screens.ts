import { tabSettingsFromQuery } from '../../host/tab-settings';
import type { Host } from '../../host/types';
import type { BoardQuery } from '../../store/repository';
import { reloadable } from '../../reloadable';
import { screenChunk } from '../../ui/app/screenChunk';

// Each kind of tab's first screen is a chunk of its own: a channel tab does not load the personal
// tab's cycle picker and reminder settings, nor the personal tab the channel tab's views.
export const loadTeamTab = screenChunk(reloadable(() => import('./TeamTab')));
export const loadMyOkrs = screenChunk(reloadable(() => import('./MyOkrs')));

/**
 * Starts fetching the first screen from the page's URL, before the host has answered: a
 * configured tab's content URL carries its settings (`tabSettingsToQuery`), the personal tab's
 * does not. A wrong guess costs a fetch; `preloadTabScreen` still asks for the right screen once
 * the host is known.
 */
export function preloadTabScreenFromUrl(search: string): void {
  if (new URLSearchParams(search).has('page')) return;
  void (tabSettingsFromQuery(search) ? loadTeamTab() : loadMyOkrs());
}

// A tab without settings shows My OKRs: the personal app's "My OKRs" tab, or an unconfigured page.
// Its "All OKRs" tab carries settings (every team, the current cycle) and shows their board.
export const showsMyOkrs = (host: Host) => !host.context.tabSettings;

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
