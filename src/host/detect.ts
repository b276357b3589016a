import type { HostConfig } from './config';
import { loadBrowserHost, loadTeamsHost, mayBeInTeams } from './teams-preload';
import type { Host } from './types';
import { reloadable } from '../reloadable';

// Loaded on demand: `env.ts` reads `import.meta.env`, which only Vite provides, so modules that
// merely import the host layer (jest's CommonJS tests among them) never evaluate it.
const loadEnv = reloadable(() => import('./env'));
const loadOfficeHost = reloadable(() => import('./office-host'));

/**
 * Finds out where the page runs, quickly:
 * - the `Office` global (office.js, loaded by the Excel pages) reports an Office application → Excel;
 * - not framed (and no Teams mobile bridge) → plain browser at once: teams-js is not even loaded,
 *   because a page with no parent can never be inside Teams;
 * - framed → teams-js `app.initialize()`; if no Teams host answers within
 *   `teamsInitializeTimeoutMs` (2.5 s by default, where teams-js itself would wait 60 s), the page
 *   runs as a plain browser page and says why in `host.detectionNote`.
 */
export async function createHost(config?: HostConfig): Promise<Host> {
  const host = await detectHost(config ?? (await loadEnv()).hostConfigFromEnvironment());
  if (host.detectionNote) console.warn(host.detectionNote);
  // A hint for developers and browser tests; nothing in the app reads it.
  document.documentElement.dataset.host = host.context.kind;
  document.documentElement.dataset.hostSurface = host.context.surface;
  return host;
}

async function detectHost(config: HostConfig): Promise<Host> {
  if (typeof Office !== 'undefined') {
    const office = await loadOfficeHost();
    const info = await office.officeHostInfo(config.teamsInitializeTimeoutMs);
    if (info?.host === Office.HostType.Excel) return office.createExcelHost(config);
    return createBrowserHost(
      config,
      info
        ? `Running in ${info.host}, not Excel: as a plain page.`
        : 'office.js found no Office application: running as a plain page.',
    );
  }
  if (!mayBeInTeams()) return createBrowserHost(config);

  const teams = await loadTeamsHost();
  const outcome = await withTimeout(teams.initializeTeams(config), config.teamsInitializeTimeoutMs);
  if (outcome === 'timeout') {
    return createBrowserHost(
      config,
      `Framed, but no Teams host answered within ${config.teamsInitializeTimeoutMs} ms: running as a plain page.`,
    );
  }
  if (outcome instanceof Error) {
    return createBrowserHost(
      config,
      `Teams did not initialise (${outcome.message}): running as a plain page.`,
    );
  }
  return teams.createTeamsHost(config);
}

async function createBrowserHost(config: HostConfig, detectionNote?: string): Promise<Host> {
  return (await loadBrowserHost()).createBrowserHost(config, detectionNote);
}

function withTimeout(work: Promise<void>, ms: number): Promise<'done' | 'timeout' | Error> {
  return Promise.race([
    work.then(
      () => 'done' as const,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    ),
    new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms)),
  ]);
}
