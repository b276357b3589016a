/**
 * Saving many check-ins at once (Excel, a meeting round) in `$batch`es of up to 20 per kind of
 * write, idempotently, reporting every draft's outcome.
 *
 * Order: each KR is updated first (If-Match on the version its author saw), then the check-ins
 * of the KRs that were updated are created. So a KR conflict never leaves a stray check-in.
 *
 * Idempotency: a check-in's client id is a unique column, so a retried create is refused
 * (409) and the stored check-in is reported as saved; a KR records the client id of the
 * check-in that last moved it, so a retried KR update that meets its own earlier write (412)
 * is recognised as done, not as a conflict.
 */
import { formatKeyResultMeasure } from '../../core/format';
import type { KeyResult } from '../../core/model';
import { validateCheckIn } from '../../core/validation';
import { ConflictError, InvalidError, OkrError } from '../errors';
import {
  checkInFromItem,
  checkInToFields,
  keyResultCheckInFields,
  keyResultFromItem,
  lastCheckInClientIdOf,
  type GraphListItem,
} from '../mapping';
import type { CheckInDraft, CheckInSaveReport, RequestOptions, SaveProgress } from '../repository';
import { ensureValid } from '../validation';
import type { StepOutcome } from './batch';
import type { StoreContext } from './graph-repository';
import { queryAll } from './paging';
import { chunk, IDS_PER_FILTER, itemId, textEquals } from './queries';

/** Statuses of a create refused by the store (a bad value, or a duplicate client id). */
const REFUSED = new Set([400, 409]);

type Saved = CheckInSaveReport['saved'][number];
type Conflict = CheckInSaveReport['conflicts'][number];
type Failed = CheckInSaveReport['failed'][number];

/** The check-ins of one KR in this save; the latest (`head`) moves the KR. */
interface KeyResultGroup {
  readonly keyResultId: string;
  readonly drafts: CheckInDraft[];
  head: CheckInDraft;
  version?: string;
  cycleId?: string;
  updated?: KeyResult;
  failed?: boolean;
}

export async function saveCheckIns(
  store: StoreContext,
  drafts: readonly CheckInDraft[],
  options: RequestOptions & { readonly onProgress?: (progress: SaveProgress) => void } = {},
): Promise<CheckInSaveReport> {
  const saved: Saved[] = [];
  const conflicts: Conflict[] = [];
  const failed: Failed[] = [];
  const signal = options.signal;
  const progress = () =>
    options.onProgress?.({
      done: saved.length + conflicts.length + failed.length,
      total: drafts.length,
    });
  const failGroup = (group: KeyResultGroup, error: unknown) => {
    group.failed = true;
    for (const draft of group.drafts) failed.push({ draft, error: asOkrError(error) });
  };

  const groups = await validDraftsByKeyResult(store, drafts, failed, options);
  progress();

  // 1. What we do not know yet about a KR (its cycle, or the version when no author saw one).
  const unknown = groups.filter((group) => !group.version || !group.cycleId);
  await eachOutcome(
    store,
    unknown,
    (group) => ({ method: 'GET', url: store.paths.get('keyResults', group.keyResultId) }),
    {
      signal,
      onOk: (group, body) => {
        const item = body as GraphListItem;
        const keyResult = store.remember(keyResultFromItem(item), cycleIdOf(item));
        group.cycleId = keyResult.cycleId;
        group.version ??= keyResult.version;
      },
      onError: failGroup,
    },
  );
  let pending = groups.filter((group) => !group.failed);

  // 2. Move each KR, If-Match on the version its author saw.
  const raced: KeyResultGroup[] = [];
  await eachOutcome(
    store,
    pending,
    (group) => ({
      method: 'PATCH',
      url: `${store.paths.item('keyResults', group.keyResultId)}/fields`,
      headers: { 'If-Match': group.version! },
      body: keyResultCheckInFields(group.head),
    }),
    {
      signal,
      onOk: (group, body) => {
        const fields = body as GraphListItem['fields'];
        group.updated = keyResultFromItem({ id: group.keyResultId, fields });
      },
      onError: (group, error) =>
        error instanceof ConflictError ? raced.push(group) : failGroup(group, error),
    },
  );

  // 3. A 412 is either our own earlier attempt (a retry) or someone else's change.
  await eachOutcome(
    store,
    raced,
    (group) => ({ method: 'GET', url: store.paths.get('keyResults', group.keyResultId) }),
    {
      signal,
      onOk: (group, body) => {
        const item = body as GraphListItem;
        const theirs = keyResultFromItem(item);
        if (lastCheckInClientIdOf(item) === group.head.clientId) {
          group.updated = theirs;
          return;
        }
        const mine: KeyResult = {
          ...theirs,
          current: group.head.value,
          ...(group.head.confidence !== undefined ? { confidence: group.head.confidence } : {}),
          version: group.version,
        };
        for (const draft of group.drafts) {
          conflicts.push({
            draft,
            error: new ConflictError<KeyResult>(
              `“${theirs.title}” changed since it was read (now ${formatKeyResultMeasure(theirs, theirs.current)}). ` +
                'Review it and check in again.',
              mine,
              theirs,
            ),
          });
        }
      },
      onError: failGroup,
    },
  );
  pending = pending.filter((group) => group.updated);
  progress();

  // 4. Create the check-ins of the KRs that moved.
  const creates = pending.flatMap((group) => group.drafts.map((draft) => ({ group, draft })));
  const settledBefore = saved.length + conflicts.length + failed.length;
  const refused: { create: (typeof creates)[number]; error: unknown }[] = [];
  await eachOutcome(
    store,
    creates,
    ({ group, draft }) => ({
      method: 'POST',
      url: store.paths.items('checkIns'),
      body: { fields: checkInToFields(draft, group.cycleId!) },
    }),
    {
      signal,
      onOk: ({ group }, body) =>
        saved.push({ checkIn: checkInFromItem(body as GraphListItem), keyResult: group.updated! }),
      onError: (create, error, outcome) => {
        if (outcome && REFUSED.has(outcome.status)) refused.push({ create, error });
        // The KR moved but this check-in is not stored: saving the same drafts again completes it.
        else failed.push({ draft: create.draft, error: asOkrError(error) });
      },
      onSettled: (settled) =>
        options.onProgress?.({ done: settledBefore + settled, total: drafts.length }),
    },
  );

  // 5. A refused create may be a duplicate client id: this check-in was saved by an earlier
  // attempt. The store is asked rather than the error code trusted (SharePoint reports a
  // unique-value violation as a 400 or 409 depending on the path).
  if (refused.length > 0) {
    const found = await queryAll<GraphListItem>(
      store.batch,
      store.connection,
      chunk(refused, IDS_PER_FILTER).map((group) =>
        store.paths.query(
          'checkIns',
          group.map(({ create }) => textEquals('ClientId', create.draft.clientId)).join(' or '),
        ),
      ),
      { signal },
    );
    const stored = new Map(
      found.flat().map((item) => [String(item.fields.ClientId), checkInFromItem(item)]),
    );
    for (const { create, error } of refused) {
      const checkIn = stored.get(create.draft.clientId);
      if (checkIn) saved.push({ checkIn, keyResult: create.group.updated! });
      else failed.push({ draft: create.draft, error: asOkrError(error) });
    }
  }
  progress();
  return { saved, conflicts, failed };
}

