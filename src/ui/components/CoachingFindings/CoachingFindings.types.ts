import type { CoachingFix, CoachingFixKind, Finding } from '../../../core/coaching';

export interface CoachingFindingsProps {
  readonly findings: readonly Finding[];
  /** Shown when there is nothing to say, so silence reads as approval. */
  readonly emptyMessage?: string;
  /** Names the list for screen readers, e.g. "Coaching on the objective". */
  readonly label: string;
  /** The text the findings are about (what the coach last read), for people and tests alike. */
  readonly coachedText?: string;
  /** The fixes this surface can carry out; others are not offered. */
  readonly fixKinds?: readonly CoachingFixKind[];
  readonly onFix?: (fix: CoachingFix) => void;
}
