/**
 * The `OkrRepository` port over SharePoint lists through Microsoft Graph.
 *
 * Round trips: the site and its lists are looked up once per repository (one `$batch`); a board
 * is one `$batch` plus one per further page of the largest list; writes of many items go in
 * `$batch`es of 20. Every update carries If-Match; a 412 becomes a `ConflictError` with both
 * versions.
 */
import { readingOf, withdrawalOf } from '../../core/check-in';
import type {
  CheckIn,
  CheckInCorrection,
  Cycle,
  Initiative,
  ExcelCellLink,
  IsoDate,
  KeyResult,
  Objective,
  Person,
  Team,
} from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import type { MeetingSession } from '../../core/rituals';
import {
  checkInCycle,
  validateCheckIn,
  validateCycle,
  validateInitiative,
  validateKeyResult,
  validateObjective,
  validateBackToPlanning,
} from '../../core/validation';
import { validateCyclePlacement } from '../../core/cycle-templates';
import { cycleDeletionRefusal, type CycleReferenceKind } from '../../core/cycle-deletion';
import { quote } from '../../core/coaching/rule';
import { toIsoDate } from '../../core/dates';
import { dayIn, type DayOf } from '../../core/day-of';
import type { ValidationIssue } from '../../core/issues';
import { withLeftOutChange, type LeftOutChange, type RolloverPlan } from '../../core/rollover';
import { validateTeamParent } from '../../core/teams';
import { CancelledError, ConflictError, InvalidError, NotFoundError } from '../errors';
import { MissingColumnError } from '../missing-column-error';
import {
  changedByOf,
  checkInCorrectionFields,
  checkInFromItem,
  checkInVersionOf,
  cycleFromItem,
  isEtagDigest,
  isWithdrawn,
  keyResultReadingFields,
  withdrawalFields,
  cycleToFields,
  initiativeFromItem,
  initiativeToFields,
  excelLinkToFields,
  leftOutToFields,
  keyResultFromItem,
  keyResultsFromItems,
  keyResultToFields,
  objectiveFromItem,
  objectiveToFields,
  teamFromItem,
  teamToFields,
  type Fields,
  type GraphListItem,
  meetingSessionFromItem,
  meetingSessionToFields,
  versionOf,
} from '../mapping';
import type {
  Board,
  BoardChanges,
  BoardLoadOptions,
  BoardQuery,
  CheckInCorrected,
  CheckInDraft,
  CheckInNudge,
  CheckInSaveReport,
  ClosingReport,
  ClosingSave,
  CycleDraft,
  ImportedItem,
  ImportList,
  ImportWrite,
  ImportWriteReport,
  InitiativeDraft,
  InitiativeQuery,
  KeyResultDraft,
  ObjectiveDraft,
  OkrRepository,
  RequestOptions,
  RetryNotice,
  RolloverReport,
  TeamDraft,
  WithdrawOptions,
} from '../repository';
import { lists, permissions, SINGLE_LINE_MAX, TITLE, type ListKey } from '../schema';
import { BatchExecutor, type BatchStep, type StepOutcome } from './batch';
import { firstChangeToken, readBoardChanges } from './board-changes';
import type { SaveCheckInsOptions } from './check-in-writer';
import type { StoreCollaborators } from './collaborators';
import {
  createGraphConnection,
  type GraphConnection,
  type GraphConnectionOptions,
  type GraphRequest,
} from './connection';
import { findPeople, resolvePeople, searchPeople } from './directory';
import type { SiteRoles } from '../access';
import { siteRoles } from './site-roles';
import { toOkrError, type ErrorContext } from './errors';
import { KnownItems } from './known-items';
import { KeyResultRepairs } from './read-repair';
import {
  loadOperatingModel,
  operatingModelQuery,
  saveOperatingModel,
} from './operating-model-store';
import { itemsFromFirstPage, queryAll, queryPagesAfter, type QueriedAfter } from './paging';
import {
  anyOf,
  chunk,
  equals,
  IDS_PER_FILTER,
  isItemId,
  itemId,
  ListPaths,
  BACKGROUND_PAGE_SIZE,
  MAX_PAGE_SIZE,
  textEquals,
} from './queries';
import { listIdsOf, missingColumnsOf, readSiteLayout, type SiteAddress } from './site';
import {
  ensureFitsSchema,
  ensureList,
  ensureObject,
  ensureText,
  ensureValid,
  itemNoun,
  missingReferences,
  type ItemReference,
} from '../validation';
import type { ReminderPreferences } from '../../core/rhythm';
import type {
  ActivityNotification,
  NotificationClaim,
  NotificationRecord,
  NotificationSettlement,
  RhythmRepository,
} from '../rhythm';
import { withSharedAuthorsAndTimes, withSharedOwners } from '../shared-people';
import { nextTask } from '../next-task';
import { reloadable } from '../../reloadable';

// The writers, and the rhythm's store, load with the first call that needs them: a board's first
// read (the tab's cold open) needs none of them.
const checkInWriter = reloadable(() => import('./check-in-writer'));
const importWriter = reloadable(() => import('./import-writer'));
const programmeWriter = reloadable(() => import('./programme-writer'));
const cycleReferences = reloadable(() => import('./cycle-references'));
const rhythmStore = reloadable(() => import('./rhythm-store'));

export interface GraphRepositoryOptions extends GraphConnectionOptions {
  /** The OKR site: `hostname:/sites/okr` or a site id. */
  readonly site: SiteAddress;
  /** List items per page (`$top`); Graph's maximum, 5,000, by default. */
  readonly pageSize?: number;
  /**
   * The board the page shows first (a configured channel tab's): read with the site, its lists
   * addressed by title, so that its first paint waits for one wave of requests, not two.
   */
  readonly firstBoard?: BoardQuery;
  /**
   * Today's date as the Programme's screens take it (the user's own day, in their time zone);
   * the UTC day by default, for scripts that run with no user.
   */
  readonly today?: () => IsoDate;
  /**
   * The day an instant fell on, on the user's clock (in their time zone), which a check-in outside
   * its cycle is refused naming, as the surfaces do (`dayIn`: a day imported without its time
   * counts on the day it names); the UTC day by default, for scripts that write for no one user.
   */
  readonly dayOf?: DayOf;
}

/** A board's own lists as read: the deltas asked for first (if any), then the five queries. */
type BoardListsRead = QueriedAfter<GraphListItem>;

interface CheckInsRead {
  readonly items: GraphListItem[];
  readonly delta?: StepOutcome;
}

/** The first board's read, sent with the site's `$batch`. */
interface OpeningBoard {
  readonly query: BoardQuery;
  readonly at: number;
  readonly lists: Promise<BoardListsRead>;
  readonly checkIns: Promise<CheckInsRead>;
  /** Lets the check-ins' further pages go (see `BoardLoadOptions.onStored`). */
  readonly boardShown: BoardShown;
}

/** Settled when the board is on screen: with what tells so (`onStored`'s answer), or at once. */
interface BoardShown {
  readonly settled: Promise<unknown>;
  readonly settle: (shown?: PromiseLike<unknown> | void) => void;
}

function boardShown(): BoardShown {
  let settle: BoardShown['settle'] = () => undefined;
  const settled = new Promise<unknown>((resolve) => (settle = resolve));
  return { settled, settle };
}

/**
 * What a page reads first, asked for in the `$batch` that opens the site (lists by title), and
 * who is signed in: sent on its own, `/me` was answered before the site's `$batch` went out
 * whenever that `fetch` started a task later, so the board's reads counted as a second wave.
 * A `$batch` may hold `/me` beside any other request (https://learn.microsoft.com/graph/json-batching).
 */
type OpeningRead = 'settings' | 'cycles' | 'me';

const mePath = '/me?$select=id,displayName,mail,userPrincipalName';

/** How long a first page read with the site may stand in for reading it again. */
const OPENING_READ_FRESH_MS = 30_000;

/**
 * What a page's first requests need, asked for in one sign-in: `/me` beside the site's and the
 * board's reads. Asked for apart, the two tokens come back in different tasks (through Nested
 * App Authentication, two round trips to the host), and the requests waiting on the second go
 * out after the first's answer, a wave later. Both are Microsoft Graph scopes, so one token
 * serves both (https://learn.microsoft.com/entra/msal/javascript/browser/resources-and-scopes),
 * and no page works without either: a request may still name other scopes (the people picker's).
 */
const repositoryScopes = [permissions.readWriteItems, permissions.signedInUser];

export class GraphOkrRepository implements OkrRepository, RhythmRepository {
  private readonly connection: GraphConnection;
  private readonly batch: BatchExecutor;
  private readonly known = new KnownItems();
  private readonly repairs: KeyResultRepairs;
  /**
   * Each cycle's check-ins while they are being read: a board and its history asked for together
   * (the board page) read and map them once. Shared only with a caller on the same signal, and
   * never with a read asked for after a check-in was written.
   */
  private readonly checkInReads = new Map<
    string,
    { readonly signal: AbortSignal | undefined; readonly checkIns: Promise<CheckIn[]> }
  >();
  private paths?: Promise<ListPaths>;
  private operatingModel?: Promise<OperatingModel>;
  /** `firstBoard`'s read, sent with the site; serves one read of that board, while fresh. */
  private openingBoard?: OpeningBoard;
  /** First pages read alongside the site; each serves one read, while fresh. */
  private readonly opening = new Map<
    OpeningRead,
    { readonly page: unknown; readonly at: number }
  >();

