import type { DraftEdit, DraftStatus, SharedDraft } from '../../../core/rituals';
import type { Objective, Team } from '../../../core/model';
import type { Board } from '../../../store/repository';
import type { MeetingSay } from '../meeting-words';
import type { LiveStatus } from '../Stage/Stage.types';

export interface PlanningProps {
  /** The board the drafts go to: its cycle and teams, and what the coach compares them with. */
  readonly board: Board;
  readonly onSaved: (objective: Objective) => void;
}

export interface DraftView {
  readonly draft: SharedDraft;
  readonly status: DraftStatus;
  /** Everyone else editing it now, by name. */
  readonly editors: readonly string[];
  /** Why it cannot be saved as it is (the title breaks a rule), if so. */
  readonly problem: string | undefined;
}

export type SaveOutcome =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  | { readonly status: 'done'; readonly saved: number; readonly savedElsewhere: number }
  | {
      readonly status: 'failed';
      /** Those saved all the same (this participant's, before or beside the failures). */
      readonly saved: number;
      /** Each draft not saved, by its name on the screen, and why. */
      readonly message: string;
    };

export interface PlanningState {
  /** The drafts' messages in the reader's language. */
  readonly say: MeetingSay;
  readonly live: LiveStatus;
  readonly retry: () => void;
  readonly board: Board;
  readonly teams: readonly Team[];
  readonly drafts: readonly DraftView[];
  readonly start: () => void;
  readonly edit: (draftId: string, edit: DraftEdit) => void;
  /** This participant is editing a draft (focus), or stopped (blur: undefined). */
  readonly editing: (draftId: string | undefined) => void;
  /** How many accepted drafts a save would take now (one that breaks a rule is named, not written). */
  readonly toSave: number;
  /** Why this participant cannot save (an attendee); undefined when they can. */
  readonly saveRefusal: string | undefined;
  readonly save: () => void;
  readonly saveOutcome: SaveOutcome;
}
