import type { ReactNode } from 'react';
import type { BoardSort } from '../../../core/board-filter';
import type { TeamView } from '../../board/boardView.types';
import type { BoardFilterApi } from '../../board/useBoardFilter';

export interface BoardToolbarProps {
  readonly filter: BoardFilterApi;
  /**
   * The whole board, neither searched nor filtered: the Filters menu offers its owners (and "No
   * owner" where some KR has none), and its teams where there is more than one.
   */
  readonly board: readonly TeamView[];
  /** "Showing 3 of 12 key results" when a filter hides some. */
  readonly shown: { readonly keyResults: number; readonly of: number };
  /** The board shows before its check-ins are in: says that trends and histories follow. */
  readonly loadingHistory?: boolean;
  /** Collapse or expand every objective card; a layout without cards (the KR list) has none. */
  readonly collapse?: {
    readonly all: boolean;
    readonly onCollapseAll: () => void;
    readonly onExpandAll: () => void;
  };
  /** The sorts offered, in this order. */
  readonly sorts: readonly BoardSort[];
  readonly onExportCsv: () => void;
  readonly onExportXlsx: () => void;
  readonly onCopyViewLink: () => void;
  /** The screen's own actions after the toolbar's (e.g. "New objective"). */
  readonly children?: ReactNode;
}
