import {
  makeResetStyles,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  typographyStyles,
  useMergedRefs,
} from '@fluentui/react-components';
import { DismissRegular, SearchRegular } from '@fluentui/react-icons';
import {
  forwardRef,
  useRef,
  useState,
  type ChangeEvent,
  type InputHTMLAttributes,
  type MouseEvent,
} from 'react';

/*
 * The rules of Fluent's Input and SearchBox styles for a medium, outline, enabled search box, as
 * Fluent writes them in @fluentui/react-input/lib/components/Input/useInputStyles.styles.raw.js
 * and @fluentui/react-search/lib/components/SearchBox/useSearchBoxStyles.styles.raw.js. Griffel
 * names each class after its rule, so these are Fluent's own classes
 * (tests/ui/search-box-stand-in.test.tsx holds them equal to a SearchBox's); Fluent's precompiled
 * hooks carry every size and appearance (about 5 kB gzip with the SearchBox's code).
 * https://griffel.js.org/react/api/make-styles (atomic classes named by a hash of each rule)
 */
const useRootClassName = makeResetStyles({
  display: 'inline-flex',
  alignItems: 'center',
  flexWrap: 'nowrap',
  gap: tokens.spacingHorizontalXXS,
  borderRadius: tokens.borderRadiusMedium,
  position: 'relative',
  boxSizing: 'border-box',
  verticalAlign: 'middle',
  minHeight: '32px',
  ...typographyStyles.body1,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `1px solid ${tokens.colorNeutralStroke1}`,
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  '::after': {
    boxSizing: 'border-box',
    content: '""',
    position: 'absolute',
    left: '-1px',
    bottom: '-1px',
    right: '-1px',
    height: `max(2px, ${tokens.borderRadiusMedium})`,
    borderBottomLeftRadius: tokens.borderRadiusMedium,
    borderBottomRightRadius: tokens.borderRadiusMedium,
    borderBottom: `2px solid ${tokens.colorCompoundBrandStroke}`,
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
  ':focus-within': { outline: '2px solid transparent' },
});

const useRootStyles = makeStyles({
  outlineInteractive: {
    ':hover': {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ':active,:focus-within': {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
      borderBottomColor: tokens.colorNeutralStrokeAccessiblePressed,
    },
  },
  mediumWithContentBefore: { paddingLeft: tokens.spacingHorizontalMNudge },
  mediumWithContentAfter: { paddingRight: tokens.spacingHorizontalMNudge },
});

const useSearchRootStyles = makeStyles({
  medium: {
    columnGap: 0,
    maxWidth: '468px',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  input: {
    paddingLeft: tokens.spacingHorizontalSNudge,
    paddingRight: 0,
    '::-webkit-search-decoration': { display: 'none' },
    '::-webkit-search-cancel-button': { display: 'none' },
  },
  unfocusedNoContentAfter: { paddingRight: 0 },
});

const useSearchInputStyles = makeStyles({ medium: { paddingRight: tokens.spacingHorizontalS } });

const useInputClassName = makeResetStyles({
  alignSelf: 'stretch',
  boxSizing: 'border-box',
  flexGrow: 1,
  minWidth: 0,
  borderStyle: 'none',
  padding: `0 ${tokens.spacingHorizontalM}`,
  color: tokens.colorNeutralForeground1,
  backgroundColor: 'transparent',
  '::placeholder': { color: tokens.colorNeutralForeground4, opacity: 1 },
  outlineStyle: 'none',
  fontFamily: 'inherit',
  fontSize: 'inherit',
  fontWeight: 'inherit',
  lineHeight: 'inherit',
});

const useInputElementStyles = makeStyles({
  mediumWithContentBefore: { paddingLeft: tokens.spacingHorizontalXXS },
  mediumWithContentAfter: { paddingRight: tokens.spacingHorizontalXXS },
});

const useContentClassName = makeResetStyles({
  boxSizing: 'border-box',
  color: tokens.colorNeutralForeground3,
  display: 'flex',
  '> svg': { fontSize: '20px' },
});

const useContentAfterStyles = makeStyles({
  contentAfter: { paddingLeft: tokens.spacingHorizontalM, columnGap: tokens.spacingHorizontalXS },
  rest: { height: 0, width: 0, paddingLeft: 0, overflow: 'hidden' },
});

const useDismissClassName = makeResetStyles({
  boxSizing: 'border-box',
  color: tokens.colorNeutralForeground3,
  display: 'flex',
  '> svg': { fontSize: '20px' },
  cursor: 'pointer',
});

export interface SearchBoxStandInProps extends Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'placeholder' | 'aria-label' | 'onKeyDown'
> {
  readonly value: string;
  /** As Fluent's SearchBox calls it: on each keystroke, and with '' when cleared. */
  readonly onChange: (
    event: ChangeEvent<HTMLInputElement> | MouseEvent<HTMLSpanElement>,
    data: { readonly value: string },
  ) => void;
  /** On the root, as Fluent's SearchBox puts it. */
  readonly className?: string;
  /** The clear button's name, as Fluent's SearchBox takes it (its own is "clear"). */
  readonly dismiss?: { readonly 'aria-label': string };
}

/**
 * A medium, outline Fluent `SearchBox` as it paints, focused or not, with its clear button: for a
 * first screen, so that neither Fluent's Input nor its SearchBox loads before the first row; the
 * real one loads after that screen and `useStandIns` swaps it in, focus and value kept. Further
 * props (a `useStandIns` mark) go on the input, as Fluent puts them.
 */
export const SearchBoxStandIn = forwardRef<HTMLInputElement, SearchBoxStandInProps>(
  function SearchBoxStandIn({ value, onChange, className, dismiss: dismissButton, ...input }, ref) {
    const [focused, setFocused] = useState(false);
    const root = useRef<HTMLSpanElement>(null);
    const inputRef = useRef<HTMLInputElement>(null);
    const inputRefs = useMergedRefs(ref, inputRef);
    const rootStyles = useRootStyles();
    const searchRoot = useSearchRootStyles();
    const searchInput = useSearchInputStyles();
    const inputStyles = useInputElementStyles();
    const contentAfter = useContentAfterStyles();
    const content = useContentClassName();
    const dismiss = useDismissClassName();
    const clear = (event: MouseEvent<HTMLSpanElement>) => {
      onChange(event, { value: '' });
      inputRef.current?.focus();
    };
    return (
      <span
        ref={root}
        className={mergeClasses(
          'fui-Input',
          useRootClassName(),
          rootStyles.mediumWithContentBefore,
          rootStyles.mediumWithContentAfter,
          rootStyles.outlineInteractive,
          'fui-SearchBox',
          searchRoot.medium,
          !focused && searchRoot.unfocusedNoContentAfter,
          className,
        )}
        onFocus={() => setFocused(true)}
        onBlur={(event) => setFocused(!!root.current?.contains(event.relatedTarget))}
      >
        <span
          className={mergeClasses(
            'fui-Input__contentBefore',
            content,
            'fui-SearchBox__contentBefore',
          )}
        >
          <SearchRegular />
        </span>
        <input
          type="search"
          {...input}
          ref={inputRefs}
          value={value}
          onChange={(event) => onChange(event, { value: event.target.value })}
          className={mergeClasses(
            'fui-Input__input',
            useInputClassName(),
            inputStyles.mediumWithContentBefore,
            inputStyles.mediumWithContentAfter,
            'fui-SearchBox__input',
            searchRoot.input,
            !focused && searchInput.medium,
          )}
        />
        <span
          className={mergeClasses(
            'fui-Input__contentAfter',
            content,
            'fui-SearchBox__contentAfter',
            contentAfter.contentAfter,
            !focused && contentAfter.rest,
          )}
        >
          <span
            role="button"
            aria-label={dismissButton?.['aria-label'] ?? 'clear'}
            tabIndex={-1}
            className={mergeClasses('fui-SearchBox__dismiss', dismiss)}
            onClick={clear}
          >
            <DismissRegular />
          </span>
        </span>
      </span>
    );
  },
);
