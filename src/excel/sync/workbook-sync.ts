/**
 * The add-in's use cases over any `OkrWorkbook` and the `OkrRepository`: load the board into
 * the sheet, mark edits pending, send check-ins, resolve conflicts, coach the sheet. Each one
 * visits the workbook at most twice (a read, then a read-plan-write), so it stays within three
 * `context.sync()` calls whatever the number of rows; each returns the summary of the table it
 * wrote, so the pane never reads the sheet again to show it.
 */
import type { Cycle, Person } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import { OkrError, UnknownStoreError } from '../../store/errors';
import type { CheckInSaveReport, OkrRepository, SaveProgress } from '../../store/repository';
import type { OkrRow, OkrTable, OkrWorkbook, RowUpdate } from '../workbook/types';
import {
  applySaveReport,
  conflictsOf,
  planSend,
  resolveConflict,
  type ConflictChoice,
} from './check-ins';
import { cellFindings, coachRows, type SheetFinding } from './coach';
import {
  definitionEdits,
  definitionUpdate,
  findOwners,
  sendDefinition,
  type DefinitionOutcome,
} from './definitions';
import { editUpdates, isPending, stateOf } from './row-state';
import { planRefresh, type RowContext } from './rows';

export interface WorkbookSyncOptions {
  readonly workbook: OkrWorkbook;
  readonly repository: OkrRepository;
  readonly model: OperatingModel;
  readonly author: Person;
  readonly clock?: () => Date;
}

export interface SheetSummary {
  readonly loaded: boolean;
  readonly cycle?: Cycle;
  readonly teamIds: readonly string[];
  readonly rows: number;
  /** Edited rows a send would pick up (including rejected and failed ones). */
  readonly pending: number;
  /** Pending rows that carry a message (a bad cell or the store's reason). */
  readonly withMessages: readonly {
    readonly keyResultId: string;
    readonly title: string;
    readonly message: string;
  }[];
  readonly conflicts: ReturnType<typeof conflictsOf>;
}

export interface SendOutcome {
  /** Check-ins saved. */
  readonly sent: number;
  /** KR definitions (title, description, owner, kind, start, target, unit, weight) saved. */
  readonly definitions: number;
  readonly rejected: number;
  readonly conflicts: number;
  readonly failed: number;
  /** The sheet after the send. */
  readonly summary: SheetSummary;
}

const emptyReport: CheckInSaveReport = { saved: [], conflicts: [], failed: [] };

/** The rows as they read once these updates are applied (what the sheet will hold). */
function withUpdates(rows: readonly OkrRow[], updates: readonly RowUpdate[]): OkrRow[] {
  const byId = new Map(updates.map((u) => [u.keyResultId, u.cells]));
  return rows.map((row) => {
    const cells = byId.get(String(row.cells.keyResultId));
    return cells ? { cells: { ...row.cells, ...cells } } : row;
  });
}

/** One update per KR: later lists' cells win over earlier ones. */
function mergeUpdates(...lists: (readonly RowUpdate[])[]): RowUpdate[] {
  const merged = new Map<string, RowUpdate['cells']>();
  for (const update of lists.flat()) {
    merged.set(update.keyResultId, { ...merged.get(update.keyResultId), ...update.cells });
  }
  return [...merged].map(([keyResultId, cells]) => ({ keyResultId, cells }));
}

