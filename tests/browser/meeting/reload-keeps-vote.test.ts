import type { Page } from 'playwright-core';
import {
  framedApp,
  openSimulator,
  simulatorCard,
  waitUntilReady,
} from '../support/teams-simulator';
import { meetingStackPerFile, meetingStage, type MeetingStack } from './support';

/**
 * A participant whose stage reloads mid-vote (Teams reloads a frame, a laptop wakes) keeps the
 * vote they cast: its secret stays in the tab, so they see it, and it is revealed with the others
 * rather than staying sealed for good.
 */
jest.setTimeout(180_000);

let stack: MeetingStack;
let page: Page;

meetingStackPerFile(
  (started) => (stack = started),
  (newPage) => (page = newPage),
  120_000,
);

describe('a stage reloaded mid-vote', () => {
  it('shows the vote cast before the reload, and reveals it with the others', async () => {
    const [first] = stack.keyResults;
    await openSimulator(page, stack.server.url, {
      context: 'sidePanel',
      participants: 2,
      roles: 'organizer,attendee',
      meeting: 'reload-mid-vote',
    });
    await waitUntilReady(page, 'p1-sidePanel');
    const panel = framedApp(page, 'p1-sidePanel');
    await panel.getByRole('checkbox', { name: first.title }).check();
    await panel.getByRole('button', { name: 'Share to stage' }).click();
    const [facilitator, attendee] = [meetingStage(page, 1), meetingStage(page, 2)];
    await attendee.getByRole('radio', { name: 'Vote 4' }).click();
    await attendee.getByText('Your vote: 4.', { exact: false }).waitFor();
    await facilitator.getByRole('radio', { name: 'Vote 7' }).click();
    await facilitator.getByText('2 of 2 voted').waitFor();

    const attendeeFrame = simulatorCard(page, 'p2-meetingStage').locator('iframe');
    await attendeeFrame.evaluate((frame: HTMLIFrameElement) =>
      frame.contentWindow!.location.reload(),
    );
    await attendee.getByRole('heading', { name: first.title }).waitFor();
    await attendee.getByText('Your vote: 4.', { exact: false }).waitFor();
    await attendee.getByText('2 of 2 voted').waitFor();

    await facilitator.getByRole('button', { name: 'Reveal votes' }).click();
    const revealed = facilitator.getByRole('list', { name: 'Revealed votes' });
    await revealed.getByText('Megan Bowen: 4').waitFor();
    await facilitator.locator('[data-spread="4-7"]').waitFor();
  });
});
