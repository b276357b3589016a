/**
 * SharePoint's own REST API, for what Microsoft Graph has no API for: site groups, permission
 * levels, a list's role assignments and its item-level security. It goes through the same
 * middleware chain as Graph (auth, retry, timeout, typed errors), with its own token: the
 * resource is the tenant's SharePoint (`https://contoso.sharepoint.com/AllSites.Read`), not Graph.
 *
 * Requests carry a bearer token, so no form digest (`X-RequestDigest`) is needed; bodies and
 * answers are JSON light without metadata (`odata=nometadata`).
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/complete-basic-operations-using-sharepoint-rest-endpoints
 * https://learn.microsoft.com/previous-versions/office/developer/sharepoint-rest-reference/dn531432(v=office.15)
 */
import {
  createGraphConnection,
  type GraphConnection,
  type GraphConnectionOptions,
} from './connection';
import type { ErrorContext } from './errors';

/** Delegated SharePoint permissions: reading groups, and changing groups and permissions. */
export type SharePointScope = 'AllSites.Read' | 'AllSites.FullControl';

const realGraphHosts =
  /(^|\.)graph\.microsoft\.(com|us|de)$|(^|\.)microsoftgraph\.chinacloudapi\.cn$/i;

/**
 * Where the site's `/_api` is served: by SharePoint at the site's own address, or — on the local
 * stack, whose Graph root is not Microsoft Graph's — by the emulator beside its Graph root.
 */
export function sharePointApiRoot(webUrl: string, graphBaseUrl: string): string {
  const site = new URL(webUrl);
  const graph = new URL(graphBaseUrl);
  const origin = realGraphHosts.test(graph.hostname) ? site.origin : graph.origin;
  return `${origin}${site.pathname.replace(/\/$/, '')}/_api`;
}

export interface SharePointRest {
  get<T>(path: string, context?: ErrorContext): Promise<T>;
  /** `merge: true` sends an update (`X-HTTP-Method: MERGE`). */
  post<T>(path: string, body?: unknown, context?: ErrorContext, merge?: boolean): Promise<T>;
}

export function sharePointRest(
  options: Omit<GraphConnectionOptions, 'graphBaseUrl' | 'scopes'>,
  webUrl: string,
  graphBaseUrl: string,
  scope: SharePointScope,
): SharePointRest {
  const resource = new URL(webUrl).origin;
  const connection: GraphConnection = createGraphConnection({
    ...options,
    graphBaseUrl: sharePointApiRoot(webUrl, graphBaseUrl),
    scopes: [`${resource}/${scope}`],
  });
  const headers = {
    Accept: 'application/json;odata=nometadata',
    'Content-Type': 'application/json;odata=nometadata',
  };
  const permission = `${scope} (SharePoint)`;
  return {
    get: (path, context) =>
      connection.send({ method: 'GET', path, headers }, { permission, ...context }),
    post: (path, body, context, merge = false) =>
      connection.send(
        {
          method: 'POST',
          path,
          body: body ?? {},
          headers: merge ? { ...headers, 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' } : headers,
        },
        { permission, ...context },
      ),
  };
}

/** A title in a SharePoint REST path: `getbytitle('OKR Check-ins')`, quotes doubled. */
export function quoted(text: string): string {
  return `'${encodeURIComponent(text.replace(/'/g, "''"))}'`;
}
