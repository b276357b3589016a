import type { CheckIn, KeyResult } from '../../../core/model';
import type { ChartPoint } from './HistoryChart.types';

/** The drawing: the plot inside room for the value axis (left), confidence (right) and dates. */
export const chartBox = {
  width: 560,
  height: 220,
  plot: { left: 72, right: 520, top: 12, bottom: 188 },
} as const;

function scale(value: number, from: number, to: number, outFrom: number, outTo: number): number {
  if (to === from) return (outFrom + outTo) / 2;
  return outFrom + ((value - from) / (to - from)) * (outTo - outFrom);
}

export interface Tick {
  readonly at: number;
  readonly value: number;
}

export interface Geometry {
  readonly value: readonly ChartPoint[];
  readonly confidence: readonly ChartPoint[];
  readonly targetY: number;
  /** Left axis: the KR's own scale (low, middle, high of start, target and every value). */
  readonly valueTicks: readonly Tick[];
  /** Right axis: confidence from 0 to the scale's top. */
  readonly confidenceTicks: readonly Tick[];
  /** Bottom axis: the period's (or the check-ins') first day, middle and last day, as times. */
  readonly timeTicks: readonly Tick[];
}

const thirds = (low: number, high: number) =>
  low === high ? [low] : [low, (low + high) / 2, high];

/** Places check-ins on the chart: time across, the KR's value (left axis) and confidence (right). */
export function chartGeometry(
  keyResult: KeyResult,
  checkIns: readonly CheckIn[],
  confidenceMax: number,
  period?: { readonly start: string; readonly end: string },
): Geometry {
  const { plot } = chartBox;
  const times = checkIns.map((checkIn) => Date.parse(checkIn.at));
  const first = period ? Date.parse(period.start) : Math.min(...times);
  const last = period ? Date.parse(period.end) : Math.max(...times);
  const values = [keyResult.start, keyResult.target, ...checkIns.map((c) => c.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (time: number) => scale(time, first, last, plot.left, plot.right);
  const y = (value: number) => scale(value, low, high, plot.bottom, plot.top);
  const yConfidence = (value: number) => scale(value, 0, confidenceMax, plot.bottom, plot.top);
  return {
    value: checkIns.map((checkIn, index) => ({ x: x(times[index] ?? first), y: y(checkIn.value) })),
    confidence: checkIns.flatMap((checkIn, index) =>
      checkIn.confidence === undefined
        ? []
        : [{ x: x(times[index] ?? first), y: yConfidence(checkIn.confidence) }],
    ),
    targetY: y(keyResult.target),
    valueTicks: thirds(low, high).map((value) => ({ at: y(value), value })),
    confidenceTicks: thirds(0, confidenceMax).map((value) => ({ at: yConfidence(value), value })),
    timeTicks: Number.isFinite(first)
      ? thirds(first, last).map((value) => ({ at: x(value), value }))
      : [],
  };
}

export function linePath(points: readonly ChartPoint[]): string {
  return points
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x.toFixed(1)},${point.y.toFixed(1)}`)
    .join(' ');
}
