/**
 * The task pane's first-visit team: where most of the person's OKRs are, a team they own on a
 * tie. It was the team of the first KR they own on the board, so Alex, Engineering's lead with
 * three KRs there, got Product for the one Product KR he owns that is listed first.
 */
import type { KeyResult, Objective, Person } from '../../src/core/model';
import { teamOwnedBy } from '../../src/excel/taskpane/owned-team';
import type { Board } from '../../src/store/repository';

const alex: Person = { id: 'alex', displayName: 'Alex Wilber' };
const isaiah: Person = { id: 'isaiah', displayName: 'Isaiah Langer' };
const cycle = {
  id: 'q4',
  name: 'Q4',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active' as const,
};

const objective = (id: string, teamId: string, owner: Person): Objective => ({
  id,
  cycleId: 'q4',
  teamId,
  title: id,
  description: '',
  commitment: 'committed',
  state: 'active',
  owner,
});
const keyResult = (id: string, objectiveId: string, owner: Person): KeyResult => ({
  id,
  objectiveId,
  title: id,
  kind: 'increase',
  start: 0,
  target: 10,
  current: 5,
  unit: '',
  weight: 1,
  owner,
});

function boardWith(keyResults: KeyResult[]): Board {
  return {
    cycle,
    teams: [
      { id: 'product', name: 'Product', owners: [isaiah] },
      { id: 'engineering', name: 'Engineering', owners: [alex] },
    ],
    objectives: [objective('p', 'product', isaiah), objective('e', 'engineering', isaiah)],
    keyResults,
    initiatives: [],
  };
}

it('is the team most of the person’s KRs are in, not the team of the first listed', () => {
  const board = boardWith([
    keyResult('p1', 'p', alex),
    keyResult('e1', 'e', alex),
    keyResult('e2', 'e', alex),
  ]);
  expect(teamOwnedBy(board, alex)).toBe('engineering');
});

it('is a team the person owns when the count is tied', () => {
  const board = boardWith([keyResult('p1', 'p', alex), keyResult('e1', 'e', alex)]);
  expect(teamOwnedBy(board, alex)).toBe('engineering');
});

it('is the team of the first of the person’s KRs when nothing else tells them apart', () => {
  const lee: Person = { id: 'lee', displayName: 'Lee Gu' };
  const board = boardWith([keyResult('p1', 'p', lee), keyResult('e1', 'e', lee)]);
  expect(teamOwnedBy(board, lee)).toBe('product');
  expect(teamOwnedBy(board, { id: 'megan', displayName: 'Megan Bowen' })).toBeUndefined();
});
