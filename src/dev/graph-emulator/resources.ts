import { columnDefinitionProperties } from './columns';
import type { ColumnRecord } from './columns';
import { toColumnDefinition } from './columns';
import { invalidRequest } from './errors';
import type { GraphEnvironment } from './graph-request';
import { itemETag, renderFields } from './item-fields';
import type { ItemRecord, ListRecord } from './state';
import {
  identitiesOf,
  siteHostname,
  siteWebUrl,
  type EmulatedSite,
  type EmulatedUser,
} from './tenant';

/** Renders stored records as the Graph resources the docs show (site, list, listItem, user…). */
const tenantEpoch = '2024-01-01T00:00:00Z';

export function metadataUrl(env: GraphEnvironment, fragment: string): string {
  return `${env.graphBaseUrl}/$metadata#${fragment}`;
}

/**
 * The `Location` of a created entity: "the response MUST contain a Location header that contains
 * the edit URL or read URL of the created entity" (OData 4.01 Protocol, Create an Entity:
 * https://docs.oasis-open.org/odata/odata/v4.01/odata-v4.01-part1-protocol.html#sec_CreateanEntity),
 * here the URL that reads it, on the origin the caller addressed.
 */
export function createdAt(env: GraphEnvironment, path: string): { Location: string } {
  return { Location: `${env.graphBaseUrl}${path}` };
}

export function siteSegment(site: EmulatedSite): string {
  return `sites('${encodeURIComponent(site.id)}')`;
}

/**
 * How SharePoint names whatever an app wrote on its own token (no user signed in): the user
 * "SharePoint App", beside the application (https://learn.microsoft.com/graph/api/newslinkpage-get
 * shows it; SharePoint/sp-dev-docs#1213).
 */
export const sharePointAppName = 'SharePoint App';

/** The app's name: the Teams app's for its Entra app, else one made from its client id. */
export function appDisplayName(env: GraphEnvironment, appId: string): string {
  const app = env.activityFeed.app;
  return app && app.entraAppId.toLowerCase() === appId.toLowerCase() ? app.name : `App ${appId}`;
}

/**
 * Whether an author id no person of the directory has is an app of this tenant: the Teams app's
 * Entra app, or an app a site granted under `Sites.Selected`.
 */
function isTenantApp(env: GraphEnvironment, id: string): boolean {
  const lower = id.toLowerCase();
  return (
    env.activityFeed.app?.entraAppId.toLowerCase() === lower ||
    env.sites().some((site) => site.appGrants?.some((grant) => grant.appId.toLowerCase() === lower))
  );
}

/** How SharePoint shows a person in a lookup: their display name (empty for someone unknown). */
export function displayNameIn(env: GraphEnvironment): (userId: string) => string {
  return (userId) =>
    env.users().find((u) => u.id === userId)?.displayName ??
    (isTenantApp(env, userId) ? sharePointAppName : '');
}

/** Who SharePoint names as the creator of what came with a site, such as its Documents library. */
export const systemAccountId = 'sharepoint-system';

/**
 * An identitySet (https://learn.microsoft.com/graph/api/resources/identityset): the person, or for
 * an app's own write the application and SharePoint's "SharePoint App" user.
 */
export function identity(
  env: GraphEnvironment,
  userId: string,
): { user: Record<string, string>; application?: Record<string, string> } {
  if (userId === systemAccountId) return { user: { displayName: 'System Account' } };
  const user = env.users().find((u) => u.id === userId);
  if (!user && isTenantApp(env, userId))
    return {
      application: { id: userId, displayName: appDisplayName(env, userId) },
      user: { displayName: sharePointAppName },
    };
  return {
    user: {
      email: user?.mail ?? user?.userPrincipalName ?? '',
      id: userId,
      displayName: user?.displayName ?? '',
    },
  };
}

export function renderSite(site: EmulatedSite): Record<string, unknown> {
  const segments = site.path.split('/').filter(Boolean);
  return {
    createdDateTime: tenantEpoch,
    description: site.description ?? '',
    id: site.id,
    lastModifiedDateTime: tenantEpoch,
    name: segments[segments.length - 1] ?? '',
    webUrl: siteWebUrl(site),
    displayName: site.displayName,
    // https://learn.microsoft.com/graph/api/resources/site: a OneDrive is a personal site.
    isPersonalSite: false,
    ...(site.root ? { root: {} } : {}),
    siteCollection: { hostname: siteHostname(site) },
  };
}

