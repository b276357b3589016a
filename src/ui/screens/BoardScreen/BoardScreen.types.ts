import type { ReactNode, RefObject } from 'react';
import type { BoardLayout } from '../../../core/board-filter';
import type { Cycle, KeyResult, Objective } from '../../../core/model';
import type { Board } from '../../../store/repository';
import type { BoardRequest, BoardDataApi } from '../../board/useBoardData';
import type { ClosedCycleParts } from '../../board/closedCycle';
import type { ItemLinkTarget } from '../../../host/types';
import type { BoardWords } from '../../board/board-words';
import type { NudgeApi } from '../../hooks/useNudge';
import type { BoardActions } from './useBoardActions';
import type { BoardCheckIn, BoardHistory } from './useBoardDialogs';
import type { BoardEditing } from './useBoardEditing';
import type { BoardLanding } from './useBoardLanding';
import type { BoardView } from './useBoardView';

export interface BoardScreenProps {
  readonly request: BoardRequest;
  /** Only the signed-in user's objectives and KRs ("My OKRs"). */
  readonly mine?: boolean;
  /** What My OKRs shows when the viewer owns nothing on it. */
  readonly noneOwned?: ReactNode;
  /** What the page shows when no cycle is running; a general empty state when left out. */
  readonly noCycle?: ReactNode;
  /** Objectives and KRs can be created and edited here. */
  readonly editable?: boolean;
  /** An objective or KR to open as its link would, instead of the host's link (the coach view's). */
  readonly open?: BoardOpening;
  /** Every KR in one list (the tab's "Key results" view); the cards when left out. */
  readonly layout?: BoardLayout;
  /** Shows another cycle: an empty board offers the cycles that hold its teams' OKRs. */
  readonly onSelectCycle?: (cycleId: string) => void;
  /** A team's tab: the board offers the objectives of the teams under the tab's teams. */
  readonly subTeams?: SubTeamsChoice;
}

/** The tab's own teams, and the teams its board shows with the teams under them, if it does. */
export interface SubTeamsChoice {
  readonly own: readonly string[];
  readonly shown: readonly string[] | undefined;
  /** Shows these teams (the tab's own with the teams under them), or with none the tab's own. */
  readonly show: (teamIds: readonly string[] | undefined) => void;
}

/** What to open on the board: the target as its link would, or its editor. */
export interface BoardOpening {
  readonly target: ItemLinkTarget;
  readonly edit?: boolean;
}

export type EditorTarget =
  | { readonly kind: 'objective'; readonly objective?: Objective }
  | { readonly kind: 'keyResult'; readonly objective: Objective; readonly keyResult?: KeyResult };

/** The board screen's state, grouped by concern (each group is its own hook). */
export interface BoardScreenState {
  /** The board's words in the reader's language. */
  readonly words: BoardWords;
  readonly data: BoardDataApi['data'];
  /** On a closed cycle's board: its final scores and banner, once they are in. */
  readonly closedCycle: ClosedCycleParts | undefined;
  /** Reads the board again after it failed to; focus goes to its region. */
  readonly retry: () => void;
  readonly region: RefObject<HTMLElement>;
  /** The board read (only the viewer's OKRs on My OKRs), once it is read. */
  readonly board: Board | undefined;
  readonly cycle: Cycle | undefined;
  readonly label: string;
  /** The tab's first team: a new objective belongs to it unless changed. */
  readonly ownTeamId: string | undefined;
  readonly confidenceMax: number;
  readonly mine: boolean;
  readonly layout: BoardLayout;
  readonly editable: boolean;
  /** Status overrides can be set here (editable boards, and the owner's "My OKRs"). */
  readonly canSetStatus: boolean;
  readonly announcement: string;
  /** The dialogs, editors and toasters are wanted: one was asked for, or a toast waits. */
  readonly overlays: boolean;
  /** What someone asked the overlays to show (a dialog or an editor to open), if anything. */
  readonly askedOfOverlays: readonly unknown[];
  /** The board as shown, its filters and exports. */
  readonly view: BoardView;
  readonly checkIn: BoardCheckIn;
  readonly history: BoardHistory;
  readonly editing: BoardEditing;
  /** Where a deep link landed, and the notice when it did not simply land on this board. */
  readonly landing: BoardLanding;
  readonly actions: BoardActions;
  /** "Nudge owner" on others' KRs; not on My OKRs, where every KR is the viewer's own. */
  readonly nudge: NudgeApi | undefined;
  /** What My OKRs shows when the viewer owns nothing on it. */
  readonly noneOwned: ReactNode;
  readonly noCycle: ReactNode;
  /**
   * Where the teams' OKRs are when this board's cycle holds none of them: the open cycles that
   * do, the teams' names, and the switch to one (none where the board cannot switch).
   */
  readonly okrsElsewhere: {
    readonly cycles: readonly Cycle[];
    readonly teamNames: readonly string[];
    readonly show: ((cycleId: string) => void) | undefined;
  };
  /** On the tab's own board (not a deep link's): the teams under its teams, offered. */
  readonly subTeams: SubTeamsChoice | undefined;
  /** Shows a corrected or withdrawn check-in on the board (the overlays correct them). */
  readonly applyCorrection: BoardDataApi['applyCorrection'];
}
