import type { ReactNode } from 'react';
import type { BoardSort } from '../../../core/board-filter';
import type { Person, Team } from '../../../core/model';
import type { BoardFilterApi } from '../../board/useBoardFilter';

export interface BoardToolbarProps {
  readonly filter: BoardFilterApi;
  /** Everyone who owns a KR or objective on the board, to filter by. */
  readonly owners: readonly Person[];
  /** Whether some KR has no owner: the owner filter offers "No owner". */
  readonly someUnowned: boolean;
  /** The tab's teams; the team filter shows when there is more than one. */
  readonly teams: readonly Team[];
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
