/**
 * `npm start` (the production build) and `npm run dev` (Vite's development server): the local
 * stack on the ports and data directory of `OKR_APP_PORT`, `OKR_GRAPH_PORT`, `OKR_FLUID_PORT`
 * and `OKR_DATA_DIR` (see ports.ts). SIGINT and SIGTERM stop every service it started; the
 * package scripts `exec` this process, so a signal sent to the npm process reaches it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { localStack } from './ports';
import type { SeedReport } from './seed';
import { startLocalStack } from './stack';
import { stackSecretHeader } from './stack-env';

interface RunningStack {
  readonly pid: number;
  readonly hubUrl: string;
}

const repoRoot = resolve(import.meta.dirname, '../..');
const dataDir = resolve(repoRoot, localStack.dataDir);
const runningFile = join(dataDir, 'running.json');
const pages = process.argv.includes('--dev') ? 'dev' : 'build';

function describeSeed(seed: SeedReport | undefined): string {
  if (!seed) return 'not seeded';
  const added = Object.entries(seed.created)
    .filter(([, count]) => count > 0)
    .map(([what, count]) => `${count} ${what}`);
  return added.length ? `seeded: ${added.join(', ')}` : 'already seeded, unchanged';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function runningStack(): RunningStack | undefined {
  try {
    const running = JSON.parse(readFileSync(runningFile, 'utf8')) as RunningStack;
    return isAlive(running.pid) ? running : undefined;
  } catch {
    return undefined;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(false));
    probe.listen(port, localStack.host, () => probe.close(() => resolvePort(true)));
  });
}

/** Refuses to start, saying why, when this data or these ports are already in use. */
async function checkNothingRuns(): Promise<void> {
  const running = runningStack();
  if (running) {
    console.error(
      `OKR Coach's local stack is already running (process ${running.pid}) with this data directory${running.hubUrl === 'starting' ? ' (still starting)' : `: open ${running.hubUrl}`}.\n` +
        `Stop it first (Ctrl+C in its terminal, or kill ${running.pid}), or start another one with its own OKR_DATA_DIR and ports.`,
    );
    process.exit(1);
  }
  const ports = [
    ['OKR_APP_PORT', localStack.appPort],
    ['OKR_GRAPH_PORT', localStack.graphPort],
    ['OKR_FLUID_PORT', localStack.fluidPort],
  ] as const;
  const busy: string[] = [];
  for (const [name, port] of ports) if (!(await portIsFree(port))) busy.push(`${port} (${name})`);
  if (busy.length > 0) {
    console.error(
      `Another program listens on ${busy.join(', ')} of ${localStack.host}. Stop it, or choose free ports, e.g. OKR_APP_PORT=6300 OKR_GRAPH_PORT=6301 OKR_FLUID_PORT=6302 npm start`,
    );
    process.exit(1);
  }
}

await checkNothingRuns();
mkdirSync(dataDir, { recursive: true });
writeFileSync(runningFile, JSON.stringify({ pid: process.pid, hubUrl: 'starting' }));
const stack = await startLocalStack({
  pages,
  onProgress: (step) => console.log(`${step}…`),
}).catch((error: unknown) => {
  rmSync(runningFile, { force: true });
  throw error;
});
writeFileSync(runningFile, JSON.stringify({ pid: process.pid, hubUrl: stack.hubUrl }));
const shownDataDir = relative(process.cwd(), stack.dataDir) || '.';

console.log(`
OKR Coach — local stack is up (${pages === 'build' ? 'production build' : 'development server: pages compile on first open'})

  Dev hub          ${stack.hubUrl}
  Graph emulator   ${stack.emulator.graphBaseUrl}
  Control API      ${stack.emulator.url}/_emulator/stats with the header ${stackSecretHeader}: ${stack.emulator.secret}
                   (this run's secret; it also signs the emulator's tokens. Set OKR_STACK_SECRET to choose it.)
  Fluid service    ${stack.fluid.url}   (Live Share in meetings)
  App pages        ${stack.appOrigin}/teams/tab.html …
  Demo data        ${describeSeed(stack.seed)}
  Data directory   ${shownDataDir.startsWith('..') ? stack.dataDir : shownDataDir}

Press Ctrl+C to stop; the emulator's data is kept in the data directory.
`);

let stopping = false;
async function stop(reason: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${reason}: stopping the local stack…`);
  await stack.close();
  rmSync(runningFile, { force: true });
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGHUP', () => void stop('SIGHUP'));
// Whoever started us went away without a signal reaching us (e.g. `kill -9` of npm): stop too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop('the parent process ended');
}, 1000).unref();
