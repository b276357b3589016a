import {
  Button,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';
import type { KeyboardEvent, SVGProps } from 'react';
import { labelGap } from './chartGeometry';
import type { HistoryChartState } from './HistoryChart.types';
import type { useHistoryChartStyles } from './useHistoryChartStyles';

/** Arrow keys move between the check-ins; only the one in focus is a tab stop. */
function movePoint(state: HistoryChartState, event: KeyboardEvent<SVGElement>) {
  const last = state.valuePoints.length - 1;
  const current = state.active ?? last;
  const next =
    event.key === 'ArrowLeft' || event.key === 'ArrowDown'
      ? Math.max(0, current - 1)
      : event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? Math.min(last, current + 1)
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? last
            : undefined;
  if (next === undefined) return;
  event.preventDefault();
  state.setActive(next);
  const svg = event.currentTarget.closest('svg');
  svg?.querySelectorAll<SVGCircleElement>('circle[data-point]')[next]?.focus();
}

/** A straight line of the chart (an axis, a gridline, the target) from one point to another. */
export function segment(
  key: string,
  className: string,
  [x1, y1]: readonly [number, number],
  [x2, y2]: readonly [number, number],
) {
  return <line key={key} data-line={key} className={className} x1={x1} y1={y1} x2={x2} y2={y2} />;
}

/** A tick's label on one of the chart's axes, placed and anchored as that axis wants. */
export function tickLabel(
  key: string,
  label: string,
  className: string,
  place: Pick<SVGProps<SVGTextElement>, 'x' | 'y' | 'textAnchor' | 'dominantBaseline'>,
  axis: 'value' | 'confidence' | 'time',
) {
  return (
    <text key={key} className={className} data-axis={axis} {...place}>
      {label}
    </text>
  );
}

function renderChart(state: HistoryChartState, styles: ReturnType<typeof useHistoryChartStyles>) {
  const { plot } = state;
  const tabStop = state.active ?? state.valuePoints.length - 1;
  const active = state.active === undefined ? undefined : state.valuePoints[state.active];
  return (
    <div className={styles.plotArea} ref={state.areaRef}>
      <svg
        ref={state.svgRef}
        className={styles.svg}
        viewBox={`0 0 ${state.width} ${state.height}`}
        role="group"
        aria-labelledby={`${state.titleId} ${state.descriptionId}`}
      >
        <title id={state.titleId}>{state.title}</title>
        <desc id={state.descriptionId}>{state.description}</desc>
        <g aria-hidden>
          {state.valueTicks.map((tick) =>
            segment(`g${tick.y}`, styles.grid, [plot.left, tick.y], [plot.right, tick.y]),
          )}
          {[
            ...state.valueTicks.map((tick) =>
              tickLabel(
                `v${tick.y}`,
                tick.label,
                styles.tick,
                {
                  x: plot.left - labelGap,
                  y: tick.y,
                  textAnchor: 'end',
                  dominantBaseline: 'middle',
                },
                'value',
              ),
            ),
            ...state.confidenceTicks.map((tick) =>
              tickLabel(
                `c${tick.y}`,
                tick.label,
                styles.confidenceTick,
                { x: plot.right + labelGap, y: tick.y, dominantBaseline: 'middle' },
                'confidence',
              ),
            ),
            ...state.timeTicks.map((tick, index) =>
              tickLabel(
                `t${tick.x}`,
                tick.label,
                styles.tick,
                {
                  x: tick.x,
                  y: plot.bottom + 18,
                  textAnchor:
                    index === 0 ? 'start' : index === state.timeTicks.length - 1 ? 'end' : 'middle',
                },
                'time',
              ),
            ),
          ]}
          {segment('time axis', styles.axis, [plot.left, plot.bottom], [plot.right, plot.bottom])}
          {segment('value axis', styles.axis, [plot.left, plot.top], [plot.left, plot.bottom])}
          {segment(
            'target',
            styles.target,
            [plot.left, state.targetY],
            [plot.right, state.targetY],
          )}
          <path className={styles.confidence} d={state.confidencePath} />
          <path className={styles.value} d={state.valuePath} />
        </g>
        {state.valuePoints.map((point, index) => (
          <circle
            key={index}
            data-point
            className={styles.point}
            cx={point.x}
            cy={point.y}
            r={state.active === index ? 6 : 4}
            role="img"
            aria-label={point.label}
            tabIndex={index === tabStop ? 0 : -1}
            onFocus={() => state.setActive(index)}
            onBlur={() => state.setActive(undefined)}
            onMouseEnter={() => state.setActive(index)}
            onMouseLeave={() => state.setActive(undefined)}
            onKeyDown={(event) => movePoint(state, event)}
          />
        ))}
      </svg>
      {active ? (
        <div
          className={mergeClasses(
            styles.tooltip,
            active.y < state.height / 2 && styles.tooltipBelow,
          )}
          aria-hidden
          style={{
            left: `${(active.x / state.width) * 100}%`,
            top: `${(active.y / state.height) * 100}%`,
            // As far along itself as the point is along the chart: never past either edge.
            translate: `-${(active.x / state.width) * 100}%`,
          }}
        >
          {active.label}
        </div>
      ) : null}
    </div>
  );
}

export function renderHistoryChart(
  state: HistoryChartState,
  styles: ReturnType<typeof useHistoryChartStyles>,
) {
  const { onCorrect, say } = state;
  if (state.empty)
    return <Text>{say('No check-ins yet: the history starts with the first one.')}</Text>;
  return (
    <figure className={styles.root}>
      {renderChart(state, styles)}
      <figcaption className={styles.legend}>
        <Caption1>
          <span className={styles.swatchValue} aria-hidden>
            ━{' '}
          </span>
          {state.valueLegend}
        </Caption1>
        <Caption1>
          <span className={styles.swatchConfidence} aria-hidden>
            ╍{' '}
          </span>
          {say('Confidence (right scale)')}
        </Caption1>
        <Caption1>┄ {say('Target')}</Caption1>
      </figcaption>
      {/* Scrolls sideways in a narrow panel rather than cutting its last columns; a tab stop so
          the keyboard can scroll it too. */}
      <div
        className={styles.tableScroll}
        role="region"
        aria-label={say('Check-ins table')}
        tabIndex={0}
      >
        <Table
          className={styles.table}
          size="small"
          aria-label={say('Check-ins of {title}, newest first', { title: state.keyResultTitle })}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{say('Date')}</TableHeaderCell>
              <TableHeaderCell>{say('Value')}</TableHeaderCell>
              <TableHeaderCell>{say('Confidence')}</TableHeaderCell>
              {state.hasStatus ? <TableHeaderCell>{say('Status')}</TableHeaderCell> : null}
              <TableHeaderCell>{say('By')}</TableHeaderCell>
              <TableHeaderCell>{say('From')}</TableHeaderCell>
              <TableHeaderCell>{say('Note')}</TableHeaderCell>
              {onCorrect ? <TableHeaderCell>{say('Correct')}</TableHeaderCell> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.rows.map((row) => (
              <TableRow key={row.key}>
                <TableCell className={styles.date}>{row.date}</TableCell>
                <TableCell className={styles.number}>{row.value}</TableCell>
                <TableCell className={styles.number}>{row.confidence}</TableCell>
                {state.hasStatus ? <TableCell>{row.status}</TableCell> : null}
                <TableCell>{row.author}</TableCell>
                <TableCell>{row.source}</TableCell>
                <TableCell className={styles.note}>
                  {row.note}
                  {row.corrected ? (
                    <Caption1 className={styles.corrected}>{row.corrected}</Caption1>
                  ) : null}
                </TableCell>
                {onCorrect ? (
                  <TableCell>
                    {row.correctable ? (
                      <span className={styles.actions}>
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={<EditRegular />}
                          aria-label={say('Edit the check-in of {date}', { date: row.date })}
                          onClick={() => onCorrect(row.checkIn, 'edit')}
                        />
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={<DeleteRegular />}
                          aria-label={say('Delete the check-in of {date}', { date: row.date })}
                          onClick={() => onCorrect(row.checkIn, 'withdraw')}
                        />
                      </span>
                    ) : null}
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </figure>
  );
}
