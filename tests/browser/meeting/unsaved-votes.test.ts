import type { FrameLocator, Page } from 'playwright-core';
import { waitForFocus, waitForFocusWithin } from '../support/keyboard';
import {
  appFrame,
  noViolationsInAnyTheme,
  seriousAxeViolationsInEveryTheme,
} from '../teams/support';
import { meetingStackPerFile, meetingStage, shareRound, type MeetingStack } from './support';

/**
 * A facilitator who moves the round to another KR while the votes are revealed and the outcome is
 * not saved is asked first (the votes would be dropped for everyone): by a dialog that names the
 * KR and what would be lost, works with the keyboard, and hands the focus back. Nothing is asked
 * when nothing would be lost.
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

it('asks before dropping revealed votes that are not saved, and moves on only when told', async () => {
  const [first, second] = stack.keyResults;
  await shareRound(page, stack, 'unsaved-votes', 'organizer,attendee', [first.title, second.title]);
  const [facilitator, attendee] = [stage(1), stage(2)];
  await facilitator.getByRole('heading', { name: first.title }).waitFor();
  await facilitator.getByRole('button', { name: 'Vote 6' }).click();
  await attendee.getByRole('button', { name: 'Vote 4' }).click();
  await facilitator.getByText('2 of 2 voted').waitFor();
  await facilitator.getByRole('button', { name: 'Reveal votes' }).click();
  await facilitator.getByText('Spread 4–6').waitFor();

  const rounds = facilitator.getByRole('navigation', { name: 'Key results in this round' });
  const toSecond = rounds.getByRole('button', { name: `2. ${second.title}` });
  const question = facilitator.getByRole('dialog', { name: 'Save the outcome first?' });
  // By keyboard: the KR's chip opens the question, whose first choice takes the focus.
  await toSecond.focus();
  await page.keyboard.press('Enter');
  await question
    .getByText(
      `Key result 1, “${first.title}”, has 2 revealed votes (median 5), and its check-in is not saved.`,
    )
    .waitFor();
  await question.getByText(`Going to key result 2, “${second.title}”, drops these votes`).waitFor();
  await waitForFocus(question.getByRole('button', { name: 'Save first' }));
  expect(
    await seriousAxeViolationsInEveryTheme(page, await appFrame(page, 'p1-meetingStage')),
  ).toEqual(noViolationsInAnyTheme);

  // Escape stays, and gives the keyboard back to the chip that asked.
  await waitForFocusWithin(question);
  await page.keyboard.press('Escape');
  await question.waitFor({ state: 'detached' });
  await waitForFocus(toSecond);
  // Save first stays too, with the keyboard on the outcome's Save.
  await page.keyboard.press('Enter');
  await waitForFocus(question.getByRole('button', { name: 'Save first' }));
  await page.keyboard.press('Enter');
  await question.waitFor({ state: 'detached' });
  await waitForFocus(facilitator.getByRole('button', { name: 'Save check-in' }));
  // Nobody moved: the votes are still there for everyone.
  await attendee.getByText('The facilitator is recording the outcome.').waitFor();
  await expect(attendee.getByRole('heading', { name: first.title }).count()).resolves.toBe(1);

  // Move on without saving: everyone goes to the second KR, the keyboard to its title.
  await toSecond.click();
  await waitForFocusWithin(question);
  await page.keyboard.press('Tab');
  await waitForFocus(question.getByRole('button', { name: 'Move on without saving' }));
  await page.keyboard.press('Enter');
  await waitForFocus(facilitator.getByRole('heading', { name: second.title }));
  await attendee.getByRole('heading', { name: second.title }).waitFor();
  await question.waitFor({ state: 'detached' });
  // The first KR was not saved: it is not reviewed yet.
  await rounds.getByRole('button', { name: `1. ${first.title} not reviewed yet` }).waitFor();

  // Nothing to lose, nothing asked: while voting, going back moves at once.
  await rounds.getByRole('button', { name: `1. ${first.title}` }).click();
  await waitForFocus(facilitator.getByRole('heading', { name: first.title }));
  // Once saved, neither Next nor a chip asks either.
  await facilitator.getByRole('button', { name: 'Vote 7' }).click();
  await facilitator.getByText('1 of 2 voted').waitFor();
  await facilitator.getByRole('button', { name: 'Reveal votes' }).click();
  await facilitator.getByRole('button', { name: 'Save check-in' }).click();
  await facilitator.getByText('Check-in saved by').waitFor();
  await facilitator.getByRole('button', { name: 'Next key result' }).click();
  await waitForFocus(facilitator.getByRole('heading', { name: second.title }));
  await expect(facilitator.getByRole('dialog').count()).resolves.toBe(0);
});
