import type { FormEvent } from 'react';
import type { CheckIn, Cycle, KeyResult } from '../../../core/model';
import type { Corrected } from '../../board/useBoardData';
import type { DialogWords } from '../../board/dialog-words';

/** A check-in to correct (new numbers or note) or to withdraw from the record, on its KR. */
export interface CorrectionTarget {
  readonly mode: 'edit' | 'withdraw';
  readonly checkIn: CheckIn;
  readonly keyResult: KeyResult;
}

export type { Corrected };

export interface CorrectCheckInDialogProps {
  /** The dialog is open while a target is given. */
  readonly target: CorrectionTarget | undefined;
  readonly cycle?: Cycle;
  readonly onDismiss: () => void;
  readonly onCorrected: (corrected: Corrected) => void;
}

export interface CorrectCheckInDialogState {
  readonly target: CorrectionTarget | undefined;
  readonly locale: string;
  readonly words: DialogWords;
  /** When the check-in was made and by whom, as the reader reads dates. */
  readonly made: string;
  readonly valueText: string;
  readonly setValueText: (text: string) => void;
  readonly confidence: number;
  readonly setConfidence: (confidence: number) => void;
  readonly confidenceMin: number;
  readonly confidenceMax: number;
  readonly note: string;
  readonly setNote: (note: string) => void;
  readonly noteMaxLength: number;
  readonly reason: string;
  readonly setReason: (reason: string) => void;
  readonly reasonMaxLength: number;
  /** Validation messages by field, shown once a save was tried (the counters show before). */
  readonly fieldErrors: Readonly<
    Partial<Record<'value' | 'confidence' | 'note' | 'correctionReason', string>>
  >;
  /** How a value typed the other way round (`1.5` in German) was read. */
  readonly readings: Readonly<Partial<Record<'value', string>>>;
  readonly formErrors: readonly string[];
  readonly saving: boolean;
  /** The save is waiting to try again (Graph throttled or busy). */
  readonly retrying: boolean;
  readonly error: unknown;
  readonly submit: (event?: FormEvent) => void;
  readonly dismiss: () => void;
}
