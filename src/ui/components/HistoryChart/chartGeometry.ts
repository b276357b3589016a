import type { CheckIn, KeyResult } from '../../../core/model';
import type { ChartPoint } from './HistoryChart.types';

/** The drawing's height; its width is the room it is given, one unit a CSS pixel. */
export const chartHeight = 220;
export const defaultChartWidth = 560;
/** Tick labels' size in px: text keeps it whatever the chart's width. */
export const tickFontSize = 11;
/** Between a tick label and its axis, and between a label and the drawing's edge. */
export const labelGap = 6;
const edge = 2;

export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
}

/** A first guess at a label's width before the browser has measured it (no browser, no guess). */
export function estimatedLabelWidth(label: string): number {
  return Math.ceil(label.length * tickFontSize * 0.62);
}

/**
 * The plot inside room for the value axis's labels (left), confidence's (right) and the dates
 * (below), from the widest label on each side, so no label is ever cut at the drawing's edge.
 */
export function chartFrame(
  width: number,
  labelWidths: { readonly value: number; readonly confidence: number },
): ChartFrame {
  const left = Math.ceil(edge + labelWidths.value + labelGap);
  const right = Math.floor(width - edge - labelWidths.confidence - labelGap);
  return {
    width,
    height: chartHeight,
    plot: { left, right: Math.max(right, left + 1), top: 12, bottom: chartHeight - 32 },
  };
}

/** `value` between `from` and `to`, placed between `outFrom` and `outTo`; the middle when `from` is `to`. */
export function scale(
  value: number,
  from: number,
  to: number,
  outFrom: number,
  outTo: number,
): number {
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

/** An axis's ticks: its low end, middle and high end (one tick when they are the same). */
export const thirds = (low: number, high: number) =>
  low === high ? [low] : [low, (low + high) / 2, high];

/** The value axis's ticks: whole steps only for a KR done in steps (or done / not done). */
export function valueTicks(keyResult: KeyResult, checkIns: readonly CheckIn[]): number[] {
  const values = [keyResult.start, keyResult.target, ...checkIns.map((c) => c.value)];
  const ticks = thirds(Math.min(...values), Math.max(...values));
  if (keyResult.kind !== 'binary' && keyResult.kind !== 'milestone') return ticks;
  return ticks.filter((tick, index) => index !== 1 || Number.isInteger(tick));
}

/**
 * Room above the value axis's top tick and below its bottom one, as a share of the ticks' span:
 * the target is always one of the extremes (start, target and every value make the span), so
 * without it the target's line lay on the time axis or the top gridline and could not be seen.
 */
export const valueAxisMargin = 0.1;

/** The confidence axis's ticks: nothing, the middle and the top of the scale. */
export const confidenceTicks = (confidenceMax: number) => thirds(0, confidenceMax);

/** Places check-ins on the chart: time across, the KR's value (left axis) and confidence (right). */
export function chartGeometry(
  keyResult: KeyResult,
  checkIns: readonly CheckIn[],
  confidenceMax: number,
  { plot }: ChartFrame,
  period?: { readonly start: string; readonly end: string },
): Geometry {
  const times = checkIns.map((checkIn) => Date.parse(checkIn.at));
  const first = period ? Date.parse(period.start) : Math.min(...times);
  const last = period ? Date.parse(period.end) : Math.max(...times);
  const ticks = valueTicks(keyResult, checkIns);
  const margin = (ticks[ticks.length - 1]! - ticks[0]!) * valueAxisMargin;
  const low = ticks[0]! - margin;
  const high = ticks[ticks.length - 1]! + margin;
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
    valueTicks: ticks.map((value) => ({ at: y(value), value })),
    confidenceTicks: confidenceTicks(confidenceMax).map((value) => ({
      at: yConfidence(value),
      value,
    })),
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
