export type TrendDirection = 'rising' | 'steady' | 'falling';

export interface ConfidenceTrendProps {
  /** The latest confidence; undefined when none was given yet. */
  readonly confidence?: number;
  /** The top of the organisation's confidence scale (10 by default). */
  readonly scaleMax: number;
  /** Direction over recent check-ins; undefined with too few check-ins to tell. */
  readonly trend?: TrendDirection;
}
