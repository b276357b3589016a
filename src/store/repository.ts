import type {
  CheckIn,
  CheckInCorrection,
  Cycle,
  Initiative,
  IsoDate,
  IsoDateTime,
  KeyResult,
  Objective,
  Person,
  Team,
} from '../core/model';
import type { OperatingModel } from '../core/operating-model';
import type { ReminderPreferences } from '../core/rhythm';
import type { RolloverPlan } from '../core/rollover';
import type { MeetingSession } from '../core/rituals';
import type { ConflictError, OkrError } from './errors';

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

export interface BoardQuery {
  readonly cycleId: string;
  /** Only these teams' objectives; every team's (the whole alignment tree) when omitted. */
  readonly teamIds?: readonly string[];
}

export interface Board {
  readonly cycle: Cycle;
  readonly teams: readonly Team[];
  readonly objectives: readonly Objective[];
  readonly keyResults: readonly KeyResult[];
  /** The work under the board's KRs; never counted towards progress. */
  readonly initiatives: readonly Initiative[];
}

/** Initiatives under some KRs (an editor, a row), or every one of a cycle (a board). */
export type InitiativeQuery =
  { readonly keyResultIds: readonly string[] } | { readonly cycleId: string };

/** What changed on a board since a change token (`OkrRepository.changesSince`). */
export interface BoardChanges {
  /** Created or changed since the token and on the board now (its cycle, and teams if asked). */
  readonly objectives: readonly Objective[];
  /** Created or changed since the token, of the board's cycle (filter by objective as the board does). */
  readonly keyResults: readonly KeyResult[];
  /** Created or changed since the token, of the board's cycle. */
  readonly initiatives: readonly Initiative[];
  /** Created since the token, of the board's cycle. */
  readonly checkIns: readonly CheckIn[];
  /**
   * Ids deleted since the token, or changed so that they left the board (another cycle or team).
   * Ids the caller never had may appear; ignore them.
   */
  readonly removed: {
    readonly objectives: readonly string[];
    readonly keyResults: readonly string[];
    readonly initiatives: readonly string[];
    readonly checkIns: readonly string[];
  };
  /** Opaque; pass it to the next `changesSince`. */
  readonly token: string;
}

export type ObjectiveDraft = Omit<Objective, 'id' | 'version'>;
export type KeyResultDraft = Omit<KeyResult, 'id' | 'version' | 'lastCheckInAt'>;
export type CycleDraft = Omit<Cycle, 'id' | 'version'>;
export type TeamDraft = Omit<Team, 'id' | 'version'>;

/** A cycle's closing: its KRs with their scores and its objectives with scores and learnings. */
export interface ClosingSave {
  readonly objectives: readonly Objective[];
  readonly keyResults: readonly KeyResult[];
}

export interface ClosingReport {
  readonly objectives: readonly Objective[];
  readonly keyResults: readonly KeyResult[];
  /** Changed or deleted by someone else since they were read: nothing was written for these. */
  readonly conflicts: readonly ConflictError<Objective | KeyResult>[];
}

export interface RolloverReport {
  readonly objectives: readonly Objective[];
  readonly keyResults: readonly KeyResult[];
}
export type InitiativeDraft = Omit<Initiative, 'id' | 'version'>;
export type CheckInDraft = Omit<CheckIn, 'id'> & {
  /** The KR version the author saw; its current value and confidence are updated only if it still matches. */
  readonly keyResultVersion?: string;
};

export interface CheckInSaveReport {
  /** Saved now, or found already saved under the same client id (a retry). */
  readonly saved: readonly { readonly checkIn: CheckIn; readonly keyResult: KeyResult }[];
  /** The KR changed since the author read it; nothing was written for these. */
  readonly conflicts: readonly {
    readonly draft: CheckInDraft;
    readonly error: ConflictError<KeyResult>;
  }[];
  /** Rejected or not written for another reason; nothing was written for these. */
  readonly failed: readonly { readonly draft: CheckInDraft; readonly error: OkrError }[];
}

export interface CheckInCorrected {
  readonly checkIn: CheckIn;
  /** The KR after the correction: its current value and confidence are its latest check-in's. */
  readonly keyResult: KeyResult;
}

/** The lists an import writes, in the order it writes them. */
export const importLists = [
  'teams',
  'cycles',
  'objectives',
  'keyResults',
  'initiatives',
  'checkIns',
] as const;
export type ImportList = (typeof importLists)[number];

/** An item an earlier import wrote: found again by its source id (check-ins: their client id). */
export interface ImportedItem {
  readonly id: string;
  readonly version?: string;
}

