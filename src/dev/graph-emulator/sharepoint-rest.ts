import { authenticate, unauthenticated, type Caller } from './auth';
import { GraphHttpError } from './errors';
import type { GraphEnvironment, GraphRequest, GraphResponse } from './graph-request';
import { now } from './lists';
import {
  accessDenied,
  holds,
  listPermissions,
  loginNameOf,
  principalsOf,
  siteSecurityOf,
  webPermissions,
  defaultGroupIds,
  defaultListSecurity,
  type ListSecurity,
  type RoleAssignmentRecord,
  type RoleDefinitionRecord,
  type SiteGroupRecord,
  type SiteSecurity,
} from './site-security';
import type { ListRecord } from './state';
import { siteWebUrl, type EmulatedSite, type EmulatedUser } from './tenant';

/**
 * The SharePoint REST API (`https://{host}/sites/{site}/_api/…`) for what Graph cannot do: site
 * groups, permission levels, role assignments and a list's item-level security. The emulator
 * serves it at `{emulator}/sites/{site}/_api/…` (the root site at `{emulator}/_api/…`).
 *
 * Strict as SharePoint Online is for an OAuth caller: a bearer token (no form digest needed
 * then), JSON only as asked in `Accept` (`application/json;odata=nometadata`, `…=verbose`,
 * or `application/json` = minimal metadata), entity bodies in the same dialect, `X-HTTP-Method:
 * MERGE` for an update. Reference:
 * https://learn.microsoft.com/previous-versions/office/developer/sharepoint-rest-reference/dn531432(v=office.15)
 * and https://learn.microsoft.com/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface
 */

type Dialect = 'nometadata' | 'minimalmetadata' | 'verbose';

interface RestContext {
  env: GraphEnvironment;
  site: EmulatedSite;
  caller: Caller;
  user: EmulatedUser;
  dialect: Dialect;
  request: GraphRequest;
  /** `https://contoso.sharepoint.com/sites/okr/_api/` for `__metadata` and `odata.metadata`. */
  apiRoot: string;
}

/** The site a SharePoint REST path addresses, and the part after `/_api`. */
export function sharePointTarget(
  pathname: string,
  sites: readonly EmulatedSite[],
): { site: EmulatedSite; rest: string } | undefined {
  const match = /^(.*?)\/_api(\/.*)?$/i.exec(pathname);
  if (!match) return undefined;
  const sitePath = decodeURIComponent(match[1] as string).toLowerCase() || '/';
  const site = sites.find((s) => s.path.toLowerCase() === sitePath);
  if (!site)
    throw new GraphHttpError(
      404,
      '-2147024894, System.IO.FileNotFoundException',
      `No site at '${sitePath}' in this tenant.`,
    );
  return { site, rest: match[2] ?? '/' };
}

/** Answers one SharePoint REST call; failures come back in SharePoint's error shape. */
export function answerSharePoint(
  request: GraphRequest,
  env: GraphEnvironment,
  site: EmulatedSite,
  rest: string,
): GraphResponse {
  const dialect = dialectOf(request.headers.accept);
  try {
    if (!dialect)
      throw new GraphHttpError(
        406,
        '-1, Microsoft.SharePoint.Client.ClientServiceException',
        `The emulator answers SharePoint REST in JSON only; send 'Accept: application/json;odata=nometadata' (or odata=verbose), not '${request.headers.accept ?? ''}'.`,
      );
    const caller = authenticate(request.headers.authorization, env.signingKey);
    const user = env.users().find((u) => u.id.toLowerCase() === caller.oid.toLowerCase());
    if (!user || caller.kind !== 'user')
      throw unauthenticated('The emulator serves SharePoint REST to signed-in users only.');
    const context: RestContext = {
      env,
      site,
      caller,
      user,
      dialect,
      request,
      apiRoot: `${siteWebUrl(site)}/_api/`,
    };
    return route(context, segmentsOf(rest));
  } catch (error) {
    return sharePointError(error, dialect ?? 'nometadata');
  }
}

function dialectOf(accept: string | undefined): Dialect | undefined {
  const value = (accept ?? '').toLowerCase();
  if (!value.includes('application/json')) return undefined;
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata')) return 'nometadata';
  return 'minimalmetadata';
}

interface Segment {
  name: string;
  /** The text between parentheses, if any. */
  args?: string;
}

function segmentsOf(rest: string): Segment[] {
  return rest
    .split('/')
    .filter(Boolean)
    .map((raw) => {
      const text = decodeURIComponent(raw);
      const open = text.indexOf('(');
      return open === -1 || !text.endsWith(')')
        ? { name: text.toLowerCase() }
        : { name: text.slice(0, open).toLowerCase(), args: text.slice(open + 1, -1) };
    });
}