  constructor(private readonly options: GraphRepositoryOptions) {
    this.connection = createGraphConnection({ scopes: repositoryScopes, ...options });
    this.batch = new BatchExecutor(this.connection);
    this.repairs = new KeyResultRepairs(this.batch, this.known);
  }

  /**
   * The site's lists, looked up once; a missing list is a clear `NotFoundError`. The operating
   * model and the cycles, which every page reads first, are asked for in the same `$batch`
   * (their lists addressed by title), so a cold page needs no second wave before its board.
   */
  /**
   * The site's lists, looked up once for every caller: the lookup runs without any caller's
   * signal (one screen going away must not fail the others waiting on it, e.g. a cache's
   * background revalidation); a caller's own signal cancels only its own wait. A background
   * read's paths page its items small (`BACKGROUND_PAGE_SIZE`), as does the first board read
   * with the site when such a read opens it (a reopened tab's revalidation of its cached board).
   */
  private lists(options?: RequestOptions): Promise<ListPaths> {
    const paged = (paths: ListPaths) =>
      options?.background ? paths.atMost(BACKGROUND_PAGE_SIZE) : paths;
    this.paths ??= (async () => {
      const pageSize = this.options.pageSize ?? MAX_PAGE_SIZE;
      const byTitle = ListPaths.byTitle(this.options.site, pageSize);
      const reads: Record<OpeningRead, string> = {
        settings: operatingModelQuery(byTitle),
        cycles: byTitle.query('cycles'),
        me: mePath,
      };
      const names = Object.keys(reads) as OpeningRead[];
      // Sent before the board's reads, so that a server answering in turn (the local stack's, or
      // a busy one) answers it first: the page's frame shows while the board's larger reads come.
      const opened = readSiteLayout(
        this.batch,
        this.options.site,
        { action: 'Opening the OKR site' },
        names.map((name) => reads[name]),
      );
      this.openFirstBoard(paged(byTitle));
      const layout = await opened;
      const { ids, missing } = listIdsOf(layout);
      if (!ids) {
        throw new NotFoundError(
          `The OKR site is not set up: missing ${missing.join(', ')}. An admin runs "Set up the OKR site" ` +
            `(needs ${permissions.manageLists}).`,
        );
      }
      // A read that failed here is simply read again when it is wanted.
      layout.alongside.forEach((outcome, index) => {
        if (outcome.ok) this.opening.set(names[index]!, { page: outcome.body, at: Date.now() });
      });
      return new ListPaths(layout.siteId, ids, pageSize, missingColumnsOf(layout));
    })();
    this.paths.catch(() => (this.paths = undefined));
    return waitUnlessCancelled(this.paths, options?.signal).then(paged);
  }

  /**
   * Reads `firstBoard` as the site is opened (in its own `$batch`es, sent with the site's), with
   * its first change token: the page that shows it asks for one. Ids that are not item ids are
   * left to the page's own read, which names them.
   */
  private openFirstBoard(byTitle: ListPaths): void {
    const query = this.options.firstBoard;
    if (!query || !isItemId(query.cycleId) || !(query.teamIds ?? []).every(isItemId)) return;
    const lists = this.boardLists(byTitle, query, undefined, true);
    const shown = boardShown();
    const checkIns = this.cycleCheckIns(
      historyBesideShownBoard(byTitle),
      query.cycleId,
      undefined,
      true,
      shown.settled,
    );
    // A failed read is read again when the board is asked for.
    lists.catch(() => undefined);
    checkIns.catch(() => undefined);
    this.openingBoard = { query, at: Date.now(), lists, checkIns, boardShown: shown };
  }

  /** The board read with the site, once, if it is `query`'s and still fresh. */
  private takeOpeningBoard(query: BoardQuery): OpeningBoard | undefined {
    const opened = this.openingBoard;
    const teams = (board: BoardQuery) => (board.teamIds ?? []).join(',');
    if (!opened || opened.query.cycleId !== query.cycleId || teams(opened.query) !== teams(query))
      return undefined;
    this.openingBoard = undefined;
    if (Date.now() - opened.at < OPENING_READ_FRESH_MS) return opened;
    opened.boardShown.settle();
    return undefined;
  }

  /** The first page of `read` fetched with the site, once, if it is still fresh. */
  private takeOpening(read: OpeningRead, options?: RequestOptions): unknown {
    options?.signal?.throwIfAborted();
    const opened = this.opening.get(read);
    this.opening.delete(read);
    return opened && Date.now() - opened.at < OPENING_READ_FRESH_MS ? opened.page : undefined;
  }

  /** The connection, its batching and the lists: what the settings and check-in writers need. */
  private async collaborators(options?: RequestOptions): Promise<StoreCollaborators> {
    return {
      connection: this.connection,
      batch: this.batch,
      paths: await this.lists(options),
      known: this.known,
    };
  }

  /** The day a check-in counts on for the user, as the surfaces count it. */
  private checkInDay(): DayOf {
    const onClock = this.options.dayOf ?? toIsoDate;
    return (at) => dayIn(onClock, at);
  }

  /** The operating model's limits and scales validate every write; read once, kept fresh by saves. */
  private rules(options?: RequestOptions): Promise<OperatingModel> {
    this.operatingModel ??= this.loadOperatingModel(options);
    this.operatingModel.catch(() => (this.operatingModel = undefined));
    return this.operatingModel;
  }

  private send<T>(request: GraphRequest, context: ErrorContext, options?: RequestOptions) {
    return this.connection.send<T>(request, { ...context, ...signalOf(options) });
  }

  observeRetries(observer: (retry: RetryNotice) => void): () => void {
    return this.connection.retryPolicy.observe(observer);
  }

  /**
   * The signed-in user, read with the site where it is opened now or was just opened; on its
   * own otherwise, or where that read failed (a site that cannot be opened, or no `User.Read`:
   * the error then names it).
   */
  async whoAmI(options?: RequestOptions): Promise<Person> {
    await this.lists(options).catch(() => undefined);
    const opened = this.takeOpening('me', options) as Record<string, string | undefined>;
    const me =
      opened ??
      (await this.send<Record<string, string | undefined>>(
        { method: 'GET', path: mePath },
        { permission: permissions.signedInUser },
        options,
      ));
    const { id, displayName, mail, userPrincipalName } = me;
    const email = mail ?? userPrincipalName;
    return { id: id ?? '', displayName: displayName ?? '', ...(email ? { email } : {}) };
  }

  private roles: SiteRoles | undefined;
  siteRoles(): SiteRoles {
    return (this.roles ??= siteRoles(this.options));
  }

  async storeIdentity(options?: RequestOptions): Promise<string> {
    return (await this.lists(options)).identity;
  }

  searchPeople(text: string, options?: RequestOptions): Promise<readonly Person[]> {
    return searchPeople(this.connection, text, options);
  }

