import { act, waitFor } from '@testing-library/react';
import type { Board } from '../../src/store/repository';
import { renderBoardView } from './support/board-view';
import { downloaded } from './support/export-downloads';
import { keyResult, objective } from './support/onboarding-okrs';

/** An export says, once its file is handed to the browser, how many KRs it holds and where. */
const board: Board = {
  cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-12-31', state: 'active' },
  teams: [{ id: 't1', name: 'Sales' }],
  objectives: [objective],
  keyResults: [keyResult, { ...keyResult, id: 'k2', title: 'Halve time to first value' }],
  initiatives: [],
};

it.each([
  ['exportCsv', 'Sales, Q1.csv'],
  ['exportXlsx', 'Sales, Q1.xlsx'],
] as const)('%s says it exported the 2 KRs shown to %s', async (exportAs, fileName) => {
  const onExported = jest.fn();
  const { result } = renderBoardView(board, { exported: onExported });
  act(() => result.current[exportAs]());
  await waitFor(
    () => expect(onExported).toHaveBeenCalledWith(`Exported 2 key results to ${fileName}`),
    { timeout: 30_000 },
  );
});

it.each([
  ['exportCsv', 'Sales, Q1.csv'],
  ['exportXlsx', 'Sales, Q1.xlsx'],
] as const)('%s names the objectives it holds without key results', async (exportAs, fileName) => {
  const onExported = jest.fn();
  const planning: Board = {
    ...board,
    objectives: [objective, { ...objective, id: 'o2', title: 'Open the Nordics' }],
  };
  const { result } = renderBoardView(planning, { exported: onExported });
  act(() => result.current[exportAs]());
  await waitFor(
    () =>
      expect(onExported).toHaveBeenCalledWith(
        `Exported 2 key results and 1 objective without key results to ${fileName}`,
      ),
    { timeout: 30_000 },
  );
});

it.each(['exportCsv', 'exportXlsx'] as const)(
  '%s of a search that matches nothing makes no empty file and says why',
  async (exportAs) => {
    const onExported = jest.fn();
    const onNothingToExport = jest.fn();
    const { result } = renderBoardView(board, {
      exported: onExported,
      nothingToExport: onNothingToExport,
    });
    act(() => result.current.filter.change({ search: 'no such words' }));
    const before = downloaded.length;
    act(() => result.current[exportAs]());
    await waitFor(() => expect(onNothingToExport).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    expect(onExported).not.toHaveBeenCalled();
    expect(downloaded.length).toBe(before);
  },
);
