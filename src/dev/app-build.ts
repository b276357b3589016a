import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** The local stack's own pages: the dev hub and the Teams and Excel simulators. */
export const devPages = {
  hub: 'dev/hub/index.html',
  'teams-simulator': 'dev/teams-simulator/index.html',
  'teams-probe': 'dev/teams-simulator/probe.html',
  'teams-sdk': 'dev/teams-simulator/sdk.html',
  'excel-simulator': 'dev/excel-simulator/index.html',
} as const;

const repoRoot = resolve(import.meta.dirname, '../..');
const srcRoot = resolve(repoRoot, 'src');

/**
 * A production build of every surface (the repo's `vite.config.ts`, exactly what ships) into
 * `outDir`, then the local stack's pages into `outDir/dev` by a second build of their own, so no
 * line of `src/dev` ever lands in a product chunk. `env` holds the `VITE_*` settings baked into
 * both (e.g. `localStackEnv(…)`); they are set only while Vite reads them.
 *
 * NODE_ENV is `production` while it builds, whatever the process runs under: Vite bakes the
 * shell's NODE_ENV into `process.env.NODE_ENV` (https://vite.dev/guide/env-and-mode#node-env-and-modes),
 * and under jest's `test` the browser tests' build was not what ships: React's development
 * build, and Fluent's positioning (`createResizeObserver`) replacing the page's ResizeObserver
 * with one that does nothing once a dropdown had opened, so the board's cards stopped being
 * measured: a score's reason opened over the next card.
 */
export async function buildAppWithDevPages(
  outDir: string,
  buildEnv: Readonly<Record<string, string>>,
): Promise<void> {
  const env = { ...buildEnv, NODE_ENV: 'production' };
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    await build({
      configFile: resolve(repoRoot, 'vite.config.ts'),
      logLevel: 'error',
      // Source maps as they ship: written beside outDir, none in it (source-maps-plugin.ts).
      build: { outDir, emptyOutDir: true },
    });
    await build({
      configFile: false,
      root: srcRoot,
      base: './',
      logLevel: 'error',
      plugins: [react()],
      publicDir: false,
      build: {
        outDir,
        emptyOutDir: false,
        assetsDir: 'dev/assets',
        sourcemap: false,
        rollupOptions: {
          input: Object.fromEntries(
            Object.entries(devPages).map(([name, page]) => [name, resolve(srcRoot, page)]),
          ),
        },
      },
    });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
