import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export interface AppServer {
  /** The site root, e.g. `http://127.0.0.1:41234/`; pages are `teams/tab.html` etc. under it. */
  readonly url: string;
  close(): Promise<void>;
}

export interface AppServerOptions {
  /** Extra environment for the server, e.g. `VITE_*` configuration values. */
  readonly env?: Readonly<Record<string, string>>;
  /** How long to wait for the server to listen. */
  readonly startTimeoutMs?: number;
}

const serverScript = resolve(__dirname, 'app-server-process.ts');
const tsx = resolve(__dirname, '../../../node_modules/tsx/dist/esm/index.mjs');

/**
 * Starts the app's Vite dev server (the repo's `vite.config.ts`) on 127.0.0.1 and an ephemeral
 * port, in a child process. Always `close()` it, e.g. in `afterAll`.
 */
export function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  const child = spawn(process.execPath, ['--import', tsx, serverScript], {
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...options.env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const close = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin?.end();
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    }
  };

  return new Promise<AppServer>((resolveServer, reject) => {
    const timeoutMs = options.startTimeoutMs ?? 60_000;
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`The app server did not start within ${timeoutMs} ms.`));
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`The app server stopped before it was ready (code ${code}, signal ${signal}).`),
      );
    });
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const { url } = JSON.parse(line) as { url: string };
        clearTimeout(timer);
        resolveServer({ url, close });
      } catch {
        process.stdout.write(`[app server] ${line}\n`);
      }
    });
  });
}
