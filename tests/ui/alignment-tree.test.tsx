import { screen, within } from '@testing-library/react';
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