/** `'OKR admins'` → `OKR admins`; `guid'…'` → the guid; `5` → 5. */
function argument(args: string | undefined): string {
  const value = (args ?? '').trim();
  const quoted = /^(?:guid)?'(.*)'$/is.exec(value);
  return quoted ? (quoted[1] as string).replace(/''/g, "'") : value;
}

/** `principalid=5,roledefid=1073741827` → { principalid: '5', roledefid: '…' } (names lower case). */
function namedArguments(args: string | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of (args ?? '').split(',')) {
    const [name, value] = part.split('=');
    if (name && value !== undefined) result[name.trim().toLowerCase()] = value.trim();
  }
  return result;
}

function methodOf(request: GraphRequest): string {
  const tunnelled = request.headers['x-http-method']?.toUpperCase();
  return request.method === 'POST' && tunnelled ? tunnelled : request.method;
}

function route(context: RestContext, segments: Segment[]): GraphResponse {
  const [web, collection, member, ...rest] = segments;
  const method = methodOf(context.request);
  if (web?.name !== 'web' || web.args !== undefined) throw notFound(segments);
  if (!collection) return only(method, 'GET', () => entity(context, 'SP.Web', renderWeb(context)));
  requireScope(context, method === 'GET' ? 'read' : 'fullControl');
  switch (collection.name) {
    case 'currentuser':
      if (!member)
        return only(method, 'GET', () => userEntity(context, ensure(context, context.user)));
      if (member.name === 'groups' && rest.length === 0)
        return only(method, 'GET', () => currentUserGroups(context));
      throw notFound(segments);
    case 'associatedownergroup':
    case 'associatedmembergroup':
    case 'associatedvisitorgroup':
      if (member) throw notFound(segments);
      return only(method, 'GET', () => {
        const site = security(context);
        const id =
          defaultGroupIds[
            collection.name === 'associatedownergroup'
              ? 'owners'
              : collection.name === 'associatedmembergroup'
                ? 'members'
                : 'visitors'
          ];
        return entity(
          context,
          'SP.Group',
          renderGroup(site, findGroup(site, { name: 'getbyid', args: String(id) })),
        );
      });
    case 'ensureuser':
      return only(method, 'POST', () => ensureUserCall(context));
    case 'sitegroups':
      return siteGroups(context, method, collection, member, rest);
    case 'roledefinitions':
      return roleDefinitions(context, method, collection, member, rest);
    case 'lists':
      return lists(context, method, collection, member, rest);
    default:
      throw notFound(segments);
  }
}

// ── scopes and rights ──────────────────────────────────────────────────────────────────────────

/**
 * SharePoint's delegated permissions (resource `https://{tenant}.sharepoint.com`): reading
 * needs `AllSites.Read`, changing a list's settings `AllSites.Manage`, permissions and groups
 * `AllSites.FullControl` (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/add-in-permissions-in-sharepoint).
 */
const scopeSets = {
  read: ['AllSites.Read', 'AllSites.Write', 'AllSites.Manage', 'AllSites.FullControl'],
  manage: ['AllSites.Manage', 'AllSites.FullControl'],
  fullControl: ['AllSites.FullControl'],
} as const;

function requireScope(context: RestContext, need: keyof typeof scopeSets): void {
  const accepted = scopeSets[need];
  if (accepted.some((scope) => context.caller.scopes.has(scope))) return;
  throw new GraphHttpError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    `Access denied. The token grants ${[...context.caller.scopes].join(' ') || 'no scope'}; this call needs the SharePoint delegated permission ${accepted.join(' or ')}.`,
  );
}

function security(context: RestContext): SiteSecurity {
  return structuredClone(siteSecurityOf(context.env.db.state, context.site));
}

function commitSecurity(context: RestContext, next: SiteSecurity): void {
  context.env.db.commit({ t: 'setSiteSecurity', security: next, at: now(), by: context.user.id });
}

function requireWebRight(
  context: RestContext,
  right: 'createGroups' | 'managePermissions',
  doing: string,
) {
  if (
    !holds(
      webPermissions(siteSecurityOf(context.env.db.state, context.site), context.user.id),
      right,
    )
  )
    throw accessDenied(
      `'${context.user.displayName}' may not ${doing} (SharePoint permission ${right === 'createGroups' ? 'CreateGroups' : 'ManagePermissions'}).`,
    );
}

