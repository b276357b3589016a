/**
 * The OKR roles as SharePoint holds them: membership of the "OKR admins" and "OKR coaches" site
 * groups (and the site's Owners, who are admins), read and changed through SharePoint REST
 * (Graph has no API for SharePoint groups). SharePoint enforces who may change them: the groups
 * are owned by "OKR admins", so only admins and site owners add or remove people.
 * https://learn.microsoft.com/previous-versions/office/developer/sharepoint-rest-reference/dn531432(v=office.15)
 */
import { okrGroups, type OkrRole, type RoleMember, type SiteRoles } from '../access';
import type { RequestOptions } from '../repository';
import { quoted, sharePointRest, type SharePointRest } from './sharepoint-rest';
import { createGraphConnection, type GraphConnectionOptions } from './connection';
import { sitePath, type SiteAddress } from './site';

interface Group {
  Id: number;
  Title: string;
}
interface SiteUser {
  Id: number;
  Title: string;
  UserPrincipalName: string | null;
}

const asMember = (user: SiteUser): RoleMember => ({
  siteUserId: user.Id,
  displayName: user.Title,
  userPrincipalName: user.UserPrincipalName ?? '',
});

/** The roles of one OKR site; its address (`webUrl`) is read through Graph once, when first needed. */
export function siteRoles(
  connection: Omit<GraphConnectionOptions, 'scopes'> & { readonly site: SiteAddress },
): SiteRoles {
  const { graphBaseUrl, site, ...options } = connection;
  let rests: Promise<{ read: SharePointRest; write: SharePointRest }> | undefined;
  const opened = () =>
    (rests ??= createGraphConnection(connection)
      .send<{ webUrl: string }>(
        { method: 'GET', path: `${sitePath(site)}?$select=webUrl` },
        { action: 'Opening the OKR site' },
      )
      .then(({ webUrl }) => ({
        read: sharePointRest(options, webUrl, graphBaseUrl, 'AllSites.Read'),
        write: sharePointRest(options, webUrl, graphBaseUrl, 'AllSites.FullControl'),
      }))
      .catch((error: unknown) => {
        rests = undefined;
        throw error;
      }));
  const group = (role: OkrRole) => `/web/sitegroups/getbyname(${quoted(okrGroups[role])})`;
  const context = (action: string, request?: RequestOptions) => ({
    action,
    ...(request?.signal ? { signal: request.signal } : {}),
  });
  return {
    async mine(request) {
      const { read } = await opened();
      const [mine, owners] = await Promise.all([
        read.get<{ value: Group[] }>(
          '/web/currentuser/groups',
          context('Reading your OKR roles', request),
        ),
        read.get<Group>('/web/associatedownergroup', context('Reading your OKR roles', request)),
      ]);
      const titles = new Set(mine.value.map((g) => g.Title.toLowerCase()));
      const admin =
        titles.has(okrGroups.admins.toLowerCase()) || mine.value.some((g) => g.Id === owners.Id);
      return { admin, coach: admin || titles.has(okrGroups.coaches.toLowerCase()) };
    },
    async members(role, request) {
      const { read } = await opened();
      const answer = await read.get<{ value: SiteUser[] }>(
        `${group(role)}/users`,
        context(`Reading the ${okrGroups[role]}`, request),
      );
      return answer.value.map(asMember);
    },
    async owners(request) {
      const { read } = await opened();
      const action = context("Reading the OKR site's owners", request);
      const owners = await read.get<Group>('/web/associatedownergroup', action);
      const answer = await read.get<{ value: SiteUser[] }>(
        `/web/sitegroups/getbyid(${owners.Id})/users`,
        action,
      );
      return answer.value.map(asMember);
    },
    async add(role, userPrincipalName, request) {
      const { write } = await opened();
      await write.post(
        `${group(role)}/users`,
        { LoginName: `i:0#.f|membership|${userPrincipalName}` },
        context(`Adding ${userPrincipalName} to ${okrGroups[role]}`, request),
      );
    },
    async remove(role, siteUserId, request) {
      const { write } = await opened();
      await write.post(
        `${group(role)}/users/removebyid(${siteUserId})`,
        undefined,
        context(`Removing a person from ${okrGroups[role]}`, request),
      );
    },
  };
}
