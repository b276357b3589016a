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
import type { StepOutcome } from './batch';
import type { StoreCollaborators } from './collaborators';
import { queryAll } from './paging';
import { anyOf, equals, textEquals } from './queries';

/** How long a mark keeps objectives out: a deletion takes seconds; one that died lapses. */
export const DELETION_MARK_MS = 10 * 60_000;

const markKey = (cycleId: string) => `deletingCycle:${cycleId}`;

const signalOf = (options?: RequestOptions) => (options?.signal ? { signal: options.signal } : {});

/** An initiative or a check-in left naming a cycle after its key result was deleted. */
export interface OrphanItem {
  readonly list: 'initiatives' | 'checkIns';
  readonly id: string;
}

/** What a cycle holds that someone can reach, and the items nothing reaches any more. */
export interface CycleContents {
  readonly held: readonly CycleReferenceKind[];
  readonly orphans: readonly OrphanItem[];
}

const keyResultItems = ['initiatives', 'checkIns'] as const;

/**
 * What names each cycle, list by list, in `$batch`es: one read of at most one id per list. A cycle
 * holding initiatives or check-ins but no objective and no key result may hold only those left
 * from key results deleted since (they name their key result and its cycle): nothing shows them
 * or lets anyone remove them, so such a cycle's are read in full, and those whose key result is
 * gone are `orphans`, not held: the cycle is deleted with them.
 */
export async function cycleContents(
  store: StoreCollaborators,
  cycleIds: readonly string[],
  options?: RequestOptions,
): Promise<ReadonlyMap<string, CycleContents>> {
  const held = await cycleHoldings(store, cycleIds, options);
  const contents = new Map<string, CycleContents>();
  for (const [cycleId, kinds] of held) {
    const onlyKeyResultItems =
      kinds.length > 0 &&
      kinds.every((kind) => (keyResultItems as readonly string[]).includes(kind));
    const orphans = onlyKeyResultItems ? await orphansOf(store, cycleId, options) : undefined;
    contents.set(cycleId, orphans ? { held: [], orphans } : { held: kinds, orphans: [] });
  }
  return contents;
}

/**
 * The cycle's initiatives and check-ins, when every one of them names a key result that is gone;
 * undefined when any still has its key result (it is that key result's history, kept).
 */
async function orphansOf(
  store: StoreCollaborators,
  cycleId: string,
  options?: RequestOptions,
): Promise<OrphanItem[] | undefined> {
  const context = { ...signalOf(options), action: 'Checking what the cycle holds' };
  const pages = await queryAll<GraphListItem>(
    store.batch,
    store.connection,
    keyResultItems.map((list) => store.paths.query(list, equals('CycleId', cycleId))),
    context,
  );
  const items = keyResultItems.flatMap((list, index) =>
    pages[index]!.map((item) => ({
      list,
      id: item.id,
      keyResultId: String(item.fields.KeyResultId),
    })),
  );
  const keyResultIds = [...new Set(items.map((item) => item.keyResultId))];
  const outcomes = await store.batch.run(
    keyResultIds.map((id) => ({
      method: 'GET' as const,
      url: `${store.paths.item('keyResults', id)}?$select=id`,
    })),
    { ...context, idempotent: true },
  );
  const gone = new Set<string>();
  keyResultIds.forEach((id, index) => {
    const outcome = outcomes[index]!;
    if (outcome.ok) return;
    if (!(outcome.error instanceof NotFoundError)) throw outcome.error;
    gone.add(id);
  });
  return items.every((item) => gone.has(item.keyResultId))
    ? items.map(({ list, id }) => ({ list, id }))
    : undefined;
}

/** Deletes items nothing reaches any more; one already gone is what was wanted. */
export async function deleteOrphans(
  store: StoreCollaborators,
  orphans: readonly OrphanItem[],
  options?: RequestOptions,
): Promise<void> {
  if (orphans.length === 0) return;
  const outcomes = await store.batch.run(
    orphans.map(({ list, id }) => ({ method: 'DELETE' as const, url: store.paths.item(list, id) })),
    {
      ...signalOf(options),
      action: 'Deleting the cycle’s initiatives and check-ins of deleted key results',
    },
  );
  for (const outcome of outcomes) {
    if (!outcome.ok && !(outcome.error instanceof NotFoundError)) throw outcome.error;
  }
}

/** What names each cycle, list by list, in `$batch`es: one read of at most one id per list. */
async function cycleHoldings(
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

const markQuery = (store: Pick<StoreCollaborators, 'paths'>, cycleId: string) =>
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
 * The two reads that tell whether the cycle takes no more objectives (it is gone, or marked as
 * being deleted), as `$batch` steps a writer may send after its own write in the same batch, and
 * how to read their answers: `undefined` when either got no usable answer (read them again).
 */
export function cycleTakesNoMoreCheck(store: Pick<StoreCollaborators, 'paths'>, cycleId: string) {
  return {
    steps: [
      { method: 'GET' as const, url: `${store.paths.item('cycles', cycleId)}?$select=id` },
      { method: 'GET' as const, url: markQuery(store, cycleId) },
    ],
    read(outcomes: readonly StepOutcome[], now: number): boolean | undefined {
      const [cycle, mark] = outcomes;
      if (!cycle!.ok) return cycle!.error instanceof NotFoundError ? true : undefined;
      if (!mark!.ok) return undefined;
      return holds(markOf((mark!.body as { value: GraphListItem[] }).value[0]), now);
    },
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
  const check = cycleTakesNoMoreCheck(store, cycleId);
  const outcomes = await store.batch.run(check.steps, {
    ...signalOf(options),
    idempotent: true,
    action: 'Checking the cycle is still there',
  });
  const answer = check.read(outcomes, now);
  if (answer !== undefined) return answer;
  for (const outcome of outcomes) if (!outcome.ok) throw outcome.error;
  return false;
}
