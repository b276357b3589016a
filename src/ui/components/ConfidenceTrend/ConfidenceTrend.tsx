import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  ArrowDownRightRegular,
  ArrowRightRegular,
  ArrowUpRightRegular,
} from '@fluentui/react-icons';
import { useBoardWords, type BoardWords } from '../../board/board-words';
import { type RowClassesProp, withRowClasses } from '../RowClasses';

export type TrendDirection = 'rising' | 'steady' | 'falling';

export interface ConfidenceTrendProps {
  /** The latest confidence; undefined when none was given yet. */
  readonly confidence?: number;
  /** The top of the organisation's confidence scale (10 by default). */
  readonly scaleMax: number;
  /** Direction over recent check-ins; undefined with too few check-ins to tell. */
  readonly trend?: TrendDirection;
}

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
  },
  falling: { color: tokens.colorPaletteRedForeground1 },
  rising: { color: tokens.colorPaletteGreenForeground1 },
  steady: { color: tokens.colorNeutralForeground2 },
});

const trendIcon: Readonly<Record<TrendDirection, typeof ArrowRightRegular>> = {
  rising: ArrowUpRightRegular,
  steady: ArrowRightRegular,
  falling: ArrowDownRightRegular,
};

function confidenceLabel(
  { confidence, scaleMax: max, trend }: ConfidenceTrendProps,
  { say }: BoardWords,
): string {
  if (confidence === undefined) return say('No confidence given yet');
  return trend
    ? say('Confidence {confidence} of {max}, {trend}', { confidence, max, trend: say(trend) })
    : say('Confidence {confidence} of {max}', { confidence, max });
}

export const ConfidenceTrend = withRowClasses(function ConfidenceTrend({
  rowClasses: classes,
  ...props
}: ConfidenceTrendProps & RowClassesProp) {
  const styles = useStyles();
  const words = useBoardWords();
  const { confidence, scaleMax, trend } = props;
  const Icon = trend ? trendIcon[trend] : undefined;
  return (
    <span className={styles.root} role="img" aria-label={confidenceLabel(props, words)}>
      <span className={classes.text.small} aria-hidden>
        {confidence === undefined ? '–' : `${confidence}/${scaleMax}`}
      </span>
      {Icon && trend ? <Icon aria-hidden className={mergeClasses(styles[trend])} /> : null}
    </span>
  );
});
