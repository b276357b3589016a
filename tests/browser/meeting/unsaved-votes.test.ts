import type { FrameLocator, Page } from 'playwright-core';
import { waitForValue } from '../support/fields';
import { waitForFocus, waitForFocusWithin } from '../support/keyboard';
import {
  appFrame,
  narrowFrame,
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
  await facilitator.getByRole('radio', { name: 'Vote 6' }).click();
  await attendee.getByRole('radio', { name: 'Vote 4' }).click();
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
  await facilitator.getByRole('radio', { name: 'Vote 7' }).click();
  await facilitator.getByText('1 of 2 voted').waitFor();
  await facilitator.getByRole('button', { name: 'Reveal votes' }).click();
  // The form proposes the median a render after the reveal shows; saved before, it has none.
  await waitForValue(facilitator.getByLabel('Agreed confidence'), '7');
  await facilitator.getByRole('button', { name: 'Save check-in' }).click();
  await facilitator.getByText('Check-in saved by').waitFor();
  await facilitator.getByRole('button', { name: 'Next key result' }).click();
  await waitForFocus(facilitator.getByRole('heading', { name: second.title }));
  await expect(facilitator.getByRole('dialog').count()).resolves.toBe(0);
});

it('asks before Skip or Vote again drop revealed votes that are not saved, in their own words', async () => {
  const [first, second] = stack.keyResults;
  await shareRound(page, stack, 'unsaved-votes-skip', 'organizer,attendee', [
    first.title,
    second.title,
  ]);
  const [facilitator, attendee] = [stage(1), stage(2)];
  const reveal = async (mine: string, theirs: string, spread: string) => {
    await facilitator.getByRole('radio', { name: mine }).click();
    await attendee.getByRole('radio', { name: theirs }).click();
    await facilitator.getByText('2 of 2 voted').waitFor();
    await facilitator.getByRole('button', { name: 'Reveal votes' }).click();
    await facilitator.getByText(spread).waitFor();
  };
  await facilitator.getByRole('heading', { name: first.title }).waitFor();
  await reveal('Vote 6', 'Vote 4', 'Spread 4–6');
  const question = facilitator.getByRole('dialog', { name: 'Save the outcome first?' });

  // Vote again: asked, and Escape keeps the votes, with the keyboard back on Vote again. On a
  // narrow stage (wider than the 480 px under which Fluent stacks them), each choice on one line.
  await narrowFrame(page, 'p1-meetingStage', 560);
  const voteAgain = facilitator.getByRole('button', { name: 'Vote again', exact: true });
  await voteAgain.click();
  const choices = question.getByRole('button');
  await choices.last().waitFor();
  await expect(
    choices.evaluateAll((buttons) =>
      buttons.map((button) => {
        const { height } = button.getBoundingClientRect();
        const { paddingTop, paddingBottom, borderTopWidth, borderBottomWidth, lineHeight } =
          getComputedStyle(button);
        const inner =
          height -
          [paddingTop, paddingBottom, borderTopWidth, borderBottomWidth]
            .map(parseFloat)
            .reduce((sum, value) => sum + value, 0);
        return `${button.textContent}: ${Math.round(inner / parseFloat(lineHeight))} line(s)`;
      }),
    ),
  ).resolves.toEqual(['Save first: 1 line(s)', 'Vote again without saving: 1 line(s)']);
  await question
    .getByText(
      `Key result 1, “${first.title}”, has 2 revealed votes (median 5), and its check-in is not saved. ` +
        'Voting again drops these votes for everyone',
    )
    .waitFor();
  await question.getByRole('button', { name: 'Move on without saving' }).waitFor({
    state: 'detached',
  });
  await waitForFocusWithin(question);
  await page.keyboard.press('Escape');
  await question.waitFor({ state: 'detached' });
  await waitForFocus(voteAgain);
  await attendee.getByText('The facilitator is recording the outcome.').waitFor();
  // Told to: everyone votes again.
  await voteAgain.click();
  await question.getByRole('button', { name: 'Vote again without saving' }).click();
  await question.waitFor({ state: 'detached' });
  await attendee.getByText('0 of 2 voted').waitFor();

  // Skip: asked with its reason, which the skip keeps once told to.
  await reveal('Vote 3', 'Vote 5', 'Spread 3–5');
  await facilitator.getByLabel('Reason to skip').fill('Owner away');
  await facilitator.getByRole('button', { name: 'Skip', exact: true }).click();
  await question
    .getByText('Skipping it (“Owner away”) drops these votes for everyone', { exact: false })
    .waitFor();
  await question.getByRole('button', { name: 'Save first' }).click();
  await question.waitFor({ state: 'detached' });
  await waitForFocus(facilitator.getByRole('button', { name: 'Save check-in' }));
  await expect(attendee.getByRole('heading', { name: first.title }).count()).resolves.toBe(1);
  await facilitator.getByRole('button', { name: 'Skip', exact: true }).click();
  await question.getByRole('button', { name: 'Skip without saving' }).click();
  await attendee.getByRole('heading', { name: second.title }).waitFor();
  await facilitator
    .getByRole('navigation', { name: 'Key results in this round' })
    .getByRole('button', { name: `1. ${first.title} skipped` })
    .waitFor();
});