export function renderList(
  env: GraphEnvironment,
  site: EmulatedSite,
  list: ListRecord,
): Record<string, unknown> {
  const eTag = `"${list.id},${list.version}"`;
  return {
    '@odata.etag': eTag,
    createdDateTime: list.created,
    description: list.description,
    eTag,
    id: list.id,
    lastModifiedDateTime: list.modified,
    name: list.name,
    // Libraries live at the site's root (…/Shared%20Documents), lists under /Lists.
    webUrl:
      list.template === 'documentLibrary'
        ? `${siteWebUrl(site)}/${encodeURIComponent(list.name)}`
        : `${siteWebUrl(site)}/Lists/${list.name}`,
    displayName: list.displayName,
    createdBy: identity(env, list.createdById),
    lastModifiedBy: identity(env, list.modifiedById),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
}

/** A columnDefinition, reduced to the `$select`ed properties when there are any. */
export function renderColumn(
  column: ColumnRecord,
  select?: readonly string[],
): Record<string, unknown> {
  const full = toColumnDefinition(column);
  if (!select) return full;
  const picked: Record<string, unknown> = {};
  for (const name of select) if (full[name] !== undefined) picked[name] = full[name];
  return picked;
}

/** Hidden columns are left out unless `hidden` is selected (resources/columndefinition). */
export function renderColumns(
  list: ListRecord,
  select: readonly string[] | undefined,
): Record<string, unknown>[] {
  if (select) assertColumnProperties(select);
  const showHidden = select?.includes('hidden') ?? false;
  return list.columns
    .filter((column) => showHidden || !column.hidden)
    .map((column) => renderColumn(column, select));
}

export function assertColumnProperties(select: readonly string[]): void {
  for (const name of select) {
    if (!columnDefinitionProperties.has(name)) {
      throw invalidRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.columnDefinition'.`,
      );
    }
  }
}

/**
 * The listItem resource's properties and relationships
 * (https://learn.microsoft.com/graph/api/resources/listitem): `$select` names these; a column is
 * not one of them, it is selected in `expand=fields(select=…)`
 * (https://learn.microsoft.com/graph/api/listitem-list).
 */
export const listItemProperties: ReadonlySet<string> = new Set([
  'analytics',
  'contentType',
  'createdBy',
  'createdByUser',
  'createdDateTime',
  'description',
  'documentSetVersions',
  'driveItem',
  'eTag',
  'fields',
  'id',
  'lastModifiedBy',
  'lastModifiedByUser',
  'lastModifiedDateTime',
  'name',
  'parentReference',
  'sharepointIds',
  'versions',
  'webUrl',
]);

export interface ItemRendering {
  withFields: boolean;
  fieldSelect?: readonly string[];
  select?: readonly string[];
}

interface ItemInSite {
  readonly env: GraphEnvironment;
  readonly site: EmulatedSite;
  readonly list: ListRecord;
  readonly item: ItemRecord;
}

/**
 * A listItem's own properties as Graph renders them, each read only when it is rendered: a page
 * of thousands of items `$select`s a few of them.
 */
const renderedItemProperties = new Map<string, (read: ItemInSite) => unknown>([
  ['createdDateTime', ({ item }) => item.created],
  ['eTag', ({ item }) => itemETag(item)],
  ['id', ({ item }) => String(item.id)],
  ['lastModifiedDateTime', ({ item }) => item.modified],
  ['webUrl', ({ site, list, item }) => `${siteWebUrl(site)}/Lists/${list.name}/${item.id}_.000`],
  ['createdBy', ({ env, item }) => identity(env, item.authorId)],
  ['lastModifiedBy', ({ env, item }) => identity(env, item.editorId)],
  ['parentReference', ({ site, list }) => ({ id: list.id, siteId: site.id })],
  ['contentType', () => ({ id: '0x0100', name: 'Item' })],
]);

