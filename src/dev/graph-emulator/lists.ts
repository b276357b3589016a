import { randomUUID } from 'node:crypto';
import { authorize } from './auth';
import { addColumn, parseColumnDefinition, titleColumn, type ColumnRecord } from './columns';
import {
  assertTakenProperties,
  GraphHttpError,
  invalidRequest,
  itemNotFound,
  nameAlreadyExists,
  unknownProperty,
} from './errors';
import { json, type GraphResponse, type HandlerContext } from './graph-request';
import { isKnownFieldName } from './item-fields';
import {
  parseExpand,
  parseSelect,
  queryOption,
  rejectUnsupported,
  unsupportedInsideExpand,
} from './odata-query';
import {
  assertColumnProperties,
  createdAt,
  listItemProperties,
  metadataUrl,
  renderItem,
  systemAccountId,
  renderColumns,
  renderList,
  siteSegment,
  type ItemRendering,
} from './resources';
import type { Database } from './database';
import { queryItems } from './item-query';
import { requireManageLists } from './site-security';
import type { ListRecord } from './state';
import type { EmulatedSite } from './tenant';

/** Lists: `/lists` and `/lists/{id | title}`, with `$select` and `$expand=columns`. */
export function listsOfSite(context: HandlerContext, site: EmulatedSite): ListRecord[] {
  return [...context.env.db.state.lists.values()].filter((list) => list.siteId === site.id);
}

/** Graph accepts a list's id or its title in place of `{list-id}`. */
export function findList(
  context: HandlerContext,
  site: EmulatedSite,
  idOrTitle: string,
): ListRecord {
  const key = idOrTitle.toLowerCase();
  const list = listsOfSite(context, site).find(
    (l) => l.id === key || l.displayName.toLowerCase() === key || l.name.toLowerCase() === key,
  );
  if (!list)
    throw itemNotFound(`List '${idOrTitle}' does not exist at site with URL '${site.path}'.`);
  return list;
}

/**
 * `$filter` (and `$top`, `$orderby`, …) on a site's lists is refused: the page
 * (https://learn.microsoft.com/graph/api/list-list) documents no query option but `$select`, and
 * Graph itself answers most filters there with 400 "The provided filter statement is not
 * supported" (microsoftgraph/microsoft-graph-docs-contrib#757); a list is found by its title at
 * `/lists/{list-title}` (https://learn.microsoft.com/graph/api/list-get) instead.
 */
export function getLists(context: HandlerContext, site: EmulatedSite): GraphResponse {
  authorize(context.caller, 'sites.read');
  rejectUnsupported(context.request.query, ['select', 'expand']);
  const shape = listShape(context.request.query);
  const value = listsOfSite(context, site).map((list) => renderListAs(context, site, list, shape));
  return json(200, {
    '@odata.context': metadataUrl(context.env, `${siteSegment(site)}/lists${selected(shape)}`),
    value,
  });
}

export function getList(
  context: HandlerContext,
  site: EmulatedSite,
  idOrTitle: string,
): GraphResponse {
  authorize(context.caller, 'sites.read');
  rejectUnsupported(context.request.query, ['select', 'expand']);
  const shape = listShape(context.request.query);
  const list = findList(context, site, idOrTitle);
  return json(200, {
    '@odata.context': metadataUrl(
      context.env,
      `${siteSegment(site)}/lists${selected(shape)}/$entity`,
    ),
    ...renderListAs(context, site, list, shape),
  });
}

/** The list resource's properties and relationships (Graph v1.0 resources/list). */
const listProperties: ReadonlySet<string> = new Set([
  'columns',
  'contentTypes',
  'createdBy',
  'createdDateTime',
  'description',
  'displayName',
  'drive',
  'eTag',
  'id',
  'items',
  'lastModifiedBy',
  'lastModifiedDateTime',
  'list',
  'name',
  'operations',
  'parentReference',
  'sharepointIds',
  'subscriptions',
  'system',
  'webUrl',
]);

interface ListShape {
  select?: readonly string[];
  /** Present when `$expand=columns`, with the columns' own `$select` if any. */
  columns?: { select?: readonly string[] };
  /**
   * Present when `$expand=items`, with the items' own `$select` if any, and `fields` when they
   * expand theirs: `items(expand=fields(select=Name,Color))`.
   */
  items?: { select?: readonly string[]; fields?: { select?: readonly string[] } };
}

/**
 * A `$select` is named in `@odata.context`, e.g. `…/lists(id,name)`, as OData's context URL
 * rules have it (https://docs.oasis-open.org/odata/odata/v4.01/odata-v4.01-part1-protocol.html#sec_ContextURL).
 */
