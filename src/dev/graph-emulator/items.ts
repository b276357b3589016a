import { randomUUID } from 'node:crypto';
import { authorize } from './auth';
import { coerceFieldValue, systemFields, type FieldValue } from './columns';
import { assertTakenProperties, GraphHttpError, invalidRequest, itemNotFound } from './errors';
import { json, noContent, type GraphResponse, type HandlerContext } from './graph-request';
import { columnOf, isKnownFieldName, itemETag, renderFields } from './item-fields';
import { queryItems } from './item-query';
import { findList, now, requireObject } from './lists';
import {
  parseExpand,
  unsupportedInsideExpand,
  parseOrderBy,
  parseSelect,
  parseTop,
  queryOption,
  rejectUnsupported,
} from './odata-query';
import {
  createdAt,
  displayNameIn,
  listItemProperties,
  metadataUrl,
  renderItem,
  siteSegment,
  type ItemRendering,
} from './resources';
import { requireListRight } from './site-security';
import { uniqueKey, type ItemRecord, type ListRecord } from './state';
import type { EmulatedSite } from './tenant';

/** List items: query, read, create, update (item or fields), delete; eTags and If-Match. */
const honorNonIndexedPreference = 'honornonindexedquerieswarningmayfailrandomly';

export function listItems(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
): GraphResponse {
  authorize(context.caller, 'sites.read');
  const { query, headers } = context.request;
  rejectUnsupported(query, ['select', 'expand', 'filter', 'orderby', 'top', 'skiptoken']);
  const list = findList(context, site, listKey);
  requireListRight(context, site, list, 'read');
  const rendering = itemRendering(list, query);
  const page = queryItems(list, {
    filter: queryOption(query, 'filter'),
    orderBy: parseOrderBy(queryOption(query, 'orderby')),
    top: parseTop(queryOption(query, 'top'), context.env.pageSize, context.env.maxPageSize),
    skipToken: queryOption(query, 'skiptoken'),
    honorNonIndexed: (headers.prefer ?? '').toLowerCase().includes(honorNonIndexedPreference),
  });
  const body: Record<string, unknown> = {
    '@odata.context': metadataUrl(
      context.env,
      `${siteSegment(site)}/lists('${list.id}')/items${rendering.select ? `(${rendering.select.join(',')})` : ''}`,
    ),
    value: page.items.map((item) => renderItem(context.env, site, list, item, rendering)),
  };
  if (page.nextSkipToken !== undefined)
    body['@odata.nextLink'] = nextLink(context, page.nextSkipToken);
  return json(200, body);
}

export function getItem(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
  itemKey: string,
): GraphResponse {
  authorize(context.caller, 'sites.read');
  rejectUnsupported(context.request.query, ['select', 'expand']);
  const list = findList(context, site, listKey);
  requireListRight(context, site, list, 'read');
  const item = findItem(list, itemKey);
  return json(
    200,
    {
      '@odata.context': metadataUrl(
        context.env,
        `${siteSegment(site)}/lists('${list.id}')/items/$entity`,
      ),
      ...renderItem(context.env, site, list, item, itemRendering(list, context.request.query)),
    },
    { ETag: itemETag(item) },
  );
}

export function getItemFields(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
  itemKey: string,
): GraphResponse {
  authorize(context.caller, 'sites.read');
  rejectUnsupported(context.request.query, ['select']);
  const list = findList(context, site, listKey);
  requireListRight(context, site, list, 'read');
  const item = findItem(list, itemKey);
  const select = parseSelect(queryOption(context.request.query, 'select'));
  if (select) assertKnownFields(list, select);
  return fieldsResponse(context, site, list, item, 200, select);
}

