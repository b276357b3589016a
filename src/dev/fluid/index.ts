import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export interface FluidServiceOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Loopback only; `127.0.0.1` by default. */
  readonly host?: string;
  /**
   * How long to wait for the service to say it listens, against a start that hangs; 5 minutes by
   * default. Its start (tsx compiling tinylicious's entry) took over 30 s on a busy CI machine.
   */
  readonly startTimeoutMs?: number;
}

export interface FluidService {
  /** e.g. `http://127.0.0.1:7070`: the `VITE_FLUID_URL` of the local stack. */
  readonly url: string;
  close(): Promise<void>;
}

const serviceScript = resolve(import.meta.dirname, 'fluid-service-process.ts');
const tsx = resolve(import.meta.dirname, '../../../node_modules/tsx/dist/esm/index.mjs');

/**
 * The local Fluid service for Live Share: tinylicious (the Fluid reference service, from
 * node_modules) in a child process, bound to loopback, documents in memory and its git storage
 * in a scratch directory that `close()` removes. Fluid 1.4 clients (`@fluidframework/azure-client`
 * 1.2 in `local` mode, as Live Share 1.2 uses it) talk to it at `url`.
 */
export async function startFluidService(options: FluidServiceOptions = {}): Promise<FluidService> {
  const host = options.host ?? '127.0.0.1';
  if (!/^(127(?:\.\d{1,3}){3}|localhost|::1)$/.test(host)) {
    throw new Error(`The local Fluid service binds to loopback only, not "${host}".`);
  }
  const storageDir = await mkdtemp(join(tmpdir(), 'okr-fluid-'));
  const child = spawn(
    process.execPath,
    ['--import', tsx, serviceScript, host, String(options.port ?? 0), storageDir],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.stdin?.end();
        const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
      }
      await rm(storageDir, { recursive: true, force: true });
    })());

  return new Promise<FluidService>((resolveService, reject) => {
    const timeoutMs = options.startTimeoutMs ?? 300_000;
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`The local Fluid service did not start within ${timeoutMs} ms.`));
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      void close();
      reject(
        new Error(
          `The local Fluid service stopped before it was ready (code ${code}, signal ${signal}).`,
        ),
      );
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const { url } = JSON.parse(line) as { url: string };
        clearTimeout(timer);
        resolveService({ url, close });
      } catch {
        // Its diagnostics go to stderr: stdout may be a report (`npm run -s bench -- --json`).
        process.stderr.write(`[fluid] ${line}\n`);
      }
    });
  });
}