/** The site user of a person, added to the site's user list if they are not in it yet. */
function ensure(context: RestContext, person: EmulatedUser, into?: SiteSecurity): number {
  const target = into ?? security(context);
  const existing = target.users.find((u) => u.oid.toLowerCase() === person.id.toLowerCase());
  if (existing) return existing.id;
  const id = target.nextPrincipalId;
  target.nextPrincipalId += 1;
  target.users.push({ id, oid: person.id });
  if (!into) commitSecurity(context, target);
  return id;
}

// ── users and groups ───────────────────────────────────────────────────────────────────────────

function personByLogin(context: RestContext, login: unknown): EmulatedUser {
  if (typeof login !== 'string' || !login.trim())
    throw badRequest(
      "A user is named by 'LoginName' (or 'logonName'), e.g. 'i:0#.f|membership|megan@contoso.onmicrosoft.com'.",
    );
  const name = login.trim().toLowerCase();
  const upn = name.split('|').pop() ?? name;
  const person = context.env
    .users()
    .find(
      (u) =>
        u.userPrincipalName.toLowerCase() === upn ||
        (u.mail ?? '').toLowerCase() === upn ||
        loginNameOf(u) === name,
    );
  if (!person)
    throw new GraphHttpError(
      404,
      '-2146232832, Microsoft.SharePoint.SPException',
      `The specified user ${login} could not be found.`,
    );
  return person;
}

function ensureUserCall(context: RestContext): GraphResponse {
  const body = entityBody(context, 'SP.User', true);
  const person = personByLogin(context, body.logonName);
  return userEntity(context, ensure(context, person));
}

function currentUserGroups(context: RestContext): GraphResponse {
  const site = security(context);
  const principals = principalsOf(site, context.user.id);
  return collectionOf(
    context,
    'SP.Group',
    site.groups.filter((g) => principals.has(g.id)).map((g) => renderGroup(site, g)),
  );
}

function findGroup(site: SiteSecurity, selector: Segment): SiteGroupRecord {
  const key = argument(selector.args);
  const group =
    selector.name === 'getbyname'
      ? site.groups.find((g) => g.title.toLowerCase() === key.toLowerCase())
      : site.groups.find((g) => g.id === Number(key));
  if (!group)
    throw new GraphHttpError(
      404,
      '-2146232832, Microsoft.SharePoint.SPException',
      'Group cannot be found.',
    );
  return group;
}

/** The group's owner, a member when members may edit, or whoever manages the site's permissions. */
function mayChangeGroup(context: RestContext, site: SiteSecurity, group: SiteGroupRecord): boolean {
  const principals = principalsOf(site, context.user.id);
  return (
    principals.has(group.ownerId) ||
    (group.allowMembersEditMembership && principals.has(group.id)) ||
    holds(webPermissions(site, context.user.id), 'managePermissions')
  );
}

