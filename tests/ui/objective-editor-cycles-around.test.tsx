/**
 * A quarter's objective may align to the objectives of the cycles around the quarter (its year),
 * as organisations leaving Viva Goals run them: "Aligns to" offers them in a group named after
 * each such cycle, read when the dialog opens (saying so meanwhile, and saying when they cannot
 * be read while the quarter's own stay on offer), a closed year's left out; a parent there is
 * shown chosen by its title and cycle, kept as it is, and checked for loops across the cycles.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import type { Cycle, Objective, Team } from '../../src/core/model';
import type { Board, OkrRepository } from '../../src/store/repository';
import { ObjectiveEditor } from '../../src/ui/components/ObjectiveEditor/ObjectiveEditor';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const cycle = (id: string, name: string, start: string, end: string, state = 'active'): Cycle =>
  ({ id, name, start, end, state, version: '1' }) as Cycle;
const q4 = cycle('q4', 'Q4 2026', '2026-10-01', '2026-12-31');
const q3 = cycle('q3', 'Q3 2026', '2026-07-01', '2026-09-30');
const fy = cycle('fy', 'FY 2026', '2026-01-01', '2026-12-31');
const closedPlan = cycle('fy25', 'FY 2025–2026', '2025-01-01', '2026-12-31', 'closed');
const contoso: Team = { id: 't0', name: 'Contoso', version: '1' };
const sales: Team = { id: 't1', name: 'Sales', parentTeamId: 't0', version: '1' };

const objective = (id: string, cycleId: string, title: string, more: Partial<Objective> = {}) =>
  ({
    id,
    cycleId,
    teamId: 't1',
    title,
    description: '',
    commitment: 'committed',
    state: 'active',
    version: '1',
    ...more,
  }) as Objective;
const ours = objective('o1', 'q4', 'Win the Nordics');
const annual = objective('y1', 'fy', 'Double ARR to €10M', { teamId: 't0' });
const yearly = objective('y2', 'fy', 'Open two markets');
const closedOne = objective('c1', 'fy25', 'Grow in Europe');
const board: Board = {
  cycle: q4,
  teams: [contoso, sales],
  objectives: [ours],
  keyResults: [],
  initiatives: [],
};

interface Reads {
  objectivesOfCycles?: OkrRepository['objectivesOfCycles'];
  loadObjectives?: OkrRepository['loadObjectives'];
  boardObjectives?: readonly Objective[];
}

function repositoryWith(reads: Reads = {}) {
  const store = [annual, yearly, closedOne];
  const repository = {
    siteRoles: siteRolesOf(),
    loadBoard: async () => ({ ...board, objectives: reads.boardObjectives ?? board.objectives }),
    listCycles: async () => [q3, q4, fy, closedPlan],
    objectivesOfCycles: jest.fn(
      reads.objectivesOfCycles ??
        (async (ids: readonly string[]) => store.filter((o) => ids.includes(o.cycleId))),
    ),
    loadObjectives: jest.fn(
      reads.loadObjectives ??
        (async (ids: readonly string[]) => store.filter((o) => ids.includes(o.id))),
    ),
    createObjective: jest.fn(async (draft: Objective) => ({ ...draft, id: 'new', version: '1' })),
    updateObjective: jest.fn(async (item: Objective) => ({ ...item, version: '2' })),
  };
  return repository;
}

function open(repository: ReturnType<typeof repositoryWith>, editing?: Objective) {
  const onSaved = jest.fn();
  renderWithServices(
    repository as unknown as OkrRepository,
    <ObjectiveEditor
      board={editing ? { ...board, objectives: [editing] } : board}
      {...(editing ? { objective: editing } : {})}
      onDismiss={() => undefined}
      onSaved={onSaved}
    />,
  );
  return onSaved;
}

const alignsTo = () => screen.getByRole('combobox', { name: /Aligns to/ }) as HTMLSelectElement;
/** Each group's label and its entries, as the select lists them ("—" for a loose option). */
const groups = () =>
  [...alignsTo().querySelectorAll('optgroup')].map((group) => [
    group.label,
    [...group.querySelectorAll('option')].map((option) => option.textContent),
  ]);