export function createItem(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
): GraphResponse {
  authorize(context.caller, 'sites.write');
  const list = findList(context, site, listKey);
  if (list.template === 'documentLibrary') {
    // Graph's answer: files and folders go through the drive API (driveItem upload), not /items.
    throw invalidRequest(
      'Files and folders should only be added to a DocumentLibrary via the OneDrive API',
    );
  }
  requireListRight(context, site, list, 'add');
  const body = listItemBody(context.request.body);
  const changes = validateFields(list, body.fields ?? {}, undefined);
  const fields: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(changes)) if (value !== null) fields[name] = value;
  const itemId = list.nextItemId;
  context.env.db.commit({
    t: 'createItem',
    listId: list.id,
    itemId,
    uid: randomUUID(),
    fields,
    at: now(),
    by: context.user.id,
  });
  const response = itemResponse(context, site, list, list.items.get(itemId) as ItemRecord, 201);
  Object.assign(
    response.headers,
    createdAt(context.env, `/sites/${site.id}/lists/${list.id}/items/${itemId}`),
  );
  return response;
}

/** `PATCH …/items/{id}/fields` returns the updated fieldValueSet. */
export function updateItemFields(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
  itemKey: string,
): GraphResponse {
  const { list, item } = applyUpdate(
    context,
    site,
    listKey,
    itemKey,
    requireObject(context.request.body),
  );
  return fieldsResponse(context, site, list, item, 200);
}

/** `PATCH …/items/{id}` with `{ fields: {…} }` returns the updated listItem. */
export function updateItem(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
  itemKey: string,
): GraphResponse {
  const body = listItemBody(context.request.body);
  const { list, item } = applyUpdate(context, site, listKey, itemKey, body.fields ?? {});
  return itemResponse(context, site, list, item, 200);
}

/**
 * A listItem in a create or update body: its column values go in `fields`. Any other property is
 * refused, never ignored — a body of bare column values (`{ "Title": … }`) would otherwise make an
 * empty item.
 */
function listItemBody(input: unknown): Record<string, unknown> {
  const body = requireObject(input);
  assertTakenProperties(
    body,
    'listItem',
    listItemProperties,
    new Set(['fields']),
    (key) => `The emulator sets only the fields of a list item, not its '${key}'.`,
  );
  return body;
}

/** A listItem entity with its fields, as create and update return it. */
function itemResponse(
  context: HandlerContext,
  site: EmulatedSite,
  list: ListRecord,
  item: ItemRecord,
  status: 200 | 201,
): GraphResponse {
  return json(
    status,
    {
      '@odata.context': metadataUrl(
        context.env,
        `${siteSegment(site)}/lists('${list.id}')/items/$entity`,
      ),
      ...renderItem(context.env, site, list, item, { withFields: true }),
    },
    { ETag: itemETag(item) },
  );
}

export function deleteItem(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
  itemKey: string,
): GraphResponse {
  authorize(context.caller, 'sites.write');
  const list = findList(context, site, listKey);
  const item = findItem(list, itemKey);
  requireListRight(context, site, list, 'delete', item);
  checkIfMatch(context, item);
  context.env.db.commit({
    t: 'deleteItem',
    listId: list.id,
    itemId: item.id,
    at: now(),
    by: context.user.id,
  });
  return noContent();
}

function applyUpdate(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
  itemKey: string,
  input: unknown,
) {
  authorize(context.caller, 'sites.write');
  const list = findList(context, site, listKey);
  const item = findItem(list, itemKey);
  requireListRight(context, site, list, 'edit', item);
  checkIfMatch(context, item);
  const fields = validateFields(list, input, item);
  context.env.db.commit({
    t: 'updateItem',
    listId: list.id,
    itemId: item.id,
    fields,
    at: now(),
    by: context.user.id,
  });
  return { list, item };
}

function fieldsResponse(
  context: HandlerContext,
  site: EmulatedSite,
  list: ListRecord,
  item: ItemRecord,
  status: number,
  select?: readonly string[],
): GraphResponse {
  return json(
    status,
    {
      '@odata.context': metadataUrl(
        context.env,
        `${siteSegment(site)}/lists('${list.id}')/items('${item.id}')/fields/$entity`,
      ),
      ...renderFields(list, item, displayNameIn(context.env), select),
    },
    { ETag: itemETag(item) },
  );
}

function findItem(list: ListRecord, key: string): ItemRecord {
  const item = /^\d+$/.test(key) ? list.items.get(Number(key)) : undefined;
  if (!item) throw itemNotFound();
  return item;
}

