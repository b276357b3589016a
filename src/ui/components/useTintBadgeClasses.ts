import {
  makeResetStyles,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  typographyStyles,
  type BadgeProps,
} from '@fluentui/react-components';

export type BadgeColor = NonNullable<BadgeProps['color']>;

/*
 * The rules of Fluent's Badge styles for a tinted, rounded, medium badge without an icon, as
 * Fluent writes them in @fluentui/react-badge/lib/components/Badge/useBadgeStyles.styles.raw.js.
 * Griffel names each class after its rule, so these are Fluent's own classes
 * (tests/ui/row-classes.test.tsx holds them equal to a Badge's); Fluent's precompiled hook
 * carries every appearance, size and shape besides (3 kB gzip in the board's first screen).
 * https://griffel.js.org/react/api/make-styles (atomic classes named by a hash of each rule)
 */
const textPadding = tokens.spacingHorizontalXXS;

const useRootClassName = makeResetStyles({
  display: 'inline-flex',
  boxSizing: 'border-box',
  alignItems: 'center',
  justifyContent: 'center',
  position: 'relative',
  ...typographyStyles.caption1Strong,
  height: '20px',
  minWidth: '20px',
  padding: `0 calc(${tokens.spacingHorizontalXS} + ${textPadding})`,
  borderRadius: tokens.borderRadiusCircular,
  borderColor: tokens.colorTransparentStroke,
  '::after': {
    content: '""',
    position: 'absolute',
    top: 0,
    left: 0,
    bottom: 0,
    right: 0,
    borderStyle: 'solid',
    borderColor: 'inherit',
    borderWidth: tokens.strokeWidthThin,
    borderRadius: 'inherit',
  },
});

const useRootStyles = makeStyles({
  rounded: { borderRadius: tokens.borderRadiusMedium },
  'tint-brand': {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    ...shorthands.borderColor(tokens.colorBrandStroke2),
  },
  'tint-danger': {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
  },
  'tint-important': {
    backgroundColor: tokens.colorNeutralForeground3,
    color: tokens.colorNeutralBackground1,
    ...shorthands.borderColor(tokens.colorTransparentStroke),
  },
  'tint-informative': {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
  'tint-severe': {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    ...shorthands.borderColor(tokens.colorPaletteDarkOrangeBorder1),
  },
  'tint-subtle': {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
  'tint-success': {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
  'tint-warning': {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder1),
  },
});

/** A tinted, rounded, medium Fluent `Badge` of each colour: its root's classes. */
export function useTintBadgeClasses(): Readonly<Record<BadgeColor, string>> {
  const rootClassName = useRootClassName();
  const rootStyles = useRootStyles();
  const badge = (color: BadgeColor) =>
    mergeClasses('fui-Badge', rootClassName, rootStyles.rounded, rootStyles[`tint-${color}`]);
  return {
    brand: badge('brand'),
    danger: badge('danger'),
    important: badge('important'),
    informative: badge('informative'),
    severe: badge('severe'),
    subtle: badge('subtle'),
    success: badge('success'),
    warning: badge('warning'),
  };
}
