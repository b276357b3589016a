/**
 * The coaching engine over the sheet: every objective and KR title in the table is linted with
 * the core's text rules; the worst finding of each cell is shown in place (note + highlight).
 */
import { lintText } from '../../core/coaching/engine';
import type { Finding } from '../../core/coaching/types';
import type { OperatingModel } from '../../core/operating-model';
import type { CellFinding, OkrRow } from '../workbook/types';
import { sayInSheet } from './sheet-words';

export interface SheetFinding {
  readonly keyResultId: string;
  readonly column: CellFinding['column'];
  /** The text the finding is about (the cell's content). */
  readonly text: string;
  readonly finding: Finding;
}

/** All findings over the sheet's objectives (once each, on their first row) and KRs. */
export function coachRows(rows: readonly OkrRow[], model: OperatingModel): SheetFinding[] {
  const seenObjectives = new Set<string>();
  return rows.flatMap((row) => {
    const keyResultId = String(row.cells.keyResultId);
    const objective = String(row.cells.objective).trim();
    const keyResult = String(row.cells.keyResult).trim();
    const objectiveKey = String(row.cells.objectiveId) || objective;
    const found: SheetFinding[] = [];
    if (objective && !seenObjectives.has(objectiveKey)) {
      seenObjectives.add(objectiveKey);
      for (const finding of lintText('objective', objective, { model })) {
        found.push({ keyResultId, column: 'objective', text: objective, finding });
      }
    }
    if (keyResult) {
      for (const finding of lintText('key_result', keyResult, { model }, objective || undefined)) {
        found.push({ keyResultId, column: 'keyResult', text: keyResult, finding });
      }
    }
    return found;
  });
}

/** The note text for one finding: what is weak, and what to do instead (said in `locale`). */
function noteText(finding: Finding, locale: string): string {
  const { message, suggestion } = finding;
  return sayInSheet('note.finding', locale, { message, suggestion });
}

/** One note per cell: its worst finding (the engine lists errors before warnings). */
export function cellFindings(findings: readonly SheetFinding[], locale: string): CellFinding[] {
  const byCell = new Map<string, CellFinding>();
  for (const { keyResultId, column, finding } of findings) {
    if (finding.severity === 'info') continue;
    const key = `${keyResultId}:${column}`;
    if (!byCell.has(key)) byCell.set(key, { keyResultId, column, text: noteText(finding, locale) });
  }
  return [...byCell.values()];
}
