import { authorize } from './auth';
import { GraphHttpError, invalidRequest } from './errors';
import { json, type GraphResponse, type HandlerContext } from './graph-request';
import { parseExpand, parseSelect, queryOption, rejectUnsupported } from './odata-query';
import { metadataUrl, renderSite } from './resources';
import { siteHostname, type EmulatedSite } from './tenant';

/**
 * Finds the site a path addresses and what follows it. Graph's forms:
 * `/sites/root`, `/sites/{hostname},{guid},{guid}`, `/sites/{hostname}`,
 * `/sites/{hostname}:/{server-relative-path}[:/rest]` and `/groups/{group-id}/sites/root`.
 */
export interface SiteAddress {
  site: EmulatedSite;
  rest: string;
}

const siteNotFound = () =>
  new GraphHttpError(404, 'itemNotFound', 'Requested site could not be found');

export function resolveSite(path: string, sites: readonly EmulatedSite[]): SiteAddress | undefined {
  const byPath = /^\/sites\/([^/:]+):(\/[^:]*?)\/?(?::(\/.*)?)?$/.exec(path);
  if (byPath) {
    const hostname = decodeURIComponent(byPath[1] as string).toLowerCase();
    const serverPath = decodeURIComponent(byPath[2] as string).toLowerCase() || '/';
    const site = sites.find(
      (s) => siteHostname(s).toLowerCase() === hostname && s.path.toLowerCase() === serverPath,
    );
    if (!site) throw siteNotFound();
    return { site, rest: byPath[3] ?? '' };
  }
  const byGroup = /^\/groups\/([^/]+)\/sites\/root(\/.*)?$/.exec(path);
  if (byGroup) {
    const groupId = decodeURIComponent(byGroup[1] as string).toLowerCase();
    const site = sites.find((s) => s.groupIds?.some((id) => id.toLowerCase() === groupId));
    if (!site) throw siteNotFound();
    return { site, rest: byGroup[2] ?? '' };
  }
  const byId = /^\/sites\/([^/]+)(\/.*)?$/.exec(path);
  if (byId) {
    const id = decodeURIComponent(byId[1] as string).toLowerCase();
    const site =
      id === 'root'
        ? sites.find((s) => s.root)
        : (sites.find((s) => s.id.toLowerCase() === id) ??
          sites.find((s) => s.root && !id.includes(',') && siteHostname(s).toLowerCase() === id));
    if (!site) throw siteNotFound();
    return { site, rest: byId[2] ?? '' };
  }
  return undefined;
}

/** The site's properties and relationships (https://learn.microsoft.com/graph/api/resources/site). */
const siteProperties = new Set([
  'createdDateTime',
  'description',
  'displayName',
  'eTag',
  'error',
  'id',
  'isPersonalSite',
  'lastModifiedDateTime',
  'name',
  'root',
  'sharepointIds',
  'siteCollection',
  'webUrl',
  'createdBy',
  'lastModifiedBy',
  'parentReference',
  'analytics',
  'columns',
  'contentTypes',
  'drive',
  'drives',
  'externalColumns',
  'items',
  'lists',
  'onenote',
  'operations',
  'pages',
  'permissions',
  'sites',
  'termStore',
]);

/**
 * One site; `$select` answers only the properties it names, named in `@odata.context` as for a
 * list, and a name the site does not have is a 400
 * (https://learn.microsoft.com/graph/query-parameters#select-parameter).
 * Another query option is refused, never ignored: a collection's options (`$top`, `$filter`, …)
 * have nothing to act on in one site, and `$expand` of a relationship
 * (https://learn.microsoft.com/graph/api/resources/site: `lists`, `drive`, …) is a 400
 * `notSupported`, as on a list.
 */
export function getSite(context: HandlerContext, site: EmulatedSite): GraphResponse {
  authorize(context.caller, 'sites.read');
  rejectUnsupported(context.request.query, ['select', 'expand']);
  for (const option of parseExpand(queryOption(context.request.query, 'expand')))
    throw siteProperties.has(option.property)
      ? new GraphHttpError(
          400,
          'notSupported',
          `The emulator does not expand a site's '${option.property}': it models no relationship of a site.`,
        )
      : invalidRequest(
          `Parsing OData Select and Expand failed: Could not find a property named '${option.property}' on type 'microsoft.graph.site'.`,
        );
  const select = parseSelect(queryOption(context.request.query, 'select'));
  for (const name of select ?? [])
    if (!siteProperties.has(name))
      throw invalidRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.site'.`,
      );
  const rendered = renderSite(site);
  return json(200, {
    '@odata.context': metadataUrl(
      context.env,
      select ? `sites(${select.join(',')})/$entity` : 'sites/$entity',
    ),
    ...(select
      ? Object.fromEntries(
          select.filter((name) => name in rendered).map((name) => [name, rendered[name]]),
        )
      : rendered),
  });
}
