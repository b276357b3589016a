/**
 * Finding the OKR site and its lists.
 */
import { NotFoundError } from '../errors';
import { lists, listKeys, type ListKey } from '../schema';
import type { BatchExecutor, StepOutcome } from './batch';
import type { ErrorContext } from './errors';

/** A site as `hostname:/server-relative/path` (e.g. `contoso.sharepoint.com:/sites/okr`) or a site id. */
export type SiteAddress = string;

export interface ExistingColumn {
  readonly id?: string;
  readonly name: string;
  readonly indexed?: boolean;
  readonly enforceUniqueValues?: boolean;
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

/** The site's layout, and the outcomes of the reads sent alongside it, in their order. */
export interface OpenedSite extends SiteLayout {
  readonly alongside: readonly StepOutcome[];
}

/**
 * One `$batch`: the site, and each of the schema's lists by title with its columns (a list that
 * does not exist yet answers 404). `alongside` are further GETs for the same batch, e.g. a list's
 * items addressed by the list's title (see `ListPaths.byTitle`), so a first read needs no wave
 * of its own after the ids are known.
 */
export async function readSiteLayout(
  batch: BatchExecutor,
  site: SiteAddress,
  context: ErrorContext,
  alongside: readonly string[] = [],
): Promise<OpenedSite> {
  const base = sitePath(site);
  const names = listKeys.map((key) => lists[key].displayName);
  const [siteOutcome, ...outcomes] = await batch.run(
    [
      { method: 'GET', url: `${base}?$select=id,webUrl` },
      ...names.map((name) => ({
        method: 'GET' as const,
        url: `${base}/lists/${encodeURIComponent(name)}?$select=id,displayName&$expand=columns`,
      })),
      ...alongside.map((url) => ({ method: 'GET' as const, url })),
    ],
    { ...context, idempotent: true },
  );
  const listOutcomes = outcomes.slice(0, names.length);
  if (!siteOutcome!.ok) {
    if (siteOutcome!.error instanceof NotFoundError) {
      throw new NotFoundError(`The OKR site ${site} was not found. Check the site address.`);
    }
    throw siteOutcome!.error;
  }
  const found = new Map<string, ExistingList>();
  listOutcomes.forEach((outcome, index) => {
    if (outcome.ok) found.set(names[index]!, outcome.body as ExistingList);
    else if (!(outcome.error instanceof NotFoundError)) throw outcome.error;
  });
  const siteBody = siteOutcome!.body as { id: string; webUrl?: string };
  return {
    siteId: siteBody.id,
    webUrl: siteBody.webUrl,
    lists: found,
    alongside: outcomes.slice(names.length),
  };
}

/**
 * The columns added to the schema after the site was set up (`mayBeMissing`) that its lists
 * lack: reads leave them out until provisioning adds them.
 */
export function missingColumnsOf(layout: SiteLayout): Partial<Record<ListKey, Set<string>>> {
  const missing: Partial<Record<ListKey, Set<string>>> = {};
  for (const key of listKeys) {
    const found = layout.lists.get(lists[key].displayName);
    if (!found) continue;
    const names = new Set(found.columns.map((column) => column.name));
    const lacking = lists[key].columns.filter(
      (column) => column.mayBeMissing && !names.has(column.name),
    );
    if (lacking.length > 0) missing[key] = new Set(lacking.map((column) => column.name));
  }
  return missing;
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
