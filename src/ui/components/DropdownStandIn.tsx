import { useDropdownStyles_unstable, type DropdownState } from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';
import type { ButtonHTMLAttributes } from 'react';

/**
 * A closed Fluent `Dropdown` (outline, medium) as it paints, with the classes of Fluent's own
 * styles hook and the button's attributes, for a first screen: the real one (its listbox,
 * positioning and portal) loads after that screen, and `useStandIns` swaps it in. Its hidden
 * clear button is left out.
 */
export function DropdownStandIn({
  className,
  value,
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & { readonly value: string }) {
  // Only what the styles hook reads of a closed dropdown's state.
  const styled = useDropdownStyles_unstable({
    appearance: 'outline',
    size: 'medium',
    open: false,
    placeholderVisible: false,
    showClearButton: false,
    root: { className },
    button: {},
    expandIcon: {},
  } as unknown as DropdownState);
  return (
    <div className={styled.root.className}>
      <button
        type="button"
        aria-expanded={false}
        role="combobox"
        tabIndex={0}
        {...button}
        value={value}
        className={styled.button.className}
      >
        {value}
        <span className={styled.expandIcon?.className}>
          <ChevronDownRegular />
        </span>
      </button>
    </div>
  );
}
