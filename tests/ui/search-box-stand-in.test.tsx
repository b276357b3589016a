import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, SearchBox, webLightTheme } from '@fluentui/react-components';
import { createRef } from 'react';
import { SearchBoxStandIn } from '../../src/ui/components/SearchBoxStandIn';

/**
 * The search box as the page holds it: its tags, attributes, classes and icons. Without
 * `mergeClasses`' sequence marks (`___13yg2oi_15g8mz3`): they name which style hooks were merged
 * (Fluent merges the SearchBox's and then the Input's, the stand-in both at once), not a rule.
 */
const painted = (container: HTMLElement) =>
  container.querySelector('.fui-SearchBox')!.outerHTML.replace(/ ___\w+/g, '');

const paint = (box: JSX.Element) =>
  render(<FluentProvider theme={webLightTheme}>{box}</FluentProvider>);

describe('SearchBoxStandIn', () => {
  it.each([
    ['empty', '', false, undefined],
    ['with a search typed', 'Revenue', false, undefined],
    ['focused, with a search typed', 'Revenue', true, undefined],
    ['in German, its clear button named', 'Umsatz', false, { 'aria-label': 'Suche löschen' }],
  ])('paints as Fluent’s SearchBox paints, %s', (_, value, focused, dismiss) => {
    const props = {
      'aria-label': 'Search objectives',
      placeholder: 'Search',
      value,
      ...(dismiss ? { dismiss } : {}),
    };
    const real = paint(<SearchBox {...props} className="toolbar-search" onChange={() => {}} />);
    if (focused) act(() => screen.getByRole('searchbox').focus());
    const expected = painted(real.container);
    real.unmount();
    const standIn = paint(
      <SearchBoxStandIn {...props} className="toolbar-search" onChange={() => {}} />,
    );
    if (focused) act(() => screen.getByRole('searchbox').focus());
    expect(painted(standIn.container)).toBe(expected);
  });

  it('reports what is typed and clearing as Fluent’s SearchBox does, and keeps the focus', () => {
    const onChange = jest.fn();
    const ref = createRef<HTMLInputElement>();
    paint(<SearchBoxStandIn ref={ref} aria-label="Search" value="Rev" onChange={onChange} />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    // Its owner's ref is the input, as a SearchBox's is (the toolbar focuses it).
    expect(ref.current).toBe(box);
    fireEvent.change(box, { target: { value: 'Reve' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.anything(), { value: 'Reve' });
    fireEvent.click(screen.getByRole('button', { name: 'clear' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.anything(), { value: '' });
    expect(document.activeElement).toBe(box);
  });
});
