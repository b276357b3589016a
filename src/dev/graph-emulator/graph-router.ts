import { authenticate, unauthenticated } from './auth';
import { itemsDelta } from './delta';
import { GraphHttpError, unknownSegment } from './errors';
import {
  assertWellFormedPath,
  type GraphEnvironment,
  type GraphRequest,
  type GraphResponse,
  type HandlerContext,
} from './graph-request';
import {
  createItem,
  deleteItem,
  getItem,
  getItemFields,
  listItems,
  updateItem,
  updateItemFields,
} from './items';
import { createColumn, deleteColumn, getColumn, getColumns, updateColumn } from './list-columns';
import { createList, getList, getLists } from './lists';
import { appDisplayName } from './resources';
import { getSite, resolveSite } from './sites';
import type { EmulatedSite, EmulatedUser } from './tenant';
import { getMailboxSettings } from './mailbox-settings';
import { sendActivityNotification } from './teamwork';
import { countUsers, getMe, getUser, listUsers } from './users';

/** Authenticates a Graph call and sends it to its handler. Handlers throw GraphHttpError for failures. */
export function routeGraphRequest(request: GraphRequest, env: GraphEnvironment): GraphResponse {
  assertWellFormedPath(request.path);
  const caller = authenticate(request.headers.authorization, env.signingKey);
  const user =
    caller.kind === 'app'
      ? appPrincipal(caller.oid, env)
      : env.users().find((u) => u.id.toLowerCase() === caller.oid.toLowerCase());
  if (!user)
    throw unauthenticated(
      `Access token validation failure: user '${caller.oid}' is not in this tenant.`,
    );
  const context: HandlerContext = { request, caller, user, env };
  const { method, path } = request;

  if (path === '/me' || path === '/me/') {
    if (caller.kind === 'app')
      throw new GraphHttpError(
        400,
        'BadRequest',
        '/me request is only valid with delegated authentication flow.',
      );
    return directoryOnly(method, 'GET', () => getMe(context));
  }
  const myMailbox = /^\/me\/mailboxSettings(?:\/([^/]+))?\/?$/i.exec(path);
  if (myMailbox) {
    if (caller.kind === 'app')
      throw new GraphHttpError(
        400,
        'BadRequest',
        '/me request is only valid with delegated authentication flow.',
      );
    return only(method, 'GET', () => getMailboxSettings(context, 'me', myMailbox[1]));
  }
  if (path === '/users' || path === '/users/')
    return directoryOnly(method, 'GET', () => listUsers(context));
  if (path === '/users/$count') return directoryOnly(method, 'GET', () => countUsers(context));
  const userMatch = /^\/users\/([^/]+)\/?$/.exec(path);
  if (userMatch)
    return directoryOnly(method, 'GET', () =>
      getUser(context, decodeURIComponent(userMatch[1] as string)),
    );
  const userPart =
    /^\/users\/([^/]+)\/(teamwork\/sendActivityNotification|mailboxSettings)(?:\/([^/]+))?\/?$/i.exec(
      path,
    );
  if (userPart) {
    const who = decodeURIComponent(userPart[1] as string);
    if (userPart[2]?.toLowerCase() === 'mailboxsettings')
      return only(method, 'GET', () => getMailboxSettings(context, { idOrUpn: who }, userPart[3]));
    if (userPart[3] !== undefined) throw unknownSegment(userPart[3]);
    return only(method, 'POST', () => sendActivityNotification(context, who));
  }

  const address = resolveSite(path, env.sites());
  if (address) return routeSite(withSiteGrant(context, address.site), address.site, address.rest);
  throw unknownSegment(firstUnresolvedSegment(path));
}

/** The paths served outside a site, as segments (`*` for a key), longest first where they share a start. */
const servedPaths: readonly (readonly string[])[] = [
  ['me', 'mailboxSettings', '*'],
  ['users', '*', 'mailboxSettings', '*'],
  ['users', '*', 'teamwork', 'sendActivityNotification'],
  ['groups', '*', 'sites', 'root'],
];

/**
 * The segment Graph names for a path it cannot resolve: the first one past what it served, so
 * `/me/noSuchThing` names 'noSuchThing' ("Resource not found for the segment '…'.").
 */
function firstUnresolvedSegment(path: string): string {
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  let resolved = 0;
  for (const served of servedPaths) {
    let matched = 0;
    while (
      matched < served.length &&
      matched < segments.length &&
      (served[matched] === '*' ||
        served[matched]!.toLowerCase() === segments[matched]!.toLowerCase())
    )
      matched += 1;
    resolved = Math.max(resolved, matched);
  }
  return segments[resolved] ?? segments[0] ?? '';
}

