import { fireEvent, screen, within } from '@testing-library/react';
import type { Objective } from '../../src/core/model';
import type { Board, OkrRepository } from '../../src/store/repository';
import { AlignmentTree } from '../../src/ui/components/AlignmentTree/AlignmentTree';
import { renderWithServices } from './support/services';

const objective = (id: string, title: string, extra: Partial<Objective> = {}): Objective => ({
  id,
  cycleId: 'q1',
  teamId: 't1',
  title,
  description: '',
  commitment: 'committed',
  state: 'active',
  ...extra,
});

test('an objective aligned to several objectives names each with its weight', () => {
  const board: Board = {
    cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31', state: 'active' },
    teams: [{ id: 't1', name: 'Onboarding' }],
    objectives: [
      objective('o1', 'Customers succeed'),
      objective('o2', 'Grow without burning cash'),
      objective('o3', 'Make onboarding effortless', {
        parentId: 'o1',
        alignments: [
          { objectiveId: 'o1', weight: 0.6 },
          { objectiveId: 'o2', weight: 0.4 },
        ],
      }),
    ],
    keyResults: [],
    initiatives: [],
  };
  renderWithServices({} as OkrRepository, <AlignmentTree board={board} />);
  expect(
    screen.getByText(
      /aligns to Customers succeed \(60\s?%\), Grow without burning cash \(40\s?%\)/,
    ),
  ).toBeTruthy();
});

test('each objective shows its owner and its status in words, as the board does', () => {
  const megan = { id: 'u1', displayName: 'Megan Bowen' };
  const board: Board = {
    cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31', state: 'active' },
    teams: [
      { id: 't0', name: 'Contoso' },
      { id: 't1', name: 'Sales' },
    ],
    objectives: [
      objective('o1', 'Grow without burning cash', {
        teamId: 't0',
        owner: megan,
        statusOverride: {
          status: 'atRisk',
          reason: 'Two partners slipped',
          by: megan,
          at: '2026-02-01T09:00:00Z',
        },
      }),
      objective('o2', 'Win the mid-market', { parentId: 'o1' }),
    ],
    keyResults: [],
    initiatives: [],
  };
  renderWithServices({} as OkrRepository, <AlignmentTree board={board} />);
  const [company, sales] = screen.getAllByRole('treeitem');
  expect(within(company!).getByText('· Contoso · Megan Bowen')).toBeTruthy();
  expect(within(company!).getByText('At risk · set by hand')).toBeTruthy();
  expect(within(sales!).getByText('· Sales')).toBeTruthy();
  expect(within(sales!).getByText('Not started')).toBeTruthy();
});

describe('searching the alignment', () => {
  const lee = { id: 'u2', displayName: 'Lee Gu' };
  const board: Board = {
    cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31', state: 'active' },
    teams: [
      { id: 't0', name: 'Contoso' },
      { id: 't1', name: 'Sales' },
      { id: 't2', name: 'Field marketing' },
    ],
    objectives: [
      objective('o1', 'Grow without burning cash', { teamId: 't0' }),
      objective('o2', 'Win the mid-market', { parentId: 'o1' }),
      objective('o3', 'Fill the pipeline at events', { teamId: 't2', parentId: 'o2', owner: lee }),
      objective('o4', 'Keep every customer', { teamId: 't0' }),
    ],
    keyResults: [],
    initiatives: [],
  };
  const searchBox = () =>
    screen.getByRole('searchbox', { name: 'Search objectives by title, owner or team' });
  const item = (title: string) => screen.queryByRole('treeitem', { name: new RegExp(`^${title}`) });

  it('finds objectives by owner, opening the way down to each, marking them and counting them', () => {
    renderWithServices({} as OkrRepository, <AlignmentTree board={board} />);
    // The company's objectives open: Sales' shows, the one aligned under it does not.
    expect(item('Win the mid-market')).toBeTruthy();
    expect(item('Fill the pipeline')).toBeNull();

    fireEvent.change(searchBox(), { target: { value: 'LEE' } });
    const found = item('Fill the pipeline')!;
    expect(found).toBeTruthy();
    expect(found.hasAttribute('data-found')).toBe(true);
    expect(within(found).getByText('Lee', { selector: 'mark' })).toBeTruthy();
    expect(item('Win the mid-market')!.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('1 objective matches “LEE”');

    // A team's name finds its objectives; Enter takes the focus to the first.
    fireEvent.change(searchBox(), { target: { value: 'contoso' } });
    expect(screen.getByRole('status').textContent).toBe('2 objectives match “contoso”');
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(document.activeElement).toBe(item('Grow without burning cash'));
  });

  it('clears the search with Escape, and says so when it finds nothing', () => {
    renderWithServices({} as OkrRepository, <AlignmentTree board={board} />);
    fireEvent.change(searchBox(), { target: { value: 'mid-market' } });
    expect(
      within(item('Win the mid-market')!).getByText('mid-market', { selector: 'mark' }),
    ).toBeTruthy();
    fireEvent.keyDown(searchBox(), { key: 'Escape' });
    expect((searchBox() as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(document.querySelector('mark')).toBeNull();

    fireEvent.change(searchBox(), { target: { value: 'churn' } });
    const empty = screen.getByRole('region', { name: 'No objective matches' });
    expect(screen.queryByRole('tree')).toBeNull();
    expect(
      within(empty).getByText(/“churn” in its title, its owner’s name or its team’s/),
    ).toBeTruthy();
    fireEvent.click(within(empty).getByRole('button', { name: 'Clear the search' }));
    expect(screen.getByRole('tree')).toBeTruthy();
  });
});

test('a closed cycle’s objectives show their final scores, not live statuses', () => {
  const board: Board = {
    cycle: { id: 'q4', name: 'Q4 2025', start: '2025-10-01', end: '2025-12-31', state: 'closed' },
    teams: [{ id: 't1', name: 'Engineering' }],
    objectives: [
      objective('o1', 'Become the default OKR tool', { score: 0.6 }),
      objective('o2', 'Ship a reliable platform', { parentId: 'o1' }),
    ],
    keyResults: [],
    initiatives: [],
  };
  renderWithServices({} as OkrRepository, <AlignmentTree board={board} />);
  expect(screen.getByText('Closed · 0.6')).toBeTruthy();
  expect(screen.getByText('Closed · not scored')).toBeTruthy();
  expect(screen.queryByText('Not started')).toBeNull();
});
