import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { runBatch } from './batch';
import { controlError, handleControl, type ControlTarget } from './control-api';
import { GraphHttpError } from './errors';
import type { FaultInjector } from './faults';
import { callIds, errorResponse, executeGraphCall, injectedFaultResponse } from './graph-call';
import {
  assertWellFormedPath,
  decodedPath,
  malformedEncoding,
  requestTarget,
  type GraphEnvironment,
  type GraphRequest,
  type GraphResponse,
  type RequestTarget,
} from './graph-request';
import { answerSharePoint, sharePointTarget } from './sharepoint-rest';
import type { StatsRecorder } from './stats';

/**
 * The HTTP front: CORS for the stack's own pages only, the control API behind the run's secret,
 * fault injection, Graph dispatch, and "journal before answer" — a write is fsynced before its
 * response is sent.
 */
export interface ServerParts {
  env: (origin: string) => GraphEnvironment;
  /** The run's secret, wanted in `X-OKR-Stack-Secret` by the control API. */
  secret: string;
  /** Pages of these origins may call; a request with any other `Origin` is refused. */
  allowedOrigins: ReadonlySet<string>;
  faults: FaultInjector;
  stats: StatsRecorder;
  control: ControlTarget;
  flush: () => Promise<void>;
}

const maxBodyBytes = 4 * 1024 * 1024;
// WWW-Authenticate too: a page reads a 401's challenge from it, as the claims-challenge code of
// https://learn.microsoft.com/entra/identity-platform/app-resilience-continuous-access-evaluation does.
const exposedHeaders =
  'ETag, Retry-After, request-id, client-request-id, Location, WWW-Authenticate';
const allowedHeaders =
  'Authorization, If-Match, If-None-Match, Prefer, Content-Type, client-request-id, SdkVersion, Cache-Control, Retry-Attempt, ConsistencyLevel, Accept, X-OKR-Stack-Secret, X-HTTP-Method, X-RequestDigest';
const loopbackAddresses = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function createEmulatorServer(parts: ServerParts): Server {
  return createServer((req, res) => {
    handle(parts, req, res).catch((error: unknown) => {
      console.error('[graph-emulator] request failed:', error);
      if (!res.headersSent) send(res, errorResponse(error, callIds(undefined)));
      else res.destroy();
    });
  });
}

async function handle(
  parts: ServerParts,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const origin = header(req, 'origin');
  // A page of another origin gets no CORS grant and no answer: the local data, its faults and
  // its control API are the developer's own (Node callers send no Origin).
  if (origin !== undefined && !parts.allowedOrigins.has(origin)) {
    req.resume();
    sendJson(
      res,
      403,
      controlError(
        403,
        'accessDenied',
        `The local Graph emulator answers the local stack's own pages only, not ${origin}.`,
      ).body,
    );
    return;
  }
  if (origin !== undefined) setCors(origin, res);
  const url = requestTarget(req.url ?? '/');
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'OPTIONS') {
    res.writeHead(204, { 'Access-Control-Max-Age': '600' }).end();
    return;
  }
  const rawBody = await readBody(req);
  if (url.pathname.startsWith('/_emulator/')) {
    const action = decodedPath(url.pathname.slice('/_emulator/'.length));
    const result = !loopbackAddresses.has(req.socket.remoteAddress ?? '')
      ? controlError(403, 'accessDenied', 'The control API answers loopback callers only.')
      : !holdsSecret(parts.secret, header(req, 'x-okr-stack-secret'))
        ? controlError(
            401,
            'unauthenticated',
            "The control API wants the local stack's secret in X-OKR-Stack-Secret (npm start prints where it is).",
          )
        : action === undefined
          ? controlError(400, 'invalidRequest', malformedEncoding)
          : await handleControl(
              parts.control,
              method,
              action,
              rawBody === undefined ? undefined : parseControlBody(rawBody),
            );
    if (result.body === undefined) res.writeHead(result.status).end();
    else sendJson(res, result.status, result.body);
    return;
  }

  const self = `http://${req.headers.host ?? '127.0.0.1'}`;
  const ids = callIds(header(req, 'client-request-id'));
  parts.stats.request(method);
  const response = await answerGraph(parts, req, res, method, url, self, rawBody, ids);
  if (response === 'dropped') return;
  parts.stats.response(response.status);
  send(res, response, ids);
}

