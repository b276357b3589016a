import { Button, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { ButtonHTMLAttributes } from 'react';

/*
 * What Fluent's ToggleButton adds to a secondary, enabled Button, as Fluent writes it in
 * @fluentui/react-button/lib/components/ToggleButton/useToggleButtonStyles.styles.raw.js. Griffel
 * names each class after its rule, so these are Fluent's own classes
 * (tests/ui/toggle-button-stand-in.test.tsx holds them equal to a ToggleButton's); Fluent's
 * precompiled hook carries every appearance and the disabled states (3.5 kB gzip).
 * https://griffel.js.org/react/api/make-styles (atomic classes named by a hash of each rule)
 */
const useCheckedStyles = makeStyles({
  base: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    ...shorthands.borderColor(tokens.colorNeutralStroke1),
    color: tokens.colorNeutralForeground1Selected,
    ...shorthands.borderWidth(tokens.strokeWidthThin),
    // @fluentui/react-icons' iconFilledClassName and iconRegularClassName.
    '& .fui-Icon-filled': { display: 'inline' },
    '& .fui-Icon-regular': { display: 'none' },
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      color: tokens.colorNeutralForeground1Hover,
    },
    ':hover:active,:active:focus-visible': {
      backgroundColor: tokens.colorNeutralBackground1Pressed,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
      color: tokens.colorNeutralForeground1Pressed,
    },
  },
  highContrast: {
    '@media (forced-colors: active)': {
      backgroundColor: 'Highlight',
      ...shorthands.borderColor('Highlight'),
      color: 'HighlightText',
      forcedColorAdjust: 'none',
      ':hover': {
        backgroundColor: 'HighlightText',
        ...shorthands.borderColor('Highlight'),
        color: 'Highlight',
      },
      ':hover:active,:active:focus-visible': {
        backgroundColor: 'HighlightText',
        ...shorthands.borderColor('Highlight'),
        color: 'Highlight',
      },
      ':focus': { border: '1px solid HighlightText', outlineColor: 'Highlight' },
    },
  },
});

const useIconStyles = makeStyles({
  highContrast: { '@media (forced-colors: active)': { forcedColorAdjust: 'auto' } },
  checkedHighContrast: {
    '@media (forced-colors: active)': {
      color: 'inherit',
      forcedColorAdjust: 'inherit',
      '& svg': { forcedColorAdjust: 'inherit' },
    },
  },
});

/**
 * A secondary Fluent `ToggleButton` as it paints: Fluent's `Button` with the toggle's classes and
 * `aria-pressed`, for a first screen; the real one loads after that screen and `useStandIns`
 * swaps it in. The owner toggles `checked` on click, as with a controlled ToggleButton.
 */
export function ToggleButtonStandIn({
  checked,
  icon,
  className,
  ...button
}: Pick<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'children' | 'className' | 'onClick' | 'aria-label'
> & {
  readonly checked: boolean;
  readonly icon: JSX.Element;
}) {
  const checkedStyles = useCheckedStyles();
  const iconStyles = useIconStyles();
  return (
    <Button
      {...button}
      aria-pressed={checked}
      className={mergeClasses(
        'fui-ToggleButton',
        checked && checkedStyles.base,
        checked && checkedStyles.highContrast,
        className,
      )}
      icon={{
        children: icon,
        className: mergeClasses(
          'fui-ToggleButton__icon',
          iconStyles.highContrast,
          checked && iconStyles.checkedHighContrast,
        ),
      }}
    />
  );
}
