/**
 * Next cycle: a key result follows its objective (it stayed ticked, greyed out, under an unticked
 * one); what the next cycle holds already is marked "Already in Q1 2027" and not offered again,
 * also right after carrying (the list went back to all unticked, saying nothing); key results are
 * a list under their objective; the bare "Cycles" button beside Carry is gone.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Cycle, KeyResult, Objective } from '../../src/core/model';
import {
  rolledOverFrom,
  withLeftOutChange,
  type LeftOutChange,
  type RolloverPlan,
} from '../../src/core/rollover';
import { MissingColumnError } from '../../src/store/missing-column-error';
import type { Board, OkrRepository, RolloverReport } from '../../src/store/repository';
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
/** Q1 2027 before anything is carried into it. */
const empty: Board = { ...next, objectives: [], keyResults: [] };
const tour = {
  id: 'i1',
  keyResultId: keyResult.id,
  title: 'Record a tour',
  status: 'inProgress' as const,
};

/** The copy in Q1 2027 of a source objective, key result or initiative. */
const copyOf = <T extends { readonly id: string }>(item: T, id: string, under = {}) => ({
  ...item,
  ...under,
  id,
  sourceId: rolledOverFrom(item.id),
});

/**
 * The Next cycle section for a coach, from Q4 2026 (`from`) into Q1 2027 (`into`): the plans it
 * runs, what it notifies, which key results off the board it asks for, and what it records as left
 * out (kept on `into`'s cycle, as the store keeps it; refused as by an older site when `older`).
 * Each run reports what `report` says of it (the run's number from 1), nothing carried and nothing
 * refused by default.
 */
function renderNextCycle({
  from = source,
  into = next,
  cycles = [q4, q1],
  report = () => ({}),
  elsewhere = [yearly, old],
  keyResultsElsewhere = [],
  older = false,
}: {
  from?: Board;
  into?: Board;
  cycles?: readonly Cycle[];
  report?: (run: number) => Partial<RolloverReport>;
  elsewhere?: readonly Objective[];
  keyResultsElsewhere?: readonly KeyResult[];
  older?: boolean;
} = {}) {
  const plans: RolloverPlan[] = [];
  const notices: string[] = [];
  const asked: string[][] = [];
  const recorded: LeftOutChange[] = [];
  let nextCycle = into.cycle;
  const repository = {
    siteRoles: siteRolesOf({ admin: false, coach: true }),
    loadBoard: ({ cycleId }: { cycleId: string }) =>
      Promise.resolve(cycleId === 'q4' ? from : into),
    loadObjectives: (ids: readonly string[]) =>
      Promise.resolve(elsewhere.filter((objective) => ids.includes(objective.id))),
    loadKeyResults: (ids: readonly string[]) => {
      asked.push([...ids]);
      return Promise.resolve(keyResultsElsewhere.filter((kr) => ids.includes(kr.id)));
    },
    recordLeftOut: (cycleId: string, sourceCycleId: string, change: LeftOutChange) => {
      expect([cycleId, sourceCycleId]).toEqual([into.cycle.id, from.cycle.id]);
      recorded.push(change);
      if (older) return Promise.reject(new MissingColumnError('OKR Cycles', 'RolloverLeftOut'));
      nextCycle = {
        ...nextCycle,
        leftOut: {
          ...nextCycle.leftOut,
          [sourceCycleId]: withLeftOutChange(nextCycle.leftOut?.[sourceCycleId], change),
        },
      };
      return Promise.resolve(nextCycle);
    },
    rollOver: (plan: RolloverPlan) => {
      plans.push(plan);
      return Promise.resolve({
        objectives: [],
        keyResults: [],
        initiatives: [],
        notCarried: [],
        ...report(plans.length),
      });
    },
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <RolloverSection
      access={{ setUp: false, coach: true }}
      programme={{ data: { teams: from.teams, cycles } } as never}
      notify={(text: string) => notices.push(text)}
      open={() => undefined}
      cycleId="q4"
    />,
  );
  return { plans, notices, asked, recorded };
}

