import { act, waitFor } from '@testing-library/react';
import type { Board } from '../../src/store/repository';
import { renderBoardView } from './support/board-view';
import { objective } from './support/onboarding-okrs';

/** An export says, once its file is handed to the browser, how many KRs it holds and where. */
const keyResult = {
  objectiveId: 'o1',
  kind: 'increase',
  start: 30,
  target: 50,
  current: 35,
  unit: '',
  weight: 1,
} as const;
const board: Board = {
  cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-12-31', state: 'active' },
  teams: [{ id: 't1', name: 'Sales' }],
  objectives: [objective],
  keyResults: [
    { ...keyResult, id: 'k1', title: 'Raise NPS from 30 to 50' },
    { ...keyResult, id: 'k2', title: 'Halve time to first value' },
  ],
  initiatives: [],
};

// jsdom has no object URLs, and a download link's click would navigate.
URL.createObjectURL = () => 'blob:export';
URL.revokeObjectURL = () => undefined;
jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

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
