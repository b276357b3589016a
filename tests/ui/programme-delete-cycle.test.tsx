/**
 * A cycle created or started by mistake is deleted from its row, once a dialog naming the cycle
 * and its dates is confirmed. Delete was offered on every cycle, a running one full of
 * objectives too, and refused only inside the dialog: now a cycle that holds anything keeps its
 * Delete disabled, its tooltip saying what it holds and what frees it, and the store's refusal
 * (something added meanwhile) still shows in the dialog, with nothing deleted.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CycleReferenceKind } from '../../src/core/cycle-deletion';
import type { Cycle } from '../../src/core/model';
import { ConflictError, InvalidError } from '../../src/store/errors';
import CyclesSection from '../../src/ui/programme/sections/CyclesSection';
import { renderSection } from './support/programme';

// A Fluent dialog in jsdom on a busy machine takes seconds to render, and now and then keeps its
// surface aria-hidden after it opened (its motion): its buttons are found by their words.
jest.setTimeout(60_000);

const mistake: Cycle = {
  id: 'c2',
  name: 'Q1 2027',
  start: '2027-01-01',
  end: '2027-03-31',
  state: 'planning',
  version: '1',
};
const running: Cycle = {
  id: 'c1',
  name: 'Q4 2026',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
  version: '4',
};
const lastQuarter: Cycle = {
  id: 'last-quarter',
  name: 'Last quarter',
  start: '2026-07-01',
  end: '2026-09-30',
  state: 'closed',
  version: '4',
};
const cycles = [lastQuarter, running, mistake];
const runningHolds: CycleReferenceKind[] = ['objectives', 'keyResults', 'checkIns'];

function renderCycles({
  deleteCycle = () => Promise.resolve(),
  held = (id: string) => (id === running.id ? runningHolds : []),
  checked = [] as string[][],
}: {
  deleteCycle?: (cycle: Cycle) => Promise<void>;
  held?: (id: string) => readonly CycleReferenceKind[];
  checked?: string[][];
} = {}) {
  const deleted: Cycle[] = [];
  const calls = renderSection(CyclesSection, {
    cycles,
    repository: {
      cycleHoldings: (ids: readonly string[]) => {
        checked.push([...ids]);
        return Promise.resolve(new Map(ids.map((id) => [id, held(id)])));
      },
      deleteCycle: async (cycle: Cycle) => {
        await deleteCycle(cycle);
        deleted.push(cycle);
      },
    },
  });
  return { ...calls, deleted };
}

const deleteButton = (cycle: Cycle) => screen.getByRole('button', { name: `Delete ${cycle.name}` });

/** Delete, once the check of what the cycles hold has answered. */
async function offered(cycle: Cycle) {
  await waitFor(() => expect(screen.queryByText(/^Checking what/)).toBeNull());
  await waitFor(() => expect(deleteButton(cycle).getAttribute('aria-disabled')).not.toBe('true'));
  return deleteButton(cycle);
}

async function askToDelete(cycle: Cycle) {
  const button = await offered(cycle);
  button.focus();
  fireEvent.keyDown(button, { key: 'Enter' });
  fireEvent.click(button);
  const dialog = await screen.findByRole('alertdialog', {}, { timeout: 20_000 });
  return { button, dialog };
}

test('deletes a cycle made by mistake once asked, naming it and its dates, and says so', async () => {
  const { deleted, removed, notices } = renderCycles();
  const { dialog } = await askToDelete(mistake);
  expect(within(dialog).getByText(`Delete ${mistake.name}?`)).toBeTruthy();
  expect(
    within(dialog).getByText(
      'Q1 2027 (Jan 1, 2027 – Mar 31, 2027) is deleted for good, with its coaching plan.',
    ),
  ).toBeTruthy();
  expect(deleted).toEqual([]);

  fireEvent.click(within(dialog).getByText('Delete cycle'));

  await waitFor(() => expect(notices).toEqual(['Q1 2027 is deleted.']));
  expect(deleted).toEqual([mistake]);
  expect(removed).toEqual([mistake.id]);
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  await waitFor(() =>
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New cycle' })),
  );
});

