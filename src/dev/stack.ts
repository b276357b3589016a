import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { startGraphEmulator, type GraphEmulator } from './graph-emulator';
import { localStack } from './ports';
import { prepareDemoSite, type SeedReport } from './seed';
import { localStackEnv } from './stack-env';

export interface LocalStackOptions {
  readonly host?: string;
  readonly appPort?: number;
  readonly graphPort?: number;
  readonly dataDir?: string;
  /** Provision the lists and seed the demo organisation (idempotent). Default: true. */
  readonly seed?: boolean;
}

export interface LocalStack {
  readonly emulator: GraphEmulator;
  readonly app: ViteDevServer;
  readonly appOrigin: string;
  readonly hubUrl: string;
  readonly seed?: SeedReport;
  close(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Brings up the local Microsoft 365 stack in this process: the Graph emulator with its data
 * on disk and the demo organisation seeded, and the app's pages (every surface, the simulators and the dev hub) from Vite,
 * configured to use the emulator.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const host = options.host ?? localStack.host;
  const appPort = options.appPort ?? localStack.appPort;
  const dataDir = resolve(repoRoot, options.dataDir ?? localStack.dataDir);
  const emulator = await startGraphEmulator({
    port: options.graphPort ?? localStack.graphPort,
    dataDir: join(dataDir, 'graph'),
  });
  const appOrigin = `http://${host}:${appPort}`;
  try {
    const seed =
      options.seed === false
        ? undefined
        : await prepareDemoSite({ graphBaseUrl: emulator.graphBaseUrl });
    Object.assign(process.env, localStackEnv({ graphBaseUrl: emulator.graphBaseUrl, appOrigin }));
    const app = await createServer({
      configFile: resolve(repoRoot, 'vite.config.ts'),
      clearScreen: false,
      server: { host, port: appPort, strictPort: true },
    });
    await app.listen();
    return {
      emulator,
      app,
      appOrigin,
      hubUrl: `${appOrigin}/dev/hub/index.html`,
      ...(seed ? { seed } : {}),
      async close() {
        await app.close();
        await emulator.close();
      },
    };
  } catch (error) {
    await emulator.close();
    throw error;
  }
}
