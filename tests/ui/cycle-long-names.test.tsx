/**
 * A very long cycle name (a pasted word of 200 characters): every toast and confirmation of the
 * Programme said all of it. They shorten it with an ellipsis through the core's quote, as team
 * names were; a confirmation that repeats it whole (a refusal in the store's words) wraps it.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Cycle } from '../../src/core/model';
import ClosingSection from '../../src/ui/programme/sections/ClosingSection';
import CyclesSection from '../../src/ui/programme/sections/CyclesSection';
import { board } from './support/one-key-result-board';
import { renderSection } from './support/programme';
import './support/resize-observer';

jest.setTimeout(60_000);

const long = 'Q'.repeat(200);
const short = `${'Q'.repeat(59)}…`;
const planned: Cycle = {
  id: 'c1',
  name: long,
  start: '2031-01-01',
  end: '2031-03-31',
  state: 'planning',
  version: '1',
};

/** The confirmation a row's button asks for. */
async function asked(button: string) {
  fireEvent.click(await screen.findByRole('button', { name: button }));
  return screen.findByRole('alertdialog', {}, { timeout: 20_000 });
}

test('Start asks and confirms with the name shortened', async () => {
  const { notices } = renderSection(CyclesSection, {
    cycles: [planned],
    repository: { updateCycle: (cycle: Cycle) => Promise.resolve({ ...cycle, version: '2' }) },
  });
  const dialog = await asked(`Start ${long}`);
  expect(within(dialog).getByText(`Start ${short}?`)).toBeTruthy();
  expect(within(dialog).getByText(new RegExp(`^${short} \\(Jan 1, 2031`))).toBeTruthy();
  expect(getComputedStyle(dialog).overflowWrap).toBe('anywhere');

  fireEvent.click(within(dialog).getByText('Start cycle'));

  await waitFor(() =>
    expect(notices).toEqual([`${short} is started: it is upcoming until Jan 1, 2031.`]),
  );
});

test('Delete asks and confirms with the name shortened', async () => {
  const { notices } = renderSection(CyclesSection, {
    cycles: [planned],
    repository: { deleteCycle: () => Promise.resolve() },
  });
  const button = await screen.findByRole('button', { name: `Delete ${long}` });
  await waitFor(() => expect(button.getAttribute('aria-disabled')).toBeNull());
  const dialog = await asked(`Delete ${long}`);
  expect(within(dialog).getByText(`Delete ${short}?`)).toBeTruthy();

  fireEvent.click(within(dialog).getByText('Delete cycle'));

  await waitFor(() => expect(notices).toEqual([`${short} is deleted.`]));
});

test('closing a cycle asks, confirms and offers the next steps with the name shortened', async () => {
  // A cycle that has begun: one whose first day is ahead is upcoming, not offered Close.
  const running = { ...planned, start: '2020-01-01', end: '2020-03-31', state: 'active' as const };
  const { notices } = renderSection(ClosingSection, {
    cycles: [running],
    teams: board.teams,
    repository: {
      loadBoard: () => Promise.resolve({ ...board, cycle: running }),
      saveClosing: () => Promise.resolve({ objectives: [], keyResults: [], conflicts: [] }),
      updateCycle: (cycle: Cycle) => Promise.resolve({ ...cycle, version: '2' }),
    },
  });
  const dialog = await asked(`Save and close ${short}`);
  expect(within(dialog).getByText(`Close ${short}?`)).toBeTruthy();

  fireEvent.click(within(dialog).getByText(`Close ${short}`));

  expect(await screen.findByText(`${short} is closed`)).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe(
    `${short} is closed. Its OKRs are read-only now.`,
  );
  expect(notices).toEqual([]);
});
