import { join } from 'node:path';
import { Cleanup } from '../../bench/cleanup';
import { startStaticServer, type StaticServer } from '../../bench/static-server';

const root = join(__dirname, 'fixtures/build');
let cleanup: Cleanup;
let server: StaticServer;

beforeAll(async () => {
  cleanup = new Cleanup();
  server = await startStaticServer(cleanup);
});
afterAll(() => cleanup.run());

test('answers 404 until it is told what to serve, then serves files with their type', async () => {
  expect((await fetch(`${server.origin}/teams/tab.html`)).status).toBe(404);
  server.serve(root);
  const page = await fetch(`${server.origin}/teams/tab.html`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(await page.text()).toContain('../assets/tab.js');
  const script = await fetch(`${server.origin}/assets/shared.js`);
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
});

test("sends each file with the caching of the build's staticwebapp.config.json", async () => {
  server.serve(root);
  const script = await fetch(`${server.origin}/assets/shared.js`);
  expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  const page = await fetch(`${server.origin}/teams/tab.html`);
  expect(page.headers.get('cache-control')).toBe('no-cache');
  server.serve(join(root, 'teams'));
  const withoutConfig = await fetch(`${server.origin}/tab.html`);
  expect(withoutConfig.headers.get('cache-control')).toBe('no-cache');
});

test('serves nothing outside its directory, and no directories', async () => {
  server.serve(root);
  for (const path of ['/../report.test.ts', '/%2e%2e/report.test.ts', '/teams', '/missing.js']) {
    expect((await fetch(`${server.origin}${path}`)).status).toBe(404);
  }
});

test('cleanup stops it', async () => {
  const own = new Cleanup();
  const other = await startStaticServer(own);
  expect(await own.run()).toEqual([]);
  await expect(fetch(`${other.origin}/`)).rejects.toThrow();
});