function summarise(table: OkrTable | undefined): SheetSummary {
  const rows = table?.rows ?? [];
  return {
    loaded: table !== undefined,
    ...(table?.binding ? { cycle: table.binding.cycle } : {}),
    teamIds: table?.binding?.teamIds ?? [],
    rows: rows.length,
    pending: rows.filter(isPending).length,
    withMessages: rows.flatMap((row) => {
      const state = stateOf(row);
      return isPending(row) && state.message
        ? [
            {
              keyResultId: String(row.cells.keyResultId),
              title: String(row.cells.keyResult),
              message: state.message,
            },
          ]
        : [];
    }),
    conflicts: conflictsOf(rows),
  };
}

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
    const now = this.clock().toISOString();
    return { cycle, today: now.slice(0, 10), model: this.options.model, now };
  }

  async summary(): Promise<SheetSummary> {
    return summarise(await this.options.workbook.readTable());
  }

  /** Creates or refreshes the sheet with the board of these teams for the cycle. */
  async load(teamIds: readonly string[], cycle: Cycle): Promise<SheetSummary> {
    const { workbook, repository } = this.options;
    const board = await repository.loadBoard({ cycleId: cycle.id, teamIds });
    const context = this.rowContext(board.cycle);
    const table = await workbook.writeRows(
      (current) => planRefresh(current?.rows ?? [], board.objectives, board.keyResults, context),
      { teamIds, cycle: board.cycle },
    );
    return summarise(table);
  }

  /** After the user edited the sheet: marks edited rows pending (and un-edited ones not). */
  async markEdits(): Promise<SheetSummary> {
    return summarise(await this.options.workbook.updateRows((table) => editUpdates(table.rows)));
  }

  /**
   * Validates every pending row and sends the valid ones as check-ins. Bad rows keep their
   * edit with a message; nothing is sent for them. A failed request keeps every edit pending.
   */
  async send(
    onProgress?: (progress: SaveProgress) => void,
    only?: ReadonlySet<string>,
  ): Promise<SendOutcome> {
    return this.sendFrom(await this.options.workbook.readTable(), { onProgress, only });
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
      before = [],
    }: {
      onProgress?: ((progress: SaveProgress) => void) | undefined;
      only?: ReadonlySet<string> | undefined;
      before?: readonly RowUpdate[];
    },
  ): Promise<SendOutcome> {
    const { workbook, repository, model, author } = this.options;
    const binding = table?.binding;
    if (!table || !binding) throw new Error('Load the KRs into this workbook first.');
    const { cycle } = binding;
    const context = this.rowContext(cycle);
    const rows = withUpdates(table.rows, before);
    const plan = planSend(rows, { author, now: context.now, cycle, model }, only);
    const edits = definitionEdits(rows, only);

    // Definitions first: a check-in on a KR whose definition was just saved carries its new eTag.
    let definitions: DefinitionOutcome[] = [];
    let drafts = plan.drafts;
    if (edits.length > 0) {
      const [board, owners] = await Promise.all([
        repository.loadBoard({ cycleId: cycle.id, teamIds: binding.teamIds }),
        findOwners(edits, repository),
      ]);
      const stored = new Map(board.keyResults.map((kr) => [kr.id, kr]));
      definitions = await Promise.all(
        edits.map((edit) =>
          sendDefinition(edit, stored.get(edit.keyResultId), repository, model, owners),
        ),
      );
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
    const written =
      before.length + plan.updates.length + drafts.length + edits.length > 0
        ? await workbook.updateRows((after) => {
            const current = withUpdates(after.rows, before);
            const byId = new Map(current.map((row) => [String(row.cells.keyResultId), row]));
            const defined = edits.flatMap((edit, i) => {
              const row = byId.get(edit.keyResultId);
              return row ? [definitionUpdate(row, edit, definitions[i]!, context)] : [];
            });
            return mergeUpdates(
              before,
              plan.updates,
              defined,
              applySaveReport(withUpdates(current, defined), report, plan.sent, context),
            );
          })
        : table;
    const count = (kind: DefinitionOutcome['kind']) =>
      definitions.filter((outcome) => outcome.kind === kind).length;
    return {
      sent: report.saved.length,
      definitions: count('sent'),
      rejected: plan.rejected + count('rejected'),
      conflicts: report.conflicts.length + count('conflict'),
      failed: report.failed.length + count('failed'),
      summary: summarise(written),
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
    const update = row && resolveConflict(row, choice);
    if (!update) return { summary: summarise(table) };
    if (choice === 'mine') {
      return this.sendFrom(table, { only: new Set([keyResultId]), before: [update] });
    }
    return { summary: summarise(await workbook.updateRows(() => [update])) };
  }

  /** Runs the coaching engine over the sheet and flags weak wording in place. */
  async coach(): Promise<SheetFinding[]> {
    let findings: SheetFinding[] = [];
    await this.options.workbook.showFindings((table) => {
      findings = coachRows(table.rows, this.options.model);
      return cellFindings(findings);
    });
    return findings;
  }
}
