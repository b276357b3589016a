import type { Caller } from './auth';
import { invalidRequest } from './errors';
import type { Database } from './database';
import type { ActivityFeed } from './teamwork';
import type { EmulatedSite, EmulatedUser } from './tenant';

/** One Graph call, whether it came over HTTP or from inside a `$batch`. */
export interface GraphRequest {
  method: string;
  /** The path after `/v1.0`, e.g. `/sites/root/lists`. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  body: unknown;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** What handlers can reach: the data, the tenant, and how to write absolute URLs. */
export interface GraphEnvironment {
  db: Database;
  sites: () => readonly EmulatedSite[];
  users: () => readonly EmulatedUser[];
  /** `http://127.0.0.1:5301/v1.0`, as the caller addressed us. */
  graphBaseUrl: string;
  pageSize: number;
  maxPageSize: number;
  activityFeed: ActivityFeed;
  /** The local stack's secret that signs its tokens. */
  signingKey: string;
}

export interface HandlerContext {
  request: GraphRequest;
  caller: Caller;
  user: EmulatedUser;
  env: GraphEnvironment;
}

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): GraphResponse {
  return {
    status,
    headers: {
      'Content-Type':
        'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8',
      'OData-Version': '4.0',
      ...headers,
    },
    body,
  };
}

export function noContent(): GraphResponse {
  return { status: 204, headers: {} };
}

/**
 * The path and query of the request line, read as they are: `new URL('//v1.0//me', base)` would
 * take `v1.0` for a host name.
 */
export interface RequestTarget {
  pathname: string;
  searchParams: URLSearchParams;
}

export function requestTarget(target: string): RequestTarget {
  const queryStart = target.indexOf('?');
  return queryStart === -1
    ? { pathname: target, searchParams: new URLSearchParams() }
    : {
        pathname: target.slice(0, queryStart),
        searchParams: new URLSearchParams(target.slice(queryStart + 1)),
      };
}

export const malformedEncoding =
  "The request URL is not valid: it has a malformed percent-encoding (a '%' must be followed by two hex digits).";

export function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** Graph answers a client's malformed URL with a 400, never with a server error. */
export function assertWellFormedPath(path: string): void {
  if (decodedPath(path) === undefined) throw invalidRequest(malformedEncoding);
  if (path.includes('//'))
    throw invalidRequest(
      `The request URL '${path}' is not valid: it has an empty segment ('//'). Remove the doubled slash.`,
    );
}
