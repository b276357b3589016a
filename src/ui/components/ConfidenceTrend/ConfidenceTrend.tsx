import { Text, mergeClasses } from '@fluentui/react-components';
import {
  ArrowDownRightRegular,
  ArrowRightRegular,
  ArrowUpRightRegular,
} from '@fluentui/react-icons';
import { useConfidenceTrendStyles } from './useConfidenceTrendStyles';
import type { ConfidenceTrendProps, TrendDirection } from './ConfidenceTrend.types';

const trendIcon: Readonly<Record<TrendDirection, typeof ArrowRightRegular>> = {
  rising: ArrowUpRightRegular,
  steady: ArrowRightRegular,
  falling: ArrowDownRightRegular,
};

export function confidenceLabel({ confidence, scaleMax, trend }: ConfidenceTrendProps): string {
  if (confidence === undefined) return 'No confidence given yet';
  return `Confidence ${confidence} of ${scaleMax}${trend ? `, ${trend}` : ''}`;
}

export function ConfidenceTrend(props: ConfidenceTrendProps) {
  const styles = useConfidenceTrendStyles();
  const { confidence, scaleMax, trend } = props;
  const Icon = trend ? trendIcon[trend] : undefined;
  return (
    <span className={styles.root} role="img" aria-label={confidenceLabel(props)}>
      <Text size={200} aria-hidden>
        {confidence === undefined ? '–' : `${confidence}/${scaleMax}`}
      </Text>
      {Icon && trend ? <Icon aria-hidden className={mergeClasses(styles[trend])} /> : null}
    </span>
  );
}
