/**
 * Saving many check-ins at once (Excel, a meeting round) in `$batch`es of up to 20 per kind of
 * write, idempotently, reporting every draft's outcome. The save runs in named phases, each a
 * function of its inputs that can be tested alone:
 *
 *   validate → read versions → write KRs → write check-ins → report
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
import type { OperatingModel } from '../../core/operating-model';
import { validateCheckIn } from '../../core/validation';
import { CancelledError, ConflictError, InvalidError, type OkrError } from '../errors';
import {
  checkInFromItem,
  checkInToFields,
  keyResultCheckInFields,
  keyResultFromItem,
  lastCheckInClientIdOf,
  type GraphListItem,
} from '../mapping';
import type { CheckInDraft, CheckInSaveReport, RequestOptions, SaveProgress } from '../repository';
import { ensureFitsSchema, ensureValid } from '../validation';
import type { BatchExecutor, BatchStep, StepOutcome } from './batch';
import type { StoreCollaborators } from './collaborators';
import { toOkrError } from './errors';
import type { KnownItems } from './known-items';
import { queryAll } from './paging';
import { chunk, IDS_PER_FILTER, itemId, textEquals } from './queries';

export type SaveCheckInsOptions = RequestOptions & {
  readonly onProgress?: (progress: SaveProgress) => void;
};

/** Statuses of a create refused by the store (a bad value, or a duplicate client id). */
const REFUSED = new Set([400, 409]);

type Saved = CheckInSaveReport['saved'][number];
type Conflict = CheckInSaveReport['conflicts'][number];
type Failed = CheckInSaveReport['failed'][number];

/** The check-ins of one KR in this save; the latest (`head`) moves the KR. */
export interface KeyResultGroup {
  readonly keyResultId: string;
  readonly drafts: CheckInDraft[];
  head: CheckInDraft;
  version?: string;
  cycleId?: string;
  /** The KR after this save: moved by `head`, or as stored when `head` must not move it. */
  updated?: KeyResult;
  failed?: boolean;
}

/** `head` is older than the check-in that last moved the KR: it joins the history only. */
function olderThan(draft: CheckInDraft, lastCheckInAt: string | undefined): boolean {
  return lastCheckInAt !== undefined && Date.parse(draft.at) < Date.parse(lastCheckInAt);
}

function sameCheckIn(
  draft: CheckInDraft,
  stored: { value: number; confidence?: number | undefined },
): boolean {
  return draft.value === stored.value && (draft.confidence ?? null) === (stored.confidence ?? null);
}

/** Every draft's outcome as the phases settle it, with progress reported as they go. */
export class SaveOutcome {
  readonly saved: Saved[] = [];
  readonly conflicts: Conflict[] = [];
  readonly failed: Failed[] = [];

  constructor(
    private readonly total: number,
    private readonly onProgress?: (progress: SaveProgress) => void,
  ) {}

  get settled(): number {
    return this.saved.length + this.conflicts.length + this.failed.length;
  }

  progress(done = this.settled): void {
    this.onProgress?.({ done, total: this.total });
  }

  fail(draft: CheckInDraft, error: unknown): void {
    this.failed.push({ draft, error: toOkrError(error) });
  }

  failGroup(group: KeyResultGroup, error: unknown): void {
    group.failed = true;
    for (const draft of group.drafts) this.fail(draft, error);
  }

  failUnsettled(drafts: readonly CheckInDraft[], error: unknown): void {
    const settled = new Set<CheckInDraft>([
      ...this.saved.map(({ checkIn }) => drafts.find((d) => d.clientId === checkIn.clientId)!),
      ...this.conflicts.map(({ draft }) => draft),
      ...this.failed.map(({ draft }) => draft),
    ]);
    for (const draft of drafts) if (!settled.has(draft)) this.fail(draft, error);
  }

  report(): CheckInSaveReport {
    return { saved: this.saved, conflicts: this.conflicts, failed: this.failed };
  }
}

export async function saveCheckIns(
  collaborators: StoreCollaborators,
  rules: OperatingModel,
  drafts: readonly CheckInDraft[],
  options: SaveCheckInsOptions = {},
): Promise<CheckInSaveReport> {
  const outcome = new SaveOutcome(drafts.length, options.onProgress);
  try {
    const groups = validate(drafts, rules, collaborators.known, outcome);
    outcome.progress();
    await readVersions(collaborators, groups, outcome, options.signal);
    const moved = await writeKeyResults(collaborators, groups, outcome, options.signal);
    outcome.progress();
    await writeCheckIns(collaborators, moved, outcome, options.signal);
  } catch (error) {
    // A phase that could not finish (not one draft's failure): the drafts it left unsettled
    // failed with its error, typed like any other; a cancellation cancels the whole save.
    if (error instanceof CancelledError) throw error;
    outcome.failUnsettled(drafts, error);
  }
  outcome.progress();
  return outcome.report();
}