  resolvePeople(
    ids: readonly string[],
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, Person>> {
    return resolvePeople(this.connection, ids, options);
  }

  // --- generic item operations -------------------------------------------------------------

  private async getItem(
    list: ListKey,
    id: string,
    options?: RequestOptions,
  ): Promise<GraphListItem> {
    const paths = await this.lists(options);
    return this.send<GraphListItem>(
      { method: 'GET', path: paths.get(list, id) },
      { action: `Reading the ${itemNoun(list)}` },
      options,
    );
  }

  /**
   * POSTs a new item. On a list with client ids the create carries one, so it may be sent again:
   * when it fails (a resend after a lost answer is refused as a duplicate, or the answer never
   * came), the item is looked up by its client id, and if it is there with the same title it is
   * the answer; with another title the client id was reused, a conflict naming both.
   */
  /** The fields a create sends (with a client id where the list has one), checked against the schema. */
  private creation(list: ListKey, fields: Fields, clientId?: string) {
    const idempotent = lists[list].columns.some((column) => column.name === 'ClientId');
    const given = clientId === '' ? undefined : clientId;
    const sent = idempotent ? { ...fields, ClientId: given ?? crypto.randomUUID() } : fields;
    ensureFitsSchema(list, sent, `The ${itemNoun(list)}`);
    return { sent, idempotent };
  }

  private async createItem(
    list: ListKey,
    fields: Fields,
    options?: RequestOptions,
    clientId?: string,
  ): Promise<GraphListItem> {
    const { sent, idempotent } = this.creation(list, fields, clientId);
    const paths = await this.lists(options);
    try {
      return await this.send<GraphListItem>(
        {
          method: 'POST',
          path: paths.items(list),
          body: { fields: sent },
          ...(idempotent ? { idempotent: true } : {}),
        },
        { action: `Creating the ${itemNoun(list)}` },
        options,
      );
    } catch (error) {
      if (!idempotent || error instanceof CancelledError) throw error;
      const stored = await this.findByClientId(list, String(sent.ClientId), options).catch(
        () => undefined,
      );
      if (!stored) throw error;
      if (stored.fields[TITLE] === sent[TITLE]) return stored;
      throw new ConflictError(
        `The ${itemNoun(list)} “${String(stored.fields[TITLE])}” was already created with ` +
          `client id ${String(sent.ClientId)}; it cannot also create “${String(sent[TITLE])}”. ` +
          'Create it again as a new one.',
        sent,
        stored.fields,
      );
    }
  }

  private async findByClientId(
    list: ListKey,
    clientId: string,
    options?: RequestOptions,
  ): Promise<GraphListItem | undefined> {
    const paths = await this.lists(options);
    const [items] = await this.query<GraphListItem>(
      [paths.query(list, textEquals('ClientId', clientId))],
      options,
    );
    return items![0];
  }

  /**
   * PATCHes the item's fields with If-Match on the version the caller read. A 412 becomes a
   * `ConflictError` carrying the caller's object and the stored one.
   */
  private async updateItem<T extends { id: string; version?: string }>(
    list: ListKey,
    mine: T,
    fields: Fields,
    fromItem: (item: GraphListItem) => T,
    options?: RequestOptions,
  ): Promise<T> {
    ensureFitsSchema(list, fields, `The ${itemNoun(list)}`);
    const paths = await this.lists(options);
    const version = requireVersion(mine);
    try {
      const updated = await this.send<GraphListItem['fields']>(
        {
          method: 'PATCH',
          path: `${paths.item(list, mine.id)}/fields`,
          headers: { 'If-Match': version },
          body: fields,
          idempotent: true,
        },
        { action: `Saving the ${itemNoun(list)}` },
        options,
      );
      return fromItem(await this.withVersion(list, mine.id, updated, options));
    } catch (error) {
      // A resend after a lost answer meets its own write (412): the stored item is the answer.
      const stored =
        error instanceof ConflictError
          ? await this.getItem(list, mine.id, options).catch(() => undefined)
          : undefined;
      if (stored && isOwnWrite(fromItem, stored, fields)) return fromItem(stored);
      throw await this.conflictOr(list, mine, fromItem, error, options);
    }
  }

  private async deleteItem<T extends { id: string; version?: string }>(
    list: ListKey,
    mine: T,
    fromItem: (item: GraphListItem) => T,
    options?: RequestOptions,
  ): Promise<void> {
    const paths = await this.lists(options);
    const version = requireVersion(mine);
    try {
      await this.send(
        {
          method: 'DELETE',
          path: paths.item(list, mine.id),
          headers: { 'If-Match': version },
        },
        { action: `Deleting the ${itemNoun(list)}` },
        options,
      );
    } catch (error) {
      throw await this.conflictOr(list, mine, fromItem, error, options);
    }
  }

  /** A fieldValueSet carries its `@odata.etag`; when it does not, the item is read back. */
  private async withVersion(
    list: ListKey,
    id: string,
    fields: GraphListItem['fields'],
    options?: RequestOptions,
  ): Promise<GraphListItem> {
    if (typeof fields['@odata.etag'] === 'string') return { id, fields };
    return this.getItem(list, id, options);
  }

  private async conflictOr<T>(
    list: ListKey,
    mine: T & { id: string },
    fromItem: (item: GraphListItem) => T,
    error: unknown,
    options?: RequestOptions,
  ): Promise<unknown> {
    if (!(error instanceof ConflictError)) return error;
    try {
      return changedSince(mine, await this.getItem(list, mine.id, options), fromItem);
    } catch (readError) {
      return deletedSince(mine, readError);
    }
  }

  /**
   * The check-in with the eTag to send as If-Match. A check-in read from the store carries a
   * digest of its eTag instead (`checkInVersionOf`): the item is read once more, and its eTag is
   * sent only when its digest is the one the reader was given; otherwise someone changed it
   * since, a conflict as a 412 would be.
   */
  private async checkInAsRead(
    checkIn: CheckIn & { id: string },
    options?: RequestOptions,
  ): Promise<CheckIn & { id: string }> {
    if (checkIn.version === undefined || !isEtagDigest(checkIn.version)) return checkIn;
    let item: GraphListItem;
    try {
      item = await this.getItem('checkIns', checkIn.id, options);
    } catch (readError) {
      throw deletedSince(checkIn, readError);
    }
    const eTag = versionOf(item);
    if (eTag !== undefined && checkInVersionOf(item) === checkIn.version) {
      return { ...checkIn, version: eTag };
    }
    throw changedSince(checkIn, item, storedCheckInFromItem);
  }

  // --- cycles and teams ---------------------------------------------------------------------

  async listCycles(options?: RequestOptions): Promise<readonly Cycle[]> {
    const paths = await this.lists(options);
    const opened = this.takeOpening('cycles', options);
    const items =
      opened === undefined
        ? (await this.query<GraphListItem>([paths.query('cycles')], options))[0]!
        : await itemsFromFirstPage<GraphListItem>(
            this.batch,
            this.connection,
            opened,
            signalOf(options),
          );
    return items.map(cycleFromItem).sort((a, b) => a.start.localeCompare(b.start));
  }

  /** The core's rules, then the placement among the other cycles (nested is fine, half in is not). */
  private async ensureValidCycle(cycle: Cycle, options?: RequestOptions): Promise<void> {
    ensureValid(validateCycle(cycle, await this.rules(options)), 'The cycle');
    const overlap = validateCyclePlacement(cycle, await this.listCycles(options));
    if (overlap) ensureValid({ ok: false, issues: [overlap] }, 'The cycle');
  }

  async createCycle(draft: CycleDraft, options?: RequestOptions): Promise<Cycle> {
    ensureObject(draft, 'The cycle');
    await this.ensureValidCycle({ ...draft, id: '' }, options);
    const created = cycleFromItem(
      await this.createItem('cycles', cycleToFields(draft), options, draft.clientId),
    );
    this.known.rememberCycle(created);
    this.opening.delete('cycles'); // the page read with the site no longer holds every cycle
    return created;
  }

  async updateCycle(cycle: Cycle, options?: RequestOptions): Promise<Cycle> {
    ensureObject(cycle, 'The cycle');
    await this.ensureValidCycle(cycle, options);
    if (cycle.state === 'planning') await this.ensureMayPlanAgain(cycle, options);
    const updated = await this.updateItem(
      'cycles',
      cycle,
      cycleToFields(cycle),
      cycleFromItem,
      options,
    );
    this.known.rememberCycle(updated);
    this.opening.delete('cycles');
    return updated;
  }

  async recordLeftOut(
    cycleId: string,
    sourceCycleId: string,
    change: LeftOutChange,
    options?: RequestOptions,
  ): Promise<Cycle> {
    const paths = await this.lists(options);
    if (paths.lacks('cycles', 'RolloverLeftOut'))
      throw new MissingColumnError(lists.cycles.displayName, 'RolloverLeftOut');
    // Read, changed and written with If-Match: another coach's record written between the read
    // and the write (a 412) is read again and this change made to it, a few times at most.
    for (let attempt = 1; ; attempt++) {
      const stored = cycleFromItem(await this.getItem('cycles', cycleId, options));
      const leftOut = {
        ...stored.leftOut,
        [sourceCycleId]: withLeftOutChange(stored.leftOut?.[sourceCycleId], change),
      };
      try {
        const updated = await this.updateItem(
          'cycles',
          stored,
          leftOutToFields(leftOut),
          cycleFromItem,
          options,
        );
        this.known.rememberCycle(updated);
        this.opening.delete('cycles');
        return updated;
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= 3) throw error;
      }
    }
  }

  /**
   * A cycle started or closed goes back to planning only before its first day, as stored (the
   * caller's copy may be older): `validateBackToPlanning`.
   */
  private async ensureMayPlanAgain(cycle: Cycle, options?: RequestOptions): Promise<void> {
    let stored: Cycle;
    try {
      stored = cycleFromItem(await this.getItem('cycles', cycle.id, options));
    } catch (error) {
      throw deletedSince(cycle, error);
    }
    const today = this.options.today?.() ?? toIsoDate(new Date().toISOString());
    const { locale } = await this.rules(options);
    const issue = validateBackToPlanning(stored, stored.state, today, locale);
    if (issue) ensureValid({ ok: false, issues: [issue] }, 'The cycle');
  }

