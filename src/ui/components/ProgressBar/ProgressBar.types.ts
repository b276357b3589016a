import type { Status } from '../../../core/model';

export interface ProgressBarProps {
  /** Progress as a fraction, 0..1 (clamped for display). */
  readonly progress: number;
  readonly status?: Status;
  /** What the bar measures, read by screen readers, e.g. the KR title. */
  readonly label: string;
}