function siteGroups(
  context: RestContext,
  method: string,
  collection: Segment,
  member: Segment | undefined,
  rest: Segment[],
): GraphResponse {
  const site = security(context);
  if (!member && collection.args === undefined) {
    if (method === 'GET')
      return collectionOf(
        context,
        'SP.Group',
        site.groups.map((g) => renderGroup(site, g)),
      );
    return only(method, 'POST', () => createGroup(context, site));
  }
  const selector =
    collection.args !== undefined ? { name: 'getbyid', args: collection.args } : member!;
  const tail =
    collection.args !== undefined ? ([member, ...rest].filter(Boolean) as Segment[]) : rest;
  if (!['getbyid', 'getbyname'].includes(selector.name)) throw notFound([collection, selector]);
  const group = findGroup(site, selector);
  const [child, action] = tail;
  if (!child) {
    if (method === 'GET') return entity(context, 'SP.Group', renderGroup(site, group));
    return only(method, 'MERGE', () => {
      if (!mayChangeGroup(context, site, group))
        throw accessDenied(`Only the owner of '${group.title}' may change it.`);
      const body = entityBody(context, 'SP.Group', false);
      if (typeof body.Description === 'string') group.description = body.Description;
      if (typeof body.AllowMembersEditMembership === 'boolean')
        group.allowMembersEditMembership = body.AllowMembersEditMembership;
      if (typeof body.OnlyAllowMembersViewMembership === 'boolean')
        group.onlyAllowMembersViewMembership = body.OnlyAllowMembersViewMembership;
      commitSecurity(context, site);
      return { status: 204, headers: {} };
    });
  }
  if (child.name === 'setuserasowner' && !action)
    return only(method, 'POST', () => {
      if (!mayChangeGroup(context, site, group))
        throw accessDenied(`Only the owner of '${group.title}' may change its owner.`);
      const ownerId = Number(argument(child.args));
      if (!site.groups.some((g) => g.id === ownerId) && !site.users.some((u) => u.id === ownerId))
        throw badRequest(`No user or group has the id ${child.args ?? ''} on this site.`);
      group.ownerId = ownerId;
      commitSecurity(context, site);
      return { status: 204, headers: {} };
    });
  if (child.name !== 'users') throw notFound([child]);
  const principals = principalsOf(site, context.user.id);
  if (
    group.onlyAllowMembersViewMembership &&
    !principals.has(group.id) &&
    !mayChangeGroup(context, site, group)
  )
    throw accessDenied(`Only the members of '${group.title}' may see who is in it.`);
  if (!action) {
    if (method === 'GET') {
      const people = group.everyone
        ? context.env.users()
        : context.env
            .users()
            .filter((u) => group.memberIds.some((id) => id.toLowerCase() === u.id.toLowerCase()));
      const rendered = people.map((person) =>
        renderUser(context, ensure(context, person, site), person),
      );
      if (people.length) commitSecurity(context, site);
      return collectionOf(context, 'SP.User', rendered);
    }
    return only(method, 'POST', () => {
      if (!mayChangeGroup(context, site, group))
        throw accessDenied(
          `'${context.user.displayName}' may not add people to '${group.title}': only its owner may${group.allowMembersEditMembership ? ', and its members' : ''}.`,
        );
      const person = personByLogin(context, entityBody(context, 'SP.User', true).LoginName);
      const userId = ensure(context, person, site);
      if (!group.memberIds.some((id) => id.toLowerCase() === person.id.toLowerCase()))
        group.memberIds.push(person.id);
      commitSecurity(context, site);
      return entityResponse(context, 'SP.User', renderUser(context, userId, person), 201);
    });
  }
  if (action.name === 'removebyid')
    return only(method, 'POST', () => {
      if (!mayChangeGroup(context, site, group))
        throw accessDenied(
          `'${context.user.displayName}' may not remove people from '${group.title}'.`,
        );
      const siteUser = site.users.find((u) => u.id === Number(argument(action.args)));
      if (!siteUser)
        throw new GraphHttpError(
          404,
          '-2146232832, Microsoft.SharePoint.SPException',
          'User cannot be found.',
        );
      group.memberIds = group.memberIds.filter(
        (id) => id.toLowerCase() !== siteUser.oid.toLowerCase(),
      );
      commitSecurity(context, site);
      return {
        status: 200,
        headers: jsonHeaders(context.dialect),
        body: context.dialect === 'verbose' ? { d: { RemoveById: null } } : { 'odata.null': true },
      };
    });
  throw notFound([action]);
}

function createGroup(context: RestContext, site: SiteSecurity): GraphResponse {
  requireWebRight(context, 'createGroups', 'create groups on this site');
  const body = entityBody(context, 'SP.Group', true);
  const title = body.Title;
  if (typeof title !== 'string' || !title.trim() || title.length > 255)
    throw badRequest("A group needs a 'Title' of 1 to 255 characters.");
  if (site.groups.some((g) => g.title.toLowerCase() === title.trim().toLowerCase()))
    throw badRequest(
      `The specified name is already in use. Please try again with a different name. (${title})`,
    );
  const ownerId = ensure(context, context.user, site);
  const group: SiteGroupRecord = {
    id: site.nextPrincipalId,
    title: title.trim(),
    description: typeof body.Description === 'string' ? body.Description : '',
    // The creator owns the group (SP.GroupCollection.add); members are added one by one.
    ownerId,
    memberIds: [],
    everyone: false,
    allowMembersEditMembership: body.AllowMembersEditMembership === true,
    onlyAllowMembersViewMembership: body.OnlyAllowMembersViewMembership !== false,
  };
  site.nextPrincipalId += 1;
  site.groups.push(group);
  commitSecurity(context, site);
  return entityResponse(context, 'SP.Group', renderGroup(site, group), 201);
}

// ── permission levels ──────────────────────────────────────────────────────────────────────────

