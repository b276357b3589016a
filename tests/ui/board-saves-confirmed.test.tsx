import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
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
import { listenToLiveRegions } from './support/live-regions';
import { siteRolesOf } from './support/site-roles';
import { objective, keyResult } from './support/onboarding-okrs';

/**
 * Every save on the board ends in a visible toast (as a check-in's "Check-in saved"), which is
 * also what a screen reader is told, once: the editors' saves, a new objective or KR, a delete.
 */
const board = {
  cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-12-31', state: 'active' },
  teams: [{ id: 't1', name: 'Sales' }],
  objectives: [objective],
  keyResults: [keyResult],
  initiatives: [],
} as const;

const data = {
  applyObjective: () => undefined,
  applyKeyResult: () => undefined,
  applyDeleted: () => undefined,
};

function Board() {
  const actions = useBoardActions({
    board,
    data,
    renderToast: () => toastMessage('Link copied'),
  });
  const { dispatchToast } = useToasts(actions.toasterId);
  const showSaved = useCallback(
    (message: string) => dispatchToast(toastMessage(message), { intent: 'success' }),
    [dispatchToast],
  );
  const editing = useBoardEditing({ board, data, showSaved });
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

let live: ReturnType<typeof listenToLiveRegions> | undefined;
afterEach(() => live?.stop());

/** Shows `message` in a toast, and says it once. */
async function confirmed(message: string) {
  expect((await screen.findAllByText(message)).length).toBeGreaterThan(0);
  // Its toaster says it, after anything said as it was dispatched (Fluent's live region queues).
  await waitFor(() => expect(live!.saidByToaster(message)).toBe(true));
  expect(live!.times(message)).toBe(1);
}

it.each([
  ['Edit the KR', 'Save the KR', `Key result saved: ${keyResult.title}.`],
  ['Add a KR', 'Save the KR', `Key result created: ${keyResult.title}.`],
  ['Edit the objective', 'Save the objective', `Objective saved: ${objective.title}.`],
  ['Add an objective', 'Save the objective', `Objective created: ${objective.title}.`],
])('%s, then %s, shows “%s” and says it once', async (open, save, message) => {
  renderBoard();
  live = listenToLiveRegions();
  click(open);
  click(save);
  await confirmed(message);
});

it('a delete shows what it deleted, and says it once', async () => {
  renderBoard();
  live = listenToLiveRegions();
  click('Delete the KR');
  await confirmed('Key result deleted.');
});
