/**
 * Nothing invalid reaches the lists: every write is checked by the core's validation first, and
 * against the list schema's limits before it is sent; a failure is an `InvalidError`.
 */
import type { ValidationResult } from '../core/issues';
import { InvalidError } from './errors';
import type { Fields } from './mapping';
import { lists, SINGLE_LINE_MAX, TITLE, type ColumnSchema, type ListKey } from './schema';

export function ensureValid<T>(result: ValidationResult<T>, what: string): T {
  if (result.ok) return result.value;
  const messages = result.issues.map((issue) => issue.message);
  throw new InvalidError(`${what} was not saved: ${messages.join(' ')}`, messages, result.issues);
}

/** How a person names an item of each list, in messages. */
const itemNouns: Partial<Record<ListKey, string>> = {
  cycles: 'cycle',
  teams: 'team',
  objectives: 'objective',
  keyResults: 'key result',
  checkIns: 'check-in',
  initiatives: 'initiative',
  settings: 'setting',
};

/** "key result", "check-in", …: an item of `list` in the user's words, never the list's key. */
export function itemNoun(list: ListKey): string {
  return itemNouns[list] ?? `item of ${lists[list].displayName}`;
}

/** `CheckInByName` → "check in by name", `CycleId` → "cycle id". */
function spoken(column: string): string {
  return column.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** `CycleId` → `cycleId`: the field as the domain names it, for `InvalidError.issues`. */
function fieldKey(column: string): string {
  return column.charAt(0).toLowerCase() + column.slice(1);
}

/** The list's columns by name, with the built-in `Title`. */
function columnsOf(list: ListKey): Map<string, ColumnSchema> {
  const columns = new Map<string, ColumnSchema>(
    lists[list].columns.map((column) => [column.name, column]),
  );
  columns.set(TITLE, { name: TITLE, type: { kind: 'text', maxLength: SINGLE_LINE_MAX } });
  return columns;
}

/**
 * The text columns `fields` holds more in than the list's schema lets them (each with the
 * length of its value and the column's limit): what SharePoint would refuse for its length.
 */
export function overlongFields(
  list: ListKey,
  fields: Fields,
): { readonly column: string; readonly length: number; readonly max: number }[] {
  const columns = columnsOf(list);
  return Object.entries(fields).flatMap(([name, value]) => {
    const type = columns.get(name)?.type;
    return type?.kind === 'text' && typeof value === 'string' && value.length > type.maxLength
      ? [{ column: name, length: value.length, max: type.maxLength }]
      : [];
  });
}

/** Why SharePoint would refuse `value` in `column`, or undefined when it fits. */
function misfit(column: ColumnSchema, value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') {
    return column.required ? 'is required' : undefined;
  }
  const type = column.type;
  switch (type.kind) {
    case 'text':
      if (typeof value !== 'string') return 'must be text';
      return value.length > type.maxLength
        ? `has ${value.length} characters; at most ${type.maxLength} fit`
        : undefined;
    case 'note':
      return typeof value === 'string' ? undefined : 'must be text';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      return type.decimalPlaces === 'none' && !Number.isInteger(value)
        ? 'must be a whole number (an item id)'
        : undefined;
    case 'dateOnly':
    case 'dateTime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? undefined
        : 'must be a date';
    case 'choice':
      return typeof value === 'string' && type.choices.includes(value)
        ? undefined
        : `must be one of ${type.choices.join(', ')}`;
  }
}

/**
 * Checks the fields about to be written against the list's schema (lengths, numbers, choices,
 * required columns), so a write SharePoint would refuse is never started. `fields` may be a
 * subset (an update); only the columns present are checked, and `Title` as the built-in text.
 */
export function ensureFitsSchema(list: ListKey, fields: Fields, what: string): void {
  const columns = columnsOf(list);
  const problems: { key: string; message: string }[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const column = columns.get(name);
    const problem = column && misfit(column, value);
    if (!problem) continue;
    const shown = typeof value === 'number' && !Number.isFinite(value) ? 'not a number' : '';
    problems.push({
      key: fieldKey(name),
      message: `The ${spoken(name)} ${problem}${shown ? ` (${shown})` : ''}.`,
    });
  }
  if (problems.length === 0) return;
  throw new InvalidError(
    `${what} was not saved: ${problems.map((problem) => problem.message).join(' ')}`,
    problems.map((problem) => problem.key),
  );
}

/** An item a write refers to, named in the user's words for when it does not exist. */
export interface ItemReference {
  readonly list: ListKey;
  readonly id: string | undefined;
  readonly field: string;
  readonly words: string;
}

/** The references that name nothing, refused in the user's words. */
export function missingReferences(missing: readonly ItemReference[]): InvalidError {
  return new InvalidError(
    missing
      .map((reference) => `The ${reference.words} does not exist (id ${reference.id}).`)
      .join(' ') + ' Choose one that does.',
    missing.map((reference) => reference.field),
  );
}

/** What a value is, for a message: "a number", "nothing", "a list". */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The repository's edge: an argument that is not an object with fields is refused in words. */
export function ensureObject(value: unknown, what: string): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return;
  throw new InvalidError(`${what} must be given with its fields, not ${kindOf(value)}.`, []);
}

/** The repository's edge: an argument that is not a list is refused in words. */
export function ensureList(value: unknown, what: string): void {
  if (Array.isArray(value)) return;
  throw new InvalidError(`${what} must be a list, not ${kindOf(value)}.`, []);
}

/** The repository's edge: a value that is not text is refused in words, naming its field. */
export function ensureText(value: unknown, what: string, field: string): void {
  if (typeof value === 'string') return;
  throw new InvalidError(`${what} must be text, not ${kindOf(value)}.`, [field]);
}