  async cycleHoldings(
    cycleIds: readonly string[],
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, readonly CycleReferenceKind[]>> {
    for (const id of cycleIds) itemId(id, 'cycle id');
    const { cycleContents } = await cycleReferences();
    const contents = await cycleContents(await this.collaborators(options), cycleIds, options);
    return new Map([...contents].map(([id, { held }]) => [id, held]));
  }

  async cyclesWithObjectives(
    cycleIds: readonly string[],
    teamIds: readonly string[] | undefined,
    options?: RequestOptions,
  ): Promise<ReadonlySet<string>> {
    for (const id of [...cycleIds, ...(teamIds ?? [])]) itemId(id, 'id');
    if (cycleIds.length === 0) return new Set();
    const { cyclesWithObjectives } = await cycleReferences();
    return cyclesWithObjectives(await this.collaborators(options), cycleIds, teamIds, options);
  }

  /**
   * Marks the cycle, checks what names it (anything written before the mark is found; an objective
   * written after it takes itself back: `cycle-references.ts`), then deletes it with If-Match: a
   * cycle changed since it was read is refused with 412 and kept
   * (https://learn.microsoft.com/graph/api/listitem-delete).
   */
  async deleteCycle(cycle: Cycle, options?: RequestOptions): Promise<void> {
    ensureObject(cycle, 'The cycle');
    requireVersion(cycle);
    const collaborators = await this.collaborators(options);
    const { cycleContents, deleteOrphans, markDeleting } = await cycleReferences();
    const unmark = await markDeleting(collaborators, cycle, Date.now(), options);
    try {
      const { held, orphans } = (await cycleContents(collaborators, [cycle.id], options)).get(
        cycle.id,
      )!;
      const refusal = cycleDeletionRefusal(cycle.name, held);
      if (refusal) throw new InvalidError(refusal, [refusal]);
      // Gone before the cycle: refused with 412 after, the cycle stays, and their loss is none.
      await deleteOrphans(collaborators, orphans, options);
      await this.deleteItem('cycles', cycle, cycleFromItem, options);
    } catch (error) {
      throw notDeleted(cycle, error);
    } finally {
      await unmark();
    }
    this.known.forgetCycle(cycle.id);
    this.opening.delete('cycles');
  }

  async listTeams(options?: RequestOptions): Promise<readonly Team[]> {
    const paths = await this.lists(options);
    const [items] = await this.query<GraphListItem>([paths.query('teams')], options);
    return items!.map(teamFromItem);
  }

  async createTeam(draft: TeamDraft, options?: RequestOptions): Promise<Team> {
    ensureObject(draft, 'The team');
    await this.ensureValidTeam({ ...draft, id: '' }, options);
    return teamFromItem(
      await this.createItem('teams', teamToFields(draft), options, draft.clientId),
    );
  }

  async updateTeam(team: Team, options?: RequestOptions): Promise<Team> {
    ensureObject(team, 'The team');
    await this.ensureValidTeam(team, options);
    return this.updateItem('teams', team, teamToFields(team), teamFromItem, options);
  }

  private async ensureValidTeam(team: Team, options?: RequestOptions): Promise<void> {
    const field = (message: string, issue?: ValidationIssue) =>
      new InvalidError(`The team was not saved: ${message}`, [message], issue ? [issue] : []);
    if (typeof team.name !== 'string') throw field('The team’s name must be text.');
    const name = team.name.trim();
    if (!name) throw field('Give the team a name.');
    if (name.length > SINGLE_LINE_MAX) {
      throw field(`Keep the team's name to ${SINGLE_LINE_MAX} characters or fewer.`);
    }
    const teams = await this.listTeams(options);
    if (team.parentTeamId && !teams.some((other) => other.id === team.parentTeamId)) {
      throw missingReferences([
        { list: 'teams', id: team.parentTeamId, field: 'parentTeamId', words: 'parent team' },
      ]);
    }
    const loop = validateTeamParent(team, team.parentTeamId, teams);
    if (loop) throw field(loop.message, loop);
  }

  // --- closing and rolling over ------------------------------------------------------------

  /** What the programme's and the importer's writes need: the collaborators and the model's limits. */
  private async collaboratorsWithRules(options?: RequestOptions) {
    return { ...(await this.collaborators(options)), rules: await this.rules(options) };
  }

  async saveClosing(closing: ClosingSave, options?: RequestOptions): Promise<ClosingReport> {
    const collaborators = await this.collaboratorsWithRules(options);
    closing = {
      ...closing,
      keyResults: await Promise.all(
        closing.keyResults.map((keyResult) => this.repairs.onLatestVersion(keyResult)),
      ),
    };
    for (const objective of closing.objectives)
      this.known.rememberObjectiveCycle(objective.id, objective.cycleId);
    for (const kr of closing.keyResults) await this.cycleOf(kr.objectiveId, options);
    const { saveClosing } = await programmeWriter();
    return saveClosing(
      collaborators,
      closing,
      (objectiveId) => this.known.cycleOfObjectiveId(objectiveId) ?? '',
      options,
    );
  }

  async rollOver(plan: RolloverPlan, options?: RequestOptions): Promise<RolloverReport> {
    const { rollOver } = await programmeWriter();
    const report = await rollOver(await this.collaboratorsWithRules(options), plan, options);
    this.opening.delete('cycles');
    for (const objective of report.objectives)
      this.known.rememberObjectiveCycle(objective.id, objective.cycleId);
    return report;
  }

  // --- the board ----------------------------------------------------------------------------

  private async query<T>(urls: readonly string[], options?: RequestOptions): Promise<T[][]> {
    return queryAll<T>(this.batch, this.connection, urls, signalOf(options));
  }

  async loadBoard(query: BoardQuery, options?: BoardLoadOptions): Promise<Board> {
    const onChangeToken = options?.onChangeToken;
    if (!onChangeToken) return this.readBoard(query, options);
    let token: string | undefined;
    try {
      return await this.readBoard(query, options, (taken) => (token = taken));
    } finally {
      onChangeToken(token);
    }
  }

  private async readBoard(
    query: BoardQuery,
    options?: BoardLoadOptions,
    onChangeToken?: (token: string | undefined) => void,
  ): Promise<Board> {
    ensureObject(query, 'The board to load');
    const opening = this.lists(options);
    const opened = this.takeOpeningBoard(query);
    const paths = await opening;
    const withToken = onChangeToken !== undefined;
    // The board's own lists in one $batch (with a token, one per watched list) and the cycle's
    // check-ins (or the history read beside it) in another, sent together: the board is shown
    // from the first as soon as it is in, while the check-ins (three for every KR, say) are
    // still coming; their further pages wait until it is on screen. The page's first board was
    // sent with the site (a failure there is read again here).
    const onScreen = opened?.boardShown ?? boardShown();
    const read = opened
      ? waitUnlessCancelled(
          opened.lists.catch(() => this.boardLists(paths, query, options, withToken)),
          options?.signal,
        )
      : this.boardLists(paths, query, options, withToken);
    // A read of the check-ins already under way (the history asked for first) has no token.
    const shared = this.sharedCheckInRead(query.cycleId, options);
    const historyPaths = options?.onStored ? historyBesideShownBoard(paths) : paths;
    const ownCheckIns = shared
      ? undefined
      : opened
        ? waitUnlessCancelled(
            opened.checkIns.catch(() =>
              this.cycleCheckIns(historyPaths, query.cycleId, options, withToken, onScreen.settled),
            ),
            options?.signal,
          )
        : this.cycleCheckIns(historyPaths, query.cycleId, options, withToken, onScreen.settled);
    // Mapped once the board is on screen: in a trace of a cold open, mapping a page that had come
    // beside the board ran between the board's answer and its first row.
    const checkIns =
      shared ??
      this.shareCheckInRead(
        query.cycleId,
        options,
        ownCheckIns!.then(async ({ items }) => {
          await onScreen.settled;
          return items;
        }),
      );
    // Awaited once the board is in; a failure of either fails the load.
    checkIns.catch(() => undefined);
    // A read that fails shows nothing: the check-ins go on (for whoever else reads them).
    const { first: boardDeltas, results } = await read.catch((error: unknown) => {
      onScreen.settle();
      throw error;
    });
    const [cycles, teams, objectives, keyResults, initiatives] = results.map(({ items }) => items);
    const owners = new Map<string, Person>();
    const stored = keyResultsFromItems(keyResults!, owners);
    const objectivesShown = withSharedOwners(objectives!.map(objectiveFromItem), owners);
    const shown = new Set(objectivesShown.map((objective) => objective.id));
    const shownKeyResults = stored.filter((kr) => shown.has(kr.objectiveId));
    const shownKeyResultIds = new Set(shownKeyResults.map((kr) => kr.id));
    const board: Board = {
      cycle: cycleFromItem(cycles![0]!),
      teams: teams!.map(teamFromItem),
      objectives: objectivesShown,
      keyResults: shownKeyResults,
      initiatives: withSharedOwners(
        initiatives!
          .map(initiativeFromItem)
          .filter((initiative) => shownKeyResultIds.has(initiative.keyResultId)),
        owners,
      ),
    };
    this.known.rememberCycle(board.cycle);
    for (const objective of board.objectives)
      this.known.rememberObjectiveCycle(objective.id, objective.cycleId);
    // A board someone waits for is kept by their screen; a revalidation's may be let go of.
    if (options?.background) {
      for (const keyResult of stored) this.known.rememberKeyResult(keyResult, query.cycleId);
    } else this.known.rememberShownKeyResults(stored, query.cycleId);
    let showing: PromiseLike<unknown> | void = undefined;
    try {
      showing = options?.onStored?.(board);
    } finally {
      onScreen.settle(showing);
    }
    // A KR behind its latest check-in is seen, and put right, without another wave.
    const history = groupHistory(
      stored.map((keyResult) => keyResult.id),
      await checkIns,
    );
    if (onChangeToken) {
      const [objectivesDelta, keyResultsDelta, initiativesDelta] = boardDeltas;
      onChangeToken(
        firstChangeToken(this.connection, {
          objectives: objectivesDelta,
          keyResults: keyResultsDelta,
          initiatives: initiativesDelta,
          checkIns: (await ownCheckIns)?.delta,
        }),
      );
    }
    const followed = this.repairs.follow(stored, history, paths, query.cycleId);
    const changed = followed.filter((keyResult, index) => keyResult !== stored[index]);
    if (changed.length === 0) return board;
    const byId = new Map(changed.map((keyResult) => [keyResult.id, keyResult]));
    return {
      ...board,
      keyResults: board.keyResults.map((keyResult) => byId.get(keyResult.id) ?? keyResult),
    };
  }

  /**
   * A board's own lists; `withToken`, each watched list's delta of now (`token=latest`) answered
   * before that list is read (`queryPagesAfter`), for a first change token. Graph orders a batch
   * after one request at most, so each watched list goes in a `$batch` of its own (the cycle and
   * teams with the objectives), all sent together: two requests deep, not a chain of eight.
   */
  private boardLists(
    paths: ListPaths,
    query: BoardQuery,
    options: RequestOptions | undefined,
    withToken: boolean,
  ): Promise<BoardListsRead> {
    const teamIds = query.teamIds;
    const objectiveFilter =
      teamIds && teamIds.length > 0
        ? `${equals('CycleId', query.cycleId)} and (${anyOf('TeamId', teamIds)})`
        : equals('CycleId', query.cycleId);
    const objectives = [
      paths.get('cycles', query.cycleId),
      paths.query('teams'),
      paths.query('objectives', objectiveFilter),
    ];
    const keyResults = [paths.query('keyResults', equals('CycleId', query.cycleId))];
    const initiatives = [paths.query('initiatives', equals('CycleId', query.cycleId))];
    const read = (delta: string | undefined, urls: readonly string[]) =>
      queryPagesAfter<GraphListItem>(this.batch, this.connection, delta, urls, signalOf(options));
    if (!withToken) return read(undefined, [...objectives, ...keyResults, ...initiatives]);
    return Promise.all([
      read(paths.latestDelta('objectives'), objectives),
      read(paths.latestDelta('keyResults'), keyResults),
      read(paths.latestDelta('initiatives'), initiatives),
    ]).then((reads) => ({
      first: reads.flatMap((each) => each.first),
      results: reads.flatMap((each) => each.results),
    }));
  }

  /**
   * Every objective of a cycle, across teams, for the alignment tree (parents and children in
   * other teams). One `$batch`, plus pages.
   */
  async loadAlignment(
    cycleId: string,
    options?: RequestOptions,
  ): Promise<{ readonly teams: readonly Team[]; readonly objectives: readonly Objective[] }> {
    const paths = await this.lists(options);
    const [teams, objectives] = await this.query<GraphListItem>(
      [paths.query('teams'), paths.query('objectives', equals('CycleId', cycleId))],
      options,
    );
    return { teams: teams!.map(teamFromItem), objectives: objectives!.map(objectiveFromItem) };
  }

  async objectivesOfCycles(
    cycleIds: readonly string[],
    options?: RequestOptions,
  ): Promise<readonly Objective[]> {
    ensureList(cycleIds, 'The cycles whose objectives to read');
    const cycles = [...new Set(cycleIds)];
    for (const id of cycles) itemId(id, 'cycle id');
    if (cycles.length === 0) return [];
    const paths = await this.lists(options);
    const pages = await this.query<GraphListItem>(
      chunk(cycles, IDS_PER_FILTER).map((group) =>
        paths.query('objectives', anyOf('CycleId', group)),
      ),
      options,
    );
    const objectives = pages.flat().map(objectiveFromItem);
    for (const objective of objectives)
      this.known.rememberObjectiveCycle(objective.id, objective.cycleId);
    return objectives;
  }

  /** List-item delta of objectives, KRs and check-ins: see `OkrRepository.changesSince`. */
  async changesSince(
    query: BoardQuery,
    token?: string,
    options?: RequestOptions,
  ): Promise<BoardChanges> {
    const changes = await readBoardChanges(
      await this.collaborators(options),
      query,
      token,
      options,
    );
    for (const objective of changes.objectives)
      this.known.rememberObjectiveCycle(objective.id, objective.cycleId);
    return changes;
  }

  // --- objectives and key results -----------------------------------------------------------

  /**
   * Each item read as one (GET …/items/{id}?expand=fields,
   * https://learn.microsoft.com/graph/api/listitem-get) in `$batch`es of 20
   * (https://learn.microsoft.com/graph/json-batching); one the list no longer has answers 404
   * and is left out.
   */
  private async itemsById<T>(
    list: 'objectives' | 'keyResults',
    ids: readonly string[],
    fromItem: (item: GraphListItem) => T,
    options?: RequestOptions,
  ): Promise<T[]> {
    const wanted = [...new Set(ids)].filter(isItemId);
    if (wanted.length === 0) return [];
    const paths = await this.lists(options);
    const outcomes = await this.batch.run(
      wanted.map((id) => ({ method: 'GET' as const, url: paths.get(list, id) })),
      { ...signalOf(options), idempotent: true, action: `Reading the ${itemNoun(list)}s` },
    );
    return outcomes.flatMap((outcome) => {
      if (outcome.ok) return [fromItem(outcome.body as GraphListItem)];
      if (outcome.error instanceof NotFoundError) return [];
      throw outcome.error;
    });
  }

  async loadObjectives(
    ids: readonly string[],
    options?: RequestOptions,
  ): Promise<readonly Objective[]> {
    const objectives = await this.itemsById('objectives', ids, objectiveFromItem, options);
    for (const objective of objectives)
      this.known.rememberObjectiveCycle(objective.id, objective.cycleId);
    return objectives;
  }

  loadKeyResults(ids: readonly string[], options?: RequestOptions): Promise<readonly KeyResult[]> {
    return this.itemsById('keyResults', ids, keyResultFromItem, options);
  }

  async createObjective(draft: ObjectiveDraft, options?: RequestOptions): Promise<Objective> {
    ensureObject(draft, 'The objective');
    ensureValid(
      validateObjective({ ...draft, id: '' }, await this.rules(options)),
      'The objective',
    );
    const references = this.unreadReferences(objectiveReferences(draft));
    const { sent, idempotent } = this.creation(
      'objectives',
      objectiveToFields(draft),
      draft.clientId,
    );
    const paths = await this.lists(options);
    const { cycleTakesNoMoreCheck } = await cycleReferences();
    const cycleCheck = cycleTakesNoMoreCheck({ paths }, draft.cycleId);
    // One `$batch` in series: the references read, the write (answered 424 Failed Dependency,
    // so not made, when one is missing), then the cycle's check, which so sees the write
    // (https://learn.microsoft.com/graph/json-batching#sequencing-requests-with-the-dependson-property).
    const steps: BatchStep[] = [
      ...this.referenceSteps(paths, references),
      { method: 'POST' as const, url: paths.items('objectives'), body: { fields: sent } },
      ...cycleCheck.steps,
    ].map((step, index) => (index === 0 ? step : { ...step, dependsOn: index - 1 }));
    const outcomes = await this.batch.run(steps, {
      ...signalOf(options),
      ...(idempotent ? { idempotent: true } : {}),
      action: 'Creating the objective',
    });
    const written = outcomes[references.length]!;
    let created: Objective;
    if (written.ok) {
      created = objectiveFromItem(written.body as GraphListItem);
    } else {
      if (written.error instanceof CancelledError) throw written.error;
      // Not written (a reference missing, or no answer): the steps one by one, which name what
      // is missing and find a write whose answer was lost by its client id.
      await this.ensureReferencesExist(references, options);
      created = objectiveFromItem(
        await this.createItem(
          'objectives',
          objectiveToFields(draft),
          options,
          String(sent.ClientId),
        ),
      );
    }
    const takesNoMore = written.ok
      ? cycleCheck.read(outcomes.slice(references.length + 1), Date.now())
      : undefined;
    await this.ensureCycleTookIt(created, options, takesNoMore);
    this.known.rememberObjectiveCycle(created.id, created.cycleId);
    return created;
  }

  /**
   * An objective written into a cycle that is being deleted, or was deleted meanwhile, is taken
   * back: it would point at no cycle (`cycle-references.ts`).
   */
  private async ensureCycleTookIt(
    objective: Objective,
    options?: RequestOptions,
    takesNoMore?: boolean,
  ): Promise<void> {
    const { cycleTakesNoMore } = await cycleReferences();
    const read = async () =>
      cycleTakesNoMore(await this.collaborators(options), objective.cycleId, Date.now(), options);
    if (!(takesNoMore ?? (await read()))) return;
    await this.deleteItem('objectives', objective, objectiveFromItem, options).catch(
      () => undefined,
    );
    const cycle = this.known.cycle(objective.cycleId)?.name ?? 'Its cycle';
    const message =
      `${cycle} was being deleted while “${quote(objective.title)}” was saved, so the ` +
      'objective was not added. Reload, and add it to another cycle.';
    throw new InvalidError(`The objective was not saved: ${message}`, [message]);
  }

  /**
   * Refuses references to items that do not exist (deleted meanwhile, or an id made up), so
   * nothing is written pointing nowhere. Cycles already read need no request.
   */
  private async ensureReferencesExist(
    references: readonly ItemReference[],
    options?: RequestOptions,
  ): Promise<void> {
    const unknown = this.unreadReferences(references);
    if (unknown.length === 0) return;
    const paths = await this.lists(options);
    const outcomes = await this.batch.run(this.referenceSteps(paths, unknown), {
      ...signalOf(options),
      idempotent: true,
      action: 'Checking what it refers to',
    });
    const missing = unknown.filter((_, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) return false;
      if (outcome.error instanceof NotFoundError) return true;
      throw outcome.error;
    });
    if (missing.length > 0) throw missingReferences(missing);
  }

