/**
 * Quarterly objectives aligned to the year's: the quarter's board says "Aligns to Double ARR to
 * €10M (FY 2026)" once the year's objective is read, after the board shows (the board never waits
 * for it), and the alignment tree shows the year's objective above the quarter's; the year's tree
 * lists the objectives of its quarters aligned to its own, marked with their cycle. Before, the
 * year's tree showed "Double ARR" alone and the quarter's cards named no alignment.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Cycle, Objective } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { Board, BoardLoadOptions, OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { AlignmentTree } from '../../src/ui/components/AlignmentTree/AlignmentTree';
import { BoardScreen } from '../../src/ui/screens/BoardScreen/BoardScreen';
import { siteRolesOf } from './support/site-roles';
import './support/resize-observer';
import { noChanges } from './support/no-changes';
import { layOutVirtualRows } from './support/virtual-layout';

const year: Cycle = {
  id: 'fy',
  name: 'FY 2026',
  start: '2026-01-01',
  end: '2026-12-31',
  state: 'active',
};
const q1: Cycle = {
  id: 'q1',
  name: 'Q1 2026',
  start: '2026-01-01',
  end: '2026-03-31',
  state: 'active',
};
const q2: Cycle = {
  id: 'q2',
  name: 'Q2 2026',
  start: '2026-04-01',
  end: '2026-06-30',
  state: 'active',
};
const lastYear: Cycle = {
  id: 'fy25',
  name: 'FY 2025',
  start: '2025-01-01',
  end: '2025-12-31',
  state: 'closed',
};

const objective = (
  id: string,
  cycleId: string,
  title: string,
  extra: Partial<Objective> = {},
): Objective => ({
  id,
  cycleId,
  teamId: cycleId === 'fy' ? 'company' : 'sales',
  title,
  description: '',
  commitment: 'committed',
  state: 'active',
  ...extra,
});
const arr = objective('o1', 'fy', 'Double ARR to €10M');
const dach = objective('o2', 'q1', 'Win the DACH mid-market', {
  parentId: 'o1',
  alignments: [{ objectiveId: 'o1', weight: 0.3 }],
});
const region = objective('o3', 'q1', 'Make the platform multi-region', {
  parentId: 'o1',
  alignments: [
    { objectiveId: 'o1', weight: 0.2 },
    { objectiveId: 'o2', weight: 0.8 },
  ],
});
const editor = objective('o4', 'q2', 'Customers love the new editor', { parentId: 'o1' });
const underDach = objective('o5', 'q2', 'Partners resell in Austria', { parentId: 'o2' });
const unrelated = objective('o6', 'q2', 'Hire two engineers');
const elsewhere = objective('o7', 'fy25', 'Last year’s goal', { parentId: 'o1' });
const teams = [
  { id: 'company', name: 'Contoso' },
  { id: 'sales', name: 'Sales', parentTeamId: 'company' },
];
const boardOf = (cycle: Cycle, objectives: Objective[]): Board => ({
  cycle,
  teams,
  objectives,
  keyResults: [],
  initiatives: [],
});

/** A tree item's name starts with its objective's title (its children's follow). */
const startsWith = (title: string) =>
  new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

function services(repository: Partial<OkrRepository>) {
  return {
    repository: {
      siteRoles: siteRolesOf(),
      listCycles: () => Promise.resolve([lastYear, year, q1, q2]),
      cycleCheckInHistory: () => Promise.resolve(new Map()),
      changesSince: () => new Promise(() => undefined),
      ...repository,
    } as unknown as OkrRepository,
    host: {
      context: { locale: 'en-GB', surface: 'channelTab', theme: 'default' },
      notifySuccess: () => undefined,
    } as unknown as Host,
    operatingModel: defaultOperatingModel,
    me: { id: 'adele', displayName: 'Adele Vance' },
  };
}

// The board's virtualiser takes over once the board is painted, before the year's objective is
// read: without a layout it would show no card at all.
layOutVirtualRows({ role: 'region', viewport: 400, row: 200, windowHeight: 400 });

test('a quarter’s card says which of the year’s objectives it aligns to, once read after the board shows', async () => {
  let answer: (objectives: readonly Objective[]) => void = () => undefined;
  const loadObjectives = jest.fn(
    () => new Promise<readonly Objective[]>((resolve) => (answer = resolve)),
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={services({
          loadBoard: () => Promise.resolve(boardOf(q1, [dach])),
          loadObjectives,
        })}
      >
        <BoardScreen request={{ cycleId: 'q1' }} />
      </AppServicesProvider>
    </FluentProvider>,
  );
  // The board shows while the year's objective is still being read.
  const card = await screen.findByRole('article', { name: dach.title });
  await waitFor(() => expect(loadObjectives).toHaveBeenCalledWith(['o1'], expect.anything()));
  expect(within(card).queryByText(/Aligns to/)).toBeNull();
  answer([arr]);
  // Found anew: the card may have been rendered again meanwhile.
  const aligned = await screen.findByText(/Aligns to Double ARR to €10M \(FY 2026\)/);
  expect(aligned.closest('article')?.getAttribute('aria-label')).toBe(dach.title);
});

