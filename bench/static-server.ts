/**
 * A tiny static file server on loopback for the production build, so the browser figures time
 * what ships (not Vite's dev server, which transforms modules on request), with the caching it
 * ships with: a reopened tab takes its hashed scripts from the browser's cache, as in Teams.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { shippedCacheControl, type CacheControlOf } from '../src/dev/shipped-cache-control';
import type { Cleanup } from './cleanup';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  readonly origin: string;
  /** Serves files from this directory from now on. */
  serve(root: string): void;
}

/** Listens first (the build needs the origin), serves once `serve(root)` names the directory. */
export async function startStaticServer(cleanup: Cleanup): Promise<StaticServer> {
  let root: string | undefined;
  let cacheControl: CacheControlOf = () => 'no-cache';
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = root && normalize(join(root, path));
    if (!file || !file.startsWith(root + sep)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      response.writeHead(200, {
        'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': cacheControl(path),
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  cleanup.add('the static file server', () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (directory) => {
      root = normalize(directory);
      cacheControl = shippedCacheControl(root);
    },
  };
}
