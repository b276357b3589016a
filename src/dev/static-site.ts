import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { shippedCacheControl, type CacheControlOf } from './shipped-cache-control';
import { tenantOfPath } from './tenant-path';

/**
 * A small static file server on loopback for a production build of the app and the local
 * stack's pages: what ships, as it ships (with the caching of its `staticwebapp.config.json`),
 * with no compiling on request. Pages are served at the
 * root and under `/tenants/<id>/` (see tenant-path.ts); a folder serves its `index.html`.
 */
export interface StaticSite {
  readonly origin: string;
  /** Serves files from this directory from now on (until then every request is a 503). */
  serve(root: string): void;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
};

export interface StaticSiteOptions {
  readonly host?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
}

/** Listens first (a build needs to know its origin), serves once `serve(root)` names the folder. */
export async function startStaticSite(options: StaticSiteOptions = {}): Promise<StaticSite> {
  const host = options.host ?? '127.0.0.1';
  let root: string | undefined;
  let cacheControl: CacheControlOf = () => 'no-cache';
  const server = createServer((request, response) => {
    if (!root) {
      response.writeHead(503, { 'Retry-After': '1' }).end('The site is still being built.');
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://site.invalid').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    path = tenantOfPath(path)?.rest ?? path;
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(404).end();
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) {
          response.writeHead(404).end();
          return;
        }
        response.writeHead(200, {
          'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'Content-Length': info.size,
          'Cache-Control': cacheControl(path),
        });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    serve: (directory) => {
      root = normalize(directory);
      cacheControl = shippedCacheControl(root);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
