import type { CoachHealth } from '../../coach/coachHealth';

export interface CoachHealthViewProps {
  readonly health: CoachHealth;
  readonly confidenceMax: number;
}
