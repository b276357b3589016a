/**
 * A board's changes from SharePoint's list-item delta
 * (https://learn.microsoft.com/graph/api/listitem-delta): one delta query per watched list, all
 * in one `$batch`, following `@odata.nextLink` pages in further batches until each list answers
 * its `@odata.deltaLink`. The change token is their deltaLinks. A first token asks each list
 * for `token=latest` (the deltaLink of now, no items); a token SharePoint can no longer answer is
 * `410 Gone` (`resyncRequired`), a `ResyncRequiredError`: the board is then read in full.
 */
import { ResyncRequiredError, UnknownStoreError } from '../errors';
import {
  checkInFromItem,
  isWithdrawn,
  cycleIdOf,
  initiativeFromItem,
  keyResultFromItem,
  objectiveFromItem,
  type GraphListItem,
} from '../mapping';
import type { BoardChanges, BoardQuery, RequestOptions } from '../repository';
import type { ListKey } from '../schema';
import type { StepOutcome } from './batch';
import type { StoreCollaborators } from './collaborators';
import type { GraphConnection } from './connection';
import { queryPages } from './paging';

const watchedLists = [
  'objectives',
  'keyResults',
  'initiatives',
  'checkIns',
] as const satisfies readonly ListKey[];
export type WatchedList = (typeof watchedLists)[number];
type DeltaLinks = Record<WatchedList, string>;

/**
 * A first change token from each watched list's `token=latest` delta as answered (a page with
 * no items and the `@odata.deltaLink` of now); none when a list's did not answer one.
 */
export function firstChangeToken(
  connection: GraphConnection,
  answered: Readonly<Partial<Record<WatchedList, StepOutcome>>>,
): string | undefined {
  const links = {} as DeltaLinks;
  for (const list of watchedLists) {
    const outcome = answered[list];
    const link = outcome?.ok
      ? (outcome.body as { '@odata.deltaLink'?: unknown } | null)?.['@odata.deltaLink']
      : undefined;
    if (typeof link !== 'string') return undefined;
    links[list] = connection.relative(link);
  }
  return JSON.stringify(links);
}

/**
 * An entry of a delta page: a listItem with its fields, or a deleted item, which carries the
 * `deleted` facet (the listItem delta page) — `@removed` is accepted too, Graph's generic form
 * (https://learn.microsoft.com/graph/delta-query-overview).
 */
interface DeltaEntry extends Partial<GraphListItem> {
  readonly id: string;
  readonly deleted?: unknown;
  readonly '@removed'?: unknown;
}

export async function readBoardChanges(
  store: StoreCollaborators,
  query: BoardQuery,
  token: string | undefined,
  options?: RequestOptions,
): Promise<BoardChanges> {
  const links = token === undefined ? undefined : readToken(token);
  const results = await queryPages<DeltaEntry>(
    store.batch,
    store.connection,
    watchedLists.map((list) => links?.[list] ?? store.paths.latestDelta(list)),
    { signal: options?.signal, action: 'Reading what changed on the board' },
  );
  const next = {} as DeltaLinks;
  const latest = {} as Record<WatchedList, DeltaEntry[]>;
  watchedLists.forEach((list, index) => {
    const { items, deltaLink } = results[index]!;
    if (!deltaLink)
      throw new UnknownStoreError(`The ${list} delta ended without an @odata.deltaLink.`);
    next[list] = deltaLink;
    latest[list] = lastOccurrences(items);
  });

  const inCycle = (entry: DeltaEntry) => cycleIdOf(entry as GraphListItem) === query.cycleId;
  const changes = {
    objectives: [] as BoardChanges['objectives'][number][],
    keyResults: [] as BoardChanges['keyResults'][number][],
    initiatives: [] as BoardChanges['initiatives'][number][],
    checkIns: [] as BoardChanges['checkIns'][number][],
    removed: {
      objectives: [] as string[],
      keyResults: [] as string[],
      initiatives: [] as string[],
      checkIns: [] as string[],
    },
  };
  for (const entry of latest.objectives) {
    const objective = isRemoved(entry) ? undefined : objectiveFromItem(entry as GraphListItem);
    const onBoard =
      objective?.cycleId === query.cycleId &&
      (!query.teamIds?.length || query.teamIds.includes(objective.teamId));
    if (objective && onBoard) changes.objectives.push(objective);
    else changes.removed.objectives.push(entry.id);
  }
  for (const entry of latest.keyResults) {
    if (!isRemoved(entry) && inCycle(entry)) {
      const keyResult = keyResultFromItem(entry as GraphListItem);
      store.known.rememberKeyResult(keyResult, query.cycleId);
      changes.keyResults.push(keyResult);
    } else changes.removed.keyResults.push(entry.id);
  }
  for (const entry of latest.initiatives) {
    if (!isRemoved(entry) && inCycle(entry))
      changes.initiatives.push(initiativeFromItem(entry as GraphListItem));
    else changes.removed.initiatives.push(entry.id);
  }
  for (const entry of latest.checkIns) {
    if (!isRemoved(entry) && inCycle(entry) && !isWithdrawn(entry as GraphListItem))
      changes.checkIns.push(checkInFromItem(entry as GraphListItem));
    else changes.removed.checkIns.push(entry.id);
  }
  return { ...changes, token: JSON.stringify(next) };
}

function isRemoved(entry: DeltaEntry): boolean {
  return entry.deleted !== undefined || entry['@removed'] !== undefined || !entry.fields;
}

/** "The same item might appear more than once in a delta feed … use the last occurrence." */
function lastOccurrences(entries: readonly DeltaEntry[]): DeltaEntry[] {
  const byId = new Map<string, DeltaEntry>();
  for (const entry of entries) {
    byId.delete(entry.id);
    byId.set(entry.id, entry);
  }
  return [...byId.values()];
}

/**
 * A token is our deltaLinks, each as Graph answered it, relative to the endpoint we call (a
 * `$batch` takes relative URLs). They are used as they are, never taken apart: "copy and apply
 * the @odata.nextLink or @odata.deltaLink URL to the next delta function call without having to
 * inspect the contents of the URL" (https://learn.microsoft.com/graph/delta-query-overview). A
 * link to anywhere else (an absolute URL is another endpoint: the token would go with it) or
 * anything that is not a link is refused, and the board is read again in full.
 */
function readToken(token: string): DeltaLinks {
  let parsed: unknown;
  try {
    parsed = JSON.parse(token);
  } catch {
    parsed = undefined;
  }
  const links = (parsed ?? {}) as Partial<Record<WatchedList, unknown>>;
  for (const list of watchedLists) {
    const link = links[list];
    if (typeof link !== 'string' || !link.startsWith('/') || link.startsWith('//')) {
      throw new ResyncRequiredError(
        'This change token was not issued by the Graph endpoint of this OKR site; reload the board in full.',
      );
    }
  }
  return links as DeltaLinks;
}
