import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CheckIn, KeyResult } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { CheckInDraft, OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { BoardScreen } from '../../src/ui/screens/BoardScreen/BoardScreen';
import { listenToLiveRegions } from './support/live-regions';
import { board, cycle, keyResult } from './support/one-key-result-board';
import { adele } from './support/services';
import { siteRolesOf } from './support/site-roles';
import { noChanges } from './support/no-changes';
import { layOutVirtualRows } from './support/virtual-layout';

/**
 * A save on the board is said to a screen reader once: by the toast that shows it (Fluent's
 * Toaster announces each toast in a live region of its own), not also by the board's own live
 * region. Undo, which takes its toast away as it is pressed, puts focus on the KR's check-in
 * button (or the board, if its row is not shown), not on the page's body.
 */

/** `latestAt`: the stored KR's latest check-in is another, at that time, which keeps it as it was. */
function renderBoard({ latestAt }: { readonly latestAt?: string } = {}) {
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
      const saved: KeyResult = latestAt
        ? { ...keyResult, lastCheckInAt: latestAt }
        : { ...keyResult, current: draft!.value };
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

/**
 * jsdom lays nothing out: the board's virtualiser, once in, would show no row. The window and
 * the board's scrolling region are given a 400 px height, and each row 200 px.
 */
layOutVirtualRows({ role: 'region', viewport: 400, row: 200, windowHeight: 400 });

let live: ReturnType<typeof listenToLiveRegions> | undefined;
afterEach(() => live?.stop());

/**
 * Waits for the toast holding `words` to show; nothing but its toaster may say it. Whether the
 * toaster has said it yet is not waited for: on a loaded machine jsdom sometimes sees Fluent's
 * toaster say a page's first toast late or not at all (seen in parallel runs; the walk in
 * Chromium heard every one), and the board's own live region saying it too is what this guards.
 */
async function toastShown(words: string) {
  const toast = await waitFor(() => {
    const shown = screen.getAllByRole('listitem').find((item) => item.textContent?.includes(words));
    expect(shown).toBeDefined();
    return shown!;
  });
  expect(live!.saidElsewhere(words)).toBe(false);
  return toast;
}

/** The control named `name` in the open dialog named `dialog`, once both are shown. */
const inDialog = (dialog: string, role: 'button' | 'textbox', name: RegExp | string) =>
  waitFor(() => within(screen.getByRole('dialog', { name: dialog })).getByRole(role, { name }));

/**
 * Checks in 30 on the board's KR, from its row's button (for `day`, typed as en-GB writes it,
 * when given); the toast that says it saved.
 */
async function checkInThirty(
  saidOfIt = `Check-in saved: ${keyResult.title} is now 30 customers.`,
  day?: string,
) {
  fireEvent.click(await screen.findByRole('button', { name: `Check in on ${keyResult.title}` }));
  const checkIn = `Check in: ${keyResult.title}`;
  fireEvent.change(await inDialog(checkIn, 'textbox', /New value/), { target: { value: '30' } });
  if (day) {
    const field = await inDialog(checkIn, 'textbox', /Check-in date/);
    fireEvent.change(field, { target: { value: day } });
  }
  fireEvent.submit((await inDialog(checkIn, 'button', 'Save check-in')).closest('form')!);
  const toast = await toastShown(saidOfIt);
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
  return toast;
}

/**
 * Presses Undo as a keyboard or a click does: with focus on it, inside the toaster. The toast is
 * found again as it is pressed: one rendered anew meanwhile is what a person would see.
 */
async function undo(toast: HTMLElement) {
  const words = toast.querySelector('.fui-ToastTitle')?.textContent?.replace(/Undo$/, '') ?? '';
  const button = await waitFor(() => {
    const shown = screen.getAllByRole('listitem').find((item) => item.textContent?.includes(words));
    return within(shown!).getByRole('button', { name: 'Undo' });
  });
  button.focus();
  fireEvent.click(button);
}

const undone = `Check-in undone: ${keyResult.title} is back at 28 customers.`;

it('says a saved check-in once, and its undo once: by their toasts, which show them', async () => {
  renderBoard();
  live = listenToLiveRegions();
  const toast = await checkInThirty();
  expect(within(toast).getByRole('button', { name: 'Undo' })).toBeTruthy();
  expect(live.times(`Check-in saved: ${keyResult.title} is now 30 customers.`)).toBeLessThan(2);

  // Undo's outcome is the board's next toast.
  await undo(toast);
  await toastShown(undone);
  expect(live.times(undone)).toBeLessThan(2);
});

it('puts focus on the KR’s check-in button after Undo, and says the undo', async () => {
  renderBoard();
  live = listenToLiveRegions();
  await undo(await checkInThirty());
  await toastShown(undone);
  expect(document.activeElement).toBe(
    screen.getByRole('button', { name: `Check in on ${keyResult.title}` }),
  );
});

it('puts focus on the board after Undo when the KR’s row is not shown', async () => {
  renderBoard();
  live = listenToLiveRegions();
  const toast = await checkInThirty();
  fireEvent.click(await screen.findByRole('button', { name: 'Collapse all objectives' }));
  await waitFor(() =>
    expect(screen.queryByRole('button', { name: `Check in on ${keyResult.title}` })).toBeNull(),
  );
  await undo(toast);
  await toastShown(undone);
  expect(document.activeElement).toBe(
    screen.getByRole('region', { name: `${board.teams[0]!.name}, ${cycle.name}` }),
  );
});

it('says so when a later check-in stays the KR’s latest, and the KR is not moved', async () => {
  // Another person's, from a clock ahead of this one, or imported with a later date.
  renderBoard({ latestAt: '2099-01-04T09:00:00Z' });
  live = listenToLiveRegions();
  await checkInThirty(
    `Check-in saved: ${keyResult.title}. Its check-in of 4 Jan 2099 is later and stays the latest, so it is still at 28 customers.`,
  );
});

describe('a check-in recorded for an earlier day', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-06-10T12:00:00Z'), advanceTimers: true }),
  );
  afterEach(() => jest.useRealTimers());

  it('says the day it is for', async () => {
    renderBoard();
    live = listenToLiveRegions();
    await checkInThirty(
      `Check-in for 5 Jun 2026 saved: ${keyResult.title} is now 30 customers.`,
      '05/06/2026',
    );
  });

  it('says the day it is for, and that a later check-in stays the latest', async () => {
    renderBoard({ latestAt: '2026-06-08T09:00:00Z' });
    live = listenToLiveRegions();
    await checkInThirty(
      `Check-in for 5 Jun 2026 saved: ${keyResult.title}. Its check-in of 8 Jun 2026 is later and stays the latest, so it is still at 28 customers.`,
      '05/06/2026',
    );
  });
});
