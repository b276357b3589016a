import { useLayoutEffect, useState, type RefObject } from 'react';
import { defaultChartWidth, estimatedLabelWidth } from './chartGeometry';

export type Axis = 'value' | 'confidence';
export type LabelWidths = Readonly<Record<Axis, number>>;

/**
 * The width the chart is given, in CSS pixels, followed as it changes: the drawing takes it one
 * unit a pixel, so its text keeps its size in a 320 px side panel as in a wide dialog.
 */
export function useChartWidth(areaRef: RefObject<HTMLElement>): number {
  const [width, setWidth] = useState(defaultChartWidth);
  useLayoutEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    const follow = () => {
      if (area.clientWidth > 0) setWidth(area.clientWidth);
    };
    follow();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(follow);
    observer.observe(area);
    return () => observer.disconnect();
  }, [areaRef]);
  return width;
}

/** The widest rendered label of one axis (`data-axis` on its texts), where the browser lays out SVG. */
function measured(svg: SVGSVGElement, axis: Axis): number | undefined {
  const texts = [...svg.querySelectorAll<SVGTextElement>(`text[data-axis="${axis}"]`)];
  if (texts.some((text) => typeof text.getBBox !== 'function')) return undefined;
  // An axis without labels (a chart of one scale) needs no room.
  return Math.ceil(Math.max(0, ...texts.map((text) => text.getBBox().width)));
}

const widest = (labels: readonly string[]) => Math.max(0, ...labels.map(estimatedLabelWidth));

/**
 * The widest tick label of each axis as the browser draws it (measured before paint, in the
 * fonts the reader has), or a guess from the labels' length where nothing lays SVG out.
 */
export function useLabelWidths(
  svgRef: RefObject<SVGSVGElement>,
  labels: Readonly<Record<Axis, readonly string[]>>,
): LabelWidths {
  const key = [...labels.value, '|', ...labels.confidence].join('\n');
  const [measuredWidths, setMeasuredWidths] = useState<{ key: string; widths: LabelWidths }>();
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const value = measured(svg, 'value');
    const confidence = measured(svg, 'confidence');
    if (value === undefined || confidence === undefined) return;
    setMeasuredWidths((known) =>
      known?.key === key && known.widths.value === value && known.widths.confidence === confidence
        ? known
        : { key, widths: { value, confidence } },
    );
  }, [svgRef, key]);
  return measuredWidths?.key === key
    ? measuredWidths.widths
    : { value: widest(labels.value), confidence: widest(labels.confidence) };
}
