import {
  ProgressBar as FluentProgressBar,
  Text,
  makeStyles,
  tokens,
  type ProgressBarProps as FluentProps,
} from '@fluentui/react-components';
import { formatProgress } from '../../../core/format';
import type { Status } from '../../../core/model';
import { useLocale } from '../../app/AppServices';

export interface ProgressBarProps {
  /** Progress as a fraction, 0..1 (clamped for display). */
  readonly progress: number;
  readonly status?: Status;
  /** What the bar measures, read by screen readers, e.g. the KR title. */
  readonly label: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1, minWidth: '64px' },
  percent: {
    minWidth: '3.5em',
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground2,
  },
});

const barColor: Readonly<Record<Status, FluentProps['color']>> = {
  notStarted: 'brand',
  onTrack: 'success',
  atRisk: 'warning',
  offTrack: 'error',
  achieved: 'success',
};

export function ProgressBar({ progress, status, label }: ProgressBarProps) {
  const styles = useStyles();
  const percent = formatProgress(progress, useLocale());
  const shown = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  return (
    <div className={styles.root}>
      <FluentProgressBar
        className={styles.bar}
        value={shown}
        max={1}
        thickness="large"
        color={status ? barColor[status] : 'brand'}
        aria-label={`${label}: ${percent} progress`}
      />
      <Text size={200} className={styles.percent} aria-hidden>
        {percent}
      </Text>
    </div>
  );
}
