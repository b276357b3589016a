import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, ToggleButton, webLightTheme } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { ToggleButtonStandIn } from '../../src/ui/components/ToggleButtonStandIn';

/** The button as the page holds it: its tag, attributes, classes and content. */
const painted = () => screen.getByRole('button').outerHTML;

const paint = (button: JSX.Element) =>
  render(<FluentProvider theme={webLightTheme}>{button}</FluentProvider>);

describe('ToggleButtonStandIn', () => {
  it.each([
    ['unchecked, with a text', false, 'Needs a check-in'],
    ['checked, with a text', true, 'Needs a check-in'],
    ['checked, icon only', true, undefined],
    ['unchecked, icon only', false, undefined],
  ])('paints as Fluent’s ToggleButton paints, %s', (_, checked, text) => {
    const named = text ? {} : { 'aria-label': 'Needs a check-in' };
    const real = paint(
      <ToggleButton icon={<HistoryRegular />} checked={checked} {...named}>
        {text}
      </ToggleButton>,
    );
    const expected = painted();
    real.unmount();
    paint(
      <ToggleButtonStandIn icon={<HistoryRegular />} checked={checked} {...named}>
        {text}
      </ToggleButtonStandIn>,
    );
    expect(painted()).toBe(expected);
  });

  it('says whether it is pressed, and a click reaches its owner', () => {
    const onClick = jest.fn();
    paint(
      <ToggleButtonStandIn icon={<HistoryRegular />} checked onClick={onClick}>
        Needs a check-in
      </ToggleButtonStandIn>,
    );
    const button = screen.getByRole('button', { name: 'Needs a check-in', pressed: true });
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