  /** The references a write must read first: an id that is not an item id at all is refused by the schema check, in the same words; a cycle already read needs no request. */
  private unreadReferences(references: readonly ItemReference[]): readonly ItemReference[] {
    return references.filter(
      (reference) =>
        typeof reference.id === 'string' &&
        isItemId(reference.id) &&
        !(reference.list === 'cycles' && this.known.cycle(reference.id)),
    );
  }

  private referenceSteps(paths: ListPaths, references: readonly ItemReference[]): BatchStep[] {
    return references.map((reference) => ({
      method: 'GET' as const,
      url: `${paths.item(reference.list, reference.id!)}?$select=id`,
    }));
  }

  /** The referenced item, read; one that does not exist is refused as `ensureReferencesExist` does. */
  private async getReferenced(
    reference: ItemReference,
    options?: RequestOptions,
  ): Promise<GraphListItem> {
    try {
      return await this.getItem(reference.list, reference.id!, options);
    } catch (error) {
      if (error instanceof NotFoundError) throw missingReferences([reference]);
      throw error;
    }
  }

  async updateObjective(objective: Objective, options?: RequestOptions): Promise<Objective> {
    ensureObject(objective, 'The objective');
    ensureValid(validateObjective(objective, await this.rules(options)), 'The objective');
    await this.ensureReferencesExist(objectiveReferences(objective), options);
    return this.updateItem(
      'objectives',
      objective,
      objectiveToFields(objective),
      objectiveFromItem,
      options,
    );
  }

