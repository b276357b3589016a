import type { Caller } from './auth';
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
      ...headers,
    },
    body,
  };
}

export function noContent(): GraphResponse {
  return { status: 204, headers: {} };
}