const box = (name: string | RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

test('marks what is in the next cycle already, and a key result follows its objective', async () => {
  const { plans } = renderNextCycle({
    report: () => ({
      objectives: [...next.objectives, copyOf(second, 'n2')],
      keyResults: [...next.keyResults, copyOf(nordic, 'm2')],
    }),
  });
  const carried = await screen.findByRole('checkbox', {
    name: `${first.title} Already in Q1 2027`,
  });
  expect((carried as HTMLInputElement).checked).toBe(false);
  // Carried already: not to be chosen again.
  expect((carried as HTMLInputElement).disabled).toBe(true);
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
    within(screen.getByRole('region', { name: 'Sales' })).getByText('All are in Q1 2027 already'),
  ).toBeTruthy();
  expect(
    screen
      .getByRole('button', { name: 'Nothing chosen to carry into Q1 2027' })
      .getAttribute('aria-disabled'),
  ).toBe('true');
});

test('lists objectives under their team, with select all and none per team and overall, counting what they choose', async () => {
  const support = { ...second, id: 'o3', teamId: 't2', title: 'Answer every ticket in a day' };
  const tickets = { ...nordic, id: 'k3', objectiveId: 'o3', title: 'Tickets answered in a day' };
  // Finished: not chosen for you, chosen by "Select all".
  const survey = { ...nordic, id: 'k4', objectiveId: 'o3', title: 'Survey sent', current: 50 };
  renderNextCycle({
    from: {
      ...source,
      teams: [...board.teams, { id: 't2', name: 'Support' }],
      objectives: [first, second, support],
      keyResults: [keyResult, nordic, tickets, survey],
    },
  });
  const sales = await screen.findByRole('region', { name: 'Sales' });
  const support2 = screen.getByRole('region', { name: 'Support' });
  expect(within(sales).getByRole('heading', { name: 'Sales' })).toBeTruthy();
  expect(within(support2).getByRole('checkbox', { name: support.title })).toBeTruthy();
  expect(within(sales).queryByRole('checkbox', { name: support.title })).toBeNull();
  // What the next cycle holds already is not counted, nor chosen again; key results are counted.
  expect(
    within(sales).getByText(
      'Chosen: 1 of 1 objective and 1 of 1 key result; the others are in Q1 2027 already',
    ),
  ).toBeTruthy();
  expect(
    within(support2).getByText('Chosen: 1 of 1 objective and 1 of 2 key results'),
  ).toBeTruthy();

  // Each is named beginning with the words it shows (WCAG 2.5.3, label in name): "Select none"
  // for every team was named "Select no objectives", which axe flagged.
  for (const button of screen.getAllByRole('button', { name: /^Select / })) {
    expect(button.getAttribute('aria-label')).toMatch(new RegExp(`^${button.textContent}`));
  }
  const noneOfSupport = screen.getByRole('button', {
    name: 'Select none of Support’s objectives and key results',
  });
  fireEvent.click(noneOfSupport);
  // Nothing left to unselect: dimmed, and still where the keyboard left it.
  expect(noneOfSupport.getAttribute('aria-disabled')).toBe('true');
  expect(noneOfSupport.hasAttribute('disabled')).toBe(false);
  expect(box(support.title).checked).toBe(false);
  expect(box(second.title).checked).toBe(true);
  expect(screen.getByRole('button', { name: /^Carry 1 objective and 1 key result/ })).toBeTruthy();

  fireEvent.click(
    screen.getByRole('button', { name: 'Select none of the objectives and key results' }),
  );
  expect(box(second.title).checked).toBe(false);
  expect(
    screen.getByText(
      'Chosen: 0 of 2 objectives and 0 of 3 key results; the others are in Q1 2027 already',
    ),
  ).toBeTruthy();
  expect(
    within(support2).getByText('Chosen: 0 of 1 objective and 0 of 2 key results'),
  ).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Select all objectives and key results' }));
  expect(box(second.title).checked).toBe(true);
  expect(box(support.title).checked).toBe(true);
  expect(box(`${tickets.title} (0%)`).checked).toBe(true);
  expect(box(`${survey.title} (100%)`).checked).toBe(true);
  expect(box(`${first.title} Already in Q1 2027`).checked).toBe(false);
  expect(
    screen.getByText(
      'Chosen: 2 of 2 objectives and 3 of 3 key results; the others are in Q1 2027 already',
    ),
  ).toBeTruthy();
  expect(
    screen.getByRole('button', { name: /^Carry 2 objectives and 3 key results/ }),
  ).toBeTruthy();
});