export function renderItem(
  env: GraphEnvironment,
  site: EmulatedSite,
  list: ListRecord,
  item: ItemRecord,
  rendering: ItemRendering,
): Record<string, unknown> {
  const read: ItemInSite = { env, site, list, item };
  const rendered: Record<string, unknown> = { '@odata.etag': itemETag(item) };
  for (const [name, render] of renderedItemProperties)
    if (!rendering.select || rendering.select.includes(name)) rendered[name] = render(read);
  // Expanded fields come whatever `$select` names: OData's $expand adds to the selection
  // (https://docs.oasis-open.org/odata/odata/v4.01/odata-v4.01-part1-protocol.html, $expand).
  if (rendering.withFields) {
    rendered['fields@odata.context'] = metadataUrl(
      env,
      `${siteSegment(site)}/lists('${list.id}')/items('${item.id}')/fields/$entity`,
    );
    rendered.fields = renderFields(list, item, displayNameIn(env), rendering.fieldSelect);
  }
  return rendered;
}

/**
 * An item as delta reports a create or update: the listItem without `lastModifiedBy`, which the
 * delta feed does not carry (https://learn.microsoft.com/graph/api/listitem-delta, example 1;
 * https://learn.microsoft.com/en-us/answers/questions/5768708).
 */
export function renderDeltaItem(
  env: GraphEnvironment,
  site: EmulatedSite,
  list: ListRecord,
  item: ItemRecord,
  rendering: ItemRendering,
): Record<string, unknown> {
  const rendered = renderItem(env, site, list, item, rendering);
  delete rendered.lastModifiedBy;
  return rendered;
}

/** A deleted item in a delta page, as https://learn.microsoft.com/graph/api/listitem-delta example 2 shows it. */
export function renderRemovedItem(
  site: EmulatedSite,
  tombstone: { id: number },
): Record<string, unknown> {
  return {
    id: String(tombstone.id),
    parentReference: { siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
    deleted: { state: 'deleted' },
  };
}

/** The properties Graph returns for a user when nothing is selected. */
function defaultUserProperties(user: EmulatedUser): Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: user.displayName,
    givenName: user.givenName ?? null,
    jobTitle: user.jobTitle ?? null,
    mail: user.mail ?? null,
    mobilePhone: null,
    officeLocation: user.officeLocation ?? null,
    preferredLanguage: user.preferredLanguage ?? null,
    surname: user.surname ?? null,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
  };
}

/**
 * Properties Graph returns only when `$select` names them (https://learn.microsoft.com/graph/api/user-get).
 * The demo directory holds no postal addresses, so those are null, as Graph answers a property
 * that was never set.
 */
function selectOnlyUserProperties(user: EmulatedUser): Record<string, unknown> {
  return {
    accountEnabled: user.accountEnabled ?? true,
    userType: user.userType ?? 'Member',
    assignedLicenses: [],
    department: user.department ?? null,
    identities: identitiesOf(user),
    imAddresses: [],
    otherMails: [],
    proxyAddresses: [],
    city: null,
    country: null,
    postalCode: null,
    state: null,
    streetAddress: null,
  };
}

/**
 * The profile properties Graph returns only for one user, never within a user collection
 * (https://learn.microsoft.com/graph/api/user-list#optional-query-parameters); none is set in the
 * demo directory.
 */
const singleUserProfileProperties = {
  aboutMe: null,
  birthday: '0001-01-01T08:00:00Z',
  hireDate: '0001-01-01T08:00:00Z',
  interests: [],
  mySite: null,
  pastProjects: [],
  preferredName: null,
  responsibilities: [],
  schools: [],
  skills: [],
};

/** Selecting one of these on `/users` is Graph's 501 (user-list, "Response"). */
export const singleUserOnlyProperties: ReadonlySet<string> = new Set([
  ...Object.keys(singleUserProfileProperties),
  'mailboxSettings',
]);

/** A user's default properties, or exactly the selected ones. */
export function renderUser(
  user: EmulatedUser,
  select?: readonly string[],
): Record<string, unknown> {
  if (!select) return defaultUserProperties(user);
  const all: Record<string, unknown> = {
    ...singleUserProfileProperties,
    ...selectOnlyUserProperties(user),
    ...defaultUserProperties(user),
  };
  return Object.fromEntries(select.map((name) => [name, all[name]]));
}

const anyUser: EmulatedUser = { id: '', displayName: '', userPrincipalName: '' };

/** The user properties `$select` may name on one user. */
export const selectableUserProperties: ReadonlySet<string> = new Set([
  ...Object.keys(defaultUserProperties(anyUser)),
  ...Object.keys(selectOnlyUserProperties(anyUser)),
  ...Object.keys(singleUserProfileProperties),
]);
