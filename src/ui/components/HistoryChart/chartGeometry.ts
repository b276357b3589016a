import type { CheckIn, KeyResult } from '../../../core/model';
import type { ChartPoint } from './HistoryChart.types';

export const chartBox = { width: 480, height: 160, padding: 12 } as const;

function scale(value: number, from: number, to: number, outFrom: number, outTo: number): number {
  if (to === from) return (outFrom + outTo) / 2;
  return outFrom + ((value - from) / (to - from)) * (outTo - outFrom);
}

export interface Geometry {
  readonly value: readonly ChartPoint[];
  readonly confidence: readonly ChartPoint[];
  readonly targetY: number;
}

/** Places check-ins on the chart: time across, the KR's value (left) and confidence (0..max). */
export function chartGeometry(
  keyResult: KeyResult,
  checkIns: readonly CheckIn[],
  confidenceMax: number,
  period?: { readonly start: string; readonly end: string },
): Geometry {
  const { width, height, padding } = chartBox;
  const times = checkIns.map((checkIn) => Date.parse(checkIn.at));
  const first = period ? Date.parse(period.start) : Math.min(...times);
  const last = period ? Date.parse(period.end) : Math.max(...times);
  const values = [keyResult.start, keyResult.target, ...checkIns.map((c) => c.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (time: number) => scale(time, first, last, padding, width - padding);
  const y = (value: number) => scale(value, low, high, height - padding, padding);
  const yConfidence = (value: number) => scale(value, 0, confidenceMax, height - padding, padding);
  return {
    value: checkIns.map((checkIn, index) => ({ x: x(times[index] ?? first), y: y(checkIn.value) })),
    confidence: checkIns.flatMap((checkIn, index) =>
      checkIn.confidence === undefined
        ? []
        : [{ x: x(times[index] ?? first), y: yConfidence(checkIn.confidence) }],
    ),
    targetY: y(keyResult.target),
  };
}

export function linePath(points: readonly ChartPoint[]): string {
  return points
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x.toFixed(1)},${point.y.toFixed(1)}`)
    .join(' ');
}
