import { authorize } from './auth';
import { updatedColumn } from './column-update';
import { addColumn, parseColumnDefinition, type ColumnRecord, type FieldValue } from './columns';
import { invalidRequest, itemNotFound } from './errors';
import { json, noContent, type GraphResponse, type HandlerContext } from './graph-request';
import { requireManageLists } from './site-security';
import { findList, now } from './lists';
import { parseSelect, queryOption, rejectUnsupported } from './odata-query';
import {
  createdAt,
  assertColumnProperties,
  metadataUrl,
  renderColumn,
  renderColumns,
  siteSegment,
} from './resources';
import type { ListRecord } from './state';
import type { EmulatedSite } from './tenant';

/**
 * A list's columns: `GET|POST /lists/{list}/columns`, `GET|PATCH|DELETE /lists/{list}/columns/{id}`.
 */
export function getColumns(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
): GraphResponse {
  authorize(context.caller, 'sites.read');
  rejectUnsupported(context.request.query, ['select']);
  const list = findList(context, site, listKey);
  return json(200, {
    '@odata.context': metadataUrl(context.env, `${siteSegment(site)}/lists('${list.id}')/columns`),
    value: renderColumns(list, parseSelect(queryOption(context.request.query, 'select'))),
  });
}

export function createColumn(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
): GraphResponse {
  authorize(context.caller, 'sites.manage');
  const list = findList(context, site, listKey);
  requireManageLists(context, site, list);
  const column = parseColumnDefinition(context.request.body);
  addColumn([...list.columns], column);
  context.env.db.commit({
    t: 'createColumn',
    listId: list.id,
    column,
    at: now(),
    by: context.user.id,
  });
  const response = columnResponse(context, site, list, column, 201);
  Object.assign(
    response.headers,
    createdAt(context.env, `/sites/${site.id}/lists/${list.id}/columns/${column.id}`),
  );
  return response;
}

export function getColumn(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
  columnId: string,
): GraphResponse {
  authorize(context.caller, 'sites.read');
  rejectUnsupported(context.request.query, ['select']);
  const list = findList(context, site, listKey);
  const select = parseSelect(queryOption(context.request.query, 'select'));
  if (select) assertColumnProperties(select);
  return columnResponse(context, site, list, findColumn(list, columnId), 200, select);
}

/** "Update columnDefinition": journaled like every write; an update that changes nothing writes nothing. */
export function updateColumn(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
  columnId: string,
): GraphResponse {
  authorize(context.caller, 'sites.manage');
  const list = findList(context, site, listKey);
  requireManageLists(context, site, list);
  const column = findColumn(list, columnId);
  const values = [...list.items.values()]
    .map((item) => item.fields[column.name])
    .filter((value): value is FieldValue => value !== undefined);
  const updated = updatedColumn(column, context.request.body, values);
  if (JSON.stringify(updated) !== JSON.stringify(column)) {
    context.env.db.commit({
      t: 'updateColumn',
      listId: list.id,
      column: updated,
      at: now(),
      by: context.user.id,
    });
  }
  return columnResponse(context, site, list, findColumn(list, columnId), 200);
}

/** Deleting a column deletes its values from every item, as in SharePoint. */
export function deleteColumn(
  context: HandlerContext,
  site: EmulatedSite,
  listKey: string,
  columnId: string,
): GraphResponse {
  authorize(context.caller, 'sites.manage');
  const list = findList(context, site, listKey);
  requireManageLists(context, site, list);
  const column = findColumn(list, columnId);
  if (column.name === 'Title') {
    throw invalidRequest(
      "A list's Title column cannot be deleted. Hide it or make it optional instead.",
    );
  }
  context.env.db.commit({
    t: 'deleteColumn',
    listId: list.id,
    columnId: column.id,
    at: now(),
    by: context.user.id,
  });
  return noContent();
}

function findColumn(list: ListRecord, columnId: string): ColumnRecord {
  const key = columnId.toLowerCase();
  const column = list.columns.find((c) => c.id === key);
  if (!column)
    throw itemNotFound(`Column '${columnId}' does not exist in list '${list.displayName}'.`);
  return column;
}

function columnResponse(
  context: HandlerContext,
  site: EmulatedSite,
  list: ListRecord,
  column: ColumnRecord,
  status: number,
  select?: readonly string[],
): GraphResponse {
  return json(status, {
    '@odata.context': metadataUrl(
      context.env,
      `${siteSegment(site)}/lists('${list.id}')/columns/$entity`,
    ),
    ...renderColumn(column, select),
  });
}