test('the preview names the alignments kept and those that cannot be, and a run not finished is carried again', async () => {
  const { plans } = renderNextCycle({
    from: {
      ...source,
      objectives: [
        { ...first, parentId: 'y1' },
        { ...second, parentId: 'p0' },
      ],
      initiatives: [
        { id: 'i1', keyResultId: nordic.id, title: 'Call every reseller', status: 'inProgress' },
        { id: 'i2', keyResultId: nordic.id, title: 'Translate the site', status: 'done' },
      ],
    },
    into: empty,
    cycles: [q3, q4, q1, fy],
    report: (run) => ({
      notCarried: run === 1 ? [{ kind: 'keyResult', title: nordic.title }] : [],
    }),
  });
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

  const carry = 'Carry 2 objectives, 2 key results, and 1 open initiative into Q1 2027';
  fireEvent.click(screen.getByRole('button', { name: carry }));
  await screen.findByText(
    `Not carried: ${nordic.title}. They are still chosen below; carrying again adds only what is missing.`,
  );
  expect(plans[0]!.objectives[0]!.parent).toEqual({ id: 'y1' });
  // Nothing reached Q1 2027: the same choice is carried again, from the one Carry button.
  fireEvent.click(screen.getByRole('button', { name: carry }));
  await waitFor(() => expect(plans).toHaveLength(2));
  expect(plans[1]).toEqual(plans[0]);
  await waitFor(() => expect(screen.queryByText(/^Not carried/)).toBeNull());
});

