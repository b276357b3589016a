import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** What the shared stack (`shared-stack-process.ts`) serves, for every browser test file. */
export interface SharedStackInfo {
  /** The static server over the production build, e.g. `http://127.0.0.1:41234`. */
  readonly appOrigin: string;
  /** The folder of the production build it serves (its source maps are beside it). */
  readonly outDir: string;
  /** The Graph gateway the build talks to; test files register their emulators with it. */
  readonly gatewayOrigin: string;
  /** The local Fluid service the build's Live Share uses. */
  readonly fluidUrl: string;
  readonly buildMs: number;
}

const environmentName = 'OKR_SHARED_STACK';
const stackScript = resolve(__dirname, 'shared-stack-process.ts');
const tsx = resolve(__dirname, '../../../node_modules/tsx/dist/esm/index.mjs');

/** The shared stack of this jest run (started by globalSetup, passed down in the environment). */
export function sharedStack(): SharedStackInfo {
  const info = process.env[environmentName];
  if (!info) {
    throw new Error(
      `${environmentName} is not set: run browser tests through jest, whose browser project's globalSetup (tests/browser/support/global-setup.ts) starts the shared stack.`,
    );
  }
  return JSON.parse(info) as SharedStackInfo;
}

/** Starts the shared stack in a child process; resolves once its build is served. */
export function startSharedStack(
  timeoutMs: number,
): Promise<{ info: SharedStackInfo; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', tsx, stackScript], {
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolveStack, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The shared local stack was not ready within ${timeoutMs} ms.`));
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(
          `The shared local stack stopped while starting (code ${code}, signal ${signal}).`,
        ),
      );
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const info = JSON.parse(line) as SharedStackInfo;
        clearTimeout(timer);
        process.env[environmentName] = line;
        resolveStack({ info, child });
      } catch {
        process.stdout.write(`[shared stack] ${line}\n`);
      }
    });
  });
}

/** Stops the shared stack's process: stdin closed, then SIGKILL if it lingers. */
export async function stopSharedStack(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.stdin?.end();
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}
