import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDevTokenProvider, localStackSecret } from '../../src/auth/dev-token-provider';
import { demoOkrSite, demoUsers, startGraphEmulator } from '../../src/dev/graph-emulator';
import { graphDataDir } from '../../src/dev/ports';
import { GraphOkrRepository } from '../../src/store/graph/graph-repository';

/**
 * The README's first command as a newcomer (or a service manager) runs it: `npm start` on the
 * ports and data directory of the OKR_* variables, a banner that says where everything is, the
 * hub and the simulator served there, a second `npm start` told that one runs, and SIGTERM to
 * the npm process closing every port with every acknowledged write kept.
 */
const projectRoot = resolve(__dirname, '../..');
// A production build and the demo seed: about a minute quiet, several on a loaded machine.
jest.setTimeout(420_000);

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort(true)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
}

let dataDir: string;
let npm: ChildProcess | undefined;
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

test('the README names every variable of the local stack with its default', () => {
  const ports = readFileSync(join(projectRoot, 'src/dev/ports.ts'), 'utf8');
  const variables = [...ports.matchAll(/process\.env\.(OKR_\w+) \?\? (\S+?)[,)]/g)];
  expect(variables.map(([, name]) => name)).toEqual(
    expect.arrayContaining(['OKR_APP_PORT', 'OKR_GRAPH_PORT', 'OKR_FLUID_PORT', 'OKR_DATA_DIR']),
  );
  for (const [, name, fallback] of variables) {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\``));
    expect(row).toContain(`\`${fallback!.replace(/'/g, '')}\``);
  }
});

afterAll(async () => {
  if (npm && npm.exitCode === null) {
    npm.kill('SIGKILL');
    await exited(npm);
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test('npm start follows OKR_*, refuses a second start, and stops everything on SIGTERM to npm', async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'okr-npm-start-'));
  const [appPort, graphPort, fluidPort] = [await freePort(), await freePort(), await freePort()];
  const env = {
    ...process.env,
    OKR_APP_PORT: String(appPort),
    OKR_GRAPH_PORT: String(graphPort),
    OKR_FLUID_PORT: String(fluidPort),
    OKR_DATA_DIR: dataDir,
    // The run's secret: tokens this test signs are the stack's own.
    OKR_STACK_SECRET: localStackSecret(),
  };
  const started = spawn('npm', ['start'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  npm = started;
  let output = '';
  started.stderr!.on('data', (chunk) => (output += String(chunk)));
  const banner = await new Promise<string>((resolveBanner, reject) => {
    started.stdout!.on('data', (chunk) => {
      output += String(chunk);
      if (/Press Ctrl\+C to stop/.test(output)) resolveBanner(output);
    });
    started.once('exit', (code) => reject(new Error(`npm start ended (${code}):\n${output}`)));
  });

  // The banner tells the truth about ports and data.
  const hub = `http://127.0.0.1:${appPort}/dev/hub/index.html`;
  expect(banner).toContain(hub);
  expect(banner).toContain(`http://127.0.0.1:${graphPort}/v1.0`);
  expect(banner).toContain(`http://127.0.0.1:${fluidPort}`);
  expect(banner).toContain(dataDir);
  expect(banner).not.toContain('.local/data');

  // The hub and the simulator, with the README's example of its URL options, are served there.
  expect((await fetch(hub)).status).toBe(200);
  const example = /http:\/\/127\.0\.0\.1:5300(\/dev\/teams-simulator\/index\.html\?[^`\s]+)/.exec(
    readme,
  )?.[1];
  expect(example).toContain('theme=dark');
  expect((await fetch(`http://127.0.0.1:${appPort}${example}`)).status).toBe(200);

  // A write the emulator acknowledges, as the README's curl example would make it.
  const connection = {
    graphBaseUrl: `http://127.0.0.1:${graphPort}/v1.0`,
    tokens: createDevTokenProvider({
      graphBaseUrl: `http://127.0.0.1:${graphPort}/v1.0`,
      userId: demoUsers.adeleVance.id,
    }),
    site: demoOkrSite.id,
  };
  const team = await new GraphOkrRepository(connection).createTeam({
    name: 'Written just before SIGTERM',
  });

  // A second start with the same data says one is running, instead of failing on a port.
  const second = spawnSync('npm', ['start'], { cwd: projectRoot, env, encoding: 'utf8' });
  expect(second.status).not.toBe(0);
  expect(second.stderr).toContain('already running');
  expect(second.stderr).toContain(hub);

  // SIGTERM to the npm process (as a service manager sends it) stops every service.
  started.kill('SIGTERM');
  expect(await exited(started)).toBe(0);
  for (const port of [appPort, graphPort, fluidPort]) expect(await portIsFree(port)).toBe(true);

  const emulator = await startGraphEmulator({ dataDir: graphDataDir(dataDir) });
  try {
    const reopened = new GraphOkrRepository({
      ...connection,
      graphBaseUrl: emulator.graphBaseUrl,
      tokens: createDevTokenProvider({
        graphBaseUrl: emulator.graphBaseUrl,
        userId: demoUsers.adeleVance.id,
      }),
    });
    expect((await reopened.listTeams()).map((t) => t.id)).toContain(team.id);
  } finally {
    await emulator.close();
  }
});
