import type { Cycle, IsoDate } from '../../../core/model';

/** The next dated ritual of the cycle's coaching plan, e.g. the mid-cycle review. */
export interface UpcomingRitual {
  readonly label: string;
  readonly date: IsoDate;
}

export interface CycleSwitcherProps {
  /** Every cycle the person may switch to (overlapping annual and quarterly cycles are normal). */
  readonly cycles: readonly Cycle[];
  readonly selectedId: string;
  readonly onSelect: (cycleId: string) => void;
  /** Today, as the page sees it: the component reads no clock. */
  readonly today: IsoDate;
  readonly nextRitual?: UpcomingRitual;
}
