import { useId, useMemo, useRef, useState } from 'react';
import type { CheckIn, CheckInSource, CheckInStatus } from '../../../core/model';
import { formatAxisMeasure } from '../../../core/axis-format';
import { formatCheckInStatus } from '../../../core/check-in-status-words';
import { formatKeyResultMeasure, formatKeyResultTarget, formatNumber } from '../../../core/format';
import { importedFrom } from '../../../migrate/imported-from';
import { dayOf } from '../../app/day-of';
import { useDialogWords, type DialogText } from '../../board/dialog-words';
import {
  chartFrame,
  chartGeometry,
  confidenceTicks,
  estimatedLabelWidth,
  linePath,
  valueTicks,
} from './chartGeometry';
import { useChartWidth, useLabelWidths } from './useChartFrame';
import type { HistoryChartProps, HistoryChartState } from './HistoryChart.types';

const sourceLabels: Readonly<Record<CheckInSource, DialogText>> = {
  teams: 'Teams',
  excel: 'Excel',
  meeting: 'Meeting',
};

export function useHistoryChart(props: HistoryChartProps): HistoryChartState {
  const { keyResult, checkIns, confidenceMax, period, onCorrect, mayCorrect } = props;
  const titleId = useId();
  const descriptionId = useId();
  const [active, setActive] = useState<number | undefined>(undefined);

  const { locale, say, measure: words } = useDialogWords();
  const areaRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useChartWidth(areaRef);
  const valueTickValues = useMemo(() => valueTicks(keyResult, checkIns), [keyResult, checkIns]);
  // A unit too long for a third of the width is named in the legend instead of on each tick.
  const axisUnit = valueTickValues.every(
    (value) => estimatedLabelWidth(formatAxisMeasure(keyResult, value, locale)) <= width / 3,
  );
  const labels = {
    value: valueTickValues.map((value) => formatAxisMeasure(keyResult, value, locale, axisUnit)),
    confidence: confidenceTicks(confidenceMax).map((value) => formatNumber(value, locale)),
  };
  const frame = chartFrame(width, useLabelWidths(svgRef, labels));
  const geometry = chartGeometry(keyResult, checkIns, confidenceMax, frame, period);

  // A check-in's day as its reader counts it (`dayOf`: their zone, and an imported day as named).
  const dayFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    [locale],
  );
  const dateOf = (checkIn: CheckIn) => dayFormat.format(new Date(`${dayOf(checkIn.at)}T00:00:00Z`));
  const tickFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }),
    [locale],
  );
  const measure = (value: number) => formatKeyResultMeasure(keyResult, value, locale, words);
  const statusWords = (status: CheckInStatus) => formatCheckInStatus(status, locale);
  const latest = checkIns[checkIns.length - 1];
  const description = latest
    ? say(
        latest.confidence === undefined
          ? '{count} {count|check-in|check-ins}. From {start} towards {target}; latest {latest}.'
          : '{count} {count|check-in|check-ins}. From {start} towards {target}; latest {latest} with confidence {confidence} of {max}.',
        {
          count: checkIns.length,
          start: measure(keyResult.start),
          target: formatKeyResultTarget(keyResult, locale, words),
          latest: measure(latest.value),
          confidence: latest.confidence ?? '',
          max: confidenceMax,
        },
      )
    : say('No check-ins yet.');

  return {
    titleId,
    descriptionId,
    areaRef,
    svgRef,
    width: frame.width,
    height: frame.height,
    plot: frame.plot,
    valuePath: linePath(geometry.value),
    confidencePath: linePath(geometry.confidence),
    valuePoints: geometry.value.map((point, index) => {
      const checkIn = checkIns[index]!;
      const confidence =
        checkIn.confidence === undefined
          ? ''
          : say(', confidence {confidence} of {max}', {
              confidence: checkIn.confidence,
              max: confidenceMax,
            });
      const status = checkIn.status ? `, ${statusWords(checkIn.status)}` : '';
      const who = checkIn.author.displayName
        ? say(', by {name}', { name: checkIn.author.displayName })
        : '';
      const date = dateOf(checkIn);
      return {
        ...point,
        label: `${say('{date}: {value}', { date, value: measure(checkIn.value) })}${confidence}${status}${who}`,
      };
    }),
    targetY: geometry.targetY,
    valueTicks: geometry.valueTicks.map((tick, index) => ({
      y: tick.at,
      label: labels.value[index]!,
    })),
    confidenceTicks: geometry.confidenceTicks.map((tick, index) => ({
      y: tick.at,
      label: labels.confidence[index]!,
    })),
    valueLegend:
      axisUnit || !keyResult.unit.trim()
        ? say('Value (left scale)')
        : say('Value in {unit} (left scale)', { unit: keyResult.unit.trim() }),
    timeTicks: geometry.timeTicks.map((tick) => ({
      x: tick.at,
      label: tickFormat.format(new Date(tick.value)),
    })),
    active,
    setActive,
    description,
    rows: checkIns
      .map((checkIn, index) => ({
        key: checkIn.id ?? checkIn.clientId ?? String(index),
        checkIn,
        date: dateOf(checkIn),
        value: measure(checkIn.value),
        confidence:
          checkIn.confidence === undefined ? '–' : `${checkIn.confidence}/${confidenceMax}`,
        status: checkIn.status ? statusWords(checkIn.status) : '–',
        author: checkIn.author.displayName || say('Unknown'),
        // An imported check-in says where from (Viva Goals), not the surface it was written on.
        source: say(importedFrom(checkIn.clientId) ?? sourceLabels[checkIn.source]),
        note: checkIn.note,
        corrected: checkIn.correction
          ? say('Corrected by {name}: {reason}', {
              name: checkIn.correction.by.displayName,
              reason: checkIn.correction.reason,
            })
          : undefined,
        correctable: onCorrect !== undefined && (mayCorrect?.(checkIn) ?? true),
      }))
      .reverse(),
    onCorrect: checkIns.some((checkIn) => mayCorrect?.(checkIn) ?? true) ? onCorrect : undefined,
    hasStatus: checkIns.some((checkIn) => checkIn.status !== undefined),
    title: say('History of {title}', { title: keyResult.title }),
    keyResultTitle: keyResult.title,
    empty: checkIns.length === 0,
    say,
  };
}
