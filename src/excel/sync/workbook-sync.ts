/**
 * The add-in's use cases over any `OkrWorkbook` and the `OkrRepository`: load the board into
 * the sheet, mark edits pending, send check-ins, resolve conflicts, coach the sheet. Each one
 * visits the workbook at most twice (a read, then a read-plan-write), so it stays within three
 * `context.sync()` calls whatever the number of rows; each returns the summary of the table it
 * wrote, so the pane never reads the sheet again to show it.
 */
import { formatMeasure } from '../../core/format';
import type { CheckIn, Cycle, KeyResult, Person } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import { ConflictError, OkrError, UnknownStoreError } from '../../store/errors';
import type { CheckInSaveReport, OkrRepository, SaveProgress } from '../../store/repository';
import { today } from '../../ui/app/today';
import {
  WorkbookError,
  type OkrRow,
  type OkrTable,
  type OkrWorkbook,
  type RowUpdate,
} from '../workbook/types';
import {
  applySaveReport,
  checkInToFix,
  refusalOf,
  conflictsOf,
  planSend,
  resolveConflict,
  type ConflictChoice,
  type SendContext,
} from './check-ins';
import type { SheetFinding } from './coach';
import {
  checkInRefusedWith,
  definitionEdits,
  definitionToFix,
  definitionUpdate,
  putBack,
  sendDefinition,
  type CheckInNotTaken,
  type DefinitionEdit,
  type DefinitionOutcome,
} from './definitions';
import { findOwners, type FoundOwners } from './owners';
import {
  createdRowUpdates,
  createKeyResult,
  deleteRowKeyResult,
  deletedKeyResultIds,
  newKeyResults,
  newRowUpdate,
  recordedMessage,
  type Creation,
  type NewKeyResult,
  type SendReview,
} from './structure';
import { paneWordsFor } from '../pane-words';
import { currentCell, type ColumnKey } from './layout';
import { headerOf } from './headers';
import {
  editUpdates,
  fieldLabel,
  isPending,
  keepReadOnlyEdits,
  readOnlyNote,
  refusedAsSent,
  shownDay,
  shownTime,
  stateOf,
  titleOfRow,
  type DefinitionKey,
} from './row-state';
import { planRefresh, type RowContext } from './rows';
import { reloadable } from '../../reloadable';

export interface WorkbookSyncOptions {
  readonly workbook: OkrWorkbook;
  readonly repository: OkrRepository;
  readonly model: OperatingModel;
  readonly author: Person;
  /** Now, on the user's clock: rows are judged on the day it shows in their time zone. */
  readonly clock?: () => Date;
}

export interface SheetSummary {
  readonly loaded: boolean;
  readonly cycle?: Cycle;
  readonly teamIds: readonly string[];
  readonly rows: number;
  /**
   * Edited and added rows a send would take as their cells read now, including those the
   * store refused or failed earlier (sent again).
   */
  readonly pending: number;
  /** Edited and added rows with a cell to fix before a send takes them (not in `pending`). */
  readonly toFix: number;
  /**
   * Rows not sent that say why: the cell to fix, or the store's reason; `failed` when the store
   * did not take the row (unreachable, the KR gone), so there is no cell to fix; `refused` when
   * the store's rules refused it as it reads (not in `pending`: a send would not take it).
   */
  readonly withMessages: readonly {
    readonly keyResultId: string;
    readonly title: string;
    readonly message: string;
    /** The row's number in the sheet, so the pane can say where to look (absent: not known). */
    readonly row?: number;
    readonly failed?: true;
    /** The store (or the directory) refused the row as it reads: not sent until edited. */
    readonly refused?: true;
    /** The store no longer has the row's KR: never sent again, Load removes the row. */
    readonly gone?: true;
  }[];
  readonly conflicts: ReturnType<typeof conflictsOf>;
  /** Rows the user added (KRs to create), counted in `pending` or `toFix` too. */
  readonly added: readonly {
    readonly title: string;
    readonly objective?: string;
    readonly message?: string;
  }[];
  /** Rows the user deleted: their KRs are deleted once the user confirms. */
  readonly deleted: number;
  /**
   * The headers (in the pane's language) of columns a send reads that the table lacks: renamed
   * or deleted, nothing typed under the new name is sent until Load adds the column again.
   */
  readonly missingColumns: readonly string[];
  /** Rows whose read-only cells (Objective, Status, Last check-in, Progress) the user typed over. */
  readonly readOnly: readonly {
    readonly keyResultId: string;
    readonly title: string;
    readonly message: string;
    readonly row?: number;
  }[];
}

