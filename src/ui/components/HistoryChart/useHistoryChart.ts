import { useCallback, useId, useMemo, useState } from 'react';
import { chartBox, chartGeometry, linePath } from './chartGeometry';
import type { HistoryChartProps, HistoryChartState } from './HistoryChart.types';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function useHistoryChart(props: HistoryChartProps): HistoryChartState {
  const { keyResult, checkIns, confidenceMax, period } = props;
  const titleId = useId();
  const descriptionId = useId();
  const [showTable, setShowTable] = useState(false);
  const toggleTable = useCallback(() => setShowTable((shown) => !shown), []);

  const geometry = useMemo(
    () => chartGeometry(keyResult, checkIns, confidenceMax, period),
    [keyResult, checkIns, confidenceMax, period],
  );
  const unit = keyResult.unit ? ` ${keyResult.unit}` : '';
  const latest = checkIns[checkIns.length - 1];
  const description = latest
    ? `${checkIns.length} check-ins. From ${keyResult.start}${unit} towards ${keyResult.target}${unit}; ` +
      `latest ${latest.value}${unit}` +
      (latest.confidence === undefined
        ? '.'
        : ` with confidence ${latest.confidence} of ${confidenceMax}.`)
    : 'No check-ins yet.';

  return {
    titleId,
    descriptionId,
    width: chartBox.width,
    height: chartBox.height,
    valuePath: linePath(geometry.value),
    confidencePath: linePath(geometry.confidence),
    valuePoints: geometry.value,
    targetY: geometry.targetY,
    description,
    rows: checkIns.map((checkIn, index) => ({
      key: checkIn.id ?? checkIn.clientId ?? String(index),
      date: dateFormat.format(new Date(checkIn.at)),
      value: `${checkIn.value}${unit}`,
      confidence: checkIn.confidence === undefined ? '–' : `${checkIn.confidence}/${confidenceMax}`,
      note: checkIn.note,
    })),
    showTable,
    toggleTable,
    title: `History of ${keyResult.title}`,
    empty: checkIns.length === 0,
  };
}
