import { csvDialectFor, toCsv, type CsvCell } from '../../core/csv';
import { keyResultKindLabels } from '../../core/kind-words';
import { formatStatusMessage } from '../../core/status-messages';
import { defaultLocale } from '../../core/i18n';
import { exportedId } from '../../migrate/exported-ids';
import type { Cycle, Initiative, Objective } from '../../core/model';
import type { OkrRepository } from '../../store/repository';
import { initiativeStatusLabels } from './board-words';
import { dialogWordsFor } from './dialog-words';
import type { LocaleWords } from './locale-words';
import type { TeamView } from './boardView.types';
import { dayOf } from '../app/day-of';
import { reloadable } from '../../reloadable';

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
  'Score',
  'Objective owner',
  'Objective score',
  'Objective description',
  'Cycle',
  'Cycle start',
  'Cycle end',
  'Commitment',
  'Aligns to',
  'Aligns to cycle',
  // Each KR's initiatives, one a line, and line for line their status, owner, due day and link.
  'Initiatives',
  'Initiative status',
  'Initiative owner',
  'Initiative due',
  'Initiative link',
];

/**
 * Last, where the store is known: the store the board is read from and each row's items by their
 * ids there, as the Programme's export names them (`exportedId`), so the file imported back into
 * the same site updates them instead of making a second of each.
 */
const idHeader = ['Exported from', 'Objective id', 'Key result id', 'Initiative id'];

/**
 * A KR's initiatives as the import reads them back (`own-sheet.ts`): their titles one a line in
 * "Initiatives", and on the same line of each column after it what the initiative has of it (a
 * blank line where it has nothing); a column none of them has anything in is left empty.
 */
function initiativeCells(initiatives: readonly Initiative[]): CsvCell[] {
  const lines = (of: (initiative: Initiative) => string | undefined) =>
    initiatives.some((initiative) => of(initiative))
      ? initiatives.map((initiative) => of(initiative) ?? '').join('\n')
      : undefined;
  return [
    lines((initiative) => initiative.title),
    lines((initiative) => initiativeStatusLabels[initiative.status]),
    lines((initiative) => initiative.owner?.displayName),
    lines((initiative) => initiative.dueDate),
    lines((initiative) => initiative.link),
  ];
}

/** The columns of dates (`YYYY-MM-DD`): date cells in the workbook. */
const dateColumns = new Set(
  ['Last check-in', 'Cycle start', 'Cycle end'].map((name) => header.indexOf(name)),
);

/**
 * The objectives the shown ones align to that are not on the shown board, by id: a year's company
 * objective above a quarter's (its cycle's name said), or another team's of the same cycle.
 */
export type AlignedElsewhere = ReadonlyMap<
  string,
  { readonly title: string; readonly cycle?: string }
>;

const noneElsewhere: AlignedElsewhere = new Map();

/**
 * The board as shown (filtered and sorted), one row per KR under a header row, with its
 * initiatives (`initiativeCells`), and a row of its own for an objective shown without any KR;
 * its cycle on every row, so the import puts the rows
 * back in it. Every column is one the import reads back (`ownSheetColumns`): an objective names
 * the one it aligns to by its title in "Aligns to", and, when that one is another cycle's, the
 * cycle in "Aligns to cycle" (`alignedElsewhere` reads those off the board). Given the store it is
 * read from (`exportedFrom`), each row ends with the ids of its objective and key result there.
 */
