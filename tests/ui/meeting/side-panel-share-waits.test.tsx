/**
 * A side panel opened a moment ago, whose round card has not reached the meeting's shared state
 * yet, does not take Teams' "nothing on the stage" as "no round runs": Share to stage waits,
 * saying so, and asks before replacing the round it then finds still running, or finds only in
 * the meeting's record of the round (no facilitator's client that knew it is connected).
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { applyRoundAction, initialRound, type RoundControl } from '../../../src/core/rituals';
import type { LiveRoundState } from '../../../src/ui/meeting/live/useLiveRound';
import { board, keyResult } from '../support/one-key-result-board';
import { openSidePanel } from '../support/side-panel';

jest.setTimeout(60_000);

/** The round card's connection to the meeting's shared state, as each test moves it. */
let liveRound: LiveRoundState = { status: 'connecting' };
const retried = jest.fn();
const moved = new Set<() => void>();
jest.mock('../../../src/ui/meeting/live/useLiveRound', () => {
  const { useEffect, useState } = jest.requireActual<typeof import('react')>('react');
  return {
    useLiveRound: () => {
      const [, rerender] = useState(0);
      useEffect(() => {
        const move = () => rerender((n) => n + 1);
        moved.add(move);
        return () => void moved.delete(move);
      }, []);
      return { ...liveRound, retry: retried };
    },
  };
});

/**
 * The confirmation, and one of its buttons. Found in the DOM whether or not jsdom's copy of
 * Tabster has left `aria-hidden` on the dialog (on a loaded machine it did, with focus inside it):
 * what the dialog says and does is checked here; that it is announced and reachable is checked in
 * Chromium by the browser tests (`round-in-side-panel`, `sealed-votes`), which find it by role.
 */
async function confirmation(name = 'Replace the running round?') {
  const dialog = await screen.findByRole('alertdialog', {
    name,
    hidden: true,
  });
  return {
    dialog,
    button: (name: string) => within(dialog).getByRole('button', { name, hidden: true }),
  };
}

function connect(next: LiveRoundState) {
  liveRound = next;
  act(() => {
    for (const move of moved) move();
  });
}

/** The shared state the card joined: the round this panel shares is started in it. */
const joined = { setControl: () => Promise.resolve() } as never;
const adele = { id: 'adele', displayName: 'Adele Vance' };
const roundStillRunning = {
  ...initialRound({ roundId: 'earlier', keyResultIds: [keyResult.id] }),
  facilitatedBy: adele,
};

/** The earlier round, ended early from its stage: the stage shows its summary. */
function ended(round: RoundControl, recordedAt?: string): RoundControl {
  const result = applyRoundAction(round, { type: 'end' }, ['organizer'], {
    at: '2026-12-06T10:00:00.000Z',
    by: adele,
  });
  if (!result.ok) throw new Error(result.reason);
  return recordedAt ? { ...result.control, recordedAt } : result.control;
}

const openPanel = ({ sharing = false } = {}) => openSidePanel({ board, me: adele, sharing });

beforeEach(() => {
  liveRound = { status: 'connecting' };
});

it('waits for the shared state before sharing, then asks before replacing the round still running', async () => {
  const { shareToStage } = openPanel();
  fireEvent.click(await screen.findByRole('checkbox', { name: keyResult.title }));
  const share = await screen.findByRole('button', { name: 'Share to stage' });
  fireEvent.click(share);

  await screen.findByText(/Checking whether a check-in round is still running…/);
  expect(share.getAttribute('aria-disabled')).toBe('true');
  expect(shareToStage).not.toHaveBeenCalled();

  connect({
    status: 'ready',
    live: joined,
    snapshot: {
      control: roundStillRunning,
      participants: [],
      me: { userId: adele.id, roles: ['organizer'] },
    },
  });
  const { dialog, button } = await confirmation();
  expect(dialog.textContent).toContain(
    `A check-in round is still running, at key result 1 of 1, “${keyResult.title}”.`,
  );
  expect(shareToStage).not.toHaveBeenCalled();
  fireEvent.click(button('Replace the round'));
  await screen.findByText(/Shared to the stage\./);
  expect(shareToStage).toHaveBeenCalledTimes(1);
});

it('shares once the shared state says no round runs', async () => {
  const { shareToStage } = openPanel();
  fireEvent.click(await screen.findByRole('checkbox', { name: keyResult.title }));
  fireEvent.click(await screen.findByRole('button', { name: 'Share to stage' }));
  await screen.findByText(/Checking whether a check-in round is still running…/);

  connect({
    status: 'ready',
    live: joined,
    snapshot: { control: undefined, participants: [], me: { userId: adele.id, roles: [] } },
  });
  await screen.findByText(/Shared to the stage\./);
  expect(shareToStage).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull();
});

