import { resolve } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { defaultMeetingId } from '../../../src/dev/teams-simulator/directory';
import { waitForValue } from '../support/fields';
import {
  framedApp,
  loggedMessages,
  openSimulator,
  waitUntilReady,
} from '../support/teams-simulator';
import { appFrame } from '../teams/support';
import {
  adele,
  meetingStackPerFile,
  meetingStage,
  shareRoundOfBothKeyResults,
  type MeetingStack,
} from './support';

/**
 * Sealed votes and the round's flow with three participants in the Teams simulator: Adele
 * organizes, two attendees vote. The third attendee's stage also runs a test client: a second
 * Live Share connection made with the product's own modules, as anyone could from developer
 * tools, which tries to read the others' votes, to run the round, and to change its vote after
 * the reveal.
 */
jest.setTimeout(240_000);

let stack: MeetingStack;
let page: Page;
/** Errors and warnings any frame of the page logged. */
let consoleProblems: string[];

meetingStackPerFile(
  (started) => (stack = started),
  (newPage) => {
    page = newPage;
    consoleProblems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        consoleProblems.push(message.text());
      }
    });
  },
  90_000,
);

const stage = (participant: number): FrameLocator => meetingStage(page, participant);
const everyone = [1, 2, 3];

/** The test client (`test-client.ts`) bundled for the browser, as developer tools would run it. */
let testClientBundle: string;

