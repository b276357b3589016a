/**
 * What still names a cycle, and the mark that keeps new objectives out of a cycle while it is
 * deleted.
 *
 * Whether a list holds an item of the cycle is read as at most one item's id: list items have no
 * `$count` (https://learn.microsoft.com/graph/api/listitem-list takes `$filter` and `$expand`;
 * `$top` pages any collection, https://learn.microsoft.com/graph/query-parameters), and a cycle of
 * thousands of KRs costs what an empty one does. Every `CycleId` column is indexed, as a filter on
 * a list past 5,000 items needs.
 *
 * SharePoint has no transaction that checks and deletes in one step, so a deletion marks the
 * cycle first (an item in the Settings list, which only admins write) and checks once marked; an
 * objective written into a cycle looks for the mark (and the cycle) after its write and takes
 * itself back when it finds either missing or marked. Whatever the order, one of the two sees
 * the other: an objective written before the mark is found by the check, one written after it
 * finds the mark.
 */
import { cycleReferenceKinds, type CycleReferenceKind } from '../../core/cycle-deletion';
import type { Cycle } from '../../core/model';
import { InvalidError, NotFoundError } from '../errors';
import type { GraphListItem } from '../mapping';
import type { RequestOptions } from '../repository';
import { SINGLE_LINE_MAX, TITLE } from '../schema';
import type { StoreCollaborators } from './collaborators';
import { anyOf, equals, textEquals } from './queries';

/** How long a mark keeps objectives out: a deletion takes seconds; one that died lapses. */
export const DELETION_MARK_MS = 10 * 60_000;

const markKey = (cycleId: string) => `deletingCycle:${cycleId}`;

const signalOf = (options?: RequestOptions) => (options?.signal ? { signal: options.signal } : {});

/** What names each cycle, list by list, in `$batch`es: one read of at most one id per list. */
export async function cycleHoldings(
  store: StoreCollaborators,
  cycleIds: readonly string[],
  options?: RequestOptions,
): Promise<ReadonlyMap<string, readonly CycleReferenceKind[]>> {
  const reads = cycleIds.flatMap((cycleId) =>
    cycleReferenceKinds.map((list) => ({ cycleId, list })),
  );
  const outcomes = await store.batch.run(
    reads.map(({ cycleId, list }) => ({
      method: 'GET' as const,
      url: store.paths.firstId(list, equals('CycleId', cycleId)),
    })),
    { ...signalOf(options), idempotent: true, action: 'Checking what the cycle holds' },
  );
  const held = new Map<string, CycleReferenceKind[]>(cycleIds.map((id) => [id, []]));
  reads.forEach(({ cycleId, list }, index) => {
    const outcome = outcomes[index]!;
    if (!outcome.ok) throw outcome.error;
    if ((outcome.body as { value: unknown[] }).value.length > 0) held.get(cycleId)!.push(list);
  });
  return held;
}

/** Which of the cycles hold an objective (of `teamIds`): at most one id per cycle, one `$batch`. */
export async function cyclesWithObjectives(
  store: StoreCollaborators,
  cycleIds: readonly string[],
  teamIds: readonly string[] | undefined,
  options?: RequestOptions,
): Promise<ReadonlySet<string>> {
  const ofTeams = teamIds && teamIds.length > 0 ? ` and (${anyOf('TeamId', teamIds)})` : '';
  const outcomes = await store.batch.run(
    cycleIds.map((cycleId) => ({
      method: 'GET' as const,
      url: store.paths.firstId('objectives', `${equals('CycleId', cycleId)}${ofTeams}`),
    })),
    { ...signalOf(options), idempotent: true, action: 'Looking for the cycles that hold OKRs' },
  );
  return new Set(
    cycleIds.filter((_, index) => {
      const outcome = outcomes[index]!;
      if (!outcome.ok) throw outcome.error;
      return (outcome.body as { value: unknown[] }).value.length > 0;
    }),
  );
}

