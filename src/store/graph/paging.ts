/**
 * Several collection queries at once: the first pages in one `$batch`, then every
 * `@odata.nextLink` of that round in the next `$batch`, until no query has more. Round trips
 * grow only with the number of pages of the largest result. A URL may also name one resource.
 */
import type { BatchExecutor } from './batch';
import type { GraphConnection } from './connection';
import type { ErrorContext } from './errors';

interface Page<T> {
  readonly value?: T[];
  readonly '@odata.nextLink'?: string;
  readonly '@odata.deltaLink'?: string;
}

export async function queryAll<T>(
  batch: BatchExecutor,
  connection: GraphConnection,
  urls: readonly string[],
  context: ErrorContext,
): Promise<T[][]> {
  return (await queryPages<T>(batch, connection, urls, context)).map((result) => result.items);
}

/**
 * A query whose first page came in another `$batch` (read alongside the site): its items, the
 * further pages followed like `queryAll`'s.
 */
export async function itemsFromFirstPage<T>(
  batch: BatchExecutor,
  connection: GraphConnection,
  first: unknown,
  context: ErrorContext,
): Promise<T[]> {
  const page = first as Page<T>;
  const items = Array.isArray(page.value) ? [...page.value] : [page as T];
  const next = page['@odata.nextLink'];
  if (next) {
    const [rest] = await queryAll<T>(batch, connection, [connection.relative(next)], context);
    items.push(...rest!);
  }
  return items;
}

export interface QueryResult<T> {
  readonly items: T[];
  /** A delta query's last page names where the next one starts (relative to the version root). */
  readonly deltaLink?: string;
}

/** `queryAll`, keeping each query's final `@odata.deltaLink`. */
export async function queryPages<T>(
  batch: BatchExecutor,
  connection: GraphConnection,
  urls: readonly string[],
  context: ErrorContext,
): Promise<QueryResult<T>[]> {
  const results: { items: T[]; deltaLink?: string }[] = urls.map(() => ({ items: [] }));
  let round = urls.map((url, index) => ({ index, url }));
  while (round.length > 0) {
    const outcomes = await batch.run(
      round.map(({ url }) => ({ method: 'GET' as const, url })),
      { ...context, idempotent: true },
    );
    const next: typeof round = [];
    outcomes.forEach((outcome, position) => {
      const { index } = round[position]!;
      if (!outcome.ok) throw outcome.error;
      const page = outcome.body as Page<T>;
      // A single resource (no `value`) counts as a one-item result.
      results[index]!.items.push(...(Array.isArray(page.value) ? page.value : [page as T]));
      const link = page['@odata.nextLink'];
      if (link) next.push({ index, url: connection.relative(link) });
      const deltaLink = page['@odata.deltaLink'];
      if (deltaLink) results[index]!.deltaLink = connection.relative(deltaLink);
    });
    round = next;
  }
  return results;
}
