import { mergeClasses } from '@fluentui/react-components';
import { useSkeletonClasses } from './useSkeletonClasses';
import { useStatesStyles } from './useStatesStyles';
import type { LoadingStateProps } from './States.types';

/**
 * A skeleton shaped like the board's rows, so the page does not jump when data arrives: Fluent's
 * `Skeleton` and `SkeletonItem`s as they render, with Fluent's classes (every page's start-up
 * shows it, and runs none of their code).
 */
export function LoadingState({ label, rows = 6, lang }: LoadingStateProps) {
  const styles = useStatesStyles();
  const item = useSkeletonClasses();
  return (
    <div role="status" aria-live="polite" aria-label={label} lang={lang}>
      <div
        role="progressbar"
        aria-busy
        aria-hidden
        className={mergeClasses('fui-Skeleton', styles.skeleton)}
      >
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className={styles.skeletonRow}>
            <div className={item[16]} />
            <div className={item[12]} />
            <div className={item[12]} />
          </div>
        ))}
      </div>
    </div>
  );
}
