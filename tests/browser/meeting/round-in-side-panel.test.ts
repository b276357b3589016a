import type { FrameLocator, Page } from 'playwright-core';
import { waitForValue } from '../support/fields';
import {
  framedApp,
  openSimulator,
  simulatorCard,
  waitUntilReady,
} from '../support/teams-simulator';
import { appFrame } from '../teams/support';
import { adele, meetingStackPerFile, meetingStage, shareRound, type MeetingStack } from './support';

/**
 * While a check-in round is on the stage, every participant's side panel says so: which KR of how
 * many, where its vote stands (and whether they have voted), who is facilitating, kept in step
 * through the round's Live Share state; a facilitator whose round left the stage gets it back.
 * At Teams' 320 px side-panel width.
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
const roundCard = (participant: number) =>
  framedApp(page, `p${participant}-sidePanel`).getByRole('region', {
    name: 'Check-in round on the stage',
  });

it('shows each side panel the round on the stage as it goes, and gives a facilitator it back', async () => {
  const [first, second] = stack.keyResults;
  await shareRound(page, stack, 'round-in-panel', 'organizer,attendee', [
    first.title,
    second.title,
  ]);
  const [facilitator, attendee] = [stage(1), stage(2)];
  await waitUntilReady(page, 'p2-sidePanel');
  const [coachCard, attendeeCard] = [roundCard(1), roundCard(2)];
  // Before anyone has stepped: shared by Adele's panel, for everyone's.
  await attendeeCard.getByText(`Key result 1 of 2: ${first.title}`).waitFor();
  await attendeeCard.getByText('Voting: 0 of 2 voted. Vote on the stage').waitFor();
  await attendeeCard.getByText(`Facilitated by ${adele.displayName}`).waitFor();

  await attendee.getByRole('radio', { name: 'Vote 6' }).click();
  await attendeeCard.getByText('Voting: 1 of 2 voted. You have voted.').waitFor();
  await coachCard.getByText('Voting: 1 of 2 voted. Vote on the stage').waitFor();
  await facilitator.getByRole('radio', { name: 'Vote 6' }).click();
  await facilitator.getByText('2 of 2 voted').waitFor();
  await facilitator.getByRole('button', { name: 'Reveal votes' }).click();
  await attendeeCard
    .getByText('Votes revealed: the facilitator is recording the outcome.')
    .waitFor();
  await coachCard.getByText('Votes revealed: save the outcome on the stage.').waitFor();
  await waitForValue(facilitator.getByLabel('Agreed confidence'), '6');
  await facilitator.getByRole('button', { name: 'Save check-in' }).click();
  await attendeeCard.getByText('Check-in saved.').waitFor();
  await facilitator.getByRole('button', { name: 'Next key result' }).click();
  await attendeeCard.getByText(`Key result 2 of 2: ${second.title}`).waitFor();
  // Nothing in it needs a horizontal scroll at 320 px.
  const panel = await appFrame(page, 'p2-sidePanel');
  await expect(
    panel.evaluate(() => [window.innerWidth, document.documentElement.scrollWidth]),
  ).resolves.toEqual([320, 320]);

  // The round left the stage (its presenter stopped sharing): the facilitator's panel offers it
  // back, the attendee's cannot share; shared again, every stage is back on the same KR.
  // On the stage, the facilitator's card offers only to end the round.
  await expect(coachCard.getByRole('button').allTextContents()).resolves.toEqual(['End the round']);
  await page.getByRole('button', { name: 'Stop sharing to stage' }).click();
  await stage(1).locator('body').waitFor({ state: 'detached' });
  // Teams tells no one: the panel asks again when it is back in use.
  await framedApp(page, 'p1-sidePanel').getByRole('heading', { name: 'OKR Coach' }).click();
  await coachCard.getByRole('button', { name: 'Show it on the stage again' }).click();
  for (const participant of [1, 2]) {
    await stage(participant).getByRole('heading', { name: second.title }).waitFor();
  }
  // An attendee cannot share, and the stage's page outside Teams is no way back: nothing offered.
  await expect(attendeeCard.getByRole('button').count()).resolves.toBe(0);
  await expect(attendeeCard.getByRole('link').count()).resolves.toBe(0);

  // Once the round is over, the panels no longer say it runs.
  await facilitator.getByLabel('Reason to skip').fill('Owner away');
  await facilitator.getByRole('button', { name: 'Skip', exact: true }).click();
  await facilitator.getByText('Round complete').waitFor();
  await attendeeCard.waitFor({ state: 'detached' });
});

it('asks before a share replaces a round still running after Stop sharing, naming it, keeping it by default', async () => {
  const [first, second] = stack.keyResults;
  await shareRound(page, stack, 'replace-after-stop', 'organizer,attendee', [
    first.title,
    second.title,
  ]);
  await stage(1).getByRole('heading', { name: first.title }).waitFor();
  const coachCard = roundCard(1);
  await coachCard.getByText(`Key result 1 of 2: ${first.title}`).waitFor();
  await page.getByRole('button', { name: 'Stop sharing to stage' }).click();
  await stage(1).locator('body').waitFor({ state: 'detached' });
  // Teams says nothing is on the stage now; the round still runs for the meeting.
  const panel = framedApp(page, 'p1-sidePanel');
  await panel.getByRole('heading', { name: 'OKR Coach' }).click();
  await coachCard.getByRole('button', { name: 'Show it on the stage again' }).waitFor();

  await panel.getByRole('checkbox', { name: first.title }).uncheck();
  await panel.getByRole('button', { name: 'Share to stage' }).click();
  const confirm = panel.getByRole('alertdialog', { name: 'Replace the running round?' });
  await confirm
    .getByText(`A check-in round is still running, at key result 1 of 2, “${first.title}”.`)
    .waitFor();
  const keep = confirm.getByRole('button', { name: 'Keep the current round' });
  await expect(keep.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press('Escape');
  await confirm.waitFor({ state: 'hidden' });
  await expect(stage(1).locator('body').count()).resolves.toBe(0);
  await coachCard.getByText(`Key result 1 of 2: ${first.title}`).waitFor();

  await panel.getByRole('button', { name: 'Share to stage' }).click();
  await confirm.getByRole('button', { name: 'Replace the round' }).click();
  await stage(1).getByRole('heading', { name: second.title }).waitFor();
  await coachCard.getByText(`Key result 1 of 1: ${second.title}`).waitFor();
});

it('counts on the stage only the people on it: a side panel in Planning is no participant', async () => {
  const [first] = stack.keyResults;
  await shareRound(page, stack, 'planning-not-on-stage', 'organizer,attendee', [first.title]);
  const facilitator = stage(1);
  await facilitator.getByText('2 participants').waitFor();

  // The attendee drafts in their side panel's Planning, and has the stage closed.
  await waitUntilReady(page, 'p2-sidePanel');
  const attendeePanel = framedApp(page, 'p2-sidePanel');
  await attendeePanel.getByRole('tab', { name: 'Planning' }).click();
  await attendeePanel.getByRole('button', { name: 'Start a draft' }).click();
  // Typing in a draft says so in their presence (who is editing it), which the stage also reads.
  await attendeePanel.getByRole('textbox', { name: 'Draft 1: objective' }).fill('Delight admins');
  await simulatorCard(page, 'p2-meetingStage')
    .locator('iframe')
    .evaluate((frame: HTMLIFrameElement) => (frame.src = 'about:blank'));

  // Live Share takes the stage for gone once it has been silent for its expiry period: the
  // attendee's Planning does not keep them in the round.
  await facilitator.getByText('1 participant', { exact: true }).waitFor();
  await facilitator.getByText('0 of 1 voted').waitFor();
  await roundCard(1).getByText('Voting: 0 of 1 voted.').waitFor();
});

it('names the round’s key results on a side panel whose tab moved to another cycle mid-round', async () => {
  const [first, second] = stack.keyResults;
  await shareRound(page, stack, 'round-tab-moved', 'organizer,attendee', [
    first.title,
    second.title,
  ]);
  await stage(1).getByRole('heading', { name: first.title }).waitFor();
  const lastQuarter = await stack.repository.createCycle({
    name: 'Last quarter',
    start: new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10),
    end: new Date(Date.now() - 110 * 86_400_000).toISOString().slice(0, 10),
    state: 'closed',
  });
  // Teams opens a tab whose settings were saved again at its new content URL: the attendee's
  // panel now shows last quarter, none of whose KRs the round reviews.
  await simulatorCard(page, 'p2-sidePanel')
    .locator('iframe')
    .evaluate((frame: HTMLIFrameElement, cycleId) => {
      const url = new URL(frame.src);
      url.searchParams.set('teams', '');
      url.searchParams.set('cycle', cycleId);
      frame.src = url.href;
    }, lastQuarter.id);
  await waitUntilReady(page, 'p2-sidePanel');
  const panel = framedApp(page, 'p2-sidePanel');
  await panel.getByText('No key results yet').waitFor();
  await roundCard(2).getByText(`Key result 1 of 2: ${first.title}`).waitFor();

  await stage(1).getByRole('radio', { name: 'Vote 6' }).click();
  await stage(2).getByRole('radio', { name: 'Vote 6' }).click();
  await stage(1).getByText('2 of 2 voted').waitFor();
  await stage(1).getByRole('button', { name: 'Reveal votes' }).click();
  await waitForValue(stage(1).getByLabel('Agreed confidence'), '6');
  await stage(1).getByRole('button', { name: 'Save check-in' }).click();
  await stage(1).getByRole('button', { name: 'Next key result' }).click();
  await roundCard(2).getByText(`Key result 2 of 2: ${second.title}`).waitFor();
});

it('keeps Share to stage in reach below a list longer than the panel, and a box tabbed to above it', async () => {
  const [first, second] = stack.keyResults;
  await openSimulator(page, stack.server.url, {
    context: 'sidePanel',
    participants: 1,
    roles: 'organizer',
    meeting: 'share-in-reach',
  });
  await waitUntilReady(page, 'p1-sidePanel');
  // A short side panel (a small laptop's screen): the list runs below its bottom.
  await simulatorCard(page, 'p1-sidePanel')
    .locator('iframe')
    .evaluate((frame: HTMLIFrameElement) => (frame.style.height = '360px'));
  const panel = framedApp(page, 'p1-sidePanel');
  await panel.getByRole('checkbox', { name: second.title }).waitFor();
  const frame = await appFrame(page, 'p1-sidePanel');
  await frame.waitForFunction(() => window.innerHeight === 360);
  const share = panel.getByRole('button', { name: 'Share to stage' });
  const inView = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  };
  await expect(share.evaluate(inView)).resolves.toBe(true);
  // Tabbed to, each box is scrolled into view above the bar, not under it.
  await panel.getByRole('checkbox', { name: first.title }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  const focused = panel.getByRole('checkbox', { name: second.title });
  await expect(focused.evaluate((box) => box === document.activeElement)).resolves.toBe(true);
  await expect(
    focused.evaluate((box) => {
      const { left, top, width, height } = box.getBoundingClientRect();
      return box.contains(document.elementFromPoint(left + width / 2, top + height / 2));
    }),
  ).resolves.toBe(true);
  await expect(share.evaluate(inView)).resolves.toBe(true);
  await panel.getByText('1 key result picked.').waitFor();
});