function cycleIdOf(item: GraphListItem): string {
  return String(item.fields.CycleId ?? '');
}

function asOkrError(error: unknown): OkrError {
  return error instanceof OkrError ? error : new InvalidError(String(error));
}

/** Validates, drops repeated client ids, and groups the drafts by KR. */
async function validDraftsByKeyResult(
  store: StoreContext,
  drafts: readonly CheckInDraft[],
  failed: Failed[],
  options: RequestOptions,
): Promise<KeyResultGroup[]> {
  const rules = await store.rules(options);
  const groups = new Map<string, KeyResultGroup>();
  const clientIds = new Set<string>();
  for (const draft of drafts) {
    try {
      itemId(draft.keyResultId, 'keyResultId');
      if (clientIds.has(draft.clientId)) {
        throw new InvalidError(`Client id ${draft.clientId} appears twice in one save.`, [
          'clientId',
        ]);
      }
      const known = store.knownKeyResults.get(draft.keyResultId);
      const cycle = known ? store.knownCycles.get(known.cycleId) : undefined;
      ensureValid(
        validateCheckIn(draft, rules, {
          ...(known ? { keyResult: known } : {}),
          ...(cycle ? { cycle } : {}),
        }),
        'The check-in',
      );
      clientIds.add(draft.clientId);
      const group = groups.get(draft.keyResultId);
      if (!group) {
        groups.set(draft.keyResultId, {
          keyResultId: draft.keyResultId,
          drafts: [draft],
          head: draft,
          version: draft.keyResultVersion,
          cycleId: known?.cycleId,
        });
      } else {
        group.drafts.push(draft);
        if (Date.parse(draft.at) >= Date.parse(group.head.at)) group.head = draft;
        group.version ??= draft.keyResultVersion;
      }
    } catch (error) {
      failed.push({ draft, error: asOkrError(error) });
    }
  }
  for (const group of groups.values()) group.version = group.head.keyResultVersion ?? group.version;
  return [...groups.values()];
}

/** Runs one step per entry through the batch executor and hands each outcome back. */
async function eachOutcome<T>(
  store: StoreContext,
  entries: readonly T[],
  step: (entry: T) => Parameters<StoreContext['batch']['run']>[0][number],
  handlers: {
    readonly signal?: AbortSignal;
    readonly onOk: (entry: T, body: unknown) => void;
    readonly onError: (entry: T, error: unknown, outcome?: StepOutcome) => void;
    readonly onSettled?: (settled: number) => void;
  },
): Promise<void> {
  if (entries.length === 0) return;
  const outcomes = await store.batch.run(entries.map(step), {
    signal: handlers.signal,
    idempotent: true,
    onSettled: handlers.onSettled,
  });
  outcomes.forEach((outcome, index) => {
    const entry = entries[index]!;
    if (outcome.ok) handlers.onOk(entry, outcome.body);
    else handlers.onError(entry, outcome.error, outcome);
  });
}
