/**
 * @jest-environment ./tests/ui/support/time-zone-environment.ts
 *
 * "Today" is the user's calendar day, on their own clock: at 17:00 on 31 December in Los Angeles
 * (01:00 UTC on 1 January) a cycle ending on the 31st still ends today, and at 09:00 in Auckland
 * it is already the next day. The tests set the zone the browser's clock reads in.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Cycle } from '../../src/core/model';
import { today } from '../../src/ui/app/today';
import { BoardCycleBar } from '../../src/ui/components/CycleSwitcher/BoardCycleBar';

const q4: Cycle = {
  id: 'q4',
  name: 'Q4 2026',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
};

afterEach(() => {
  setTimeZone('UTC');
  jest.useRealTimers();
});

function at(zone: string, instant: string) {
  setTimeZone(zone);
  jest.useFakeTimers({ now: new Date(instant), advanceTimers: true });
}

describe('today', () => {
  it.each([
    ['America/Los_Angeles', '2027-01-01T01:00:00Z', '2026-12-31'],
    ['Pacific/Auckland', '2026-12-06T20:00:00Z', '2026-12-07'],
    ['Europe/Berlin', '2026-03-28T23:30:00Z', '2026-03-29'],
    ['UTC', '2027-01-01T01:00:00Z', '2027-01-01'],
  ])('is the day on the clock in %s at %s', (zone, instant, day) => {
    at(zone, instant);
    expect(today()).toBe(day);
  });

  it('reads the day of a given moment in the time zone', () => {
    setTimeZone('America/Los_Angeles');
    expect(today(new Date('2026-11-24T07:59:00Z'))).toBe('2026-11-23');
    expect(today(new Date('2026-11-24T08:00:00Z'))).toBe('2026-11-24');
  });
});

it('shows a cycle ending today as ending today late in the day in Los Angeles', async () => {
  at('America/Los_Angeles', '2027-01-01T01:00:00Z');
  render(
    <FluentProvider theme={webLightTheme}>
      <BoardCycleBar
        choice={{ cycles: [q4], cycle: q4, cycleId: q4.id, select: () => undefined }}
      />
    </FluentProvider>,
  );
  // The real dropdown has come in place of its stand-in (tabster marks its button).
  await waitFor(() =>
    expect(
      screen.getByRole('combobox', { name: 'Cycle' }).getAttribute('data-tabster'),
    ).not.toBeNull(),
  );
  expect(screen.getByText('ends today')).toBeTruthy();
  expect(screen.queryByText(/ended/)).toBeNull();
});
