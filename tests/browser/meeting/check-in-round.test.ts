import type { FrameLocator, Locator, Page } from 'playwright-core';
import { defaultMeetingId } from '../../../src/dev/teams-simulator/directory';
import { waitForValue } from '../support/fields';
import { waitForFocus } from '../support/keyboard';
import {
  framedApp,
  loggedMessages,
  openSimulator,
  simulatorCard,
  waitUntilReady,
} from '../support/teams-simulator';
import {
  adele,
  meetingSessionsOf,
  meetingStackPerFile,
  meetingStage,
  shareRoundOfBothKeyResults,
  type MeetingStack,
} from './support';

/**
 * A weekly check-in in a meeting, end to end: the real teams-js in the Teams host simulator,
 * Live Share over a local tinylicious, the Graph emulator as the store. Adele organizes; two
 * attendees vote with her; she reveals and saves; the check-in is in the store once.
 */
jest.setTimeout(120_000);

let stack: MeetingStack;
let page: Page;

meetingStackPerFile(
  (started) => (stack = started),
  (newPage) => (page = newPage),
  90_000,
);

const stage = (participant: number): FrameLocator => meetingStage(page, participant);
const everyone = [1, 2, 3];

describe('a check-in round in a meeting', () => {
  it('goes from the side panel to the stage, votes, reveals, and saves once as a meeting check-in', async () => {
    const [first, second] = stack.keyResults;
    // The organizer's side panel picks both KRs and shares the round: every stage opens on the first.
    await shareRoundOfBothKeyResults(page, stack);

    // Live Share went through teams-js's LiveShareHost: each stage registered its Fluid client
    // with the host, which answers with that participant's meeting role.
    for (const participant of everyone) {
      await expect(
        loggedMessages(page, 'interactive.registerClientId')
          .and(page.locator(`[data-frame="p${participant}-meetingStage"]`))
          .count(),
      ).resolves.toBeGreaterThan(0);
    }

    // Everyone votes; nobody sees a value, and only the organizer may reveal.
    const votes = { 1: 8, 2: 3, 3: 5 } as const;
    for (const participant of everyone) {
      await stage(participant)
        .getByRole('radio', { name: `Vote ${votes[participant as 1 | 2 | 3]}` })
        .click();
    }
    for (const participant of everyone) {
      await stage(participant).getByText('3 of 3 voted').waitFor();
      // Each sees their own vote said, not only a button a shade darker.
      await stage(participant)
        .getByText(`Your vote: ${votes[participant as 1 | 2 | 3]}.`, { exact: false })
        .waitFor();
      await expect(
        stage(participant).getByRole('list', { name: 'Revealed votes' }).count(),
      ).resolves.toBe(0);
    }
    for (const attendee of [2, 3]) {
      await expect(
        stage(attendee).getByRole('button', { name: 'Reveal votes' }).count(),
      ).resolves.toBe(0);
    }

    // The organizer reveals: everyone sees the same spread and the coach's prompt for it.
    await stage(1).getByRole('button', { name: 'Reveal votes' }).click();
    for (const participant of everyone) {
      const revealed = stage(participant).getByRole('list', { name: 'Revealed votes' });
      await revealed.getByText(`${adele.displayName}: 8`).waitFor();
      await expect(revealed.getByRole('listitem').count()).resolves.toBe(3);
      await stage(participant).locator('[data-spread="3-8"]').waitFor();
      await stage(participant).locator('[data-prompt="vote-spread"]').waitFor();
    }
    for (const attendee of [2, 3]) {
      await expect(
        stage(attendee).getByRole('button', { name: 'Save check-in' }).count(),
      ).resolves.toBe(0);
    }

    // The organizer saves the agreed outcome (the median, 5) with a double click.
    // The form proposes the median once the reveal is in (an effect, a render after it shows).
    await waitForValue(stage(1).getByLabel('Agreed confidence'), '5');
    await stage(1).getByRole('button', { name: 'Save check-in' }).dblclick();
    for (const participant of everyone) {
      await stage(participant).getByText('Check-in saved by').waitFor();
    }

    const history = await stack.repository.checkInHistory([first.id, second.id]);
    const saved = history.get(first.id) ?? [];
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      keyResultId: first.id,
      value: 3100,
      confidence: 5,
      source: 'meeting',
      meetingId: defaultMeetingId,
      author: { id: adele.id },
    });
    expect(history.get(second.id) ?? []).toHaveLength(0);

    // The organizer moves on: every stage shows the second KR, voting again.
    await stage(1).getByRole('button', { name: 'Next key result' }).click();
    for (const participant of everyone) {
      await stage(participant).getByRole('heading', { name: second.title }).waitFor();
      await stage(participant).getByText('0 of 3 voted').waitFor();
    }
  });
  it('refuses a wrong outcome under its field, naming what is accepted, and saves nothing until it is right', async () => {
    const [first] = stack.keyResults;
    await openSimulator(page, stack.server.url, {
      context: 'sidePanel',
      participants: 2,
      roles: 'organizer,attendee',
      meeting: 'wrong-outcomes',
    });
    await waitUntilReady(page, 'p1-sidePanel');
    const panel = framedApp(page, 'p1-sidePanel');
    await panel.getByRole('checkbox', { name: first.title }).check();
    await panel.getByRole('button', { name: 'Share to stage' }).click();
    const [facilitator, attendee] = [stage(1), stage(2)];
    await facilitator.getByRole('radio', { name: 'Vote 6' }).click();
    await attendee.getByRole('radio', { name: 'Vote 6' }).click();
    await facilitator.getByText('2 of 2 voted').waitFor();
    await facilitator.getByRole('button', { name: 'Reveal votes' }).click();
    const form = facilitator.getByRole('form', { name: 'Outcome' });
    // Labelled with the KR's unit, as the board's check-in is: what the number counts.
    const value = form.getByRole('textbox', { name: `Agreed value (${first.unit})` });
    const confidence = form.getByRole('textbox', { name: 'Agreed confidence (1 to 10)' });
    const note = form.getByRole('textbox', { name: 'Note' });
    await waitForValue(confidence, '6');
    const checkIns = async () =>
      (await stack.repository.checkInHistory([first.id])).get(first.id) ?? [];
    const before = (await checkIns()).length;

    /** Types an outcome, saves it from the keyboard, and waits for what the form says. */
    const attempt = async (typed: { value: string; confidence: string }, says: RegExp) => {
      await value.fill(typed.value);
      await confidence.fill(typed.confidence);
      await confidence.press('Enter');
      await form.getByText(says).waitFor();
    };
    // Nothing typed: each field says what it takes (not the browser's "Please fill out this field").
    await attempt({ value: '', confidence: '' }, /^Give a confidence: a number from 1 to 10\.$/);
    await form.getByText(/is empty\. Type a number such as 1,234\.5\./).waitFor();
    // Spaces are no confidence: refused, never saved as a check-in without one ("confidence 0").
    await attempt({ value: '3,200', confidence: '   ' }, /^Give a confidence/);
    await form.getByText(/is empty\./).waitFor({ state: 'detached' });
    await attempt(
      { value: '3,200', confidence: 'high' },
      /^“high” is not a confidence\. Type a number from 1 to 10\.$/,
    );
    await attempt(
      { value: '3,200', confidence: '11' },
      /^Confidence 11 is outside 1–10\. Type a number from 1 to 10\.$/,
    );
    await attempt({ value: 'lots', confidence: '7' }, /^“lots” is not a number/);
    // Refused from the confidence field, the focus goes to the field to fix, which a screen reader
    // then reads with its reason (as the board's check-in dialog does).
    await value.and(form.locator(':focus')).waitFor();
    // A big jump needs confirming, then a note on what drove it.
    await attempt({ value: '4,900', confidence: '7' }, /is a big jump/);
    await form.getByRole('checkbox', { name: 'Yes, this value is right' }).check();
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await form.getByText(/needs a note on what drove it/).waitFor();
    await note.and(form.locator(':focus')).waitFor();

    // Nothing was half-saved: no check-in, the round still waits for its outcome.
    expect(await checkIns()).toHaveLength(before);
    await attendee.getByText('The facilitator is recording the outcome.').waitFor();

    await note.fill('The partner launch brought 1,800 users.');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    for (const participant of [facilitator, attendee]) {
      await participant.getByText('4,900 users, confidence 7').waitFor();
    }
    const saved = await checkIns();
    expect(saved).toHaveLength(before + 1);
    expect(saved.find((checkIn) => checkIn.value === 4900)).toMatchObject({
      confidence: 7,
      note: 'The partner launch brought 1,800 users.',
      source: 'meeting',
    });
  });
  it('stops counting someone who left, and catches them up on the round when they come back', async () => {
    const [first, second] = stack.keyResults;
    await openSimulator(page, stack.server.url, {
      context: 'sidePanel',
      participants: 2,
      roles: 'organizer,attendee',
      meeting: 'leave-and-return',
    });
    await waitUntilReady(page, 'p1-sidePanel');
    const panel = framedApp(page, 'p1-sidePanel');
    await panel.getByRole('checkbox', { name: first.title }).check();
    await panel.getByRole('checkbox', { name: second.title }).check();
    await panel.getByRole('button', { name: 'Share to stage' }).click();
    const [facilitator, attendee] = [stage(1), stage(2)];
    await attendee.getByRole('radio', { name: 'Vote 4' }).click();
    await facilitator.getByText('1 of 2 voted').waitFor();

    // The attendee closes the app. Live Share takes them for gone once they have been silent for
    // its expiry period, even with nobody else left in the meeting to say so.
    const attendeeFrame = simulatorCard(page, 'p2-meetingStage').locator('iframe');
    const stageUrl = (await attendeeFrame.getAttribute('src'))!;
    await attendeeFrame.evaluate((frame: HTMLIFrameElement) => (frame.src = 'about:blank'));
    await facilitator.getByText('1 participant', { exact: true }).waitFor();
    await facilitator.getByText('0 of 1 voted').waitFor();

    // The round moves on without them. Skip asks for its reason first, and takes the keyboard there.
    const reason = facilitator.getByRole('textbox', { name: 'Reason to skip' });
    await facilitator.getByRole('button', { name: 'Skip' }).click();
    await facilitator.getByText('Say why it is skipped: the round’s summary keeps it.').waitFor();
    await waitForFocus(reason);
    await facilitator.getByRole('heading', { name: first.title }).waitFor();
    await reason.fill('Owner away');
    await facilitator.getByRole('button', { name: 'Skip' }).click();
    await facilitator.getByRole('heading', { name: second.title }).waitFor();

    // They come back and find the round where it is, and are counted again.
    await attendeeFrame.evaluate((frame: HTMLIFrameElement, url) => (frame.src = url), stageUrl);
    await attendee.getByRole('heading', { name: second.title }).waitFor();
    await facilitator.getByText('2 participants').waitFor();
    await attendee.getByRole('radio', { name: 'Vote 5' }).click();
    await facilitator.getByText('1 of 2 voted').waitFor();
  });
  it('records the finished round again after Meeting Sessions refused it, once', async () => {
    const [, second] = stack.keyResults;
    await openSimulator(page, stack.server.url, {
      context: 'sidePanel',
      participants: 1,
      roles: 'organizer',
      meeting: 'record-again',
    });
    await waitUntilReady(page, 'p1-sidePanel');
    const panel = framedApp(page, 'p1-sidePanel');
    await panel.getByRole('checkbox', { name: second.title }).check();
    await panel.getByRole('button', { name: 'Share to stage' }).click();
    const facilitator = stage(1);
    await facilitator.getByRole('heading', { name: second.title }).waitFor();
    const sessions = () => meetingSessionsOf(stack, 'record-again');

    // SharePoint is unavailable as the last KR is skipped and the round ends.
    stack.emulator.setFaults({ unavailableRate: 1, retryAfterSeconds: 0 });
    try {
      await facilitator.getByRole('textbox', { name: 'Reason to skip' }).fill('Owner is away');
      await facilitator.getByRole('button', { name: 'Skip', exact: true }).click();
      await facilitator.getByText('The round could not be recorded in Meeting Sessions.').waitFor();
    } finally {
      stack.emulator.setFaults({ unavailableRate: 0 });
    }
    expect(await sessions()).toEqual([]);

    // Back: the facilitator records it again, and it is there once.
    await facilitator.getByRole('button', { name: 'Record the round again' }).click();
    await facilitator.getByText('Recorded in Meeting Sessions').waitFor();
    await expect(facilitator.getByRole('alert').count()).resolves.toBe(0);
    expect(await sessions()).toEqual([
      expect.objectContaining({
        keyResultIds: [second.id],
        skipped: [expect.objectContaining({ reason: 'Owner is away' })],
      }),
    ]);
  });
  it('lines the outcome form up: its buttons one size on one line, on the fields’ left edge', async () => {
    const [first] = stack.keyResults;
    await openSimulator(page, stack.server.url, {
      context: 'sidePanel',
      participants: 1,
      roles: 'organizer',
      meeting: 'outcome-layout',
    });
    await waitUntilReady(page, 'p1-sidePanel');
    const panel = framedApp(page, 'p1-sidePanel');
    await panel.getByRole('checkbox', { name: first.title }).check();
    await panel.getByRole('button', { name: 'Share to stage' }).click();
    const facilitator = stage(1);
    await facilitator.getByRole('radio', { name: 'Vote 6' }).click();
    await facilitator.getByRole('button', { name: 'Reveal votes' }).click();
    const form = facilitator.getByRole('form', { name: 'Outcome' });
    await form.waitFor();

    const box = async (locator: Locator) => (await locator.boundingBox())!;
    const save = await box(form.getByRole('button', { name: 'Save check-in' }));
    const again = await box(form.getByRole('button', { name: 'Vote again' }));
    expect([again.y, again.height]).toEqual([save.y, save.height]);
    const value = await box(form.getByText('Agreed value'));
    const reason = await box(facilitator.getByText('Reason to skip'));
    expect([Math.round(save.x), Math.round(reason.x)]).toEqual([
      Math.round(value.x),
      Math.round(value.x),
    ]);
  });
  it('shows the facilitator a check-in saved meanwhile, and saves on the newer value once agreed again', async () => {
    const [, second] = stack.keyResults;
    await openSimulator(page, stack.server.url, {
      context: 'sidePanel',
      participants: 1,
      roles: 'organizer',
      meeting: 'newer-check-in',
    });
    await waitUntilReady(page, 'p1-sidePanel');
    const panel = framedApp(page, 'p1-sidePanel');
    await panel.getByRole('checkbox', { name: second.title }).check();
    await panel.getByRole('button', { name: 'Share to stage' }).click();
    const facilitator = stage(1);
    await facilitator.getByRole('heading', { name: second.title }).waitFor();
    await facilitator.getByRole('radio', { name: 'Vote 6' }).click();
    await facilitator.getByRole('button', { name: 'Reveal votes' }).click();
    // The form proposes the median a render after the reveal shows; saved before, it has none.
    await waitForValue(facilitator.getByLabel('Agreed confidence'), '6');

    // Meanwhile the owner checks in from their own tab: the KR moves past what the meeting saw.
    const [cycle] = await stack.repository.listCycles();
    const board = await stack.repository.loadBoard({ cycleId: cycle!.id });
    const current = board.keyResults.find((kr) => kr.id === second.id);
    const elsewhere = await stack.repository.saveCheckIns([
      {
        clientId: 'newer-check-in-from-the-tab',
        keyResultId: second.id,
        value: 5,
        confidence: 8,
        note: '',
        author: { id: adele.id, displayName: adele.displayName },
        at: new Date().toISOString(),
        source: 'teams',
        keyResultVersion: current!.version!,
      },
    ]);
    expect(elsewhere.saved).toHaveLength(1);

    // The facilitator's save is refused with what the KR says now; nothing is overwritten.
    await facilitator.getByRole('button', { name: 'Save check-in' }).click();
    const newer = facilitator
      .getByRole('alert')
      .filter({ hasText: 'A newer check-in was saved while you met' });
    await newer.getByText(/is now 5 days, confidence 8/).waitFor();
    expect((await stack.repository.checkInHistory([second.id])).get(second.id)).toHaveLength(1);

    // Loaded, agreed again on the newer value, saved once as the meeting's check-in.
    await newer.getByRole('button', { name: 'Load the newer check-in' }).click();
    await waitForValue(facilitator.getByLabel('Agreed value'), '5');
    await facilitator.getByRole('button', { name: 'Save check-in' }).click();
    await facilitator.getByText('Check-in saved by').waitFor();
    const history = (await stack.repository.checkInHistory([second.id])).get(second.id) ?? [];
    expect(history.map((checkIn) => [checkIn.source, checkIn.value])).toEqual([
      ['teams', 5],
      ['meeting', 5],
    ]);
  });
});