export interface ImportDrafts {
  readonly teams: Omit<Team, 'id'>;
  readonly cycles: CycleDraft;
  readonly objectives: ObjectiveDraft;
  readonly keyResults: KeyResultDraft & { readonly lastCheckInAt?: string };
  readonly initiatives: InitiativeDraft;
  readonly checkIns: CheckInDraft;
}

export interface ImportWrite<L extends ImportList> {
  /** The source id (check-ins: the client id) the report is keyed by. */
  readonly sourceId: string;
  readonly draft: ImportDrafts[L];
  /** The cycle, denormalised onto KRs, initiatives and check-ins. */
  readonly cycleId?: string;
  /** Found from an earlier run: updated with If-Match (a check-in is never rewritten). */
  readonly existing?: ImportedItem;
}

export interface ImportWriteReport {
  /** Store ids by source id, for what was created, updated, or found already written. */
  readonly written: ReadonlyMap<string, string>;
  readonly failed: readonly { readonly sourceId: string; readonly error: OkrError }[];
}

export interface CheckInNudge {
  readonly keyResult: Pick<KeyResult, 'id' | 'title' | 'owner'>;
  /** The person nudging (the signed-in coach). */
  readonly from: Person;
  /** The link that opens the KR's check-in (the host's deep link). */
  readonly webUrl: string;
  /** The nudger's calendar day: one nudge per KR and day. */
  readonly day: IsoDate;
  readonly now: IsoDateTime;
}

export type NudgeOutcome =
  | { readonly sent: true }
  /** Someone already nudged the owner about this KR today, at `at`. */
  | { readonly sent: false; readonly at: IsoDateTime };

export interface SaveProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * The port every surface uses to read and write OKRs. The Graph adapter implements it over
 * SharePoint lists; errors are the typed `OkrError`s of `./errors`.
 */