function roleDefinitions(
  context: RestContext,
  method: string,
  collection: Segment,
  member: Segment | undefined,
  rest: Segment[],
): GraphResponse {
  const site = security(context);
  if (rest.length) throw notFound(rest);
  if (!member && collection.args === undefined) {
    if (method === 'GET')
      return collectionOf(
        context,
        'SP.RoleDefinition',
        site.roleDefinitions.map(renderRoleDefinition),
      );
    return only(method, 'POST', () => {
      requireWebRight(context, 'managePermissions', 'create permission levels');
      const body = entityBody(context, 'SP.RoleDefinition', true);
      const mask = body.BasePermissions as { High?: unknown; Low?: unknown } | undefined;
      const name = body.Name;
      if (typeof name !== 'string' || !name.trim())
        throw badRequest("A permission level needs a 'Name'.");
      if (!mask || !isWord(mask.High) || !isWord(mask.Low))
        throw badRequest(
          "A permission level needs 'BasePermissions': { High, Low }, each a 32-bit number as a string.",
        );
      if (site.roleDefinitions.some((d) => d.name.toLowerCase() === name.trim().toLowerCase()))
        throw badRequest(`A permission level named '${name}' already exists.`);
      const definition: RoleDefinitionRecord = {
        id: Math.max(...site.roleDefinitions.map((d) => d.id)) + 1,
        name: name.trim(),
        description: typeof body.Description === 'string' ? body.Description : '',
        roleTypeKind: 0,
        order: typeof body.Order === 'number' ? body.Order : 160,
        high: String(mask.High),
        low: String(mask.Low),
        hidden: false,
      };
      site.roleDefinitions.push(definition);
      commitSecurity(context, site);
      return entityResponse(context, 'SP.RoleDefinition', renderRoleDefinition(definition), 201);
    });
  }
  const selector =
    collection.args !== undefined
      ? { name: 'getbyid', args: collection.args }
      : (member as Segment);
  const key = argument(selector.args);
  const definition = site.roleDefinitions.find((d) =>
    selector.name === 'getbyname'
      ? d.name.toLowerCase() === key.toLowerCase()
      : selector.name === 'getbytype'
        ? d.roleTypeKind === Number(key)
        : selector.name === 'getbyid' && d.id === Number(key),
  );
  if (!definition)
    throw new GraphHttpError(
      404,
      '-2146232832, Microsoft.SharePoint.SPException',
      'Permission level cannot be found.',
    );
  return only(method, 'GET', () =>
    entity(context, 'SP.RoleDefinition', renderRoleDefinition(definition)),
  );
}

function isWord(value: unknown): boolean {
  const number = typeof value === 'string' || typeof value === 'number' ? Number(value) : NaN;
  return Number.isInteger(number) && number >= 0 && number <= 0xffffffff;
}

// ── lists: settings, inheritance, role assignments ────────────────────────────────────────────

function findListBy(context: RestContext, selector: Segment): ListRecord {
  const key = argument(selector.args).toLowerCase();
  const list = [...context.env.db.state.lists.values()].find(
    (l) =>
      l.siteId === context.site.id &&
      (selector.name === 'getbytitle' ? l.displayName.toLowerCase() === key : l.id === key),
  );
  if (!list)
    throw new GraphHttpError(
      404,
      '-1, System.ArgumentException',
      `List '${argument(selector.args)}' does not exist at site with URL '${siteWebUrl(context.site)}'.`,
    );
  return list;
}

