/**
 * Who may change what on the OKR site, enforced by SharePoint itself (the app only mirrors it).
 * Provisioning sets it, the site check reports where a site was loosened, and the UI reads the
 * same table to show only what a person may do.
 *
 * - Two SharePoint groups: "OKR admins" (owns itself and "OKR coaches": only admins, and the site
 *   owners, change who is in either) and "OKR coaches". The site's Owners keep Full Control.
 * - Settings and teams: only admins (and owners) write; everyone reads. The operating model, the
 *   story and the roles live there, so a member cannot make themselves admin.
 * - Cycles: admins and coaches write (closing a cycle, the next cycle, the coaching plan).
 * - Objectives, key results, initiatives: every member adds and edits (a team drafts together,
 *   a KR owner's check-in moves the KR) but cannot delete; admins and coaches delete and edit
 *   all. SharePoint has no "edit only where the Owner column is me" rule, so owner-only editing
 *   would need unique permissions on every item, set by an elevated service on each create and
 *   owner change (and SharePoint advises keeping unique scopes per list well under 50,000); the
 *   version history keeps every edit instead.
 * - Check-ins: item-level write security 2, "create items and edit items that were created by
 *   the user": members add check-ins and correct only their own; admins and coaches hold Edit,
 *   whose ManageLists right passes over item-level security, so corrections go through them.
 *   https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ms410739(v=office.14)
 * - Meeting sessions, notifications and reminder preferences inherit the site's permissions.
 */
import type { RequestOptions } from './repository';
import type { ListKey } from './schema';

export const okrGroups = { admins: 'OKR admins', coaches: 'OKR coaches' } as const;

/** The principals a scheme names: the site's default groups and the two OKR groups. */
export type AccessPrincipal = 'owners' | 'admins' | 'coaches' | 'members' | 'visitors';

/** SharePoint permission levels; `contributeNoDelete` is the one provisioning adds. */
export type AccessLevel = 'fullControl' | 'edit' | 'contribute' | 'contributeNoDelete' | 'read';

export interface ListAccess {
  readonly levels: Readonly<Record<AccessPrincipal, AccessLevel>>;
  /** SharePoint's WriteSecurity: 1 every item, 2 only the items the person created. */
  readonly writeSecurity: 1 | 2;
  /** In the user's words, for the site check and refusals. */
  readonly rule: string;
}

const adminsWrite: ListAccess = {
  levels: {
    owners: 'fullControl',
    admins: 'contribute',
    coaches: 'read',
    members: 'read',
    visitors: 'read',
  },
  writeSecurity: 1,
  rule: 'only OKR admins and site owners change it; everyone else reads it',
};

export const listAccess: Partial<Readonly<Record<ListKey, ListAccess>>> = {
  settings: adminsWrite,
  teams: adminsWrite,
  cycles: {
    levels: { ...adminsWrite.levels, coaches: 'contribute' },
    writeSecurity: 1,
    rule: 'OKR admins and coaches change it; everyone else reads it',
  },
  ...Object.fromEntries(
    (['objectives', 'keyResults', 'initiatives'] as const).map((key) => [
      key,
      {
        levels: {
          owners: 'fullControl',
          admins: 'edit',
          coaches: 'edit',
          members: 'contributeNoDelete',
          visitors: 'read',
        },
        writeSecurity: 1,
        rule: 'members add and edit; only OKR admins and coaches delete',
      } satisfies ListAccess,
    ]),
  ),
  checkIns: {
    levels: {
      owners: 'fullControl',
      admins: 'edit',
      coaches: 'edit',
      members: 'contribute',
      visitors: 'read',
    },
    writeSecurity: 2,
    rule: 'members add check-ins and correct only their own; OKR admins and coaches correct any',
  },
};

/** The permission level provisioning adds: Contribute without deleting items or versions. */
export const contributeNoDelete = {
  name: 'OKR Contribute without delete',
  description: 'Can view, add and update list items, but not delete them (OKR Coach).',
};

/** What a person may do in the app, from the groups they are in. */
export interface AccessRoles {
  /** In "OKR admins" or the site's Owners. */
  readonly admin: boolean;
  /** In "OKR coaches", or an admin. */
  readonly coach: boolean;
}

export type OkrRole = keyof typeof okrGroups;

/** A person as a SharePoint group lists them. */
export interface RoleMember {
  /** The site user id, which removing them needs. */
  readonly siteUserId: number;
  readonly displayName: string;
  /** Their sign-in name (UPN), which is also how they are added. */
  readonly userPrincipalName: string;
}

export interface SiteRoles {
  /** What the signed-in person may do, from the groups they are in. */
  mine(options?: RequestOptions): Promise<AccessRoles>;
  members(role: OkrRole, options?: RequestOptions): Promise<readonly RoleMember[]>;
  /** The site's owners, who are admins without being in "OKR admins". */
  owners(options?: RequestOptions): Promise<readonly RoleMember[]>;
  /** Adds a person by UPN; SharePoint refuses (403) anyone but an admin or a site owner. */
  add(role: OkrRole, userPrincipalName: string, options?: RequestOptions): Promise<void>;
  remove(role: OkrRole, siteUserId: number, options?: RequestOptions): Promise<void>;
}
