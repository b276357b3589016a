import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';
import type { ButtonHTMLAttributes } from 'react';

/*
 * The rules of Fluent's MenuButton styles for a closed, medium menu button's chevron, as Fluent
 * writes them in @fluentui/react-button/lib/components/MenuButton/useMenuButtonStyles.styles.raw.js.
 * Griffel names each class after its rule, so these are Fluent's own classes
 * (tests/ui/menu-button-stand-in.test.tsx holds them equal to a MenuButton's).
 * https://griffel.js.org/react/api/make-styles (atomic classes named by a hash of each rule)
 */
const useMenuIconStyles = makeStyles({
  base: { lineHeight: 0 },
  medium: {
    fontSize: '12px',
    height: '12px',
    lineHeight: tokens.lineHeightBase200,
    width: '12px',
  },
  notIconOnly: { marginLeft: tokens.spacingHorizontalXS },
});

/**
 * A closed, medium Fluent `MenuButton` with an icon as it paints: Fluent's `Button` with the menu
 * button's classes and chevron, for a first screen; the real one (and its menu) loads after that
 * screen and `useStandIns` swaps it in.
 */
export function MenuButtonStandIn({
  icon,
  children,
  className,
  appearance,
  ...button
}: Pick<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'children' | 'className' | 'disabled' | 'onClick' | 'onKeyDown' | 'aria-label' | 'aria-haspopup'
> & {
  readonly icon: JSX.Element;
  readonly appearance?: 'primary' | 'secondary' | 'subtle';
  readonly disabledFocusable?: boolean;
}) {
  const menuIcon = useMenuIconStyles();
  return (
    <Button
      {...button}
      {...(appearance ? { appearance } : {})}
      aria-expanded={false}
      className={mergeClasses('fui-MenuButton', className)}
      icon={{ children: icon, className: 'fui-MenuButton__icon' }}
    >
      {children ? (
        <>
          {children}
          <span
            className={mergeClasses(
              'fui-MenuButton__menuIcon',
              menuIcon.base,
              menuIcon.medium,
              menuIcon.notIconOnly,
            )}
          >
            <ChevronDownRegular />
          </span>
        </>
      ) : undefined}
    </Button>
  );
}