function lists(
  context: RestContext,
  method: string,
  collection: Segment,
  member: Segment | undefined,
  rest: Segment[],
): GraphResponse {
  const selector =
    collection.args !== undefined ? { name: 'getbyid', args: collection.args } : member;
  const tail =
    collection.args !== undefined ? ([member, ...rest].filter(Boolean) as Segment[]) : rest;
  if (!selector || !['getbytitle', 'getbyid'].includes(selector.name)) throw notFound([collection]);
  const list = findListBy(context, selector);
  const site = siteSecurityOf(context.env.db.state, context.site);
  const current: ListSecurity = list.security ?? defaultListSecurity;
  const [child, action, ...extra] = tail;
  if (extra.length) throw notFound(extra);
  if (!child) {
    if (method === 'GET') return entity(context, 'SP.List', renderList(context, list));
    return only(method, 'MERGE', () => {
      requireScope(context, 'manage');
      if (!holds(listPermissions(site, list, context.user.id), 'manageLists'))
        throw accessDenied(
          `'${context.user.displayName}' may not change the settings of '${list.displayName}' (SharePoint permission ManageLists).`,
        );
      const body = entityBody(context, 'SP.List', false);
      const next = { ...structuredClone(current) };
      for (const [name, allowed] of [
        ['ReadSecurity', [1, 2]],
        ['WriteSecurity', [1, 2, 4]],
      ] as const) {
        const value = body[name];
        if (value === undefined) continue;
        if (typeof value !== 'number' || !(allowed as readonly number[]).includes(value))
          throw badRequest(
            `${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}.`,
          );
        next[name === 'ReadSecurity' ? 'readSecurity' : 'writeSecurity'] = value;
      }
      setListSecurity(context, list, next);
      return { status: 204, headers: {} };
    });
  }
  if (child.name === 'effectivebasepermissions' && !action) {
    return only(method, 'GET', () => {
      const mask = listPermissions(site, list, context.user.id);
      const high = highWord(site, list, context.user.id);
      return entity(context, 'SP.BasePermissions', { High: String(high), Low: String(mask) });
    });
  }
  const requireManagePermissions = () => {
    if (!holds(listPermissions(site, list, context.user.id), 'managePermissions'))
      throw accessDenied(
        `'${context.user.displayName}' may not change who has access to '${list.displayName}' (SharePoint permission ManagePermissions).`,
      );
  };
  if (child.name === 'breakroleinheritance' && !action)
    return only(method, 'POST', () => {
      requireManagePermissions();
      const args = namedArguments(child.args);
      const copy = (args.copyroleassignments ?? argument(child.args)).toLowerCase() === 'true';
      if (!current.roleAssignments) {
        // Without copying, SharePoint leaves the caller alone on the list, with Full Control.
        const assignments = copy
          ? structuredClone(site.roleAssignments)
          : [{ principalId: ensureInSite(context), roleDefinitionIds: [fullControlId(site)] }];
        setListSecurity(context, list, { ...current, roleAssignments: assignments });
      }
      return {
        status: 200,
        headers: jsonHeaders(context.dialect),
        body: nullBody(context, 'BreakRoleInheritance'),
      };
    });
  if (child.name === 'resetroleinheritance' && !action)
    return only(method, 'POST', () => {
      requireManagePermissions();
      setListSecurity(context, list, {
        readSecurity: current.readSecurity,
        writeSecurity: current.writeSecurity,
      });
      return {
        status: 200,
        headers: jsonHeaders(context.dialect),
        body: nullBody(context, 'ResetRoleInheritance'),
      };
    });
  if (child.name !== 'roleassignments') throw notFound([child]);
  const assignments = current.roleAssignments ?? site.roleAssignments;
  if (!action)
    return only(method, 'GET', () => {
      // Reading who has access needs EnumeratePermissions (Full Control has it; Edit does not).
      if ((highWord(site, list, context.user.id) & enumeratePermissionsHigh) === 0)
        throw accessDenied(
          `'${context.user.displayName}' may not see who has access to '${list.displayName}' (SharePoint permission EnumeratePermissions).`,
        );
      return collectionOf(
        context,
        'SP.RoleAssignment',
        assignments.map((a) => renderAssignment(context, site, a)),
      );
    });
  if (action.name === 'addroleassignment' || action.name === 'removeroleassignment')
    return only(method, 'POST', () => {
      requireManagePermissions();
      if (!current.roleAssignments)
        throw badRequest(
          `This operation is not allowed on an object that inherits permissions. Break the inheritance of '${list.displayName}' first (breakroleinheritance).`,
        );
      const args = namedArguments(action.args);
      const principalId = Number(args.principalid);
      const roleDefinitionId = Number(args.roledefid);
      if (
        !site.groups.some((g) => g.id === principalId) &&
        !site.users.some((u) => u.id === principalId)
      )
        throw badRequest(
          `No user or group has the id ${args.principalid ?? '(none)'} on this site.`,
        );
      if (!site.roleDefinitions.some((d) => d.id === roleDefinitionId))
        throw badRequest(
          `No permission level has the id ${args.roledefid ?? '(none)'} on this site.`,
        );
      const next = structuredClone(current.roleAssignments);
      const existing = next.find((a) => a.principalId === principalId);
      if (action.name === 'addroleassignment') {
        if (!existing) next.push({ principalId, roleDefinitionIds: [roleDefinitionId] });
        else if (!existing.roleDefinitionIds.includes(roleDefinitionId))
          existing.roleDefinitionIds.push(roleDefinitionId);
      } else if (existing) {
        existing.roleDefinitionIds = existing.roleDefinitionIds.filter(
          (id) => id !== roleDefinitionId,
        );
      }
      setListSecurity(context, list, {
        ...current,
        roleAssignments: next.filter((a) => a.roleDefinitionIds.length > 0),
      });
      return {
        status: 200,
        headers: jsonHeaders(context.dialect),
        body: nullBody(context, action.name),
      };
    });
  throw notFound([action]);
}

/** SP.PermissionKind.EnumeratePermissions (63) is bit 30 of the high word. */
const enumeratePermissionsHigh = 0x40000000;

function ensureInSite(context: RestContext): number {
  return ensure(context, context.user);
}

function fullControlId(site: SiteSecurity): number {
  return (site.roleDefinitions.find((d) => d.roleTypeKind === 5) as RoleDefinitionRecord).id;
}

function highWord(site: SiteSecurity, list: ListRecord, oid: string): number {
  const principals = principalsOf(site, oid);
  let high = 0;
  for (const assignment of list.security?.roleAssignments ?? site.roleAssignments) {
    if (!principals.has(assignment.principalId)) continue;
    for (const id of assignment.roleDefinitionIds)
      high |= Number(site.roleDefinitions.find((d) => d.id === id)?.high ?? 0);
  }
  return high >>> 0;
}

