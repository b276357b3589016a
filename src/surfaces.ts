/**
 * Every page the product ships, one per surface. The build, the dev hub, the tab deep links and
 * the benchmarks read this list; the app manifests and the Teams simulator name the same pages
 * by path, and the deploy tests check each of them against it.
 */
export interface Surface {
  readonly id: SurfaceId;
  readonly title: string;
  readonly host: 'teams' | 'excel';
  /** Path of the HTML page relative to `src/` (and to the site root once built). */
  readonly page: string;
}

export type SurfaceId = 'tab' | 'config' | 'sidepanel' | 'stage' | 'taskpane' | 'functions';

export const surfaces: readonly Surface[] = [
  { id: 'tab', title: 'OKR board', host: 'teams', page: 'teams/tab.html' },
  { id: 'config', title: 'Tab configuration', host: 'teams', page: 'teams/config.html' },
  { id: 'sidepanel', title: 'Meeting side panel', host: 'teams', page: 'teams/sidepanel.html' },
  { id: 'stage', title: 'Meeting stage', host: 'teams', page: 'teams/stage.html' },
  { id: 'taskpane', title: 'Excel task pane', host: 'excel', page: 'excel/taskpane.html' },
  { id: 'functions', title: 'Excel custom functions', host: 'excel', page: 'excel/functions.html' },
];
