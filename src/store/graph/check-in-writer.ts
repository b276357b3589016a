/**
 * Saving many check-ins at once (Excel, a meeting round) in `$batch`es of up to 20 per kind of
 * write, idempotently, reporting every draft's outcome. The save runs in named phases, each a
 * function of its inputs that can be tested alone:
 *
 *   validate → read the KRs and their record → write check-ins → align KRs → report
 *
 * One truth per KR: the check-ins are the record, and a KR's current value and confidence are
 * those of its latest check-in by time (`latestCheckIn`). So the check-ins are written first and
 * each KR then follows the latest of its record (If-Match on the version just read; when someone
 * else wrote meanwhile, the record is read again and the KR follows its new latest). A KR can never
 * be ahead of its record, and a KR left behind it (a KR write that never happened) is put right by
 * the next save on that KR.
 *
 * Conflicts: a KR changed since its author read it (`keyResultVersion`) in what the check-in was
 * typed against (`keyResultBasis`: its current value, confidence or measure; anything, when not
 * given) is a conflict and nothing is written for it, unless the change is this save's own
 * earlier attempt.
 *
 * Idempotency: a check-in's client id is a unique column, so a retried create is refused and the
 * stored check-in is reported as saved (or, with other values, as a reused client id); the record
 * read before writing finds a retried latest check-in already stored.
 */
import {
  followsCheckIn,
  latestCheckIn,
  rolledUpCheckInIssue,
  sameCheckInBasis,
  validateCheckInOn,
  type CheckInBasis,
} from '../../core/check-in';
import { toIsoDate } from '../../core/dates';
import type { DayOf } from '../../core/day-of';
import { checkInCycle } from '../../core/validation';
import { formatKeyResultMeasure } from '../../core/format';
import type { CheckIn, KeyResult } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import {
  CancelledError,
  ConflictError,
  InvalidError,
  NotFoundError,
  type OkrError,
} from '../errors';
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
import { queryAll, queryEachSettled } from './paging';
import { chunk, equals, IDS_PER_FILTER, itemId, textEquals } from './queries';

export type SaveCheckInsOptions = RequestOptions & {
  readonly onProgress?: (progress: SaveProgress) => void;
};

/** Statuses of a create refused by the store (a bad value, or a duplicate client id). */
const REFUSED = new Set([400, 409]);
/** Rounds of aligning a KR with its record while others keep writing to it. */
const ALIGN_ROUNDS = 5;

type Saved = CheckInSaveReport['saved'][number];
type Conflict = CheckInSaveReport['conflicts'][number];
type Failed = CheckInSaveReport['failed'][number];

/** The check-ins of one KR in this save; the latest (`head`) is the newest this save can set. */
export interface KeyResultGroup {
  readonly keyResultId: string;
  readonly drafts: CheckInDraft[];
  head: CheckInDraft;
  /** The version the author saw, when given, and what of the KR the check-in was typed against. */
  version?: string;
  basis?: CheckInBasis;
  cycleId?: string;
  /** The KR as last read. */
  stored?: KeyResult;
  /** The KR's stored check-ins from `head`'s time on (with this save's, once written). */
  record: CheckIn[];
  /** This save's check-ins that are in the record. */
  saved: CheckIn[];
  /** The KR after this save, following the latest check-in of its record. */
  updated?: KeyResult;
  /** Settled before writing (a conflict, or a failure for every draft). */
  failed?: boolean;
}

/**
 * SharePoint compares unique values case-insensitively ("hello world" and "Hello World" are the
 * same: https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee536168(v=office.14)),
 * so a client id sent again in other letter case names the same check-in.
 */
