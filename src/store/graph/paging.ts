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
}

export async function queryAll<T>(
  batch: BatchExecutor,
  connection: GraphConnection,
  urls: readonly string[],
  context: ErrorContext,
): Promise<T[][]> {
  const results: T[][] = urls.map(() => []);
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
      results[index]!.push(...(Array.isArray(page.value) ? page.value : [page as T]));
      const link = page['@odata.nextLink'];
      if (link) next.push({ index, url: connection.relative(link) });
    });
    round = next;
  }
  return results;
}
