import { createHash } from 'node:crypto';
import { systemFields, type ColumnRecord, type ColumnType, type FieldValue } from './columns';
import type { ItemRecord, ListRecord } from './state';

/** How an item's fields are looked up by name, for writes, filters, ordering and rendering. */
export function columnOf(list: ListRecord, name: string): ColumnRecord | undefined {
  return list.columns.find((column) => column.name === name);
}

export function fieldTypeOf(list: ListRecord, name: string): ColumnType | undefined {
  return systemFields.get(name) ?? columnOf(list, name)?.type;
}

/** `id` is always indexed in SharePoint; other fields only when their column says so. */
export function isIndexed(list: ListRecord, name: string): boolean {
  return name === 'id' || columnOf(list, name)?.indexed === true;
}

export function fieldValue(item: ItemRecord, name: string): FieldValue | undefined {
  if (name === 'id') return item.id;
  if (name === 'Created') return item.created;
  if (name === 'Modified') return item.modified;
  return item.fields[name];
}

/** SharePoint's eTag for an item: `"{item guid},{version}"`, quotes included. */
export function itemETag(item: ItemRecord): string {
  return `"${item.uid},${item.version}"`;
}

const lookupIds = new Map<string, string>();

/**
 * SharePoint user-info-list ids are small site-local integers; derive a stable one per user.
 * Every item read names two users (author and editor): each user's is hashed once.
 */
export function lookupId(userId: string): string {
  let id = lookupIds.get(userId);
  if (id === undefined) {
    id = String(
      (parseInt(createHash('sha1').update(userId).digest('hex').slice(0, 6), 16) % 9000) + 10,
    );
    lookupIds.set(userId, id);
  }
  return id;
}

/**
 * The read-only fields SharePoint adds to an item's stored values, each read from the item only
 * when it is rendered: a page of thousands of items selects a few of them.
 */
const readOnlyFields = new Map<string, (item: ItemRecord) => FieldValue | undefined>([
  ['id', (item) => String(item.id)],
  ['ContentType', () => 'Item'],
  ['Modified', (item) => item.modified],
  ['Created', (item) => item.created],
  ['AuthorLookupId', (item) => lookupId(item.authorId)],
  ['EditorLookupId', (item) => lookupId(item.editorId)],
  ['_UIVersionString', (item) => `${item.version}.0`],
  ['Attachments', () => false],
  ['Edit', () => ''],
  ['LinkTitleNoMenu', (item) => item.fields.Title],
  ['LinkTitle', (item) => item.fields.Title],
  ['ItemChildCount', () => '0'],
  ['FolderChildCount', () => '0'],
]);

/**
 * The fieldValueSet Graph returns: stored values plus the read-only fields SharePoint adds.
 * Values of hidden columns appear only when selected by name (resources/columndefinition).
 */
export function renderFields(
  list: ListRecord,
  item: ItemRecord,
  displayNameOf: (userId: string) => string,
  select?: readonly string[],
): Record<string, unknown> {
  const rendered: Record<string, unknown> = { '@odata.etag': itemETag(item) };
  if (!select) {
    Object.assign(rendered, item.fields);
    for (const [name, read] of readOnlyFields) {
      const value = read(item);
      if (value !== undefined) rendered[name] = value;
    }
    for (const column of list.columns) if (column.hidden) delete rendered[column.name];
    return rendered;
  }
  for (const name of select) {
    const value = selectedField(item, name, displayNameOf);
    if (value !== undefined) rendered[name] = value;
  }
  return rendered;
}

/**
 * A field named in `fields(select=…)`. Lookup and person columns (Author, Editor) come only when
 * selected by name, as the lookup value beside the `…LookupId` Graph always sends
 * (https://learn.microsoft.com/graph/api/resources/fieldvalueset).
 */
function selectedField(
  item: ItemRecord,
  name: string,
  displayNameOf: (userId: string) => string,
): unknown {
  const readOnly = readOnlyFields.get(name);
  if (readOnly) return readOnly(item);
  const stored = item.fields[name];
  if (stored !== undefined) return stored;
  if (name === 'Author') return displayNameOf(item.authorId);
  if (name === 'Editor') return displayNameOf(item.editorId);
  return undefined;
}

/** Names a `fields(select=…)` may mention. */
export function isKnownFieldName(list: ListRecord, name: string): boolean {
  return fieldTypeOf(list, name) !== undefined || renderedSystemFields.has(name);
}

const renderedSystemFields = new Set([
  'Author',
  'Editor',
  'ContentType',
  'AuthorLookupId',
  'EditorLookupId',
  '_UIVersionString',
  'Attachments',
  'Edit',
  'LinkTitleNoMenu',
  'LinkTitle',
  'ItemChildCount',
  'FolderChildCount',
]);
