import { GraphHttpError } from './errors';
import type { HandlerContext } from './graph-request';
import type { EmulatorState, ItemRecord, ListRecord } from './state';
import type { EmulatedSite, EmulatedUser } from './tenant';

/**
 * SharePoint's permissions as the emulator keeps them: site groups, role definitions (permission
 * levels), role assignments on the site and on lists that break inheritance, and a list's
 * item-level write security. Graph has no API for any of it; SharePoint enforces it under every
 * Graph list-item call, and so does the emulator (`requireListRight`).
 * - Users, groups and roles: https://learn.microsoft.com/previous-versions/office/developer/sharepoint-rest-reference/dn531432(v=office.15)
 * - Breaking inheritance: https://learn.microsoft.com/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface
 * - WriteSecurity (1 all items, 2 only items the user created, 4 none): https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ms410739(v=office.14)
 */

/** SP.BasePermissions bits of the low word that the emulator enforces (SP.PermissionKind − 1). */
export const basePermission = {
  viewListItems: 0x1,
  addListItems: 0x2,
  editListItems: 0x4,
  deleteListItems: 0x8,
  manageLists: 0x800,
  createGroups: 0x1000000,
  managePermissions: 0x2000000,
  manageWeb: 0x40000000,
} as const;
export type BasePermissionName = keyof typeof basePermission;

export interface RoleDefinitionRecord {
  id: number;
  name: string;
  description: string;
  /** SP.RoleType: 0 none (custom), 2 Reader, 3 Contributor, 4 WebDesigner, 5 Administrator, 6 Editor. */
  roleTypeKind: number;
  order: number;
  /** SP.BasePermissions as SharePoint writes them: two 32-bit words, in decimal strings. */
  high: string;
  low: string;
  hidden: boolean;
}

export interface RoleAssignmentRecord {
  principalId: number;
  roleDefinitionIds: number[];
}

export interface SiteGroupRecord {
  id: number;
  title: string;
  description: string;
  /** The principal (a user's or a group's id) that owns the group and may change its members. */
  ownerId: number;
  /** Entra object ids. */
  memberIds: string[];
  /** "Everyone except external users" is a member: every person of the tenant. */
  everyone: boolean;
  allowMembersEditMembership: boolean;
  onlyAllowMembersViewMembership: boolean;
}

/** A person in the site's user information list (`ensureuser` adds one). */
export interface SiteUserRecord {
  id: number;
  oid: string;
}

export interface SiteSecurity {
  siteId: string;
  nextPrincipalId: number;
  users: SiteUserRecord[];
  groups: SiteGroupRecord[];
  roleDefinitions: RoleDefinitionRecord[];
  roleAssignments: RoleAssignmentRecord[];
}

export interface ListSecurity {
  /** Present when the list breaks inheritance from the site. */
  roleAssignments?: RoleAssignmentRecord[];
  /** 1 read all items, 2 read only own items. */
  readSecurity: number;
  /** 1 edit all items, 2 edit only items the user created, 4 edit none. */
  writeSecurity: number;
}

export const defaultListSecurity: ListSecurity = { readSecurity: 1, writeSecurity: 1 };

/** SharePoint Online's built-in permission levels, with the ids and masks a new site has. */
const builtInRoleDefinitions: readonly RoleDefinitionRecord[] = [
  level(1073741829, 'Full Control', 5, 1, '2147483647', '4294967295', 'Has full control.'),
  level(
    1073741828,
    'Design',
    4,
    32,
    '432',
    '1012866047',
    'Can view, add, update, delete, approve, and customize.',
  ),
  level(
    1073741830,
    'Edit',
    6,
    48,
    '432',
    '1011030767',
    'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
  ),
  level(
    1073741827,
    'Contribute',
    3,
    64,
    '432',
    '1011028719',
    'Can view, add, update, and delete list items and documents.',
  ),
  level(
    1073741826,
    'Read',
    2,
    128,
    '176',
    '138612833',
    'Can view pages and list items and download documents.',
  ),
];

function level(
  id: number,
  name: string,
  roleTypeKind: number,
  order: number,
  high: string,
  low: string,
  description: string,
): RoleDefinitionRecord {
  return { id, name, description, roleTypeKind, order, high, low, hidden: false };
}

/** The default groups of a team site: Owners (Full Control), Visitors (Read), Members (Edit). */
export const defaultGroupIds = { owners: 3, visitors: 4, members: 5 } as const;

/**
 * A site as SharePoint creates it: its owners in the Owners group, every person of the tenant a
 * member (an organisation-wide OKR site), Members with Edit as on a group-connected team site.
 */
export function defaultSiteSecurity(site: EmulatedSite): SiteSecurity {
  const group = (
    id: number,
    suffix: string,
    memberIds: readonly string[],
    everyone: boolean,
  ): SiteGroupRecord => ({
    id,
    title: `${site.displayName} ${suffix}`,
    description: '',
    ownerId: defaultGroupIds.owners,
    memberIds: [...memberIds],
    everyone,
    allowMembersEditMembership: false,
    onlyAllowMembersViewMembership: false,
  });
  return {
    siteId: site.id,
    nextPrincipalId: 6,
    users: [],
    groups: [
      group(defaultGroupIds.owners, 'Owners', site.owners ?? [], false),
      group(defaultGroupIds.visitors, 'Visitors', [], false),
      group(defaultGroupIds.members, 'Members', [], true),
    ],
    roleDefinitions: builtInRoleDefinitions.map((definition) => ({ ...definition })),
    roleAssignments: [
      { principalId: defaultGroupIds.owners, roleDefinitionIds: [1073741829] },
      { principalId: defaultGroupIds.visitors, roleDefinitionIds: [1073741826] },
      { principalId: defaultGroupIds.members, roleDefinitionIds: [1073741830] },
    ],
  };
}

