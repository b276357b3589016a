import { randomUUID } from 'node:crypto';
import { graphErrorBody } from './errors';
import type { FaultInjector } from './faults';
import type { StatsRecorder } from './stats';
import type { ActivityFeed } from './teamwork';
import { assertValidSite, assertValidUser, type EmulatedSite, type EmulatedUser } from './tenant';

/**
 * The emulator's own endpoints under `/_emulator/`, apart from Graph's paths, without auth and
 * answered only to loopback callers:
 *   GET stats · POST stats/reset · GET|PUT faults · GET|PUT users · GET|PUT sites · POST reset
 *   GET activity[/{userId}] · DELETE activity: the Teams activity feed (newest first)
 *   GET|PUT installations: who has the Teams app installed (`null`: everyone)
 *   POST delta/expire: every list-item delta token issued so far answers 410
 */
export interface ControlTarget {
  faults: FaultInjector;
  stats: StatsRecorder;
  getUsers(): readonly EmulatedUser[];
  setUsers(users: readonly EmulatedUser[]): void;
  getSites(): readonly EmulatedSite[];
  setSites(sites: readonly EmulatedSite[]): void;
  /** Wipes all lists and items, durably. */
  reset(): Promise<void>;
  activityFeed: ActivityFeed;
  /** Makes every delta token issued so far answer 410, durably. */
  expireDeltaTokens(): Promise<void>;
}

export interface ControlResponse {
  status: number;
  body?: unknown;
}

export async function handleControl(
  target: ControlTarget,
  method: string,
  action: string,
  body: unknown,
): Promise<ControlResponse> {
  const route = `${method} ${action.replace(/\/+$/, '')}`;
  try {
    const feedOf = /^GET activity\/([^/]+)$/.exec(route);
    if (feedOf)
      return {
        status: 200,
        body: target.activityFeed.feed(feedOf[1] as string),
      };
    switch (route) {
      case 'GET activity':
        return { status: 200, body: target.activityFeed.feed() };
      case 'DELETE activity':
        target.activityFeed.clear();
        return { status: 204 };
      case 'GET installations':
        return { status: 200, body: target.activityFeed.installations() };
      case 'PUT installations': {
        if (body !== null && !(Array.isArray(body) && body.every((id) => typeof id === 'string')))
          throw new Error('Send a JSON array of user ids, or null for everyone.');
        target.activityFeed.setInstallations(body as string[] | null);
        return { status: 200, body: target.activityFeed.installations() };
      }
      case 'GET stats':
        return { status: 200, body: target.stats.snapshot() };
      case 'POST stats/reset':
        target.stats.reset();
        return { status: 204 };
      case 'GET faults':
        return { status: 200, body: target.faults.settings };
      case 'PUT faults':
        return { status: 200, body: target.faults.update(asObject(body) as never) };
      case 'GET users':
        return { status: 200, body: target.getUsers() };
      case 'PUT users': {
        const users = asArray(body);
        users.forEach(assertValidUser);
        target.setUsers(users as EmulatedUser[]);
        return { status: 200, body: target.getUsers() };
      }
      case 'GET sites':
        return { status: 200, body: target.getSites() };
      case 'PUT sites': {
        const sites = asArray(body);
        sites.forEach(assertValidSite);
        target.setSites(sites as EmulatedSite[]);
        return { status: 200, body: target.getSites() };
      }
      case 'POST reset':
        await target.reset();
        return { status: 204 };
      case 'POST delta/expire':
        await target.expireDeltaTokens();
        return { status: 204 };
      default:
        return controlError(
          404,
          'itemNotFound',
          `No control endpoint ${route}. See src/dev/graph-emulator/control-api.ts.`,
        );
    }
  } catch (error) {
    return controlError(
      400,
      'invalidRequest',
      error instanceof Error ? error.message : String(error),
    );
  }
}

/** Refusals in Graph's error shape, like the rest of the emulator (https://learn.microsoft.com/graph/errors). */
export function controlError(status: number, code: string, message: string): ControlResponse {
  const requestId = randomUUID();
  return { status, body: graphErrorBody(code, message, requestId, requestId) };
}

function asObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Error('Send a JSON object.');
  return body as Record<string, unknown>;
}

function asArray(body: unknown): unknown[] {
  if (!Array.isArray(body)) throw new Error('Send a JSON array.');
  return body;
}
