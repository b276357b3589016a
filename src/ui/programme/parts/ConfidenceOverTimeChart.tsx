import { useId, useMemo, useRef } from 'react';
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ConfidencePoint } from '../../../core/cycle-review';
import { formatDay, formatNumber } from '../../../core/format';
import { useProgrammeSay } from '../programme-words';
import type { IsoDate } from '../../../core/model';
import { useLocale } from '../../app/AppServices';
import {
  chartFrame,
  confidenceTicks,
  labelGap,
  linePath,
  scale,
  thirds,
} from '../../components/HistoryChart/chartGeometry';
import { segment, tickLabel } from '../../components/HistoryChart/renderHistoryChart';
import { useChartWidth, useLabelWidths } from '../../components/HistoryChart/useChartFrame';
import { useHistoryChartStyles } from '../../components/HistoryChart/useHistoryChartStyles';

export interface ConfidenceOverTimeChartProps {
  /** One per check-in day so far, oldest first. */
  readonly points: readonly ConfidencePoint[];
  /** The top of the confidence scale (the bottom is drawn at 0). */
  readonly max: number;
  /** The cycle's dates, so the time axis spans the whole cycle. */
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
}

const time = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);

/**
 * Average confidence per check-in day as the history chart draws a KR's: dates across the cycle,
 * the confidence scale on the left, and a table with the same figures.
 */
export function ConfidenceOverTimeChart({ points, max, period }: ConfidenceOverTimeChartProps) {
  const styles = useHistoryChartStyles();
  const locale = useLocale();
  const say = useProgrammeSay();
  const titleId = useId();
  const descriptionId = useId();
  const areaRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useChartWidth(areaRef);
  const ticks = confidenceTicks(max);
  const labels = { value: ticks.map((tick) => formatNumber(tick, locale)), confidence: [] };
  const { plot, height } = chartFrame(width, useLabelWidths(svgRef, labels));
  const tickFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    [locale],
  );

  const first = time(period.start);
  const last = time(period.end);
  const x = (date: number) => scale(date, first, last, plot.left, plot.right);
  const y = (value: number) => scale(value, 0, max, plot.bottom, plot.top);
  const given = points.flatMap((point) =>
    point.average === undefined ? [] : [{ date: point.date, average: point.average }],
  );
  const placed = given.map((point) => ({ ...point, x: x(time(point.date)), y: y(point.average) }));
  const says = (point: { date: IsoDate; average: number }) =>
    say('{day:day}: {average} of {max}', { day: point.date, average: point.average, max });
  const earliest = given[0];
  const latest = given.at(-1);
  const description =
    earliest && latest
      ? earliest === latest
        ? say('Average confidence {point}.', { point: says(latest) })
        : say(
            'Average confidence from {earliest} to {latest}, over {count} {count|check-in day|check-in days}.',
            { earliest: says(earliest), latest: says(latest), count: given.length },
          )
      : say('No confidence given yet.');

  return (
    <figure className={styles.root}>
      <div className={styles.plotArea} ref={areaRef}>
        <svg
          ref={svgRef}
          className={styles.svg}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${titleId} ${descriptionId}`}
        >
          <title id={titleId}>{say('Average confidence over time')}</title>
          <desc id={descriptionId}>{description}</desc>
          {ticks.map((tick) =>
            segment(`g${tick}`, styles.grid, [plot.left, y(tick)], [plot.right, y(tick)]),
          )}
          {ticks.map((tick, index) =>
            tickLabel(
              `v${tick}`,
              labels.value[index]!,
              styles.tick,
              {
                x: plot.left - labelGap,
                y: y(tick),
                textAnchor: 'end',
                dominantBaseline: 'middle',
              },
              'value',
            ),
          )}
          {thirds(first, last).map((tick, index, all) =>
            tickLabel(
              `t${tick}`,
              tickFormat.format(new Date(tick)),
              styles.tick,
              {
                x: x(tick),
                y: plot.bottom + 18,
                textAnchor: index === 0 ? 'start' : index === all.length - 1 ? 'end' : 'middle',
              },
              'time',
            ),
          )}
          {segment('time axis', styles.axis, [plot.left, plot.bottom], [plot.right, plot.bottom])}
          {segment('value axis', styles.axis, [plot.left, plot.top], [plot.left, plot.bottom])}
          <path className={styles.value} d={linePath(placed)} />
          {placed.map((point) => (
            <circle key={point.date} className={styles.point} cx={point.x} cy={point.y} r={4}>
              <title>{says(point)}</title>
            </circle>
          ))}
        </svg>
      </div>
      <figcaption className={styles.legend}>
        <Caption1>
          <span className={styles.swatchValue} aria-hidden>
            ━{' '}
          </span>
          {say('Average confidence of the key results, from 0 to {max}, at each check-in day', {
            max,
          })}
        </Caption1>
      </figcaption>
      <div
        className={styles.tableScroll}
        role="region"
        aria-label={say('Confidence table')}
        tabIndex={0}
      >
        <Table
          className={styles.table}
          size="small"
          aria-label={say('Average confidence per check-in day')}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{say('Check-in day')}</TableHeaderCell>
              <TableHeaderCell>{say('Average confidence')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {points.map((point) => (
              <TableRow key={point.date}>
                <TableCell className={styles.date}>{formatDay(point.date, locale)}</TableCell>
                <TableCell className={styles.number}>
                  {point.average === undefined
                    ? say('None given yet')
                    : `${formatNumber(point.average, locale)} / ${formatNumber(max, locale)}`}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </figure>
  );
}
