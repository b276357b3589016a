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
} from '@fluentui/react-components';
import type { HistoryChartState } from './HistoryChart.types';
import type { useHistoryChartStyles } from './useHistoryChartStyles';

export function renderHistoryChart(
  state: HistoryChartState,
  styles: ReturnType<typeof useHistoryChartStyles>,
) {
  if (state.empty) return <Text>No check-ins yet: the history starts with the first one.</Text>;
  return (
    <figure className={styles.root}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${state.width} ${state.height}`}
        role="img"
        aria-labelledby={`${state.titleId} ${state.descriptionId}`}
      >
        <title id={state.titleId}>{state.title}</title>
        <desc id={state.descriptionId}>{state.description}</desc>
        <line
          className={styles.axis}
          x1={0}
          x2={state.width}
          y1={state.height - 1}
          y2={state.height - 1}
        />
        <line
          className={styles.target}
          x1={0}
          x2={state.width}
          y1={state.targetY}
          y2={state.targetY}
        />
        <path className={styles.confidence} d={state.confidencePath} />
        <path className={styles.value} d={state.valuePath} />
        {state.valuePoints.map((point, index) => (
          <circle key={index} className={styles.point} cx={point.x} cy={point.y} r={3} />
        ))}
      </svg>
      <figcaption className={styles.legend}>
        <Caption1>
          <span className={styles.swatchValue} aria-hidden>
            ━{' '}
          </span>
          Value
        </Caption1>
        <Caption1>
          <span className={styles.swatchConfidence} aria-hidden>
            ╍{' '}
          </span>
          Confidence
        </Caption1>
        <Caption1>┄ Target</Caption1>
      </figcaption>
      <Button
        className={styles.toggle}
        appearance="subtle"
        size="small"
        aria-expanded={state.showTable}
        onClick={state.toggleTable}
      >
        {state.showTable ? 'Hide the table' : 'Show as a table'}
      </Button>
      {state.showTable ? (
        <Table size="small" aria-label={state.title}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Date</TableHeaderCell>
              <TableHeaderCell>Value</TableHeaderCell>
              <TableHeaderCell>Confidence</TableHeaderCell>
              <TableHeaderCell>Note</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.rows.map((row) => (
              <TableRow key={row.key}>
                <TableCell>{row.date}</TableCell>
                <TableCell>{row.value}</TableCell>
                <TableCell>{row.confidence}</TableCell>
                <TableCell>{row.note}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </figure>
  );
}
