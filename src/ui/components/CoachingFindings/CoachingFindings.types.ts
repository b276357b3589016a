import type { Finding } from '../../../core/coaching/types';

export interface CoachingFindingsProps {
  readonly findings: readonly Finding[];
  /** Shown when there is nothing to say, so silence reads as approval. */
  readonly emptyMessage?: string;
  /** Names the list for screen readers, e.g. "Coaching on the objective". */
  readonly label: string;
}
