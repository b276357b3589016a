import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { localStackSecret } from '../../../src/auth/dev-token-provider';
import { databaseFiles } from '../../../src/dev/graph-emulator/database';
import { demoOkrSite, demoUsers, emulatorToken } from '../../../src/dev/graph-emulator/index';
import { seededRandom } from '../../../src/dev/graph-emulator/prng';

/**
 * Kills the emulator process (SIGKILL) in the middle of bursts of writes, many times over, with
 * frequent journal compactions, and checks after every restart that each acknowledged write is
 * there and the store reads back whole.
 *
 * Each kill comes after a seeded-random number of acknowledged writes, never after a time: on a
 * busy machine a timed burst may write nothing. The journal is compacted every 16 KB, and the
 * writes of the twenty rounds add up to many times that, so compactions happen during the bursts
 * (and kills land in the middle of some) however fast or slow the machine is.
 */
const rounds = 20;
const workers = 4;

const workDir = mkdtempSync(join(tmpdir(), 'graph-emulator-kill-'));
const dataDir = join(workDir, 'data');
const bundle = join(workDir, 'emulator.mjs');
const authorization = `Bearer ${emulatorToken(demoUsers.adeleVance.id)}`;
const headers = { Authorization: authorization, 'Content-Type': 'application/json' };
const random = seededRandom(20250131);

/** What the emulator acknowledged: created items (by ClientId) and the last acknowledged Progress. */
const acknowledged = new Map<string, number>();
/** Counts acknowledged writes as they come, so a round can wait for a number of them. */
const acknowledgements = new EventEmitter();
let acknowledgedWrites = 0;

function acknowledge(clientId: string, progress: number): void {
  acknowledged.set(clientId, progress);
  acknowledgedWrites += 1;
  acknowledgements.emit('write');
}

function untilAcknowledged(writes: number): Promise<void> {
  return new Promise((resolvePromise) => {
    const check = () => {
      if (acknowledgedWrites < writes) return;
      acknowledgements.off('write', check);
      resolvePromise();
    };
    acknowledgements.on('write', check);
    check();
  });
}

beforeAll(async () => {
  // Bundled once, so each of the many restarts is a plain `node` start rather than a TypeScript compile.
  const esbuild = createRequire(require.resolve('tsx/package.json'))('esbuild');
  await esbuild.build({
    entryPoints: [resolve(__dirname, '../../../src/dev/graph-emulator/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'silent',
  });
}, 120_000);

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

async function startChild(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(
    process.execPath,
    [bundle, '--port', '0', '--data-dir', dataDir, '--compact-after-bytes', '16384'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, OKR_STACK_SECRET: localStackSecret() },
    },
  );
  let errors = '';
  child.stderr?.on('data', (chunk) => (errors += String(chunk)));
  const base = await new Promise<string>((resolvePromise, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/v1\.0)/.exec(output);
      if (match) resolvePromise(match[1] as string);
    });
    child.once('exit', (code) =>
      reject(new Error(`emulator exited (${code}) before listening: ${errors}`)),
    );
  });
  return { child, base };
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolvePromise) => child.once('exit', (code) => resolvePromise(code)));
}

async function call(base: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: response.status === 204 ? undefined : await response.json(),
  };
}

const itemsPath = `/sites/${demoOkrSite.id}/lists/Check-ins/items`;

async function readAll(base: string): Promise<Map<string, { id: string; progress: number }>> {
  const items = new Map<string, { id: string; progress: number }>();
  let next: string | undefined =
    `${base}${itemsPath}?expand=fields(select=ClientId,Progress)&$top=500`;
  while (next) {
    const response: Response = await fetch(next, { headers });
    expect(response.status).toBe(200);
    const page: {
      value: Array<{ id: string; fields: { ClientId: string; Progress: number } }>;
      '@odata.nextLink'?: string;
    } = await response.json();
    for (const item of page.value) {
      expect(items.has(item.fields.ClientId)).toBe(false);
      items.set(item.fields.ClientId, { id: item.id, progress: item.fields.Progress });
    }
    next = page['@odata.nextLink'];
  }
  return items;
}

