import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/*
 * The rules of Fluent's SkeletonItem styles for an opaque, waving rectangle 12 or 16 px high, as
 * Fluent writes them in
 * @fluentui/react-skeleton/lib/components/SkeletonItem/useSkeletonItemStyles.styles.raw.js.
 * Griffel names each class after its rule, so these are Fluent's own classes
 * (tests/ui/loading-state.test.tsx holds them equal to a SkeletonItem's); Fluent's precompiled
 * hook carries every size, shape and animation, and every page's start-up showed it.
 * https://griffel.js.org/react/api/make-styles (atomic classes named by a hash of each rule)
 */
const useStyles = makeStyles({
  root: {
    position: 'relative',
    overflow: 'hidden',
    '::after': {
      content: '""',
      display: 'block',
      position: 'absolute',
      inset: '0',
      animationIterationCount: 'infinite',
      animationDuration: '3s',
      animationTimingFunction: 'ease-in-out',
      '@media screen and (prefers-reduced-motion: reduce)': {
        animationDuration: '0.01ms',
        animationIterationCount: '1',
      },
    },
  },
  wave: {
    backgroundColor: tokens.colorNeutralStencil1,
    '::after': {
      animationName: { to: { transform: 'translate(100%)' } },
      backgroundImage: `linear-gradient(
        to right,
        ${tokens.colorNeutralStencil1} 0%,
        ${tokens.colorNeutralStencil2} 50%,
        ${tokens.colorNeutralStencil1} 100%)`,
      transform: 'translate(-100%)',
      '@media screen and (forced-colors: active)': { backgroundColor: 'WindowText' },
    },
  },
});

const useRectangleStyles = makeStyles({
  root: { width: '100%', borderRadius: '4px' },
  12: { height: '12px' },
  16: { height: '16px' },
});

/** A Fluent `SkeletonItem` (opaque, waving, a rectangle) 12 or 16 px high: its classes. */
export function useSkeletonClasses(): Readonly<Record<12 | 16, string>> {
  const styles = useStyles();
  const rectangle = useRectangleStyles();
  const item = (size: 12 | 16) =>
    mergeClasses('fui-SkeletonItem', styles.root, styles.wave, rectangle.root, rectangle[size]);
  return { 12: item(12), 16: item(16) };
}
