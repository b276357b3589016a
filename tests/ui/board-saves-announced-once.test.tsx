import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CheckIn, KeyResult } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { BoardChanges, CheckInDraft, OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { BoardScreen } from '../../src/ui/screens/BoardScreen/BoardScreen';
import { listenToLiveRegions } from './support/live-regions';
import { board, cycle, keyResult } from './support/one-key-result-board';
import { adele } from './support/services';
import { siteRolesOf } from './support/site-roles';

/**
 * A save on the board is said to a screen reader once: by the toast that shows it (Fluent's
 * Toaster announces each toast in a live region of its own), not also by the board's own live
 * region.
 */

const noChanges: BoardChanges = {
  objectives: [],
  keyResults: [],
  initiatives: [],
  checkIns: [],
  removed: { objectives: [], keyResults: [], initiatives: [], checkIns: [] },
  token: 'now',
};

function renderBoard() {
  const repository = {
    siteRoles: siteRolesOf(),
    observeRetries: () => () => undefined,
    listCycles: () => Promise.resolve([cycle]),
    loadBoard: () => Promise.resolve(board),
    cycleCheckInHistory: () => Promise.resolve(new Map()),
    changesSince: () => Promise.resolve(noChanges),
    saveCheckIns: ([draft]: CheckInDraft[]) => {
      const checkIn: CheckIn = {
        clientId: draft!.clientId,
        keyResultId: draft!.keyResultId,
        value: draft!.value,
        at: draft!.at,
        author: adele,
        source: 'teams',
        note: draft!.note ?? '',
        ...(draft!.confidence ? { confidence: draft!.confidence } : {}),
      };
      const saved: KeyResult = { ...keyResult, current: draft!.value };
      return Promise.resolve({
        saved: [{ checkIn, keyResult: saved }],
        conflicts: [],
        failed: [],
      });
    },
    withdrawCheckIn: () => Promise.resolve(keyResult),
  } as unknown as OkrRepository;
  const host = {
    context: { locale: 'en-GB', kind: 'teams', surface: 'channelTab' },
    notifySuccess: () => undefined,
  } as unknown as Host;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{ repository, host, operatingModel: defaultOperatingModel, me: adele }}
      >
        <BoardScreen request={{ cycleId: cycle.id, teamIds: ['t1'] }} editable />
      </AppServicesProvider>
    </FluentProvider>,
  );
}

let live: ReturnType<typeof listenToLiveRegions> | undefined;
afterEach(() => live?.stop());

/** Waits for the toast holding `words` to show and be said. */
async function toastShown(words: string) {
  const toast = await waitFor(() => {
    const shown = screen.getAllByRole('listitem').find((item) => item.textContent?.includes(words));
    expect(shown).toBeDefined();
    return shown!;
  });
  // Its toaster says it, after anything said as it was dispatched (Fluent's live region queues).
  await waitFor(() => expect(live!.saidByToaster(words)).toBe(true));
  return toast;
}

/** The control named `name` in the open dialog named `dialog`, once both are shown. */
const inDialog = (dialog: string, role: 'button' | 'textbox', name: RegExp | string) =>
  waitFor(() => within(screen.getByRole('dialog', { name: dialog })).getByRole(role, { name }));

it('says a saved check-in once, and its undo once: by their toasts, which show them', async () => {
  renderBoard();
  live = listenToLiveRegions();
  fireEvent.click(await screen.findByRole('button', { name: `Check in on ${keyResult.title}` }));
  const checkIn = `Check in: ${keyResult.title}`;
  fireEvent.change(await inDialog(checkIn, 'textbox', /New value/), { target: { value: '30' } });
  fireEvent.submit((await inDialog(checkIn, 'button', 'Save check-in')).closest('form')!);
  const saved = `Check-in saved: ${keyResult.title} is now 30 customers.`;
  const toast = await toastShown(saved);
  expect(within(toast).getByRole('button', { name: 'Undo' })).toBeTruthy();
  expect(live.times(saved)).toBe(1);

  // Undo, whose outcome is the board's next toast, pressed as a keyboard or a click does: with
  // focus on it, inside the toaster.
  const undo = within(toast).getByRole('button', { name: 'Undo' });
  undo.focus();
  fireEvent.click(undo);
  const undone = `Check-in undone: ${keyResult.title} is back at 28 customers.`;
  await toastShown(undone);
  expect(live.times(undone)).toBe(1);
});
