import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildJobs } from '../../scripts/build-jobs';

/** The reminders job as the Function App receives it (teamsapp.yml deploys `dist-jobs`). */
jest.setTimeout(120_000);

let out: string;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'okr-jobs-build-'));
  await buildJobs(out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('is host.json, a package.json naming the bundle, and the bundle: nothing else', () => {
  expect(readdirSync(out).sort()).toEqual(['host.json', 'package.json', 'reminders.mjs']);
  const manifest = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as { main: string };
  expect(manifest.main).toBe('reminders.mjs');
  const host = JSON.parse(readFileSync(join(out, 'host.json'), 'utf8')) as { version: string };
  expect(host.version).toBe('2.0');
});

test('registers the 15-minute timer and leaves out only what the Functions host provides', () => {
  const bundle = readFileSync(join(out, 'reminders.mjs'), 'utf8');
  expect(bundle).toContain('app.timer("checkInReminders", { schedule: "0 */15 * * * *"');
  const external = [...bundle.matchAll(/require\("(@[^"]+|[a-z][^"./]*)"\)/g)]
    .map((match) => match[1])
    .filter((name) => !name!.startsWith('node:') && !builtin.has(name!));
  expect([...new Set(external)]).toEqual(['@azure/functions-core']);
  expect(bundle).not.toMatch(/sourceMappingURL/);
});

const builtin = new Set(
  'assert buffer child_process crypto events fs http https net os path process stream string_decoder tls tty url util zlib worker_threads dns querystring'.split(
    ' ',
  ),
);
