import {
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';
import type { ButtonHTMLAttributes } from 'react';

/*
 * The rules of Fluent's Dropdown styles for a closed, enabled, outline, medium dropdown, as Fluent
 * writes them in @fluentui/react-combobox/lib/components/Dropdown/useDropdownStyles.styles.raw.js.
 * Griffel names each class after its rule, so these are Fluent's own classes
 * (tests/ui/cycle-switcher.test.tsx holds them equal to the dropdown's); Fluent's precompiled
 * hook carries every size, appearance, state and the listbox besides.
 * https://griffel.js.org/react/api/make-styles (atomic classes named by a hash of each rule)
 */
const useStyles = makeStyles({
  root: {
    borderRadius: tokens.borderRadiusMedium,
    boxSizing: 'border-box',
    display: 'inline-flex',
    minWidth: '250px',
    position: 'relative',
    verticalAlign: 'middle',
    ':focus-within': { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: 'transparent' },
    '::after': {
      boxSizing: 'border-box',
      content: '""',
      position: 'absolute',
      left: '-1px',
      bottom: '-1px',
      right: '-1px',
      height: `max(${tokens.strokeWidthThick}, ${tokens.borderRadiusMedium})`,
      borderBottomLeftRadius: tokens.borderRadiusMedium,
      borderBottomRightRadius: tokens.borderRadiusMedium,
      borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
      clipPath: 'inset(calc(100% - 2px) 0 0 0)',
      transform: 'scaleX(0)',
      transitionProperty: 'transform',
      transitionDuration: tokens.durationUltraFast,
      transitionDelay: tokens.curveAccelerateMid,
      '@media screen and (prefers-reduced-motion: reduce)': {
        transitionDuration: '0.01ms',
        transitionDelay: '0.01ms',
      },
    },
    ':focus-within::after': {
      transform: 'scaleX(1)',
      transitionProperty: 'transform',
      transitionDuration: tokens.durationNormal,
      transitionDelay: tokens.curveDecelerateMid,
      '@media screen and (prefers-reduced-motion: reduce)': {
        transitionDuration: '0.01ms',
        transitionDelay: '0.01ms',
      },
    },
    ':focus-within:active::after': { borderBottomColor: tokens.colorCompoundBrandStrokePressed },
    '@supports selector(:has(*))': {
      ':has(.fui-Dropdown__clearButton:focus)::after': {
        borderBottomColor: 'initial',
        transform: 'scaleX(0)',
      },
    },
  },
  button: {
    alignItems: 'center',
    backgroundColor: tokens.colorTransparentBackground,
    border: 'none',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    columnGap: tokens.spacingHorizontalXXS,
    cursor: 'pointer',
    display: 'grid',
    fontFamily: tokens.fontFamilyBase,
    gridTemplateColumns: '[content] 1fr [icon] auto [end]',
    justifyContent: 'space-between',
    textAlign: 'left',
    width: '100%',
    '&:focus': { outlineStyle: 'none' },
  },
  medium: {
    ...typographyStyles.body1,
    padding: `5px ${tokens.spacingHorizontalMNudge} 5px ${`calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})`}`,
  },
  outline: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
  },
  outlineInteractive: {
    '&:hover': {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    '&:active': {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
      borderBottomColor: tokens.colorNeutralStrokeAccessiblePressed,
    },
    '&:focus-within': {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
      borderBottomColor: tokens.colorNeutralStrokeAccessiblePressed,
    },
  },
});

const useIconStyles = makeStyles({
  icon: {
    boxSizing: 'border-box',
    color: tokens.colorNeutralStrokeAccessible,
    display: 'block',
    fontSize: tokens.fontSizeBase500,
    gridColumnStart: 'icon',
    gridColumnEnd: 'end',
    '& svg': { display: 'block' },
  },
  medium: { fontSize: '20px', marginLeft: tokens.spacingHorizontalXXS },
});

/**
 * A closed Fluent `Dropdown` (outline, medium) as it paints, with Fluent's own classes and the
 * button's attributes, for a first screen: the real one (its listbox, positioning and portal)
 * loads after that screen, and `useStandIns` swaps it in. Its hidden clear button is left out.
 */
export function DropdownStandIn({
  className,
  value,
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & { readonly value: string }) {
  const styles = useStyles();
  const iconStyles = useIconStyles();
  return (
    <div
      className={mergeClasses(
        'fui-Dropdown',
        styles.root,
        styles.outline,
        styles.outlineInteractive,
        className,
      )}
    >
      <button
        type="button"
        aria-expanded={false}
        role="combobox"
        tabIndex={0}
        {...button}
        value={value}
        className={mergeClasses('fui-Dropdown__button', styles.button, styles.medium)}
      >
        {value}
        <span
          className={mergeClasses('fui-Dropdown__expandIcon', iconStyles.icon, iconStyles.medium)}
        >
          <ChevronDownRegular />
        </span>
      </button>
    </div>
  );
}
