import { reloadable } from '../reloadable';

/**
 * Whether the page may be inside Teams, known at once from its window: framed (Teams desktop and
 * web run a tab in an iframe), or given Teams mobile's bridge. Small on purpose: a page's entry
 * reads it to fetch teams-js before the rest of its start-up has arrived.
 */
export function mayBeInTeams(): boolean {
  return isFramed() || hasTeamsMobileBridge();
}

/** The Teams host (teams-js): what `createHost` loads first when the page may be inside Teams. */
export const loadTeamsHost = reloadable(() => import('./teams-host'));

/** The plain browser's host: for a page that is surely not in Teams (or that Teams never answered). */
export const loadBrowserHost = reloadable(() => import('./browser-host'));

/**
 * Starts fetching the host the page will most likely have: teams-js where the page may be
 * inside Teams (a plain page never loads it), the browser's host elsewhere (a page in Teams
 * loads it only if Teams never answers).
 */
export function preloadHost(): void {
  (mayBeInTeams() ? loadTeamsHost() : loadBrowserHost()).catch(() => undefined);
}

function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent hides `top`: certainly framed
  }
}

/** Teams mobile hosts the page frameless and talks through `window.nativeInterface`. */
function hasTeamsMobileBridge(): boolean {
  return 'nativeInterface' in window;
}
