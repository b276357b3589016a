/**
 * Several collection queries at once: the first pages in one `$batch`, then every
 * `@odata.nextLink` of that round in the next `$batch`, until no query has more. Round trips
 * grow only with the number of pages of the largest result. A URL may also name one resource.
 */
import type { BatchExecutor, BatchStep, StepOutcome } from './batch';
import type { GraphConnection } from './connection';
import type { OkrError } from '../errors';
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
  return (await queryPagesAfter<T>(batch, connection, undefined, urls, context)).results;
}

export interface QueriedAfter<T> {
  /** What the `first` GET answered, if there was one. */
  readonly first: StepOutcome[];
  readonly results: QueryResult<T>[];
}

/** One query's items, or why it could not be read. */
export type SettledQuery<T> =
  { readonly ok: true; readonly items: T[] } | { readonly ok: false; readonly error: OkrError };

/**
 * `queryAll`, each query settled on its own: a query Graph kept failing (its retries spent) fails
 * alone, and the others' items are still returned.
 */
export async function queryEachSettled<T>(
  batch: BatchExecutor,
  connection: GraphConnection,
  urls: readonly string[],
  context: ErrorContext,
): Promise<SettledQuery<T>[]> {
  const { results, errors } = await settlePages<T>(batch, connection, undefined, urls, context);
  return results.map(({ items }, index) => {
    const error = errors.get(index);
    return error ? { ok: false, error } : { ok: true, items };
  });
}

/**
 * `queryPages`, with a `first` GET Graph answers before the queries begin: all in the first
 * `$batch`, each query `dependsOn` it — of the forms Graph takes for a batch whose requests are
 * ordered (parallel, serial, or all after the same request:
 * https://learn.microsoft.com/graph/known-issues#json-batching), the one that waits for a single
 * answer only, not for every request before it. What `first` answered is returned as it came, a
 * failure too: a query refused for it (424 Failed Dependency,
 * https://learn.microsoft.com/graph/json-batching) is asked again in the next round, unordered,
 * so only the queries' own failures fail the read. Further pages, if any, are asked for once
 * `furtherPagesAfter` has settled.
 */
export async function queryPagesAfter<T>(
  batch: BatchExecutor,
  connection: GraphConnection,
  first: string | undefined,
  urls: readonly string[],
  context: ErrorContext,
  furtherPagesAfter?: PromiseLike<unknown>,
): Promise<QueriedAfter<T>> {
  const settled = await settlePages<T>(batch, connection, first, urls, context, furtherPagesAfter);
  const [error] = settled.errors.values();
  if (error) throw error;
  return { first: settled.first, results: settled.results };
}

/** Reads every query's pages; a query that fails stops there, its error kept by its index. */
async function settlePages<T>(
  batch: BatchExecutor,
  connection: GraphConnection,
  first: string | undefined,
  urls: readonly string[],
  context: ErrorContext,
  furtherPagesAfter?: PromiseLike<unknown>,
): Promise<QueriedAfter<T> & { readonly errors: Map<number, OkrError> }> {
  const results: { items: T[]; deltaLink?: string }[] = urls.map(() => ({ items: [] }));
  const errors = new Map<number, OkrError>();
  const ordered = first !== undefined;
  const opening = await pagesOf(
    batch,
    [
      ...(ordered ? [{ method: 'GET' as const, url: first }] : []),
      ...urls.map((url) => ({
        method: 'GET' as const,
        url,
        ...(ordered ? { dependsOn: 0 } : {}),
      })),
    ],
    context,
  );
  const answered = ordered ? 1 : 0;
  let round = urls.map((url, index) => ({
    index,
    url,
    outcome: opening[answered + index]!,
    ordered,
  }));
  while (round.length > 0) {
    const next: { index: number; url: string }[] = [];
    for (const { index, url, outcome, ordered } of round) {
      if (!outcome.ok) {
        if (ordered && outcome.status === 424) next.push({ index, url });
        else errors.set(index, outcome.error);
        continue;
      }
      const page = outcome.body as Page<T>;
      // A single resource (no `value`) counts as a one-item result.
      results[index]!.items.push(...(Array.isArray(page.value) ? page.value : [page as T]));
      const link = page['@odata.nextLink'];
      if (link) next.push({ index, url: connection.relative(link) });
      const deltaLink = page['@odata.deltaLink'];
      if (deltaLink) results[index]!.deltaLink = connection.relative(deltaLink);
    }
    if (next.length === 0) break;
    if (furtherPagesAfter) await furtherPagesAfter;
    const outcomes = await pagesOf(
      batch,
      next.map(({ url }) => ({ method: 'GET' as const, url })),
      context,
    );
    round = next.map((entry, position) => ({
      ...entry,
      outcome: outcomes[position]!,
      ordered: false,
    }));
  }
  return { first: opening.slice(0, answered), results, errors };
}

function pagesOf(
  batch: BatchExecutor,
  steps: readonly BatchStep[],
  context: ErrorContext,
): Promise<StepOutcome[]> {
  return batch.run(steps, { ...context, idempotent: true });
}
