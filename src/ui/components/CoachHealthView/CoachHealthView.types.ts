import type { KeyResult } from '../../../core/model';
import type { CoachHealth, CoachItem } from '../../coach/coachHealth';
import type { NudgeApi } from '../../hooks/useNudge';

/** What can be done from the coach view with each objective or KR it lists. */
export interface CoachActions {
  /** Shows it on the board. */
  readonly open: (item: CoachItem) => void;
  readonly copyLink: (item: CoachItem) => void;
  /** Whether the viewer may check in on it and edit it (its owner, a coach or an admin). */
  readonly mayChange: (item: CoachItem) => boolean;
  readonly checkIn: (keyResult: KeyResult) => void;
  readonly edit: (item: CoachItem) => void;
}

export interface CoachHealthViewProps {
  readonly health: CoachHealth;
  readonly confidenceMax: number;
  /** What the view covers: "Coaching Sales and Marketing · Q4 2026". */
  readonly scope?: string;
  /** "Nudge owner" on stale and falling KRs, where the viewer may nudge. */
  readonly nudge?: NudgeApi;
  readonly actions?: CoachActions;
}
