import type { Cycle, Team } from '../../core/model';
import type { RankedPrompt } from '../../core/coaching/prompts';
import type { SaveProgress } from '../../store/repository';
import type { ConflictChoice } from '../sync/check-ins';
import type { SheetFinding } from '../sync/coach';
import type { SendOutcome, SheetSummary } from '../sync/workbook-sync';
import type { OkrWorkbook } from '../workbook/types';

export interface TaskPaneProps {
  /** The workbook to work on: office.js in Excel, the simulator's grid on the local stack. */
  readonly workbook: OkrWorkbook;
}

export type Busy = 'load' | 'send' | 'coach' | 'resolve' | undefined;

export interface TaskPaneState {
  readonly me: string;
  readonly teams: readonly Team[];
  readonly cycles: readonly Cycle[];
  readonly teamId: string;
  readonly cycleId: string;
  readonly summary?: SheetSummary;
  readonly busy: Busy;
  readonly progress?: SaveProgress;
  readonly outcome?: SendOutcome;
  readonly error?: string;
  readonly autoSend: boolean;
  readonly findings?: readonly SheetFinding[];
  readonly prompts: readonly RankedPrompt[];
  readonly setTeamId: (id: string) => void;
  readonly setCycleId: (id: string) => void;
  readonly setAutoSend: (on: boolean) => void;
  readonly load: () => void;
  readonly send: () => void;
  readonly resolve: (keyResultId: string, choice: ConflictChoice) => void;
  readonly coach: () => void;
}