beforeAll(async () => {
  const { build } = await import('esbuild');
  const bundled = await build({
    entryPoints: [resolve(__dirname, 'test-client.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  testClientBundle = bundled.outputFiles[0]!.text;
}, 120_000);

/** Joins the round from a stage frame with a second client of that participant. */
async function joinTestClient(frame: Frame, fluidUrl: string): Promise<void> {
  await frame.addScriptTag({ content: testClientBundle });
  await frame.evaluate(
    ([meetingId, url]) => (window as unknown as TestWindow).okrTestClient.join(meetingId!, url!),
    [defaultMeetingId, fluidUrl],
  );
}

interface TestWindow {
  readonly okrTestClient: {
    join(meetingId: string, fluidUrl: string): Promise<void>;
    state(): string;
    tryToReveal(): Promise<string>;
    seal(value: number): Promise<void>;
    revealInstead(value: number): Promise<void>;
  };
}

/** What the test client's Live Share state holds, as JSON. */
function testClientState(frame: Frame): Promise<string> {
  return frame.evaluate(() => (window as unknown as TestWindow).okrTestClient.state());
}

describe('sealed votes in a check-in round', () => {
  it('hides votes until the reveal, flags a changed vote, and runs the round to its summary', async () => {
    const [first, second] = stack.keyResults;
    await shareRoundOfBothKeyResults(page, stack);

    // The third participant's test client joins the round beside its stage.
    const third = await appFrame(page, 'p3-meetingStage');
    await joinTestClient(third, stack.fluid.url);

    // Two participants vote on their stages.
    await stage(1).getByRole('radio', { name: 'Vote 8' }).click();
    await stage(2).getByRole('radio', { name: 'Vote 3' }).click();
    await stage(3).getByText('2 of 3 voted').waitFor();

    // What the test client holds: who voted and a commitment, never a vote or a salt.
    const seen = JSON.parse(await testClientState(third)) as {
      participants: { displayName: string; ballots: Record<string, unknown>[] }[];
    };
    const ballots = seen.participants.flatMap((participant) => participant.ballots);
    expect(ballots).toHaveLength(2);
    for (const ballot of ballots) {
      expect(Object.keys(ballot).sort()).toEqual([
        'attempt',
        'commitment',
        'keyResultId',
        'roundId',
      ]);
      expect(ballot.commitment).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(await testClientState(third)).not.toMatch(/"(value|salt|reveal)"/);

    // It cannot run the round: its client refuses, and the round stays where it was.
    await expect(
      third.evaluate(() => (window as unknown as TestWindow).okrTestClient.tryToReveal()),
    ).resolves.toBe('Only the organizer or a presenter can run the check-in round.');

    // It seals a vote of 5 for the third participant, then reveals 9 once the votes are revealed.
    await third.evaluate(() => (window as unknown as TestWindow).okrTestClient.seal(5));
    for (const participant of everyone) {
      await stage(participant).getByText('3 of 3 voted').waitFor();
    }
    await stage(1).getByRole('button', { name: 'Reveal votes' }).click();
    await stage(1)
      .getByText(/not revealed yet/)
      .first()
      .waitFor();
    await third.evaluate(() => (window as unknown as TestWindow).okrTestClient.revealInstead(9));

    // Every participant verifies on their own: the changed vote is invalid and left out.
    for (const participant of everyone) {
      const revealed = stage(participant).getByRole('list', { name: 'Revealed votes' });
      await revealed.getByText('invalid (does not match the sealed vote)').waitFor();
      // Each participant's reveal comes on its own: the spread of 3 to 8 needs both valid ones.
      await stage(participant).locator('[data-spread="3-8"]').waitFor();
      await expect(revealed.locator('[data-vote-status="valid"]').count()).resolves.toBe(2);
    }

    // Vote again clears the KR's votes for everyone (once told that the revealed ones go).
    await stage(1).getByRole('button', { name: 'Vote again' }).click();
    await stage(1)
      .getByRole('dialog', { name: 'Save the outcome first?' })
      .getByRole('button', { name: 'Vote again without saving' })
      .click();
    for (const participant of everyone) {
      await stage(participant).getByText('0 of 3 voted').waitFor();
      await stage(participant)
        .getByRole('radio', { name: 'Vote 8', checked: true })
        .waitFor({ state: 'detached' });
    }
    await stage(1).getByRole('radio', { name: 'Vote 6' }).click();
    await stage(2).getByRole('radio', { name: 'Vote 6' }).click();
    await stage(3).getByRole('radio', { name: 'Vote 4' }).click();
    await stage(1).getByText('3 of 3 voted').waitFor();
    await stage(1).getByRole('button', { name: 'Reveal votes' }).click();
    for (const participant of everyone) {
      await stage(participant).locator('[data-spread="4-6"]').waitFor();
    }

    // The facilitator saves a new value and confidence: every participant's KR shows them. The
    // form proposes the median a render after the reveal shows; typed before, it would be lost.
    await waitForValue(stage(1).getByLabel('Agreed confidence'), '6');
    await stage(1).getByLabel('Agreed value').fill('3300');
    await stage(1).getByLabel('Agreed confidence').fill('6');
    await stage(1).getByRole('button', { name: 'Save check-in' }).click();
    for (const participant of everyone) {
      await stage(participant).getByText('Check-in saved by').waitFor();
      await stage(participant).getByTestId('kr-value').getByText('3,300 / 5,000 users').waitFor();
      await expect(stage(participant).getByTestId('kr-confidence').textContent()).resolves.toBe(
        '6',
      );
    }

    // The second KR is skipped with a reason; the round ends with its summary for everyone.
    await stage(1).getByRole('button', { name: 'Next key result' }).click();
    await stage(1).getByRole('heading', { name: second.title }).waitFor();
    await stage(1).getByLabel('Reason to skip').fill('Owner is away');
    await stage(1).getByRole('button', { name: 'Skip', exact: true }).click();
    for (const participant of everyone) {
      const outcome = stage(participant).getByRole('list', { name: 'Round outcome' });
      await outcome.getByText(`Saved: ${first.title}: 3,300 users, confidence 6`).waitFor();
      await outcome.getByText(`Skipped: ${second.title}: Owner is away`).waitFor();
    }
    await expect(stage(1).getByLabel('Summary for the chat').inputValue()).resolves.toContain(
      `- Skipped: ${second.title}: Owner is away`,
    );
    await expect(
      stage(2)
        .getByRole('button', { name: /Copy summary/ })
        .count(),
    ).resolves.toBe(0);

    // The facilitator's stage recorded the round in the Meeting Sessions list for the coach.
    await stage(1).getByText('Recorded in Meeting Sessions').waitFor();
    const cycles = await stack.repository.listCycles();
    const sessions = await stack.repository.listMeetingSessions({ cycleId: cycles[0]!.id });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      meetingId: defaultMeetingId,
      keyResultIds: [first.id, second.id],
      facilitator: { id: adele.id },
      outcomes: [expect.objectContaining({ keyResultId: first.id, value: 3300, confidence: 6 })],
      skipped: [expect.objectContaining({ keyResultId: second.id, reason: 'Owner is away' })],
    });
    expect(sessions[0]!.summary).toContain(`- Skipped: ${second.title}: Owner is away`);

    // Live Share started cleanly on every stage: no signal into a closed runtime.
    expect(consoleProblems.filter((text) => /Runtime is closed/.test(text))).toEqual([]);

    const history = await stack.repository.checkInHistory([first.id, second.id]);
    expect(history.get(first.id)).toEqual([
      expect.objectContaining({ value: 3300, confidence: 6, source: 'meeting' }),
    ]);
    expect(history.get(second.id) ?? []).toHaveLength(0);
  });
});

describe('who may start a round', () => {
  it('tells an attendee why they cannot share, offers them nothing to pick, and asks the organizer before replacing a round', async () => {
    const [first, second] = stack.keyResults;
    await openSimulator(page, stack.server.url, {
      context: 'sidePanel',
      participants: 2,
      roles: 'organizer,attendee',
      meeting: 'roles',
    });
    await waitUntilReady(page, 'p2-sidePanel');
    const attendeePanel = framedApp(page, 'p2-sidePanel');
    // The reason first, and the key results to read: no boxes to pick what they cannot share.
    await attendeePanel
      .getByText('Only the organizer or a presenter can share a check-in round to the stage.')
      .waitFor();
    const list = attendeePanel.getByRole('list', { name: 'Customers love the new onboarding' });
    await list.getByRole('listitem').filter({ hasText: first.title }).waitFor();
    await expect(attendeePanel.getByRole('checkbox').count()).resolves.toBe(0);
    await expect(
      attendeePanel.getByRole('button', { name: 'Share to stage' }).count(),
    ).resolves.toBe(0);
    const region = attendeePanel.getByRole('region', { name: 'Key results to review' });
    await expect(region.getAttribute('aria-describedby')).resolves.toBe('pick-why');

    await waitUntilReady(page, 'p1-sidePanel');
    const panel = framedApp(page, 'p1-sidePanel');
    await panel.getByRole('checkbox', { name: first.title }).check();
    await panel.getByRole('button', { name: 'Share to stage' }).click();
    for (const participant of [1, 2]) {
      await stage(participant)
        .getByRole('heading', { name: first.title })
        .waitFor({ timeout: 60_000 });
    }

    // Sharing again while the round is on the stage asks first; keeping it changes nothing.
    // The panel's requests to share are counted in the simulator's log: keeping the round sends
    // none, so once the replacing share below has shown on the stages, one more is logged.
    const sharesToStage = () =>
      loggedMessages(page, 'meeting.shareAppContentToStage')
        .and(page.locator('[data-frame="p1-sidePanel"][data-kind="request"]'))
        .count();
    const sharedBefore = await sharesToStage();
    expect(sharedBefore).toBeGreaterThan(0);
    await panel.getByRole('checkbox', { name: first.title }).uncheck();
    await panel.getByRole('checkbox', { name: second.title }).check();
    await panel.getByRole('button', { name: 'Share to stage' }).click();
    const confirm = panel.getByRole('alertdialog', { name: 'Replace the running round?' });
    await confirm.getByRole('button', { name: 'Keep the current round' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await expect(stage(1).getByRole('heading', { name: first.title }).count()).resolves.toBe(1);

    await panel.getByRole('button', { name: 'Share to stage' }).click();
    await confirm.getByRole('button', { name: 'Replace the round' }).click();
    for (const participant of [1, 2]) {
      await stage(participant)
        .getByRole('heading', { name: second.title })
        .waitFor({ timeout: 60_000 });
    }
    await expect(sharesToStage()).resolves.toBe(sharedBefore + 1);
  });
});
