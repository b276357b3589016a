/**
 * Next cycle: a key result follows its objective (it stayed ticked, greyed out, under an unticked
 * one); what the next cycle holds already is marked "Already in Q1 2027" and not offered again,
 * also right after carrying (the list went back to all unticked, saying nothing); key results are
 * a list under their objective; the bare "Cycles" button beside Carry is gone.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Cycle } from '../../src/core/model';
import { rolledOverFrom, type RolloverPlan } from '../../src/core/rollover';
import type { Board, OkrRepository } from '../../src/store/repository';
import RolloverSection from '../../src/ui/programme/sections/RolloverSection';
import { board, keyResult } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

const q4: Cycle = {
  id: 'q4',
  name: 'Q4 2026',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'closed',
};
const q1: Cycle = {
  id: 'q1',
  name: 'Q1 2027',
  start: '2027-01-01',
  end: '2027-03-31',
  state: 'planning',
};
const first = board.objectives[0]!;
const second = { ...first, id: 'o2', title: 'Open the Nordic market' };
const nordic = {
  ...keyResult,
  id: 'k2',
  objectiveId: 'o2',
  title: 'Nordic customers from 10 to 50',
  current: 10,
};
const source: Board = {
  ...board,
  cycle: q4,
  objectives: [first, second],
  keyResults: [keyResult, nordic],
};
// The first objective and its key result were carried over before.
const next: Board = {
  ...board,
  cycle: q1,
  objectives: [{ ...first, id: 'n1', cycleId: 'q1', sourceId: rolledOverFrom(first.id) }],
  keyResults: [
    { ...keyResult, id: 'm1', objectiveId: 'n1', sourceId: rolledOverFrom(keyResult.id) },
  ],
};

function renderNextCycle() {
  const plans: RolloverPlan[] = [];
  const repository = {
    siteRoles: siteRolesOf({ admin: false, coach: true }),
    loadBoard: ({ cycleId }: { cycleId: string }) =>
      Promise.resolve(cycleId === 'q4' ? source : next),
    rollOver: (plan: RolloverPlan) => {
      plans.push(plan);
      return Promise.resolve({
        objectives: [...next.objectives, { ...second, id: 'n2', sourceId: rolledOverFrom('o2') }],
        keyResults: [...next.keyResults, { ...nordic, id: 'm2', sourceId: rolledOverFrom('k2') }],
        initiatives: [],
        notCarried: [],
      });
    },
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <RolloverSection
      access={{ setUp: false, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [q4, q1] } } as never}
      notify={() => undefined}
      open={() => undefined}
      cycleId="q4"
    />,
  );
  return plans;
}

const box = (name: string | RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

test('marks what is in the next cycle already, and a key result follows its objective', async () => {
  const plans = renderNextCycle();
  const carried = await screen.findByRole('checkbox', {
    name: `${first.title} Already in Q1 2027`,
  });
  expect((carried as HTMLInputElement).checked).toBe(false);
  expect(box(`${keyResult.title} (45%) Already in Q1 2027`).checked).toBe(false);

  // Key results are a list under their objective.
  const list = screen.getByRole('list', { name: `Key results of ${second.title}` });
  expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  expect(box(second.title).checked).toBe(true);
  expect(box(`${nordic.title} (0%)`).checked).toBe(true);
  fireEvent.click(box(second.title));
  expect(box(`${nordic.title} (0%)`).checked).toBe(false);
  expect(box(`${nordic.title} (0%)`).disabled).toBe(true);
  fireEvent.click(box(second.title));
  expect(box(`${nordic.title} (0%)`).checked).toBe(true);

  expect(screen.queryByRole('button', { name: 'Cycles' })).toBeNull();
  fireEvent.click(
    screen.getByRole('button', { name: 'Carry 1 objective and 1 key result into Q1 2027' }),
  );
  await waitFor(() => expect(plans).toHaveLength(1));
  expect(plans[0]!.objectives.map((objective) => objective.sourceId)).toEqual(['o2']);
  expect(
    await screen.findByRole('checkbox', { name: `${second.title} Already in Q1 2027` }),
  ).toBeTruthy();
  expect(box(/^Open the Nordic market/).checked).toBe(false);
  expect(
    within(screen.getByRole('region', { name: 'Sales' })).getByText('All 2 are in Q1 2027 already'),
  ).toBeTruthy();
  expect(
    (screen.getByRole('button', { name: /^Carry 0 objectives/ }) as HTMLButtonElement).disabled,
  ).toBe(true);
});

test('lists objectives under their team, with select all and none per team and overall', async () => {
  const support = { ...second, id: 'o3', teamId: 't2', title: 'Answer every ticket in a day' };
  const tickets = { ...nordic, id: 'k3', objectiveId: 'o3', title: 'Tickets answered in a day' };
  const twoTeams: Board = {
    ...source,
    teams: [...board.teams, { id: 't2', name: 'Support' }],
    objectives: [first, second, support],
    keyResults: [keyResult, nordic, tickets],
  };
  const repository = {
    siteRoles: siteRolesOf({ admin: false, coach: true }),
    loadBoard: ({ cycleId }: { cycleId: string }) =>
      Promise.resolve(cycleId === 'q4' ? twoTeams : next),
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <RolloverSection
      access={{ setUp: false, coach: true }}
      programme={{ data: { teams: twoTeams.teams, cycles: [q4, q1] } } as never}
      notify={() => undefined}
      open={() => undefined}
      cycleId="q4"
    />,
  );
  const sales = await screen.findByRole('region', { name: 'Sales' });
  const support2 = screen.getByRole('region', { name: 'Support' });
  expect(within(sales).getByRole('heading', { name: 'Sales' })).toBeTruthy();
  expect(within(support2).getByRole('checkbox', { name: support.title })).toBeTruthy();
  expect(within(sales).queryByRole('checkbox', { name: support.title })).toBeNull();
  // What the next cycle holds already is not counted, nor chosen again.
  expect(within(sales).getByText('1 of 1 objective chosen, 1 in Q1 2027 already')).toBeTruthy();

  // Each is named beginning with the words it shows (WCAG 2.5.3, label in name): "Select none"
  // for every team was named "Select no objectives", which axe flagged.
  for (const button of screen.getAllByRole('button', { name: /^Select / })) {
    expect(button.getAttribute('aria-label')).toMatch(new RegExp(`^${button.textContent}`));
  }
  fireEvent.click(screen.getByRole('button', { name: 'Select none of Support’s objectives' }));
  expect(box(support.title).checked).toBe(false);
  expect(box(second.title).checked).toBe(true);
  expect(screen.getByRole('button', { name: /^Carry 1 objective and 1 key result/ })).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Select none of the objectives' }));
  expect(box(second.title).checked).toBe(false);
  expect(screen.getByText('0 of 2 objectives chosen, 1 in Q1 2027 already')).toBeTruthy();
  expect(within(support2).getByText('0 of 1 objective chosen')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Select all objectives' }));
  expect(box(second.title).checked).toBe(true);
  expect(box(support.title).checked).toBe(true);
  expect(box(`${tickets.title} (0%)`).checked).toBe(true);
  expect(box(`${first.title} Already in Q1 2027`).checked).toBe(false);
  expect(
    screen.getByRole('button', { name: /^Carry 2 objectives and 2 key results/ }),
  ).toBeTruthy();
});

test('the preview names the alignments kept and those that cannot be, and a run not finished is carried again', async () => {
  const fy: Cycle = {
    id: 'fy',
    name: 'FY 2027',
    start: '2026-10-01',
    end: '2027-09-30',
    state: 'active',
  };
  const yearly = { ...first, id: 'y1', cycleId: 'fy', title: 'Be the easiest tool to start with' };
  const q3: Cycle = {
    id: 'q3',
    name: 'Q3 2026',
    start: '2026-07-01',
    end: '2026-09-30',
    state: 'closed',
  };
  const old = { ...first, id: 'p0', cycleId: 'q3', title: 'Finish the migration' };
  const aligned: Board = {
    ...source,
    objectives: [
      { ...first, parentId: 'y1' },
      { ...second, parentId: 'p0' },
    ],
    initiatives: [
      { id: 'i1', keyResultId: nordic.id, title: 'Call every reseller', status: 'inProgress' },
      { id: 'i2', keyResultId: nordic.id, title: 'Translate the site', status: 'done' },
    ],
  };
  const plans: RolloverPlan[] = [];
  const repository = {
    siteRoles: siteRolesOf({ admin: false, coach: true }),
    loadBoard: ({ cycleId }: { cycleId: string }) =>
      Promise.resolve(cycleId === 'q4' ? aligned : { ...next, objectives: [], keyResults: [] }),
    loadObjectives: (ids: readonly string[]) =>
      Promise.resolve([yearly, old].filter((objective) => ids.includes(objective.id))),
    rollOver: (plan: RolloverPlan) => {
      plans.push(plan);
      return Promise.resolve({
        objectives: [],
        keyResults: [],
        initiatives: [],
        notCarried:
          plans.length === 1 ? [{ kind: 'keyResult', title: nordic.title }] : ([] as never[]),
      });
    },
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <RolloverSection
      access={{ setUp: false, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [q3, q4, q1, fy] } } as never}
      notify={() => undefined}
      open={() => undefined}
      cycleId="q4"
    />,
  );
  const kept = await screen.findByRole('list', { name: 'Kept' });
  expect(
    within(kept)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([`“${first.title}” stays aligned to “${yearly.title}” in FY 2027`]);
  const lost = screen.getByRole('list', { name: 'Cannot be kept' });
  expect(
    within(lost)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    `“${second.title}” loses its alignment to “${old.title}”, which stays in Q3 2026, ending on Sep 30, 2026, before Q1 2027 ends`,
  ]);
  screen.getByText('1 open initiative comes along with its key result.');

  fireEvent.click(screen.getByRole('button', { name: /^Carry 2 objectives/ }));
  await screen.findByText(
    `Not carried: ${nordic.title}. Carrying again adds only what is missing.`,
  );
  expect(plans[0]!.objectives[0]!.parent).toEqual({ id: 'y1' });
  fireEvent.click(screen.getByRole('button', { name: 'Carry again' }));
  await waitFor(() => expect(plans).toHaveLength(2));
  expect(plans[1]).toBe(plans[0]);
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Carry again' })).toBeNull());
});

test('keeps a roll-up from a key result of a year spanning the next cycle, and says why another cannot be kept', async () => {
  const fy: Cycle = {
    id: 'fy',
    name: 'FY 2027',
    start: '2026-10-01',
    end: '2027-09-30',
    state: 'active',
  };
  const q3: Cycle = {
    id: 'q3',
    name: 'Q3 2026',
    start: '2026-07-01',
    end: '2026-09-30',
    state: 'closed',
  };
  const yearly = { ...first, id: 'y1', cycleId: 'fy', title: 'Be the easiest tool to start with' };
  const old = { ...first, id: 'p0', cycleId: 'q3', title: 'Finish the migration' };
  const signUps = { ...keyResult, id: 'yk', objectiveId: 'y1', title: 'Sign-ups a day reach 500' };
  const moved = { ...keyResult, id: 'pk', objectiveId: 'p0', title: 'Teams moved reach 80' };
  const rollingUp: Board = {
    ...source,
    objectives: [first],
    keyResults: [
      {
        ...keyResult,
        rolledUpFrom: [
          { kind: 'keyResult', id: 'yk', weight: 2 },
          { kind: 'keyResult', id: 'pk', weight: 1 },
        ],
      },
    ],
  };
  const plans: RolloverPlan[] = [];
  const asked: string[][] = [];
  const repository = {
    siteRoles: siteRolesOf({ admin: false, coach: true }),
    loadBoard: ({ cycleId }: { cycleId: string }) =>
      Promise.resolve(cycleId === 'q4' ? rollingUp : { ...next, objectives: [], keyResults: [] }),
    loadKeyResults: (ids: readonly string[]) => {
      asked.push([...ids]);
      return Promise.resolve([signUps, moved].filter((kr) => ids.includes(kr.id)));
    },
    loadObjectives: (ids: readonly string[]) =>
      Promise.resolve([yearly, old].filter((objective) => ids.includes(objective.id))),
    rollOver: (plan: RolloverPlan) => {
      plans.push(plan);
      return Promise.resolve({ objectives: [], keyResults: [], initiatives: [], notCarried: [] });
    },
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <RolloverSection
      access={{ setUp: false, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [q3, q4, q1, fy] } } as never}
      notify={() => undefined}
      open={() => undefined}
      cycleId="q4"
    />,
  );
  const kept = await screen.findByRole('list', { name: 'Kept' });
  expect(asked).toEqual([['yk', 'pk']]);
  expect(
    within(kept)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([`“${keyResult.title}” still rolls up from “${signUps.title}” in FY 2027`]);
  expect(
    within(screen.getByRole('list', { name: 'Cannot be kept' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    `“${keyResult.title}” no longer rolls up from “${moved.title}”, which stays in Q3 2026, ending on Sep 30, 2026, before Q1 2027 ends`,
  ]);
  fireEvent.click(
    screen.getByRole('button', { name: 'Carry 1 objective and 1 key result into Q1 2027' }),
  );
  await waitFor(() => expect(plans).toHaveLength(1));
  expect(plans[0]!.keyResults[0]!.rolledUpFrom).toEqual([
    { kind: 'keyResult', link: { id: 'yk' }, weight: 2 },
  ]);
});

test('a reload offers again what a run left out under an objective it carried; Carry again carries only that', async () => {
  const tour = {
    id: 'i1',
    keyResultId: keyResult.id,
    title: 'Record a tour',
    status: 'inProgress' as const,
  };
  const withWork: Board = { ...source, initiatives: [tour] };
  // The first run carried the first objective, then Graph refused its key result (and so its
  // initiative); the page was closed.
  const halfDone: Board = { ...next, keyResults: [], initiatives: [] };
  const plans: RolloverPlan[] = [];
  const notices: string[] = [];
  const repository = {
    siteRoles: siteRolesOf({ admin: false, coach: true }),
    loadBoard: ({ cycleId }: { cycleId: string }) =>
      Promise.resolve(cycleId === 'q4' ? withWork : halfDone),
    rollOver: (plan: RolloverPlan) => {
      plans.push(plan);
      return Promise.resolve({
        objectives: [],
        keyResults: [
          { ...keyResult, id: 'm1', objectiveId: 'n1', sourceId: rolledOverFrom(keyResult.id) },
        ],
        initiatives: [{ ...tour, id: 'j1', keyResultId: 'm1', sourceId: rolledOverFrom(tour.id) }],
        notCarried: [],
      });
    },
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <RolloverSection
      access={{ setUp: false, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [q4, q1] } } as never}
      notify={(text: string) => notices.push(text)}
      open={() => undefined}
      cycleId="q4"
    />,
  );
  await screen.findByRole('checkbox', { name: `${first.title} Already in Q1 2027` });
  // The key result left out is offered again, chosen, under its objective's copy.
  const left = box(`${keyResult.title} (45%)`);
  expect(left.checked).toBe(true);
  expect(left.disabled).toBe(false);
  screen.getByText(
    `Missing under what Q1 2027 holds already: ${keyResult.title} and ${tour.title}. Carrying again adds only these.`,
  );
  // The whole plan carries it beside the objective not carried yet.
  screen.getByRole('button', { name: 'Carry 1 objective and 2 key results into Q1 2027' });

  fireEvent.click(screen.getByRole('button', { name: 'Carry again' }));
  await waitFor(() => expect(plans).toHaveLength(1));
  expect(plans[0]!.objectives).toEqual([]);
  expect(plans[0]!.keyResults.map((kr) => [kr.sourceId, kr.objectiveSourceId])).toEqual([
    [keyResult.id, first.id],
  ]);
  expect(plans[0]!.initiatives.map((initiative) => initiative.sourceId)).toEqual([tour.id]);
  await waitFor(() => expect(notices).toEqual(['1 key result is in Q1 2027.']));
  await screen.findByRole('checkbox', { name: `${keyResult.title} (45%) Already in Q1 2027` });
  expect(screen.queryByRole('button', { name: 'Carry again' })).toBeNull();
  // What the next cycle held before the run stays marked.
  screen.getByRole('checkbox', { name: `${first.title} Already in Q1 2027` });
});

test('carries the open initiatives left when every objective and key result is in the next cycle', async () => {
  const tour = {
    id: 'i1',
    keyResultId: keyResult.id,
    title: 'Record a tour',
    status: 'inProgress' as const,
  };
  const calls = {
    id: 'i2',
    keyResultId: nordic.id,
    title: 'Call resellers',
    status: 'notStarted' as const,
  };
  const withWork: Board = { ...source, initiatives: [tour, calls] };
  const allButWork: Board = {
    ...next,
    objectives: [
      ...next.objectives,
      { ...second, id: 'n2', cycleId: 'q1', sourceId: rolledOverFrom('o2') },
    ],
    keyResults: [
      ...next.keyResults,
      { ...nordic, id: 'm2', objectiveId: 'n2', sourceId: rolledOverFrom('k2') },
    ],
    initiatives: [],
  };
  const plans: RolloverPlan[] = [];
  const notices: string[] = [];
  const repository = {
    siteRoles: siteRolesOf({ admin: false, coach: true }),
    loadBoard: ({ cycleId }: { cycleId: string }) =>
      Promise.resolve(cycleId === 'q4' ? withWork : allButWork),
    rollOver: (plan: RolloverPlan) => {
      plans.push(plan);
      return Promise.resolve({
        objectives: [],
        keyResults: [],
        initiatives: [
          { ...tour, id: 'j1', keyResultId: 'm1', sourceId: rolledOverFrom(tour.id) },
          { ...calls, id: 'j2', keyResultId: 'm2', sourceId: rolledOverFrom(calls.id) },
        ],
        notCarried: [],
      });
    },
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <RolloverSection
      access={{ setUp: false, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [q4, q1] } } as never}
      notify={(text: string) => notices.push(text)}
      open={() => undefined}
      cycleId="q4"
    />,
  );
  const carry = (await screen.findByRole('button', {
    name: 'Carry 2 open initiatives into Q1 2027',
  })) as HTMLButtonElement;
  expect(carry.disabled).toBe(false);
  fireEvent.click(carry);
  await waitFor(() => expect(plans).toHaveLength(1));
  expect(plans[0]!.objectives).toEqual([]);
  expect(plans[0]!.keyResults).toEqual([]);
  expect(plans[0]!.initiatives.map((initiative) => initiative.sourceId)).toEqual(['i1', 'i2']);
  await waitFor(() => expect(notices).toEqual(['2 open initiatives are in Q1 2027.']));
  // Nothing is left to carry.
  expect(
    (screen.getByRole('button', { name: /^Carry 0 objectives/ }) as HTMLButtonElement).disabled,
  ).toBe(true);
});
