import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { GraphHttpError, invalidRequest, nameAlreadyExists, unknownProperty } from './errors';

/** The column types the emulator supports, named by their columnDefinition facet. */
export type ColumnType = 'text' | 'number' | 'dateTime' | 'boolean' | 'choice';
export const columnTypes: readonly ColumnType[] = [
  'text',
  'number',
  'dateTime',
  'boolean',
  'choice',
];

export interface TextFacet {
  allowMultipleLines: boolean;
  appendChangesToExistingText: boolean;
  linesForEditing: number;
  maxLength: number;
}
export interface NumberFacet {
  decimalPlaces: string;
  displayAs: string;
  maximum?: number;
  minimum?: number;
}
export interface DateTimeFacet {
  displayAs: string;
  format: 'dateOnly' | 'dateTime';
}
export interface ChoiceFacet {
  allowTextEntry: boolean;
  choices: string[];
  displayAs: string;
}

/** A column as stored; `toColumnDefinition` renders Graph's columnDefinition resource. */
export interface ColumnRecord {
  id: string;
  name: string;
  displayName: string;
  description: string;
  type: ColumnType;
  indexed: boolean;
  enforceUniqueValues: boolean;
  required: boolean;
  hidden: boolean;
  readOnly: boolean;
  columnGroup: string;
  text?: TextFacet;
  number?: NumberFacet;
  dateTime?: DateTimeFacet;
  choice?: ChoiceFacet;
}

/** Every generic list has a Title column (list-create docs: "the genericList template, which includes a Title column"). */
export function titleColumn(): ColumnRecord {
  return {
    id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
    name: 'Title',
    displayName: 'Title',
    description: '',
    type: 'text',
    indexed: false,
    enforceUniqueValues: false,
    required: true,
    hidden: false,
    readOnly: false,
    columnGroup: 'Custom Columns',
    text: textFacet({}),
  };
}

/** Read-only fields every item carries; only `id` is indexed, as in SharePoint. */
export const systemFields: ReadonlyMap<string, ColumnType> = new Map<string, ColumnType>([
  ['id', 'number'],
  ['Created', 'dateTime'],
  ['Modified', 'dateTime'],
]);

/** The columnDefinition resource's properties (Graph v1.0 resources/columndefinition). */
export const columnDefinitionProperties: ReadonlySet<string> = new Set([
  'boolean',
  'calculated',
  'choice',
  'columnGroup',
  'contentApprovalStatus',
  'currency',
  'dateTime',
  'defaultValue',
  'description',
  'displayName',
  'enforceUniqueValues',
  'geolocation',
  'hidden',
  'hyperlinkOrPicture',
  'id',
  'indexed',
  'isDeletable',
  'isReorderable',
  'isSealed',
  'lookup',
  'name',
  'number',
  'personOrGroup',
  'propagateChanges',
  'readOnly',
  'required',
  'sourceColumn',
  'sourceContentType',
  'term',
  'text',
  'thumbnail',
  'type',
  'validation',
]);

/** Refuses a property the columnDefinition resource does not have, as Graph's deserializer does. */
export function assertColumnDefinitionProperty(key: string): void {
  if (!columnDefinitionProperties.has(key)) throw unknownProperty(key, 'columnDefinition');
}

/** Each modelled type facet's documented settings (Graph v1.0 resources/textcolumn, numbercolumn, …). */
const facetSettings: Record<ColumnType, readonly string[]> = {
  text: [
    'allowMultipleLines',
    'appendChangesToExistingText',
    'linesForEditing',
    'maxLength',
    'textType',
  ],
  number: ['decimalPlaces', 'displayAs', 'maximum', 'minimum'],
  dateTime: ['displayAs', 'format'],
  boolean: [],
  choice: ['allowTextEntry', 'choices', 'displayAs'],
};

/** Documented facet settings the emulator's columns always have, without storing them. */
const unstoredDefaults: Readonly<Record<string, unknown>> = { 'text.textType': 'plain' };

