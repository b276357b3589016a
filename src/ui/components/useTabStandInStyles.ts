import {
  createCustomFocusIndicatorStyle,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { CSSProperties } from 'react';

/*
 * The rules of Fluent's Tab styles for the one kind of tab a stand-in paints (transparent,
 * horizontal, small or medium, enabled, no icon), as Fluent writes them in
 * @fluentui/react-tabs/lib/components/Tab/useTabStyles.styles.raw.js and
 * useTabAnimatedIndicator.styles.raw.js. Griffel names each class after its rule, so these are
 * Fluent's own classes (tests/ui/tab-list-stand-in.test.tsx holds them equal to what Fluent's
 * styles hook gives). Fluent's precompiled hook carries every size, orientation and appearance:
 * about 7 kB gzip in a first screen that paints two kinds of tab.
 * https://griffel.js.org/react/api/make-styles (atomic classes named by a hash of each rule)
 */

const contentClass = 'fui-Tab__content';

const useRootStyles = makeStyles({
  root: {
    alignItems: 'center',
    display: 'grid',
    flexShrink: 0,
    gridAutoFlow: 'column',
    gridTemplateColumns: 'auto',
    gridTemplateRows: 'auto',
    outlineStyle: 'none',
    position: 'relative',
  },
  button: {
    alignItems: 'center',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    display: 'grid',
    flexShrink: 0,
    gridAutoFlow: 'column',
    gridTemplateColumns: 'auto',
    gridTemplateRows: 'auto',
    fontFamily: tokens.fontFamilyBase,
    lineHeight: tokens.lineHeightBase300,
    outlineStyle: 'none',
    position: 'relative',
    overflow: 'hidden',
    textTransform: 'none',
  },
  horizontal: { justifyContent: 'center' },
  smallHorizontal: {
    columnGap: tokens.spacingHorizontalXXS,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
  },
  mediumHorizontal: {
    columnGap: tokens.spacingHorizontalSNudge,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}`,
  },
  transparent: {
    backgroundColor: tokens.colorTransparentBackground,
    ':enabled:hover': { backgroundColor: tokens.colorTransparentBackgroundHover },
    ':enabled:active': { backgroundColor: tokens.colorTransparentBackgroundPressed },
    '& .fui-Tab__icon': { color: tokens.colorNeutralForeground2 },
    ':enabled:hover .fui-Tab__icon': { color: tokens.colorNeutralForeground2Hover },
    ':enabled:active .fui-Tab__icon': { color: tokens.colorNeutralForeground2Pressed },
    [`& .${contentClass}`]: { color: tokens.colorNeutralForeground2 },
    [`:enabled:hover .${contentClass}`]: { color: tokens.colorNeutralForeground2Hover },
    [`:enabled:active .${contentClass}`]: { color: tokens.colorNeutralForeground2Pressed },
  },
  selected: {
    '& .fui-Tab__icon': { color: tokens.colorCompoundBrandForeground1 },
    ':enabled:hover .fui-Tab__icon': { color: tokens.colorCompoundBrandForeground1Hover },
    ':enabled:active .fui-Tab__icon': { color: tokens.colorCompoundBrandForeground1Pressed },
    [`& .${contentClass}`]: { color: tokens.colorNeutralForeground1 },
    [`:enabled:hover .${contentClass}`]: { color: tokens.colorNeutralForeground1Hover },
    [`:enabled:active .${contentClass}`]: { color: tokens.colorNeutralForeground1Pressed },
  },
});

const useFocusStyles = makeStyles({
  base: createCustomFocusIndicatorStyle(
    {
      ...shorthands.borderColor('transparent'),
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: 'transparent',
      outlineStyle: 'solid',
      boxShadow: `
      ${tokens.shadow4},
      0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}
    `,
      zIndex: 1,
    },
    { enableOutline: true },
  ),
});

const usePendingIndicatorStyles = makeStyles({
  base: {
    ':hover::before': {
      backgroundColor: tokens.colorNeutralStroke1Hover,
      borderRadius: tokens.borderRadiusCircular,
      content: '""',
      position: 'absolute',
    },
    ':active::before': {
      backgroundColor: tokens.colorNeutralStroke1Pressed,
      borderRadius: tokens.borderRadiusCircular,
      content: '""',
      position: 'absolute',
    },
    '@media (forced-colors: active)': {
      ':hover::before': { backgroundColor: 'Highlight' },
      ':active::before': { backgroundColor: 'Highlight' },
    },
  },
  smallHorizontal: {
    '::before': {
      bottom: 0,
      height: tokens.strokeWidthThick,
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
    },
  },
  mediumHorizontal: {
    '::before': {
      bottom: 0,
      height: tokens.strokeWidthThicker,
      left: tokens.spacingHorizontalM,
      right: tokens.spacingHorizontalM,
    },
  },
});

const useActiveIndicatorStyles = makeStyles({
  base: {
    '::after': {
      backgroundColor: tokens.colorTransparentStroke,
      borderRadius: tokens.borderRadiusCircular,
      content: '""',
      position: 'absolute',
    },
  },
  selected: {
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    ':enabled:hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ':enabled:active::after': { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    '@media (forced-colors: active)': {
      '::after': { backgroundColor: 'ButtonText' },
      ':enabled:hover::after': { backgroundColor: 'ButtonText' },
      ':enabled:active::after': { backgroundColor: 'ButtonText' },
    },
  },
  smallHorizontal: {
    '::after': {
      bottom: 0,
      height: tokens.strokeWidthThick,
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
    },
  },
  mediumHorizontal: {
    '::after': {
      bottom: '0',
      height: tokens.strokeWidthThicker,
      left: tokens.spacingHorizontalM,
      right: tokens.spacingHorizontalM,
    },
  },
});

/** The selected tab's indicator at rest (Fluent slides it when the real list's selection moves). */
const useIndicatorAtRestStyles = makeStyles({
  base: { overflow: 'visible' },
  animated: {
    '::after': {
      transitionProperty: 'transform',
      transitionDuration: `${tokens.durationSlow}`,
      transitionTimingFunction: `${tokens.curveDecelerateMax}`,
    },
    '@media (prefers-reduced-motion: reduce)': {
      '::after': { transitionProperty: 'none', transitionDuration: '0.01ms' },
    },
  },
  horizontal: {
    '::after': {
      transformOrigin: 'left',
      transform: `translateX(var(--fui-Tab__indicator--offset))
    scaleX(var(--fui-Tab__indicator--scale))`,
    },
  },
});

const useContentStyles = makeStyles({
  base: {
    ...typographyStyles.body1,
    overflow: 'hidden',
    padding: `${tokens.spacingVerticalNone} ${tokens.spacingHorizontalXXS}`,
  },
  selected: { ...typographyStyles.body1Strong },
  noIconBefore: { gridColumnStart: 1, gridRowStart: 1 },
  placeholder: { visibility: 'hidden' },
});

export interface TabStandInClasses {
  readonly root: string;
  readonly style: CSSProperties;
  readonly content: string;
  /** An unselected tab reserves the width its label takes in bold. */
  readonly reservedSpace?: string;
}

/** A transparent, horizontal, enabled Fluent `Tab` without an icon: its classes, merged as Fluent merges them. */
export function useTabStandInClasses(
  size: 'small' | 'medium',
  selected: boolean,
): TabStandInClasses {
  const rootStyles = useRootStyles();
  const focusStyles = useFocusStyles();
  const pending = usePendingIndicatorStyles();
  const active = useActiveIndicatorStyles();
  const atRest = useIndicatorAtRestStyles();
  const content = useContentStyles();
  const sized = size === 'small' ? 'smallHorizontal' : 'mediumHorizontal';
  const indicator = mergeClasses(
    mergeClasses(
      'fui-Tab',
      rootStyles.root,
      pending.base,
      pending[sized],
      selected && active.base,
      selected && active.selected,
      selected && active[sized],
    ),
    selected && atRest.base,
    selected && atRest.animated,
    selected && atRest.horizontal,
  );
  return {
    root: mergeClasses(
      rootStyles.button,
      rootStyles.horizontal,
      rootStyles[sized],
      focusStyles.base,
      rootStyles.transparent,
      selected && rootStyles.selected,
      indicator,
    ),
    style: {
      '--fui-Tab__indicator--offset': '0px',
      '--fui-Tab__indicator--scale': '1',
    } as CSSProperties,
    content: mergeClasses(
      contentClass,
      content.base,
      selected && content.selected,
      content.noIconBefore,
    ),
    ...(selected
      ? {}
      : {
          reservedSpace: mergeClasses(
            'fui-Tab__content--reserved-space',
            content.base,
            content.selected,
            content.noIconBefore,
            content.placeholder,
          ),
        }),
  };
}
