import { useCallback, useMemo } from 'react';
import { orderOf, type BoardLayout } from '../../../core/board-filter';
import type { Board } from '../../../store/repository';
import { useAppServices, useLocale, useLocaleWords } from '../../app/AppServices';
import { useSay } from '../../board/say';
import { buildBoardView, filterBoardView, keyResultTrends } from '../../board/boardView';
import type { CheckInHistory } from '../../board/boardView';
import type { KeyResultTrends, TeamView } from '../../board/boardView.types';
import type { ClosedCycleParts } from '../../board/closedCycle';
import { useBoardFilter, type BoardFilterApi } from '../../board/useBoardFilter';
import { today } from '../../board/useBoardData';
import type { CopyLinkApi } from '../../hooks/useCopyLink';
import { useModuleAfterPaint } from '../../hooks/useModuleAfterPaint';
import { reloadable } from '../../../reloadable';

// The exports load when one is asked for: the board's first screen does not need them. Nor does
// it need another order than the board's own, which loads when one is first asked for.
const loadExports = reloadable(() => import('../../board/exportBoard'));
const loadSorting = reloadable(() => import('../../board/sortBoardView'));

export type ExportFormat = 'CSV' | 'Excel';

/** The board as shown (searched, filtered, sorted), what to filter by, and its exports. */
export interface BoardView {
  /** The board as shown: filtered and sorted. */
  readonly teams: readonly TeamView[];
  /** The board filtered, in its own order: what the KR list puts in its order. */
  readonly filtered: readonly TeamView[];
  /** Its KRs' confidence trends, once the check-in history has been read. */
  readonly trends: KeyResultTrends | undefined;
  readonly filter: BoardFilterApi;
  /** The whole board, neither searched nor filtered: the owners and teams to filter by. */
  readonly wholeBoard: readonly TeamView[];
  readonly shown: {
    /** Key results shown, of those on the whole board. */
    readonly keyResults: number;
    readonly of: number;
    /** Objectives shown without any key result: the exports name them. */
    readonly objectivesWithoutKeyResults: number;
    /** On the whole board: a board in planning may hold objectives and no key result yet. */
    readonly objectivesOnBoard: number;
  };
  /** Downloads the board as shown as formula-safe CSV. */
  readonly exportCsv: () => void;
  /** Downloads the board as shown as an Excel workbook (the writer loads on demand). */
  readonly exportXlsx: () => void;
  /** Copies a deep link that opens this board with this search, filter, order, layout and cycle. */
  readonly copyViewLink: () => void;
}

export interface BoardViewOptions {
  /** The board shown (only the viewer's OKRs on My OKRs) and its check-in history. */
  readonly board: Board | undefined;
  readonly history: CheckInHistory | undefined;
  /** The whole board read, also what My OKRs leaves out (progress rolled up needs it). */
  readonly whole: Board | undefined;
  /** The teams asked for, in the order the board shows them (`buildBoardView`). */
  readonly teamIds?: readonly string[] | undefined;
  /** Adds what the board's objectives align to off it, once read (`useParentsElsewhere`). */
  readonly withParentsElsewhere?: ((teams: readonly TeamView[]) => TeamView[]) | undefined;
  /** The board's name, which the exported files take. */
  readonly label: string;
  /** The tab's own cycle (`current` or an id), which a view link keeps. */
  readonly ownCycleId: string;
  /** The layout shown, which a view link keeps. */
  readonly layout: BoardLayout;
  /** On a closed cycle's board, once they are in: its final scores, shown in place of statuses. */
  readonly closedCycle?: ClosedCycleParts | undefined;
  readonly copy: CopyLinkApi['copy'];
  /** Says that an export failed. */
  readonly onExportFailed: (format: ExportFormat) => void;
  /** Says that an export's file was made, and what it holds. */
  readonly onExported: (message: string) => void;
  /** Says that the search and filters leave nothing to export (no empty file is made). */
  readonly onNothingToExport: () => void;
}