/** The properties a new column takes; any other documented one only with the value it would get. */
const creationProperties: ReadonlySet<string> = new Set([
  'name',
  'displayName',
  'description',
  'indexed',
  'enforceUniqueValues',
  'required',
  'hidden',
  // A list column has no lists to propagate changes to.
  'propagateChanges',
]);

/**
 * A new column is created as asked or refused, never quietly made different: a setting the
 * emulator does not model is a 400 `notSupported` unless it holds the value the column gets anyway.
 */
function assertCreatedAsAsked(body: Record<string, unknown>, column: ColumnRecord): void {
  const created = toColumnDefinition(column);
  const differs = (sent: unknown, stored: unknown) => !isDeepStrictEqual(sent, stored);
  for (const [key, value] of Object.entries(body)) {
    if (key.includes('@') || creationProperties.has(key)) continue; // OData annotations
    if (key === column.type) {
      for (const [setting, sent] of Object.entries(value as Record<string, unknown>)) {
        if (setting.includes('@')) continue;
        if (!facetSettings[column.type].includes(setting)) {
          throw unknownProperty(setting, `${column.type}Column`);
        }
        const stored = (created[key] as Record<string, unknown>)[setting];
        if (differs(sent, stored ?? unstoredDefaults[`${key}.${setting}`])) {
          throw new GraphHttpError(
            400,
            'notSupported',
            `The emulator cannot create column '${column.name}' with ${key}.${setting} ${JSON.stringify(sent)}.`,
          );
        }
      }
    } else if (differs(value, created[key])) {
      throw new GraphHttpError(
        400,
        'notSupported',
        `The emulator cannot create column '${column.name}' with ${key} ${JSON.stringify(value)}.`,
      );
    }
  }
}

/**
 * The mutually exclusive type facets of a columnDefinition (https://learn.microsoft.com/graph/api/resources/columndefinition);
 * a column has exactly one. The emulator models those of `columnTypes`.
 */
export const typeFacets: ReadonlySet<string> = new Set([
  'boolean',
  'calculated',
  'choice',
  'contentApprovalStatus',
  'currency',
  'dateTime',
  'geolocation',
  'hyperlinkOrPicture',
  'lookup',
  'number',
  'personOrGroup',
  'term',
  'text',
  'thumbnail',
]);

const columnNamePattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Validates a columnDefinition from a request body and returns the stored column. */
export function parseColumnDefinition(input: unknown): ColumnRecord {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidRequest('A column definition must be a JSON object.');
  }
  const body = input as Record<string, unknown>;
  for (const key of Object.keys(body)) if (!key.includes('@')) assertColumnDefinitionProperty(key);
  const name = body.name;
  if (typeof name !== 'string' || !columnNamePattern.test(name)) {
    throw invalidRequest(
      `Column name '${String(name)}' is not valid: use letters, digits and underscores, starting with a letter or underscore.`,
    );
  }
  if (systemFields.has(name) || name === 'Title') {
    throw nameAlreadyExists(`A duplicate field name "${name}" was found.`);
  }
  const facets = columnTypes.filter((type) => body[type] !== undefined);
  const unmodelled = [...typeFacets].find(
    (facet) => body[facet] !== undefined && !(columnTypes as readonly string[]).includes(facet),
  );
  if (unmodelled && facets.length === 0) {
    throw new GraphHttpError(
      400,
      'notSupported',
      `The emulator does not model ${unmodelled} columns; it creates ${columnTypes.join(', ')} columns.`,
    );
  }
  if (facets.length !== 1) {
    throw invalidRequest(
      `Column '${name}' must have exactly one type facet of ${columnTypes.join(', ')}; it has ${facets.length}.`,
    );
  }
  const type = facets[0] as ColumnType;
  const flag = (key: string): boolean => {
    const value = body[key];
    if (value === undefined) return false;
    if (typeof value !== 'boolean')
      throw invalidRequest(`Column '${name}': '${key}' must be a boolean.`);
    return value;
  };
  const column: ColumnRecord = {
    id: randomUUID(),
    name,
    displayName: typeof body.displayName === 'string' && body.displayName ? body.displayName : name,
    description: typeof body.description === 'string' ? body.description : '',
    type,
    indexed: flag('indexed'),
    enforceUniqueValues: flag('enforceUniqueValues'),
    required: flag('required'),
    hidden: flag('hidden'),
    readOnly: false,
    columnGroup: 'Custom Columns',
  };
  const facet = facetObject(name, type, body[type]);
  if (type === 'text') column.text = textFacet(facet);
  if (type === 'number') column.number = numberFacet(name, facet);
  if (type === 'dateTime') column.dateTime = dateTimeFacet(name, facet);
  if (type === 'choice') column.choice = choiceFacet(name, facet);
  checkIndexing(column);
  assertCreatedAsAsked(body, column);
  return column;
}

