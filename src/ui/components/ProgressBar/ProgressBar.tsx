import {
  makeStyles,
  mergeClasses,
  tokens,
  type ProgressBarProps as FluentProps,
} from '@fluentui/react-components';
import { formatProgress } from '../../../core/format';
import type { Status } from '../../../core/model';
import { useLocale } from '../../app/AppServices';
import { type RowClassesProp, withRowClasses } from '../RowClasses';

export interface ProgressBarProps {
  /** Progress as a fraction, 0..1 (clamped for display). */
  readonly progress: number;
  readonly status?: Status;
  /** What the bar measures, read by screen readers, e.g. the KR title. */
  readonly label: string;
  /**
   * The bar's name with its percentage in the reader's language, from a caller that speaks it
   * (the board's rows); "… : 37% progress" otherwise.
   */
  readonly named?: (percent: string) => string;
  readonly className?: string;
  /** The percentage's own size, where the page scales its words (the meeting stage). */
  readonly percentClassName?: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  // Short enough that a 320 px row keeps a French or Spanish badge and the confidence beside it.
  bar: { flexGrow: 1, minWidth: '32px' },
  percent: {
    minWidth: '3.5em',
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground2,
  },
});

const barColor: Readonly<Record<Status, NonNullable<FluentProps['color']>>> = {
  notStarted: 'brand',
  onTrack: 'success',
  atRisk: 'warning',
  offTrack: 'error',
  achieved: 'success',
};

/** Below this Fluent's bar does not animate its width (a reset to 0). */
const animatedAbove = 0.01;

/**
 * A large Fluent `ProgressBar` (`role="progressbar"`, its value from 0 to 1) as Fluent renders
 * it, with the classes of Fluent's styles hook, and the percentage beside it.
 */
export const ProgressBar = withRowClasses(function ProgressBar({
  rowClasses: classes,
  ...props
}: ProgressBarProps & RowClassesProp) {
  const styles = useStyles();
  const locale = useLocale();
  const { progress, status, label, named, className, percentClassName } = props;
  const percent = formatProgress(progress, locale);
  const shown = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  const bar = classes.progressBar.bar[status ? barColor[status] : 'brand'];
  return (
    <div className={mergeClasses(styles.root, className)}>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={shown}
        aria-label={named ? named(percent) : `${label}: ${percent} progress`}
        className={mergeClasses(classes.progressBar.root, styles.bar)}
      >
        <div
          className={shown > animatedAbove ? bar.above : bar.zero}
          style={{ width: `${shown * 100}%` }}
        />
      </div>
      <span
        className={mergeClasses(classes.text.small, styles.percent, percentClassName)}
        aria-hidden
      >
        {percent}
      </span>
    </div>
  );
});
