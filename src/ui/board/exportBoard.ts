import { toCsv, type CsvCell } from '../../core/csv';
import { keyResultKindLabels } from '../../core/format';
import { format } from '../../core/messages';
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
];

/** The board as shown, one row per KR, as formula-safe CSV (numbers stay numbers). */
export function boardCsv(teams: readonly TeamView[]): string {
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
          format(`status.${status}`),
          keyResult.confidence,
          keyResult.owner?.displayName,
          keyResult.lastCheckInAt?.slice(0, 10),
        ]);
      }
    }
  }
  return toCsv(rows);
}

/** Hands the CSV to the browser as a download (UTF-8 with a BOM, so Excel reads accents). */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