test('offers the year’s objectives in a group named after the year, after the quarter’s own, a closed cycle’s left out, and saves the one chosen', async () => {
  let answer: (objectives: readonly Objective[]) => void = () => undefined;
  const repository = repositoryWith({
    objectivesOfCycles: () => new Promise((resolve) => (answer = resolve)),
  });
  const onSaved = open(repository);
  await waitFor(
    () => expect(groups()).toContainEqual(['FY 2026', ['Loading FY 2026’s objectives…']]),
    {
      timeout: 20_000,
    },
  );
  const loading = within(alignsTo()).getByRole('option', { name: 'Loading FY 2026’s objectives…' });
  expect((loading as HTMLOptionElement).disabled).toBe(true);
  expect(repository.objectivesOfCycles).toHaveBeenCalledWith(['fy'], expect.anything());

  answer([annual, yearly]);
  await waitFor(
    () =>
      expect(groups()).toEqual([
        ['Sales', ['Win the Nordics']],
        ['FY 2026', ['Double ARR to €10M — FY 2026', 'Open two markets — FY 2026']],
      ]),
    { timeout: 20_000 },
  );
  expect(screen.queryByText(/Grow in Europe/)).toBeNull();

  fireEvent.change(screen.getByRole('textbox', { name: /^Objective/ }), {
    target: { value: 'Customers in the Nordics renew at 95%' },
  });
  fireEvent.change(alignsTo(), { target: { value: 'y1' } });
  expect(screen.queryByText(/no longer exists|would make a loop/)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Create objective' }));
  await waitFor(() => expect(onSaved).toHaveBeenCalled(), { timeout: 20_000 });
  expect(repository.createObjective.mock.calls[0]![0]).toMatchObject({
    cycleId: 'q4',
    parentId: 'y1',
  });
});

test('an objective aligned to the year’s shows it chosen by title and cycle, and saving keeps it and its weights', async () => {
  const aligned = objective('o1', 'q4', 'Win the Nordics', {
    parentId: 'y1',
    alignments: [
      { objectiveId: 'y1', weight: 0.7 },
      { objectiveId: 'y2', weight: 0.3 },
    ],
  });
  const repository = repositoryWith({ boardObjectives: [aligned] });
  const onSaved = open(repository, aligned);
  await waitFor(
    () => expect(alignsTo().selectedOptions[0]?.textContent).toBe('Double ARR to €10M — FY 2026'),
    { timeout: 20_000 },
  );
  await waitFor(
    () =>
      expect(groups()).toEqual([
        ['FY 2026', ['Double ARR to €10M — FY 2026', 'Open two markets — FY 2026']],
      ]),
    { timeout: 20_000 },
  );
  expect(alignsTo().value).toBe('y1');
  expect(screen.queryByText(/no longer exists|would make a loop/)).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Save objective' }));
  await waitFor(() => expect(onSaved).toHaveBeenCalled(), { timeout: 20_000 });
  expect(repository.updateObjective.mock.calls[0]![0]).toMatchObject({
    parentId: 'y1',
    alignments: aligned.alignments,
  });
});

test('says when the year’s objectives cannot be read, and the quarter’s own are still offered and saved', async () => {
  const theirs = objective('o2', 'q4', 'Ship the partner portal');
  const repository = repositoryWith({
    boardObjectives: [ours, theirs],
    objectivesOfCycles: () => Promise.reject(new Error('503 Service Unavailable')),
  });
  const onSaved = open(repository);
  expect(
    await screen.findByText(
      'The objectives of FY 2026 could not be read: only Q4 2026’s are offered. Close and reopen to try again.',
      { exact: false },
      { timeout: 20_000 },
    ),
  ).toBeTruthy();
  await waitFor(() => expect(groups()[0]?.[1]).toContain('Ship the partner portal'), {
    timeout: 20_000,
  });
  fireEvent.change(screen.getByRole('textbox', { name: /^Objective/ }), {
    target: { value: 'Customers in the Nordics renew at 95%' },
  });
  fireEvent.change(alignsTo(), { target: { value: 'o2' } });
  fireEvent.click(screen.getByRole('button', { name: 'Create objective' }));
  await waitFor(() => expect(onSaved).toHaveBeenCalled(), { timeout: 20_000 });
  expect(repository.createObjective.mock.calls[0]![0]).toMatchObject({ parentId: 'o2' });
});

test('a year’s objective that aligns back to this one, through another quarter, is refused as a loop', async () => {
  // Imported: the year's objective aligns to Q3's, which aligns to this Q4 objective.
  const circular = objective('y3', 'fy', 'Lead the Nordic market', { parentId: 'b1' });
  const between = objective('b1', 'q3', 'Sign three Nordic partners', { parentId: 'o1' });
  const repository = repositoryWith({
    objectivesOfCycles: async () => [circular],
    loadObjectives: async (ids) => [between].filter((o) => ids.includes(o.id)),
  });
  const onSaved = open(repository, ours);
  await waitFor(
    () => expect(groups()).toContainEqual(['FY 2026', ['Lead the Nordic market — FY 2026']]),
    {
      timeout: 20_000,
    },
  );
  fireEvent.change(alignsTo(), { target: { value: 'y3' } });
  expect(
    await screen.findByText(
      'Aligning to this objective would make a loop: o1 → y3 → b1 → o1. Choose a parent higher up.',
      { exact: false },
      { timeout: 20_000 },
    ),
  ).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Save objective' }));
  expect(repository.updateObjective).not.toHaveBeenCalled();
  expect(onSaved).not.toHaveBeenCalled();
});

test('a fresher copy of the board while the dialog is open reads the year’s objectives no second time', async () => {
  const repository = repositoryWith();
  let refresh: () => void = () => undefined;
  function Refreshed() {
    const [shown, setShown] = useState(board);
    refresh = () => setShown({ ...board, cycle: { ...q4 } });
    return <ObjectiveEditor board={shown} onDismiss={() => undefined} onSaved={() => undefined} />;
  }
  renderWithServices(repository as unknown as OkrRepository, <Refreshed />);
  const offered = ['FY 2026', ['Double ARR to €10M — FY 2026', 'Open two markets — FY 2026']];
  await waitFor(() => expect(groups()).toContainEqual(offered), { timeout: 20_000 });

  act(() => refresh());
  expect(groups()).toContainEqual(offered);
  expect(repository.objectivesOfCycles).toHaveBeenCalledTimes(1);
});
