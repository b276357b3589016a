import {
  ProgressBar as FluentProgressBar,
  Text,
  type ProgressBarProps as FluentProps,
} from '@fluentui/react-components';
import type { Status } from '../../../core/model';
import { useProgressBarStyles } from './useProgressBarStyles';
import type { ProgressBarProps } from './ProgressBar.types';

const barColor: Readonly<Record<Status, FluentProps['color']>> = {
  notStarted: 'brand',
  onTrack: 'success',
  atRisk: 'warning',
  offTrack: 'error',
  achieved: 'success',
};

export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

export function ProgressBar({ progress, status, label }: ProgressBarProps) {
  const styles = useProgressBarStyles();
  const shown = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  return (
    <div className={styles.root}>
      <FluentProgressBar
        className={styles.bar}
        value={shown}
        max={1}
        thickness="large"
        color={status ? barColor[status] : 'brand'}
        aria-label={`${label}: ${formatPercent(progress)} progress`}
      />
      <Text size={200} className={styles.percent} aria-hidden>
        {formatPercent(progress)}
      </Text>
    </div>
  );
}
