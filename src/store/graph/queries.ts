/**
 * Graph paths and OData query text for the OKR lists. Ids are checked to be item ids before
 * they are put in a filter, so text from users never becomes part of a query.
 */
import { InvalidError } from '../errors';
import { selectFields } from '../mapping';
import { listKeys, lists, type ListKey } from '../schema';
import { sitePath, type SiteAddress } from './site';

/** SharePoint's list-view threshold; Graph returns at most this many list items per page. */
export const MAX_PAGE_SIZE = 5000;
/**
 * List items per page for a background read (`RequestOptions.background`): a page of 5,000 KRs
 * is several megabytes of JSON, parsed in one task of the page's main thread (60–70 ms on a
 * 2-core machine, a frame dropped four times over); a page of a fifth of that stays well inside
 * a frame's budget, at the cost of more round trips that no one is waiting for.
 */
export const BACKGROUND_PAGE_SIZE = 1000;
/** Ids per `or` chain in one filter, keeping each URL well under Graph's length limits. */
export const IDS_PER_FILTER = 15;

export function isItemId(id: unknown): id is string {
  return typeof id === 'string' && /^[1-9]\d{0,9}$/.test(id);
}

export function itemId(id: string, what = 'id'): number {
  if (!isItemId(id)) throw new InvalidError(`Invalid ${what}: ${JSON.stringify(id)}`, [what]);
  return Number(id);
}

/** listItem properties a query may ask for beside its id, eTag and fields. */
export type ListItemProperty = 'lastModifiedBy' | 'lastModifiedDateTime';

/** Per list, the schema's columns that may be missing (`mayBeMissing`) and are, on this site. */
export type MissingColumns = Readonly<Partial<Record<ListKey, ReadonlySet<string>>>>;

export class ListPaths {
  constructor(
    private readonly siteId: string,
    private readonly listIds: Readonly<Record<ListKey, string>>,
    readonly pageSize: number,
    private readonly missingColumns: MissingColumns = {},
  ) {}

  /** Whether the site's `list` lacks `column`, one added to the schema after it was set up. */
  lacks(list: ListKey, column: string): boolean {
    return this.missingColumns[list]?.has(column) ?? false;
  }

  private fields(list: ListKey): string {
    return selectFields(list, this.missingColumns[list]);
  }

  /**
   * The lists addressed by the site's address and each list's title, before their ids are known:
   * Graph takes a list's title in place of its id (`GET /sites/{site-id}/lists/{list-title}`,
   * https://learn.microsoft.com/graph/api/list-get).
   */
  static byTitle(site: SiteAddress, pageSize: number): ListPaths {
    const titles = Object.fromEntries(
      listKeys.map((key) => [key, encodeURIComponent(lists[key].displayName)]),
    ) as Record<ListKey, string>;
    return new ListPaths(sitePath(site).slice('/sites/'.length), titles, pageSize);
  }

  /**
   * Which OKR lists these are: the Objectives list's id, the GUID SharePoint gives the list when
   * it is made (https://learn.microsoft.com/graph/api/resources/list). Item ids are numbered per
   * list, so they mean the same items only while it is this list (lists made again number from 1
   * again, under a new id).
   */
  get identity(): string {
    return this.listIds.objectives;
  }

  items(list: ListKey): string {
    return `/sites/${this.siteId}/lists/${this.listIds[list]}/items`;
  }

  /** The same lists, read at most `pageSize` items a page. */
  atMost(pageSize: number): ListPaths {
    return pageSize >= this.pageSize
      ? this
      : new ListPaths(this.siteId, this.listIds, pageSize, this.missingColumns);
  }

  item(list: ListKey, id: string): string {
    return `${this.items(list)}/${itemId(id)}`;
  }

  /** One item with the schema's fields. */
  get(list: ListKey, id: string): string {
    return `${this.item(list, id)}?expand=fields(select=${this.fields(list)})`;
  }

  /**
   * The list's item delta from now on, with the schema's fields: `token=latest` answers no items
   * and the deltaLink to follow later (https://learn.microsoft.com/graph/api/listitem-delta).
   */
  latestDelta(list: ListKey): string {
    const query = [`expand=fields(select=${this.fields(list)})`, `$top=${this.pageSize}`];
    return `${this.items(list)}/delta?${query.join('&')}&token=latest`;
  }

  /**
   * At most one matching item's id: whether any item matches, read at the same cost in a list of
   * any size (list items have no `$count`: https://learn.microsoft.com/graph/api/listitem-list).
   */
  firstId(list: ListKey, filter: string): string {
    return `${this.items(list)}?$select=id&$top=1&$filter=${encodeURIComponent(filter)}`;
  }

  /**
   * A page of items with the schema's fields, optionally filtered. Of the listItem's own
   * properties only the id and eTag come (and `also`, e.g. who changed it): the rest (webUrl,
   * createdBy, lastModifiedBy, parentReference, contentType…) would be more than half of each
   * item's bytes on a board of thousands (`$select` on listItem,
   * https://learn.microsoft.com/graph/api/resources/listitem; the fields come through their
   * expansion, https://learn.microsoft.com/graph/api/listitem-list).
   */
  query(list: ListKey, filter?: string, also: readonly ListItemProperty[] = []): string {
    const query = [
      `$select=${['id', 'eTag', 'fields', ...also].join(',')}`,
      `expand=fields(select=${this.fields(list)})`,
      `$top=${this.pageSize}`,
    ];
    if (filter) query.push(`$filter=${encodeURIComponent(filter)}`);
    return `${this.items(list)}?${query.join('&')}`;
  }
}

export function equals(column: string, id: string): string {
  return `fields/${column} eq ${itemId(id)}`;
}

export function anyOf(column: string, ids: readonly string[]): string {
  return ids.map((id) => equals(column, id)).join(' or ');
}

export function textEquals(column: string, value: string): string {
  return `fields/${column} eq '${value.replace(/'/g, "''")}'`;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}
