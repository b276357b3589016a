import type { Page } from 'playwright-core';
import { tabTo, waitForFocus } from '../support/keyboard';
import { meetingStackPerFile, meetingStage, shareRound, type MeetingStack } from './support';

/**
 * A facilitator runs a round on the stage with the keyboard alone: Tab reaches every step's button
 * (Reveal votes too, before anyone has voted), and after each step the keyboard lands, visibly, on
 * the KR under review or the summary, never back at the page's start.
 */
jest.setTimeout(240_000);

let stack: MeetingStack;
let page: Page;

meetingStackPerFile(
  (started) => (stack = started),
  (newPage) => (page = newPage),
  120_000,
);

/** The focused element's outline, as the room sees it. */
const outlineOf = (target: ReturnType<ReturnType<typeof meetingStage>['locator']>) =>
  target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });

it('runs a round from vote to summary with the keyboard, the focus seen after every step', async () => {
  const [first] = stack.keyResults;
  await shareRound(page, stack, 'keyboard-round', 'organizer', [first.title]);
  const stage = meetingStage(page, 1);
  const reveal = stage.getByRole('button', { name: 'Reveal votes' });
  await reveal.waitFor();
  // Before anyone has voted Reveal is disabled, yet in the tab order, so it is found.
  await expect(reveal.getAttribute('aria-disabled')).resolves.toBe('true');
  const vote = stage.getByRole('button', { name: 'Vote 6' });
  await vote.focus();
  await page.keyboard.press('Space');
  await stage.getByText('1 of 1 voted', { exact: false }).waitFor();
  await tabTo(page, reveal, 20);
  await page.keyboard.press('Enter');

  // Revealed: the keyboard is on the KR, ringed, and Tab goes on to the outcome form.
  const title = stage.locator('#kr-title');
  await waitForFocus(title);
  await expect(outlineOf(title)).resolves.toEqual({ style: 'solid', width: 2 });
  const value = stage.getByRole('textbox', { name: /Agreed value/ });
  await tabTo(page, value, 20);
  await page.keyboard.press('Enter');

  // Saved: the form is gone, the keyboard back on the KR; Finish the round is the next stop.
  await stage.getByText('Check-in saved by', { exact: false }).waitFor();
  await waitForFocus(title);
  const finish = stage.getByRole('button', { name: 'Finish the round' });
  await tabTo(page, finish, 10);
  await page.keyboard.press('Enter');

  const summary = stage.getByRole('heading', { name: 'Round complete' });
  await waitForFocus(summary);
  await expect(outlineOf(summary)).resolves.toEqual({ style: 'solid', width: 2 });
  // Tab goes on from the summary to what the facilitator does with it.
  await tabTo(page, stage.getByRole('button', { name: 'Copy summary for the meeting chat' }), 5);
});
