import { useTabListStyles_unstable, type TabListState } from '@fluentui/react-components';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTabStandInClasses } from './useTabStandInStyles';

export interface StandInTab {
  readonly value: string;
  readonly label: string;
  /** Attributes for the tab's button (its id, `aria-controls`, a stand-in mark). */
  readonly button?: Readonly<Record<string, string | undefined>>;
}

export interface TabListStandInProps {
  readonly tabs: readonly StandInTab[];
  readonly selectedValue: string;
  readonly onSelect: (value: string) => void;
  readonly className?: string;
  /** Fluent's tab size (medium by default). */
  readonly size?: 'small' | 'medium';
  readonly 'aria-label': string;
}

/**
 * A Fluent `TabList` (transparent, horizontal) as it paints, with Fluent's own classes (the list's
 * from its styles hook, the tabs' from `useTabStandInClasses`), for a first screen: the real one
 * (its arrow-key navigation, tabster's mover) loads after that screen, and `useStandIns` swaps it
 * in. Until then a click selects a tab, the arrow keys move between tabs and only the selected one
 * is in the tab order, as in the real one.
 */
export function TabListStandIn({
  tabs,
  selectedValue,
  onSelect,
  className,
  size = 'medium',
  'aria-label': label,
}: TabListStandInProps) {
  const list = useTabListStyles_unstable({
    appearance: 'transparent',
    size,
    vertical: false,
    root: { className },
  } as unknown as TabListState);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')];
    const at = buttons.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-orientation="horizontal"
      aria-label={label}
      className={list.root.className}
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => (
        <StandInTabButton
          key={tab.value}
          tab={tab}
          size={size}
          selected={tab.value === selectedValue}
          onSelect={onSelect}
        >
          {tab.label}
        </StandInTabButton>
      ))}
    </div>
  );
}

function StandInTabButton({
  tab,
  size,
  selected,
  onSelect,
  children,
}: {
  readonly tab: StandInTab;
  readonly size: NonNullable<TabListStandInProps['size']>;
  readonly selected: boolean;
  readonly onSelect: (value: string) => void;
  readonly children: ReactNode;
}) {
  const styled = useTabStandInClasses(size, selected);
  return (
    <button
      role="tab"
      type="button"
      aria-selected={selected}
      value={tab.value}
      tabIndex={selected ? 0 : -1}
      {...tab.button}
      className={styled.root}
      style={styled.style}
      onClick={() => onSelect(tab.value)}
    >
      <span className={styled.content}>{children}</span>
      {styled.reservedSpace ? <span className={styled.reservedSpace}>{children}</span> : null}
    </button>
  );
}
