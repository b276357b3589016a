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
  const vote = stage.getByRole('radio', { name: 'Vote 6' });
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

it('votes from one tab stop: the arrow keys, Home and End move over the scale, Space or Enter votes', async () => {
  const [first] = stack.keyResults;
  await shareRound(page, stack, 'keyboard-vote', 'organizer', [first.title]);
  const stage = meetingStage(page, 1);
  const scale = stage.getByRole('radiogroup', { name: /How confident are you/ });
  const values = scale.getByRole('radio');
  const [lowest, highest] = [values.first(), values.last()];
  const reveal = stage.getByRole('button', { name: 'Reveal votes' });
  await reveal.waitFor();
  await expect(values.count()).resolves.toBeGreaterThanOrEqual(10);
  // Nothing voted: the scale's first value is its one tab stop; Tab goes on past the rest.
  await stage.locator('#kr-title').focus();
  await tabTo(page, lowest, 10);
  await expect(scale.locator('[tabindex="0"]').count()).resolves.toBe(1);
  await page.keyboard.press('Tab');
  await waitForFocus(reveal);
  await page.keyboard.press('Shift+Tab');
  await waitForFocus(lowest);

  // Moving votes nothing; it wraps round, and Home and End go to the ends.
  await page.keyboard.press('ArrowLeft');
  await waitForFocus(highest);
  await page.keyboard.press('Home');
  await waitForFocus(lowest);
  await page.keyboard.press('End');
  await waitForFocus(highest);
  await page.keyboard.press('ArrowRight');
  await waitForFocus(lowest);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const third = values.nth(2);
  await waitForFocus(third);
  await expect(stage.getByText('0 of 1 voted', { exact: false }).count()).resolves.toBe(1);
  await expect(scale.locator('[aria-checked="true"]').count()).resolves.toBe(0);

  // Space votes the value the keyboard is on, Enter another; the one voted says so.
  await page.keyboard.press('Space');
  await stage.getByText('1 of 1 voted', { exact: false }).waitFor();
  await expect(third.getAttribute('aria-checked')).resolves.toBe('true');
  await page.keyboard.press('ArrowUp');
  const second = values.nth(1);
  await waitForFocus(second);
  await page.keyboard.press('Enter');
  await second.and(stage.locator('[aria-checked="true"]')).waitFor();
  await expect(scale.locator('[aria-checked="true"]').count()).resolves.toBe(1);
  await expect(third.getAttribute('aria-checked')).resolves.toBe('false');

  // Back into the group from elsewhere, the keyboard lands on the vote cast.
  await page.keyboard.press('Tab');
  await waitForFocus(reveal);
  await page.keyboard.press('Shift+Tab');
  await waitForFocus(second);
});
