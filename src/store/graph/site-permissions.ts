/**
 * Sets and checks the OKR site's permissions (`../access.ts`) through SharePoint REST: the two OKR
 * groups, the "without delete" permission level, each list's own role assignments and its
 * item-level write security. Graph cannot do any of this (it has no API for SharePoint groups or
 * list permissions), so it needs a SharePoint token with `AllSites.FullControl` and a person who
 * may manage the site's permissions: a site owner.
 *
 * - Role assignments: https://learn.microsoft.com/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface
 *   (`breakroleinheritance(copyRoleAssignments, clearSubscopes)`, `roleassignments/addroleassignment(principalid, roledefid)`)
 * - Groups and permission levels: https://learn.microsoft.com/previous-versions/office/developer/sharepoint-rest-reference/dn531432(v=office.15)
 * - Permission levels are found by their RoleTypeKind (SP.RoleType), whatever the site's language.
 */
import {
  contributeNoDelete,
  listAccess,
  okrGroups,
  type AccessLevel,
  type AccessPrincipal,
  type ListAccess,
} from '../access';
import { ForbiddenError } from '../errors';
import { lists, listKeys } from '../schema';
import { quoted, type SharePointRest } from './sharepoint-rest';

/** Something on the site that lets more people do more than the OKR scheme allows. */
export interface PermissionProblem {
  /** The list's display name, or the group's name. */
  readonly target: string;
  readonly problem: string;
  readonly fix: string;
}

export interface PermissionsCheck {
  /** False when the caller may not see who has access (only site owners may). */
  readonly verified: boolean;
  readonly problems: readonly PermissionProblem[];
}

export interface PermissionsReport extends PermissionsCheck {
  /** What provisioning changed, one line each. */
  readonly changes: readonly string[];
}

interface Group {
  Id: number;
  Title: string;
  OwnerTitle?: string;
  OnlyAllowMembersViewMembership?: boolean;
}
interface RoleDefinition {
  Id: number;
  Name: string;
  RoleTypeKind: number;
  BasePermissions: { High: string; Low: string };
}
interface RoleAssignment {
  PrincipalId: number;
  RoleDefinitionBindings: RoleDefinition[];
}
interface ListSettings {
  HasUniqueRoleAssignments: boolean;
  WriteSecurity: number;
}
type Collection<T> = { value: T[] };

const roleTypeOf: Partial<Record<AccessLevel, number>> = {
  fullControl: 5,
  edit: 6,
  contribute: 3,
  read: 2,
};

/** SP.BasePermissions low word: DeleteListItems and DeleteVersions. */
const deleteRights = 0x8 | 0x80;

const levelNames: Record<AccessLevel, string> = {
  fullControl: 'Full Control',
  edit: 'Edit',
  contribute: 'Contribute',
  contributeNoDelete: contributeNoDelete.name,
  read: 'Read',
};

const principalNames: Record<AccessPrincipal, string> = {
  owners: 'the site owners',
  admins: okrGroups.admins,
  coaches: okrGroups.coaches,
  members: 'the site members',
  visitors: 'the site visitors',
};

interface SiteState {
  readonly principals: Record<AccessPrincipal, Group | undefined>;
  readonly levels: Record<AccessLevel, RoleDefinition | undefined>;
}

const listPath = (displayName: string) => `/web/lists/getbytitle(${quoted(displayName)})`;

async function readState(rest: SharePointRest): Promise<SiteState> {
  const [owners, members, visitors, groups, definitions] = await Promise.all([
    rest.get<Group>('/web/associatedownergroup'),
    rest.get<Group>('/web/associatedmembergroup'),
    rest.get<Group>('/web/associatedvisitorgroup'),
    rest.get<Collection<Group>>('/web/sitegroups'),
    rest.get<Collection<RoleDefinition>>('/web/roledefinitions'),
  ]);
  const group = (title: string) =>
    groups.value.find((g) => g.Title.toLowerCase() === title.toLowerCase());
  const level = (name: AccessLevel) =>
    name === 'contributeNoDelete'
      ? definitions.value.find((d) => d.Name === contributeNoDelete.name)
      : definitions.value.find((d) => d.RoleTypeKind === roleTypeOf[name]);
  return {
    principals: {
      owners,
      members,
      visitors,
      admins: group(okrGroups.admins),
      coaches: group(okrGroups.coaches),
    },
    levels: {
      fullControl: level('fullControl'),
      edit: level('edit'),
      contribute: level('contribute'),
      contributeNoDelete: level('contributeNoDelete'),
      read: level('read'),
    },
  };
}