  async deleteObjective(objective: Objective, options?: RequestOptions): Promise<void> {
    ensureObject(objective, 'The objective');
    return this.deleteItem('objectives', objective, objectiveFromItem, options);
  }

  private async cycleOf(objectiveId: string, options?: RequestOptions): Promise<string> {
    const known = this.known.cycleOfObjectiveId(objectiveId);
    if (known) return known;
    const objective = objectiveFromItem(
      await this.getReferenced(
        {
          list: 'objectives',
          id: objectiveId,
          field: 'objectiveId',
          words: 'objective it belongs to',
        },
        options,
      ),
    );
    this.known.rememberObjectiveCycle(objectiveId, objective.cycleId);
    return objective.cycleId;
  }

  async createKeyResult(draft: KeyResultDraft, options?: RequestOptions): Promise<KeyResult> {
    ensureObject(draft, 'The key result');
    ensureValid(
      validateKeyResult({ ...draft, id: '' }, await this.rules(options)),
      'The key result',
    );
    const cycleId = await this.cycleOf(draft.objectiveId, options);
    const fields = keyResultToFields(draft, cycleId);
    const created = keyResultFromItem(
      await this.createItem('keyResults', fields, options, draft.clientId),
    );
    this.known.rememberKeyResult(created, cycleId);
    return created;
  }

  async updateKeyResult(read: KeyResult, options?: RequestOptions): Promise<KeyResult> {
    ensureObject(read, 'The key result');
    const keyResult = await this.repairs.onLatestVersion(read);
    ensureValid(validateKeyResult(keyResult, await this.rules(options)), 'The key result');
    const cycleId = await this.cycleOf(keyResult.objectiveId, options);
    const fields = keyResultToFields(keyResult, cycleId);
    const updated = await this.updateItem(
      'keyResults',
      keyResult,
      fields,
      keyResultFromItem,
      options,
    );
    this.known.rememberKeyResult(updated, cycleId);
    return updated;
  }

  async setExcelLink(
    keyResult: KeyResult,
    link: ExcelCellLink | undefined,
    options?: RequestOptions,
  ): Promise<KeyResult> {
    ensureObject(keyResult, 'The key result');
    if (link !== undefined) ensureObject(link, 'The Excel link');
    const missing = link
      ? (['workbook', 'sheet', 'address', 'bindingId'] as const).filter(
          (part) => typeof link[part] !== 'string' || !link[part].trim(),
        )
      : [];
    if (missing.length > 0) {
      throw new InvalidError(
        `The Excel link needs a workbook, sheet, cell address and binding id; missing: ${missing.join(', ')}.`,
      );
    }
    const cycleId = await this.cycleOf(keyResult.objectiveId, options);
    const updated = await this.updateItem(
      'keyResults',
      await this.repairs.onLatestVersion(keyResult),
      excelLinkToFields(link),
      keyResultFromItem,
      options,
    );
    this.known.rememberKeyResult(updated, cycleId);
    return updated;
  }

  async deleteKeyResult(keyResult: KeyResult, options?: RequestOptions): Promise<void> {
    ensureObject(keyResult, 'The key result');
    return this.deleteItem(
      'keyResults',
      await this.repairs.onLatestVersion(keyResult),
      keyResultFromItem,
      options,
    );
  }

  // --- initiatives -------------------------------------------------------------------------

  async listInitiatives(
    query: InitiativeQuery,
    options?: RequestOptions,
  ): Promise<readonly Initiative[]> {
    ensureObject(query, 'The initiatives to list');
    if ('cycleId' in query) itemId(query.cycleId, 'cycle id');
    else ensureList(query.keyResultIds, 'The key results whose initiatives to list');
    const paths = await this.lists(options);
    const filters =
      'cycleId' in query
        ? [equals('CycleId', query.cycleId)]
        : chunk([...new Set(query.keyResultIds)], IDS_PER_FILTER).map((group) =>
            anyOf('KeyResultId', group),
          );
    const pages = await this.query<GraphListItem>(
      filters.map((filter) => paths.query('initiatives', filter)),
      options,
    );
    return pages.flat().map(initiativeFromItem);
  }

  /**
   * The KR's cycle, from what the repository already read or from the KR itself; a KR that does
   * not exist is an InvalidError naming it.
   */
  private async cycleOfKeyResult(keyResultId: string, options?: RequestOptions): Promise<string> {
    const reference = {
      list: 'keyResults',
      id: keyResultId,
      field: 'keyResultId',
      words: 'key result it belongs to',
    } as const;
    const known = this.known.keyResult(keyResultId);
    if (known) {
      // Read before, perhaps deleted since: an initiative must not be written under nothing.
      await this.ensureReferencesExist([reference], options);
      return known.cycleId;
    }
    const item = await this.getReferenced(reference, options);
    const cycleId = String(item.fields.CycleId ?? '');
    this.known.rememberKeyResult(keyResultFromItem(item), cycleId);
    return cycleId;
  }

  async createInitiative(draft: InitiativeDraft, options?: RequestOptions): Promise<Initiative> {
    ensureObject(draft, 'The initiative');
    ensureValid(
      validateInitiative({ ...draft, id: '' }, await this.rules(options)),
      'The initiative',
    );
    const cycleId = await this.cycleOfKeyResult(draft.keyResultId, options);
    return initiativeFromItem(
      await this.createItem(
        'initiatives',
        initiativeToFields(draft, cycleId),
        options,
        draft.clientId,
      ),
    );
  }

  async updateInitiative(initiative: Initiative, options?: RequestOptions): Promise<Initiative> {
    ensureObject(initiative, 'The initiative');
    ensureValid(validateInitiative(initiative, await this.rules(options)), 'The initiative');
    const cycleId = await this.cycleOfKeyResult(initiative.keyResultId, options);
    return this.updateItem(
      'initiatives',
      initiative,
      initiativeToFields(initiative, cycleId),
      initiativeFromItem,
      options,
    );
  }

  async deleteInitiative(initiative: Initiative, options?: RequestOptions): Promise<void> {
    ensureObject(initiative, 'The initiative');
    return this.deleteItem('initiatives', initiative, initiativeFromItem, options);
  }

  // --- check-ins ----------------------------------------------------------------------------

