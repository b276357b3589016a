import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useSyncExternalStore } from 'react';
import type { SharedDraft } from '../../../src/core/rituals';
import { ThrottledError } from '../../../src/store/errors';
import type { OkrRepository } from '../../../src/store/repository';
import type { LivePlanning } from '../../../src/ui/meeting/live/joinLivePlanning';
import { Planning } from '../../../src/ui/meeting/Planning/Planning';
import { board } from '../support/one-key-result-board';
import { renderWithServices } from '../support/services';

/**
 * "Save accepted drafts" in the meeting's planning says what it saved, on the screen, and a
 * draft it could not save is named with why: which draft, and the store's reason in the words
 * every surface uses.
 */

const draft = (id: string, title: string): SharedDraft => ({
  id,
  title,
  teamId: 't1',
  commitment: 'committed',
  startedBy: 'Adele Vance',
  startedAt: '2026-12-01T09:00:00Z',
  accepted: true,
  saveAttempt: 0,
});

/** The meeting's shared drafts, as Live Share would hold them, with this participant presenting. */
function liveDrafts(drafts: SharedDraft[]): LivePlanning {
  const listeners = new Set<() => void>();
  let current = drafts;
  const snapshot = () => ({
    drafts: current,
    claims: new Map(),
    editors: new Map(),
    me: { userId: 'adele', roles: ['presenter' as const] },
  });
  let shown = snapshot();
  return {
    snapshot: () => shown,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    putDraft: (next) => {
      current = current.map((d) => (d.id === next.id ? next : d));
      shown = snapshot();
      for (const listener of listeners) listener();
    },
    editing: () => Promise.resolve(),
    claimSave: () => Promise.resolve(true),
    dispose: () => undefined,
  };
}

let live: LivePlanning;
// Joined at once (Live Share's own join is the browser tests' business), following `live`.
jest.mock('../../../src/ui/meeting/live/useLiveSession', () => ({
  useLiveSession: () => {
    const snapshot = useSyncExternalStore(live.subscribe, live.snapshot);
    return { status: 'ready', live, snapshot, retry: () => undefined };
  },
}));

// Fluent's MessageBar measures itself for reflow; jsdom has no ResizeObserver.
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

function renderPlanning(createObjective: OkrRepository['createObjective']) {
  renderWithServices(
    { createObjective } as unknown as OkrRepository,
    <Planning board={board} onSaved={() => undefined} />,
  );
}

const save = async () =>
  fireEvent.click(await screen.findByRole('button', { name: /Save 2 accepted drafts/ }));

it('says how many objectives it saved, and each draft shows who saved it', async () => {
  live = liveDrafts([draft('d1', 'Customers love onboarding'), draft('d2', 'Win the mid-market')]);
  renderPlanning((objective) => Promise.resolve({ ...objective, id: `o-${objective.title}` }));
  await save();
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe('2 objectives saved to the board.'),
  );
  const drafts = screen.getByRole('list', { name: 'Shared drafts' });
  expect(within(drafts).getAllByText('Saved to the board by Adele Vance')).toHaveLength(2);
});

it('names the draft it could not save and why, and says what it saved all the same', async () => {
  live = liveDrafts([draft('d1', 'Customers love onboarding'), draft('d2', 'Win the mid-market')]);
  renderPlanning((objective) =>
    objective.title === 'Win the mid-market'
      ? Promise.reject(
          new ThrottledError('busy', 1, 'tooManyRequests', { retries: 3, waitedMs: 3000 }),
        )
      : Promise.resolve({ ...objective, id: 'o1' }),
  );
  await save();
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe(
    'Draft 2 (“Win the mid-market”) was not saved. Microsoft 365 is busy. Microsoft Graph is busy and did not answer after 4 tries over 3 seconds. Try again in a minute.',
  );
  expect(screen.getByRole('status').textContent).toBe('1 objective saved to the board.');
});
