/**
 * Finding the OKR site and its lists: one `$batch` (the site, and its lists with their columns).
 */
import { NotFoundError } from '../errors';
import { lists, listKeys, type ListKey } from '../schema';
import type { BatchExecutor } from './batch';
import type { GraphConnection } from './connection';
import type { ErrorContext } from './errors';
import { queryAll } from './paging';

/** A site as `hostname:/server-relative/path` (e.g. `contoso.sharepoint.com:/sites/okr`) or a site id. */
export type SiteAddress = string;

export interface ExistingColumn {
  readonly id?: string;
  readonly name: string;
  readonly indexed?: boolean;
}

export interface ExistingList {
  readonly id: string;
  readonly displayName: string;
  readonly columns: readonly ExistingColumn[];
}

export interface SiteLayout {
  readonly siteId: string;
  readonly webUrl?: string;
  /** The site's lists by display name. */
  readonly lists: ReadonlyMap<string, ExistingList>;
}

/** The Graph path segment addressing a site in either form. */
export function sitePath(site: SiteAddress): string {
  const trimmed = site.trim();
  if (/^[^/,:]+:\/.*/.test(trimmed)) {
    // hostname:/path form; Graph needs the trailing colon before a sub-resource.
    const [hostname, ...rest] = trimmed.split(':');
    const path = rest.join(':').replace(/\/+$/, '');
    return `/sites/${hostname}:${encodeURI(path)}:`;
  }
  return `/sites/${encodeURIComponent(trimmed)}`;
}

export async function readSiteLayout(
  batch: BatchExecutor,
  connection: GraphConnection,
  site: SiteAddress,
  context: ErrorContext,
): Promise<SiteLayout> {
  const base = sitePath(site);
  let found: [[{ id: string; webUrl?: string }], ExistingList[]];
  try {
    found = (await queryAll(
      batch,
      connection,
      [`${base}?$select=id,webUrl`, `${base}/lists?$select=id,displayName&$expand=columns`],
      context,
    )) as typeof found;
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new NotFoundError(`The OKR site ${site} was not found. Check the site address.`);
    }
    throw error;
  }
  const [[siteBody], existing] = found;
  return {
    siteId: siteBody.id,
    webUrl: siteBody.webUrl,
    lists: new Map(existing.map((list) => [list.displayName, list])),
  };
}

/** The list ids the store needs, or the names of the lists that are missing. */
export function listIdsOf(layout: SiteLayout): {
  ids?: Record<ListKey, string>;
  missing: string[];
} {
  const missing: string[] = [];
  const ids = {} as Record<ListKey, string>;
  for (const key of listKeys) {
    const found = layout.lists.get(lists[key].displayName);
    if (found) ids[key] = found.id;
    else missing.push(lists[key].displayName);
  }
  return missing.length ? { missing } : { ids, missing };
}
