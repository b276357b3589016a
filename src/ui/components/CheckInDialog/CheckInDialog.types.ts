import type { FormEvent } from 'react';
import type { CheckInSource, Cycle, IsoDate, KeyResult } from '../../../core/model';
import type { CheckInSaveReport } from '../../../store/repository';
import type { DialogWords } from '../../board/dialog-words';
import type { UnsavedChanges } from '../../hooks/useUnsavedChanges';

export interface CheckInDialogProps {
  /** The KR to check in on; the dialog is open while one is given. */
  readonly keyResult: KeyResult | undefined;
  readonly cycle: Cycle;
  readonly onDismiss: () => void;
  readonly onSaved: (saved: CheckInSaveReport['saved']) => void;
  readonly source?: CheckInSource;
  readonly meetingId?: string;
}

export interface CheckInDialogState {
  readonly open: boolean;
  /** The reader's locale: values are shown and typed in it, and the dialog speaks its language. */
  readonly locale: string;
  readonly words: DialogWords;
  readonly keyResult: KeyResult | undefined;
  readonly valueText: string;
  readonly setValueText: (text: string) => void;
  readonly confidence: number;
  readonly setConfidence: (confidence: number) => void;
  readonly confidenceMin: number;
  readonly confidenceMax: number;
  readonly note: string;
  readonly setNote: (note: string) => void;
  readonly noteMaxLength: number;
  /** The day the check-in is for (`YYYY-MM-DD`, or text typed that is no date): today at first. */
  readonly day: string;
  readonly setDay: (day: string) => void;
  /** The days the calendar offers: the cycle's, up to today. */
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  /** Why no check-in can be recorded for the day chosen, naming the days that can be. */
  readonly dayError: string | undefined;
  /**
   * The value is one to confirm (the core's rules: a big jump, or past 100% on a KR that reads
   * as a share): this message asks to confirm it, and the check-in is saved only once confirmed
   * and with a note.
   */
  readonly bigJump: string | undefined;
  /** A save was tried without confirming the value. */
  readonly jumpUnconfirmed: boolean;
  readonly confirmedJump: boolean;
  readonly setConfirmedJump: (confirmed: boolean) => void;
  /** Validation messages by field (`value`, `confidence`, `note`), shown once submitted or edited. */
  readonly fieldErrors: Readonly<Partial<Record<'value' | 'confidence' | 'note', string>>>;
  /** Other validation messages (closed cycle, date outside the cycle). */
  readonly formErrors: readonly string[];
  /** The coach's nudges by field: advice shown next to the field, never a blocker. */
  readonly nudges: Readonly<Partial<Record<'value' | 'note', string>>>;
  readonly saving: boolean;
  /** The save is waiting to try again (Graph throttled or busy). */
  readonly retrying: boolean;
  readonly error: unknown;
  /** The KR changed since it was opened: its newer value, to check in again on top of. */
  readonly conflict: KeyResult | undefined;
  readonly takeLatest: () => void;
  readonly submit: (event?: FormEvent) => void;
  readonly dismiss: () => void;
  /** Escape or a click outside, once something was typed or chosen, asks first. */
  readonly unsaved: UnsavedChanges;
}
