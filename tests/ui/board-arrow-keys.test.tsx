import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { KeyResult } from '../../src/core/model';
import type { KeyResultView, TeamView } from '../../src/ui/board/boardView.types';
import { Board } from '../../src/ui/components/Board/Board';

function keyResultView(id: string, objectiveId: string): KeyResultView {
  const keyResult: KeyResult = {
    id,
    objectiveId,
    title: `KR ${id}`,
    kind: 'increase',
    start: 0,
    target: 10,
    current: 5,
    unit: '',
    weight: 1,
    owner: { id: 'pat', displayName: 'Pat' },
  };
  // k1 alone awaits a check-in, so it alone offers a Nudge.
  const needsCheckIn = id === 'k1';
  return { keyResult, progress: 0.5, status: 'onTrack', needsCheckIn, initiatives: [] };
}

/** Two cards of two KRs each: k1 and k2, then k3 and k4. */
const teams: TeamView[] = [
  {
    team: { id: 't1', name: 'Sales' },
    objectives: ['o1', 'o2'].map((id, index) => ({
      objective: {
        id,
        cycleId: 'q1',
        teamId: 't1',
        title: `Objective ${id}`,
        description: '',
        commitment: 'committed',
        state: 'active',
      },
      progress: 0.5,
      status: 'onTrack',
      keyResults: [keyResultView(`k${2 * index + 1}`, id), keyResultView(`k${2 * index + 2}`, id)],
    })),
  },
];

function renderBoard() {
  render(
    <FluentProvider theme={webLightTheme}>
      <Board
        teams={teams}
        confidenceMax={10}
        onCheckIn={jest.fn()}
        onShowHistory={jest.fn()}
        onEdit={jest.fn()}
        nudge={{ canNudge: () => true, nudge: jest.fn(), sending: undefined }}
      />
    </FluentProvider>,
  );
}

const button = (name: string) => screen.getByRole('button', { name });

/** Presses a key on the focused element: whether the board took it (prevented its default). */
const press = (key: string, modifiers: { shiftKey?: boolean } = {}) =>
  !fireEvent.keyDown(document.activeElement!, { key, ...modifiers });

describe('the board’s arrow keys', () => {
  it('move the focus to the same button of the KR row below or above, across cards', () => {
    renderBoard();
    button('History of KR k1').focus();
    expect(press('ArrowDown')).toBe(true);
    expect(document.activeElement).toBe(button('History of KR k2'));
    press('ArrowDown');
    expect(document.activeElement).toBe(button('History of KR k3'));
    press('ArrowUp');
    press('ArrowUp');
    expect(document.activeElement).toBe(button('History of KR k1'));
    button('Edit KR k4').focus();
    press('ArrowUp');
    expect(document.activeElement).toBe(button('Edit KR k3'));
  });

  it('go to the row’s first button where it has no such one, and leave the focus at the ends', () => {
    renderBoard();
    // A nudge asks for a check-in: only k1 awaits one.
    expect(screen.queryByRole('button', { name: 'Nudge Pat to check in on KR k2' })).toBeNull();
    button('Nudge Pat to check in on KR k1').focus();
    press('ArrowDown');
    expect(document.activeElement).toBe(button('Check in on KR k2'));
    button('Check in on KR k1').focus();
    expect(press('ArrowUp')).toBe(false);
    expect(document.activeElement).toBe(button('Check in on KR k1'));
    button('Check in on KR k4').focus();
    expect(press('ArrowDown')).toBe(false);
    expect(press('ArrowDown', { shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(button('Check in on KR k4'));
  });
});