async function answerGraph(
  parts: ServerParts,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  url: RequestTarget,
  origin: string,
  rawBody: Buffer | undefined,
  ids: ReturnType<typeof callIds>,
): Promise<GraphResponse | 'dropped'> {
  await parts.faults.released();
  const { latencyMs } = parts.faults.settings;
  if (latencyMs > 0) await sleep(latencyMs);
  const decision = parts.faults.decide('request', method, url.pathname);
  if (decision.kind === 'throttle' || decision.kind === 'unavailable') {
    parts.stats.injected(decision.kind === 'throttle' ? 'throttled' : 'unavailable');
    return injectedFaultResponse(decision, ids);
  }
  if (decision.kind === 'drop' && !decision.afterWrite) return drop(parts, res);

  const env = parts.env(origin);
  let response: GraphResponse;
  try {
    const sharePoint = url.pathname.startsWith('/v1.0')
      ? undefined
      : sharePointTarget(url.pathname, env.sites());
    if (sharePoint) {
      response = answerSharePoint(
        {
          method,
          path: sharePoint.rest,
          query: url.searchParams,
          headers: lowerCaseHeaders(req),
          body: parseGraphBody(rawBody),
        },
        env,
        sharePoint.site,
        sharePoint.rest,
      );
      await parts.flush();
      return response;
    }
    const request: GraphRequest = {
      method,
      path: graphPath(url.pathname, origin),
      query: url.searchParams,
      headers: lowerCaseHeaders(req),
      body: parseGraphJsonBody(rawBody, header(req, 'content-type')?.trim()),
    };
    response =
      request.path === '/$batch' && method === 'POST'
        ? runBatch(request, env, parts.faults, parts.stats)
        : executeGraphCall(request, env, ids);
  } catch (error) {
    response = errorResponse(error, ids);
  }
  await parts.flush();
  if (decision.kind === 'drop') return drop(parts, res);
  return response;
}

function drop(parts: ServerParts, res: ServerResponse): 'dropped' {
  parts.stats.injected('dropped');
  res.socket?.destroy();
  return 'dropped';
}

/**
 * The Graph path after `/v1.0`. The graph-client only strips an `https://` base from absolute
 * URLs (GraphRequest.parsePath), so on this plain-http stack an absolute `@odata.nextLink` passed
 * to `client.api()` arrives appended to the base: `/v1.0/http://127.0.0.1:5301/v1.0/sites/…`.
 * Such a path naming this emulator is read as the URL it contains.
 */
function graphPath(pathname: string, origin: string): string {
  const nested = /^\/v1\.0\/(https?):\/+([^/]+)(\/.*)$/.exec(pathname);
  const effective =
    nested && `${nested[1]}://${nested[2]}` === origin ? (nested[3] as string) : pathname;
  assertWellFormedPath(effective);
  if (effective === '/v1.0' || effective.startsWith('/v1.0/'))
    return effective.slice('/v1.0'.length) || '/';
  const version = effective.split('/')[1] ?? '';
  throw new GraphHttpError(
    400,
    'BadRequest',
    `Invalid version: '${version}'. The emulator serves Microsoft Graph v1.0 at /v1.0.`,
  );
}

const unreadableBody = () =>
  new GraphHttpError(
    400,
    'BadRequest',
    'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
  );

function parseGraphBody(raw: Buffer | undefined): unknown {
  if (raw === undefined || raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw unreadableBody();
  }
}

/**
 * A Graph body is JSON, sent as such: "Content-Type: application/json. Required." (the create and
 * update pages, e.g. https://learn.microsoft.com/graph/api/listitem-create); a body without it is
 * refused in the words Graph uses for a body it cannot read.
 */
function parseGraphJsonBody(raw: Buffer | undefined, contentType: string | undefined): unknown {
  if (raw !== undefined && raw.length > 0 && !/^application\/json\s*(;|$)/i.test(contentType ?? ''))
    throw unreadableBody();
  return parseGraphBody(raw);
}

function parseControlBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return raw.toString('utf8');
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes)
      throw new GraphHttpError(413, 'requestTooLarge', 'The request body is larger than 4 MB.');
    chunks.push(chunk as Buffer);
  }
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

function holdsSecret(secret: string, given: string | undefined): boolean {
  const expected = Buffer.from(secret);
  const actual = Buffer.from(given ?? '');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function setCors(origin: string, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', allowedHeaders);
  res.setHeader('Access-Control-Expose-Headers', exposedHeaders);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const name of Object.keys(req.headers)) headers[name] = header(req, name);
  return headers;
}

function send(
  res: ServerResponse,
  response: GraphResponse,
  ids?: ReturnType<typeof callIds>,
): void {
  const headers: Record<string, string> = { ...response.headers, 'Cache-Control': 'no-store' };
  if (ids) {
    headers['request-id'] = ids.requestId;
    headers['client-request-id'] = ids.clientRequestId;
  }
  if (response.body === undefined) {
    res.writeHead(response.status, headers).end();
    return;
  }
  // Encoded once, for its length and to send: a list of thousands of items is megabytes.
  const payload = Buffer.from(
    typeof response.body === 'string' && headers['Content-Type']?.startsWith('text/plain')
      ? response.body
      : JSON.stringify(response.body),
  );
  headers['Content-Length'] = String(payload.length);
  res.writeHead(response.status, headers).end(payload);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, { status, headers: { 'Content-Type': 'application/json' }, body });
}
