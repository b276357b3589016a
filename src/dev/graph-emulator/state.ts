import type { ColumnRecord, FieldValue } from './columns';
import type { ListSecurity, SiteSecurity } from './site-security';

/**
 * The emulator's data as plain records, changed only by `apply(mutation)`. Live requests and
 * journal replay go through the same `apply`, so a restart rebuilds exactly what was acknowledged.
 */
export interface ItemRecord {
  id: number;
  /** The GUID part of the item's eTag; the version part counts its updates. */
  uid: string;
  version: number;
  fields: Record<string, FieldValue>;
  created: string;
  modified: string;
  authorId: string;
  editorId: string;
  /** The list's change number of this item's latest create or update, for delta. */
  change: number;
}

/** A deleted item as delta reports it, kept until the list's tombstone retention drops it. */
export interface Tombstone {
  id: number;
  change: number;
}

export interface ListRecord {
  id: string;
  siteId: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  created: string;
  modified: string;
  createdById: string;
  modifiedById: string;
  version: number;
  columns: ColumnRecord[];
  nextItemId: number;
  /** Keyed by item id; ids only grow, so iteration order is id order. */
  items: Map<number, ItemRecord>;
  /** For columns that enforce unique values: normalized value → item id. */
  unique: Map<string, Map<string, number>>;
  /** Counts item creates, updates and deletes; a delta token is a position in this count. */
  lastChange: number;
  /** Deleted items, oldest first, at most `tombstoneRetention`. */
  tombstones: Tombstone[];
  /** Delta tokens older than this change can no longer be answered (410 resyncRequired). */
  deltaFloor: number;
  /** Unique role assignments and item-level security, once set through SharePoint REST. */
  security?: ListSecurity;
}

export interface NewList {
  id: string;
  siteId: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  columns: ColumnRecord[];
}

export type Mutation =
  | { t: 'createList'; list: NewList; at: string; by: string }
  | { t: 'createColumn'; listId: string; column: ColumnRecord; at: string; by: string }
  /** The column as it is after the update, replacing the one with the same id. */
  | { t: 'updateColumn'; listId: string; column: ColumnRecord; at: string; by: string }
  /** Removes the column and every item's value in it, as SharePoint does. */
  | { t: 'deleteColumn'; listId: string; columnId: string; at: string; by: string }
  | {
      t: 'createItem';
      listId: string;
      itemId: number;
      uid: string;
      fields: Record<string, FieldValue>;
      at: string;
      by: string;
    }
  | {
      t: 'updateItem';
      listId: string;
      itemId: number;
      fields: Record<string, FieldValue | null>;
      at: string;
      by: string;
    }
  | { t: 'deleteItem'; listId: string; itemId: number; at: string; by: string }
  /** A site's groups, permission levels and role assignments as they are after a change. */
  | { t: 'setSiteSecurity'; security: SiteSecurity; at: string; by: string }
  /** A list's role assignments and item-level security as they are after a change. */
  | { t: 'setListSecurity'; listId: string; security: ListSecurity; at: string; by: string }
  /** Makes every delta token issued so far too old (control API), as a long absence would. */
  | { t: 'expireDeltaTokens'; at: string }
  | { t: 'reset'; at: string };

/**
 * Deleted items remembered per list for delta. A token older than the oldest one forgotten gets
 * 410, as SharePoint answers a token it can no longer serve.
 */
export const tombstoneRetention = 10_000;

/** Uniqueness in SharePoint ignores case for text. */
export function uniqueKey(value: FieldValue): string {
  return typeof value === 'string' ? value.toLowerCase() : String(value);
}

export class EmulatorState {
  readonly lists = new Map<string, ListRecord>();
  /** Sites whose permissions changed from the defaults (`defaultSiteSecurity`), by site id. */
  readonly siteSecurity = new Map<string, SiteSecurity>();