/**
 * If-Match: `*` matches any existing item; otherwise the eTag must be the current one, as a quoted
 * string (`"…"` or `W/"…"`): an unquoted one is refused as `malformedEntityTag`, "ETag header is
 * malformed. ETags must be quoted strings." (https://learn.microsoft.com/graph/errors).
 */
function checkIfMatch(context: HandlerContext, item: ItemRecord): void {
  const given = context.request.headers['if-match'];
  if (given === undefined || given.trim() === '*') return;
  if (!/^(W\/)?"[^"]*"$/.test(given.trim())) {
    throw new GraphHttpError(
      400,
      'invalidRequest',
      `ETag header is malformed. ETags must be quoted strings; got ${given}.`,
      {},
      { code: 'malformedEntityTag' },
    );
  }
  const current = itemETag(item);
  if (normalizeETag(given) !== normalizeETag(current)) {
    throw new GraphHttpError(
      412,
      'resourceModified',
      `The request ETag value '${given}' does not match the object's ETag value '${current}'.`,
    );
  }
}

function normalizeETag(value: string): string {
  return value.trim().replace(/^W\//, '').replace(/["{}]/g, '').toLowerCase();
}

/** Checks every field written: known, writable, right type, unique where the column demands it. */
function validateFields(
  list: ListRecord,
  input: unknown,
  existing: ItemRecord | undefined,
): Record<string, FieldValue | null> {
  const fields = requireObject(input);
  const result: Record<string, FieldValue | null> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name.includes('@')) continue; // OData annotations such as "@odata.etag" are not fields
    const column = columnOf(list, name);
    if (!column) {
      if (systemFields.has(name) || isKnownFieldName(list, name))
        throw invalidRequest(`Field '${name}' is read-only`);
      throw invalidRequest(`Field '${name}' is not recognized`);
    }
    result[name] = coerceFieldValue(column, value);
  }
  for (const [name, index] of list.unique) {
    const value = result[name];
    if (value === undefined || value === null) continue;
    const owner = index.get(uniqueKey(value));
    if (owner !== undefined && owner !== existing?.id) {
      throw invalidRequest(
        'One or more fields with unique constraints already has the provided value.',
      );
    }
  }
  return result;
}

export function itemRendering(list: ListRecord, query: URLSearchParams): ItemRendering {
  const rendering: ItemRendering = { withFields: false };
  for (const option of parseExpand(queryOption(query, 'expand'))) {
    if (option.property !== 'fields') {
      throw invalidRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${option.property}' on type 'microsoft.graph.listItem'.`,
      );
    }
    if (option.expand) throw unsupportedInsideExpand('expand');
    rendering.withFields = true;
    if (option.select) {
      assertKnownFields(list, option.select);
      rendering.fieldSelect = option.select;
    }
  }
  const select = parseSelect(queryOption(query, 'select'));
  for (const name of select ?? []) {
    if (!listItemProperties.has(name)) {
      throw invalidRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.listItem'. Columns are selected inside the expansion: expand=fields(select=${name}).`,
      );
    }
  }
  if (select) rendering.select = select;
  return rendering;
}

function assertKnownFields(list: ListRecord, names: readonly string[]): void {
  for (const name of names)
    if (!isKnownFieldName(list, name)) throw invalidRequest(`Field '${name}' is not recognized`);
}

/** The same request with the next `$skiptoken`, as an absolute URL like Graph's. */
function nextLink(context: HandlerContext, skipToken: string): string {
  const query = new URLSearchParams(context.request.query);
  query.delete('$skiptoken');
  query.delete('skiptoken');
  query.set('$skiptoken', skipToken);
  const encoded = [...query].map(([key, value]) => `${key}=${encodeQueryValue(value)}`).join('&');
  return `${context.env.graphBaseUrl}${context.request.path}?${encoded}`;
}

/** Percent-encodes what must be, keeping OData punctuation readable as Graph does. */
function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%2F|%2C|%24|%28|%29|%3D|%27|%3A/g, (escape) =>
    decodeURIComponent(escape),
  );
}
