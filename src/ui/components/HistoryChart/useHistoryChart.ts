import { useCallback, useId, useMemo, useState } from 'react';
import { formatKeyResultMeasure, formatKeyResultTarget } from '../../../core/format';
import { useLocale } from '../../app/AppServices';
import { chartBox, chartGeometry, linePath } from './chartGeometry';
import type { HistoryChartProps, HistoryChartState } from './HistoryChart.types';

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
  const locale = useLocale();
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
    [locale],
  );
  const measure = (value: number) => formatKeyResultMeasure(keyResult, value, locale);
  const latest = checkIns[checkIns.length - 1];
  const description = latest
    ? `${checkIns.length} check-ins. From ${measure(keyResult.start)} towards ${formatKeyResultTarget(keyResult, locale)}; ` +
      `latest ${measure(latest.value)}` +
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
      value: measure(checkIn.value),
      confidence: checkIn.confidence === undefined ? '–' : `${checkIn.confidence}/${confidenceMax}`,
      note: checkIn.note,
    })),
    showTable,
    toggleTable,
    title: `History of ${keyResult.title}`,
    empty: checkIns.length === 0,
  };
}
