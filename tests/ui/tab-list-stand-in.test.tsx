import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, Overflow, webLightTheme } from '@fluentui/react-components';
import { ViewTabs } from '../../src/ui/components/ViewTabs';
import { TabListStandIn, type StandInTab } from '../../src/ui/components/TabListStandIn';
import { useStandIns } from '../../src/ui/hooks/useStandIns';

const tabs: StandInTab[] = [
  { value: 'board', label: 'Board', button: { id: 'tab-board', 'aria-controls': 'panel' } },
  { value: 'alignment', label: 'Alignment', button: { id: 'tab-alignment' } },
  { value: 'coach', label: 'Coach view', button: { id: 'tab-coach' } },
];

/** The classes Fluent's Overflow gives its child: their rules hide only what does not fit. */
function overflowClasses(): string[] {
  const probe = render(
    <Overflow>
      <div data-testid="overflow-probe" />
    </Overflow>,
  );
  const classes = probe.getByTestId('overflow-probe').className.split(' ');
  probe.unmount();
  return classes;
}

const painted = (overflow: readonly string[] = []) => {
  const list = screen.getByRole('tablist', { name: 'Views' });
  return {
    list: [
      list.className
        .split(' ')
        // Griffel's `___` class names no rule: it is mergeClasses' key for the set merged.
        .filter((name) => !overflow.includes(name) && !name.startsWith('___'))
        .join(' '),
      list.getAttribute('aria-orientation'),
    ],
    tabs: screen.getAllByRole('tab').map((tab) => ({
      className: tab.className,
      style: tab.getAttribute('style'),
      html: tab.innerHTML,
      attributes: ['role', 'type', 'aria-selected', 'value', 'id', 'aria-controls'].map((name) =>
        tab.getAttribute(name),
      ),
    })),
  };
};

const loadViewTabs = () => import('../../src/ui/components/ViewTabs');

/** As a screen shows its tabs: the stand-in until Fluent's TabList has loaded. */
function ScreenTabs({ onSelect }: { readonly onSelect: (value: string) => void }) {
  const { module, mark } = useStandIns(loadViewTabs);
  const tabList = {
    tabs: tabs.map((tab) => ({ ...tab, button: { ...tab.button, ...mark(tab.value) } })),
    selectedValue: 'board',
    onSelect,
    'aria-label': 'Views',
    moreLabel: (count: number) => `${count} more views`,
  };
  return module ? <module.ViewTabs {...tabList} /> : <TabListStandIn {...tabList} />;
}

describe('TabListStandIn', () => {
  it.each(['medium', 'small'] as const)(
    'paints as Fluent’s %s TabList paints the same tabs',
    (size) => {
      const props = {
        tabs,
        selectedValue: 'alignment',
        onSelect: jest.fn(),
        size,
        'aria-label': 'Views',
        moreLabel: (count: number) => `${count} more views`,
      };
      const real = render(
        <FluentProvider theme={webLightTheme}>
          <ViewTabs {...props} />
        </FluentProvider>,
      );
      const overflow = overflowClasses();
      expect(overflow).toContain('fui-Overflow');
      const expected = painted(overflow);
      real.unmount();
      render(
        <FluentProvider theme={webLightTheme}>
          <TabListStandIn {...props} />
        </FluentProvider>,
      );
      expect(painted()).toEqual(expected);
    },
  );

  it('selects on click, moves between tabs with the arrow keys, one tab in the tab order', () => {
    const onSelect = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <TabListStandIn tabs={tabs} selectedValue="board" onSelect={onSelect} aria-label="Views" />
      </FluentProvider>,
    );
    const [board, alignment, coach] = screen.getAllByRole('tab');
    expect([board, alignment, coach].map((tab) => tab!.tabIndex)).toEqual([0, -1, -1]);
    board!.focus();
    fireEvent.keyDown(board!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(coach);
    fireEvent.keyDown(coach!, { key: 'ArrowRight' });
    fireEvent.keyDown(board!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(alignment);
    fireEvent.click(alignment!);
    expect(onSelect).toHaveBeenCalledWith('alignment');
  });

  it('gives way to Fluent’s TabList once it has loaded, and the focused tab keeps focus', async () => {
    const onSelect = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <ScreenTabs onSelect={onSelect} />
      </FluentProvider>,
    );
    const standIn = screen.getByRole('tablist', { name: 'Views' });
    expect(standIn.getAttribute('data-tabster')).toBeNull();
    screen.getByRole('tab', { name: 'Board' }).focus();
    // Tabster's mover marks the real list: its arrow keys are Fluent's own.
    await waitFor(
      () =>
        expect(
          screen.getByRole('tablist', { name: 'Views' }).getAttribute('data-tabster'),
        ).not.toBeNull(),
      { timeout: 20_000 },
    );
    const board = screen.getByRole('tab', { name: 'Board' });
    expect(document.activeElement).toBe(board);
    expect(board.getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: 'Coach view' }));
    expect(onSelect).toHaveBeenCalledWith('coach');
  });
});