test('after a run partly refused, one button carries what it chose and did not carry, naming each kind; a key result left out stays out', async () => {
  // Not a key result the coach wants in Q1 2027: unticked before the run.
  const pilot = { ...keyResult, id: 'k9', title: 'Pilot the plan with 5 customers', current: 12 };
  const calls = {
    id: 'i2',
    keyResultId: nordic.id,
    title: 'Call every reseller',
    status: 'notStarted' as const,
  };
  const pilotWork = { ...tour, id: 'i3', keyResultId: pilot.id, title: 'Pick the pilots' };
  const { plans, notices, recorded } = renderNextCycle({
    from: {
      ...source,
      keyResults: [keyResult, pilot, nordic],
      initiatives: [tour, calls, pilotWork],
    },
    into: empty,
    report: (run) =>
      run === 1
        ? {
            // Graph refused the Nordic key result (so its initiative) and the tour.
            objectives: [copyOf(first, 'n1'), copyOf(second, 'n2')],
            keyResults: [copyOf(keyResult, 'm1', { objectiveId: 'n1' })],
            notCarried: [
              { kind: 'keyResult', title: nordic.title },
              { kind: 'initiative', title: calls.title },
              { kind: 'initiative', title: tour.title },
            ],
          }
        : {
            keyResults: [copyOf(nordic, 'm2', { objectiveId: 'n2' })],
            initiatives: [
              copyOf(tour, 'j1', { keyResultId: 'm1' }),
              copyOf(calls, 'j2', { keyResultId: 'm2' }),
            ],
          },
  });
  fireEvent.click(await screen.findByRole('checkbox', { name: `${pilot.title} (5%)` }));
  fireEvent.click(
    screen.getByRole('button', {
      name: 'Carry 2 objectives, 2 key results, and 2 open initiatives into Q1 2027',
    }),
  );
  await screen.findByText(
    `Not carried: ${nordic.title}, ${calls.title}, and ${tour.title}. They are still chosen below; carrying again adds only what is missing.`,
  );
  // Confirmed in the section, under the button, naming the key result left out for every coach.
  await screen.findByText(
    'In Q1 2027 now: 2 objectives and 1 key result. Left out of Q1 2027 for every coach: 1 key result.',
  );
  expect(notices).toEqual([]);
  expect(recorded.map(({ leaveOut }) => [...leaveOut.keyResultIds])).toEqual([[pilot.id]]);
  // One action: the section's, naming every kind left (the notice offered a second button, and
  // the section's named key results only).
  const carryButtons = screen.getAllByRole('button', { name: /carry/i });
  expect(carryButtons.map((button) => button.textContent)).toEqual([
    'Carry 1 key result and 2 open initiatives into Q1 2027',
  ]);
  // The key result left out on purpose is not offered again, and says so.
  expect(box(`${pilot.title} (5%) Left out of Q1 2027`).checked).toBe(false);
  expect(box(`${nordic.title} (0%)`).checked).toBe(true);
  expect(screen.queryByText(/^Not in Q1 2027 yet/)).toBeNull();
  screen.getByText(
    `Left out of Q1 2027 by choice: ${pilot.title}. Tick one to carry it after all, or offer them all again.`,
  );

  fireEvent.click(carryButtons[0]!);
  await waitFor(() => expect(plans).toHaveLength(2));
  expect(plans[1]!.objectives).toEqual([]);
  expect(plans[1]!.keyResults.map((kr) => [kr.sourceId, kr.objectiveSourceId])).toEqual([
    [nordic.id, second.id],
  ]);
  expect(plans[1]!.initiatives.map((initiative) => initiative.sourceId)).toEqual([
    tour.id,
    calls.id,
  ]);
  await screen.findByText('In Q1 2027 now: 1 key result and 2 open initiatives.');
  await waitFor(() => expect(screen.queryByText(/^Not carried/)).toBeNull());
  expect(box(`${pilot.title} (5%) Left out of Q1 2027`).checked).toBe(false);
  // Pressed from the keyboard, it keeps the focus: dimmed, not taken out of the tab order.
  expect(carryButtons[0]!.hasAttribute('disabled')).toBe(false);
  expect(screen.queryByText(/^Not in Q1 2027 yet/)).toBeNull();
  expect(
    screen
      .getByRole('button', { name: 'Nothing chosen to carry into Q1 2027' })
      .getAttribute('aria-disabled'),
  ).toBe('true');
});