interface Mark {
  readonly id: string;
  readonly eTag?: string;
  readonly since: number;
}

function markOf(item: GraphListItem | undefined): Mark | undefined {
  if (!item) return undefined;
  let since = Number.NaN;
  try {
    since = Date.parse((JSON.parse(String(item.fields.Value)) as { since?: string }).since ?? '');
  } catch {
    // A mark whose date cannot be read holds nothing off.
  }
  return { id: item.id, ...(item.eTag ? { eTag: item.eTag } : {}), since };
}

const markQuery = (store: StoreCollaborators, cycleId: string) =>
  store.paths.query('settings', textEquals('SettingKey', markKey(cycleId)));

/** A mark set within `DELETION_MARK_MS` of `now`. */
const holds = (mark: Mark | undefined, now: number) =>
  mark !== undefined && now - mark.since <= DELETION_MARK_MS;

/**
 * Marks the cycle as being deleted and answers how to take the mark off. A mark of a deletion
 * that died is taken over; one still running refuses this one.
 */
export async function markDeleting(
  store: StoreCollaborators,
  cycle: Cycle,
  now: number,
  options?: RequestOptions,
): Promise<() => Promise<void>> {
  const context = { ...signalOf(options), action: `Marking ${cycle.name} as being deleted` };
  const value = JSON.stringify({ since: new Date(now).toISOString() });
  let mark: Mark;
  try {
    const created = await store.connection.send<GraphListItem>(
      {
        method: 'POST',
        path: store.paths.items('settings'),
        body: {
          fields: {
            [TITLE]: `Deleting the cycle ${cycle.name}`.slice(0, SINGLE_LINE_MAX),
            SettingKey: markKey(cycle.id),
            Value: value,
          },
        },
      },
      context,
    );
    mark = { id: created.id, since: now };
  } catch (error) {
    // SettingKey is unique: the cycle is marked already.
    if (!(error instanceof InvalidError)) throw error;
    const [items] = await store.batch.run([{ method: 'GET', url: markQuery(store, cycle.id) }], {
      ...signalOf(options),
      idempotent: true,
    });
    const existing = items?.ok
      ? markOf((items.body as { value: GraphListItem[] }).value[0])
      : undefined;
    if (!existing) throw error;
    if (holds(existing, now)) {
      throw new InvalidError(
        `${cycle.name} is being deleted by someone else at this moment. Reload to see whether it is gone.`,
        ['cycle'],
      );
    }
    await store.connection.send(
      {
        method: 'PATCH',
        path: `${store.paths.item('settings', existing.id)}/fields`,
        headers: { 'If-Match': existing.eTag ?? '*' },
        body: { Value: value },
      },
      context,
    );
    mark = { id: existing.id, since: now };
  }
  return async () => {
    await store.connection
      .send(
        { method: 'DELETE', path: store.paths.item('settings', mark.id) },
        { action: `Unmarking ${cycle.name}` },
      )
      .catch(() => undefined); // left behind, it lapses
  };
}

/**
 * After an objective was written into the cycle: whether the cycle is gone or being deleted, in
 * one `$batch` (the cycle's id, its mark). Either way the caller takes its write back.
 */
export async function cycleTakesNoMore(
  store: StoreCollaborators,
  cycleId: string,
  now: number,
  options?: RequestOptions,
): Promise<boolean> {
  const [cycle, mark] = await store.batch.run(
    [
      { method: 'GET', url: `${store.paths.item('cycles', cycleId)}?$select=id` },
      { method: 'GET', url: markQuery(store, cycleId) },
    ],
    { ...signalOf(options), idempotent: true, action: 'Checking the cycle is still there' },
  );
  if (!cycle!.ok) {
    if (cycle!.error instanceof NotFoundError) return true;
    throw cycle!.error;
  }
  if (!mark!.ok) throw mark!.error;
  return holds(markOf((mark!.body as { value: GraphListItem[] }).value[0]), now);
}