it('shows the round the meeting recorded, unconfirmed, and asks before replacing it', async () => {
  const { shareToStage } = openPanel();
  fireEvent.click(await screen.findByRole('checkbox', { name: keyResult.title }));
  // Reloaded after every facilitator's client had left: only the record says where the round is.
  connect({
    status: 'ready',
    live: joined,
    snapshot: {
      control: undefined,
      recorded: {
        roundId: 'earlier',
        keyResultIds: [keyResult.id],
        position: 0,
        phase: 'voting',
        attempt: 0,
      },
      participants: [],
      me: { userId: adele.id, roles: ['organizer'] },
    },
  });
  const card = await screen.findByRole('region', { name: 'Check-in round on the stage' });
  expect(card.textContent).toContain(`Key result 1 of 1: ${keyResult.title}`);
  expect(card.textContent).toContain(
    'As the meeting last recorded it: not confirmed, as no stage or panel that ran it is open now.',
  );
  // Anyone may have written the record: it names no facilitator, and offers no way to run it on.
  expect(card.textContent).not.toContain('Facilitated by');
  expect(within(card).queryByRole('button')).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Share to stage' }));
  const { dialog, button } = await confirmation();
  expect(dialog.textContent).toContain(
    `A check-in round may still be running, at key result 1 of 1, “${keyResult.title}”: the meeting last recorded it there`,
  );
  expect(shareToStage).not.toHaveBeenCalled();
  fireEvent.click(button('Keep the current round'));
  expect(shareToStage).not.toHaveBeenCalled();
});

it('asks rather than replacing unseen when the shared state cannot be reached', async () => {
  const { shareToStage } = openPanel();
  fireEvent.click(await screen.findByRole('checkbox', { name: keyResult.title }));
  fireEvent.click(await screen.findByRole('button', { name: 'Share to stage' }));
  await screen.findByText(/Checking whether a check-in round is still running…/);

  connect({ status: 'failed', error: new Error('The meeting’s live session did not answer.') });
  const { dialog, button } = await confirmation();
  expect(dialog.textContent).toContain(
    'A check-in round may still be running: whether one is could not be checked',
  );
  expect(shareToStage).not.toHaveBeenCalled();
  fireEvent.click(button('Keep the current round'));
  expect(shareToStage).not.toHaveBeenCalled();
});

it('says on the round card that the round could not be followed, with Try again', async () => {
  openPanel();
  await screen.findByRole('checkbox', { name: keyResult.title });
  connect({ status: 'failed', error: new Error('The meeting’s live session did not answer.') });
  const card = await screen.findByRole('region', { name: 'Check-in round on the stage' });
  expect(card.textContent).toContain('Whether a check-in round is running could not be checked.');
  expect(card.textContent).toContain('The meeting’s live session did not answer.');
  fireEvent.click(within(card).getByRole('button', { name: 'Try again' }));
  expect(retried).toHaveBeenCalledTimes(1);
});

it('shares at once over the summary of a round that ended and is recorded', async () => {
  const { shareToStage } = openPanel({ sharing: true });
  fireEvent.click(await screen.findByRole('checkbox', { name: keyResult.title }));
  connect({
    status: 'ready',
    live: joined,
    snapshot: {
      control: ended(roundStillRunning, '2026-12-06T10:00:01.000Z'),
      participants: [],
      me: { userId: adele.id, roles: ['organizer'] },
    },
  });
  fireEvent.click(await screen.findByRole('button', { name: 'Share to stage' }));
  await screen.findByText(/Shared to the stage\./);
  expect(shareToStage).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull();
});

it('asks before replacing the summary of a round that ended and is not recorded yet', async () => {
  const { shareToStage } = openPanel({ sharing: true });
  fireEvent.click(await screen.findByRole('checkbox', { name: keyResult.title }));
  connect({
    status: 'ready',
    live: joined,
    snapshot: {
      control: ended(roundStillRunning),
      participants: [],
      me: { userId: adele.id, roles: ['organizer'] },
    },
  });
  fireEvent.click(await screen.findByRole('button', { name: 'Share to stage' }));
  const { dialog, button } = await confirmation('Replace the round’s summary?');
  expect(dialog.textContent).toContain(
    'The stage shows the summary of the round that ended, not recorded in Meeting Sessions yet.',
  );
  expect(dialog.textContent).not.toContain('running');
  fireEvent.click(button('Keep the summary'));
  expect(shareToStage).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Share to stage' }));
  fireEvent.click(
    (await confirmation('Replace the round’s summary?')).button('Replace the summary'),
  );
  await screen.findByText(/Shared to the stage\./);
  expect(shareToStage).toHaveBeenCalledTimes(1);
});
