import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { medianMark, type VoteStatistics } from '../../../core/rituals';
import type { MeetingSay } from '../meeting-words';

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
    gridRow: 1,
  },
  dot: {
    width: 'clamp(14px, 1.8vw, 32px)',
    height: 'clamp(14px, 1.8vw, 32px)',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  },
  /**
   * The median: a line from the top of the plot down to the axis, in the middle of the columns it
   * stands on or between, behind the dots. Fluent's dark orange stands apart from the brand's dots
   * (4.6:1 on the light card, 5.4:1 on the dark one, cyan in the contrast theme); drawn as a border,
   * so forced colours keep it.
   */
  medianLine: {
    gridRow: 1,
    justifySelf: 'center',
    alignSelf: 'stretch',
    width: '0',
    marginBlockEnd: `calc(-1 * ${tokens.spacingVerticalS})`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteDarkOrangeBorderActive}`,
  },
  /**
   * The owner's confidence on the plot itself: a dashed line up its column, under a hollow diamond,
   * so it is told from the median's solid line and the round dots by its shape, not its colour.
   * Drawn with borders, as the median, so forced colours keep it.
   */
  ownerLine: {
    gridRow: 1,
    justifySelf: 'center',
    alignSelf: 'stretch',
    position: 'relative',
    width: '0',
    marginBlockEnd: `calc(-1 * ${tokens.spacingVerticalS})`,
    borderLeft: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralForeground1}`,
    '::before': {
      content: '""',
      position: 'absolute',
      insetBlockStart: 0,
      insetInlineStart: `calc(-0.5 * ${tokens.strokeWidthThick})`,
      width: 'clamp(10px, 1.2vw, 22px)',
      height: 'clamp(10px, 1.2vw, 22px)',
      boxSizing: 'border-box',
      transform: 'translate(-50%, -50%) rotate(45deg)',
      border: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralForeground1}`,
      backgroundColor: tokens.colorNeutralBackground1,
    },
  },
  axis: {
    display: 'grid',
    gridTemplateColumns: 'repeat(var(--okr-chart-columns), minmax(0, 1fr))',
    gap: 'clamp(4px, 0.6vw, 12px)',
    textAlign: 'center',
  },
  tick: { gridRow: 1 },
  marker: { fontSize: '0.7em', color: tokens.colorNeutralForeground2, minHeight: '1.3em' },
  medianMarker: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  legend: { margin: 0, fontSize: '0.8em', color: tokens.colorNeutralForeground2 },
});

export interface VoteChartProps {
  readonly statistics: VoteStatistics;
  readonly scale: { readonly min: number; readonly max: number };
  readonly ownerConfidence: number | undefined;
  readonly say: MeetingSay;
}

/**
 * The revealed votes as a dot plot over the whole scale: one dot per vote, a line at the median
 * (the core's `medianMark`), a dashed one at the owner's confidence, both named under the axis. Screen
 * readers get the same in one sentence.
 */
export function VoteChart({ statistics, scale, ownerConfidence, say }: VoteChartProps) {
  const styles = useStyles();
  const values: number[] = [];
  for (let value = scale.min; value <= scale.max; value += 1) values.push(value);
  const countOf = new Map(statistics.histogram.map((bar) => [bar.value, bar.count]));
  const mark = medianMark(statistics)!;
  const { median } = mark;
  // A median between two values (5.5) is marked in the middle of both columns.
  const columnOf = (value: number) => value - scale.min + 1;
  const medianColumns = `${columnOf(mark.from)} / ${columnOf(mark.to) + 1}`;
  // Under the median's columns, or in the next one: the two labels would overlap (on a narrow
  // stage a column is narrower than either label), so the owner's goes on a line of its own.
  const ownerBesideMedian =
    ownerConfidence !== undefined &&
    ownerConfidence >= mark.from - 1 &&
    ownerConfidence <= mark.to + 1;
  const markers =
    ownerConfidence === median
      ? [{ label: say('median · owner'), gridColumn: medianColumns, gridRow: 2, median: true }]
      : [
          { label: say('median'), gridColumn: medianColumns, gridRow: 2, median: true },
          ...(ownerConfidence === undefined
            ? []
            : [
                {
                  label: say('owner'),
                  gridColumn: String(columnOf(ownerConfidence)),
                  gridRow: ownerBesideMedian ? 3 : 2,
                  median: false,
                },
              ]),
        ];
  const description =
    say('{count} {count|vote|votes}: {votes}.', {
      count: statistics.count,
      votes: statistics.histogram.map((bar) => `${bar.count} × ${bar.value}`).join(', '),
    }) +
    ' ' +
    say(mark.from === mark.to ? 'Median {median}' : 'Median {median}, between {from} and {to}', {
      median,
      from: mark.from,
      to: mark.to,
    }) +
    (ownerConfidence === undefined
      ? '.'
      : say('; owner’s confidence {confidence}.', { confidence: ownerConfidence }));
  const columns = { '--okr-chart-columns': String(values.length) } as React.CSSProperties;
  return (
    <figure style={{ margin: 0 }}>
      <div role="img" aria-label={description} className={styles.chart} style={columns}>
        <span
          className={styles.medianLine}
          style={{ gridColumn: medianColumns }}
          data-median={median}
        />
        {ownerConfidence === undefined ? null : (
          <span
            className={styles.ownerLine}
            style={{ gridColumn: columnOf(ownerConfidence) }}
            data-owner={ownerConfidence}
          />
        )}
        {values.map((value) => (
          <div
            key={value}
            className={styles.column}
            style={{ gridColumn: columnOf(value) }}
            data-value={value}
          >
            {Array.from({ length: countOf.get(value) ?? 0 }, (_, index) => (
              <span key={index} className={styles.dot} />
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
        {markers.map(({ label, median: isMedian, ...place }) => (
          <span
            key={label}
            className={mergeClasses(styles.marker, isMedian && styles.medianMarker)}
            style={place}
            data-marker={label}
          >
            {label}
          </span>
        ))}
      </div>
      <figcaption className={styles.legend} aria-hidden>
        {say('One dot per vote; the solid line marks the median, {median}', { median })}
        {ownerConfidence === undefined
          ? ''
          : ` · ${say('the dashed line with a diamond marks the owner’s confidence, {confidence}', {
              confidence: ownerConfidence,
            })}`}
      </figcaption>
    </figure>
  );
}