export interface SendOptions {
  readonly onProgress?: (progress: SaveProgress) => void;
  /** Only these KRs' edits (a conflict resolved with "use mine"). */
  readonly only?: ReadonlySet<string>;
  /** The review the user confirmed: its new and deleted rows are sent; any others wait. */
  readonly confirmed?: SendReview;
}

export interface SendOutcome {
  /** Check-ins saved. */
  readonly sent: number;
  /** KR definitions (title, description, owner, kind, start, target, unit, weight) saved. */
  readonly definitions: number;
  /** Rows not sent for what they hold: a cell to fix, or refused by the store (`refused`). */
  readonly rejected: number;
  /** Rows the store's rules (or the directory) refused: they wait for the user's edit. */
  readonly refused: number;
  /** Rows whose KR the store no longer has (deleted in OKR Coach): never sent again. */
  readonly gone: number;
  readonly conflicts: number;
  readonly failed: number;
  /** KRs created from new rows, and deleted with their rows. */
  readonly created: number;
  readonly deleted: number;
  /** KRs whose rows were deleted but that were not deleted, and why (their rows come back on Load). */
  readonly notDeleted: readonly { readonly title: string; readonly message: string }[];
  /** What the store took, one entry per KR in the sheet's order: its title and what was saved. */
  readonly saved: readonly SavedKeyResult[];
  /** The sheet after the send. */
  readonly summary: SheetSummary;
}

export interface SavedKeyResult {
  readonly keyResultId: string;
  readonly title: string;
  /** What was saved, in the user's words: the value and confidence sent, the fields changed. */
  readonly what: string;
}

// The sheet's coaching (the engine's rules) loads when the sheet is first coached.
const loadCoach = reloadable(() => import('./coach'));

const emptyReport: CheckInSaveReport = { saved: [], conflicts: [], failed: [] };

/**
 * A saved check-in as the pane confirms it: the value in the KR's unit, and the confidence; for an
 * earlier day than `today`, that day (year first, as the sheet writes days), and when a later
 * check-in stays the KR's latest, its day and the value the KR keeps.
 */
function savedCheckIn(
  checkIn: CheckIn,
  keyResult: KeyResult,
  { locale, today: todayIs, timeZone }: { locale: string; today: string; timeZone?: string },
): string {
  const measure = (value: number) =>
    keyResult.kind === 'binary'
      ? String(currentCell(keyResult, value, locale))
      : formatMeasure(value, keyResult.unit, locale);
  const words = paneWordsFor(locale);
  const value = measure(checkIn.value);
  const what =
    checkIn.confidence === undefined
      ? value
      : words.say('sync.withConfidence', { value, confidence: checkIn.confidence });
  const day = shownDay(checkIn.at, timeZone);
  if (day === todayIs) return what;
  const latest = keyResult.lastCheckInAt;
  return latest && Date.parse(latest) > Date.parse(checkIn.at)
    ? words.say('saved.stillAt', {
        what,
        day,
        later: shownDay(latest, timeZone),
        value: measure(keyResult.current),
      })
    : words.say('saved.forDay', { what, day });
}

/**
 * One entry per KR the store took (what was saved joined when a row sent a check-in and a KR
 * change), in the order of the sheet's rows, KRs created last.
 */
function savedInSheetOrder(
  rows: readonly OkrRow[],
  saved: readonly SavedKeyResult[],
): SavedKeyResult[] {
  const order = new Map(rows.map((row, index) => [String(row.cells.keyResultId), index]));
  const byId = new Map<string, SavedKeyResult>();
  for (const entry of saved) {
    const earlier = byId.get(entry.keyResultId);
    byId.set(
      entry.keyResultId,
      earlier ? { ...entry, what: `${earlier.what} · ${entry.what}` } : entry,
    );
  }
  const at = (entry: SavedKeyResult) => order.get(entry.keyResultId) ?? rows.length;
  return [...byId.values()].sort((a, b) => at(a) - at(b));
}