export interface OkrRepository {
  whoAmI(options?: RequestOptions): Promise<Person>;
  /** People in the directory whose name or email has a word starting with each word of `text`. */
  searchPeople(text: string, options?: RequestOptions): Promise<readonly Person[]>;
  /** People by id, in as few requests as the directory allows; unknown ids are left out. */
  resolvePeople(
    ids: readonly string[],
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, Person>>;

  listCycles(options?: RequestOptions): Promise<readonly Cycle[]>;
  createCycle(draft: CycleDraft, options?: RequestOptions): Promise<Cycle>;
  updateCycle(cycle: Cycle, options?: RequestOptions): Promise<Cycle>;

  listTeams(options?: RequestOptions): Promise<readonly Team[]>;
  /** A team's name is required and it may not sit under one of its own sub-teams. */
  createTeam(draft: TeamDraft, options?: RequestOptions): Promise<Team>;
  /** `team.version` is sent as If-Match; a mismatch throws `ConflictError<Team>`. */
  updateTeam(team: Team, options?: RequestOptions): Promise<Team>;

  /** Scores and learnings of a closing cycle, in `$batch`es with If-Match on every item. */
  saveClosing(closing: ClosingSave, options?: RequestOptions): Promise<ClosingReport>;
  /** Creates the plan's objectives (parents first) and KRs in the next cycle, in `$batch`es. */
  rollOver(plan: RolloverPlan, options?: RequestOptions): Promise<RolloverReport>;

  /** A constant number of Graph round trips, however many objectives and KRs the board holds. */
  loadBoard(query: BoardQuery, options?: RequestOptions): Promise<Board>;

  createObjective(draft: ObjectiveDraft, options?: RequestOptions): Promise<Objective>;
  /** `objective.version` is sent as If-Match; a mismatch throws `ConflictError<Objective>`. */
  updateObjective(objective: Objective, options?: RequestOptions): Promise<Objective>;
  deleteObjective(objective: Objective, options?: RequestOptions): Promise<void>;

  createKeyResult(draft: KeyResultDraft, options?: RequestOptions): Promise<KeyResult>;
  /** `keyResult.version` is sent as If-Match; a mismatch throws `ConflictError<KeyResult>`. */
  updateKeyResult(keyResult: KeyResult, options?: RequestOptions): Promise<KeyResult>;
  deleteKeyResult(keyResult: KeyResult, options?: RequestOptions): Promise<void>;

  /** In one `$batch` (plus pages) however many KRs are asked for. */
  listInitiatives(query: InitiativeQuery, options?: RequestOptions): Promise<readonly Initiative[]>;
  createInitiative(draft: InitiativeDraft, options?: RequestOptions): Promise<Initiative>;
  /** `initiative.version` is sent as If-Match; a mismatch throws `ConflictError<Initiative>`. */
  updateInitiative(initiative: Initiative, options?: RequestOptions): Promise<Initiative>;
  deleteInitiative(initiative: Initiative, options?: RequestOptions): Promise<void>;

  /**
   * Check-in history per KR, oldest first, for the given KRs. The ids go into `$filter`s, so the
   * requests grow with the number of KRs: for one KR or a few (a chart, a dialog).
   */
  checkInHistory(
    keyResultIds: readonly string[],
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, readonly CheckIn[]>>;

  /**
   * Every check-in of a cycle per KR, oldest first, in one query (plus pages) whatever the size
   * of the board: the trend charts of a whole board. KRs without check-ins have no entry.
   */
  cycleCheckInHistory(
    cycleId: string,
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, readonly CheckIn[]>>;

  /**
   * Saves check-ins and moves each KR's current value and confidence, in `$batch` requests of
   * up to 20 per kind of write. Idempotent by `clientId`; reports every item's outcome.
   */
  saveCheckIns(
    drafts: readonly CheckInDraft[],
    options?: RequestOptions & { readonly onProgress?: (progress: SaveProgress) => void },
  ): Promise<CheckInSaveReport>;

  /**
   * Corrects a stored check-in: new numbers and note, with the reason in `checkIn.correction`
   * (If-Match on `checkIn.version`; a mismatch throws `ConflictError<CheckIn>`), then moves its
   * KR to its latest remaining check-in by time. SharePoint's version history keeps the earlier
   * state.
   */
  correctCheckIn(checkIn: CheckIn, options?: RequestOptions): Promise<CheckInCorrected>;
  /**
   * Withdraws a check-in from the record, with a reason (If-Match on `checkIn.version`). It is
   * kept in the list, marked withdrawn with the reason and who withdrew it, so the audit (and its
   * version history) survives; reads leave it out. Its KR moves to its latest remaining check-in,
   * or back to its start when none remains.
   */
  withdrawCheckIn(
    checkIn: CheckIn,
    correction: CheckInCorrection,
    options?: RequestOptions,
  ): Promise<KeyResult>;

  /**
   * What changed on a board since `token`, for a live board without reloading it. Without a
   * token, answers no changes and the token of now: take it before (or with) `loadBoard`, so
   * nothing changed between the two is missed — seeing a change twice is harmless, the later
   * occurrence wins. Each call is one `$batch` (plus one per further page of changes) over the
   * lists' item delta (objectives, KRs, initiatives, check-ins), whatever the size of the board.
   * Throws `ResyncRequiredError` when the token is too old (or not one of ours): reload the board
   * with `loadBoard` and start again without a token.
   */
  changesSince(query: BoardQuery, token?: string, options?: RequestOptions): Promise<BoardChanges>;

  /** People by email, then by display name for those without one, in `$batch`es of 20. */
  findPeople(
    people: readonly { readonly email?: string; readonly name?: string }[],
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, Person>>;

  /** What earlier imports wrote to a list, by source id (check-ins: by client id). */
  findImported(
    list: ImportList,
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, ImportedItem>>;
  /**
   * Writes imported items in `$batch`es of 20: creates the new ones, updates (If-Match) those an
   * earlier run wrote; a check-in already written is left as it is. Reports every item.
   */
  writeImported<L extends ImportList>(
    list: L,
    writes: readonly ImportWrite<L>[],
    options?: RequestOptions & { readonly onProgress?: (progress: SaveProgress) => void },
  ): Promise<ImportWriteReport>;

  /**
   * A coach asks a KR's owner for a check-in: one Teams activity notification from the signed-in
   * person (delegated `TeamsActivity.Send`), at most once per KR and day.
   */
  nudgeOwner(nudge: CheckInNudge, options?: RequestOptions): Promise<NudgeOutcome>;
  /** A person's own say over reminders; undefined until they first change it. */
  reminderPreferencesOf(
    personId: string,
    options?: RequestOptions,
  ): Promise<ReminderPreferences | undefined>;
  /** Creates or updates (If-Match on `version`) one person's reminder preferences. */
  saveReminderPreferences(
    preferences: ReminderPreferences,
    options?: RequestOptions,
  ): Promise<ReminderPreferences>;

  /**
   * Writes a finished check-in round to the Meeting Sessions list, keyed by its round id: a
   * second write of the same round updates it.
   */
  recordMeetingSession(session: MeetingSession, options?: RequestOptions): Promise<MeetingSession>;
  /** The rounds run on a cycle's KRs, newest first; only those reviewing `teamId`'s board if set. */
  listMeetingSessions(
    query: { readonly cycleId: string; readonly teamId?: string },
    options?: RequestOptions,
  ): Promise<readonly MeetingSession[]>;

  loadOperatingModel(options?: RequestOptions): Promise<OperatingModel>;
  saveOperatingModel(model: OperatingModel, options?: RequestOptions): Promise<OperatingModel>;
}
