import { normalizeDateTime, type ColumnType, type FieldValue } from './columns';
import { invalidRequest } from './errors';
import { fieldTypeOf, fieldValue, isIndexed } from './item-fields';
import {
  filterFields,
  parseFilter,
  type ComparisonOperator,
  type FilterNode,
  type Literal,
} from './odata-filter';
import type { ItemRecord, ListRecord } from './state';

/**
 * Runs `$filter`, `$orderby` and `$skiptoken` paging over a list's items: one filter pass and one
 * sort per request (O(n log n)), then a binary search for the page start.
 */
export interface OrderBy {
  field: string;
  descending: boolean;
}

export interface ItemQuery {
  filter?: string;
  orderBy: OrderBy[];
  top: number;
  skipToken?: string;
  /** The request carried `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`. */
  honorNonIndexed: boolean;
}

export interface ItemPage {
  items: ItemRecord[];
  /** Present when more items follow. */
  nextSkipToken?: string;
}

export function queryItems(list: ListRecord, query: ItemQuery): ItemPage {
  const tree = query.filter === undefined ? undefined : parseFilter(query.filter);
  const referenced = new Set([
    ...(tree ? filterFields(tree) : []),
    ...query.orderBy.map((o) => o.field),
  ]);
  // Every field a filter or an order names must be indexed, or the request must carry the Prefer
  // header. Several indexed fields in one filter are answered: "When filtering on indexed fields,
  // the service can only filter one indexed field at a time"
  // (https://learn.microsoft.com/graph/api/listitem-list#using-the-filter-query-parameter) says
  // how SharePoint narrows a list (by one index, the rest item by item), not a refusal: such a
  // filter works while the first clause matches fewer than 5,000 items and fails past that
  // (microsoftgraph/msgraph-sdk-dotnet#827). Lists past the list view threshold are not modelled.
  for (const name of referenced) {
    if (fieldTypeOf(list, name) === undefined)
      throw invalidRequest(`Field '${name}' is not recognized`);
    if (!query.honorNonIndexed && !isIndexed(list, name)) {
      throw invalidRequest(
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
  }
  const predicate = tree ? compile(list, tree) : undefined;
  const matching: ItemRecord[] = [];
  for (const item of list.items.values()) if (!predicate || predicate(item)) matching.push(item);
  const compare = comparator(query.orderBy);
  if (query.orderBy.length > 0) matching.sort(compare);

  let start = 0;
  if (query.skipToken !== undefined) {
    const after = decodeSkipToken(query.skipToken, query.orderBy.length);
    start = firstAfter(matching, (item) => compareToKey(item, after, query.orderBy) > 0);
  }
  const items = matching.slice(start, start + query.top);
  const last = items[items.length - 1];
  return start + query.top < matching.length && last
    ? { items, nextSkipToken: encodeSkipToken(last, query.orderBy) }
    : { items };
}

type Predicate = (item: ItemRecord) => boolean;

function compile(list: ListRecord, node: FilterNode): Predicate {
  switch (node.kind) {
    case 'and': {
      const left = compile(list, node.left);
      const right = compile(list, node.right);
      return (item) => left(item) && right(item);
    }
    case 'or': {
      const left = compile(list, node.left);
      const right = compile(list, node.right);
      return (item) => left(item) || right(item);
    }
    case 'not': {
      const operand = compile(list, node.operand);
      return (item) => !operand(item);
    }
    case 'startswith': {
      const type = fieldTypeOf(list, node.field);
      if (type !== 'text' && type !== 'choice') {
        throw invalidRequest(
          `startswith needs a text or choice column; '${node.field}' is ${type}.`,
        );
      }
      const prefix = node.prefix.toLowerCase();
      return (item) => {
        const value = fieldValue(item, node.field);
        return typeof value === 'string' && value.toLowerCase().startsWith(prefix);
      };
    }
    case 'compare': {
      const { field, op, literal } = node;
      const type = fieldTypeOf(list, field) as ColumnType;
      if (literal.type === 'null') {
        if (op !== 'eq' && op !== 'ne')
          throw invalidRequest(`Only eq and ne can compare field '${field}' with null.`);
        return op === 'eq'
          ? (item) => fieldValue(item, field) === undefined
          : (item) => fieldValue(item, field) !== undefined;
      }
      const target = literalFor(field, type, literal);
      const test = operatorTest[op];
      return (item) => {
        const value = fieldValue(item, field);
        if (value === undefined) return op === 'ne';
        return test(compareValues(value, target));
      };
    }
  }
}

const operatorTest: Record<ComparisonOperator, (order: number) => boolean> = {
  eq: (order) => order === 0,
  ne: (order) => order !== 0,
  gt: (order) => order > 0,
  ge: (order) => order >= 0,
  lt: (order) => order < 0,
  le: (order) => order <= 0,
};

/** Converts a literal to the field's stored representation, or explains why it cannot. */
function literalFor(
  field: string,
  type: ColumnType,
  literal: Exclude<Literal, { type: 'null' }>,
): FieldValue {
  const mismatch = () =>
    invalidRequest(
      `The literal ${JSON.stringify(literal.value)} cannot be compared with field '${field}' of type ${type}.`,
    );
  switch (type) {
    case 'text':
    case 'choice':
      if (literal.type !== 'string') throw mismatch();
      return literal.value;
    case 'number':
      if (literal.type === 'number') return literal.value;
      if (field === 'id' && literal.type === 'string' && /^\d+$/.test(literal.value))
        return Number(literal.value);
      throw mismatch();
    case 'boolean':
      if (literal.type === 'boolean') return literal.value;
      if (literal.type === 'number' && (literal.value === 0 || literal.value === 1))
        return literal.value === 1;
      throw mismatch();
    case 'dateTime': {
      const normalized =
        literal.type === 'string' || literal.type === 'dateTime'
          ? normalizeDateTime(literal.value)
          : undefined;
      if (normalized === undefined) throw mismatch();
      return normalized;
    }
  }
}

/** Text compares without regard to case, as SharePoint does; ISO date-times compare as strings. */
function compareValues(a: FieldValue, b: FieldValue): number {
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** Empty values sort first ascending, as in SharePoint views; the item id breaks ties. */
function compareSortValues(
  a: FieldValue | null | undefined,
  b: FieldValue | null | undefined,
): number {
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : -1;
  if (b === undefined || b === null) return 1;
  return compareValues(a, b);
}

function comparator(orderBy: readonly OrderBy[]): (a: ItemRecord, b: ItemRecord) => number {
  return (a, b) => {
    for (const { field, descending } of orderBy) {
      const order = compareSortValues(fieldValue(a, field), fieldValue(b, field));
      if (order !== 0) return descending ? -order : order;
    }
    return a.id - b.id;
  };
}

interface SortKey {
  values: Array<FieldValue | null>;
  id: number;
}

function compareToKey(item: ItemRecord, key: SortKey, orderBy: readonly OrderBy[]): number {
  for (const [index, { field, descending }] of orderBy.entries()) {
    const order = compareSortValues(fieldValue(item, field), key.values[index]);
    if (order !== 0) return descending ? -order : order;
  }
  return item.id - key.id;
}

function firstAfter(items: readonly ItemRecord[], isAfter: (item: ItemRecord) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isAfter(items[middle] as ItemRecord)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Opaque to clients, like SharePoint's: it names the last item of the page and its sort values. */
function encodeSkipToken(last: ItemRecord, orderBy: readonly OrderBy[]): string {
  const key: SortKey = {
    values: orderBy.map((o) => fieldValue(last, o.field) ?? null),
    id: last.id,
  };
  return Buffer.from(`Paged=TRUE&p_ID=${last.id}&k=${JSON.stringify(key.values)}`).toString(
    'base64url',
  );
}

function decodeSkipToken(token: string, keyCount: number): SortKey {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const match = /^Paged=TRUE&p_ID=(\d+)&k=(.*)$/.exec(text);
  let values: unknown;
  try {
    values = match ? JSON.parse(match[2] as string) : undefined;
  } catch {
    values = undefined;
  }
  if (!match || !Array.isArray(values) || values.length !== keyCount) {
    throw invalidRequest('The $skiptoken is not valid for this query.');
  }
  return { values: values as Array<FieldValue | null>, id: Number(match[1]) };
}