/** The rows as they read once these updates are applied (what the sheet will hold). */
function withUpdates(rows: readonly OkrRow[], updates: readonly RowUpdate[]): OkrRow[] {
  const byId = new Map(updates.map((u) => [u.keyResultId, u.cells]));
  return rows.map((row) => {
    const cells = byId.get(String(row.cells.keyResultId));
    return cells ? { cells: { ...row.cells, ...cells } } : row;
  });
}

/** One update per row (KR, or added row): later lists' cells win over earlier ones. */
function mergeUpdates(...lists: (readonly RowUpdate[])[]): RowUpdate[] {
  const merged = new Map<string, RowUpdate>();
  for (const update of lists.flat()) {
    const key = update.at === undefined ? update.keyResultId : `@${update.at}`;
    const earlier = merged.get(key);
    merged.set(key, { ...earlier, ...update, cells: { ...earlier?.cells, ...update.cells } });
  }
  return [...merged.values()];
}

/**
 * Why each edited row cannot be sent as its cells read now (a check-in value or a definition
 * cell to fix), as a send would check it; undefined for a row a send would take.
 */
function fixesIn(
  rows: readonly OkrRow[],
  context: SendContext,
): (row: OkrRow) => string | undefined {
  const definitions = new Map(
    definitionEdits(rows, context.model.locale).map((edit) => [edit.keyResultId, edit]),
  );
  return (row) => {
    const definition = definitions.get(String(row.cells.keyResultId));
    // A Kind, Start or Target that does not read is the definition's to say: said once.
    const defined = definition && definitionToFix(definition, context.model.locale);
    const checkIn = checkInToFix(row, context, definition !== undefined);
    return [defined, checkIn].filter(Boolean).join(' ') || undefined;
  };
}

/**
 * The sheet as the pane shows it. With `context` (a table bound to a cycle) every edited row's
 * cells are checked as a send would check them, so a row with a bad value counts as to fix, not
 * as a change to send.
 */
function summarise(
  table: OkrTable | undefined,
  news: readonly NewKeyResult[],
  locale: string,
  context?: SendContext,
): SheetSummary {
  const rows = table?.rows ?? [];
  const added = news.map((row) => {
    const message = row.message ?? recordedMessage(table!.added!.find((a) => a.at === row.at)!);
    return {
      title: row.title,
      ...(row.objective ? { objective: row.objective.title } : {}),
      ...(message ? { message } : {}),
    };
  });
  const toFix = context ? fixesIn(rows, context) : () => undefined;
  const waiting = rows
    .filter((row) => isPending(row, locale))
    .map((row) => {
      const { kind, message, fromCheck } = stateOf(row);
      // A reason of the add-in's own check is said anew of the cells as they read now.
      const said = fromCheck ? undefined : message;
      return {
        keyResultId: String(row.cells.keyResultId),
        title: titleOfRow(row),
        fix: toFix(row),
        said,
        failed: kind === 'failed',
        at: sheetRow(row),
      };
    });
  const addedToFix = news.filter((row) => !row.draft).length;
  const rowsToFix = waiting.filter((row) => row.fix).length;
  return {
    loaded: table !== undefined,
    ...(table?.binding ? { cycle: table.binding.cycle } : {}),
    teamIds: table?.binding?.teamIds ?? [],
    rows: rows.length,
    pending: waiting.length - rowsToFix + news.length - addedToFix,
    toFix: rowsToFix + addedToFix,
    withMessages: [
      ...waiting.flatMap(({ keyResultId, title, fix, said, failed, at }) => {
        const message = fix || said;
        if (!message) return [];
        return [
          {
            keyResultId,
            title,
            message,
            ...at,
            ...(failed && !fix ? { failed: true as const } : {}),
          },
        ];
      }),
      ...rows.flatMap((row) =>
        refusedAsSent(row, locale)
          ? [
              {
                keyResultId: String(row.cells.keyResultId),
                title: titleOfRow(row),
                // The pane says the store's refusal in full; the Sync cell, short.
                message: stateOf(row).detail ?? stateOf(row).message ?? '',
                ...sheetRow(row),
                refused: true as const,
              },
            ]
          : [],
      ),
      ...rows.flatMap((row) => {
        const state = stateOf(row);
        if (state.kind !== 'gone') return [];
        return [
          {
            keyResultId: String(row.cells.keyResultId),
            title: titleOfRow(row),
            message: paneWordsFor(locale).say(
              state.notOnBoard ? 'sheet.notOnBoardAt' : 'sheet.deletedAt',
              { at: shownTime(state.goneAt) },
            ),
            ...sheetRow(row),
            gone: true as const,
          },
        ];
      }),
      ...added.flatMap((row, index) =>
        row.message
          ? [
              {
                keyResultId: `new-${index}`,
                title: row.title,
                message: row.message,
                ...sheetRow(table!.added!.find((a) => a.at === news[index]!.at)!),
              },
            ]
          : [],
      ),
    ],
    conflicts: conflictsOf(rows, locale),
    added,
    missingColumns: (table?.missing ?? [])
      .filter((key) => sentColumns.has(key))
      .map((key) => headerOf(key, locale)),
    deleted: table ? deletedKeyResultIds(table).length : 0,
    readOnly: rows.flatMap((row) => {
      const message = readOnlyNote(row, locale);
      return message
        ? [
            {
              keyResultId: String(row.cells.keyResultId),
              title: titleOfRow(row),
              message,
              ...sheetRow(row),
            },
          ]
        : [];
    }),
  };
}