  private sharedCheckInRead(
    cycleId: string,
    options?: RequestOptions,
  ): Promise<CheckIn[]> | undefined {
    const read = this.checkInReads.get(cycleId);
    return read && read.signal === options?.signal ? read.checkIns : undefined;
  }

  /** A cycle's check-ins; `withToken`, after the list's delta of now (see `readBoard`). */
  private async cycleCheckIns(
    paths: ListPaths,
    cycleId: string,
    options?: RequestOptions,
    withToken = false,
    furtherPagesAfter?: PromiseLike<unknown>,
  ): Promise<CheckInsRead> {
    const { first, results } = await queryPagesAfter<GraphListItem>(
      this.batch,
      this.connection,
      withToken ? paths.latestDelta('checkIns') : undefined,
      [paths.query('checkIns', equals('CycleId', cycleId))],
      signalOf(options),
      furtherPagesAfter,
    );
    return { items: results[0]!.items, ...(first[0] ? { delta: first[0] } : {}) };
  }

  /**
   * The check-ins that count, mapped once for every caller sharing the read, in the task their
   * last page came in; the callers (the board putting its KRs in step, the history grouping
   * them) go on in a task of their own: a large cycle's (15,000 check-ins) is otherwise one
   * long task.
   */
  private shareCheckInRead(
    cycleId: string,
    options: RequestOptions | undefined,
    items: Promise<GraphListItem[]>,
  ): Promise<CheckIn[]> {
    const checkIns = items.then(async (itemsRead) => {
      const mapped = storedCheckIns(itemsRead);
      await nextTask();
      return mapped;
    });
    const read = { signal: options?.signal, checkIns };
    this.checkInReads.set(cycleId, read);
    const settled = () => {
      if (this.checkInReads.get(cycleId) === read) this.checkInReads.delete(cycleId);
    };
    read.checkIns.then(settled, settled);
    return read.checkIns;
  }

  async checkInHistory(
    keyResultIds: readonly string[],
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, readonly CheckIn[]>> {
    ensureList(keyResultIds, 'The key results whose history to read');
    const paths = await this.lists(options);
    const ids = [...new Set(keyResultIds)];
    const pages = await this.query<GraphListItem>(
      chunk(ids, IDS_PER_FILTER).map((group) =>
        paths.query('checkIns', anyOf('KeyResultId', group)),
      ),
      options,
    );
    return groupHistory(ids, storedCheckIns(pages.flat()));
  }

  /** Every check-in of a cycle (trend charts for a whole board), in one query plus pages. */
  async cycleCheckInHistory(
    cycleId: string,
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, readonly CheckIn[]>> {
    itemId(cycleId, 'cycle id');
    const paths = await this.lists(options);
    const checkIns = await (this.sharedCheckInRead(cycleId, options) ??
      this.shareCheckInRead(
        cycleId,
        options,
        this.cycleCheckIns(paths, cycleId, options).then(({ items }) => items),
      ));
    return groupHistory([...new Set(checkIns.map((checkIn) => checkIn.keyResultId))], checkIns);
  }

  async correctCheckIn(checkIn: CheckIn, options?: RequestOptions): Promise<CheckInCorrected> {
    ensureObject(checkIn, 'The corrected check-in');
    const { correction } = checkIn;
    const stored = this.storedCheckIn(checkIn);
    if (!correction) {
      throw new InvalidError('A correction needs a reason: say why the check-in was wrong.', [
        'correctionReason',
      ]);
    }
    const keyResult = this.known.keyResult(checkIn.keyResultId);
    const cycle = keyResult ? this.known.cycle(keyResult.cycleId) : undefined;
    ensureValid(
      validateCheckIn(checkIn, await this.rules(options), {
        ...(keyResult ? { keyResult } : {}),
        ...checkInCycle(cycle, this.checkInDay()),
      }),
      'The corrected check-in',
    );
    const corrected = await this.writingCheckIns(async () =>
      this.updateItem(
        'checkIns',
        await this.checkInAsRead(stored, options),
        checkInCorrectionFields({ ...checkIn, correction }),
        storedCheckInFromItem,
        options,
      ),
    );
    return {
      checkIn: corrected,
      keyResult: await this.followLatestCheckIn(checkIn.keyResultId, options),
    };
  }

  async withdrawCheckIn(
    checkIn: CheckIn,
    correction: CheckInCorrection,
    options?: WithdrawOptions,
  ): Promise<KeyResult> {
    ensureObject(checkIn, 'The check-in to withdraw');
    ensureObject(correction, 'The withdrawal');
    ensureText(correction.reason, 'The reason for the withdrawal', 'correctionReason');
    const stored = this.storedCheckIn(checkIn);
    const keyResult = this.known.keyResult(checkIn.keyResultId);
    const cycle = keyResult ? this.known.cycle(keyResult.cycleId) : undefined;
    ensureValid(
      withdrawalOf(
        correction.reason,
        { ...correction, ...(cycle ? { cycle } : {}) },
        await this.rules(options),
      ),
      'The withdrawal',
    );
    await this.writingCheckIns(async () =>
      this.updateItem(
        'checkIns',
        await this.checkInAsRead(stored, options),
        withdrawalFields({ ...correction, reason: correction.reason.trim() }),
        storedCheckInFromItem,
        options,
      ),
    );
    return this.followLatestCheckIn(checkIn.keyResultId, options);
  }

  private storedCheckIn(checkIn: CheckIn): CheckIn & { id: string } {
    if (!checkIn.id) {
      throw new InvalidError('Only a saved check-in can be corrected or withdrawn.', ['id']);
    }
    return { ...checkIn, id: checkIn.id };
  }

  /**
   * Moves a KR's current value and confidence to its latest remaining check-in (If-Match). Only
   * those fields are written, so someone else's change to the KR in between is read again and
   * kept, not reported: a second conflict in a row is.
   */
  private async followLatestCheckIn(keyResultId: string, options?: WithdrawOptions) {
    try {
      return await this.moveToLatestCheckIn(keyResultId, options);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return this.moveToLatestCheckIn(keyResultId, options);
    }
  }

  private async moveToLatestCheckIn(
    keyResultId: string,
    options?: WithdrawOptions,
  ): Promise<KeyResult> {
    const paths = await this.lists(options);
    const [item, history] = await Promise.all([
      this.getItem('keyResults', keyResultId, options),
      this.checkInHistory([keyResultId], options),
    ]);
    const stored = keyResultFromItem(item);
    const reading = readingOf(stored, history.get(keyResultId) ?? [], options?.before);
    const fields = await this.send<GraphListItem['fields']>(
      {
        method: 'PATCH',
        path: `${paths.item('keyResults', keyResultId)}/fields`,
        headers: { 'If-Match': requireVersion(stored) },
        body: keyResultReadingFields(reading),
      },
      { action: 'Moving the key result to its latest check-in' },
      options,
    );
    const updated = keyResultFromItem(
      await this.withVersion('keyResults', keyResultId, fields, options),
    );
    this.known.rememberKeyResult(
      updated,
      String(item.fields.CycleId ?? ''),
      reading.lastCheckInClientId,
    );
    return updated;
  }

  async saveCheckIns(
    drafts: readonly CheckInDraft[],
    options?: SaveCheckInsOptions,
  ): Promise<CheckInSaveReport> {
    ensureList(drafts, 'The check-ins');
    const onLatest = await Promise.all(
      drafts.map(async (draft) => {
        // Anything but a draft is refused by the writer, draft by draft.
        if (typeof draft !== 'object' || draft === null) return draft;
        const version = await this.repairs.versionAfter(draft.keyResultId, draft.keyResultVersion);
        return version === draft.keyResultVersion ? draft : { ...draft, keyResultVersion: version };
      }),
    );
    const writer = await checkInWriter();
    return this.writingCheckIns(async () =>
      writer.saveCheckIns(
        await this.collaborators(options),
        await this.rules(options),
        onLatest,
        options,
        this.checkInDay(),
      ),
    );
  }

  /** A write to the check-ins: a history read asked for after it does not join one from before. */
  private async writingCheckIns<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } finally {
      this.checkInReads.clear();
    }
  }

  // --- imports -------------------------------------------------------------------------------