const securedLists = listKeys.flatMap((key) => {
  const access = listAccess[key];
  return access ? [{ displayName: lists[key].displayName, access }] : [];
});

/** What the site's permissions lack against the scheme; reading role assignments needs an owner. */
export async function checkPermissions(
  rest: SharePointRest,
  existingLists: ReadonlySet<string>,
): Promise<PermissionsCheck> {
  const state = await readState(rest);
  const problems: PermissionProblem[] = [];
  for (const key of ['admins', 'coaches'] as const) {
    if (!state.principals[key])
      problems.push({
        target: principalNames[key],
        problem: `the SharePoint group '${principalNames[key]}' does not exist, so nobody holds the ${key === 'admins' ? 'admin' : 'coach'} role`,
        fix: 'run the provisioning again (npm run provision-lists) as a site owner',
      });
  }
  let verified = true;
  for (const { displayName, access } of securedLists) {
    if (!existingLists.has(displayName)) continue;
    const settings = await rest.get<ListSettings>(
      `${listPath(displayName)}?$select=HasUniqueRoleAssignments,WriteSecurity`,
    );
    if (!settings.HasUniqueRoleAssignments) {
      problems.push({
        target: displayName,
        problem: `inherits the site's permissions, so every site member may change or delete anything in it (the scheme: ${access.rule})`,
        fix: `stop inheriting permissions on '${displayName}' and give the groups their levels — provisioning does both`,
      });
      continue;
    }
    if (settings.WriteSecurity !== access.writeSecurity)
      problems.push({
        target: displayName,
        problem:
          access.writeSecurity === 2
            ? `lets people edit items others created (item-level permissions: WriteSecurity ${settings.WriteSecurity}); ${access.rule}`
            : `limits editing to the items each person created (WriteSecurity ${settings.WriteSecurity}); ${access.rule}`,
        fix: `List settings → Advanced settings → Item-level permissions → Create and Edit access: "${access.writeSecurity === 2 ? 'Create items and edit items that were created by the user' : 'Create and edit all items'}" (WriteSecurity ${access.writeSecurity})`,
      });
    const assignments = await readAssignments(rest, displayName);
    if (!assignments) {
      verified = false;
      continue;
    }
    for (const gap of assignmentGaps(state, access, assignments).extra)
      problems.push({
        target: displayName,
        problem: `${gap.who} has '${gap.level}', more than the scheme allows (${access.rule})`,
        fix: `remove '${gap.level}' for ${gap.who} on '${displayName}' (List settings → Permissions for this list), or run the provisioning again`,
      });
  }
  return { verified, problems };
}

async function readAssignments(
  rest: SharePointRest,
  displayName: string,
): Promise<RoleAssignment[] | undefined> {
  try {
    const answer = await rest.get<Collection<RoleAssignment>>(
      `${listPath(displayName)}/roleassignments?$expand=Member,RoleDefinitionBindings`,
    );
    return answer.value;
  } catch (error) {
    if (error instanceof ForbiddenError) return undefined;
    throw error;
  }
}

interface AssignmentGaps {
  readonly missing: { principalId: number; roleDefinitionId: number; who: string; level: string }[];
  readonly extra: { principalId: number; roleDefinitionId: number; who: string; level: string }[];
}

function assignmentGaps(
  state: SiteState,
  access: ListAccess,
  assignments: readonly RoleAssignment[],
): AssignmentGaps {
  const wanted = new Map<number, { roleDefinitionId: number; who: string; level: string }>();
  for (const [principal, level] of Object.entries(access.levels) as [
    AccessPrincipal,
    AccessLevel,
  ][]) {
    const group = state.principals[principal];
    const definition = state.levels[level];
    if (group && definition)
      wanted.set(group.Id, {
        roleDefinitionId: definition.Id,
        who: principalNames[principal],
        level: levelNames[level],
      });
  }
  const missing: AssignmentGaps['missing'] = [];
  const extra: AssignmentGaps['extra'] = [];
  for (const [principalId, want] of wanted) {
    const held = assignments.find((a) => a.PrincipalId === principalId);
    if (!held?.RoleDefinitionBindings.some((d) => d.Id === want.roleDefinitionId))
      missing.push({ principalId, ...want });
  }
  for (const assignment of assignments) {
    const want = wanted.get(assignment.PrincipalId);
    const who =
      want?.who ??
      (assignment as { Member?: { Title?: string } }).Member?.Title ??
      `principal ${assignment.PrincipalId}`;
    for (const binding of assignment.RoleDefinitionBindings) {
      if (binding.Id === want?.roleDefinitionId) continue;
      extra.push({
        principalId: assignment.PrincipalId,
        roleDefinitionId: binding.Id,
        who,
        level: binding.Name,
      });
    }
  }
  return { missing, extra };
}

