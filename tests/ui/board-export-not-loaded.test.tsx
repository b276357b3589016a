import { act, waitFor } from '@testing-library/react';
import type { Board } from '../../src/store/repository';
import { renderBoardView } from './support/board-view';
import { keyResult, objective } from './support/onboarding-okrs';

/**
 * The board's exports load when one is asked for; when their code cannot be loaded (a dropped
 * connection), the export asked for says it failed, in its own words.
 */
jest.mock('../../src/ui/board/exportBoard', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/exportBoard-x.js');
});

const board: Board = {
  cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-12-31', state: 'active' },
  teams: [{ id: 't1', name: 'Sales' }],
  // Something to export: a board with nothing shown makes no file at all.
  objectives: [objective],
  keyResults: [keyResult],
  initiatives: [],
};

jest.spyOn(console, 'error').mockImplementation(() => undefined);

it.each([
  ['exportCsv', 'CSV'],
  ['exportXlsx', 'Excel'],
] as const)('%s, its code not loaded, says the %s export failed', async (exportAs, format) => {
  const onExportFailed = jest.fn();
  const { result } = renderBoardView(board, { exportFailed: onExportFailed });
  act(() => result.current[exportAs]());
  await waitFor(() => expect(onExportFailed).toHaveBeenCalledWith(format), { timeout: 30_000 });
});
