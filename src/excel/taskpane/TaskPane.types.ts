import type { Cycle, Team } from '../../core/model';
import type { RankedPrompt } from '../../core/coaching/prompts';
import type { SaveProgress } from '../../store/repository';
import type { ConflictChoice } from '../sync/check-ins';
import type { SheetFinding } from '../sync/coach';
import type { SendReview } from '../sync/structure';
import type { SendOutcome, SheetSummary } from '../sync/workbook-sync';
import type { KeyResult } from '../../core/model';
import type { CellProposal, LinkedKeyResult } from '../sync/cell-links';
import type { CellBindings, OkrWorkbook, SelectedCell } from '../workbook/types';
import type { RefObject } from 'react';
import type { PaneRequests } from './pane-requests';
import type { PaneWords } from '../pane-words';

export interface TaskPaneProps {
  /** The workbook to work on: office.js in Excel, the simulator's grid on the local stack. */
  readonly workbook: OkrWorkbook & CellBindings;
  /** The ribbon's requests ("Link to a key result…"). */
  readonly requests: PaneRequests;
}

export interface LinkedCellsState {
  /** The KRs of the chosen team and cycle, to link a cell to. */
  readonly keyResults: readonly KeyResult[];
  readonly chosenId: string;
  /** The cell selected when the ribbon's "Link to a key result…" opened the section. */
  readonly selected?: SelectedCell;
  /** The key result picker, focused when the ribbon's command opens the section. */
  readonly keyResultPicker: RefObject<HTMLSelectElement>;
  readonly linked: readonly LinkedKeyResult[];
  /** Check-ins proposed by linked cells that changed, not sent yet. */
  readonly proposals: readonly CellProposal[];
  readonly busy: boolean;
  readonly confirmation?: string;
  readonly error?: string;
  readonly choose: (keyResultId: string) => void;
  readonly link: () => void;
  readonly remove: (keyResult: KeyResult) => void;
  readonly send: (proposal: CellProposal) => void;
}

export type Busy = 'load' | 'send' | 'coach' | 'resolve' | undefined;

export type Confirmations = Pick<
  typeof import('./TaskPaneReviews'),
  'LoadReview' | 'SendReview' | 'opener'
>;

export interface TaskPaneState {
  /** The pane's words in Office's display language. */
  readonly words: PaneWords;
  readonly me: string;
  readonly teams: readonly Team[];
  readonly cycles: readonly Cycle[];
  readonly teamId: string;
  readonly cycleId: string;
  readonly summary?: SheetSummary;
  /** The workbook has an OKR table, and its summary waits for the workbook sync to load. */
  readonly readingSheet: boolean;
  readonly busy: Busy;
  readonly progress?: SaveProgress;
  readonly outcome?: SendOutcome;
  readonly error?: string;
  readonly autoSend: boolean;
  readonly findings?: readonly SheetFinding[];
  /** New rows and deleted rows a send would create and delete, waiting for the user's yes. */
  readonly review?: SendReview;
  readonly prompts: readonly RankedPrompt[];
  readonly setTeamId: (id: string) => void;
  readonly setCycleId: (id: string) => void;
  readonly setAutoSend: (on: boolean) => void;
  /** Load waits for the user's yes when it would replace read-only cells they typed over. */
  readonly confirmingLoad: boolean;
  /**
   * The confirmations' dialogs, loaded once the pane is painted (or when one is needed, if that
   * load failed): mounted closed once they are in, opening and closing as Fluent's dialog expects.
   */
  readonly confirmations?: Confirmations;
  readonly load: () => void;
  readonly confirmLoad: () => void;
  readonly cancelLoad: () => void;
  readonly send: () => void;
  readonly confirmReview: () => void;
  readonly cancelReview: () => void;
  readonly resolve: (keyResultId: string, choice: ConflictChoice) => void;
  readonly coach: () => void;
  readonly links: LinkedCellsState;
}