test('a card keeps saying where it aligns while the board reads what an objective new on it aligns to', async () => {
  const hiring = objective('o8', 'fy', 'Hire the team that doubles ARR');
  const pipeline = objective('o9', 'q1', 'Fill the pipeline for two quarters', { parentId: 'o8' });
  const answers: ((objectives: readonly Objective[]) => void)[] = [];
  const loadObjectives = jest.fn(
    () => new Promise<readonly Objective[]>((resolve) => answers.push(resolve)),
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={services({
          // The change token of the board's read, and the new objective as a change since it.
          loadBoard: (_query: unknown, options?: BoardLoadOptions) => {
            options?.onChangeToken?.('read');
            return Promise.resolve(boardOf(q1, [dach]));
          },
          changesSince: (_query: unknown, token?: string) =>
            Promise.resolve(token ? { ...noChanges, objectives: [pipeline] } : noChanges),
          loadObjectives,
        })}
      >
        <BoardScreen request={{ cycleId: 'q1' }} />
      </AppServicesProvider>
    </FluentProvider>,
  );
  await waitFor(() => expect(loadObjectives).toHaveBeenCalledTimes(1));
  act(() => answers[0]!([arr]));
  await screen.findByText(/Aligns to Double ARR to €10M \(FY 2026\)/);
  // A colleague adds an objective aligned to another of the year's: the board, asking for changes
  // as the tab gets the focus back, shows it and asks for both.
  await waitFor(() => {
    // Until the first refresh runs (once the board's check-ins are in).
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(screen.getByRole('article', { name: pipeline.title })).toBeTruthy();
  });
  await waitFor(() =>
    expect(loadObjectives).toHaveBeenLastCalledWith(['o1', 'o8'], expect.anything()),
  );
  await act(() => Promise.resolve());
  const card = screen.getByRole('article', { name: dach.title });
  expect(within(card).getByText(/Aligns to Double ARR to €10M \(FY 2026\)/)).toBeTruthy();
  act(() => answers[1]!([arr, hiring]));
  const added = await screen.findByText(/Aligns to Hire the team that doubles ARR \(FY 2026\)/);
  expect(added.closest('article')?.getAttribute('aria-label')).toBe(pipeline.title);
});

test('the year’s alignment lists its quarters’ objectives aligned to its own, marked with their cycle', async () => {
  const objectivesOfCycles = jest.fn(() =>
    Promise.resolve([dach, region, editor, underDach, unrelated]),
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={services({ objectivesOfCycles, loadObjectives: () => Promise.resolve([]) })}
      >
        <AlignmentTree board={boardOf(year, [arr])} />
      </AppServicesProvider>
    </FluentProvider>,
  );
  // The quarters within the year's dates, not last year.
  await screen.findByText(dach.title);
  expect(objectivesOfCycles).toHaveBeenCalledWith(['q1', 'q2'], expect.anything());
  const tree = screen.getByRole('tree', { name: 'Alignment of objectives across teams' });
  const root = within(tree).getByRole('treeitem', { name: startsWith(arr.title) });
  for (const [title, cycle] of [
    [dach.title, 'Q1 2026'],
    [region.title, 'Q1 2026'],
    [editor.title, 'Q2 2026'],
  ] as const) {
    const item = within(root).getByRole('treeitem', { name: startsWith(title) });
    expect(within(item).getAllByText(`In ${cycle}`).length).toBeGreaterThan(0);
  }
  // Aligned to the year's through a quarter's objective: under that one.
  fireEvent.click(within(root).getByRole('treeitem', { name: startsWith(dach.title) }));
  const below = await within(root).findByRole('treeitem', { name: startsWith(underDach.title) });
  expect(within(below).getByText('In Q2 2026')).toBeTruthy();
  expect(screen.queryByText(unrelated.title)).toBeNull();
  expect(screen.queryByText(elsewhere.title)).toBeNull();
});

test('a quarter’s alignment shows the year’s objective its objectives align to, above them', async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={services({
          loadObjectives: () => Promise.resolve([arr]),
          objectivesOfCycles: () => Promise.resolve([]),
        })}
      >
        <AlignmentTree board={boardOf(q1, [dach, region])} />
      </AppServicesProvider>
    </FluentProvider>,
  );
  const root = await screen.findByRole('treeitem', { name: startsWith(arr.title) });
  // The year's objective, read after the board, opens in the render after it comes in above.
  expect(await within(root).findByRole('treeitem', { name: startsWith(dach.title) })).toBeTruthy();
  expect(within(root).getAllByText('In FY 2026').length).toBeGreaterThan(0);
  // Aligned to both, each named with its weight, the year's too.
  expect(
    screen.getByText(/aligns to Double ARR to €10M \(20\s?%\), Win the DACH mid-market \(80\s?%\)/),
  ).toBeTruthy();
});
