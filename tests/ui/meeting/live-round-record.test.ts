/**
 * The round's shared state (a Live Share `LiveState`) is kept only by the facilitators' clients
 * connected: once every one that knew the round has left (a panel reloaded, the stage closed), a
 * client that joins learns where the round is from the meeting's record of it, which the local
 * Fluid service keeps with the container. The shared state, when a facilitator's client sends it,
 * wins over the record.
 */
import { TestLiveShareHost } from '@microsoft/live-share';
import { applyRoundAction, initialRound, type RoundControl } from '../../../src/core/rituals';
import { startFluidService, type FluidService } from '../../../src/dev/fluid';
import { localFluidTokens, type LiveShareSetup } from '../../../src/host/live-share';
import { joinLiveRound, type LiveRound } from '../../../src/ui/meeting/live/joinLiveRound';

jest.setTimeout(120_000);

let fluid: FluidService;
beforeAll(async () => {
  fluid = await startFluidService();
});
afterAll(() => fluid.close());

/**
 * A meeting: its clients join one container, each as an organizer (Live Share's test host gives
 * everyone every role).
 */
function meeting() {
  let containerId: string | undefined;
  const joined: LiveRound[] = [];
  const setup = (userId: string): LiveShareSetup => ({
    host: TestLiveShareHost.create(
      () => containerId,
      (created) => {
        containerId = created;
      },
    ),
    connection: {
      type: 'local',
      endpoint: fluid.url,
      tokenProvider: localFluidTokens({ id: userId, displayName: userId }),
    },
  });
  return {
    join: async (userId: string, options?: { watching?: boolean }) => {
      const live = await joinLiveRound(setup(userId), options);
      joined.push(live);
      return live;
    },
    leave: () => {
      for (const live of joined.splice(0)) live.dispose();
    },
  };
}

/** Resolves once the client's snapshot passes `check`. */
function until(live: LiveRound, check: (snapshot: ReturnType<LiveRound['snapshot']>) => boolean) {
  return new Promise<void>((resolve) => {
    if (check(live.snapshot())) return resolve();
    const stop = live.subscribe(() => {
      if (!check(live.snapshot())) return;
      stop();
      resolve();
    });
  });
}

const roles = ['organizer'] as const;
const by = { at: '2026-12-05T06:00:00.000Z', by: { id: 'adele', displayName: 'Adele Vance' } };

function step(control: RoundControl, action: Parameters<typeof applyRoundAction>[1]) {
  const result = applyRoundAction(control, action, roles, by);
  if (!result.ok) throw new Error(result.reason);
  return result.control;
}

const skip = { type: 'skip', reason: 'Its owner is away', skippedBy: 'Adele Vance' } as const;

const first = initialRound({
  roundId: 'round-1',
  keyResultIds: ['kr-1', 'kr-2'],
  board: { teamIds: ['team-1'], cycleId: 'cycle-1' },
});

let current: ReturnType<typeof meeting>;
beforeEach(() => {
  current = meeting();
});
afterEach(() => current.leave());

it('tells a panel that joins after every facilitator left where the round was', async () => {
  const stage = await current.join('adele');
  const onSecond = step(first, skip);
  expect(onSecond.position).toBe(1);
  await stage.setControl(first);
  await stage.setControl(onSecond);
  current.leave();

  const reloaded = await current.join('adele', { watching: true });
  await until(reloaded, (snapshot) => snapshot.recorded !== undefined);
  expect(reloaded.snapshot().control).toBeUndefined();
  expect(reloaded.snapshot().recorded).toEqual({
    roundId: 'round-1',
    keyResultIds: ['kr-1', 'kr-2'],
    position: onSecond.position,
    phase: onSecond.phase,
    attempt: onSecond.attempt,
    board: { teamIds: ['team-1'], cycleId: 'cycle-1' },
  });
});

it('keeps a finished round finished for whoever joins later', async () => {
  const stage = await current.join('adele');
  await stage.setControl(first);
  const finished = step(step(first, skip), skip);
  expect(finished.phase).toBe('finished');
  await stage.setControl(finished);
  current.leave();

  const later = await current.join('adele', { watching: true });
  await until(later, (snapshot) => snapshot.recorded !== undefined);
  expect(later.snapshot().recorded?.phase).toBe('finished');
});

it('follows the shared state, not the record, once a facilitator’s client sends it', async () => {
  const stage = await current.join('adele');
  await stage.setControl(first);
  const panel = await current.join('adele', { watching: true });
  await until(panel, (snapshot) => snapshot.control?.roundId === 'round-1');
  expect(panel.snapshot().recorded).toBeUndefined();

  await stage.setControl(step(first, { type: 'goTo', position: 1 }));
  await until(panel, (snapshot) => snapshot.control?.position === 1);
  expect(panel.snapshot().recorded).toBeUndefined();
});