export function boardTable(
  teams: readonly TeamView[],
  cycle: Cycle | undefined,
  elsewhere: AlignedElsewhere = noneElsewhere,
  exportedFrom?: string,
): CsvCell[][] {
  const rows: CsvCell[][] = [exportedFrom ? [...header, ...idHeader] : header];
  const ids = (
    objectiveId: string,
    keyResultId?: string,
    initiatives: readonly Initiative[] = [],
  ): CsvCell[] =>
    exportedFrom
      ? [
          exportedFrom,
          exportedId('objective', objectiveId),
          keyResultId && exportedId('keyResult', keyResultId),
          initiatives.map((initiative) => exportedId('initiative', initiative.id)).join('\n') ||
            undefined,
        ]
      : [];
  const noInitiatives = initiativeCells([]);
  const cycleCells = [cycle?.name, cycle?.start, cycle?.end];
  for (const { team, objectives } of teams) {
    for (const { objective, keyResults, parent } of objectives) {
      const aligned = parent
        ? { title: parent.title }
        : objective.parentId
          ? elsewhere.get(objective.parentId)
          : undefined;
      const objectiveCells = [
        objective.owner?.displayName,
        objective.score,
        objective.description || undefined,
        ...cycleCells,
        objective.commitment === 'aspirational' ? 'Aspirational' : 'Committed',
        aligned?.title,
        aligned?.cycle,
      ];
      if (keyResults.length === 0) {
        const keyResultColumns = header.length - 2 - objectiveCells.length - noInitiatives.length;
        rows.push([
          team.name,
          objective.title,
          ...Array<CsvCell>(keyResultColumns).fill(undefined),
          ...objectiveCells,
          ...noInitiatives,
          ...ids(objective.id),
        ]);
      }
      for (const { keyResult, progress, status, initiatives } of keyResults) {
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
          keyResult.lastCheckInAt && dayOf(keyResult.lastCheckInAt),
          keyResult.score,
          ...objectiveCells,
          ...initiativeCells(initiatives),
          ...ids(objective.id, keyResult.id, initiatives),
        ]);
      }
    }
  }
  return rows;
}

/**
 * The board as shown, one row per KR, as formula-safe CSV (numbers stay numbers), in the CSV
 * dialect of the reader's locale.
 */
export function boardCsv(
  teams: readonly TeamView[],
  cycle: Cycle | undefined,
  elsewhere?: AlignedElsewhere,
  locale: string = defaultLocale,
  exportedFrom?: string,
): string {
  return toCsv(boardTable(teams, cycle, elsewhere, exportedFrom), csvDialectFor(locale));
}

/**
 * What the export names of the objectives the shown ones align to off the shown board: those on
 * the board read whole (`read`: My OKRs shows part of it) need no request; the others, another
 * cycle's or another team's, are read by id (one `$batch` per 20), their cycles named from the
 * cycles the board has read already.
 */
export async function alignedElsewhere(
  teams: readonly TeamView[],
  cycle: Cycle | undefined,
  read: readonly Objective[],
  repository: Pick<OkrRepository, 'loadObjectives' | 'listCycles'>,
): Promise<AlignedElsewhere> {
  const parentIds = new Set(
    teams.flatMap((team) =>
      team.objectives.flatMap(({ objective, parent }) =>
        !parent && objective.parentId ? [objective.parentId] : [],
      ),
    ),
  );
  if (parentIds.size === 0) return noneElsewhere;
  const onBoard = read.filter((objective) => parentIds.has(objective.id));
  const known = new Set(onBoard.map((objective) => objective.id));
  const missing = [...parentIds].filter((id) => !known.has(id));
  const parents = [...onBoard, ...(missing.length ? await repository.loadObjectives(missing) : [])];
  const otherCycles = parents.some((objective) => objective.cycleId !== cycle?.id);
  const cycleNames = new Map(
    (otherCycles ? await repository.listCycles() : []).map((each) => [each.id, each.name]),
  );
  return new Map(
    parents.map((objective) => [
      objective.id,
      {
        title: objective.title,
        ...(objective.cycleId !== cycle?.id ? { cycle: cycleNames.get(objective.cycleId) } : {}),
      },
    ]),
  );
}

/** Wide enough for the column's longest cell (in characters), up to a width that still reads. */
function columnWidth(table: readonly (readonly CsvCell[])[], column: number): number {
  const longest = Math.max(...table.map((row) => String(row[column] ?? '').length));
  return Math.min(60, Math.max(10, longest + 2));
}

const loadXlsxWriter = reloadable(() => import('write-excel-file/browser'));