/**
 * Sets the scheme on the site: creates what is missing, takes away what is more than the scheme
 * allows, and leaves alone what is right, so running it again changes nothing.
 */
export async function applyPermissions(
  rest: SharePointRest,
  existingLists: ReadonlySet<string>,
): Promise<PermissionsReport> {
  const changes: string[] = [];
  let state = await readState(rest);
  let admins = state.principals.admins;
  if (!admins) {
    admins = await rest.post<Group>('/web/sitegroups', {
      Title: okrGroups.admins,
      Description: 'OKR Coach: change the operating model, the story, teams and roles.',
      OnlyAllowMembersViewMembership: false,
    });
    changes.push(`created the group '${okrGroups.admins}'`);
  }
  if (!state.principals.coaches) {
    await rest.post<Group>('/web/sitegroups', {
      Title: okrGroups.coaches,
      Description: 'OKR Coach: see health across teams, correct check-ins, close cycles.',
      OnlyAllowMembersViewMembership: false,
    });
    changes.push(`created the group '${okrGroups.coaches}'`);
  }
  state = await readState(rest);
  for (const key of ['admins', 'coaches'] as const) {
    const group = state.principals[key] as Group;
    if (group.OwnerTitle !== okrGroups.admins) {
      // Only OKR admins (and site owners) change who is an admin or a coach.
      await rest.post(`/web/sitegroups(${group.Id})/setuserasowner(${admins.Id})`);
      changes.push(`'${okrGroups.admins}' now own '${group.Title}'`);
    }
    if (group.OnlyAllowMembersViewMembership !== false) {
      await rest.post(
        `/web/sitegroups(${group.Id})`,
        { OnlyAllowMembersViewMembership: false },
        {},
        true,
      );
      changes.push(`everyone may see who is in '${group.Title}' (the app shows the roles)`);
    }
  }
  if (!state.levels.contributeNoDelete) {
    const contribute = state.levels.contribute as RoleDefinition;
    await rest.post('/web/roledefinitions', {
      Name: contributeNoDelete.name,
      Description: contributeNoDelete.description,
      BasePermissions: {
        High: contribute.BasePermissions.High,
        Low: String((Number(contribute.BasePermissions.Low) & ~deleteRights) >>> 0),
      },
      Order: 65,
    });
    changes.push(`added the permission level '${contributeNoDelete.name}'`);
    state = await readState(rest);
  }

  const me = await rest.get<{ Id: number }>('/web/currentuser');
  const myGroups = await rest.get<Collection<Group>>('/web/currentuser/groups');
  const iAmOwner = myGroups.value.some((g) => g.Id === state.principals.owners?.Id);
  for (const { displayName, access } of securedLists) {
    if (!existingLists.has(displayName)) continue;
    const path = listPath(displayName);
    const settings = await rest.get<ListSettings>(
      `${path}?$select=HasUniqueRoleAssignments,WriteSecurity`,
    );
    if (!settings.HasUniqueRoleAssignments) {
      await rest.post(
        `${path}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`,
      );
      changes.push(`'${displayName}' stopped inheriting the site's permissions`);
    }
    const assignments = (await readAssignments(rest, displayName)) ?? [];
    const gaps = assignmentGaps(state, access, assignments);
    for (const add of gaps.missing) {
      await rest.post(
        `${path}/roleassignments/addroleassignment(principalid=${add.principalId},roledefid=${add.roleDefinitionId})`,
      );
      changes.push(`'${displayName}': ${add.who} get '${add.level}'`);
    }
    for (const remove of gaps.extra) {
      // Breaking inheritance left the provisioner alone with Full Control; a site owner keeps it
      // through the Owners group, anyone else would lock themselves out.
      if (remove.principalId === me.Id && !iAmOwner) continue;
      await rest.post(
        `${path}/roleassignments/removeroleassignment(principalid=${remove.principalId},roledefid=${remove.roleDefinitionId})`,
      );
      changes.push(`'${displayName}': ${remove.who} no longer have '${remove.level}'`);
    }
    if (settings.WriteSecurity !== access.writeSecurity) {
      await rest.post(path, { WriteSecurity: access.writeSecurity }, {}, true);
      changes.push(`'${displayName}': item-level write security ${access.writeSecurity}`);
    }
  }
  const after = await checkPermissions(rest, existingLists);
  return { ...after, changes };
}