test('keeps a roll-up from a key result of a year spanning the next cycle, and says why another cannot be kept', async () => {
  const signUps = { ...keyResult, id: 'yk', objectiveId: 'y1', title: 'Sign-ups a day reach 500' };
  const moved = { ...keyResult, id: 'pk', objectiveId: 'p0', title: 'Teams moved reach 80' };
  const { plans, asked } = renderNextCycle({
    from: {
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
    },
    into: empty,
    cycles: [q3, q4, q1, fy],
    keyResultsElsewhere: [signUps, moved],
  });
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

test('a reload offers again what a run left out under an objective it carried; carrying carries only what is chosen', async () => {
  // The first run carried the first objective, then Graph refused its key result (and so its
  // initiative); the page was closed.
  const { plans } = renderNextCycle({
    from: { ...source, initiatives: [tour] },
    into: { ...next, keyResults: [], initiatives: [] },
    report: () => ({
      keyResults: [copyOf(keyResult, 'm1', { objectiveId: 'n1' })],
      initiatives: [copyOf(tour, 'j1', { keyResultId: 'm1' })],
    }),
  });
  await screen.findByRole('checkbox', { name: `${first.title} Already in Q1 2027` });
  // The key result left out is offered again, chosen, under its objective's copy.
  const left = box(`${keyResult.title} (45%)`);
  expect(left.checked).toBe(true);
  expect(left.disabled).toBe(false);
  screen.getByText(
    `Not in Q1 2027 yet, under what it holds already: ${keyResult.title} and ${tour.title}. They are chosen below; untick a key result to leave it in Q4 2026.`,
  );
  // The whole plan carries it beside the objective not carried yet.
  screen.getByRole('button', {
    name: 'Carry 1 objective, 2 key results, and 1 open initiative into Q1 2027',
  });

  fireEvent.click(box(second.title));
  fireEvent.click(
    screen.getByRole('button', { name: 'Carry 1 key result and 1 open initiative into Q1 2027' }),
  );
  await waitFor(() => expect(plans).toHaveLength(1));
  expect(plans[0]!.objectives).toEqual([]);
  expect(plans[0]!.keyResults.map((kr) => [kr.sourceId, kr.objectiveSourceId])).toEqual([
    [keyResult.id, first.id],
  ]);
  expect(plans[0]!.initiatives.map((initiative) => initiative.sourceId)).toEqual([tour.id]);
  await screen.findByText(
    'In Q1 2027 now: 1 key result and 1 open initiative. Left out of Q1 2027 for every coach: 1 objective.',
  );
  await screen.findByRole('checkbox', { name: `${keyResult.title} (45%) Already in Q1 2027` });
  expect(screen.queryByText(/^Not in Q1 2027 yet/)).toBeNull();
  // What the next cycle held before the run stays marked.
  screen.getByRole('checkbox', { name: `${first.title} Already in Q1 2027` });
  // The objective unticked stays so, left out.
  expect(box(`${second.title} Left out of Q1 2027`).checked).toBe(false);
});

test('carries the open initiatives left when every objective and key result is in the next cycle', async () => {
  const calls = {
    id: 'i2',
    keyResultId: nordic.id,
    title: 'Call resellers',
    status: 'notStarted' as const,
  };
  const { plans } = renderNextCycle({
    from: { ...source, initiatives: [tour, calls] },
    into: {
      ...next,
      objectives: [...next.objectives, copyOf(second, 'n2', { cycleId: 'q1' })],
      keyResults: [...next.keyResults, copyOf(nordic, 'm2', { objectiveId: 'n2' })],
      initiatives: [],
    },
    report: () => ({
      initiatives: [
        copyOf(tour, 'j1', { keyResultId: 'm1' }),
        copyOf(calls, 'j2', { keyResultId: 'm2' }),
      ],
    }),
  });
  const carry = (await screen.findByRole('button', {
    name: 'Carry 2 open initiatives into Q1 2027',
  })) as HTMLButtonElement;
  expect(carry.disabled).toBe(false);
  fireEvent.click(carry);
  await waitFor(() => expect(plans).toHaveLength(1));
  expect(plans[0]!.objectives).toEqual([]);
  expect(plans[0]!.keyResults).toEqual([]);
  expect(plans[0]!.initiatives.map((initiative) => initiative.sourceId)).toEqual(['i1', 'i2']);
  await screen.findByText('In Q1 2027 now: 2 open initiatives.');
  // Nothing is left to carry.
  expect(
    screen
      .getByRole('button', { name: 'Nothing chosen to carry into Q1 2027' })
      .getAttribute('aria-disabled'),
  ).toBe('true');
});

test('what the next cycle records as left out is not chosen again after a reload, and is offered again on request', async () => {
  // Another coach left the Nordic objective out of Q1 2027, and the first key result under its
  // carried objective.
  const { plans, recorded } = renderNextCycle({
    into: {
      ...next,
      keyResults: [],
      cycle: {
        ...q1,
        leftOut: { q4: { objectiveIds: [second.id], keyResultIds: [keyResult.id] } },
      },
    },
  });
  const nordicObjective = await screen.findByRole('checkbox', {
    name: `${second.title} Left out of Q1 2027`,
  });
  expect((nordicObjective as HTMLInputElement).checked).toBe(false);
  expect(box(`${keyResult.title} (45%) Left out of Q1 2027`).checked).toBe(false);
  // Not named as missing under its carried objective: left out on purpose.
  expect(screen.queryByText(/^Not in Q1 2027 yet/)).toBeNull();
  screen.getByText(
    `Left out of Q1 2027 by choice: ${second.title} and ${keyResult.title}. Tick one to carry it after all, or offer them all again.`,
  );
  expect(
    screen
      .getByRole('button', { name: 'Nothing chosen to carry into Q1 2027' })
      .getAttribute('aria-disabled'),
  ).toBe('true');

  fireEvent.click(screen.getByRole('button', { name: 'Offer them again' }));
  await screen.findByText('Offered again for Q1 2027: they are chosen below.');
  expect(recorded).toHaveLength(1);
  expect([...recorded[0]!.takeBack.objectiveIds]).toEqual([second.id]);
  expect([...recorded[0]!.takeBack.keyResultIds]).toEqual([keyResult.id]);
  expect(box(second.title).checked).toBe(true);
  expect(box(`${keyResult.title} (45%)`).checked).toBe(true);
  expect(screen.queryByText(/^Left out of Q1 2027 by choice/)).toBeNull();
  fireEvent.click(
    screen.getByRole('button', { name: 'Carry 1 objective and 2 key results into Q1 2027' }),
  );
  await waitFor(() => expect(plans).toHaveLength(1));
});

test('on a site set up before the left-out column, carrying goes through and says the choice is not kept', async () => {
  const { plans, recorded } = renderNextCycle({
    into: empty,
    older: true,
    report: () => ({
      objectives: [copyOf(first, 'n1')],
      keyResults: [copyOf(keyResult, 'm1', { objectiveId: 'n1' })],
    }),
  });
  fireEvent.click(await screen.findByRole('checkbox', { name: second.title }));
  fireEvent.click(
    screen.getByRole('button', { name: 'Carry 1 objective and 1 key result into Q1 2027' }),
  );
  await screen.findByText(
    'What you left out is not kept: this OKR site has no column for it yet (RolloverLeftOut in OKR Cycles). An admin adds it by running the site set-up again (npm run provision-lists); until then, a reload offers it again.',
  );
  expect(plans).toHaveLength(1);
  expect(recorded.map(({ leaveOut }) => [...leaveOut.objectiveIds])).toEqual([[second.id]]);
  // The carrying itself is confirmed, without claiming the choice is kept.
  screen.getByText('In Q1 2027 now: 1 objective and 1 key result.');
});

test('says what was carried while From and Into are still the cycles it was carried between', async () => {
  const q2: Cycle = {
    id: 'q2',
    name: 'Q2 2027',
    start: '2027-04-01',
    end: '2027-06-30',
    state: 'planning',
  };
  renderNextCycle({
    into: empty,
    cycles: [q4, q1, q2],
    report: () => ({
      objectives: [copyOf(first, 'n1')],
      keyResults: [copyOf(keyResult, 'm1', { objectiveId: 'n1' })],
    }),
  });
  fireEvent.click(await screen.findByRole('checkbox', { name: second.title }));
  fireEvent.click(
    screen.getByRole('button', { name: 'Carry 1 objective and 1 key result into Q1 2027' }),
  );
  const said = await screen.findByText(/^In Q1 2027 now: 1 objective and 1 key result./);
  const region = said.closest('[role="status"]')!;
  // Into Q2 2027, the form is about another cycle: what went into Q1 2027 is no news there.
  const into = screen.getByRole('combobox', { name: 'Into' });
  fireEvent.click(into);
  fireEvent.click(await screen.findByRole('option', { name: /^Q2 2027/ }));
  await waitFor(() => expect(into.textContent).toBe('Q2 2027'));
  expect(region.textContent).toBe('');
});
