/**
 * Stale-while-revalidate over any `OkrRepository`: what a screen reads before it shows anything
 * (the signed-in user, the operating model, cycles, teams, a board and its cycle's check-in
 * history) is answered at once from the cache when it can be, and revalidated in the
 * background; when the store has newer data, `onUpdate` listeners get it. Writes go straight
 * through and invalidate what they change. `checkInHistory(ids)` (a few KRs, for a chart) goes
 * straight through: its keys would be as many as the sets of ids asked for.
 */
import type { SiteRoles } from '../access';
import type { CheckIn, CheckInCorrection, Cycle, Person, Team } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import type { MeetingSession } from '../../core/rituals';
import type { ReminderPreferences } from '../../core/rhythm';
import type {
  Board,
  BoardChanges,
  BoardLoadOptions,
  BoardQuery,
  CheckInDraft,
  CheckInNudge,
  CycleDraft,
  HeldReads,
  ImportList,
  ImportWrite,
  KeyResultDraft,
  NudgeOutcome,
  ObjectiveDraft,
  OkrRepository,
  RequestOptions,
  RetryNotice,
  SaveProgress,
  WithdrawOptions,
} from '../repository';
import { ResyncRequiredError } from '../errors';
import { nextTask } from '../next-task';
import { withSharedAuthorsAndTimes, withSharedOwners } from '../shared-people';
import { memoryStorage, type CacheStorage } from './storage';

type CheckInHistory = ReadonlyMap<string, readonly CheckIn[]>;

export type CachedRead =
  | { readonly kind: 'me'; readonly value: Person }
  | { readonly kind: 'board'; readonly query: BoardQuery; readonly value: Board }
  | { readonly kind: 'checkInHistory'; readonly cycleId: string; readonly value: CheckInHistory }
  | { readonly kind: 'cycles'; readonly value: readonly Cycle[] }
  | { readonly kind: 'teams'; readonly value: readonly Team[] }
  | { readonly kind: 'operatingModel'; readonly value: OperatingModel };

export interface CachingOptions {
  readonly storage?: CacheStorage;
  /** Separates sites and users sharing one storage, e.g. `${siteId}:${userId}`. */
  readonly namespace?: string;
  /** A background revalidation failed; the cached value stays. */
  readonly onRevalidationError?: (error: unknown) => void;
  /**
   * Background revalidations of values served from the cache start once this settles (e.g. when
   * the page has painted what the cache held), so no request competes with the cached paint.
   * Reads with nothing cached go to the store at once.
   */
  readonly revalidateAfter?: Promise<unknown>;
}

/** How a cached value is kept as text. */
interface Codec<T> {
  encode(value: T): string;
  decode(text: string): T;
}

function jsonCodec<T>(): Codec<T> {
  return { encode: (value) => JSON.stringify(value), decode: (text) => JSON.parse(text) as T };
}

const historyCodec: Codec<CheckInHistory> = {
  encode: (history) => JSON.stringify([...history]),
  decode: (text) => {
    const people = new Map<string, Person>();
    const times = new Map<string, string>();
    return new Map(
      (JSON.parse(text) as [string, CheckIn[]][]).map(([id, checkIns]) => [
        id,
        withSharedAuthorsAndTimes(checkIns, people, times),
      ]),
    );
  },
};

/** A board's owners are shared as a history's authors are (see `shared-people.ts`). */
const boardCodec: Codec<Board> = {
  encode: (board) => JSON.stringify(board),
  decode: (text) => {
    const board = JSON.parse(text) as Board;
    const people = new Map<string, Person>();
    return {
      ...board,
      objectives: withSharedOwners(board.objectives, people),
      keyResults: withSharedOwners(board.keyResults, people),
      initiatives: withSharedOwners(board.initiatives, people),
    };
  },
};

/** Where a namespace's entries start in the storage. */
export function cacheKeyPrefix(namespace = 'default'): string {
  return `okr-cache:${namespace}:`;
}