export function siteSecurityOf(state: EmulatorState, site: EmulatedSite): SiteSecurity {
  return state.siteSecurity.get(site.id) ?? defaultSiteSecurity(site);
}

/** The principals a person acts as on the site: their own user entry and every group they are in. */
export function principalsOf(security: SiteSecurity, oid: string): Set<number> {
  const principals = new Set<number>();
  const lower = oid.toLowerCase();
  const user = security.users.find((u) => u.oid.toLowerCase() === lower);
  if (user) principals.add(user.id);
  for (const group of security.groups) {
    if (group.everyone || group.memberIds.some((id) => id.toLowerCase() === lower))
      principals.add(group.id);
  }
  return principals;
}

/** The low word of the person's effective permissions under these role assignments. */
function maskUnder(
  security: SiteSecurity,
  assignments: readonly RoleAssignmentRecord[],
  oid: string,
): number {
  const principals = principalsOf(security, oid);
  let mask = 0;
  for (const assignment of assignments) {
    if (!principals.has(assignment.principalId)) continue;
    for (const id of assignment.roleDefinitionIds) {
      const definition = security.roleDefinitions.find((d) => d.id === id);
      if (definition) mask |= Number(definition.low);
    }
  }
  return mask >>> 0;
}

export function webPermissions(security: SiteSecurity, oid: string): number {
  return maskUnder(security, security.roleAssignments, oid);
}

export function listPermissions(security: SiteSecurity, list: ListRecord, oid: string): number {
  return maskUnder(security, list.security?.roleAssignments ?? security.roleAssignments, oid);
}

export function holds(mask: number, right: BasePermissionName): boolean {
  return (mask & basePermission[right]) !== 0;
}

/** SharePoint's own words for a refusal, in Graph's error shape (https://learn.microsoft.com/graph/errors). */
export function accessDenied(detail: string): GraphHttpError {
  return new GraphHttpError(
    403,
    'accessDenied',
    `Access denied. You do not have permission to perform this action or access this resource. ${detail}`,
  );
}

type ItemRight = 'read' | 'add' | 'edit' | 'delete';
const rightOf: Record<ItemRight, BasePermissionName> = {
  read: 'viewListItems',
  add: 'addListItems',
  edit: 'editListItems',
  delete: 'deleteListItems',
};

/**
 * What SharePoint checks under a Graph list-item call: the permission level the caller holds on
 * the list (its own role assignments, or the site's), then item-level write security — with 2,
 * an item someone else created can be changed only by a person who may manage the list. An app
 * calling with its own token is authorised by its application permission alone.
 */
export function requireListRight(
  context: HandlerContext,
  site: EmulatedSite,
  list: ListRecord,
  right: ItemRight,
  item?: ItemRecord,
): void {
  if (context.caller.kind === 'app') return;
  const security = siteSecurityOf(context.env.db.state, site);
  const mask = listPermissions(security, list, context.user.id);
  const needed = rightOf[right];
  if (!holds(mask, needed))
    throw accessDenied(
      `'${context.user.displayName}' may not ${describeRight(right)} in the list '${list.displayName}' (SharePoint permission ${capitalised(needed)}).`,
    );
  if (right === 'edit' || right === 'delete') {
    const writeSecurity = list.security?.writeSecurity ?? 1;
    const own = item !== undefined && item.authorId.toLowerCase() === context.user.id.toLowerCase();
    if (writeSecurity !== 1 && !(writeSecurity === 2 && own) && !holds(mask, 'manageLists'))
      throw accessDenied(
        writeSecurity === 2
          ? `The list '${list.displayName}' lets people change only the items they created; item ${item?.id ?? ''} was created by someone else, and changing it needs the SharePoint permission ManageLists.`
          : `The list '${list.displayName}' lets nobody change its items without the SharePoint permission ManageLists.`,
      );
  }
}

/** Creating a list needs ManageLists on the site; changing one's columns, ManageLists on it. */
export function requireManageLists(
  context: HandlerContext,
  site: EmulatedSite,
  list?: ListRecord,
): void {
  if (context.caller.kind === 'app') return;
  const security = siteSecurityOf(context.env.db.state, site);
  const mask = list
    ? listPermissions(security, list, context.user.id)
    : webPermissions(security, context.user.id);
  if (!holds(mask, 'manageLists'))
    throw accessDenied(
      `'${context.user.displayName}' may not manage ${list ? `the list '${list.displayName}'` : 'lists on this site'} (SharePoint permission ManageLists).`,
    );
}

function describeRight(right: ItemRight): string {
  return { read: 'read items', add: 'add items', edit: 'edit items', delete: 'delete items' }[
    right
  ];
}

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The login name SharePoint Online gives a Microsoft Entra user (claims encoded). */
export function loginNameOf(user: EmulatedUser): string {
  return `i:0#.f|membership|${user.userPrincipalName.toLowerCase()}`;
}