function selected(shape: ListShape): string {
  return shape.select ? `(${shape.select.join(',')})` : '';
}

/** `$select` and `$expand=columns[($select=…)]` for one list or the collection, checked up front. */
function listShape(query: URLSearchParams): ListShape {
  const shape: ListShape = {};
  const select = parseSelect(queryOption(query, 'select'));
  for (const name of select ?? []) {
    if (!listProperties.has(name)) {
      throw invalidRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.list'.`,
      );
    }
  }
  if (select) shape.select = select;
  for (const option of parseExpand(queryOption(query, 'expand'))) {
    if (option.property === 'columns') {
      if (option.select) assertColumnProperties(option.select);
      shape.columns = option.select ? { select: option.select } : {};
    } else if (option.property === 'items') {
      for (const name of option.select ?? []) {
        if (!listItemProperties.has(name)) {
          throw invalidRequest(
            `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.listItem'.`,
          );
        }
      }
      shape.items = option.select ? { select: option.select } : {};
      for (const nested of option.expand ?? []) {
        if (nested.property !== 'fields') {
          throw invalidRequest(
            `Parsing OData Select and Expand failed: Could not find a property named '${nested.property}' on type 'microsoft.graph.listItem'.`,
          );
        }
        if (nested.expand) throw unsupportedInsideExpand('expand');
        shape.items.fields = nested.select ? { select: nested.select } : {};
      }
    } else if (option.expand) {
      throw unsupportedInsideExpand('expand');
    } else if (listProperties.has(option.property)) {
      throw new GraphHttpError(
        400,
        'notSupported',
        `The emulator expands only 'columns' and 'items' on a list, not '${option.property}'; read /lists/{list-id}/${option.property} instead.`,
      );
    } else {
      throw invalidRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${option.property}' on type 'microsoft.graph.list'.`,
      );
    }
  }
  return shape;
}

/** Selected properties keep the `@odata.etag` annotation; expanded columns come whatever is selected. */
function renderListAs(
  context: HandlerContext,
  site: EmulatedSite,
  list: ListRecord,
  shape: ListShape,
): Record<string, unknown> {
  const full = renderList(context.env, site, list);
  const body: Record<string, unknown> = shape.select
    ? { '@odata.etag': full['@odata.etag'] }
    : full;
  for (const name of shape.select ?? []) if (full[name] !== undefined) body[name] = full[name];
  if (shape.columns) {
    body['columns@odata.context'] = metadataUrl(
      context.env,
      `${siteSegment(site)}/lists('${list.id}')/columns`,
    );
    body.columns = renderColumns(list, shape.columns.select);
  }
  if (shape.items) {
    // One page, like GET …/items; the rest through `items@odata.nextLink`.
    const { env } = context;
    const page = queryItems(list, { orderBy: [], top: env.pageSize, honorNonIndexed: true });
    const fields = shape.items.fields;
    for (const name of fields?.select ?? [])
      if (!isKnownFieldName(list, name)) throw invalidRequest(`Field '${name}' is not recognized`);
    const rendering: ItemRendering = {
      withFields: fields !== undefined,
      ...(fields?.select && { fieldSelect: fields.select }),
      ...(shape.items.select && { select: shape.items.select }),
    };
    const itemsPath = `/sites/${site.id}/lists/${list.id}/items`;
    const expandFields = fields?.select ? `fields(select=${fields.select.join(',')})` : 'fields';
    body['items@odata.context'] = metadataUrl(
      env,
      `${siteSegment(site)}/lists('${list.id}')/items`,
    );
    body.items = page.items.map((item) => renderItem(env, site, list, item, rendering));
    if (page.nextSkipToken !== undefined)
      body['items@odata.nextLink'] =
        `${env.graphBaseUrl}${itemsPath}?${fields ? `expand=${expandFields}&` : ''}$skiptoken=${page.nextSkipToken}`;
  }
  return body;
}

/** The properties `POST /lists` takes; `name` is the server's (refused with Graph's words). */
const creationProperties: ReadonlySet<string> = new Set([
  'displayName',
  'description',
  'columns',
  'list',
  'name',
]);

/**
 * A list is created as asked or refused: an unknown property is a 400 `invalidRequest`, a list
 * property or listInfo setting it does not model (a hidden list, content types) a 400 `notSupported`.
 */
