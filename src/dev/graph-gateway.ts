import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * One Graph endpoint in front of several tenants' emulators, as Microsoft Graph is one endpoint
 * for every tenant: the access token's `tid` claim decides whose data a request reaches. The
 * browser tests use it to give each test file its own tenant (its own emulator, its own data)
 * while every page comes from one shared build whose Graph root is this gateway.
 *
 * Tenants are added and removed through a loopback control API:
 * `PUT /_gateway/tenants/<tid>` with `{"graphBaseUrl": "http://127.0.0.1:<port>/v1.0"}`, and
 * `DELETE /_gateway/tenants/<tid>`. Requests are passed through unchanged (the emulator answers
 * CORS itself); a preflight carries no token, so any tenant's emulator answers it. A call to an
 * emulator's control API (`/_emulator/…`, e.g. the Teams simulator reading the activity feed)
 * names its tenant as `?tenant=<tid>`.
 *
 * The `Host` header is passed through too: the emulator writes its absolute links
 * (`@odata.nextLink`, `@odata.deltaLink`, `@odata.context`, a 410's `Location`) for the origin it
 * was addressed as, so they name this endpoint, as Graph's name graph.microsoft.com whichever
 * server answered. A client uses them as they are, and only on the endpoint it calls
 * (https://learn.microsoft.com/graph/delta-query-overview, https://learn.microsoft.com/graph/paging).
 */
export interface GraphGateway {
  /** The Graph root to build the app with, e.g. `http://127.0.0.1:41234/v1.0`. */
  readonly graphBaseUrl: string;
  readonly origin: string;
  close(): Promise<void>;
}

const controlPath = /^\/_gateway\/tenants\/([0-9A-Za-z-]{1,64})$/;

/**
 * The `tid` claim of an emulator token (`emu.<base64url JSON>.<signature>`), if it has one; the
 * emulator the request goes to checks the signature.
 */
export function tenantOfToken(authorization: string | undefined): string | undefined {
  const token = /^Bearer\s+emu\.([\w-]+)(\.[\w-]*)?$/i.exec(authorization?.trim() ?? '')?.[1];
  if (!token) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    const tid = (claims as { tid?: unknown } | null)?.tid;
    return typeof tid === 'string' ? tid : undefined;
  } catch {
    return undefined;
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

export async function startGraphGateway(host = '127.0.0.1'): Promise<GraphGateway> {
  const tenants = new Map<string, URL>();

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://gateway.invalid').pathname;
    const control = controlPath.exec(path);
    if (control?.[1]) {
      const tid = control[1];
      if (request.method === 'DELETE') {
        tenants.delete(tid);
        response.writeHead(204).end();
        return;
      }
      void readJson(request)
        .then((body) => {
          const graphBaseUrl = (body as { graphBaseUrl?: unknown }).graphBaseUrl;
          if (typeof graphBaseUrl !== 'string') throw new Error('graphBaseUrl is missing.');
          tenants.set(tid, new URL(graphBaseUrl));
          response.writeHead(204).end();
        })
        .catch((error: unknown) => {
          response
            .writeHead(400, { 'Content-Type': 'text/plain' })
            .end(`Expected {"graphBaseUrl": "http://127.0.0.1:<port>/v1.0"}: ${String(error)}`);
        });
      return;
    }

    // The emulator's own control API carries no token: its tenant is named in the query.
    const tid = path.startsWith('/_emulator/')
      ? (new URL(request.url ?? '/', 'http://gateway.invalid').searchParams.get('tenant') ??
        undefined)
      : tenantOfToken(request.headers.authorization);
    const target =
      request.method === 'OPTIONS' ? [...tenants.values()][0] : tid && tenants.get(tid);
    if (!target) {
      response
        .writeHead(401, {
          'Content-Type': 'application/json',
          'Access-Control-Allow-Origin': request.headers.origin ?? '*',
        })
        .end(
          JSON.stringify({
            error: {
              code: 'InvalidAuthenticationToken',
              message: tid
                ? `The token's tenant ${tid} is not served by this local Graph.`
                : 'The access token names no tenant (tid) this local Graph serves.',
            },
          }),
        );
      return;
    }
    const forwarded = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', () => response.destroy());
    request.pipe(forwarded);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    graphBaseUrl: `${origin}/v1.0`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