function sameClientId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
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

  /** Fails the group's drafts not already settled as failed. */
  failGroup(group: KeyResultGroup, error: unknown): void {
    group.failed = true;
    const failed = new Set(this.failed.map(({ draft }) => draft));
    for (const draft of group.drafts) if (!failed.has(draft)) this.fail(draft, error);
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
  dayOf: DayOf = toIsoDate,
): Promise<CheckInSaveReport> {
  const outcome = new SaveOutcome(drafts.length, options.onProgress);
  try {
    const groups = validate(drafts, rules, collaborators.known, outcome, dayOf);
    outcome.progress();
    await readRecord(collaborators, groups, outcome, options.signal);
    await writeCheckIns(collaborators, groups, outcome, options.signal);
    await alignKeyResults(collaborators, groups, outcome, options.signal);
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
  dayOf: DayOf,
): KeyResultGroup[] {
  const groups = new Map<string, KeyResultGroup>();
  const clientIds = new Set<string>();
  for (const draft of drafts) {
    try {
      itemId(draft.keyResultId, 'keyResultId');
      if (clientIds.has(String(draft.clientId).toLowerCase())) {
        throw new InvalidError(`Client id ${draft.clientId} appears twice in one save.`, [
          'clientId',
        ]);
      }
      const keyResult = known.keyResult(draft.keyResultId);
      const cycle = keyResult ? known.cycle(keyResult.cycleId) : undefined;
      ensureValid(
        validateCheckInOn(draft, rules, {
          ...(keyResult ? { keyResult } : {}),
          ...checkInCycle(cycle, dayOf),
        }),
        'The check-in',
      );
      // The KR's cycle is filled in from the store; every other field is the author's.
      const fields = checkInToFields(draft, draft.keyResultId);
      delete fields.CycleId;
      ensureFitsSchema('checkIns', fields, 'The check-in');
      clientIds.add(String(draft.clientId).toLowerCase());
      const group = groups.get(draft.keyResultId);
      if (!group) {
        groups.set(draft.keyResultId, {
          keyResultId: draft.keyResultId,
          drafts: [draft],
          head: draft,
          version: draft.keyResultVersion,
          basis: draft.keyResultBasis,
          cycleId: keyResult?.cycleId,
          record: [],
          saved: [],
        });
      } else {
        group.drafts.push(draft);
        if (Date.parse(draft.at) >= Date.parse(group.head.at)) group.head = draft;
        if (group.version === undefined) {
          group.version = draft.keyResultVersion;
          group.basis = draft.keyResultBasis;
        }
      }
    } catch (error) {
      outcome.fail(draft, error);
    }
  }
  for (const group of groups.values()) {
    if (group.head.keyResultVersion === undefined) continue;
    group.version = group.head.keyResultVersion;
    group.basis = group.head.keyResultBasis;
  }
  return [...groups.values()];
}

/**
 * Phase 2: reads each KR and its record from its latest draft's time on (usually empty; a retry
 * finds its own check-in there). A KR changed since its author read it is a conflict, unless the
 * change is this save's own earlier attempt; nothing is written for it.
 */
export async function readRecord(
  collaborators: StoreCollaborators,
  groups: readonly KeyResultGroup[],
  outcome: SaveOutcome,
  signal?: AbortSignal,
): Promise<void> {
  const pending = groups.filter((group) => !group.failed);
  const [, records] = await Promise.all([
    readKeyResults(collaborators, pending, outcome, signal),
    readRecordsSince(collaborators, pending, outcome, signal),
  ]);
  for (const group of pending) {
    if (group.failed) continue;
    group.record = records.get(group.keyResultId) ?? [];
    const mine = group.record.find((checkIn) =>
      sameClientId(checkIn.clientId, group.head.clientId),
    );
    if (mine && !sameCheckIn(group.head, mine)) {
      outcome.failGroup(group, reusedClientId(group.head, mine.value));
      continue;
    }
    const stored = group.stored!;
    if (!mine) {
      // The KR as stored now: it may have been set to roll up since it was read.
      try {
        ensureTakesCheckIns(stored);
      } catch (error) {
        outcome.failGroup(group, error);
        continue;
      }
    }
    const ownEarlierWrite =
      mine !== undefined || lastClientIdOf(collaborators.known, group) === group.head.clientId;
    const typedAgainstThis = group.basis !== undefined && sameCheckInBasis(group.basis, stored);
    if (
      group.version &&
      stored.version !== group.version &&
      !ownEarlierWrite &&
      !typedAgainstThis
    ) {
      group.failed = true;
      for (const draft of group.drafts) outcome.conflicts.push(conflictOf(group, draft, stored));
    }
  }
}

function lastClientIdOf(known: KnownItems, group: KeyResultGroup): string | undefined {
  return known.keyResult(group.keyResultId)?.lastCheckInClientId;
}

/** A KR whose progress rolls up from the OKRs aligned to it is refused a check-in of its own. */
function ensureTakesCheckIns(
  keyResult: Pick<KeyResult, 'title' | 'rolledUpFrom'>,
  locale?: string,
): void {
  const refusal = rolledUpCheckInIssue(keyResult, locale);
  if (refusal) ensureValid({ ok: false, issues: [refusal] }, 'The check-in');
}

/** Reads the groups' KRs (`stored`); a KR that cannot be read fails its drafts. */
async function readKeyResults(
  collaborators: StoreCollaborators,
  groups: readonly KeyResultGroup[],
  outcome: SaveOutcome,
  signal?: AbortSignal,
): Promise<void> {
  const { paths, known } = collaborators;
  await eachOutcome(
    collaborators.batch,
    groups,
    (group) => ({ method: 'GET', url: paths.get('keyResults', group.keyResultId) }),
    {
      signal,
      onOk: (group, body) => {
        const item = body as GraphListItem;
        group.stored = keyResultFromItem(item);
        group.cycleId = cycleIdOf(item);
        known.rememberKeyResult(group.stored, group.cycleId, lastCheckInClientIdOf(item));
      },
      onError: (group, error) =>
        outcome.failGroup(
          group,
          error instanceof NotFoundError
            ? new NotFoundError(
                `The key result this check-in is for does not exist (id ${group.keyResultId}): ` +
                  'it may have been deleted. Check in on one that does.',
              )
            : error,
        ),
    },
  );
}

/**
 * Each group's stored check-ins from its head's time on, by KR id. A query Graph kept failing
 * fails only the drafts of the KRs it asked for; the others go on.
 */
async function readRecordsSince(
  { batch, connection, paths }: StoreCollaborators,
  groups: readonly KeyResultGroup[],
  outcome: SaveOutcome,
  signal?: AbortSignal,
): Promise<Map<string, CheckIn[]>> {
  // Both columns are indexed, so the filter needs no Prefer header
  // (https://learn.microsoft.com/graph/api/listitem-list#optional-query-parameters).
  const records = new Map<string, CheckIn[]>(groups.map((group) => [group.keyResultId, []]));
  if (groups.length === 0) return records;
  const queried = chunk(groups, IDS_PER_FILTER);
  const settled = await queryEachSettled<GraphListItem>(
    batch,
    connection,
    queried.map((some) =>
      paths.query(
        'checkIns',
        some
          .map(
            (group) =>
              `(${equals('KeyResultId', group.keyResultId)} and ` +
              `fields/CheckedInAt ge '${new Date(group.head.at).toISOString()}')`,
          )
          .join(' or '),
      ),
    ),
    { ...(signal ? { signal } : {}) },
  );
  settled.forEach((query, index) => {
    if (!query.ok) {
      for (const group of queried[index]!) outcome.failGroup(group, query.error);
      return;
    }
    for (const checkIn of query.items.map(checkInFromItem))
      records.get(checkIn.keyResultId)?.push(checkIn);
  });
  return records;
}

function reusedClientId(draft: CheckInDraft, storedValue: number): ConflictError<CheckInDraft> {
  return new ConflictError<CheckInDraft>(
    `This check-in (${draft.clientId}) was already saved with the value ${storedValue}; ` +
      `it cannot be saved again with ${draft.value}. Check in again as a new check-in.`,
    draft,
    undefined,
  );
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
 * Phase 3: creates the check-ins that are not in the record yet. A refused create may be a
 * duplicate client id: this check-in was saved by an earlier attempt. The store is asked rather
 * than the error code trusted (SharePoint reports a unique-value violation as a 400 or 409
 * depending on the path).
 */
export async function writeCheckIns(
  collaborators: StoreCollaborators,
  groups: readonly KeyResultGroup[],
  outcome: SaveOutcome,
  signal?: AbortSignal,
): Promise<void> {
  const { batch, paths, connection } = collaborators;
  const creates: { group: KeyResultGroup; draft: CheckInDraft }[] = [];
  for (const group of groups) {
    if (group.failed) continue;
    for (const draft of group.drafts) {
      const stored = group.record.find((checkIn) => sameClientId(checkIn.clientId, draft.clientId));
      if (stored) group.saved.push(stored);
      else creates.push({ group, draft });
    }
  }
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
      onOk: ({ group }, body) => keep(group, checkInFromItem(body as GraphListItem)),
      onError: (create, error, step) => {
        if (REFUSED.has(step.status)) refused.push({ create, error });
        else outcome.fail(create.draft, error);
      },
      onSettled: (settled) => outcome.progress(outcome.settled + settled),
    },
  );
  if (refused.length === 0) return;
  const found = await queryAll<GraphListItem>(
    batch,
    connection,
    chunk(refused, IDS_PER_FILTER).map((some) =>
      paths.query(
        'checkIns',
        some.map(({ create }) => textEquals('ClientId', create.draft.clientId)).join(' or '),
      ),
    ),
    { ...(signal ? { signal } : {}) },
  );
  const stored = new Map(
    found.flat().map((item) => [String(item.fields.ClientId).toLowerCase(), checkInFromItem(item)]),
  );
  for (const { create, error } of refused) {
    const checkIn = stored.get(create.draft.clientId.toLowerCase());
    if (!checkIn) outcome.fail(create.draft, error);
    else if (!sameCheckIn(create.draft, checkIn))
      outcome.fail(create.draft, reusedClientId(create.draft, checkIn.value));
    else keep(create.group, checkIn);
  }
}

