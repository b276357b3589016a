import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, MenuButton, webLightTheme } from '@fluentui/react-components';
import { AlertRegular, FilterRegular } from '@fluentui/react-icons';
import { MenuButtonStandIn } from '../../src/ui/components/MenuButtonStandIn';

/** The button as the page holds it: its attributes (in any order), classes and content. */
const paint = (button: JSX.Element) => {
  const painted = render(<FluentProvider theme={webLightTheme}>{button}</FluentProvider>);
  const element = screen.getByRole('button');
  const html = {
    attributes: element
      .getAttributeNames()
      .sort()
      .map((name) => `${name}=${element.getAttribute(name)}`),
    content: element.innerHTML,
  };
  painted.unmount();
  return html;
};

describe('MenuButtonStandIn', () => {
  it.each([
    ['secondary, with a text', <FilterRegular key="icon" />, {}, 'Filters'],
    [
      'primary, with a text',
      <FilterRegular key="icon" />,
      { appearance: 'primary' },
      'Filters (2)',
    ],
    ['icon only', <FilterRegular key="icon" />, { 'aria-label': 'Sort: Board order' }, undefined],
    [
      'subtle and disabled',
      <AlertRegular key="icon" />,
      { appearance: 'subtle', disabled: true },
      'Reminders…',
    ],
  ] as const)('paints as Fluent’s closed MenuButton paints, %s', (_, icon, props, text) => {
    expect(
      paint(
        <MenuButtonStandIn icon={icon} aria-haspopup="menu" {...props}>
          {text}
        </MenuButtonStandIn>,
      ),
    ).toEqual(
      paint(
        <MenuButton icon={icon} aria-haspopup="menu" {...props}>
          {text}
        </MenuButton>,
      ),
    );
  });

  it('hands its clicks and keys to its owner', () => {
    const onClick = jest.fn();
    const onKeyDown = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <MenuButtonStandIn icon={<FilterRegular />} onClick={onClick} onKeyDown={onKeyDown}>
          Filters
        </MenuButtonStandIn>
      </FluentProvider>,
    );
    const button = screen.getByRole('button', { name: 'Filters', expanded: false });
    fireEvent.click(button);
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onKeyDown).toHaveBeenCalledTimes(1);
  });
});
