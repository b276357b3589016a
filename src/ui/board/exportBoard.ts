import { toCsv, type CsvCell } from '../../core/csv';
import { keyResultKindLabels } from '../../core/format';
import { formatStatusMessage } from '../../core/status-messages';
import type { Cycle } from '../../core/model';
import type { TeamView } from './boardView.types';

const header = [
  'Team',
  'Objective',
  'Key result',
  'Kind',
  'Start',
  'Target',
  'Current',
  'Unit',
  'Progress %',
  'Status',
  'Confidence',
  'Owner',
  'Last check-in',
  'Cycle',
  'Cycle start',
  'Cycle end',
];

/**
 * The board as shown (filtered and sorted), one row per KR under a header row; its cycle on
 * every row, so the import puts the rows back in it.
 */
export function boardTable(teams: readonly TeamView[], cycle: Cycle | undefined): CsvCell[][] {
  const rows: CsvCell[][] = [header];
  for (const { team, objectives } of teams) {
    for (const { objective, keyResults } of objectives) {
      for (const { keyResult, progress, status } of keyResults) {
        rows.push([
          team.name,
          objective.title,
          keyResult.title,
          keyResultKindLabels[keyResult.kind],
          keyResult.start,
          keyResult.target,
          keyResult.current,
          keyResult.unit,
          Math.round(progress * 100),
          formatStatusMessage(`status.${status}`),
          keyResult.confidence,
          keyResult.owner?.displayName,
          keyResult.lastCheckInAt?.slice(0, 10),
          cycle?.name,
          cycle?.start,
          cycle?.end,
        ]);
      }
    }
  }
  return rows;
}

/** The board as shown, one row per KR, as formula-safe CSV (numbers stay numbers). */
export function boardCsv(teams: readonly TeamView[], cycle: Cycle | undefined): string {
  return toCsv(boardTable(teams, cycle));
}

/**
 * The board as shown as an Excel workbook, one sheet, header row frozen. Text is written as
 * text cells (`t="inlineStr"`/shared strings, never `<f>`), so `=HYPERLINK(…)` typed into a
 * title stays text; numbers are number cells. The writer (write-excel-file) is loaded only when
 * an export is asked for, so it is not in the board's first JavaScript.
 */
export async function boardXlsx(
  teams: readonly TeamView[],
  cycle: Cycle | undefined,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const sheet = cycle?.name ?? 'OKRs';
  const data = boardTable(teams, cycle).map((row, index) =>
    row.map((cell) =>
      cell === undefined
        ? null
        : typeof cell === 'number'
          ? { type: Number, value: cell }
          : { type: String, value: cell, ...(index === 0 ? { fontWeight: 'bold' as const } : {}) },
    ),
  );
  return writeXlsxFile(data, {
    // Excel refuses sheet names over 31 characters or holding any of \ / ? * [ ] :
    sheet: sheet.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'OKRs',
    stickyRowsCount: 1,
    columns: header.map((title) => ({ width: Math.max(10, title.length + 2) })),
  }).toBlob();
}

/** Hands a file to the browser as a download. */
export function downloadFile(fileName: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** Hands the CSV to the browser as a download (UTF-8 with a BOM, so Excel reads accents). */
export function downloadCsv(fileName: string, csv: string): void {
  downloadFile(fileName, new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
}

/** What an export says once its file is handed to the browser, e.g. "Exported 3 key results to Sales, Q1.csv". */
export function exportedMessage(keyResults: number, fileName: string): string {
  return `Exported ${keyResults === 1 ? '1 key result' : `${keyResults} key results`} to ${fileName}`;
}
