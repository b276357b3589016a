import { tabSettingsFromQuery } from '../../host/tab-settings';
import { reloadable } from '../../reloadable';

// Each kind of tab's first screen is a chunk of its own: a channel tab does not load the personal
// tab's cycle picker and reminder settings, nor the personal tab the channel tab's views.
export const loadTeamTab = reloadable(() => import('./TeamTab'));
export const loadMyOkrs = reloadable(() => import('./MyOkrs'));

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
