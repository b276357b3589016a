import type { FormEvent } from 'react';
import type { CoachingFix, Finding } from '../../../core/coaching';
import type { KeyResult, KeyResultKind, Objective } from '../../../core/model';
import type { SaveWithConflict } from '../../hooks/useSaveWithConflict';
import type { ConflictRow } from '../ConflictDialog/ConflictDialog.types';

export interface KeyResultEditorProps {
  readonly objective: Objective;
  /** Edit this KR; create a new one when omitted. */
  readonly keyResult?: KeyResult;
  readonly onDismiss: () => void;
  /** Offers "Delete" when editing an existing item; the board confirms and deletes. */
  readonly onDelete?: () => void;
  readonly onSaved: (keyResult: KeyResult) => void;
}

export type KeyResultField = 'title' | 'kind' | 'start' | 'target' | 'unit' | 'weight';

export interface KeyResultEditorState {
  readonly creating: boolean;
  /** The KR being edited (its initiatives are edited alongside); none while creating. */
  readonly keyResult?: KeyResult;
  readonly objective: Objective;
  readonly title: string;
  readonly setTitle: (title: string) => void;
  readonly kind: KeyResultKind;
  readonly setKind: (kind: KeyResultKind) => void;
  readonly startText: string;
  readonly setStartText: (text: string) => void;
  readonly targetText: string;
  readonly setTargetText: (text: string) => void;
  readonly unit: string;
  readonly setUnit: (unit: string) => void;
  readonly weightText: string;
  readonly setWeightText: (text: string) => void;
  readonly titleMaxLength: number;
  readonly errors: Readonly<Partial<Record<KeyResultField, string>>>;
  readonly findings: readonly Finding[];
  /** The title as the coach last read it (after a pause or on leaving the field). */
  readonly coachedTitle: string;
  readonly coachingPending: boolean;
  /** The person left the title field: read it now. */
  readonly settleCoaching: () => void;
  readonly applyFix: (fix: CoachingFix) => void;
  readonly saving: SaveWithConflict<KeyResult>;
  readonly conflictRows: readonly ConflictRow[];
  readonly submit: (event?: FormEvent) => void;
  readonly dismiss: () => void;
  readonly requestDelete: (() => void) | undefined;
}
