import type { Status, StatusOverride } from '../../../core/model';

export interface StatusBadgeProps {
  readonly status: Status;
  /** A person's override of the computed status: who set it and why are shown with it. */
  readonly override?: StatusOverride;
  /** The message locale (the operating model's); English by default. */
  readonly locale?: string;
}