  apply(mutation: Mutation): void {
    switch (mutation.t) {
      case 'createList': {
        const { list, at, by } = mutation;
        const record: ListRecord = {
          ...list,
          columns: list.columns.map((c) => ({ ...c })),
          created: at,
          modified: at,
          createdById: by,
          modifiedById: by,
          version: 1,
          nextItemId: 1,
          items: new Map(),
          unique: new Map(),
          lastChange: 0,
          tombstones: [],
          deltaFloor: 0,
        };
        for (const column of record.columns)
          if (column.enforceUniqueValues) record.unique.set(column.name, new Map());
        this.lists.set(list.id, record);
        return;
      }
      case 'createColumn': {
        const list = this.requireList(mutation.listId);
        list.columns.push({ ...mutation.column });
        if (mutation.column.enforceUniqueValues) list.unique.set(mutation.column.name, new Map());
        touchList(list, mutation.at, mutation.by);
        return;
      }
      case 'updateColumn': {
        const list = this.requireList(mutation.listId);
        const index = requireColumnIndex(list, mutation.column.id);
        const column = { ...mutation.column };
        list.columns[index] = column;
        list.unique.delete(column.name);
        if (column.enforceUniqueValues) {
          const values = new Map<string, number>();
          for (const item of list.items.values()) {
            const value = item.fields[column.name];
            if (value !== undefined) values.set(uniqueKey(value), item.id);
          }
          list.unique.set(column.name, values);
        }
        touchList(list, mutation.at, mutation.by);
        return;
      }
      case 'deleteColumn': {
        const list = this.requireList(mutation.listId);
        const index = requireColumnIndex(list, mutation.columnId);
        const [column] = list.columns.splice(index, 1) as [ColumnRecord];
        list.unique.delete(column.name);
        for (const item of list.items.values()) delete item.fields[column.name];
        touchList(list, mutation.at, mutation.by);
        return;
      }
      case 'createItem': {
        const list = this.requireList(mutation.listId);
        const item: ItemRecord = {
          id: mutation.itemId,
          uid: mutation.uid,
          version: 1,
          fields: { ...mutation.fields },
          created: mutation.at,
          modified: mutation.at,
          authorId: mutation.by,
          editorId: mutation.by,
          change: (list.lastChange += 1),
        };
        list.items.set(item.id, item);
        list.nextItemId = Math.max(list.nextItemId, item.id + 1);
        indexUnique(list, item);
        return;
      }
      case 'updateItem': {
        const list = this.requireList(mutation.listId);
        const item = requireItem(list, mutation.itemId);
        unindexUnique(list, item);
        for (const [name, value] of Object.entries(mutation.fields)) {
          if (value === null) delete item.fields[name];
          else item.fields[name] = value;
        }
        item.version += 1;
        item.modified = mutation.at;
        item.editorId = mutation.by;
        item.change = list.lastChange += 1;
        indexUnique(list, item);
        return;
      }
      case 'deleteItem': {
        const list = this.requireList(mutation.listId);
        const item = requireItem(list, mutation.itemId);
        unindexUnique(list, item);
        list.items.delete(item.id);
        list.tombstones.push({ id: item.id, change: (list.lastChange += 1) });
        if (list.tombstones.length > tombstoneRetention) {
          const forgotten = list.tombstones.splice(0, list.tombstones.length - tombstoneRetention);
          list.deltaFloor = (forgotten[forgotten.length - 1] as Tombstone).change;
        }
        return;
      }
      case 'setSiteSecurity':
        this.siteSecurity.set(mutation.security.siteId, structuredClone(mutation.security));
        return;
      case 'setListSecurity': {
        const list = this.requireList(mutation.listId);
        list.security = structuredClone(mutation.security);
        touchList(list, mutation.at, mutation.by);
        return;
      }
      case 'expireDeltaTokens':
        // A change number of its own, so tokens from now on are newer than the floor.
        for (const list of this.lists.values()) list.deltaFloor = list.lastChange += 1;
        return;
      case 'reset':
        this.lists.clear();
        this.siteSecurity.clear();
        return;
    }
  }

  private requireList(id: string): ListRecord {
    const list = this.lists.get(id);
    if (!list) throw new Error(`Journal refers to unknown list ${id}.`);
    return list;
  }

  toSnapshot(): SnapshotLists {
    return [...this.lists.values()].map(({ items, unique: _unique, ...list }) => ({
      ...list,
      items: [...items.values()],
    }));
  }

  static fromSnapshot(
    lists: SnapshotLists,
    siteSecurity: readonly SiteSecurity[] = [],
  ): EmulatorState {
    const state = new EmulatorState();
    for (const security of siteSecurity) state.siteSecurity.set(security.siteId, security);
    for (const { items, ...list } of lists) {
      // Snapshots written before delta existed have no change numbers: number items in id order.
      const record: ListRecord = {
        ...list,
        items: new Map(),
        unique: new Map(),
        lastChange: list.lastChange ?? 0,
        tombstones: list.tombstones ?? [],
        deltaFloor: list.deltaFloor ?? 0,
      };
      for (const column of record.columns)
        if (column.enforceUniqueValues) record.unique.set(column.name, new Map());
      for (const stored of items) {
        const item: ItemRecord = { ...stored, change: stored.change ?? (record.lastChange += 1) };
        record.items.set(item.id, item);
        indexUnique(record, item);
      }
      state.lists.set(record.id, record);
    }
    return state;
  }
}

export type SnapshotLists = Array<
  Omit<ListRecord, 'items' | 'unique' | 'lastChange' | 'tombstones' | 'deltaFloor'> &
    Partial<Pick<ListRecord, 'lastChange' | 'tombstones' | 'deltaFloor'>> & {
      items: Array<Omit<ItemRecord, 'change'> & { change?: number }>;
    }
>;

function touchList(list: ListRecord, at: string, by: string): void {
  list.modified = at;
  list.modifiedById = by;
  list.version += 1;
}

function requireColumnIndex(list: ListRecord, columnId: string): number {
  const index = list.columns.findIndex((column) => column.id === columnId);
  if (index === -1)
    throw new Error(`Journal refers to unknown column ${columnId} in list ${list.id}.`);
  return index;
}

function requireItem(list: ListRecord, id: number): ItemRecord {
  const item = list.items.get(id);
  if (!item) throw new Error(`Journal refers to unknown item ${id} in list ${list.id}.`);
  return item;
}

function indexUnique(list: ListRecord, item: ItemRecord): void {
  for (const [name, index] of list.unique) {
    const value = item.fields[name];
    if (value !== undefined) index.set(uniqueKey(value), item.id);
  }
}

function unindexUnique(list: ListRecord, item: ItemRecord): void {
  for (const [name, index] of list.unique) {
    const value = item.fields[name];
    if (value !== undefined && index.get(uniqueKey(value)) === item.id)
      index.delete(uniqueKey(value));
  }
}