function setListSecurity(context: RestContext, list: ListRecord, next: ListSecurity): void {
  context.env.db.commit({
    t: 'setListSecurity',
    listId: list.id,
    security: next,
    at: now(),
    by: context.user.id,
  });
}

// ── rendering ──────────────────────────────────────────────────────────────────────────────────

function renderWeb(context: RestContext): Record<string, unknown> {
  return {
    Id: context.site.id.split(',')[2],
    Title: context.site.displayName,
    Description: context.site.description ?? '',
    ServerRelativeUrl: context.site.path,
    Url: siteWebUrl(context.site),
  };
}

function renderGroup(site: SiteSecurity, group: SiteGroupRecord): Record<string, unknown> {
  const owner = site.groups.find((g) => g.id === group.ownerId)?.title ?? `user ${group.ownerId}`;
  return {
    Id: group.id,
    IsHiddenInUI: false,
    LoginName: group.title,
    Title: group.title,
    PrincipalType: 8,
    AllowMembersEditMembership: group.allowMembersEditMembership,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: group.description,
    OnlyAllowMembersViewMembership: group.onlyAllowMembersViewMembership,
    OwnerTitle: owner,
    RequestToJoinLeaveEmailSetting: null,
  };
}

function renderUser(
  context: RestContext,
  id: number,
  person: EmulatedUser,
): Record<string, unknown> {
  return {
    Id: id,
    IsHiddenInUI: false,
    LoginName: loginNameOf(person),
    Title: person.displayName,
    PrincipalType: 1,
    Email: person.mail ?? '',
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: false,
    UserId: { NameId: person.id, NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: person.userPrincipalName,
  };
}

function userEntity(context: RestContext, id: number): GraphResponse {
  return entity(context, 'SP.User', renderUser(context, id, context.user));
}

function renderRoleDefinition(definition: RoleDefinitionRecord): Record<string, unknown> {
  return {
    BasePermissions: { High: definition.high, Low: definition.low },
    Description: definition.description,
    Hidden: definition.hidden,
    Id: definition.id,
    Name: definition.name,
    Order: definition.order,
    RoleTypeKind: definition.roleTypeKind,
  };
}

/** `$expand=Member,RoleDefinitionBindings` adds the principal and its permission levels. */
function renderAssignment(
  context: RestContext,
  site: SiteSecurity,
  assignment: RoleAssignmentRecord,
): Record<string, unknown> {
  const expand = (context.request.query.get('$expand') ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim());
  const rendered: Record<string, unknown> = { PrincipalId: assignment.principalId };
  if (expand.includes('member')) {
    const group = site.groups.find((g) => g.id === assignment.principalId);
    const siteUser = site.users.find((u) => u.id === assignment.principalId);
    const person = siteUser && context.env.users().find((u) => u.id === siteUser.oid);
    rendered.Member = group
      ? renderGroup(site, group)
      : person
        ? renderUser(context, assignment.principalId, person)
        : { Id: assignment.principalId };
  }
  if (expand.includes('roledefinitionbindings'))
    rendered.RoleDefinitionBindings = collectionBody(
      context,
      'SP.RoleDefinition',
      assignment.roleDefinitionIds.flatMap((id) => {
        const definition = site.roleDefinitions.find((d) => d.id === id);
        return definition ? [renderRoleDefinition(definition)] : [];
      }),
    );
  return rendered;
}

const listDefaults = ['Id', 'Title', 'Description', 'BaseTemplate', 'ItemCount', 'Created'];
const listSelectable = new Set(
  [...listDefaults, 'HasUniqueRoleAssignments', 'ReadSecurity', 'WriteSecurity'].map((n) =>
    n.toLowerCase(),
  ),
);

/** As SharePoint: `HasUniqueRoleAssignments` and the security settings come only when `$select`ed. */
function renderList(context: RestContext, list: ListRecord): Record<string, unknown> {
  const security = list.security ?? defaultListSecurity;
  const all: Record<string, unknown> = {
    Id: list.id,
    Title: list.displayName,
    Description: list.description,
    BaseTemplate: list.template === 'documentLibrary' ? 101 : 100,
    ItemCount: list.items.size,
    Created: list.created,
    HasUniqueRoleAssignments: security.roleAssignments !== undefined,
    ReadSecurity: security.readSecurity,
    WriteSecurity: security.writeSecurity,
  };
  const select = context.request.query.get('$select');
  const names = select
    ? select
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : listDefaults;
  const rendered: Record<string, unknown> = {};
  for (const name of names) {
    if (!listSelectable.has(name.toLowerCase()))
      throw badRequest(
        `The property '${name}' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.`,
      );
    const key = Object.keys(all).find((k) => k.toLowerCase() === name.toLowerCase()) as string;
    rendered[key] = all[key];
  }
  return rendered;
}

// ── dialects ───────────────────────────────────────────────────────────────────────────────────

function jsonHeaders(dialect: Dialect): Record<string, string> {
  return {
    'Content-Type': `application/json;odata=${dialect};streaming=true;charset=utf-8`,
    'X-SharePointHealthScore': '0',
  };
}

function withMetadata(context: RestContext, type: string, body: Record<string, unknown>) {
  return context.dialect === 'verbose'
    ? {
        __metadata: { id: `${context.apiRoot}${type}`, uri: `${context.apiRoot}${type}`, type },
        ...body,
      }
    : body;
}

function collectionBody(context: RestContext, type: string, values: Record<string, unknown>[]) {
  const items = values.map((value) => withMetadata(context, type, value));
  return context.dialect === 'verbose' ? { results: items } : items;
}

function collectionOf(
  context: RestContext,
  type: string,
  values: Record<string, unknown>[],
): GraphResponse {
  const items = values.map((value) => withMetadata(context, type, value));
  const body =
    context.dialect === 'verbose'
      ? { d: { results: items } }
      : context.dialect === 'minimalmetadata'
        ? { 'odata.metadata': `${context.apiRoot}$metadata#${type}s`, value: items }
        : { value: items };
  return { status: 200, headers: jsonHeaders(context.dialect), body };
}

function entity(context: RestContext, type: string, value: Record<string, unknown>): GraphResponse {
  return entityResponse(context, type, value, 200);
}

function entityResponse(
  context: RestContext,
  type: string,
  value: Record<string, unknown>,
  status: number,
): GraphResponse {
  const body =
    context.dialect === 'verbose'
      ? { d: withMetadata(context, type, value) }
      : context.dialect === 'minimalmetadata'
        ? { 'odata.metadata': `${context.apiRoot}$metadata#${type}/@Element`, ...value }
        : value;
  return { status, headers: jsonHeaders(context.dialect), body };
}

function nullBody(context: RestContext, method: string): unknown {
  return context.dialect === 'verbose' ? { d: { [method]: null } } : { 'odata.null': true };
}

/**
 * The request's entity: with `Content-Type: …odata=verbose` it must carry
 * `__metadata: { type }` naming the entity type, as SharePoint requires of verbose bodies.
 */
function entityBody(
  context: RestContext,
  type: string,
  required: boolean,
): Record<string, unknown> {
  const body = context.request.body;
  if (body === undefined && !required) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest(`The request needs a JSON body describing the ${type}.`);
  const record = body as Record<string, unknown>;
  const verbose = (context.request.headers['content-type'] ?? '')
    .toLowerCase()
    .includes('odata=verbose');
  const metadata = record.__metadata as { type?: unknown } | undefined;
  if (verbose && metadata?.type !== type && type !== 'SP.User')
    throw badRequest(`A verbose body needs "__metadata": { "type": "${type}" }.`);
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== '__metadata'));
}

