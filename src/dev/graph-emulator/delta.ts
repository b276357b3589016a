import { authorize } from './auth';
import { GraphHttpError } from './errors';
import { json, type GraphResponse, type HandlerContext } from './graph-request';
import { itemRendering } from './items';
import { findList } from './lists';
import { requireListRight } from './site-security';
import { parseTop, queryOption, rejectUnsupported } from './odata-query';
import { metadataUrl, renderDeltaItem, renderRemovedItem } from './resources';
import type { ItemRecord, ListRecord, Tombstone } from './state';
import type { EmulatedSite } from './tenant';

/**
 * List-item delta, `GET /sites/{site}/lists/{list}/items/delta`, as
 * https://learn.microsoft.com/graph/api/listitem-delta documents it:
 * - without `token`, pages through every item (`@odata.nextLink`), the last page carrying an
 *   `@odata.deltaLink`;
 * - `token=latest` answers no items and the deltaLink of "now";
 * - a deltaLink's token answers what changed since it: the latest state of each created or
 *   updated item once, and each deleted item as `{ id, parentReference, contentType,
 *   deleted: { state: 'deleted' } }`;
 * - a token the list can no longer answer (older than its forgotten tombstones, or not one it
 *   issued) is `410 Gone` with code `resyncRequired` (https://learn.microsoft.com/graph/errors),
 *   an inner `resyncChangesApplyDifferences` and a `Location` that starts a fresh enumeration.
 * `$select`, `$expand=fields(select=…)` and `$top` shape it, as the page says.
 *
 * Every item change has a number in its list (`ListRecord.lastChange`); a token is a position in
 * that count, so pages are "changes after N, in change order". An item changed while a client
 * pages moves behind its cursor and is sent again: "use the last occurrence you see".
 */
interface DeltaCursor {
  list: string;
  /** Changes up to this one were sent. */
  after: number;
  /**
   * Set while the first full enumeration pages: the change count when it began. Deletions up to
   * it concern items the client never received, so they are not reported.
   */
  since?: number;
}

export function itemsDelta(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
): GraphResponse {
  authorize(context.caller, 'sites.read');
  const { query } = context.request;
  rejectUnsupported(query, ['select', 'expand', 'top']);
  const list = findList(context, site, listKey);
  requireListRight(context, site, list, 'read');
  const rendering = itemRendering(list, query);
  const top = parseTop(queryOption(query, 'top'), context.env.pageSize, context.env.maxPageSize);
  const token = query.get('token') ?? undefined;

  const body: Record<string, unknown> = {
    '@odata.context': metadataUrl(context.env, 'Collection(listItem)'),
  };
  if (token === 'latest') {
    body.value = [];
    body['@odata.deltaLink'] = deltaUrl(context, { list: list.id, after: list.lastChange });
    return json(200, body);
  }
  const cursor =
    token === undefined ? { list: list.id, after: 0, since: list.lastChange } : readToken(token);
  if (!cursor || !canAnswer(list, cursor)) throw resyncRequired(context);

  const changes = changesAfter(list, cursor).slice(0, top + 1);
  const page = changes.slice(0, top);
  body.value = page.map((change) =>
    'fields' in change
      ? renderDeltaItem(context.env, site, list, change, rendering)
      : renderRemovedItem(site, change),
  );
  const last = page[page.length - 1];
  if (changes.length > top && last) {
    body['@odata.nextLink'] = deltaUrl(context, { ...cursor, after: last.change });
  } else {
    body['@odata.deltaLink'] = deltaUrl(context, { list: list.id, after: list.lastChange });
  }
  return json(200, body);
}

/** A token is ours, for this list, not from the future, and not older than what was forgotten. */
function canAnswer(list: ListRecord, cursor: DeltaCursor): boolean {
  if (cursor.list !== list.id || cursor.after > list.lastChange) return false;
  return (cursor.since ?? cursor.after) >= list.deltaFloor;
}

function changesAfter(list: ListRecord, cursor: DeltaCursor): Array<ItemRecord | Tombstone> {
  const changed: Array<ItemRecord | Tombstone> = [];
  for (const item of list.items.values()) if (item.change > cursor.after) changed.push(item);
  const reportFrom = Math.max(cursor.after, cursor.since ?? 0);
  for (const tombstone of list.tombstones)
    if (tombstone.change > reportFrom) changed.push(tombstone);
  return changed.sort((a, b) => a.change - b.change);
}

/** Opaque to clients, like SharePoint's. */
function writeToken(cursor: DeltaCursor): string {
  const parts = [cursor.list, cursor.after, ...(cursor.since === undefined ? [] : [cursor.since])];
  return Buffer.from(`delta:${parts.join(':')}`).toString('base64url');
}

function readToken(token: string): DeltaCursor | undefined {
  const match = /^delta:([0-9a-f-]{36}):(\d+)(?::(\d+))?$/.exec(
    Buffer.from(token, 'base64url').toString('utf8'),
  );
  if (!match) return undefined;
  const cursor: DeltaCursor = { list: match[1] as string, after: Number(match[2]) };
  if (match[3] !== undefined) cursor.since = Number(match[3]);
  return cursor;
}

/** The request's own URL with a new token, keeping `$select`, `$expand` and `$top`. */
function deltaUrl(context: HandlerContext, cursor: DeltaCursor | undefined): string {
  const query = new URLSearchParams(context.request.query);
  query.delete('token');
  if (cursor) query.set('token', writeToken(cursor));
  const text = [...query].map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return `${context.env.graphBaseUrl}${context.request.path}${text ? `?${text}` : ''}`;
}

function resyncRequired(context: HandlerContext): GraphHttpError {
  return new GraphHttpError(
    410,
    'resyncRequired',
    'The delta token is no longer valid, and the app must reset the sync state. Follow the Location header to enumerate the list again.',
    { Location: deltaUrl(context, undefined) },
    { code: 'resyncChangesApplyDifferences' },
  );
}