function keep(group: KeyResultGroup, checkIn: CheckIn): void {
  group.saved.push(checkIn);
  group.record.push(checkIn);
}

/**
 * Phase 4: each KR with check-ins saved follows the latest of its record, If-Match on the version
 * read. When someone else wrote the KR meanwhile, its record is read again and it follows the new
 * latest. Only then are its check-ins reported saved; a KR that could not follow fails them, and
 * saving the same drafts again completes it.
 */
export async function alignKeyResults(
  collaborators: StoreCollaborators,
  groups: readonly KeyResultGroup[],
  outcome: SaveOutcome,
  signal?: AbortSignal,
): Promise<void> {
  const { batch, paths, known } = collaborators;
  let pending = groups.filter((group) => !group.failed && group.saved.length > 0);
  for (let round = 0; pending.length > 0; round += 1) {
    const behind = pending.filter((group) => !follows(group));
    for (const group of pending) if (!behind.includes(group)) group.updated = group.stored;
    const raced: KeyResultGroup[] = [];
    await eachOutcome(
      batch,
      behind,
      (group) => ({
        method: 'PATCH',
        url: `${paths.item('keyResults', group.keyResultId)}/fields`,
        headers: { 'If-Match': group.stored!.version! },
        body: keyResultCheckInFields(latestCheckIn(group.record)!),
      }),
      {
        signal,
        onOk: (group, body) => {
          const fields = body as GraphListItem['fields'];
          group.updated = keyResultFromItem({ id: group.keyResultId, fields });
          known.rememberKeyResult(
            group.updated,
            group.cycleId!,
            latestCheckIn(group.record)!.clientId,
          );
        },
        onError: (group, error) => {
          if (error instanceof ConflictError && round + 1 < ALIGN_ROUNDS) raced.push(group);
          else failSaved(outcome, group, error);
        },
      },
    );
    if (raced.length > 0) {
      await readKeyResults(collaborators, raced, outcome, signal);
      const records = await readRecordsSince(
        collaborators,
        raced.filter((group) => !group.failed),
        outcome,
        signal,
      );
      for (const group of raced)
        group.record = unique([...(records.get(group.keyResultId) ?? []), ...group.saved]);
    }
    pending = raced.filter((group) => !group.failed);
  }
  for (const group of groups) {
    if (!group.updated) continue;
    for (const checkIn of group.saved) outcome.saved.push({ checkIn, keyResult: group.updated });
  }
}

/** The KR already shows the latest check-in of its record. */
function follows(group: KeyResultGroup): boolean {
  return followsCheckIn(group.stored!, latestCheckIn(group.record)!);
}

function failSaved(outcome: SaveOutcome, group: KeyResultGroup, error: unknown): void {
  group.failed = true;
  for (const checkIn of group.saved)
    outcome.fail(
      group.drafts.find((draft) => draft.clientId === checkIn.clientId)!,
      error,
    );
}

function unique(checkIns: readonly CheckIn[]): CheckIn[] {
  return [...new Map(checkIns.map((checkIn) => [checkIn.clientId, checkIn])).values()];
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
