import {
  ProgressBar as FluentProgressBar,
  Text,
  type ProgressBarProps as FluentProps,
} from '@fluentui/react-components';
import { formatProgress } from '../../../core/format';
import type { Status } from '../../../core/model';
import { useLocale } from '../../app/AppServices';
import { useProgressBarStyles } from './useProgressBarStyles';
import type { ProgressBarProps } from './ProgressBar.types';

const barColor: Readonly<Record<Status, FluentProps['color']>> = {
  notStarted: 'brand',
  onTrack: 'success',
  atRisk: 'warning',
  offTrack: 'error',
  achieved: 'success',
};

export function ProgressBar({ progress, status, label }: ProgressBarProps) {
  const styles = useProgressBarStyles();
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