function only(method: string, allowed: string, handle: () => GraphResponse): GraphResponse {
  if (method !== allowed)
    throw new GraphHttpError(
      405,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The HTTP method '${method}' cannot be used here; use ${allowed}.`,
    );
  return handle();
}

function badRequest(message: string): GraphHttpError {
  return new GraphHttpError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    message,
  );
}

function notFound(segments: readonly (Segment | undefined)[]): GraphHttpError {
  const name = segments.find(Boolean)?.name ?? '';
  return new GraphHttpError(
    404,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The emulator's SharePoint REST has no resource '${name}' here.`,
  );
}

/** SharePoint's error bodies: `odata.error` (JSON light) or `error` (verbose), message with its language. */
function sharePointError(error: unknown, dialect: Dialect): GraphResponse {
  const known = error instanceof GraphHttpError ? error : undefined;
  if (!known) console.error('[graph-emulator] SharePoint REST failure:', error);
  const status = known?.status ?? 500;
  const code =
    known?.status === 403
      ? '-2147024891, System.UnauthorizedAccessException'
      : known?.status === 401
        ? '-2147024891, System.UnauthorizedAccessException'
        : (known?.code ?? '-1, System.Exception');
  const message = { lang: 'en-US', value: known?.message ?? String(error) };
  const inner = { code: code.startsWith('-') ? code : `-1, ${code}`, message };
  return {
    status,
    headers: jsonHeaders(dialect),
    body: dialect === 'verbose' ? { error: inner } : { 'odata.error': inner },
  };
}
