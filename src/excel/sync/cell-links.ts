/**
 * Cells of the user's own sheets linked to KRs (Viva Goals' Excel link, live): the link is an
 * Excel binding in the workbook plus the `excelLink` recorded on the KR. A changed cell becomes a
 * proposed check-in, built and checked by the core like any other, with the cell as its source.
 */
import { sayIssue } from '../../core/issue-words';
import { createCheckIn } from '../../core/check-in';
import { formatExcelLink } from '../../core/format';
import type { CheckIn, ExcelCellLink, KeyResult, Person } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import type { CheckInSaveReport, OkrRepository } from '../../store/repository';
import type { BrokenLink, CellBindings, CellValue } from '../workbook/types';
import { checkInClientId } from './check-ins';

export interface CellLinksContext {
  readonly bindings: CellBindings;
  readonly repository: OkrRepository;
  readonly model: OperatingModel;
  readonly author: Person;
  readonly clock?: () => Date;
}

/**
 * A KR linked to a cell of this workbook, with the cell as read now and where it is now (its
 * sheet renamed, rows inserted above it), or why it cannot be read.
 */
export type LinkedKeyResult =
  | { readonly keyResult: KeyResult; readonly value: CellValue; readonly at: ExcelCellLink }
  | { readonly keyResult: KeyResult; readonly broken: BrokenLink };

/** Whether the linked cell is no longer where its KR's link says (its sheet was renamed, say). */
export function hasMoved(entry: LinkedKeyResult): entry is LinkedKeyResult & {
  readonly at: ExcelCellLink;
} {
  const recorded = entry.keyResult.excelLink;
  return (
    'at' in entry &&
    !!recorded &&
    (entry.at.sheet !== recorded.sheet || entry.at.address !== recorded.address)
  );
}

/** A check-in the cell proposes, or why the cell's value cannot be one. */
export type CellProposal =
  | { readonly keyResult: KeyResult; readonly checkIn: CheckIn }
  | { readonly keyResult: KeyResult; readonly value: CellValue; readonly problems: string[] };

export class CellLinks {
  constructor(private readonly context: CellLinksContext) {}

  /** The KRs linked to cells of this workbook (their bindings are in it), each cell read. */
  async read(keyResults: readonly KeyResult[]): Promise<readonly LinkedKeyResult[]> {
    const byBinding = new Map(
      keyResults.flatMap((kr) => (kr.excelLink ? [[kr.excelLink.bindingId, kr] as const] : [])),
    );
    const cells = await this.context.bindings.readLinkedCells(
      [...byBinding.values()].map((kr) => ({
        bindingId: kr.excelLink!.bindingId,
        sheet: kr.excelLink!.sheet,
        address: kr.excelLink!.address,
      })),
    );
    return cells.map((cell) => {
      const keyResult = byBinding.get(cell.link.bindingId)!;
      if (!('value' in cell)) return { keyResult, broken: cell.broken };
      const at = { ...keyResult.excelLink!, sheet: cell.at.sheet, address: cell.at.address };
      return { keyResult, value: cell.value, at };
    });
  }

  /**
   * Records where a linked cell is now on its KR (If-Match), so the board names the renamed
   * sheet too; the binding itself already follows the cell.
   */
  follow(entry: LinkedKeyResult & { readonly at: ExcelCellLink }): Promise<KeyResult> {
    return this.context.repository.setExcelLink(entry.keyResult, entry.at);
  }

  /**
   * Links the selected cell to the KR: binds it, then records the link on the KR (If-Match). A
   * refused record removes the binding again, so nothing is half-linked.
   */
  async link(keyResult: KeyResult): Promise<KeyResult> {
    const { bindings, repository } = this.context;
    const cell = await bindings.selectedCell();
    const binding = await bindings.addCellBinding(cell.sheet, cell.address);
    try {
      return await repository.setExcelLink(keyResult, {
        workbook: cell.workbook,
        sheet: binding.sheet,
        address: binding.address,
        bindingId: binding.bindingId,
      });
    } catch (error) {
      await bindings.removeCellBinding(binding.bindingId);
      throw error;
    }
  }

  /** Removes the link: the binding from the workbook and the record from the KR. */
  async unlink(keyResult: KeyResult): Promise<KeyResult> {
    if (keyResult.excelLink) {
      await this.context.bindings.removeCellBinding(keyResult.excelLink.bindingId);
    }
    return this.context.repository.setExcelLink(keyResult, undefined);
  }

  /** The check-in the cell's value proposes, checked by the core's rules. */
  propose(keyResult: KeyResult, value: CellValue): CellProposal {
    const { model, author, clock = () => new Date() } = this.context;
    const source = formatExcelLink(keyResult.excelLink!);
    const result = createCheckIn(
      { value: typeof value === 'number' ? value : String(value), note: source },
      {
        keyResult,
        author,
        at: clock().toISOString(),
        // The same cell value on the same KR version is the same check-in (as for a sheet row),
        // so a resend is recognised by the store.
        clientId: checkInClientId(author.id, keyResult.id, keyResult.version ?? '', {
          current: value,
          confidence: '',
          note: source,
        }),
        source: 'excel',
      },
      model,
    );
    return result.ok
      ? { keyResult, checkIn: result.value }
      : {
          keyResult,
          value,
          problems: result.issues.map((issue) => sayIssue(issue, model.locale)),
        };
  }

  /** Sends a proposed check-in; the report says whether it was saved, in conflict or refused. */
  send(proposal: {
    readonly keyResult: KeyResult;
    readonly checkIn: CheckIn;
  }): Promise<CheckInSaveReport> {
    const { version } = proposal.keyResult;
    return this.context.repository.saveCheckIns([
      { ...proposal.checkIn, ...(version ? { keyResultVersion: version } : {}) },
    ]);
  }
}
