import type { SiteCheck } from '../../../store';
import { lists } from '../../../store/schema';
import type { Say } from '../../board/say';

/** Whether the schema wants unique values in that column (an index is then required too). */
function wantsUniqueValues(listName: string, columnName: string): boolean {
  const list = Object.values(lists).find((schema) => schema.displayName === listName);
  return list?.columns.find((column) => column.name === columnName)?.enforceUniqueValues === true;
}

/**
 * What the guided set-up will add, one line each. A column in `missingIndexes` lacks the index
 * the store filters on or, for a column of unique values, possibly the uniqueness instead.
 */
export function missingItems(check: SiteCheck | undefined, say: Say): string[] {
  if (!check) return [];
  return [
    ...check.missingLists.map((list) => say('The list “{list}”', { list })),
    ...check.missingColumns.map(({ column, list }) =>
      say('The column “{column}” in {list}', { column, list }),
    ),
    ...check.missingIndexes.map(({ column, list }) =>
      wantsUniqueValues(list, column)
        ? say('An index with unique values on “{column}” in {list}', { column, list })
        : say('An index on “{column}” in {list}', { column, list }),
    ),
  ];
}