export class CachingRepository implements OkrRepository {
  private readonly storage: CacheStorage;
  private readonly prefix: string;
  private readonly listeners = new Set<(update: CachedRead) => void>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly values = new Map<string, unknown>();
  /** Cycles whose board was served from the cache to a screen showing it before its history. */
  private readonly boardsShownFirst = new Set<string>();
  /** Bumped by every invalidation, so a read that started before a write is not cached after it. */
  private generation = 0;
  /** Once `revalidateAfter` has settled: the page's first screen is shown. */
  private firstScreenShown = false;

  constructor(
    private readonly inner: OkrRepository,
    private readonly options: CachingOptions = {},
  ) {
    this.storage = options.storage ?? memoryStorage();
    this.prefix = cacheKeyPrefix(options.namespace);
    const shown = () => void (this.firstScreenShown = true);
    options.revalidateAfter?.then(shown, shown);
  }

  /** Called when a revalidation brings data that differs from what was served. */
  onUpdate(listener: (update: CachedRead) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * What the storage holds, decoded at once (the page's start-up read it before the first screen
   * renders): the values a read would serve, with what the storage keeps of the site's and user's
   * reads only, none past its age.
   */
  readonly held: HeldReads = {
    cycles: () => this.heldAt(this.key('cycles'), jsonCodec()),
    board: (query) => this.heldAt(this.boardKey(query), boardCodec),
    checkInHistory: (cycleId) => this.heldAt(this.key('checkInHistory', cycleId), historyCodec),
  };

  observeRetries(observer: (retry: RetryNotice) => void): () => void {
    return this.inner.observeRetries?.(observer) ?? (() => undefined);
  }

  private key(kind: CachedRead['kind'], scope?: string): string {
    return scope === undefined ? this.prefix + kind : `${this.prefix}${kind}:${scope}`;
  }

  private boardKey(query: BoardQuery): string {
    const teams = query.teamIds ? [...query.teamIds].sort().join(',') : '*';
    return this.key('board', `${query.cycleId}:${teams}`);
  }

  /**
   * What readers were given for the key: held as decoded values (the objects the screens show),
   * so the storage keeps no second copy of them as text.
   */
  private heldAt<T>(key: string, codec: Codec<T>): T | undefined {
    if (this.values.has(key)) return this.values.get(key) as T;
    const text = this.storage.get(key);
    if (text === undefined) return undefined;
    try {
      const value = codec.decode(text);
      this.values.set(key, value);
      return value;
    } catch {
      this.storage.remove(key);
      return undefined;
    }
  }

  /**
   * Serves the cached value and revalidates in the background (`fetch` is asked for a
   * background read), or waits for the store when nothing is cached. One fetch per key at a time.
   */
  private async swr<T>(
    key: string,
    fetch: (read: RequestOptions) => Promise<T>,
    update: (value: T) => CachedRead,
    options?: RequestOptions,
    codec: Codec<T> = jsonCodec<T>(),
    /** Once the read that serves or revalidates this reader's value has settled. */
    afterRead?: () => void,
  ): Promise<T> {
    const cached = this.heldAt(key, codec);
    const refresh = () => {
      let pending = this.inFlight.get(key) as Promise<T> | undefined;
      if (!pending) {
        const startedAt = this.generation;
        const keep = (fresh: T): T => {
          if (startedAt !== this.generation) return fresh;
          const shown = this.values.get(key) as T | undefined;
          if (shown === undefined) {
            this.values.set(key, fresh);
            this.writeDown(key, fresh, codec, startedAt);
            return fresh;
          }
          const text = codec.encode(fresh);
          this.storage.set(key, text);
          // Compared as text (a codec encodes what it decoded to the same text), then let go of:
          // unchanged, readers keep the objects they were given.
          if (codec.encode(shown) === text) return shown;
          this.values.set(key, fresh);
          if (cached !== undefined) for (const listener of this.listeners) listener(update(fresh));
          return fresh;
        };
        // Kept in a task of its own once the first screen shows: a large board's and its
        // history's texts would otherwise be made in the task that mapped them, while the reader
        // may be scrolling. A first read is held at once (for every reader of the page) and
        // written down once the first screen is painted (`writeDown`).
        pending = fetch(cached === undefined ? {} : { background: true }).then((fresh) =>
          this.firstScreenShown ? nextTask().then(() => keep(fresh)) : keep(fresh),
        );
        // Only its own entry: a write may have dropped it meanwhile, and a newer fetch taken
        // the key, which a third reader must share rather than start another.
        const tracked: Promise<T> = pending.finally(() => {
          if (this.inFlight.get(key) === tracked) this.inFlight.delete(key);
        });
        tracked.catch(() => undefined);
        this.inFlight.set(key, tracked);
      }
      return pending;
    };
    if (cached === undefined) {
      if (options?.signal?.aborted) throw options.signal.reason;
      return refresh().finally(afterRead);
    }
    const revalidate = () =>
      refresh()
        .catch((error: unknown) => this.options.onRevalidationError?.(error))
        .finally(afterRead);
    const { revalidateAfter } = this.options;
    if (revalidateAfter) void revalidateAfter.then(revalidate, revalidate);
    else void revalidate();
    return cached;
  }

  /**
   * Writes a value read with nothing held down to the storage: at once once the first screen
   * has shown, else right after it is painted (`revalidateAfter`), so that encoding and storing
   * the reads (a board and its history: tens of ms, and the cache hint's first `localStorage`
   * write) are not done between their answers and the first paint. Not when a write has dropped
   * it meanwhile, or a newer read replaced it (which writes itself down).
   */
  private writeDown<T>(key: string, value: T, codec: Codec<T>, startedAt: number): void {
    const write = () => {
      if (startedAt !== this.generation || this.values.get(key) !== value) return;
      this.storage.set(key, codec.encode(value));
    };
    const { revalidateAfter } = this.options;
    if (this.firstScreenShown || !revalidateAfter) return write();
    void revalidateAfter.then(nextTask, nextTask).then(write);
  }

  private invalidate(kind: CachedRead['kind']): void {
    this.generation++;
    const whole = this.key(kind);
    const ofKind = (key: string) => key === whole || key.startsWith(`${whole}:`);
    for (const key of [...this.inFlight.keys()]) if (ofKind(key)) this.inFlight.delete(key);
    for (const key of [...this.values.keys()]) if (ofKind(key)) this.values.delete(key);
    for (const key of this.storage.keys(whole)) if (ofKind(key)) this.storage.remove(key);
  }

  /** Cached too: the namespace names the user, so a reopened tab needs no request first. */
  whoAmI(options?: RequestOptions): Promise<Person> {
    return this.swr(
      this.key('me'),
      (read) => this.inner.whoAmI(read),
      (value) => ({ kind: 'me', value }),
      options,
    );
  }

  /** A search is typed letter by letter: straight through, never cached. */
  nudgeOwner(nudge: CheckInNudge, options?: RequestOptions): Promise<NudgeOutcome> {
    return this.inner.nudgeOwner(nudge, options);
  }

  reminderPreferencesOf(personId: string, options?: RequestOptions) {
    return this.inner.reminderPreferencesOf(personId, options);
  }

  saveReminderPreferences(preferences: ReminderPreferences, options?: RequestOptions) {
    return this.inner.saveReminderPreferences(preferences, options);
  }

  siteRoles(): SiteRoles {
    return this.inner.siteRoles();
  }

  storeIdentity(options?: RequestOptions): Promise<string> {
    return this.inner.storeIdentity(options);
  }

  searchPeople(text: string, options?: RequestOptions): Promise<readonly Person[]> {
    return this.inner.searchPeople(text, options);
  }

  resolvePeople(
    ids: readonly string[],
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, Person>> {
    return this.inner.resolvePeople(ids, options);
  }

  listCycles(options?: RequestOptions): Promise<readonly Cycle[]> {
    return this.swr(
      this.key('cycles'),
      (read) => this.inner.listCycles(read),
      (value) => ({ kind: 'cycles', value }),
      options,
    );
  }

  async createCycle(draft: CycleDraft, options?: RequestOptions) {
    const cycle = await this.inner.createCycle(draft, options);
    this.invalidate('cycles');
    return cycle;
  }

  async updateCycle(cycle: Cycle, options?: RequestOptions) {
    try {
      return await this.inner.updateCycle(cycle, options);
    } finally {
      this.invalidate('cycles');
      this.invalidate('board');
    }
  }

  objectivesOfCycles(cycleIds: readonly string[], options?: RequestOptions) {
    return this.inner.objectivesOfCycles(cycleIds, options);
  }

  cycleHoldings(cycleIds: readonly string[], options?: RequestOptions) {
    return this.inner.cycleHoldings(cycleIds, options);
  }

  cyclesWithObjectives(
    cycleIds: readonly string[],
    teamIds: readonly string[] | undefined,
    options?: RequestOptions,
  ) {
    return this.inner.cyclesWithObjectives(cycleIds, teamIds, options);
  }

  async deleteCycle(cycle: Cycle, options?: RequestOptions) {
    try {
      await this.inner.deleteCycle(cycle, options);
    } finally {
      this.invalidate('cycles');
      this.invalidate('board');
    }
  }

  listTeams(options?: RequestOptions): Promise<readonly Team[]> {
    return this.swr(
      this.key('teams'),
      (read) => this.inner.listTeams(read),
      (value) => ({ kind: 'teams', value }),
      options,
    );
  }

  async createTeam(...args: Parameters<OkrRepository['createTeam']>) {
    try {
      return await this.inner.createTeam(...args);
    } finally {
      this.invalidate('teams');
    }
  }

  async updateTeam(...args: Parameters<OkrRepository['updateTeam']>) {
    try {
      return await this.inner.updateTeam(...args);
    } finally {
      this.invalidate('teams');
      this.invalidate('board');
    }
  }

  saveClosing(...args: Parameters<OkrRepository['saveClosing']>) {
    return this.boardWrite(() => this.inner.saveClosing(...args));
  }

  rollOver(...args: Parameters<OkrRepository['rollOver']>) {
    return this.boardWrite(() => this.inner.rollOver(...args));
  }

  async recordLeftOut(...args: Parameters<OkrRepository['recordLeftOut']>) {
    try {
      return await this.inner.recordLeftOut(...args);
    } finally {
      this.invalidate('cycles');
      this.invalidate('board');
    }
  }

  /**
   * A board read from the store (nothing cached) shows what it stored first (`onStored`), and is
   * kept as such at once: a tab reopened before its check-ins came in paints from it.
   */
  loadBoard(query: BoardQuery, options?: BoardLoadOptions): Promise<Board> {
    const key = this.boardKey(query);
    const onStored = options?.onStored;
    // Never for a revalidation: its reader was given the cached board.
    const fromStore = onStored && this.heldAt(key, boardCodec) === undefined;
    if (onStored && !fromStore) this.boardsShownFirst.add(query.cycleId);
    const startedAt = this.generation;
    const showStored = (board: Board) => {
      const showing = onStored?.(board);
      // Once it is on screen, in a task of its own: encoding a large board (5,000 KRs: tens of
      // ms) would otherwise run before its first paint. Not after the whole read: a tab closed
      // or reloaded right after the board showed would lose it.
      const onScreen = showing ? Promise.resolve(showing).then(nextTask, nextTask) : nextTask();
      void onScreen.then(() => {
        if (startedAt !== this.generation || this.values.has(key)) return;
        this.values.set(key, board);
        this.storage.set(key, boardCodec.encode(board));
      });
      return showing;
    };
    // The change token comes with the read the reader's board is, or is revalidated by; a read
    // under way for another reader has none for this one.
    let tokenGiven = false;
    const giveToken = options?.onChangeToken
      ? (token: string | undefined) => {
          if (tokenGiven) return;
          tokenGiven = true;
          options.onChangeToken?.(token);
        }
      : undefined;
    return this.swr(
      key,
      (read) =>
        this.inner.loadBoard(query, {
          ...read,
          ...(fromStore ? { onStored: showStored } : {}),
          ...(giveToken ? { onChangeToken: giveToken } : {}),
        }),
      (value) => ({ kind: 'board', query, value }),
      options,
      boardCodec,
      giveToken && (() => giveToken(undefined)),
    );
  }

  /**
   * Never cached (a token is read once); when anything changed, the cached boards and histories
   * are stale and dropped, so the next cold start does not show what the live board left behind.
   * So they are when the token is too old to tell: the board is then read again from the store.
   */
  async changesSince(
    query: BoardQuery,
    token?: string,
    options?: RequestOptions,
  ): Promise<BoardChanges> {
    let changes: BoardChanges;
    try {
      changes = await this.inner.changesSince(query, token, options);
    } catch (error) {
      if (error instanceof ResyncRequiredError) {
        this.invalidate('board');
        this.invalidate('checkInHistory');
      }
      throw error;
    }
    const { objectives, keyResults, initiatives, checkIns, removed } = changes;
    const changed = [objectives, keyResults, initiatives, checkIns, ...Object.values(removed)];
    if (changed.some((list) => list.length > 0)) {
      this.invalidate('board');
      this.invalidate('checkInHistory');
    }
    return changes;
  }

  /** Runs a write and drops every cached board, whether it succeeded or conflicted. */
  private async boardWrite<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } finally {
      this.invalidate('board');
    }
  }

