import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ViewTabs } from '../../src/teams/tab/ViewTabs';
import { TabListStandIn, type StandInTab } from '../../src/ui/components/TabListStandIn';

const tabs: StandInTab[] = [
  { value: 'board', label: 'Board', button: { id: 'tab-board', 'aria-controls': 'panel' } },
  { value: 'alignment', label: 'Alignment', button: { id: 'tab-alignment' } },
  { value: 'coach', label: 'Coach view', button: { id: 'tab-coach' } },
];

const painted = () => {
  const list = screen.getByRole('tablist', { name: 'Views' });
  return {
    list: [list.className, list.getAttribute('aria-orientation')],
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

describe('TabListStandIn', () => {
  it('paints as Fluent’s TabList paints the same tabs', () => {
    const props = { tabs, selectedValue: 'alignment', onSelect: jest.fn(), 'aria-label': 'Views' };
    const real = render(
      <FluentProvider theme={webLightTheme}>
        <ViewTabs {...props} />
      </FluentProvider>,
    );
    const expected = painted();
    real.unmount();
    render(
      <FluentProvider theme={webLightTheme}>
        <TabListStandIn {...props} />
      </FluentProvider>,
    );
    expect(painted()).toEqual(expected);
  });

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
});
