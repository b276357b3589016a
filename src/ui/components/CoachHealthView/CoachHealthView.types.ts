import type { CoachHealth } from '../../coach/coachHealth';
import type { NudgeApi } from '../../hooks/useNudge';

export interface CoachHealthViewProps {
  readonly health: CoachHealth;
  readonly confidenceMax: number;
  /** "Nudge owner" on stale and falling KRs, where the viewer may nudge. */
  readonly nudge?: NudgeApi;
}
