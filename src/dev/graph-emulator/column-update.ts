import { isDeepStrictEqual } from 'node:util';
import {
  assertColumnDefinitionProperty,
  checkIndexing,
  typeFacets,
  choiceFacet,
  dateTimeFacet,
  facetObject,
  numberFacet,
  textFacet,
  toColumnDefinition,
  type ColumnRecord,
  type ColumnType,
  type FieldValue,
} from './columns';
import { GraphHttpError, invalidRequest } from './errors';
import { uniqueKey } from './state';

/**
 * "Update columnDefinition" (PATCH /lists/{list}/columns/{column}) as a pure function: the body is
 * checked against the column and the values its items hold, and the new column is returned.
 * Anything the emulator cannot honour is refused with a 400, never ignored: a type change, a
 * rename, a property it does not model. A property sent with its current value is accepted.
 */

/** Facet settings the emulator can change; others may only be sent with their current value. */
const changeableFacetSettings: Record<ColumnType, readonly string[]> = {
  text: ['maxLength'],
  number: ['minimum', 'maximum'],
  dateTime: ['format'],
  boolean: [],
  choice: ['choices', 'allowTextEntry'],
};

type Flag = 'indexed' | 'enforceUniqueValues' | 'required' | 'hidden';

export function updatedColumn(
  column: ColumnRecord,
  input: unknown,
  values: readonly FieldValue[],
): ColumnRecord {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidRequest('The request body must be a JSON object.');
  }
  const current = toColumnDefinition(column);
  const next: ColumnRecord = structuredClone(column);
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (key.includes('@')) continue; // OData annotations such as "@odata.type"
    assertColumnDefinitionProperty(key);
    if (typeFacets.has(key)) {
      applyFacet(next, key, value);
      continue;
    }
    if (isDeepStrictEqual(value, current[key])) continue;
    switch (key) {
      case 'id':
        throw invalidRequest(`The id of column '${column.name}' cannot be changed.`);
      case 'name':
        throw invalidRequest(
          `Column '${column.name}' cannot be renamed: its name is fixed when it is created. Change its displayName instead.`,
        );
      case 'displayName':
        if (typeof value !== 'string' || !value.trim() || value.length > 255) {
          throw invalidRequest(`Column '${column.name}': displayName must be 1 to 255 characters.`);
        }
        next.displayName = value;
        break;
      case 'description':
      case 'columnGroup':
        if (typeof value !== 'string')
          throw invalidRequest(`Column '${column.name}': '${key}' must be a string.`);
        next[key] = value;
        break;
      case 'indexed':
      case 'enforceUniqueValues':
      case 'required':
      case 'hidden':
        if (typeof value !== 'boolean')
          throw invalidRequest(`Column '${column.name}': '${key}' must be a boolean.`);
        next[key as Flag] = value;
        break;
      case 'propagateChanges':
        // Site columns propagate to the lists that use them; a list column has nowhere to propagate.
        if (typeof value !== 'boolean')
          throw invalidRequest(`Column '${column.name}': 'propagateChanges' must be a boolean.`);
        break;
      default:
        throw new GraphHttpError(
          400,
          'notSupported',
          `The emulator cannot change '${key}' of column '${column.name}'.`,
        );
    }
  }
  checkIndexing(next);
  if (next.enforceUniqueValues && !column.enforceUniqueValues) assertUnique(next, values);
  if (next.text && next.text.maxLength < (column.text?.maxLength ?? 0)) assertFits(next, values);
  return next;
}

function applyFacet(next: ColumnRecord, facet: string, value: unknown): void {
  const { name, type } = next;
  if (facet !== type) {
    throw invalidRequest(
      `Column '${name}' is a ${type} column; its type cannot be changed to ${facet}. Create a new column instead.`,
    );
  }
  const patch = facetObject(name, type, value);
  const current = (toColumnDefinition(next)[type] ?? {}) as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(patch)) {
    if (key.includes('@') || isDeepStrictEqual(setting, current[key])) continue;
    if (type === 'text' && key === 'allowMultipleLines') {
      throw invalidRequest(
        `Column '${name}' cannot switch between one line and multiple lines of text: SharePoint stores them as different field types. Create a new column instead.`,
      );
    }
    if (type === 'text' && key === 'maxLength' && next.text?.allowMultipleLines) {
      throw invalidRequest(`Column '${name}': text.maxLength applies to one line of text only.`);
    }
    if (!changeableFacetSettings[type].includes(key)) {
      throw new GraphHttpError(
        400,
        'notSupported',
        `The emulator cannot change ${type}.${key} of column '${name}'.`,
      );
    }
    changes[key] = setting;
  }
  if (Object.keys(changes).length === 0) return;
  const merged: Record<string, unknown> = { ...current, ...changes };
  // `null` removes a number bound.
  for (const key of Object.keys(merged)) if (merged[key] === null) delete merged[key];
  if (type === 'text') next.text = textFacet(merged);
  if (type === 'number') next.number = numberFacet(name, merged);
  if (type === 'dateTime') next.dateTime = dateTimeFacet(name, merged);
  if (type === 'choice') next.choice = choiceFacet(name, merged);
}

/** SharePoint refuses to enforce uniqueness on a column whose items already repeat a value. */
function assertUnique(column: ColumnRecord, values: readonly FieldValue[]): void {
  const seen = new Set<string>();
  for (const value of values) {
    const key = uniqueKey(value);
    if (seen.has(key)) {
      throw invalidRequest(
        `This field contains duplicate values. Remove all duplicate values and try the operation again. (Column '${column.name}' holds ${JSON.stringify(value)} more than once.)`,
      );
    }
    seen.add(key);
  }
}

function assertFits(column: ColumnRecord, values: readonly FieldValue[]): void {
  const max = column.text?.maxLength ?? 255;
  const longer = values.filter((value) => typeof value === 'string' && value.length > max).length;
  if (longer > 0) {
    throw invalidRequest(
      `Column '${column.name}' cannot shorten text.maxLength to ${max}: ${longer} item(s) hold longer values.`,
    );
  }
}
