import {
  caption1ClassNames,
  makeStyles,
  mergeClasses,
  subtitle2ClassNames,
  typographyStyles,
  useButtonStyles_unstable,
  useLinkStyles_unstable,
  useProgressBarStyles_unstable,
  useTextStyles_unstable,
  type ButtonState,
  type LinkState,
  type ProgressBarProps,
  type ProgressBarState,
  type TextState,
} from '@fluentui/react-components';
import {
  createContext,
  useContext,
  useMemo,
  type ButtonHTMLAttributes,
  type FunctionComponent,
  type ReactNode,
} from 'react';
import { useTintBadgeClasses, type BadgeColor } from './useTintBadgeClasses';

type BarColor = NonNullable<ProgressBarProps['color']>;

/**
 * The classes of the Fluent components a board row paints (small buttons, text presets, tinted
 * badges, progress bars), taken from Fluent's own styles hooks (the badges' from
 * `useTintBadgeClasses`) once for the whole board. A row paints plain elements with them: a
 * board of hundreds of rows then runs no Fluent component, styles hook or tabster hook per
 * button, badge or text, which was most of its first render, its heap and its scrolling, while
 * it looks and reads exactly the same.
 */
export interface RowClasses {
  /** A small subtle icon-only `Button`: its root and icon slot. */
  readonly iconButton: { readonly root: string; readonly icon: string };
  /** The same, disabled. */
  readonly iconButtonDisabled: string;
  /** A small primary `Button` with a text. */
  readonly primaryButton: string;
  /** The same, disabled (focusable, as Fluent's `disabledFocusable`). */
  readonly primaryButtonDisabled: string;
  /** `Text weight="semibold"`, `Text size={200}`, `Caption1`, `Subtitle2`. */
  readonly text: {
    readonly strong: string;
    readonly small: string;
    readonly caption: string;
    readonly subtitle: string;
  };
  /** A `Link` to a page (an anchor with an `href`), and a `Link` rendered as a button. */
  readonly link: { readonly anchor: string; readonly button: string };
  /** A tinted, rounded, medium `Badge` of each colour. */
  readonly badge: Readonly<Record<BadgeColor, string>>;
  /** A large determinate `ProgressBar`: its root, and its bar of each colour (0 or above). */
  readonly progressBar: {
    readonly root: string;
    readonly bar: Readonly<Record<BarColor, { readonly zero: string; readonly above: string }>>;
  };
}

const useTypography = makeStyles({
  caption: typographyStyles.caption1,
  subtitle: typographyStyles.subtitle2,
});

const RowClassesContext = createContext<RowClasses | undefined>(undefined);

/** The board's row classes; undefined outside a `RowClassesProvider` (a row shown alone). */
export function useRowClasses(): RowClasses | undefined {
  return useContext(RowClassesContext);
}

/** What a part painted with the row classes receives from `withRowClasses`. */
export interface RowClassesProp {
  readonly rowClasses: RowClasses;
}

/**
 * A part of a board row (a card, a badge, a bar) painted with the row classes: in a board's rows
 * it takes theirs; shown alone (in a dialog, on the stage, in a test) it takes them itself.
 */
export function withRowClasses<P extends object>(Part: FunctionComponent<P & RowClassesProp>) {
  function WithRowClasses(props: P) {
    const rowClasses = useRowClasses();
    return rowClasses ? (
      <Part {...props} rowClasses={rowClasses} />
    ) : (
      <RowClassesProvider>
        <WithRowClasses {...props} />
      </RowClassesProvider>
    );
  }
  return WithRowClasses;
}

