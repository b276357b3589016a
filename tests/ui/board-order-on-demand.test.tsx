import { act, waitFor } from '@testing-library/react';
import type { Board } from '../../src/store/repository';
import { renderBoardView } from './support/board-view';
import { keyResult, objective } from './support/onboarding-okrs';

/**
 * The board in another order than its own: the order's code is not part of the board's first
 * screen, so it shows once that has loaded; the board's own order needs none. A link to the view
 * keeps the order's direction and the list.
 */
const board: Board = {
  cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-12-31', state: 'active' },
  teams: [{ id: 't1', name: 'Sales' }],
  objectives: [objective],
  keyResults: [
    { ...keyResult, id: 'k1', title: 'Halfway', current: 40 },
    { ...keyResult, id: 'k2', title: 'Nearly there', current: 48 },
    { ...keyResult, id: 'k3', title: 'Not started', current: 30 },
  ],
  initiatives: [],
};

it('orders the board once its order is in, either way, and goes back to its own at once', async () => {
  const { result } = renderBoardView(board, {});
  const shown = () =>
    result.current.teams[0]!.objectives[0]!.keyResults.map((view) => view.keyResult.id);
  expect(shown()).toEqual(['k1', 'k2', 'k3']);
  act(() => result.current.filter.change({ sort: 'progress', direction: 'desc' }));
  await waitFor(() => expect(shown()).toEqual(['k2', 'k1', 'k3']));
  act(() => result.current.filter.change({ direction: undefined }));
  expect(shown()).toEqual(['k3', 'k1', 'k2']);
  act(() => result.current.filter.change({ sort: undefined }));
  expect(shown()).toEqual(['k1', 'k2', 'k3']);
});

it('copies a link to the view with its direction and, from the list, the list', () => {
  const copied = jest.fn();
  const { result } = renderBoardView(board, { copied }, {}, 'list');
  act(() => result.current.filter.change({ sort: 'lastCheckIn', direction: 'desc' }));
  act(() => result.current.copyViewLink());
  expect(copied).toHaveBeenCalledWith(
    {
      type: 'boardView',
      filter: { sort: 'lastCheckIn', direction: 'desc', layout: 'list' },
    },
    'Link to this view of the board',
  );
});
