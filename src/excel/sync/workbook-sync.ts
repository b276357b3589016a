/**
 * The add-in's use cases over any `OkrWorkbook` and the `OkrRepository`: load the board into
 * the sheet, mark edits pending, send check-ins, resolve conflicts, coach the sheet. Each one
 * reads the table once and writes it once or twice, whatever the number of rows.
 */
import type { Cycle, Person } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import { OkrError, UnknownStoreError } from '../../store/errors';
import type { CheckInSaveReport, OkrRepository, SaveProgress } from '../../store/repository';
import type { OkrRow, OkrTable, OkrWorkbook } from '../workbook/types';
import {
  applySaveReport,
  conflictsOf,
  planSend,
  resolveConflict,
  type ConflictChoice,
} from './check-ins';
import { cellFindings, coachRows, type SheetFinding } from './coach';
import { editUpdates, isPending, stateOf } from './row-state';
import { planRefresh, type RowContext } from './rows';

export interface WorkbookSyncOptions {
  readonly workbook: OkrWorkbook;
  readonly repository: OkrRepository;
  readonly model: OperatingModel;
  readonly author: Person;
  readonly clock?: () => Date;
  readonly newClientId?: () => string;
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
  readonly sent: number;
  readonly rejected: number;
  readonly conflicts: number;
  readonly failed: number;
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
  private readonly newClientId: () => string;

  constructor(private readonly options: WorkbookSyncOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.newClientId = options.newClientId ?? (() => crypto.randomUUID());
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
    const [board, table] = await Promise.all([
      repository.loadBoard({ cycleId: cycle.id, teamIds }),
      workbook.readTable(),
    ]);
    const rows = planRefresh(
      table?.rows ?? [],
      board.objectives,
      board.keyResults,
      this.rowContext(board.cycle),
    );
    await workbook.writeRows(rows, { teamIds, cycle: board.cycle });
    return this.summary();
  }

  /** After the user edited the sheet: marks edited rows pending (and un-edited ones not). */
  async markEdits(): Promise<SheetSummary> {
    const table = await this.options.workbook.readTable();
    const updates = editUpdates(table?.rows ?? []);
    if (updates.length > 0) await this.options.workbook.updateRows(updates);
    return updates.length > 0 ? this.summary() : summarise(table);
  }

  /**
   * Validates every pending row and sends the valid ones as check-ins. Bad rows keep their
   * edit with a message; nothing is sent for them. A failed request keeps every edit pending.
   */
  async send(
    onProgress?: (progress: SaveProgress) => void,
    only?: ReadonlySet<string>,
  ): Promise<SendOutcome> {
    const { workbook, repository, model, author } = this.options;
    const table = await workbook.readTable();
    const cycle = table?.binding?.cycle;
    if (!table || !cycle) throw new Error('Load the KRs into this workbook first.');
    const context = this.rowContext(cycle);
    const plan = planSend(
      table.rows,
      {
        author,
        now: context.now,
        cycle,
        model,
        newClientId: this.newClientId,
      },
      only,
    );
    if (plan.updates.length > 0) await workbook.updateRows(plan.updates);
    if (plan.drafts.length === 0)
      return { sent: 0, rejected: plan.rejected, conflicts: 0, failed: 0 };

    let report: CheckInSaveReport;
    try {
      report = await repository.saveCheckIns(plan.drafts, onProgress ? { onProgress } : {});
    } catch (error) {
      const reason = asOkrError(error);
      report = {
        saved: [],
        conflicts: [],
        failed: plan.drafts.map((draft) => ({ draft, error: reason })),
      };
    }
    const after = await workbook.readTable();
    await workbook.updateRows(applySaveReport(after?.rows ?? [], report, context));
    return {
      sent: report.saved.length,
      rejected: plan.rejected,
      conflicts: report.conflicts.length,
      failed: report.failed.length,
    };
  }

  /** The user's one-click choice on a conflict; "use mine" sends that row again at once. */
  async resolve(keyResultId: string, choice: ConflictChoice): Promise<SendOutcome | undefined> {
    const table = await this.options.workbook.readTable();
    const row = table?.rows.find((r: OkrRow) => String(r.cells.keyResultId) === keyResultId);
    const update = row && resolveConflict(row, choice);
    if (!update) return undefined;
    await this.options.workbook.updateRows([update]);
    return choice === 'mine' ? this.send(undefined, new Set([keyResultId])) : undefined;
  }

  /** Runs the coaching engine over the sheet and flags weak wording in place. */
  async coach(): Promise<SheetFinding[]> {
    const table = await this.options.workbook.readTable();
    const findings = coachRows(table?.rows ?? [], this.options.model);
    if (table) await this.options.workbook.showFindings(cellFindings(findings));
    return findings;
  }
}