export function useBoardView({
  board,
  history,
  whole,
  teamIds,
  withParentsElsewhere,
  label,
  ownCycleId,
  layout,
  closedCycle,
  copy,
  onExportFailed,
  onExported,
  onNothingToExport,
}: BoardViewOptions): BoardView {
  const { operatingModel, repository } = useAppServices();
  const say = useSay();
  const translated = useLocaleWords();
  const locale = useLocale();
  const wholeBoard = useMemo(() => {
    if (!board) return [];
    const built = buildBoardView(board, operatingModel, today(), whole, teamIds);
    const views = withParentsElsewhere ? withParentsElsewhere(built) : built;
    return closedCycle && board.cycle.state === 'closed'
      ? closedCycle.withFinalScores(views, operatingModel)
      : views;
  }, [board, operatingModel, whole, teamIds, withParentsElsewhere, closedCycle]);
  const trends = useMemo(
    () => (history ? keyResultTrends(history, operatingModel, today()) : undefined),
    [history, operatingModel],
  );
  const filter = useBoardFilter();
  const filtered = useMemo(
    () => filterBoardView(wholeBoard, filter.filter, operatingModel.confidenceScale),
    [wholeBoard, filter.filter, operatingModel.confidenceScale],
  );
  const { sort, direction } = orderOf(filter.filter);
  const ownOrder = sort === 'board' && direction === 'asc';
  // Until its chunk is in, which takes a moment once, another order shows the board's own.
  const sorting = useModuleAfterPaint(loadSorting, !ownOrder);
  const teams = useMemo(
    () =>
      ownOrder || !sorting
        ? filtered
        : sorting.sortBoardView(filtered, { sort, direction }, locale),
    [filtered, ownOrder, sorting, sort, direction, locale],
  );

  const shown = useMemo(
    () => ({
      keyResults: countKeyResults(teams),
      of: countKeyResults(wholeBoard),
      objectivesWithoutKeyResults: countObjectivesWithoutKeyResults(teams),
      objectivesOnBoard: wholeBoard.reduce((sum, team) => sum + team.objectives.length, 0),
    }),
    [teams, wholeBoard],
  );
  const fileName = label.replace(/[\\/:*?"<>|]/g, '');
  const cycle = board?.cycle;
  const nothingShown = shown.keyResults === 0 && shown.objectivesWithoutKeyResults === 0;
  const exportAs = useCallback(
    (format: ExportFormat) => {
      if (nothingShown) return onNothingToExport();
      const name = `${fileName}.${format === 'CSV' ? 'csv' : 'xlsx'}`;
      loadExports()
        .then(async ({ boardFile, downloadFile, exportedMessage }) => {
          // What the shown objectives align to off the board is read from the store as it is made.
          const read = whole?.objectives ?? [];
          downloadFile(name, await boardFile(format, teams, cycle, read, repository, locale));
          // Said by the exports' chunk, which loads with them, in the reader's language.
          onExported(
            exportedMessage(
              shown.keyResults,
              name,
              shown.objectivesWithoutKeyResults,
              translated,
              locale,
            ),
          );
        })
        .catch((error: unknown) => {
          console.error(`The ${format} export failed`, error);
          onExportFailed(format);
        });
    },
    [
      teams,
      cycle,
      whole,
      repository,
      fileName,
      onExportFailed,
      onExported,
      shown,
      nothingShown,
      onNothingToExport,
      translated,
      locale,
    ],
  );
  const copyViewLink = useCallback(
    () =>
      copy(
        {
          type: 'boardView',
          filter: {
            ...filter.filter,
            layout: layout === 'list' ? layout : undefined,
            ...(ownCycleId !== 'current' ? { cycleId: ownCycleId } : {}),
          },
        },
        say('Link to this view of the board'),
      ),
    [copy, filter.filter, ownCycleId, layout, say],
  );

  return {
    teams,
    filtered,
    trends,
    filter,
    wholeBoard,
    shown,
    exportCsv: useCallback(() => exportAs('CSV'), [exportAs]),
    exportXlsx: useCallback(() => exportAs('Excel'), [exportAs]),
    copyViewLink,
  };
}

function countKeyResults(teams: readonly TeamView[]): number {
  return teams.reduce(
    (sum, team) => sum + team.objectives.reduce((n, view) => n + view.keyResults.length, 0),
    0,
  );
}

function countObjectivesWithoutKeyResults(teams: readonly TeamView[]): number {
  return teams.reduce(
    (sum, team) => sum + team.objectives.filter((view) => view.keyResults.length === 0).length,
    0,
  );
}
