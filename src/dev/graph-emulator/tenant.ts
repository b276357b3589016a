/** The tenant the emulator pretends to be: its sites and users exist up front, as in real Graph. */
export interface EmulatedSite {
  /** `{hostname},{site collection guid},{web guid}` — the composite id Graph uses. */
  id: string;
  /** Server-relative path, `/` for the root site, e.g. `/sites/okr`. */
  path: string;
  displayName: string;
  description?: string;
  /** Microsoft 365 group ids whose team site this is (`/groups/{id}/sites/root`). */
  groupIds?: readonly string[];
  /** Whether this is the tenant's root site (`/sites/root`). */
  root?: boolean;
  /**
   * Apps granted this site under `Sites.Selected`, as an admin grants them with
   * `POST /sites/{id}/permissions` (https://learn.microsoft.com/graph/api/site-post-permissions).
   */
  appGrants?: readonly { readonly appId: string; readonly roles: readonly ('read' | 'write')[] }[];
}

export interface EmulatedUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail?: string;
  givenName?: string;
  surname?: string;
  jobTitle?: string;
  department?: string;
  officeLocation?: string;
  preferredLanguage?: string;
  /** The mailbox's time zone, a Windows or IANA name (`mailboxSettings.timeZone`). */
  timeZone?: string;
}

export function siteHostname(site: EmulatedSite): string {
  return site.id.split(',')[0] ?? '';
}

export function siteWebUrl(site: EmulatedSite): string {
  return `https://${siteHostname(site)}${site.path === '/' ? '' : site.path}`;
}

export function assertValidSite(site: EmulatedSite): void {
  const parts = site.id.split(',');
  if (parts.length !== 3 || !parts[0] || !isGuid(parts[1]) || !isGuid(parts[2])) {
    throw new Error(`Site id '${site.id}' must be '{hostname},{guid},{guid}'.`);
  }
  if (!site.path.startsWith('/')) throw new Error(`Site path '${site.path}' must start with '/'.`);
}

export function assertValidUser(user: EmulatedUser): void {
  if (!user.id || !user.displayName || !user.userPrincipalName) {
    throw new Error('A user needs an id, a displayName and a userPrincipalName.');
  }
}

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isGuid(value: string | undefined): boolean {
  return value !== undefined && guidPattern.test(value);
}