/** Takes the row classes from Fluent's styles hooks once, for every row below it. */
export function RowClassesProvider({ children }: { readonly children: ReactNode }) {
  const subtle = useButtonClasses({ appearance: 'subtle', icon: {} });
  const disabled = useButtonClasses({ appearance: 'subtle', icon: {}, disabled: true });
  const primary = useButtonClasses({ appearance: 'primary', root: { children: 'text' } });
  const primaryDisabled = useButtonClasses({
    appearance: 'primary',
    root: { children: 'text' },
    disabledFocusable: true,
  });
  const typography = useTypography();
  const body = useTextClasses({});
  const brand = useBarClasses('brand');
  const classes: RowClasses = {
    iconButton: { root: subtle.root, icon: subtle.icon },
    iconButtonDisabled: disabled.root,
    primaryButton: primary.root,
    primaryButtonDisabled: primaryDisabled.root,
    text: {
      strong: useTextClasses({ weight: 'semibold' }),
      small: useTextClasses({ size: 200 }),
      caption: mergeClasses(caption1ClassNames.root, body, typography.caption),
      subtitle: mergeClasses(subtitle2ClassNames.root, body, typography.subtitle),
    },
    link: {
      anchor: useLinkClasses({ as: 'a', href: '#' }),
      button: useLinkClasses({ as: 'button' }),
    },
    badge: useTintBadgeClasses(),
    progressBar: {
      root: brand.root,
      bar: {
        brand: brand.bar,
        success: useBarClasses('success').bar,
        warning: useBarClasses('warning').bar,
        error: useBarClasses('error').bar,
      },
    },
  };
  // The same strings on every render (the board renders at each scrolled frame): one object,
  // so the memoised rows below are not rendered again.
  const key = JSON.stringify(classes);
  const shared = useMemo(() => JSON.parse(key) as RowClasses, [key]);
  return <RowClassesContext.Provider value={shared}>{children}</RowClassesContext.Provider>;
}

function useButtonClasses(state: Partial<ButtonState>): { root: string; icon: string } {
  const styled = useButtonStyles_unstable({
    size: 'small',
    shape: 'rounded',
    iconPosition: 'before',
    iconOnly: state.icon !== undefined,
    disabled: false,
    disabledFocusable: false,
    root: {},
    ...state,
  } as ButtonState);
  return { root: styled.root.className!, icon: styled.icon?.className ?? '' };
}

function useTextClasses(state: Partial<TextState>): string {
  return useTextStyles_unstable({ size: 300, weight: 'regular', root: {}, ...state } as TextState)
    .root.className!;
}

function useLinkClasses(root: { as: 'a'; href: string } | { as: 'button' }): string {
  return useLinkStyles_unstable({
    appearance: 'default',
    disabled: false,
    inline: false,
    root,
  } as unknown as LinkState).root.className!;
}

function useBarClasses(color: BarColor) {
  const state = (value: number) =>
    ({
      color,
      max: 1,
      shape: 'rounded',
      thickness: 'large',
      value,
      root: {},
      bar: {},
    }) as unknown as ProgressBarState;
  const zero = useProgressBarStyles_unstable(state(0));
  const above = useProgressBarStyles_unstable(state(1));
  return {
    root: zero.root.className!,
    bar: { zero: zero.bar!.className!, above: above.bar!.className! },
  };
}

/**
 * A small subtle icon-only Fluent `Button` as it renders (a native button with the same classes
 * and attributes): the name is its `aria-label`, the tooltip its `title`.
 */
export function RowIconButton({
  classes,
  icon,
  disabledFocusable = false,
  onClick,
  ...button
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> & {
  readonly classes: RowClasses;
  readonly icon: ReactNode;
  readonly 'aria-label': string;
  /** Fluent's `disabledFocusable`: aria-disabled, so the focus stays on it while it works. */
  readonly disabledFocusable?: boolean;
}) {
  return (
    <button
      type="button"
      {...button}
      aria-disabled={disabledFocusable || undefined}
      onClick={disabledFocusable ? undefined : onClick}
      className={disabledFocusable ? classes.iconButtonDisabled : classes.iconButton.root}
    >
      <span className={classes.iconButton.icon}>{icon}</span>
    </button>
  );
}