/** Phase 1: validates each draft, drops repeated client ids, and groups the drafts by KR. */
export function validate(
  drafts: readonly CheckInDraft[],
  rules: OperatingModel,
  known: KnownItems,
  outcome: SaveOutcome,
): KeyResultGroup[] {
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
      const keyResult = known.keyResult(draft.keyResultId);
      const cycle = keyResult ? known.cycle(keyResult.cycleId) : undefined;
      ensureValid(
        validateCheckIn(draft, rules, {
          ...(keyResult ? { keyResult } : {}),
          ...(cycle ? { cycle } : {}),
        }),
        'The check-in',
      );
      // The KR's cycle is filled in from the store; every other field is the author's.
      const fields = checkInToFields(draft, draft.keyResultId);
      delete fields.CycleId;
      ensureFitsSchema('checkIns', fields, 'The check-in');
      clientIds.add(draft.clientId);
      const group = groups.get(draft.keyResultId);
      if (!group) {
        groups.set(draft.keyResultId, {
          keyResultId: draft.keyResultId,
          drafts: [draft],
          head: draft,
          version: draft.keyResultVersion,
          cycleId: keyResult?.cycleId,
        });
      } else {
        group.drafts.push(draft);
        if (Date.parse(draft.at) >= Date.parse(group.head.at)) group.head = draft;
        group.version ??= draft.keyResultVersion;
      }
    } catch (error) {
      outcome.fail(draft, error);
    }
  }
  for (const group of groups.values()) group.version = group.head.keyResultVersion ?? group.version;
  return [...groups.values()];
}

/**
 * Phase 2: reads the KRs the save needs to know more about: the cycle or version when unknown,
 * and the KR itself when the latest draft is older than the check-in that last moved it, or
 * when that check-in had the draft's client id (a retry, or a client id reused for new values).
 * A KR that the latest draft must not move is settled here (`updated`), never written.
 */
export async function readVersions(
  collaborators: StoreCollaborators,
  groups: readonly KeyResultGroup[],
  outcome: SaveOutcome,
  signal?: AbortSignal,
): Promise<void> {
  const { paths, known } = collaborators;
  const needsRead = (group: KeyResultGroup) => {
    const keyResult = known.keyResult(group.keyResultId);
    return (
      !group.version ||
      !group.cycleId ||
      olderThan(group.head, keyResult?.lastCheckInAt) ||
      keyResult?.lastCheckInClientId === group.head.clientId
    );
  };
  await eachOutcome(
    collaborators.batch,
    groups.filter(needsRead),
    (group) => ({ method: 'GET', url: paths.get('keyResults', group.keyResultId) }),
    {
      signal,
      onOk: (group, body) => {
        const item = body as GraphListItem;
        const stored = keyResultFromItem(item);
        const lastClientId = lastCheckInClientIdOf(item);
        known.rememberKeyResult(stored, cycleIdOf(item), lastClientId);
        group.cycleId = cycleIdOf(item);
        group.version ??= stored.version;
        if (lastClientId === group.head.clientId) {
          if (sameCheckIn(group.head, { value: stored.current, confidence: stored.confidence })) {
            group.updated = stored;
          } else {
            outcome.failGroup(group, reusedClientId(group.head, stored.current));
          }
        } else if (olderThan(group.head, stored.lastCheckInAt)) {
          group.updated = stored;
        }
      },
      onError: (group, error) => outcome.failGroup(group, error),
    },
  );
}

function reusedClientId(draft: CheckInDraft, storedValue: number): ConflictError<CheckInDraft> {
  return new ConflictError<CheckInDraft>(
    `This check-in (${draft.clientId}) was already saved with the value ${storedValue}; ` +
      `it cannot be saved again with ${draft.value}. Check in again as a new check-in.`,
    draft,
    undefined,
  );
}

/**
 * Phase 3: moves each KR, If-Match on the version its author saw. A 412 is either our own
 * earlier attempt (a retry) or someone else's change: the KR is read to tell which. Returns the
 * groups whose KR moved.
 */
export async function writeKeyResults(
  collaborators: StoreCollaborators,
  groups: readonly KeyResultGroup[],
  outcome: SaveOutcome,
  signal?: AbortSignal,
): Promise<KeyResultGroup[]> {
  const { batch, paths, known } = collaborators;
  const pending = groups.filter((group) => !group.failed);
  const raced: KeyResultGroup[] = [];
  await eachOutcome(
    batch,
    pending.filter((group) => !group.updated),
    (group) => ({
      method: 'PATCH',
      url: `${paths.item('keyResults', group.keyResultId)}/fields`,
      headers: { 'If-Match': group.version! },
      body: keyResultCheckInFields(group.head),
    }),
    {
      signal,
      onOk: (group, body) => {
        const fields = body as GraphListItem['fields'];
        group.updated = keyResultFromItem({ id: group.keyResultId, fields });
        known.rememberKeyResult(group.updated, group.cycleId!, group.head.clientId);
      },
      onError: (group, error) =>
        error instanceof ConflictError ? raced.push(group) : outcome.failGroup(group, error),
    },
  );
  await eachOutcome(
    batch,
    raced,
    (group) => ({ method: 'GET', url: paths.get('keyResults', group.keyResultId) }),
    {
      signal,
      onOk: (group, body) => {
        const item = body as GraphListItem;
        const theirs = keyResultFromItem(item);
        if (lastCheckInClientIdOf(item) === group.head.clientId) group.updated = theirs;
        else
          for (const draft of group.drafts)
            outcome.conflicts.push(conflictOf(group, draft, theirs));
      },
      onError: (group, error) => outcome.failGroup(group, error),
    },
  );
  return pending.filter((group) => group.updated);
}

