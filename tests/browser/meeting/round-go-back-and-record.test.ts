import type { FrameLocator, Page } from 'playwright-core';
import { waitForValue } from '../support/fields';
import { waitForFocus } from '../support/keyboard';
import {
  appFrame,
  noViolationsInAnyTheme,
  seriousAxeViolationsInEveryTheme,
} from '../teams/support';
import { simulatorCard } from '../support/teams-simulator';
import {
  adele,
  meetingSessionsOf,
  meetingStackPerFile,
  meetingStage,
  shareRound,
  type MeetingStack,
} from './support';

/**
 * Going back in a check-in round, and the round's record: a facilitator returns to a KR saved
 * earlier and corrects it (a check-in of its own, said as such), and a round finished by a coach
 * who then left is recorded once, by the other coach's stage, with the round's own start.
 */
jest.setTimeout(150_000);

let stack: MeetingStack;
let page: Page;

meetingStackPerFile(
  (started) => (stack = started),
  (newPage) => (page = newPage),
  90_000,
);

const stage = (participant: number): FrameLocator => meetingStage(page, participant);

describe('going back in a check-in round', () => {
  it('returns everyone to a saved KR, shows what was saved, and saves a correction once, saying so', async () => {
    const [first, second] = stack.keyResults;
    await shareRound(page, stack, 'go-back', 'organizer,attendee', [first.title, second.title]);
    const [facilitator, attendee] = [stage(1), stage(2)];
    await facilitator.getByRole('heading', { name: first.title }).waitFor();
    await facilitator.getByRole('radio', { name: 'Vote 6' }).click();
    await attendee.getByRole('radio', { name: 'Vote 6' }).click();
    await facilitator.getByText('2 of 2 voted').waitFor();
    await facilitator.getByRole('button', { name: 'Reveal votes' }).click();
    await waitForValue(facilitator.getByLabel('Agreed confidence'), '6');
    await facilitator.getByRole('button', { name: 'Save check-in' }).click();
    await facilitator.getByText('Check-in saved by').waitFor();
    await facilitator.getByRole('button', { name: 'Next key result' }).click();
    // Its button gone, the keyboard's place is the KR now under review.
    await waitForFocus(facilitator.getByRole('heading', { name: second.title }));
    await attendee.getByRole('heading', { name: second.title }).waitFor();
    // Someone votes on the second KR before the coach goes back.
    await attendee.getByRole('radio', { name: 'Vote 4' }).click();
    await facilitator.getByText('1 of 2 voted').waitFor();

    // Back to the first KR, for everyone, with what the round saved for it: by keyboard.
    const rounds = facilitator.getByRole('navigation', { name: 'Key results in this round' });
    // The round's KRs are just before the KR under review: one tab stop, entered from below at
    // the chip nearest (the KR under review), the arrow keys moving along.
    await simulatorCard(page, 'p1-meetingStage').locator('iframe').focus();
    await page.keyboard.press('Shift+Tab');
    await waitForFocus(rounds.locator('[aria-current="step"]'));
    await page.keyboard.press('ArrowLeft');
    await waitForFocus(rounds.getByRole('button', { name: `1. ${first.title} saved` }));
    await page.keyboard.press('Enter');
    await waitForFocus(facilitator.getByRole('heading', { name: first.title }));
    for (const participant of [facilitator, attendee]) {
      await participant.getByRole('heading', { name: first.title }).waitFor();
      await participant
        .getByText(`Check-in saved by ${adele.displayName}: 3,100 users, confidence 6.`)
        .waitFor();
    }
    // Only a facilitator moves the round: an attendee sees where it is.
    const attendeeRounds = attendee.getByRole('navigation', { name: 'Key results in this round' });
    await attendeeRounds.getByText(`1. ${first.title}`).waitFor();
    await expect(attendeeRounds.getByRole('button').count()).resolves.toBe(0);
    const axe = async () =>
      seriousAxeViolationsInEveryTheme(page, await appFrame(page, 'p1-meetingStage'));
    expect(await axe()).toEqual(noViolationsInAnyTheme);

    // The coach corrects it: the form says it adds a correction, and a double click saves one.
    await facilitator.getByRole('button', { name: 'Correct this check-in' }).click();
    await facilitator.getByText('Already saved in this round').waitFor();
    expect(await axe()).toEqual(noViolationsInAnyTheme);
    await facilitator.getByLabel('Agreed value').fill('3,250');
    await facilitator.getByLabel('Agreed confidence').fill('7');
    await facilitator.getByRole('button', { name: 'Save correction' }).dblclick();
    for (const participant of [facilitator, attendee]) {
      await participant
        .getByText(
          `Correction saved by ${adele.displayName}: 3,250 users, confidence 7. It replaces 3,100 users, confidence 6`,
        )
        .waitFor();
    }
    // The correction came without a new vote: the votes it stands on are still said.
    await attendee.getByText('Voted earlier in this round: 2 votes, median 6.').waitFor();
    await facilitator
      .getByRole('navigation', { name: 'Key results in this round' })
      .getByText('corrected')
      .waitFor();
    const history = (await stack.repository.checkInHistory([first.id])).get(first.id) ?? [];
    expect(history.map((checkIn) => [checkIn.source, checkIn.value, checkIn.confidence])).toEqual([
      ['meeting', 3100, 6],
      ['meeting', 3250, 7],
    ]);

    // Forward again: the second KR's vote starts afresh (the vote cast before going back is gone).
    await rounds.getByRole('button', { name: `2. ${second.title} not reviewed yet` }).click();
    for (const participant of [facilitator, attendee]) {
      await participant.getByRole('heading', { name: second.title }).waitFor();
      await participant.getByText('0 of 2 voted').waitFor();
    }
  });
});

