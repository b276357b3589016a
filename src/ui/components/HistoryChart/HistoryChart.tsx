import { renderHistoryChart } from './renderHistoryChart';
import { useHistoryChart } from './useHistoryChart';
import { useHistoryChartStyles } from './useHistoryChartStyles';
import type { HistoryChartProps } from './HistoryChart.types';

/** Value and confidence over a KR's check-ins as an SVG line chart, with a table alternative. */
export function HistoryChart(props: HistoryChartProps) {
  const state = useHistoryChart(props);
  const styles = useHistoryChartStyles();
  return renderHistoryChart(state, styles);
}
