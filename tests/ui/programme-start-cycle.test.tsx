/**
 * "Start" made a planning cycle active at once, weeks before its first day if asked, with no way
 * back. It now asks first, saying what starting does and, plainly, when the cycle's start is
 * still ahead; an active cycle whose first day has not come goes back to planning from its row.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays } from '../../src/core/dates';
import { formatDay, formatMonthDay } from '../../src/core/format';
import type { Cycle } from '../../src/core/model';
import { today } from '../../src/ui/board/useBoardData';
import CyclesSection from '../../src/ui/programme/sections/CyclesSection';
import { renderSection } from './support/programme';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const now = today();
const ahead: Cycle = {
  id: 'c3',
  name: 'Next quarter',
  start: addDays(now, 27),
  end: addDays(now, 27 + 90),
  state: 'planning',
  version: '1',
};
const due: Cycle = {
  id: 'c2',
  name: 'This quarter',
  start: addDays(now, -3),
  end: addDays(now, 20),
  state: 'planning',
  version: '1',
};
const startedEarly: Cycle = {
  id: 'c1',
  name: 'Started early',
  start: addDays(now, 120),
  end: addDays(now, 200),
  state: 'active',
  version: '1',
};
const running: Cycle = {
  id: 'c0',
  name: 'Running',
  start: addDays(now, -60),
  end: addDays(now, 30),
  state: 'active',
  version: '1',
};

function renderCycles() {
  const written: Cycle[] = [];
  const { notices } = renderSection(CyclesSection, {
    cycles: [running, due, ahead, startedEarly],
    repository: {
      updateCycle: (cycle: Cycle) => {
        written.push(cycle);
        return Promise.resolve({ ...cycle, version: '2' });
      },
    },
  });
  return { written, notices };
}

async function askToStart(cycle: Cycle) {
  const button = screen.getByRole('button', { name: `Start ${cycle.name}` });
  button.focus();
  fireEvent.keyDown(button, { key: 'Enter' });
  fireEvent.click(button);
  const dialog = await screen.findByRole('alertdialog', {}, { timeout: 20_000 });
  return { button, dialog };
}

test('Start asks first, says when a cycle starts weeks ahead, and starts it once confirmed', async () => {
  const { written, notices } = renderCycles();
  const { dialog } = await askToStart(ahead);
  expect(within(dialog).getByText(/becomes active: it is the running cycle on every board/)).toBe(
    within(dialog).getByText(/check-ins and reminders follow its dates/),
  );
  expect(
    within(dialog).getByText(
      `It starts on ${formatDay(ahead.start)}, in 27 days. Until then, an admin can put it back to planning.`,
    ),
  ).toBeTruthy();
  expect(written).toEqual([]);

  fireEvent.click(within(dialog).getByRole('button', { name: 'Start cycle' }));

  await waitFor(() =>
    expect(notices).toEqual([
      `${ahead.name} is started: it is upcoming until ${formatDay(ahead.start)}.`,
    ]),
  );
  expect(written).toEqual([{ ...ahead, state: 'active' }]);
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  await waitFor(() =>
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Edit ${ahead.name}` })),
  );
});

test('a cycle whose first day has come is started without a word about its start', async () => {
  renderCycles();
  const { dialog } = await askToStart(due);
  expect(within(dialog).queryByText(/It starts on/)).toBeNull();
});

test('Cancel starts nothing and puts focus back on Start', async () => {
  const { written, notices } = renderCycles();
  const { button, dialog } = await askToStart(ahead);

  fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(button));
  expect(written).toEqual([]);
  expect(notices).toEqual([]);
});

test('an active cycle before its first day goes back to planning; one already running does not', async () => {
  const { written, notices } = renderCycles();
  expect(screen.queryByRole('button', { name: `Put ${running.name} back to planning` })).toBeNull();

  fireEvent.click(
    screen.getByRole('button', { name: `Put ${startedEarly.name} back to planning` }),
  );

  await waitFor(() =>
    expect(notices).toEqual([
      `${startedEarly.name} is back in planning: its dates can change again.`,
    ]),
  );
  expect(written).toEqual([{ ...startedEarly, state: 'planning' }]);
});

test('a started cycle whose first day is ahead is upcoming: labelled so, and not offered Close', async () => {
  renderCycles();
  const row = (cycle: Cycle) => screen.getByRole('row', { name: new RegExp(`^${cycle.name}`) });
  expect(
    within(row(startedEarly)).getByText(`Upcoming · starts ${formatMonthDay(startedEarly.start)}`),
  ).toBeTruthy();
  expect(within(row(startedEarly)).queryByText('Active')).toBeNull();
  expect(screen.queryByRole('button', { name: `Close ${startedEarly.name}` })).toBeNull();
  expect(within(row(running)).getByText('Active')).toBeTruthy();
  expect(screen.getByRole('button', { name: `Close ${running.name}` })).toBeTruthy();
  expect(within(row(ahead)).getByText('Planning')).toBeTruthy();
});
