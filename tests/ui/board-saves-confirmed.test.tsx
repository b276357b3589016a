import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import { useCallback } from 'react';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { BottomToaster } from '../../src/ui/components/Toasts/Toasts';
import { toastMessage } from '../../src/ui/components/Toasts/toastMessage';
import { useToasts } from '../../src/ui/components/Toasts/toasts';
import { useBoardActions } from '../../src/ui/screens/BoardScreen/useBoardActions';
import { useBoardEditing } from '../../src/ui/screens/BoardScreen/useBoardEditing';
import { siteRolesOf } from './support/site-roles';
import { objective, keyResult } from './support/onboarding-okrs';

/**
 * Every save on the board ends in a visible toast (as a check-in's "Check-in saved"), besides
 * what the screen reader is told: the editors' saves, a new objective or KR, a delete.
 */
const board = {
  cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-12-31', state: 'active' },
  teams: [{ id: 't1', name: 'Sales' }],
  objectives: [objective],
  keyResults: [keyResult],
  initiatives: [],
} as const;

const announced: string[] = [];
const announce = (message: string) => announced.push(message);
const data = {
  applyObjective: () => undefined,
  applyKeyResult: () => undefined,
  applyDeleted: () => undefined,
};

function Board() {
  const actions = useBoardActions({
    board,
    data,
    announce,
    renderToast: () => toastMessage('Link copied'),
  });
  const { dispatchToast } = useToasts(actions.toasterId);
  const showSaved = useCallback(
    (message: string) => dispatchToast(toastMessage(message), { intent: 'success' }),
    [dispatchToast],
  );
  const editing = useBoardEditing({ board, data, announce, showSaved });
  const buttons: [string, () => void][] = [
    ['Edit the KR', () => editing.editKeyResult(keyResult)],
    ['Add a KR', () => editing.addKeyResult(objective)],
    ['Edit the objective', () => editing.editObjective(objective)],
    ['Add an objective', () => editing.open({ kind: 'objective' })],
    ['Save the KR', () => editing.onKeyResultSaved(keyResult)],
    ['Save the objective', () => editing.onObjectiveSaved(objective)],
    ['Delete the KR', () => actions.onDeleted({ objectiveIds: [], keyResultIds: ['k1'] })],
  ];
  return (
    <FluentProvider theme={teamsLightTheme}>
      {buttons.map(([name, onClick]) => (
        <button key={name} type="button" onClick={onClick}>
          {name}
        </button>
      ))}
      <BottomToaster toasterId={actions.toasterId} />
    </FluentProvider>
  );
}

function renderBoard() {
  render(
    <AppServicesProvider
      services={{
        repository: { siteRoles: siteRolesOf() } as unknown as OkrRepository,
        host: { context: { locale: 'en-GB' } } as unknown as Host,
        operatingModel: defaultOperatingModel,
        me: { id: 'adele', displayName: 'Adele Vance' },
      }}
    >
      <Board />
    </AppServicesProvider>,
  );
}

const click = (name: string) => act(() => screen.getByRole('button', { name }).click());

beforeEach(() => {
  announced.length = 0;
});

it.each([
  ['Edit the KR', 'Save the KR', `Key result saved: ${keyResult.title}.`],
  ['Add a KR', 'Save the KR', `Key result created: ${keyResult.title}.`],
  ['Edit the objective', 'Save the objective', `Objective saved: ${objective.title}.`],
  ['Add an objective', 'Save the objective', `Objective created: ${objective.title}.`],
])('%s, then %s, shows “%s” and says it', async (open, save, message) => {
  renderBoard();
  click(open);
  click(save);
  expect((await screen.findAllByText(message)).length).toBeGreaterThan(0);
  expect(announced).toEqual([message]);
});

it('a delete shows what it deleted', async () => {
  renderBoard();
  click('Delete the KR');
  expect((await screen.findAllByText('Key result deleted.')).length).toBeGreaterThan(0);
  expect(announced).toEqual(['Key result deleted.']);
});
