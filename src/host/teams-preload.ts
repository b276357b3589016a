/**
 * Whether the page may be inside Teams, known at once from its window: framed (Teams desktop and
 * web run a tab in an iframe), or given Teams mobile's bridge. Small on purpose: a page's entry
 * reads it to fetch teams-js before the rest of its start-up has arrived.
 */
export function mayBeInTeams(): boolean {
  return isFramed() || hasTeamsMobileBridge();
}

/** The Teams host (teams-js): what `createHost` loads first when the page may be inside Teams. */
export const loadTeamsHost = () => import('./teams-host');

/** Starts fetching teams-js where the page may be inside Teams; a plain page never loads it. */
export function preloadTeamsHost(): void {
  if (mayBeInTeams()) loadTeamsHost().catch(() => undefined);
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