function conflictOf(group: KeyResultGroup, draft: CheckInDraft, theirs: KeyResult): Conflict {
  const mine: KeyResult = {
    ...theirs,
    current: group.head.value,
    ...(group.head.confidence !== undefined ? { confidence: group.head.confidence } : {}),
    version: group.version,
  };
  return {
    draft,
    error: new ConflictError<KeyResult>(
      `“${theirs.title}” changed since it was read (now ${formatKeyResultMeasure(theirs, theirs.current)}). ` +
        'Review it and check in again.',
      mine,
      theirs,
    ),
  };
}

/**
 * Phase 4: creates the check-ins of the KRs that moved. A refused create may be a duplicate
 * client id: this check-in was saved by an earlier attempt. The store is asked rather than the
 * error code trusted (SharePoint reports a unique-value violation as a 400 or 409 depending on
 * the path).
 */
export async function writeCheckIns(
  collaborators: StoreCollaborators,
  moved: readonly KeyResultGroup[],
  outcome: SaveOutcome,
  signal?: AbortSignal,
): Promise<void> {
  const { batch, paths, connection } = collaborators;
  const creates = moved.flatMap((group) => group.drafts.map((draft) => ({ group, draft })));
  const settledBefore = outcome.settled;
  const refused: { create: (typeof creates)[number]; error: OkrError }[] = [];
  await eachOutcome(
    batch,
    creates,
    ({ group, draft }) => ({
      method: 'POST',
      url: paths.items('checkIns'),
      body: { fields: checkInToFields(draft, group.cycleId!) },
    }),
    {
      signal,
      onOk: ({ group }, body) =>
        outcome.saved.push({
          checkIn: checkInFromItem(body as GraphListItem),
          keyResult: group.updated!,
        }),
      onError: (create, error, step) => {
        if (REFUSED.has(step.status)) refused.push({ create, error });
        // The KR moved but this check-in is not stored: saving the same drafts again completes it.
        else outcome.fail(create.draft, error);
      },
      onSettled: (settled) => outcome.progress(settledBefore + settled),
    },
  );
  if (refused.length === 0) return;
  const found = await queryAll<GraphListItem>(
    batch,
    connection,
    chunk(refused, IDS_PER_FILTER).map((group) =>
      paths.query(
        'checkIns',
        group.map(({ create }) => textEquals('ClientId', create.draft.clientId)).join(' or '),
      ),
    ),
    { ...(signal ? { signal } : {}) },
  );
  const stored = new Map(
    found.flat().map((item) => [String(item.fields.ClientId), checkInFromItem(item)]),
  );
  for (const { create, error } of refused) {
    const checkIn = stored.get(create.draft.clientId);
    if (!checkIn) outcome.fail(create.draft, error);
    else if (!sameCheckIn(create.draft, checkIn))
      outcome.fail(create.draft, reusedClientId(create.draft, checkIn.value));
    else outcome.saved.push({ checkIn, keyResult: create.group.updated! });
  }
}

function cycleIdOf(item: GraphListItem): string {
  return String(item.fields.CycleId ?? '');
}

/** Runs one step per entry through the batch executor and hands each outcome back. */
async function eachOutcome<T>(
  batch: BatchExecutor,
  entries: readonly T[],
  step: (entry: T) => BatchStep,
  handlers: {
    readonly signal?: AbortSignal;
    readonly onOk: (entry: T, body: unknown) => void;
    readonly onError: (entry: T, error: OkrError, outcome: StepOutcome) => void;
    readonly onSettled?: (settled: number) => void;
  },
): Promise<void> {
  if (entries.length === 0) return;
  const outcomes = await batch.run(entries.map(step), {
    ...(handlers.signal ? { signal: handlers.signal } : {}),
    idempotent: true,
    ...(handlers.onSettled ? { onSettled: handlers.onSettled } : {}),
  });
  outcomes.forEach((outcome, index) => {
    const entry = entries[index]!;
    if (outcome.ok) handlers.onOk(entry, outcome.body);
    else handlers.onError(entry, outcome.error, outcome);
  });
}
