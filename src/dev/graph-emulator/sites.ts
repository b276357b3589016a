import { authorize } from './auth';
import { GraphHttpError } from './errors';
import { json, type GraphResponse, type HandlerContext } from './graph-request';
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

export function getSite(context: HandlerContext, site: EmulatedSite): GraphResponse {
  authorize(context.caller, 'sites.read');
  return json(200, {
    '@odata.context': metadataUrl(context.env, 'sites/$entity'),
    ...renderSite(site),
  });
}
