import type { Status } from '../../../core/model';

export interface StatusBadgeProps {
  readonly status: Status;
  /** Set when a person overrode the computed status; shown in the label. */
  readonly overridden?: boolean;
  /** The message locale (the operating model's); English by default. */
  readonly locale?: string;
}
