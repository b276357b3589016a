import { resolve } from 'node:path';
import { buildAppWithDevPages } from './app-build';
import { startFluidService, type FluidService } from './fluid';
import { demoOkrSite, startGraphEmulator, type GraphEmulator } from './graph-emulator';
import { graphDataDir, localStack } from './ports';
import { prepareDemoSite, type SeedReport } from './seed';
import { consoleReminderLog, startReminderClock } from './reminders-clock';
import { appOriginAliases, localStackEnv } from './stack-env';
import { startStaticSite } from './static-site';
import { localTeamsApp } from './teams-app';

export interface LocalStackOptions {
  readonly host?: string;
  readonly appPort?: number;
  readonly graphPort?: number;
  readonly fluidPort?: number;
  readonly dataDir?: string;
  /** Provision the lists and seed the demo organisation (idempotent). Default: true. */
  readonly seed?: boolean;
  /**
   * How the pages are served: `build` (default) builds them once for production and serves the
   * files, as fast as they will be in Teams; `dev` runs Vite's development server, which
   * compiles a page on its first request and reloads it when its source changes.
   */
  readonly pages?: 'build' | 'dev';
  /** Told what is happening while the stack starts (the build takes a while). */
  readonly onProgress?: (step: string) => void;
}

export interface LocalStack {
  readonly emulator: GraphEmulator;
  readonly fluid: FluidService;
  readonly pages: 'build' | 'dev';
  readonly appOrigin: string;
  readonly hubUrl: string;
  /** The data directory, resolved. */
  readonly dataDir: string;
  readonly seed?: SeedReport;
  close(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Brings up the local Microsoft 365 stack in this process: the Graph emulator with its data
 * on disk and the demo organisation seeded, the local Fluid service for Live Share, and the
 * app's pages (every surface, the simulators and the dev hub) configured to use them. A service
 * that fails to start stops the ones already running.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const host = options.host ?? localStack.host;
  const appPort = options.appPort ?? localStack.appPort;
  const dataDir = resolve(repoRoot, options.dataDir ?? localStack.dataDir);
  const pages = options.pages ?? 'build';
  const progress = options.onProgress ?? (() => undefined);
  const appOrigin = `http://${host}:${appPort}`;
  const running: { close(): Promise<void> }[] = [];
  const closeAll = async () => {
    for (const service of running.splice(0).reverse()) await service.close();
  };
  try {
    progress('Starting the Graph emulator and the Fluid service');
    const emulator = await startGraphEmulator({
      port: options.graphPort ?? localStack.graphPort,
      dataDir: graphDataDir(dataDir),
      teamsApp: localTeamsApp(repoRoot),
      allowedOrigins: appOriginAliases(appOrigin),
    });
    running.push(emulator);
    const fluid = await startFluidService({
      host,
      port: options.fluidPort ?? localStack.fluidPort,
    });
    running.push(fluid);
    progress('Seeding the demo organisation');
    const seed =
      options.seed === false
        ? undefined
        : await prepareDemoSite({ graphBaseUrl: emulator.graphBaseUrl });
    // The reminders job, on a faster clock than the Function App's 15 minutes.
    running.push(
      startReminderClock(
        { graphBaseUrl: emulator.graphBaseUrl, site: demoOkrSite.id, everyMs: 30_000 },
        consoleReminderLog,
      ),
    );
    const env = localStackEnv({
      graphBaseUrl: emulator.graphBaseUrl,
      appOrigin,
      fluidUrl: fluid.url,
    });
    if (pages === 'build') {
      const site = await startStaticSite({ host, port: appPort });
      running.push(site);
      progress('Building the app for production (once per start; about half a minute)');
      const outDir = resolve(dataDir, 'app');
      await buildAppWithDevPages(outDir, env);
      site.serve(outDir);
    } else {
      // Vite is loaded only for the development server.
      const { createServer } = await import('vite');
      Object.assign(process.env, env);
      const app = await createServer({
        configFile: resolve(repoRoot, 'vite.config.ts'),
        clearScreen: false,
        server: { host, port: appPort, strictPort: true },
      });
      running.push(app);
      await app.listen();
    }
    return {
      emulator,
      fluid,
      pages,
      appOrigin,
      hubUrl: `${appOrigin}/dev/hub/index.html`,
      dataDir,
      ...(seed ? { seed } : {}),
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