describe('the round’s record', () => {
  it('is written once, with the round’s start, by the other coach’s stage when the one who finished it left unrecorded', async () => {
    const [, second] = stack.keyResults;
    const beforeShare = new Date().toISOString();
    await shareRound(page, stack, 'handover', 'organizer,presenter', [second.title]);
    const [organizer, presenter] = [stage(1), stage(2)];
    await organizer.getByRole('heading', { name: second.title }).waitFor();
    await presenter.getByRole('heading', { name: second.title }).waitFor();

    // Each facilitator's stage says when the round started once one of them has claimed it.
    const startShown = / · started at \d/;
    await organizer.getByText(startShown).waitFor();
    const started = await presenter.getByText(startShown).textContent();

    // The presenter's stage opens again later: the round's start is still when it was shared.
    const presenterFrame = simulatorCard(page, 'p2-meetingStage').locator('iframe');
    const stageUrl = (await presenterFrame.getAttribute('src'))!;
    await presenterFrame.evaluate((frame: HTMLIFrameElement) => (frame.src = 'about:blank'));
    const reopened = new Date().toISOString();
    await presenterFrame.evaluate((frame: HTMLIFrameElement, url) => (frame.src = url), stageUrl);
    await presenter.getByRole('heading', { name: second.title }).waitFor();
    await expect(presenter.getByText(startShown).textContent()).resolves.toBe(started);

    // The organizer finishes the round while SharePoint is unavailable, and leaves.
    stack.emulator.setFaults({ unavailableRate: 1, retryAfterSeconds: 0 });
    try {
      await organizer.getByRole('textbox', { name: 'Reason to skip' }).fill('Owner is away');
      await organizer.getByRole('button', { name: 'Skip', exact: true }).click();
      await organizer.getByText('The round could not be recorded in Meeting Sessions.').waitFor();
      await presenter.getByText(/Not recorded in Meeting Sessions yet/).waitFor();
    } finally {
      stack.emulator.setFaults({ unavailableRate: 0 });
    }
    const organizerFrame = simulatorCard(page, 'p1-meetingStage').locator('iframe');
    await organizerFrame.evaluate((frame: HTMLIFrameElement) => (frame.src = 'about:blank'));

    // Once Live Share counts the organizer gone, the presenter's stage records the round.
    await presenter.getByText(/^Recorded in Meeting Sessions/).waitFor();
    const recorded = await meetingSessionsOf(stack, 'handover');
    expect(recorded).toHaveLength(1);
    const [session] = recorded;
    expect(session).toMatchObject({
      keyResultIds: [second.id],
      facilitator: { id: adele.id },
      skipped: [expect.objectContaining({ reason: 'Owner is away' })],
    });
    // SharePoint keeps a date and time to the second, so the start may read up to 999 ms early.
    const [startedAt, endedAt] = [Date.parse(session!.startedAt), Date.parse(session!.endedAt)];
    expect(startedAt).toBeGreaterThan(Date.parse(beforeShare) - 1000);
    expect(startedAt).toBeLessThan(Date.parse(reopened));
    expect(endedAt).toBeGreaterThanOrEqual(startedAt);
  });

  it('is updated, not doubled, when a round ended by mistake is reopened and ends again', async () => {
    const [first] = stack.keyResults;
    await shareRound(page, stack, 'reopen', 'organizer,attendee', [first.title]);
    const [facilitator, attendee] = [stage(1), stage(2)];
    await facilitator.getByRole('heading', { name: first.title }).waitFor();
    // Skipped by mistake: the round ends and is recorded.
    await facilitator.getByLabel('Reason to skip').fill('Owner away');
    await facilitator.getByRole('button', { name: 'Skip', exact: true }).click();
    await facilitator.getByText(/^Recorded in Meeting Sessions/).waitFor();
    await expect(meetingSessionsOf(stack, 'reopen')).resolves.toEqual([
      expect.objectContaining({ skipped: [expect.objectContaining({ reason: 'Owner away' })] }),
    ]);
    // An attendee cannot reopen it; the facilitator can, saying what it does.
    await attendee.getByText('Round complete').waitFor();
    await expect(attendee.getByRole('button', { name: 'Reopen the round' }).count()).resolves.toBe(
      0,
    );
    const reopen = facilitator.getByRole('button', { name: 'Reopen the round' });
    await expect(reopen.getAttribute('aria-describedby')).resolves.toBe('reopen-text');
    await facilitator
      .getByText(`Reopening takes everyone back to key result 1, “${first.title}”.`, {
        exact: false,
      })
      .waitFor();
    await reopen.click();
    // Everyone is back on the KR, which says it was skipped; the keyboard goes to its title.
    await waitForFocus(facilitator.getByRole('heading', { name: first.title }));
    await attendee.getByText('Skipped earlier in this round by Adele Vance: Owner away.').waitFor();

    // Checked in after all, the round ends again, and its one record says so.
    await facilitator.getByRole('radio', { name: 'Vote 7' }).click();
    await attendee.getByRole('radio', { name: 'Vote 5' }).click();
    await facilitator.getByText('2 of 2 voted').waitFor();
    await facilitator.getByRole('button', { name: 'Reveal votes' }).click();
    await waitForValue(facilitator.getByLabel('Agreed confidence'), '6');
    await facilitator.getByRole('button', { name: 'Save check-in' }).click();
    await facilitator.getByRole('button', { name: 'Finish the round' }).click();
    await facilitator.getByText(/^Recorded in Meeting Sessions/).waitFor();
    await attendee.getByText(`Saved: ${first.title}:`, { exact: false }).waitFor();
    const recorded = await meetingSessionsOf(stack, 'reopen');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      skipped: [],
      outcomes: [expect.objectContaining({ keyResultId: first.id, confidence: 6 })],
    });
  });
});