/**
 * The board as shown as an Excel workbook, one sheet, header row frozen. Text is written as
 * text cells (`t="inlineStr"`/shared strings, never `<f>`), so `=HYPERLINK(…)` typed into a
 * title stays text; numbers are number cells. The writer (write-excel-file) is loaded only when
 * an export is asked for, so it is not in the board's first JavaScript.
 */
export async function boardXlsx(
  teams: readonly TeamView[],
  cycle: Cycle | undefined,
  elsewhere?: AlignedElsewhere,
  exportedFrom?: string,
): Promise<Blob> {
  const { default: writeXlsxFile } = await loadXlsxWriter();
  const sheet = cycle?.name ?? 'OKRs';
  const table = boardTable(teams, cycle, elsewhere, exportedFrom);
  const data = table.map((row, index) =>
    row.map((cell, column) =>
      cell === undefined
        ? null
        : typeof cell === 'number'
          ? { type: Number, value: cell }
          : index > 0 && dateColumns.has(column)
            ? // A date cell (a serial number shown as a date) that Excel sorts and filters as one.
              { type: Date, value: new Date(`${cell}T00:00:00Z`), format: 'yyyy-mm-dd' }
            : {
                type: String,
                value: cell,
                ...(index === 0 ? { fontWeight: 'bold' as const } : {}),
                // A cell of several initiatives shows them one a line.
                ...(cell.includes('\n') ? { wrap: true } : {}),
              },
    ),
  );
  return writeXlsxFile(data, {
    // Excel refuses sheet names over 31 characters or holding any of \ / ? * [ ] :
    sheet: sheet.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'OKRs',
    stickyRowsCount: 1,
    columns: table[0]!.map((_, column) => ({ width: columnWidth(table, column) })),
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

/** CSV as a file: UTF-8 with a byte-order mark, so Excel reads accents. */
function csvFile(csv: string): Blob {
  return new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
}

/** Hands the CSV to the browser as a download. */
export function downloadCsv(fileName: string, csv: string): void {
  downloadFile(fileName, csvFile(csv));
}

/**
 * The board as shown as a CSV (in the dialect of the reader's `locale`) or Excel file, "Aligns
 * to" read from the store for the objectives the shown ones align to off the board
 * (`alignedElsewhere`), and the items' ids in the store, so the file imported back updates them.
 */
export async function boardFile(
  format: 'CSV' | 'Excel',
  teams: readonly TeamView[],
  cycle: Cycle | undefined,
  read: readonly Objective[],
  repository: Pick<OkrRepository, 'loadObjectives' | 'listCycles' | 'storeIdentity'>,
  locale: string = defaultLocale,
): Promise<Blob> {
  const [aligned, exportedFrom] = await Promise.all([
    alignedElsewhere(teams, cycle, read, repository),
    repository.storeIdentity(),
  ]);
  return format === 'CSV'
    ? csvFile(boardCsv(teams, cycle, aligned, locale, exportedFrom))
    : boardXlsx(teams, cycle, aligned, exportedFrom);
}

/**
 * What an export says once its file is handed to the browser, e.g. "Exported 3 key results to
 * Sales, Q1.csv", naming the objectives it holds without any key result too; in the reader's
 * language where the page loaded its words.
 */
export function exportedMessage(
  keyResults: number,
  file: string,
  objectivesWithoutKeyResults = 0,
  translated?: LocaleWords,
  locale: string = defaultLocale,
): string {
  const { say } = dialogWordsFor(translated, locale);
  const krs = say('{count} {count|key result|key results}', { count: keyResults });
  const objectives = say('{count} {count|objective|objectives} without key results', {
    count: objectivesWithoutKeyResults,
  });
  if (objectivesWithoutKeyResults === 0)
    return say('Exported {what} to {file}', { what: krs, file });
  if (keyResults === 0) return say('Exported {what} to {file}', { what: objectives, file });
  return say('Exported {keyResults} and {objectives} to {file}', {
    keyResults: krs,
    objectives,
    file,
  });
}
