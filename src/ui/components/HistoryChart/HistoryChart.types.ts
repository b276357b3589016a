import type { RefObject } from 'react';
import type { CheckIn, IsoDate, KeyResult } from '../../../core/model';
import type { ChartFrame } from './chartGeometry';
import type { Say } from '../../board/say';

export interface HistoryChartProps {
  readonly keyResult: KeyResult;
  /** The KR's check-ins, oldest first. */
  readonly checkIns: readonly CheckIn[];
  /** The top of the confidence scale (the bottom is drawn at 0). */
  readonly confidenceMax: number;
  /** The cycle's dates, so the time axis spans the whole cycle. */
  readonly period?: { readonly start: IsoDate; readonly end: IsoDate };
  /** Corrects a check-in of the record: offered on each row `mayCorrect` allows. */
  readonly onCorrect?: (checkIn: CheckIn, mode: 'edit' | 'withdraw') => void;
  /** Whether the reader may correct this check-in (theirs, or any for a coach). */
  readonly mayCorrect?: (checkIn: CheckIn) => boolean;
}

export interface HistoryRow {
  readonly key: string;
  readonly checkIn: CheckIn;
  readonly date: string;
  readonly value: string;
  readonly confidence: string;
  /** The status the owner gave (On track, Behind, …), or a dash. */
  readonly status: string;
  readonly author: string;
  /** Where it was made: Teams, Excel, or the meeting. */
  readonly source: string;
  readonly note: string;
  /** "Corrected by … : reason" once someone corrected it. */
  readonly corrected: string | undefined;
  /** The reader may edit or delete it. */
  readonly correctable: boolean;
}

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

/** The drawing's `width` and `height` (one unit a CSS pixel) and its `plot` inside them. */
export interface HistoryChartState extends ChartFrame {
  /** The chart's box: its width is the drawing's. */
  readonly areaRef: RefObject<HTMLDivElement>;
  /** The drawing, whose tick labels are measured to make room for them. */
  readonly svgRef: RefObject<SVGSVGElement>;
  readonly titleId: string;
  readonly descriptionId: string;
  readonly valuePath: string;
  readonly confidencePath: string;
  /** One per check-in, oldest first; `label` is its tooltip and accessible name. */
  readonly valuePoints: readonly (ChartPoint & { readonly label: string })[];
  readonly targetY: number;
  readonly valueTicks: readonly { readonly y: number; readonly label: string }[];
  readonly confidenceTicks: readonly { readonly y: number; readonly label: string }[];
  readonly timeTicks: readonly { readonly x: number; readonly label: string }[];
  /** The value line's legend, naming the unit when the ticks have no room for it. */
  readonly valueLegend: string;
  /** The point whose tooltip shows (hovered or focused). */
  readonly active: number | undefined;
  readonly setActive: (index: number | undefined) => void;
  readonly description: string;
  /** Newest first. */
  readonly rows: readonly HistoryRow[];
  /** Given when the reader may correct at least one of the check-ins. */
  readonly onCorrect: HistoryChartProps['onCorrect'];
  /** Some check-in carries a status (imported ones do): the table shows the column. */
  readonly hasStatus: boolean;
  readonly title: string;
  readonly keyResultTitle: string;
  readonly empty: boolean;
  readonly say: Say;
}
