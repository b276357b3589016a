/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Cycle, Team } from '../../src/core/model';
import './support/async-timeout';
import { board, cycle, keyResult } from './support/one-key-result-board';
import { programmeSections } from '../../src/ui/programme/programmeSections';
import { renderProgramme } from './support/programme';
import './support/resize-observer';

/**
 * Another tab replaced a section with its unsaved changes (the operating model's limits, the
 * first run's answers), silently: the Programme area asks first, as Teams and Viva do. Teams,
 * Cycles and Close a cycle dropped theirs unasked (Escape or a click outside a team's or a
 * cycle's dialog, another tab or cycle or team over typed scores), and Back to OKRs dropped any.
 */
const planning: Cycle = {
  id: 'q3',
  name: 'Q3 2031',
  start: '2031-07-01',
  end: '2031-09-30',
  state: 'planning',
  version: '1',
} as Cycle;
const sales: Team = { id: 't1', name: 'Sales', version: '1' };

/** The Programme open on a section; with `onBack`, as the tab's page, opened on it by its tab. */
async function renderAt(initialSection: string, onBack?: () => void) {
  renderProgramme(
    {
      listTeams: () => Promise.resolve([sales]),
      listCycles: () => Promise.resolve([planning, cycle]),
      loadBoard: (query) =>
        query.cycleId === cycle.id ? Promise.resolve(board) : new Promise(() => undefined),
      cycleHoldings: (ids) => Promise.resolve(new Map(ids.map((id) => [id, []]))),
    },
    onBack ? { onBack } : { initialSection },
  );
  if (onBack)
    fireEvent.click(await screen.findByRole('tab', { name: sectionLabel(initialSection) }));
}

const sectionLabel = (id: string) => programmeSections.find((section) => section.id === id)!.label;

const limit = () =>
  screen.findByRole<HTMLInputElement>('textbox', { name: 'Objectives per team, at most' });

// By their words: in jsdom, Fluent's dialog now and then keeps its surface aria-hidden after it
// opened (its motion), which hides the buttons from queries by role.
const discardDialog = () => screen.findByRole('alertdialog', { name: 'Discard your changes?' });
const dialogGone = () =>
  waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());

it('asks before another tab drops a changed limit, and Keep editing keeps it', async () => {
  await renderAt('model');
  fireEvent.change(await limit(), { target: { value: '9' } });

  fireEvent.click(screen.getByRole('tab', { name: 'Teams' }));

  const ask = await discardDialog();
  expect(ask.textContent).toContain('Your changes to the operating model are not saved.');
  fireEvent.click(within(ask).getByText('Keep editing'));
  await dialogGone();
  expect((await limit()).value).toBe('9');
  expect(screen.queryByRole('heading', { name: 'Teams' })).toBeNull();
});

it('opens the other tab once the changes are discarded', async () => {
  await renderAt('model');
  fireEvent.change(await limit(), { target: { value: '9' } });
  fireEvent.click(screen.getByRole('tab', { name: 'Teams' }));

  const ask = await discardDialog();
  fireEvent.click(within(ask).getByText('Discard changes'));

  await dialogGone();
  await screen.findByRole('heading', { name: 'Teams' });
  expect(screen.queryByRole('textbox', { name: 'Objectives per team, at most' })).toBeNull();
});

it('asks before another tab drops the first run’s answers', async () => {
  await renderAt('start');
  const teams = await screen.findByRole('textbox', { name: 'How many teams will set OKRs?' });
  fireEvent.change(teams, { target: { value: '12' } });

  fireEvent.click(screen.getByRole('tab', { name: 'Cycles' }));

  const ask = await discardDialog();
  expect(ask.textContent).toContain('Your changes to your answers are not saved.');
});

/** The name field of the form dialog that Edit opened, in the section open at `section`. */
async function editing(section: string, edit: string) {
  await renderAt(section);
  fireEvent.click(await screen.findByRole('button', { name: edit }));
  const dialog = await screen.findByRole('dialog');
  return () =>
    within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Name', hidden: true });
}

/** The name typed anew, then Escape pressed in it: what is asked. */
async function escapedAfterTyping(name: () => HTMLInputElement, typed: string) {
  fireEvent.change(name(), { target: { value: typed } });
  fireEvent.keyDown(name(), { key: 'Escape' });
  return discardDialog();
}

it('asks before Escape drops a team being edited; Keep editing keeps it', async () => {
  const name = await editing('teams', 'Edit Sales');

  const ask = await escapedAfterTyping(name, 'Sales EMEA');

  expect(ask.textContent).toContain('Your changes to the team are not saved.');
  fireEvent.click(within(ask).getByText('Keep editing'));
  await waitFor(() => expect(screen.queryByText('Discard your changes?')).toBeNull());
  expect(name().value).toBe('Sales EMEA');
});

it('closes a team’s dialog on Escape at once while nothing was changed', async () => {
  const name = await editing('teams', 'Edit Sales');

  fireEvent.keyDown(name(), { key: 'Escape' });

  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(screen.queryByText('Discard your changes?')).toBeNull();
});

it('asks before Escape drops a cycle being edited, and Discard closes it', async () => {
  const name = await editing('cycles', `Edit ${planning.name}`);

  const ask = await escapedAfterTyping(name, 'Q3 FY31');

  expect(ask.textContent).toContain('Your changes to the cycle are not saved.');
  fireEvent.click(within(ask).getByText('Discard changes'));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(screen.getByText(planning.name)).toBeTruthy();
});

/** Close a cycle with a score typed over the proposed one. */
async function scoreTyped() {
  await renderAt('close');
  const score = await screen.findByRole<HTMLInputElement>('textbox', {
    name: `Score of ${keyResult.title}`,
  });
  fireEvent.change(score, { target: { value: '0.9' } });
  return score;
}

it('asks before another tab drops the scores typed to close a cycle', async () => {
  const score = await scoreTyped();

  fireEvent.click(screen.getByRole('tab', { name: 'Teams' }));

  const ask = await discardDialog();
  expect(ask.textContent).toContain('Your changes to the scores and learnings are not saved.');
  fireEvent.click(within(ask).getByText('Keep editing'));
  await dialogGone();
  expect(score.value).toBe('0.9');
});

it('asks before another team chosen on Close a cycle reads its scores over the typed ones', async () => {
  const score = await scoreTyped();

  fireEvent.click(screen.getByRole('combobox', { name: 'Team' }));
  fireEvent.click(await screen.findByRole('option', { name: 'Sales' }));

  const ask = await discardDialog();
  fireEvent.click(within(ask).getByText('Keep editing'));
  await dialogGone();
  expect(score.value).toBe('0.9');
  expect(screen.getByRole<HTMLButtonElement>('combobox', { name: 'Team' }).value).toBe('All teams');
});

it('asks before Back to OKRs closes the Programme over unsaved changes, and goes once discarded', async () => {
  const back = jest.fn();
  await renderAt('model', back);
  fireEvent.change(await limit(), { target: { value: '9' } });

  fireEvent.click(screen.getByRole('button', { name: 'Back to OKRs' }));

  const ask = await discardDialog();
  expect(back).not.toHaveBeenCalled();
  fireEvent.click(within(ask).getByText('Discard changes'));
  await waitFor(() => expect(back).toHaveBeenCalledTimes(1));
});

it('goes Back to OKRs at once with nothing unsaved', async () => {
  const back = jest.fn();
  await renderAt('model', back);
  await limit();

  fireEvent.click(screen.getByRole('button', { name: 'Back to OKRs' }));

  expect(back).toHaveBeenCalledTimes(1);
  expect(screen.queryByText('Discard your changes?')).toBeNull();
});