async function verify(base: string): Promise<Map<string, { id: string; progress: number }>> {
  const items = await readAll(base);
  for (const [clientId, progress] of acknowledged) {
    const stored = items.get(clientId);
    expect(stored).toBeDefined();
    // Later unacknowledged updates may have landed too; they only ever raise Progress.
    expect(stored?.progress).toBeGreaterThanOrEqual(progress);
  }
  return items;
}

/** One writer: creates items and raises Progress on ones it created, until the process dies. */
async function writer(base: string, round: number, worker: number) {
  const mine: Array<{ clientId: string; id: string }> = [];
  try {
    for (let n = 0; ; n += 1) {
      const target = mine[n % 3 === 2 ? n % mine.length : -1];
      if (target) {
        const progress = (acknowledged.get(target.clientId) ?? 0) + 1;
        const { status } = await call(base, 'PATCH', `${itemsPath}/${target.id}/fields`, {
          Progress: progress,
        });
        if (status === 200) acknowledge(target.clientId, progress);
      } else if (n % 5 === 4) {
        const ids = [0, 1, 2].map((k) => `r${round}-w${worker}-b${n}-${k}`);
        const { status, body } = await call(base, 'POST', '/$batch', {
          requests: ids.map((clientId, k) => ({
            id: String(k),
            method: 'POST',
            url: itemsPath,
            headers: { 'Content-Type': 'application/json' },
            body: { fields: { ClientId: clientId, Progress: 0 } },
          })),
        });
        if (status === 200) {
          for (const response of body.responses) {
            if (response.status === 201) acknowledge(ids[Number(response.id)] as string, 0);
          }
        }
      } else {
        const clientId = `r${round}-w${worker}-${n}`;
        const { status, body } = await call(base, 'POST', itemsPath, {
          fields: { ClientId: clientId, Progress: 0 },
        });
        if (status === 201) {
          acknowledge(clientId, 0);
          mine.push({ clientId, id: body.id });
        }
      }
    }
  } catch {
    // The connection died with the process: whatever was in flight is unacknowledged.
  }
}

it(`keeps every acknowledged write across ${rounds} kills during write bursts`, async () => {
  let totalAcknowledged = 0;
  for (let round = 0; round < rounds; round += 1) {
    const { child, base } = await startChild();
    if (round === 0) {
      const list = await call(base, 'POST', `/sites/${demoOkrSite.id}/lists`, {
        displayName: 'Check-ins',
        columns: [
          { name: 'ClientId', text: {}, indexed: true, enforceUniqueValues: true },
          { name: 'Progress', number: {} },
        ],
      });
      expect(list.status).toBe(201);
    } else {
      await verify(base);
    }
    const before = acknowledged.size;
    const burst = Array.from({ length: workers }, (_, worker) => writer(base, round, worker));
    await untilAcknowledged(acknowledgedWrites + 8 + Math.floor(random() * 40));
    child.kill('SIGKILL');
    await exited(child);
    await Promise.all(burst);
    totalAcknowledged += acknowledged.size - before;
    if (round % 5 === 4) {
      // A write torn by a crash leaves half a line; the next start must cut it off, not choke on it.
      appendFileSync(
        databaseFiles(dataDir).journal,
        '0123456789 {"s":999999,"m":{"t":"createItem","listId":',
      );
    }
  }
  // Only compaction during the bursts can have written a snapshot: killed processes never close.
  expect(existsSync(databaseFiles(dataDir).snapshot)).toBe(true);
  const { child, base } = await startChild();
  const items = await verify(base);
  expect(items.size).toBeGreaterThanOrEqual(acknowledged.size);
  expect(totalAcknowledged).toBeGreaterThan(rounds);
  child.kill('SIGTERM');
  expect(await exited(child)).toBe(0);
  // After a clean stop the journal is compacted into the snapshot; the data is all still there.
  const { child: again, base: againBase } = await startChild();
  expect((await readAll(againBase)).size).toBe(items.size);
  again.kill('SIGTERM');
  await exited(again);
}, 300_000);