  findPeople(
    people: readonly { readonly email?: string; readonly name?: string }[],
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, Person>> {
    return findPeople(this.batch, people, options);
  }

  async findImported(
    list: ImportList,
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, ImportedItem>> {
    const { findImported } = await importWriter();
    return findImported(await this.collaboratorsWithRules(options), list, options);
  }

  async writeImported<L extends ImportList>(
    list: L,
    writes: readonly ImportWrite<L>[],
    options?: SaveCheckInsOptions,
  ): Promise<ImportWriteReport> {
    const { writeImported } = await importWriter();
    const collaborators = await this.collaboratorsWithRules(options);
    // The cycles read with the site no longer hold what this import writes.
    if (list === 'cycles') this.opening.delete('cycles');
    return this.writingCheckIns(() => writeImported(collaborators, list, writes, options));
  }

  // --- meeting sessions ---------------------------------------------------------------------

  async recordMeetingSession(
    session: MeetingSession,
    options?: RequestOptions,
  ): Promise<MeetingSession> {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(session.roundId)) {
      throw new InvalidError(`Not a round id: ${JSON.stringify(session.roundId)}`, ['roundId']);
    }
    itemId(session.cycleId, 'cycle id');
    const fields = meetingSessionToFields(session);
    const existing = await this.sessionByRound(session.roundId, options);
    if (existing) {
      return this.updateItem('meetingSessions', existing, fields, meetingSessionFromItem, options);
    }
    try {
      return meetingSessionFromItem(await this.createItem('meetingSessions', fields, options));
    } catch (error) {
      // Another facilitator recorded the same round meanwhile (RoundId is unique): theirs stands.
      const recorded = await this.sessionByRound(session.roundId, options);
      if (recorded) return recorded;
      throw error;
    }
  }

  private async sessionByRound(
    roundId: string,
    options?: RequestOptions,
  ): Promise<ReturnType<typeof meetingSessionFromItem> | undefined> {
    const paths = await this.lists(options);
    const [items] = await this.query<GraphListItem>(
      [paths.query('meetingSessions', textEquals('RoundId', roundId))],
      options,
    );
    const item = items?.[0];
    return item ? meetingSessionFromItem(item) : undefined;
  }

  async listMeetingSessions(
    query: { readonly cycleId: string; readonly teamId?: string },
    options?: RequestOptions,
  ): Promise<readonly MeetingSession[]> {
    const paths = await this.lists(options);
    const [items] = await this.query<GraphListItem>(
      [paths.query('meetingSessions', equals('CycleId', query.cycleId))],
      options,
    );
    return items!
      .map(meetingSessionFromItem)
      .filter((session) => !query.teamId || session.teamIds.includes(query.teamId))
      .sort((a, b) => b.endedAt.localeCompare(a.endedAt));
  }

  // --- settings -----------------------------------------------------------------------------

  async loadOperatingModel(options?: RequestOptions): Promise<OperatingModel> {
    const collaborators = await this.collaborators(options);
    const model = await loadOperatingModel(
      collaborators,
      options,
      this.takeOpening('settings', options),
    );
    this.operatingModel = Promise.resolve(model);
    return model;
  }

  async saveOperatingModel(
    model: OperatingModel,
    options?: RequestOptions,
  ): Promise<OperatingModel> {
    ensureObject(model, 'The operating model');
    const saved = await saveOperatingModel(await this.collaborators(options), model, options);
    this.opening.delete('settings');
    this.operatingModel = Promise.resolve(saved);
    return saved;
  }

  // --- the rhythm: reminders, notifications, time zones ------------------------------------

  async listReminderPreferences(options?: RequestOptions) {
    const rhythm = await rhythmStore();
    return rhythm.listReminderPreferences(await this.collaborators(options), options);
  }

  async reminderPreferencesOf(personId: string, options?: RequestOptions) {
    const rhythm = await rhythmStore();
    return rhythm.reminderPreferencesOf(await this.collaborators(options), personId, options);
  }

  async saveReminderPreferences(preferences: ReminderPreferences, options?: RequestOptions) {
    const rhythm = await rhythmStore();
    return rhythm.saveReminderPreferences(await this.collaborators(options), preferences, options);
  }

  async claimNotifications(
    claims: readonly NotificationClaim[],
    now: string,
    options?: RequestOptions,
  ) {
    const rhythm = await rhythmStore();
    return rhythm.claimNotifications(await this.collaborators(options), claims, now, options);
  }

  async reclaimNotifications(
    records: readonly NotificationRecord[],
    now: string,
    options?: RequestOptions,
  ) {
    const rhythm = await rhythmStore();
    return rhythm.reclaimNotifications(await this.collaborators(options), records, now, options);
  }

  async settleNotifications(
    settlements: readonly NotificationSettlement[],
    options?: RequestOptions,
  ) {
    const rhythm = await rhythmStore();
    return rhythm.settleNotifications(await this.collaborators(options), settlements, options);
  }

  async sendActivityNotifications(
    notifications: readonly ActivityNotification[],
    options?: RequestOptions,
  ) {
    const rhythm = await rhythmStore();
    return rhythm.sendActivityNotifications(
      await this.collaborators(options),
      notifications,
      options,
    );
  }

  async nudgeOwner(nudge: CheckInNudge, options?: RequestOptions) {
    const rhythm = await rhythmStore();
    return rhythm.nudgeOwner(await this.collaborators(options), nudge, options);
  }

  async mailboxTimeZones(personIds: readonly string[], options?: RequestOptions) {
    const rhythm = await rhythmStore();
    return rhythm.mailboxTimeZones(await this.collaborators(options), personIds, options);
  }
}

/** Waits for shared work on one caller's behalf: its signal rejects this wait, not the work. */
function waitUnlessCancelled<T>(shared: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return shared;
  return new Promise<T>((resolve, reject) => {
    const cancel = () => reject(toOkrError(signal.reason, { signal }));
    if (signal.aborted) return cancel();
    signal.addEventListener('abort', cancel, { once: true });
    shared.then(resolve, reject).finally(() => signal.removeEventListener('abort', cancel));
  });
}

function signalOf(options?: RequestOptions): { signal?: AbortSignal } {
  return options?.signal ? { signal: options.signal } : {};
}

/** Someone changed the item since `mine` was read: the conflict, with the item as stored. */
function changedSince<T>(mine: T, item: GraphListItem, fromItem: (item: GraphListItem) => T) {
  const changedBy = changedByOf(item);
  return new ConflictError(
    `${changedBy?.displayName ?? 'Someone else'} changed this since you opened it. Review their version before saving yours.`,
    mine,
    fromItem(item),
    changedBy,
  );
}

/** A cycle changed since it was read is not deleted: the 412 says so in those words. */
function notDeleted(cycle: Cycle, error: unknown): unknown {
  if (!(error instanceof ConflictError) || error.theirs === undefined) return error;
  const who = error.changedBy?.displayName ?? 'Someone else';
  return new ConflictError(
    `${who} changed ${cycle.name} since you opened it, so it was not deleted. Look at it as it ` +
      'is now, then delete it if it is still a mistake.',
    error.mine,
    error.theirs,
    error.changedBy,
  );
}

/** A read of the item failed: gone, it was deleted since; otherwise the read's own error. */
function deletedSince(mine: unknown, readError: unknown): unknown {
  return readError instanceof NotFoundError
    ? new ConflictError('Someone else deleted this since you opened it.', mine, undefined)
    : readError;
}

function requireVersion(item: { id: string; version?: string }): string {
  if (!item.version) {
    throw new InvalidError(
      `Item ${item.id} has no version: read it before saving, so nobody's change is overwritten.`,
      ['version'],
    );
  }
  return item.version;
}

function groupHistory(
  ids: readonly string[],
  checkIns: readonly CheckIn[],
): Map<string, CheckIn[]> {
  const history = new Map<string, CheckIn[]>(ids.map((id) => [id, []]));
  for (const checkIn of checkIns) history.get(checkIn.keyResultId)?.push(checkIn);
  for (const list of history.values()) list.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return history;
}

/** The check-ins that count: a withdrawn one stays in the list for the audit only. */
function storedCheckIns(items: readonly GraphListItem[]): CheckIn[] {
  return withSharedAuthorsAndTimes(items.filter((item) => !isWithdrawn(item)).map(checkInFromItem));
}

function storedCheckInFromItem(item: GraphListItem): CheckIn & { id: string } {
  return { ...checkInFromItem(item), id: item.id };
}

/** The stored item is what these fields make of it: the write that changed it was this one. */
function isOwnWrite<T extends { version?: string }>(
  fromItem: (item: GraphListItem) => T,
  stored: GraphListItem,
  sent: Fields,
): boolean {
  const asStored = { ...fromItem(stored), version: undefined };
  const asSent = {
    ...fromItem({ ...stored, fields: { ...stored.fields, ...sent } }),
    version: undefined,
  };
  return JSON.stringify(asStored) === JSON.stringify(asSent);
}

function objectiveReferences(objective: ObjectiveDraft): readonly ItemReference[] {
  return [
    { list: 'cycles', id: objective.cycleId, field: 'cycleId', words: 'cycle' },
    { list: 'teams', id: objective.teamId, field: 'teamId', words: 'team' },
    {
      list: 'objectives',
      id: objective.parentId,
      field: 'parentId',
      words: 'objective it aligns to',
    },
  ];
}

/**
 * A cycle's check-ins read beside a board that is shown from its own lists, in background pages:
 * the board's answer is what the screen waits for, while a first page of 5,000 check-ins would be
 * answered and parsed beside it (megabytes of JSON, one long task), as would each further page in
 * the board's first seconds on screen. A cycle of up to 1,000 check-ins still comes with the board.
 */
function historyBesideShownBoard(paths: ListPaths): ListPaths {
  return paths.atMost(BACKGROUND_PAGE_SIZE);
}