export function addColumn(columns: ColumnRecord[], column: ColumnRecord): void {
  if (columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
    throw nameAlreadyExists(`A duplicate field name "${column.name}" was found.`);
  }
  columns.push(column);
}

/** SharePoint cannot index multiple lines of text, and unique values need an index. */
export function checkIndexing(column: ColumnRecord): void {
  const multiline = column.text?.allowMultipleLines === true;
  if (column.indexed && multiline) {
    throw invalidRequest(`Column '${column.name}': multiple lines of text cannot be indexed.`);
  }
  if (column.enforceUniqueValues && (multiline || column.type === 'boolean')) {
    throw invalidRequest(
      `Column '${column.name}': a ${multiline ? 'multiple lines of text' : 'yes/no'} column cannot enforce unique values.`,
    );
  }
  if (column.enforceUniqueValues && !column.indexed) {
    throw invalidRequest(`Column '${column.name}' must be indexed to enforce unique values.`);
  }
}

export function facetObject(
  name: string,
  type: ColumnType,
  value: unknown,
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidRequest(`Column '${name}': the '${type}' facet must be an object.`);
  }
  return value as Record<string, unknown>;
}

export function textFacet(facet: Record<string, unknown>): TextFacet {
  const allowMultipleLines = facet.allowMultipleLines === true;
  const maxLength = facet.maxLength;
  if (
    maxLength !== undefined &&
    (!Number.isInteger(maxLength) || (maxLength as number) < 1 || (maxLength as number) > 255)
  ) {
    throw invalidRequest(
      `text.maxLength must be an integer from 1 to 255; got ${JSON.stringify(maxLength)}.`,
    );
  }
  return {
    allowMultipleLines,
    appendChangesToExistingText: false,
    linesForEditing: allowMultipleLines ? 6 : 0,
    // Multi-line text holds up to 63,999 characters in SharePoint; single-line text 255.
    maxLength: (maxLength as number | undefined) ?? (allowMultipleLines ? 63999 : 255),
  };
}

const decimalPlaces = ['automatic', 'none', 'one', 'two', 'three', 'four', 'five'];

/**
 * How a column shows its values (numberColumn.decimalPlaces, displayAs…): one of the documented
 * values, the first of them when not given. It changes no stored value.
 */
function displaySetting(
  name: string,
  type: ColumnType,
  facet: Record<string, unknown>,
  key: string,
  allowed: readonly string[],
): string {
  const value = facet[key] ?? allowed[0];
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw invalidRequest(`Column '${name}': ${type}.${key} must be one of ${allowed.join(', ')}.`);
  }
  return value;
}

export function numberFacet(name: string, facet: Record<string, unknown>): NumberFacet {
  const bound = (key: 'minimum' | 'maximum') => {
    const value = facet[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw invalidRequest(`Column '${name}': number.${key} must be a number.`);
    }
    return value;
  };
  const result: NumberFacet = {
    decimalPlaces: displaySetting(name, 'number', facet, 'decimalPlaces', decimalPlaces),
    displayAs: displaySetting(name, 'number', facet, 'displayAs', ['number', 'percentage']),
  };
  const minimum = bound('minimum');
  const maximum = bound('maximum');
  // In the order of the numberColumn resource's JSON representation.
  if (maximum !== undefined) result.maximum = maximum;
  if (minimum !== undefined) result.minimum = minimum;
  if (minimum !== undefined && maximum !== undefined && minimum > maximum) {
    throw invalidRequest(
      `Column '${name}': number.minimum ${minimum} is greater than number.maximum ${maximum}.`,
    );
  }
  return result;
}