function routeSite(context: HandlerContext, site: EmulatedSite, rest: string): GraphResponse {
  const segments = rest.split('/').filter(Boolean).map(decodeURIComponent);
  const method = context.request.method;
  const [collection, listKey, child, itemKey, grandchild, ...extra] = segments;
  if (collection === undefined) return only(method, 'GET', () => getSite(context, site));
  if (collection !== 'lists') throw unknownSegment(collection);
  if (listKey === undefined) {
    return method === 'POST'
      ? createList(context, site)
      : only(method, 'GET', () => getLists(context, site));
  }
  // Graph v1.0 documents no update or delete of a list (https://learn.microsoft.com/graph/api/resources/list,
  // whose "Methods" get and create one), so a PATCH or DELETE of one is a 405 and the list stays.
  if (child === undefined) return only(method, 'GET', () => getList(context, site, listKey));
  if (child === 'columns' && itemKey === undefined) {
    return method === 'POST'
      ? createColumn(context, site, listKey)
      : only(method, 'GET', () => getColumns(context, site, listKey));
  }
  if (child === 'columns' && grandchild === undefined) {
    const columnId = itemKey as string;
    if (method === 'PATCH') return updateColumn(context, site, listKey, columnId);
    if (method === 'DELETE') return deleteColumn(context, site, listKey, columnId);
    return only(method, 'GET', () => getColumn(context, site, listKey, columnId));
  }
  if (child !== 'items') throw unknownSegment(child);
  if (itemKey === undefined) {
    return method === 'POST'
      ? createItem(context, site, listKey)
      : only(method, 'GET', () => listItems(context, site, listKey));
  }
  if (itemKey === 'delta' && grandchild === undefined)
    return only(method, 'GET', () => itemsDelta(context, site, listKey));
  if (grandchild === undefined) {
    if (method === 'PATCH') return updateItem(context, site, listKey, itemKey);
    if (method === 'DELETE') return deleteItem(context, site, listKey, itemKey);
    return only(method, 'GET', () => getItem(context, site, listKey, itemKey));
  }
  if (grandchild === 'fields' && extra.length === 0) {
    return method === 'PATCH'
      ? updateItemFields(context, site, listKey, itemKey)
      : only(method, 'GET', () => getItemFields(context, site, listKey, itemKey));
  }
  throw unknownSegment(extra[0] ?? grandchild);
}

/** An app calling with its own token acts as itself (SharePoint shows it as the item's author). */
function appPrincipal(appId: string, env: GraphEnvironment): EmulatedUser {
  return { id: appId, displayName: appDisplayName(env, appId), userPrincipalName: `${appId}@apps` };
}

/**
 * Under `Sites.Selected` an app reaches only the sites an admin granted it, with the granted
 * role: read as `Sites.Read.All`, write as `Sites.ReadWrite.All`, on that site alone.
 * https://learn.microsoft.com/graph/permissions-selected-overview
 */
function withSiteGrant(context: HandlerContext, site: EmulatedSite): HandlerContext {
  const { caller } = context;
  if (caller.kind !== 'app' || !caller.scopes.has('Sites.Selected')) return context;
  const grant = site.appGrants?.find((g) => g.appId.toLowerCase() === caller.oid.toLowerCase());
  if (!grant) return context;
  const scopes = new Set(caller.scopes);
  if (grant.roles.includes('read') || grant.roles.includes('write')) scopes.add('Sites.Read.All');
  if (grant.roles.includes('write')) scopes.add('Sites.ReadWrite.All');
  return { ...context, caller: { ...caller, scopes } };
}

function only(
  method: string,
  allowed: string,
  handle: () => GraphResponse,
  code = 'BadRequest',
): GraphResponse {
  if (method !== allowed) {
    throw new GraphHttpError(
      405,
      code,
      'Specified HTTP method is not allowed for the request target.',
    );
  }
  return handle();
}

/**
 * A directory target (a user, the users) refuses another method with the directory's own code,
 * as request 4 of https://learn.microsoft.com/graph/json-batching's example response shows:
 * 405 `Request_BadRequest`.
 */
function directoryOnly(method: string, allowed: string, handle: () => GraphResponse) {
  return only(method, allowed, handle, 'Request_BadRequest');
}
