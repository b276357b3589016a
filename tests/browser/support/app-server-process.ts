/**
 * Runs in a child process (started by `startAppServer`): the repo's Vite dev server on an
 * ephemeral loopback port. Vite 8 is ESM-only and jest runs tests as CommonJS, so the server
 * lives in its own Node process. It prints one JSON line `{"url": …}` when it is ready and
 * stops when its parent closes stdin or sends SIGTERM.
 */
import { resolve } from 'node:path';
import { createServer } from 'vite';

const repoRoot = resolve(import.meta.dirname, '../../..');

const server = await createServer({
  configFile: resolve(repoRoot, 'vite.config.ts'),
  configLoader: 'bundle',
  clearScreen: false,
  logLevel: 'warn',
  // No file watching: tests do not edit files, and it saves the shared machine's CPU.
  server: { host: '127.0.0.1', port: 0, strictPort: true, watch: null },
  // Scan every page, dev pages included, so all dependencies are optimised before the first
  // request: a dependency found later would make Vite reload the page under a running test.
  optimizeDeps: { entries: ['**/*.html'] },
});
await server.listen();

const address = server.httpServer?.address();
if (!address || typeof address === 'string') throw new Error('Vite is not listening on a port.');
process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${address.port}/` }) + '\n');

let closing = false;
async function close(): Promise<void> {
  if (closing) return;
  closing = true;
  await server.close();
  process.exit(0);
}
process.stdin.on('end', close);
process.stdin.resume();
process.on('SIGTERM', close);
process.on('SIGINT', close);
