import type { SiteCheck } from '../../../store';
import { lists } from '../../../store/schema';

/** Whether the schema wants unique values in that column (an index is then required too). */
function wantsUniqueValues(listName: string, columnName: string): boolean {
  const list = Object.values(lists).find((schema) => schema.displayName === listName);
  return list?.columns.find((column) => column.name === columnName)?.enforceUniqueValues === true;
}

/**
 * What the guided set-up will add, one line each. A column in `missingIndexes` lacks the index
 * the store filters on or, for a column of unique values, possibly the uniqueness instead.
 */
export function missingItems(check: SiteCheck | undefined): string[] {
  if (!check) return [];
  return [
    ...check.missingLists.map((list) => `The list “${list}”`),
    ...check.missingColumns.map((c) => `The column “${c.column}” in ${c.list}`),
    ...check.missingIndexes.map((c) =>
      wantsUniqueValues(c.list, c.column)
        ? `An index with unique values on “${c.column}” in ${c.list}`
        : `An index on “${c.column}” in ${c.list}`,
    ),
  ];
}