function assertCreatedAsAsked(body: Record<string, unknown>): void {
  assertTakenProperties(
    body,
    'list',
    listProperties,
    creationProperties,
    (key) => `The emulator cannot create a list with '${key}'.`,
  );
  if (body.list === undefined) return;
  if (typeof body.list !== 'object' || body.list === null || Array.isArray(body.list))
    throw invalidRequest("'list' must be an object.");
  for (const [key, value] of Object.entries(body.list)) {
    if (key === 'template' || key.includes('@')) continue;
    if (!['hidden', 'contentTypesEnabled'].includes(key)) throw unknownProperty(key, 'listInfo');
    if (value !== false) {
      throw new GraphHttpError(
        400,
        'notSupported',
        `The emulator creates lists with list.${key} false, not ${JSON.stringify(value)}.`,
      );
    }
  }
}

export function createList(context: HandlerContext, site: EmulatedSite): GraphResponse {
  authorize(context.caller, 'sites.manage');
  requireManageLists(context, site);
  const body = requireObject(context.request.body);
  const displayName = body.displayName;
  if (typeof displayName !== 'string' || !displayName.trim() || displayName.length > 255) {
    throw invalidRequest('A list needs a displayName of 1 to 255 characters.');
  }
  if (body.name !== undefined) {
    throw invalidRequest(
      "Cannot define a 'name' for a list as it is assigned by the server. Instead, provide 'displayName'",
    );
  }
  assertCreatedAsAsked(body);
  const template = (body.list as Record<string, unknown> | undefined)?.template ?? 'genericList';
  if (!supportedTemplates.includes(template as string)) {
    throw new GraphHttpError(
      400,
      'notSupported',
      `The emulator supports the templates ${supportedTemplates.join(', ')}, not '${String(template)}'.`,
    );
  }
  const existing = listsOfSite(context, site);
  if (existing.some((l) => l.displayName.toLowerCase() === displayName.toLowerCase())) {
    throw nameAlreadyExists(
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    );
  }
  if (body.columns !== undefined && !Array.isArray(body.columns))
    throw invalidRequest("'columns' must be an array.");
  const columns: ColumnRecord[] = [titleColumn()];
  for (const input of (body.columns as unknown[] | undefined) ?? [])
    addColumn(columns, parseColumnDefinition(input));
  const id = randomUUID();
  context.env.db.commit({
    t: 'createList',
    list: {
      id,
      siteId: site.id,
      name: uniqueUrlName(displayName, existing),
      displayName,
      description: typeof body.description === 'string' ? body.description : '',
      template: template as string,
      columns,
    },
    at: now(),
    by: context.user.id,
  });
  const list = context.env.db.state.lists.get(id) as ListRecord;
  return json(
    201,
    {
      '@odata.context': metadataUrl(context.env, `${siteSegment(site)}/lists/$entity`),
      ...renderList(context.env, site, list),
    },
    createdAt(context.env, `/sites/${site.id}/lists/${list.id}`),
  );
}

/**
 * What a list is made from (https://learn.microsoft.com/graph/api/list-create; the template
 * names of https://learn.microsoft.com/graph/api/resources/listinfo). A document library holds
 * files, which Graph adds through the drive API, not as list items.
 */
const supportedTemplates = ['genericList', 'documentLibrary'];

/** Every SharePoint site comes with a "Documents" library at `Shared Documents`. */
export const documentsLibraryTitle = 'Documents';

/** Creates the "Documents" library of every site that lacks one (at start, after a reset, for new sites). */
export function ensureDocumentLibraries(db: Database, sites: readonly EmulatedSite[]): void {
  const at = now();
  for (const site of sites) {
    const lists = [...db.state.lists.values()].filter((list) => list.siteId === site.id);
    if (
      lists.some((list) => list.template === 'documentLibrary' && list.name === 'Shared Documents')
    )
      continue;
    db.commit({
      t: 'createList',
      list: {
        id: randomUUID(),
        siteId: site.id,
        name: 'Shared Documents',
        displayName: documentsLibraryTitle,
        description: '',
        template: 'documentLibrary',
        columns: [titleColumn()],
      },
      at,
      by: systemAccountId,
    });
  }
}

function uniqueUrlName(displayName: string, existing: readonly ListRecord[]): string {
  const base = displayName.replace(/[^A-Za-z0-9]/g, '') || 'List';
  const taken = new Set(existing.map((l) => l.name.toLowerCase()));
  let name = base;
  for (let n = 1; taken.has(name.toLowerCase()); n += 1) name = `${base}${n}`;
  return name;
}

export function requireObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidRequest('The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/** SharePoint stores times to the second, in UTC. */
export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