  createObjective(draft: ObjectiveDraft, options?: RequestOptions) {
    return this.boardWrite(() => this.inner.createObjective(draft, options));
  }

  updateObjective(...args: Parameters<OkrRepository['updateObjective']>) {
    return this.boardWrite(() => this.inner.updateObjective(...args));
  }

  deleteObjective(...args: Parameters<OkrRepository['deleteObjective']>) {
    return this.boardWrite(() => this.inner.deleteObjective(...args));
  }

  createKeyResult(draft: KeyResultDraft, options?: RequestOptions) {
    return this.boardWrite(() => this.inner.createKeyResult(draft, options));
  }

  updateKeyResult(...args: Parameters<OkrRepository['updateKeyResult']>) {
    return this.boardWrite(() => this.inner.updateKeyResult(...args));
  }

  setExcelLink(...args: Parameters<OkrRepository['setExcelLink']>) {
    return this.boardWrite(() => this.inner.setExcelLink(...args));
  }

  deleteKeyResult(...args: Parameters<OkrRepository['deleteKeyResult']>) {
    return this.boardWrite(() => this.inner.deleteKeyResult(...args));
  }

  loadObjectives(...args: Parameters<OkrRepository['loadObjectives']>) {
    return this.inner.loadObjectives(...args);
  }

