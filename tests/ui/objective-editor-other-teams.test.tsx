/**
 * "Aligns to" offers every objective of the cycle, read when the objective dialog opens. Until
 * that read answers, and when it fails, only the board's own objectives are on offer: the field
 * says so instead of a list that grows later or never.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Cycle, Objective, Team } from '../../src/core/model';
import type { Board, OkrRepository } from '../../src/store/repository';
import { ObjectiveEditor } from '../../src/ui/components/ObjectiveEditor/ObjectiveEditor';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const cycle: Cycle = {
  id: 'q1',
  name: 'Q1 2027',
  start: '2027-01-01',
  end: '2027-03-31',
  state: 'planning',
  version: '1',
};
const onboarding: Team = { id: 't1', name: 'Onboarding', version: '1' };
const sales: Team = { id: 't2', name: 'Sales', version: '1' };
const ours: Objective = {
  id: 'o1',
  cycleId: 'q1',
  teamId: 't1',
  title: 'Customers love onboarding',
  description: '',
  commitment: 'committed',
  state: 'active',
};
const theirs: Objective = { ...ours, id: 'o2', teamId: 't2', title: 'Win the Nordics' };
const board: Board = {
  cycle,
  teams: [onboarding],
  objectives: [ours],
  keyResults: [],
  initiatives: [],
};

function openNewObjective(loadBoard: () => Promise<Board>) {
  const repository = {
    siteRoles: siteRolesOf(),
    loadBoard,
    listCycles: () => Promise.resolve([cycle]),
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <ObjectiveEditor board={board} onDismiss={() => undefined} onSaved={() => undefined} />,
  );
}

// What may be chosen: not what stands in for the cycles around this one while they are read.
const offered = () =>
  within(screen.getByRole('combobox', { name: /Aligns to/ }))
    .getAllByRole('option')
    .filter((option) => !(option as HTMLOptionElement).disabled)
    .map((option) => option.textContent);

test("says other teams' objectives are loading, then offers them and says nothing", async () => {
  let answer: (whole: Board) => void = () => undefined;
  openNewObjective(() => new Promise<Board>((resolve) => (answer = resolve)));
  expect(await screen.findByText('Loading other teams’ objectives…')).toBeTruthy();
  expect(offered()).toEqual(['Nothing (a top-level objective)', 'Customers love onboarding']);

  answer({ ...board, teams: [onboarding, sales], objectives: [ours, theirs] });
  await waitFor(() => expect(offered()).toContain('Win the Nordics'), { timeout: 20_000 });
  expect(screen.queryByText(/other teams’ objectives/i)).toBeNull();
});

test("says when other teams' objectives cannot be read, and keeps the board's own on offer", async () => {
  openNewObjective(() => Promise.reject(new Error('503 Service Unavailable')));
  expect(
    await screen.findByText(
      'Other teams’ objectives could not be read: only this board’s are offered. Close and reopen to try again.',
      {},
      { timeout: 20_000 },
    ),
  ).toBeTruthy();
  expect(offered()).toEqual(['Nothing (a top-level objective)', 'Customers love onboarding']);
});

test("an objective aligned to another team's objective opens without an error, and saves", async () => {
  // The channel tab shows the Onboarding team only; its objective aligns to Sales'.
  const aligned: Objective = { ...ours, parentId: theirs.id, version: '3' };
  const updateObjective = jest.fn(async (objective: Objective) => ({ ...objective, version: '4' }));
  const onSaved = jest.fn();
  const repository = {
    siteRoles: siteRolesOf(),
    loadBoard: () =>
      Promise.resolve({ ...board, teams: [onboarding, sales], objectives: [aligned, theirs] }),
    listCycles: () => Promise.resolve([cycle]),
    updateObjective,
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <ObjectiveEditor
      board={{ ...board, objectives: [aligned] }}
      objective={aligned}
      onDismiss={() => undefined}
      onSaved={onSaved}
    />,
  );
  const alignsTo = await screen.findByRole('combobox', { name: /Aligns to/ });
  await waitFor(() => expect(alignsTo.textContent).toContain('Win the Nordics'), {
    timeout: 20_000,
  });
  expect(screen.queryByText('The objective it aligns to no longer exists.')).toBeNull();

  screen.getByRole('button', { name: 'Save objective' }).click();
  await waitFor(() => expect(onSaved).toHaveBeenCalled(), { timeout: 20_000 });
  expect(updateObjective.mock.calls[0]![0]).toMatchObject({ id: 'o1', parentId: 'o2' });
});

test('a save refused for an empty title takes the focus to the title field, marked invalid', async () => {
  const createObjective = jest.fn();
  const repository = {
    siteRoles: siteRolesOf(),
    loadBoard: () => Promise.resolve(board),
    listCycles: () => Promise.resolve([cycle]),
    createObjective,
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <ObjectiveEditor board={board} onDismiss={() => undefined} onSaved={() => undefined} />,
  );
  const save = await screen.findByRole('button', { name: 'Create objective' });
  save.focus();
  fireEvent.click(save);
  const title = screen.getByRole('textbox', { name: /^Objective/ });
  await waitFor(() => expect(document.activeElement).toBe(title), { timeout: 20_000 });
  expect(title.getAttribute('aria-invalid')).toBe('true');
  expect(createObjective).not.toHaveBeenCalled();
});
