import type { CheckIn, Cycle, KeyResult, Objective, Person, Team } from '../../../core/model';
import type { Board } from '../../../store/repository';
import type { BoardRequest, BoardDataApi } from '../../board/useBoardData';
import type { TeamView } from '../../board/boardView.types';
import type { BoardFilterApi } from '../../board/useBoardFilter';
import type { BoardFocusTarget } from '../../components/Board/Board.types';
import type { MovedToInitiatives } from '../../components/KeyResultEditor/KeyResultEditor.types';
import type { ItemLinkTarget } from '../../../host/types';
import type { DeepLinkNotice } from '../../deepLink/useDeepLink';
import type { NudgeApi } from '../../hooks/useNudge';
import type { BoardActions } from './useBoardActions';
import type { CheckInCorrections } from './useCheckInCorrections';

export interface BoardScreenProps {
  readonly request: BoardRequest;
  /** Only the signed-in user's objectives and KRs ("My OKRs"). */
  readonly mine?: boolean;
  /** Objectives and KRs can be created and edited here. */
  readonly editable?: boolean;
  /** An objective or KR to open as its link would, instead of the host's link (the coach view's). */
  readonly open?: BoardOpening;
}

/** What to open on the board: the target as its link would, or its editor. */
export interface BoardOpening {
  readonly target: ItemLinkTarget;
  readonly edit?: boolean;
}

export type EditorTarget =
  | { readonly kind: 'objective'; readonly objective?: Objective }
  | { readonly kind: 'keyResult'; readonly objective: Objective; readonly keyResult?: KeyResult };

export interface BoardScreenState {
  /** The tab's first team: a new objective belongs to it unless changed. */
  readonly ownTeamId: string | undefined;
  /** Downloads the board as shown as formula-safe CSV. */
  readonly exportCsv: () => void;
  /** Downloads the board as shown as an Excel workbook (the writer loads on demand). */
  readonly exportXlsx: () => void;
  /** Copies a deep link that opens this board with this search, filter, order and cycle. */
  readonly copyViewLink: () => void;
  readonly filter: BoardFilterApi;
  /** Owners and teams on the whole board, to filter by. */
  readonly owners: readonly Person[];
  readonly filterTeams: readonly Team[];
  readonly shown: { readonly keyResults: number; readonly of: number };
  readonly data: BoardDataApi['data'];
  readonly reload: () => void;
  readonly board: Board | undefined;
  /** The board as shown: filtered and sorted. */
  readonly teams: readonly TeamView[];
  readonly label: string;
  readonly confidenceMax: number;
  readonly mine: boolean;
  readonly editable: boolean;
  readonly checkInOn: KeyResult | undefined;
  readonly openCheckIn: (keyResult: KeyResult) => void;
  readonly closeCheckIn: () => void;
  readonly onCheckInSaved: BoardDataApi['applyCheckIns'];
  readonly historyOf: KeyResult | undefined;
  readonly historyCheckIns: readonly CheckIn[];
  readonly openHistory: (keyResult: KeyResult) => void;
  readonly closeHistory: () => void;
  readonly editor: EditorTarget | undefined;
  readonly openEditor: (target: EditorTarget) => void;
  /** Stable handlers for the board's cards and rows, so a scroll frame re-renders none of them. */
  readonly editKeyResult: (keyResult: KeyResult) => void;
  readonly editObjective: (objective: Objective) => void;
  readonly addKeyResult: (objective: Objective) => void;
  readonly closeEditor: () => void;
  readonly onObjectiveSaved: (objective: Objective) => void;
  readonly onKeyResultSaved: (keyResult: KeyResult) => void;
  readonly onMovedToInitiatives: (moved: MovedToInitiatives) => void;
  readonly cycle: Cycle | undefined;
  readonly announcement: string;
  /** The objective or KR a deep link opened, once the board holds it. */
  readonly focusTarget: BoardFocusTarget | undefined;
  readonly onFocusTargetShown: (target: BoardFocusTarget) => void;
  readonly deepLinkNotice: DeepLinkNotice | undefined;
  /** Back to the screen's own board after a deep link showed another. */
  readonly dismissDeepLink: () => void;
  readonly backLabel: string;
  /** Status overrides can be set here (editable boards, and the owner's "My OKRs"). */
  readonly canSetStatus: boolean;
  readonly actions: BoardActions;
  /** "Nudge owner" on others' KRs; not on My OKRs, where every KR is the viewer's own. */
  readonly nudge: NudgeApi | undefined;
  /** The dialogs, editors and toasters are wanted: the board has loaded once. */
  readonly overlays: boolean;
  /** Correcting the history shown (edit, delete) and undoing a check-in just saved. */
  readonly corrections: CheckInCorrections;
}