  loadKeyResults(...args: Parameters<OkrRepository['loadKeyResults']>) {
    return this.inner.loadKeyResults(...args);
  }

  listInitiatives(...args: Parameters<OkrRepository['listInitiatives']>) {
    return this.inner.listInitiatives(...args);
  }

  createInitiative(...args: Parameters<OkrRepository['createInitiative']>) {
    return this.boardWrite(() => this.inner.createInitiative(...args));
  }

  updateInitiative(...args: Parameters<OkrRepository['updateInitiative']>) {
    return this.boardWrite(() => this.inner.updateInitiative(...args));
  }

  deleteInitiative(...args: Parameters<OkrRepository['deleteInitiative']>) {
    return this.boardWrite(() => this.inner.deleteInitiative(...args));
  }

  findPeople(...args: Parameters<OkrRepository['findPeople']>) {
    return this.inner.findPeople(...args);
  }

  findImported(...args: Parameters<OkrRepository['findImported']>) {
    return this.inner.findImported(...args);
  }

  /** An import changes everything a screen shows: every cached read is dropped. */
  async writeImported<L extends ImportList>(
    list: L,
    writes: readonly ImportWrite<L>[],
    options?: RequestOptions & { readonly onProgress?: (progress: SaveProgress) => void },
  ) {
    try {
      return await this.inner.writeImported(list, writes, options);
    } finally {
      for (const kind of ['board', 'checkInHistory', 'cycles', 'teams'] as const)
        this.invalidate(kind);
    }
  }