/** A row's number in the sheet, when the workbook tells it. */
function sheetRow({ row }: { readonly row?: number }): { row?: number } {
  return row === undefined ? {} : { row };
}

/**
 * The columns a send reads that every version of the table had (Description, Owner and Weight
 * came later: an earlier table gets them on its next Load, so lacking them is no mistake).
 */
const sentColumns = new Set<ColumnKey>([
  'keyResult',
  'kind',
  'start',
  'target',
  'current',
  'unit',
  'confidence',
  'note',
]);

function asOkrError(error: unknown): OkrError {
  if (error instanceof OkrError) return error;
  return new UnknownStoreError(error instanceof Error ? error.message : String(error));
}

export class WorkbookSync {
  private readonly clock: () => Date;

  constructor(private readonly options: WorkbookSyncOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  private rowContext(cycle: Cycle): RowContext & { readonly now: string } {
    const clock = this.clock();
    return { cycle, today: today(clock), model: this.options.model, now: clock.toISOString() };
  }

  /** The rows the user added, each with the KR it would create or why it cannot. */
  private news(table: OkrTable | undefined): NewKeyResult[] {
    const { author, model } = this.options;
    return table ? newKeyResults(table, { author, model }) : [];
  }

  /** The summary of a table the caller read (the task pane reads it before this module loads). */
  summarise(table: OkrTable | undefined): SheetSummary {
    const { model } = this.options;
    return summarise(table, this.news(table), model.locale, this.sendContext(table));
  }

  /** What a send from this table would check its rows against: none before it is loaded. */
  private sendContext(table: OkrTable | undefined): SendContext | undefined {
    const { author, model } = this.options;
    const cycle = table?.binding?.cycle;
    return cycle && { author, model, cycle, now: this.clock().toISOString() };
  }

  /** The Sync cells of added rows that do not say yet what waits (or why it cannot be sent). */
  private newRowUpdates(table: OkrTable): RowUpdate[] {
    const added = new Map((table.added ?? []).map((row) => [row.at, row]));
    return this.news(table).flatMap((row) => {
      const cells = added.get(row.at)!;
      const update = newRowUpdate(
        cells,
        this.options.model.locale,
        row.message ?? recordedMessage(cells),
      );
      const same =
        String(cells.cells.sync) === update.cells.sync &&
        String(cells.cells.state) === update.cells.state &&
        String(cells.cells.savedProgress) === String(update.cells.savedProgress);
      return same ? [] : [update];
    });
  }

  async summary(): Promise<SheetSummary> {
    return this.summarise(await this.options.workbook.readTable());
  }

  /** Creates or refreshes the sheet with the board of these teams for the cycle. */
  async load(teamIds: readonly string[], cycle: Cycle): Promise<SheetSummary> {
    const { workbook, repository } = this.options;
    const board = await repository.loadBoard({ cycleId: cycle.id, teamIds });
    const context = this.rowContext(board.cycle);
    const table = await workbook.writeRows(
      (current) =>
        planRefresh(
          current?.rows ?? [],
          board.objectives,
          board.keyResults,
          context,
          current?.currencyBelow,
        ),
      {
        teamIds,
        teamNames: teamIds.flatMap((id) => board.teams.find((team) => team.id === id)?.name ?? []),
        cycle: board.cycle,
      },
    );
    return this.summarise(table);
  }

  /**
   * After the user edited the sheet: marks edited rows pending (and un-edited ones not), and
   * added rows as new KRs waiting for a confirmed send (or says why one cannot be created).
   */
  async markEdits(): Promise<SheetSummary> {
    const { locale } = this.options.model;
    return this.summarise(
      await this.options.workbook.updateRows((table) => {
        const context = this.sendContext(table);
        const toFix = context && fixesIn(table.rows, context);
        return keepReadOnlyEdits(
          table.rows,
          [...editUpdates(table.rows, locale, toFix), ...this.newRowUpdates(table)],
          locale,
        );
      }),
    );
  }

  /**
   * What a send would create and delete, for the user to confirm before anything is written:
   * the valid added rows, and the KRs (as the store has them) whose rows were deleted.
   */
  async review(): Promise<SendReview> {
    const { workbook, repository } = this.options;
    const table = await workbook.readTable();
    const binding = table?.binding;
    if (!table || !binding) return { creates: [], deletes: [], table };
    const creates = this.news(table).flatMap((row) =>
      row.draft && row.objective
        ? [{ clientId: row.clientId, title: row.title, objective: row.objective.title }]
        : [],
    );
    const deletedIds = deletedKeyResultIds(table);
    if (deletedIds.length === 0) return { creates, deletes: [], table };
    const board = await repository.loadBoard({
      cycleId: binding.cycle.id,
      teamIds: binding.teamIds,
    });
    const stored = new Map(board.keyResults.map((kr) => [kr.id, kr]));
    const deletes = deletedIds.flatMap((id) => {
      const keyResult = stored.get(id);
      return keyResult ? [{ id, title: keyResult.title }] : [];
    });
    return { creates, deletes, table };
  }

  /**
   * Validates every pending row and sends the valid ones: check-ins, KR changes, and the new
   * and deleted rows in `confirmed`. Bad rows keep their edit with a message; nothing is sent
   * for them. A failed request keeps every edit pending.
   */
  async send(options: SendOptions = {}): Promise<SendOutcome> {
    const table = options.confirmed
      ? options.confirmed.table
      : await this.options.workbook.readTable();
    return this.sendFrom(table, options);
  }

  /**
   * Sends from the table as read, with `before` (a conflict's resolution) applied first; the
   * outcome, the rejections and `before` are written in one visit planned against the table
   * as it is after the store answered (the user may have typed meanwhile).
   */
  private async sendFrom(
    table: OkrTable | undefined,
    {
      onProgress,
      only,
      confirmed,
      before = [],
    }: SendOptions & { readonly before?: readonly RowUpdate[] },
  ): Promise<SendOutcome> {
    const { workbook, repository, model, author } = this.options;
    const binding = table?.binding;
    if (!table || !binding) throw new WorkbookError({ code: 'notLoaded' });
    const { cycle } = binding;
    const context = this.rowContext(cycle);
    const rows = withUpdates(table.rows, before);
    const sendContext: SendContext = { author, now: context.now, cycle, model };
    const plan = planSend(rows, sendContext, only);
    const edits = definitionEdits(rows, model.locale, only);
    // New and deleted rows are only ever sent once the user confirmed them.
    const creating = only
      ? []
      : this.news(table).filter(
          (row) => row.draft && confirmed?.creates.some((c) => c.clientId === row.clientId),
        );
    const deletedIds = only ? [] : deletedKeyResultIds(table);

    let stored = new Map<string, KeyResult>();
    let owners: FoundOwners = new Map();
    if (edits.length + deletedIds.length + creating.length > 0) {
      const typedOwners = [
        ...edits.filter((edit) => edit.fields.includes('owner')).map((edit) => edit.mine.owner),
        ...creating.map((row) => row.ownerTyped),
      ];
      const [board, found] = await Promise.all([
        edits.length + deletedIds.length > 0
          ? repository.loadBoard({ cycleId: cycle.id, teamIds: binding.teamIds })
          : undefined,
        findOwners(typedOwners, repository),
      ]);
      stored = new Map(board?.keyResults.map((kr) => [kr.id, kr]));
      owners = found;
    }

    // A row is taken whole or not at all: its check-in is checked by the store's rules on the KR
    // as its change will leave it, before that change is written.
    const draftOf = new Map(plan.drafts.map((draft) => [draft.keyResultId, draft]));
    const refusedFirst = (edit: DefinitionEdit) => {
      const draft = draftOf.get(edit.keyResultId);
      const keyResult = stored.get(edit.keyResultId);
      return draft && keyResult
        ? checkInRefusedWith(edit, keyResult, draft, { model, owners, cycle })
        : undefined;
    };
    // Definitions first: a check-in on a KR whose definition was just saved carries its new eTag.
    const [sentDefinitions, creations, deletions] = await Promise.all([
      Promise.all(
        edits.map(
          (edit) =>
            refusedFirst(edit) ??
            sendDefinition(edit, stored.get(edit.keyResultId), repository, model, owners),
        ),
      ),
      Promise.all(
        creating.map((row) => createKeyResult(row, { repository, model, author, owners })),
      ),
      Promise.all(
        deletedIds
          .filter((id) => confirmed?.deletes.some((d) => d.id === id) && stored.has(id))
          .map((id) => deleteRowKeyResult(stored.get(id)!, repository, model.locale)),
      ),
    ]);
    // A row's check-in cell to fix is said with its definition's refusal or cell to fix: all wait
    // for the user's edit, and the Sync cell says every one at once.
    const byKeyResult = new Map(rows.map((row) => [String(row.cells.keyResultId), row]));
    let definitions = sentDefinitions.map((outcome, i): DefinitionOutcome => {
      const row = byKeyResult.get(edits[i]!.keyResultId);
      if ((outcome.kind !== 'refused' && outcome.kind !== 'rejected') || !row) return outcome;
      const fix = checkInToFix(row, sendContext, true);
      if (!fix) return outcome;
      const detail =
        'detail' in outcome && outcome.detail ? { detail: `${outcome.detail} ${fix}` } : {};
      return { ...outcome, message: `${outcome.message} ${fix}`, ...detail };
    });
    // A row whose KR change was not taken (refused, to fix, a conflict, not reached) sends no
    // check-in either: nothing of it half-written; it goes whole once the change can.
    const notTaken = new Set(
      edits.flatMap((edit, i) => (definitions[i]!.kind === 'sent' ? [] : [edit.keyResultId])),
    );
    let drafts = plan.drafts.filter((draft) => !notTaken.has(draft.keyResultId));
    if (edits.length > 0) {
      const moved = new Map(
        edits.flatMap((edit, i) => {
          const outcome = definitions[i]!;
          const before = stored.get(edit.keyResultId)?.version;
          return outcome.kind === 'sent' && before !== undefined
            ? ([[`${edit.keyResultId}@${before}`, outcome.keyResult.version ?? '']] as const)
            : [];
        }),
      );
      drafts = drafts.map((draft) => {
        const version = moved.get(`${draft.keyResultId}@${draft.keyResultVersion ?? ''}`);
        return version ? { ...draft, keyResultVersion: version } : draft;
      });
    }

    let report = emptyReport;
    if (drafts.length > 0) {
      try {
        report = await repository.saveCheckIns(drafts, onProgress ? { onProgress } : {});
      } catch (error) {
        const reason = asOkrError(error);
        report = { ...emptyReport, failed: drafts.map((draft) => ({ draft, error: reason })) };
      }
    }
    // The store took a row's KR change and then refused its check-in, or someone changed the KR
    // before the check-in was saved: the change is put back, so the row is whole or nothing.
    const afterCheckIns = await Promise.all(
      edits.map((edit, i) => {
        const outcome = definitions[i]!;
        const before = stored.get(edit.keyResultId);
        if (outcome.kind !== 'sent' || !before) return undefined;
        const refusal = report.failed.find(
          ({ draft, error }) => draft.keyResultId === edit.keyResultId && error.kind === 'invalid',
        );
        const theirs = report.conflicts.find(({ draft }) => draft.keyResultId === edit.keyResultId)
          ?.error.theirs;
        const notTaken: CheckInNotTaken | undefined = refusal
          ? { kind: 'refused', why: refusalOf(refusal.error, model.locale) }
          : theirs && { kind: 'conflict', theirs };
        return notTaken
          ? putBack(edit, before, outcome.keyResult, notTaken, repository, model.locale)
          : undefined;
      }),
    );
    definitions = definitions.map((outcome, i) => {
      const after = afterCheckIns[i];
      return after?.kind === 'putBack' ? after.outcome : outcome;
    });
    const refusedAndPutBack = new Set(
      edits.flatMap((edit, i) =>
        definitions[i]!.kind === 'refused' && afterCheckIns[i]?.kind === 'putBack'
          ? [edit.keyResultId]
          : [],
      ),
    );
    // A conflict's row takes the eTag its KR got when the change was put back.
    const heldAt = new Map(
      edits.flatMap((edit, i) => {
        const outcome = definitions[i]!;
        return outcome.kind === 'held' ? [[edit.keyResultId, outcome.version] as const] : [];
      }),
    );
    report = {
      ...report,
      failed: report.failed.filter(({ draft }) => !refusedAndPutBack.has(draft.keyResultId)),
      conflicts: report.conflicts.map((conflict) => {
        const version = heldAt.get(conflict.draft.keyResultId);
        const { error } = conflict;
        return version === undefined || !error.theirs
          ? conflict
          : {
              ...conflict,
              error: new ConflictError(
                error.message,
                error.mine,
                { ...error.theirs, version },
                error.changedBy,
              ),
            };
      }),
    };
    // What a row's refusal or conflict says besides the store's reason: its KR change put back
    // (after a conflict), or kept, and why.
    const notes = new Map(
      edits.flatMap((edit, i) => {
        const after = afterCheckIns[i];
        const outcome = definitions[i]!;
        const note =
          after?.kind === 'kept' ? after.note : outcome.kind === 'held' ? outcome.note : undefined;
        return note ? [[edit.keyResultId, note] as const] : [];
      }),
    );
    // KRs whose rows were deleted and that are deleted now, or no longer on this board.
    const forgotten = [
      ...deletions.flatMap((deletion) => ('message' in deletion ? [] : [deletion.id])),
      ...(stored.size > 0 ? deletedIds.filter((id) => !stored.has(id)) : []),
    ];
    const changed =
      before.length +
      plan.updates.length +
      drafts.length +
      edits.length +
      creations.length +
      forgotten.length +
      (table.added?.length ?? 0);
    const written =
      changed > 0
        ? await workbook.updateRows((after) => {
            const current = withUpdates(after.rows, before);
            const byId = new Map(current.map((row) => [String(row.cells.keyResultId), row]));
            const defined = edits.flatMap((edit, i) => {
              const row = byId.get(edit.keyResultId);
              return row ? [definitionUpdate(row, edit, definitions[i]!, context)] : [];
            });
            return keepReadOnlyEdits(
              after.rows,
              mergeUpdates(
                before,
                plan.updates,
                defined,
                applySaveReport(
                  withUpdates(current, defined),
                  report,
                  plan.sent,
                  context,
                  notes,
                  plan.days,
                ),
                this.newRowUpdates(after),
                createdRowUpdates(after, this.news(after), creations, context),
                forgotten.map((id) => ({ keyResultId: id, cells: {}, removed: true as const })),
              ),
              model.locale,
            );
          })
        : table;
    const words = paneWordsFor(model.locale);
    const fieldsChanged = (fields: readonly DefinitionKey[]) =>
      words.say('saved.changed', {
        fields: fields.map((field) => fieldLabel(field, model.locale)).join(', '),
      });
    const saved = savedInSheetOrder(table.rows, [
      ...edits.flatMap((edit, i) => {
        const outcome = definitions[i]!;
        return outcome.kind === 'sent'
          ? [
              {
                keyResultId: edit.keyResultId,
                title: outcome.keyResult.title,
                what: fieldsChanged(edit.fields),
              },
            ]
          : [];
      }),
      ...report.saved.map(({ checkIn, keyResult }) => ({
        keyResultId: keyResult.id,
        title: keyResult.title,
        what: savedCheckIn(checkIn, keyResult, {
          locale: model.locale,
          today: context.today,
          ...(context.timeZone ? { timeZone: context.timeZone } : {}),
        }),
      })),
      ...creations.flatMap((creation) =>
        creation.kind === 'created'
          ? [
              {
                keyResultId: creation.keyResult.id,
                title: creation.keyResult.title,
                what: words.say('saved.created'),
              },
            ]
          : [],
      ),
      ...deletions.flatMap((deletion) =>
        'message' in deletion
          ? []
          : [
              {
                keyResultId: deletion.id,
                title: stored.get(deletion.id)?.title ?? '',
                what: words.say('saved.deleted'),
              },
            ],
      ),
    ]);
    const count = (kind: DefinitionOutcome['kind']) =>
      definitions.filter((outcome) => outcome.kind === kind).length;
    const created = (kind: Creation['kind']) =>
      creations.filter((creation) => creation.kind === kind).length;
    const refusedCheckIns = report.failed.filter(({ error }) => error.kind === 'invalid').length;
    const refused = refusedCheckIns + count('refused');
    // The KR is no longer in the store: its row is marked so, neither failed nor a conflict.
    const goneCheckIns = report.failed.filter(({ error }) => error.kind === 'notFound').length;
    const goneConflicts = report.conflicts.filter(({ error }) => !error.theirs).length;
    return {
      sent: report.saved.length,
      definitions: count('sent'),
      rejected: plan.rejected + count('rejected') + created('rejected') + refused,
      refused,
      gone: goneCheckIns + goneConflicts + count('gone'),
      conflicts: report.conflicts.length - goneConflicts + count('conflict'),
      failed:
        report.failed.length - refusedCheckIns - goneCheckIns + count('failed') + created('failed'),
      created: created('created'),
      deleted: deletions.length - deletions.filter((deletion) => 'message' in deletion).length,
      notDeleted: deletions.flatMap((deletion) => ('message' in deletion ? [deletion] : [])),
      saved,
      summary: this.summarise(written),
    };
  }

  /** The user's one-click choice on a conflict; "use mine" sends that row again at once. */
  async resolve(
    keyResultId: string,
    choice: ConflictChoice,
  ): Promise<SendOutcome | { readonly summary: SheetSummary }> {
    const { workbook } = this.options;
    const table = await workbook.readTable();
    const row = table?.rows.find((r: OkrRow) => String(r.cells.keyResultId) === keyResultId);
    const update = row && resolveConflict(row, choice, this.options.model.locale);
    if (!update) return { summary: this.summarise(table) };
    if (choice === 'mine') {
      return this.sendFrom(table, { only: new Set([keyResultId]), before: [update] });
    }
    return {
      summary: this.summarise(
        await workbook.updateRows((current) =>
          keepReadOnlyEdits(current.rows, [update], this.options.model.locale),
        ),
      ),
    };
  }

  /** Runs the coaching engine over the sheet and flags weak wording in place. */
  async coach(): Promise<SheetFinding[]> {
    const { cellFindings, coachRows } = await loadCoach();
    let findings: SheetFinding[] = [];
    await this.options.workbook.showFindings((table) => {
      findings = coachRows(table.rows, this.options.model);
      return cellFindings(findings, this.options.model.locale);
    });
    return findings;
  }
}
