import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Cycle } from '../../src/core/model';
import { CycleSwitcher } from '../../src/ui/components/CycleSwitcher/CycleSwitcher';
import { cycleTimeLeft, ritualDue } from '../../src/ui/components/CycleSwitcher/cycleTiming';
import { renderWithServices } from './support/services';

const q4: Cycle = {
  id: '2',
  name: 'Q4 2026',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
};
const year: Cycle = {
  id: '1',
  name: 'FY 2026',
  start: '2026-01-01',
  end: '2026-12-31',
  state: 'active',
};
const q1: Cycle = {
  id: '3',
  name: 'Q1 2027',
  start: '2027-01-01',
  end: '2027-03-31',
  state: 'planning',
};

describe('cycle timing', () => {
  it('says how much time is left, before, during and after the cycle', () => {
    expect(cycleTimeLeft(q4, '2026-11-30')).toBe('31 days left');
    expect(cycleTimeLeft(q4, '2026-12-30')).toBe('1 day left');
    expect(cycleTimeLeft(q4, '2026-12-31')).toBe('ends today');
    expect(cycleTimeLeft(q1, '2026-12-27')).toBe('starts in 5 days');
    expect(cycleTimeLeft(q4, '2027-01-03')).toBe('ended 3 days ago');
    // Beside the state ("Closed"), a closed cycle says when it ended, not "closed" again.
    expect(cycleTimeLeft({ ...q4, state: 'closed' }, '2027-01-03')).toBe('ended 3 days ago');
    expect(cycleTimeLeft({ ...q4, state: 'closed' }, '2026-11-30')).toBe('ended early');
    expect(ritualDue({ label: 'mid-cycle review', date: '2026-12-09' }, '2026-11-30')).toBe(
      'next: mid-cycle review in 9 days',
    );
    expect(ritualDue({ label: 'check-in', date: '2026-12-01' }, '2026-11-30')).toBe(
      'next: check-in tomorrow',
    );
  });
});

const switcher = (onSelect: (id: string) => void) => (
  <FluentProvider theme={webLightTheme}>
    <CycleSwitcher
      cycles={[year, q4, q1]}
      selectedId="2"
      onSelect={onSelect}
      today="2026-11-30"
      nextRitual={{ label: 'mid-cycle review', date: '2026-12-09' }}
    />
  </FluentProvider>
);

/** The real dropdown has come in place of its stand-in (tabster marks its button). */
const realDropdown = async () =>
  waitFor(() => {
    const dropdown = screen.getByRole('combobox', { name: 'Cycle' });
    expect(dropdown.getAttribute('data-tabster')).not.toBeNull();
    return dropdown;
  });

describe('CycleSwitcher', () => {
  it('names the cycle, its dates and time left, and switches to another', async () => {
    const onSelect = jest.fn();
    render(switcher(onSelect));
    // A click on the stand-in, before the dropdown's code is in, opens it when it arrives.
    const standIn = screen.getByRole('combobox', { name: 'Cycle' });
    expect(standIn.textContent).toContain('Q4 2026');
    expect(document.body.textContent).toContain('31 days left');
    expect(document.body.textContent).toContain('next: mid-cycle review in 9 days');
    fireEvent.click(standIn);
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options).toEqual(['Q1 2027 · Planning', 'Q4 2026 · Active', 'FY 2026 · Active']);
    fireEvent.click(screen.getByRole('option', { name: 'Q1 2027 · Planning' }));
    expect(onSelect).toHaveBeenCalledWith('3');
  });

  it('says a closed cycle is closed once, and when it ended', async () => {
    const q3: Cycle = {
      id: '4',
      name: 'Q3 2026',
      start: '2026-07-01',
      end: '2026-09-30',
      state: 'closed',
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <CycleSwitcher cycles={[q3, q4]} selectedId="4" onSelect={jest.fn()} today="2026-11-30" />
      </FluentProvider>,
    );
    const facts = screen.getByRole('combobox', { name: 'Cycle' }).getAttribute('aria-describedby');
    expect(document.getElementById(facts!)?.textContent).toBe(
      'Jul 1, 2026 – Sep 30, 2026 · Closed · ended 61 days ago',
    );
    await realDropdown();
  });

  it('shows the cycle’s dates in the host’s language', () => {
    renderWithServices(
      {} as never,
      <CycleSwitcher cycles={[q4]} selectedId="2" onSelect={jest.fn()} today="2026-11-30" />,
      'de-DE',
    );
    expect(document.body.textContent).toContain('1. Okt. 2026 – 31. Dez. 2026');
  });

  it('paints its stand-in as the dropdown paints, and hands it keyboard focus', async () => {
    render(switcher(jest.fn()));
    const standIn = screen.getByRole('combobox', { name: 'Cycle' });
    standIn.focus();
    const painted = (element: Element) => ({
      root: element.parentElement!.className,
      button: element.className,
      icon: element.querySelector('span')!.className,
      text: element.textContent,
      attributes: ['type', 'role', 'aria-expanded', 'tabindex', 'aria-describedby', 'value'].map(
        (name) => element.getAttribute(name),
      ),
    });
    const before = painted(standIn);
    const dropdown = await realDropdown();
    expect(dropdown).not.toBe(standIn);
    expect(painted(dropdown)).toEqual(before);
    expect(document.activeElement).toBe(dropdown);
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });
});