  checkInHistory(...args: Parameters<OkrRepository['checkInHistory']>) {
    return this.inner.checkInHistory(...args);
  }

  /**
   * With a board of the cycle served from the cache to a screen that shows it before its
   * history (`onStored`), but not its history (a tab closed before its check-ins came in), the
   * history is read once that board has painted (`revalidateAfter`), as a revalidation would be:
   * the cached paint does not share the page with it.
   */
  cycleCheckInHistory(cycleId: string, options?: RequestOptions): Promise<CheckInHistory> {
    const key = this.key('checkInHistory', cycleId);
    const read = (options?: RequestOptions) => this.inner.cycleCheckInHistory(cycleId, options);
    const readOnceShown = () => read();
    const { revalidateAfter } = this.options;
    const afterCachedBoard =
      revalidateAfter &&
      this.heldAt(key, historyCodec) === undefined &&
      this.boardsShownFirst.has(cycleId);
    return this.swr(
      key,
      afterCachedBoard ? () => revalidateAfter.then(readOnceShown, readOnceShown) : read,
      (value) => ({ kind: 'checkInHistory', cycleId, value }),
      options,
      historyCodec,
    );
  }

  /** Check-ins move KRs and add history: both are dropped, whatever the outcome. */
  async saveCheckIns(
    drafts: readonly CheckInDraft[],
    options?: RequestOptions & { readonly onProgress?: (progress: SaveProgress) => void },
  ) {
    try {
      return await this.boardWrite(() => this.inner.saveCheckIns(drafts, options));
    } finally {
      this.invalidate('checkInHistory');
    }
  }