test('a cycle that holds anything keeps Delete disabled, saying what it holds and what frees it', async () => {
  const checked: string[][] = [];
  const { deleted } = renderCycles({ checked });
  await offered(mistake);
  // Only the cycles that could be deleted are checked, in one call.
  expect(checked).toEqual([[running.id, mistake.id]]);
  const button = deleteButton(running);
  expect(button.getAttribute('aria-disabled')).toBe('true');

  // Fluent shows a tooltip on hover, and on focus from the keyboard (not on a script's focus).
  fireEvent.pointerEnter(button);

  const tooltip = await screen.findByRole('tooltip');
  expect(tooltip.textContent).toBe(
    'Holds objectives, key results and check-ins. They stay with it as its history: close it instead, and it keeps them, read-only.',
  );
  expect(button.getAttribute('aria-describedby')).toBe(tooltip.id);
  fireEvent.click(button);
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(deleted).toEqual([]);
});

test('while what they hold is checked, Delete waits and says so', async () => {
  renderSection(CyclesSection, {
    cycles,
    repository: { cycleHoldings: () => new Promise(() => undefined) },
  });
  const button = deleteButton(mistake);
  expect(button.getAttribute('aria-disabled')).toBe('true');
  fireEvent.pointerEnter(button);
  expect((await screen.findByRole('tooltip')).textContent).toBe('Checking what Q1 2027 holds…');
});

test('an objective added since the check is refused in the dialog, and Delete is checked again', async () => {
  let now: CycleReferenceKind[] = [];
  const checked: string[][] = [];
  const refusal =
    'Q1 2027 still holds objectives, so it was not deleted. Delete its objectives on its board first (their key results go with them), then delete the cycle.';
  const { removed, notices } = renderCycles({
    checked,
    held: (id) => (id === mistake.id ? now : runningHolds),
    deleteCycle: () => {
      now = ['objectives'];
      return Promise.reject(new InvalidError(refusal, [refusal]));
    },
  });
  const { dialog } = await askToDelete(mistake);

  fireEvent.click(within(dialog).getByText('Delete cycle'));

  expect(await within(dialog).findByText(refusal)).toBeTruthy();
  expect(removed).toEqual([]);
  expect(notices).toEqual([]);
  await waitFor(() => expect(checked).toHaveLength(2));
  fireEvent.click(within(dialog).getByText('Cancel'));
  await waitFor(() => expect(deleteButton(mistake).getAttribute('aria-disabled')).toBe('true'));
});

test('a cycle changed meanwhile is not deleted: the dialog says so and the row shows their version', async () => {
  const renamed = { ...mistake, name: 'Q1 FY27', version: '2' };
  const said =
    'Megan Bowen changed Q1 2027 since you opened it, so it was not deleted. Look at it as it is now, then delete it if it is still a mistake.';
  const { applied, removed } = renderCycles({
    deleteCycle: () => Promise.reject(new ConflictError(said, mistake, renamed)),
  });
  const { dialog } = await askToDelete(mistake);

  fireEvent.click(within(dialog).getByText('Delete cycle'));

  expect(await within(dialog).findByText(said)).toBeTruthy();
  expect(applied).toEqual([renamed]);
  expect(removed).toEqual([]);
  expect(within(dialog).getByText('Delete Q1 FY27?')).toBeTruthy();
});

test('a cycle someone else deleted first counts as deleted', async () => {
  const { removed, notices } = renderCycles({
    deleteCycle: () =>
      Promise.reject(new ConflictError('Someone else deleted this.', mistake, undefined)),
  });
  const { dialog } = await askToDelete(mistake);

  fireEvent.click(within(dialog).getByText('Delete cycle'));

  await waitFor(() => expect(removed).toEqual([mistake.id]));
  expect(notices).toEqual(['Q1 2027 is deleted.']);
});

test('a closed cycle, the programme’s scored history, offers no Delete', async () => {
  renderCycles();
  await offered(mistake);
  expect(screen.queryByRole('button', { name: `Delete ${lastQuarter.name}` })).toBeNull();
});

test('Cancel deletes nothing and puts focus back on the Delete button', async () => {
  const { deleted, notices } = renderCycles();
  const { button, dialog } = await askToDelete(mistake);

  fireEvent.click(within(dialog).getByText('Cancel'));

  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(button));
  expect(deleted).toEqual([]);
  expect(notices).toEqual([]);
});
