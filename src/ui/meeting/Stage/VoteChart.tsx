import { makeStyles, tokens } from '@fluentui/react-components';
import type { VoteStatistics } from '../../../core/rituals';

const useStyles = makeStyles({
  chart: {
    display: 'grid',
    gridTemplateColumns: 'repeat(var(--okr-chart-columns), minmax(0, 1fr))',
    alignItems: 'end',
    gap: 'clamp(4px, 0.6vw, 12px)',
    minHeight: 'clamp(72px, 14vh, 200px)',
    paddingBlockEnd: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  column: {
    display: 'flex',
    flexDirection: 'column-reverse',
    alignItems: 'center',
    gap: 'clamp(3px, 0.5vh, 8px)',
    height: '100%',
    position: 'relative',
  },
  dot: {
    width: 'clamp(14px, 1.8vw, 32px)',
    height: 'clamp(14px, 1.8vw, 32px)',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  },
  median: { boxShadow: `inset 0 -4px 0 ${tokens.colorPaletteMarigoldBorderActive}` },
  axis: {
    display: 'grid',
    gridTemplateColumns: 'repeat(var(--okr-chart-columns), minmax(0, 1fr))',
    gap: 'clamp(4px, 0.6vw, 12px)',
    textAlign: 'center',
  },
  tick: { gridRow: 1 },
  marker: { fontSize: '0.7em', color: tokens.colorNeutralForeground2, minHeight: '1.3em' },
  legend: { margin: 0, fontSize: '0.8em', color: tokens.colorNeutralForeground2 },
});

export interface VoteChartProps {
  readonly statistics: VoteStatistics;
  readonly scale: { readonly min: number; readonly max: number };
  readonly ownerConfidence: number | undefined;
}

/**
 * The revealed votes as a dot plot over the whole scale: one dot per vote, the median and the
 * owner's confidence marked under the axis. Screen readers get the same in one sentence.
 */
export function VoteChart({ statistics, scale, ownerConfidence }: VoteChartProps) {
  const styles = useStyles();
  const values: number[] = [];
  for (let value = scale.min; value <= scale.max; value += 1) values.push(value);
  const countOf = new Map(statistics.histogram.map((bar) => [bar.value, bar.count]));
  const { median } = statistics;
  // A median between two values (5.5) is marked under the middle of both columns.
  const columnOf = (value: number) => value - scale.min + 1;
  const medianColumns = `${columnOf(Math.floor(median))} / ${columnOf(Math.ceil(median)) + 1}`;
  // Under the median's columns, or in the next one: the two labels would overlap (on a narrow
  // stage a column is narrower than either label), so the owner's goes on a line of its own.
  const ownerBesideMedian =
    ownerConfidence !== undefined &&
    ownerConfidence >= Math.floor(median) - 1 &&
    ownerConfidence <= Math.ceil(median) + 1;
  const markers =
    ownerConfidence === median
      ? [{ label: 'median · owner', gridColumn: medianColumns, gridRow: 2 }]
      : [
          { label: 'median', gridColumn: medianColumns, gridRow: 2 },
          ...(ownerConfidence === undefined
            ? []
            : [
                {
                  label: 'owner',
                  gridColumn: String(columnOf(ownerConfidence)),
                  gridRow: ownerBesideMedian ? 3 : 2,
                },
              ]),
        ];
  const description =
    `${statistics.count} vote${statistics.count === 1 ? '' : 's'}: ` +
    statistics.histogram.map((bar) => `${bar.count} × ${bar.value}`).join(', ') +
    `. Median ${statistics.median}` +
    (ownerConfidence === undefined ? '.' : `; owner’s confidence ${ownerConfidence}.`);
  const columns = { '--okr-chart-columns': String(values.length) } as React.CSSProperties;
  return (
    <figure style={{ margin: 0 }}>
      <div role="img" aria-label={description} className={styles.chart} style={columns}>
        {values.map((value) => (
          <div key={value} className={styles.column} data-value={value}>
            {Array.from({ length: countOf.get(value) ?? 0 }, (_, index) => (
              <span
                key={index}
                className={`${styles.dot} ${value === median ? styles.median : ''}`}
              />
            ))}
          </div>
        ))}
      </div>
      <div className={styles.axis} style={columns} aria-hidden>
        {values.map((value) => (
          <span key={value} className={styles.tick}>
            {value}
          </span>
        ))}
        {markers.map(({ label, ...place }) => (
          <span key={label} className={styles.marker} style={place} data-marker={label}>
            {label}
          </span>
        ))}
      </div>
      <figcaption className={styles.legend} aria-hidden>
        One dot per vote. Median {statistics.median}
        {ownerConfidence === undefined ? '' : ` · owner’s confidence ${ownerConfidence}`}
      </figcaption>
    </figure>
  );
}
