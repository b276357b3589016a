import { resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { startFluidService, type FluidService } from './fluid';
import { startGraphEmulator, type GraphEmulator } from './graph-emulator';
import { graphDataDir, localStack } from './ports';
import { prepareDemoSite, type SeedReport } from './seed';
import { localStackEnv } from './stack-env';

export interface LocalStackOptions {
  readonly host?: string;
  readonly appPort?: number;
  readonly graphPort?: number;
  readonly fluidPort?: number;
  readonly dataDir?: string;
  /** Provision the lists and seed the demo organisation (idempotent). Default: true. */
  readonly seed?: boolean;
}

export interface LocalStack {
  readonly emulator: GraphEmulator;
  readonly fluid: FluidService;
  readonly app: ViteDevServer;
  readonly appOrigin: string;
  readonly hubUrl: string;
  readonly seed?: SeedReport;
  close(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Brings up the local Microsoft 365 stack in this process: the Graph emulator with its data
 * on disk and the demo organisation seeded, the local Fluid service for Live Share, and the
 * app's pages (every surface, the simulators and the dev hub) from Vite, configured to use
 * them. A service that fails to start stops the ones already running.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const host = options.host ?? localStack.host;
  const appPort = options.appPort ?? localStack.appPort;
  const dataDir = resolve(repoRoot, options.dataDir ?? localStack.dataDir);
  const appOrigin = `http://${host}:${appPort}`;
  const running: { close(): Promise<void> }[] = [];
  const closeAll = async () => {
    for (const service of running.splice(0).reverse()) await service.close();
  };
  try {
    const emulator = await startGraphEmulator({
      port: options.graphPort ?? localStack.graphPort,
      dataDir: graphDataDir(dataDir),
    });
    running.push(emulator);
    const fluid = await startFluidService({
      host,
      port: options.fluidPort ?? localStack.fluidPort,
    });
    running.push(fluid);
    const seed =
      options.seed === false
        ? undefined
        : await prepareDemoSite({ graphBaseUrl: emulator.graphBaseUrl });
    Object.assign(
      process.env,
      localStackEnv({ graphBaseUrl: emulator.graphBaseUrl, appOrigin, fluidUrl: fluid.url }),
    );
    const app = await createServer({
      configFile: resolve(repoRoot, 'vite.config.ts'),
      clearScreen: false,
      server: { host, port: appPort, strictPort: true },
    });
    running.push(app);
    await app.listen();
    return {
      emulator,
      fluid,
      app,
      appOrigin,
      hubUrl: `${appOrigin}/dev/hub/index.html`,
      ...(seed ? { seed } : {}),
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
