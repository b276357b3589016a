import { Skeleton, SkeletonItem } from '@fluentui/react-components';
import { useStatesStyles } from './useStatesStyles';
import type { LoadingStateProps } from './States.types';

/** A skeleton shaped like the board's rows, so the page does not jump when data arrives. */
export function LoadingState({ label, rows = 6 }: LoadingStateProps) {
  const styles = useStatesStyles();
  return (
    <div role="status" aria-live="polite" aria-label={label}>
      <Skeleton className={styles.skeleton} aria-hidden>
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className={styles.skeletonRow}>
            <SkeletonItem size={16} />
            <SkeletonItem size={12} />
            <SkeletonItem size={12} />
          </div>
        ))}
      </Skeleton>
    </div>
  );
}