  /** A correction or withdrawal moves a KR and changes its history, like a check-in. */
  async correctCheckIn(checkIn: CheckIn, options?: RequestOptions) {
    try {
      return await this.boardWrite(() => this.inner.correctCheckIn(checkIn, options));
    } finally {
      this.invalidate('checkInHistory');
    }
  }

  async withdrawCheckIn(
    checkIn: CheckIn,
    correction: CheckInCorrection,
    options?: WithdrawOptions,
  ) {
    try {
      return await this.boardWrite(() => this.inner.withdrawCheckIn(checkIn, correction, options));
    } finally {
      this.invalidate('checkInHistory');
    }
  }

  recordMeetingSession(session: MeetingSession, options?: RequestOptions) {
    return this.inner.recordMeetingSession(session, options);
  }

  listMeetingSessions(
    query: { readonly cycleId: string; readonly teamId?: string },
    options?: RequestOptions,
  ) {
    return this.inner.listMeetingSessions(query, options);
  }

  loadOperatingModel(options?: RequestOptions): Promise<OperatingModel> {
    return this.swr(
      this.key('operatingModel'),
      (read) => this.inner.loadOperatingModel(read),
      (value) => ({ kind: 'operatingModel', value }),
      options,
    );
  }

  async saveOperatingModel(model: OperatingModel, options?: RequestOptions) {
    try {
      const saved = await this.inner.saveOperatingModel(model, options);
      this.values.set(this.key('operatingModel'), saved);
      this.storage.set(this.key('operatingModel'), JSON.stringify(saved));
      return saved;
    } catch (error) {
      this.invalidate('operatingModel');
      throw error;
    }
  }
}