export function dateTimeFacet(name: string, facet: Record<string, unknown>): DateTimeFacet {
  const format = facet.format ?? 'dateTime';
  if (format !== 'dateOnly' && format !== 'dateTime') {
    throw invalidRequest(`Column '${name}': dateTime.format must be 'dateOnly' or 'dateTime'.`);
  }
  return {
    displayAs: displaySetting(name, 'dateTime', facet, 'displayAs', [
      'default',
      'friendly',
      'standard',
    ]),
    format,
  };
}

export function choiceFacet(name: string, facet: Record<string, unknown>): ChoiceFacet {
  const choices = facet.choices;
  if (
    !Array.isArray(choices) ||
    choices.length === 0 ||
    !choices.every((c) => typeof c === 'string' && c)
  ) {
    throw invalidRequest(`Column '${name}': choice.choices must be a non-empty array of strings.`);
  }
  return {
    allowTextEntry: facet.allowTextEntry === true,
    choices: [...choices] as string[],
    displayAs: displaySetting(name, 'choice', facet, 'displayAs', [
      'dropDownMenu',
      'checkBoxes',
      'radioButtons',
    ]),
  };
}

export function toColumnDefinition(column: ColumnRecord): Record<string, unknown> {
  const definition: Record<string, unknown> = { ...column };
  delete definition.type;
  if (column.type === 'boolean') definition.boolean = {};
  return definition;
}

export type FieldValue = string | number | boolean;

/** Checks a value written to a column and returns it as stored; `null` clears the field. */
export function coerceFieldValue(column: ColumnRecord, value: unknown): FieldValue | null {
  if (value === null) return null;
  const wrongType = (expected: string) =>
    invalidRequest(
      `The value ${JSON.stringify(value)} for field '${column.name}' is not valid: the column is of type ${column.type} and expects ${expected}.`,
    );
  switch (column.type) {
    case 'text': {
      if (typeof value !== 'string') throw wrongType('a string');
      const max = column.text?.maxLength ?? 255;
      if (value.length > max) {
        throw invalidRequest(
          `The value for field '${column.name}' is ${value.length} characters long; the column allows at most ${max}.`,
        );
      }
      return value;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrongType('a number');
      const { minimum, maximum } = column.number ?? {};
      if (
        (minimum !== undefined && value < minimum) ||
        (maximum !== undefined && value > maximum)
      ) {
        throw invalidRequest(
          `The value ${value} for field '${column.name}' is outside its range ${minimum ?? '-∞'}..${maximum ?? '∞'}.`,
        );
      }
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw wrongType('true or false');
      return value;
    case 'dateTime': {
      const normalized = typeof value === 'string' ? normalizeDateTime(value) : undefined;
      if (normalized === undefined)
        throw wrongType('an ISO 8601 date and time such as 2025-01-31T00:00:00Z');
      return normalized;
    }
    case 'choice':
      if (typeof value !== 'string') throw wrongType('a string');
      if (!column.choice?.allowTextEntry && !column.choice?.choices.includes(value)) {
        throw invalidRequest(
          `The value '${value}' for field '${column.name}' is not one of its choices: ${column.choice?.choices.join(', ')}.`,
        );
      }
      return value;
  }
}

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** SharePoint returns date-times in UTC without fractions: `2025-01-31T09:30:00Z`. */
export function normalizeDateTime(value: string): string | undefined {
  if (!isoDate.test(value)) return undefined;
  const withZone =
    /T.*(Z|[+-]\d{2}:\d{2})$/.test(value) || !value.includes('T') ? value : `${value}Z`;
  const time = Date.parse(value.includes('T') ? withZone : `${value}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
