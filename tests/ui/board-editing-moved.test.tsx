import { act, renderHook } from '@testing-library/react';
import type { Objective } from '../../src/core/model';
import type { Board } from '../../src/store/repository';
import { useBoardEditing } from '../../src/ui/screens/BoardScreen/useBoardEditing';

const objective: Objective = {
  id: 'o1',
  cycleId: 'q1',
  teamId: 'eng',
  title: 'Ship the new onboarding',
  description: '',
  commitment: 'committed',
  state: 'active',
};

const board: Board = {
  cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31', state: 'active' },
  teams: [
    { id: 'eng', name: 'Engineering' },
    { id: 'sales', name: 'Sales' },
  ],
  objectives: [objective],
  keyResults: [],
  initiatives: [],
};

function saved(shownTeamIds: readonly string[] | undefined, teamId: string): string {
  const showSaved = jest.fn();
  const data = { applyObjective: jest.fn(), applyKeyResult: jest.fn(), applyDeleted: jest.fn() };
  const { result } = renderHook(() => useBoardEditing({ board, data, showSaved, shownTeamIds }));
  act(() => result.current.open({ kind: 'objective', objective }));
  act(() => result.current.onObjectiveSaved({ ...objective, teamId }));
  expect(data.applyObjective).toHaveBeenCalled();
  return showSaved.mock.calls[0]![0] as string;
}

describe('an objective saved from the board', () => {
  it('says where it went when it moved to a team the tab does not show', () => {
    expect(saved(['eng'], 'sales')).toBe(
      'Objective saved: Ship the new onboarding. It now belongs to Sales, a team this tab does not show.',
    );
  });

  it('says only that it was saved where the tab still shows it, or shows every team', () => {
    expect(saved(['eng', 'sales'], 'sales')).toBe('Objective saved: Ship the new onboarding.');
    expect(saved(undefined, 'sales')).toBe('Objective saved: Ship the new onboarding.');
  });
});
