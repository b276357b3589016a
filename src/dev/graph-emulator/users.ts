import { isAuthorized, type Caller, type Permission } from './auth';
import { GraphHttpError, invalidRequest } from './errors';
import { json, type GraphResponse, type HandlerContext } from './graph-request';
import { parseExpand, queryOption } from './odata-query';
import { metadataUrl, renderUser } from './resources';
import type { EmulatedUser } from './tenant';
import { parseUserQuery, parseUserSelect } from './user-query';

/** `/me` and `/users/{id | userPrincipalName}`. Reading another user needs User.ReadBasic.All or more. */
export function getMe(context: HandlerContext): GraphResponse {
  authorizeDirectory(context.caller, 'user.self');
  return userResponse(context, context.user);
}

export function getUser(context: HandlerContext, idOrUpn: string): GraphResponse {
  const key = idOrUpn.toLowerCase();
  const isSelf =
    key === context.user.id.toLowerCase() || key === context.user.userPrincipalName.toLowerCase();
  authorizeDirectory(context.caller, isSelf ? 'user.self' : 'user.any');
  const user = context.env
    .users()
    .find((u) => u.id.toLowerCase() === key || u.userPrincipalName.toLowerCase() === key);
  // A directory object Graph cannot find is the directory's `Request_ResourceNotFound`, not
  // SharePoint's `itemNotFound` (as quoted in https://stackoverflow.com/questions/54205899).
  if (!user)
    throw new GraphHttpError(
      404,
      'Request_ResourceNotFound',
      `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`,
    );
  return userResponse(context, user);
}

/**
 * Microsoft Entra ID's refusal of a token without the permission: 403 `Authorization_RequestDenied`,
 * "Insufficient privileges to complete the operation." (as an app without consent meets it on
 * GET /users: https://learn.microsoft.com/entra/identity-platform/scenario-daemon-acquire-token#did-you-forget-to-provide-admin-consent-daemon-apps-need-it).
 */
function authorizeDirectory(caller: Caller, permission: Permission): void {
  if (!isAuthorized(caller, permission))
    throw new GraphHttpError(
      403,
      'Authorization_RequestDenied',
      'Insufficient privileges to complete the operation.',
    );
}

/** One user, with `$select` as Graph has it: only those properties, named in `@odata.context`. */
function userResponse(context: HandlerContext, user: EmulatedUser): GraphResponse {
  refuseExpand(context.request.query);
  const select = parseUserSelect(context.request.query);
  const selected = select ? `users(${select.join(',')})` : 'users';
  return json(200, {
    '@odata.context': metadataUrl(context.env, `${selected}/$entity`),
    ...renderUser(user, select),
  });
}

/** `GET /users`: search and filter the directory (see ./user-query for the rules). */
export function listUsers(context: HandlerContext): GraphResponse {
  authorizeDirectory(context.caller, 'user.any');
  const { query, headers } = context.request;
  refuseExpand(query);
  const userQuery = parseUserQuery(query, headers.consistencylevel);
  const found = context.env.users().filter(userQuery.matches);
  const { orderBy, descending } = userQuery;
  if (orderBy) found.sort((a, b) => a[orderBy].localeCompare(b[orderBy]) * (descending ? -1 : 1));
  const offset = skipTokenOffset(query.get('$skiptoken') ?? query.get('skiptoken'));
  const page = found.slice(offset, offset + userQuery.top);
  const body: Record<string, unknown> = {
    '@odata.context': metadataUrl(
      context.env,
      userQuery.select ? `users(${userQuery.select.join(',')})` : 'users',
    ),
  };
  // "The @odata.count property will be present only in the first page" (https://learn.microsoft.com/graph/paging).
  if (userQuery.count && offset === 0) body['@odata.count'] = found.length;
  if (offset + userQuery.top < found.length) {
    const next = new URLSearchParams(query);
    next.delete('skiptoken');
    next.set('$skiptoken', Buffer.from(`offset:${offset + userQuery.top}`).toString('base64url'));
    // Graph writes the `$` of query options as is: `…/users?$top=4&$skiptoken=…`.
    body['@odata.nextLink'] =
      `${context.env.graphBaseUrl}/users?${next.toString().replace(/%24/g, '$')}`;
  }
  body.value = page.map((user) => renderUser(user, userQuery.select));
  return json(200, body);
}

/**
 * `GET /users/$count`: the number as text/plain, only in an advanced query
 * (https://learn.microsoft.com/graph/api/user-list, Example 3; without the header, the error of
 * https://learn.microsoft.com/graph/aad-advanced-queries).
 */
export function countUsers(context: HandlerContext): GraphResponse {
  authorizeDirectory(context.caller, 'user.any');
  if (context.request.headers.consistencylevel?.trim().toLowerCase() !== 'eventual')
    throw new GraphHttpError(400, 'Request_BadRequest', '$count is not currently supported.');
  const { matches } = parseUserQuery(context.request.query, 'eventual');
  return {
    status: 200,
    headers: { 'Content-Type': 'text/plain;charset=utf-8' },
    body: String(context.env.users().filter(matches).length),
  };
}

/**
 * A user's relationships are not modelled, so `$expand` is refused rather than ignored. The photo
 * is refused as Graph refuses it: "you cannot use $expand on the user/photo relationship", with
 * the code and message of https://learn.microsoft.com/graph/query-parameters#error-handling-for-query-parameters.
 */
function refuseExpand(query: URLSearchParams): void {
  const expand = queryOption(query, 'expand');
  if (expand === undefined) return;
  if (parseExpand(expand).some(({ property }) => property.toLowerCase() === 'photo'))
    throw new GraphHttpError(
      400,
      'ExpandNotSupported',
      "Expand is not allowed for property 'Photo' according to the entity schema.",
    );
  throw invalidRequest(
    `The query option '$expand' is not supported on users: their relationships (${expand}) are not modelled.`,
  );
}

function skipTokenOffset(token: string | null): number {
  if (token === null) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw invalidRequest(`The skip token '${token}' is not valid for this query.`);
  return Number(match[1]);
}
