import type { CheckIn, IsoDate, KeyResult } from '../../../core/model';

export interface HistoryChartProps {
  readonly keyResult: KeyResult;
  /** The KR's check-ins, oldest first. */
  readonly checkIns: readonly CheckIn[];
  /** The top of the confidence scale (the bottom is drawn at 0). */
  readonly confidenceMax: number;
  /** The cycle's dates, so the time axis spans the whole cycle. */
  readonly period?: { readonly start: IsoDate; readonly end: IsoDate };
}

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

export interface HistoryChartState {
  readonly titleId: string;
  readonly descriptionId: string;
  readonly width: number;
  readonly height: number;
  readonly valuePath: string;
  readonly confidencePath: string;
  readonly valuePoints: readonly ChartPoint[];
  readonly targetY: number;
  readonly description: string;
  readonly rows: readonly {
    readonly key: string;
    readonly date: string;
    readonly value: string;
    readonly confidence: string;
    readonly note: string;
  }[];
  readonly showTable: boolean;
  readonly toggleTable: () => void;
  readonly title: string;
  readonly empty: boolean;
}
