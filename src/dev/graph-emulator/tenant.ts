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
  /**
   * Entra object ids of the people in the site's Owners group (Full Control); everyone else in
   * the tenant is in its Members group.
   */
  owners?: readonly string[];
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
  /**
   * How the user signs in (https://learn.microsoft.com/graph/api/resources/objectidentity);
   * by default the user principal name its tenant issued.
   */
  identities?: readonly UserIdentity[];
  /** False for a disabled account; accounts are enabled unless said otherwise. */
  accountEnabled?: boolean;
  /** `Guest` for a B2B guest; members unless said otherwise. */
  userType?: 'Member' | 'Guest';
}

export interface UserIdentity {
  signInType: string;
  issuer: string;
  issuerAssignedId: string;
}

/** The user's sign-in identities: a member signs in with the user principal name its tenant issued. */
export function identitiesOf(user: EmulatedUser): readonly UserIdentity[] {
  return (
    user.identities ?? [
      {
        signInType: 'userPrincipalName',
        issuer: user.userPrincipalName.split('@')[1] ?? '',
        issuerAssignedId: user.userPrincipalName,
      },
    ]
  );
}

export function siteHostname(site: EmulatedSite): string {
  return site.id.split(',')[0] ?? '';
}

export function siteWebUrl(site: EmulatedSite): string {
  return `https://${siteHostname(site)}${site.path === '/' ? '' : site.path}`;
}

/** Checks a site from code or from the control API's JSON, whatever its shape. */
export function assertValidSite(site: unknown): asserts site is EmulatedSite {
  const { id, path, displayName } = fieldsOf(site);
  const parts = typeof id === 'string' ? id.split(',') : [];
  if (parts.length !== 3 || !parts[0] || !isGuid(parts[1]) || !isGuid(parts[2])) {
    throw new Error(`Site id ${JSON.stringify(id)} must be '{hostname},{guid},{guid}'.`);
  }
  if (typeof path !== 'string' || !path.startsWith('/'))
    throw new Error(`Site path ${JSON.stringify(path)} must be a string starting with '/'.`);
  if (typeof displayName !== 'string' || !displayName)
    throw new Error(`Site '${String(id)}' needs a displayName.`);
}

/** Checks a user from code or from the control API's JSON, whatever its shape. */
export function assertValidUser(user: unknown): asserts user is EmulatedUser {
  const { id, displayName, userPrincipalName } = fieldsOf(user);
  if (![id, displayName, userPrincipalName].every((value) => typeof value === 'string' && value)) {
    throw new Error(
      `A user needs a string id, displayName and userPrincipalName; got ${JSON.stringify(user)}.`,
    );
  }
}

function fieldsOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isGuid(value: string | undefined): boolean {
  return value !== undefined && guidPattern.test(value);
}
