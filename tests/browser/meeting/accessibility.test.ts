import type { Page } from 'playwright-core';
import { waitForValue } from '../support/fields';
import { tabTo, waitForFocus } from '../support/keyboard';
import {
  framedApp,
  openSimulator,
  simulatorCard,
  waitUntilReady,
} from '../support/teams-simulator';
import {
  appFrame,
  noViolationsInAnyTheme,
  seriousAxeViolationsInEveryTheme,
} from '../teams/support';
import { adele, meetingStackPerFile, type MeetingStack } from './support';

/**
 * The meeting surfaces for everyone: axe-core finds no serious or critical violation in the
 * side panel (check-in mode, and planning together with a shared draft and its coaching) and on the stage (voting, revealed, saved) in each
 * Teams theme (switched while the meeting runs), and a round works with the keyboard alone.
 */
jest.setTimeout(120_000);

let stack: MeetingStack;
let page: Page;

meetingStackPerFile(
  (started) => (stack = started),
  (newPage) => (page = newPage),
);

/** axe in that app frame in each Teams theme, switched while the meeting runs. */
async function axeOf(frameId: string) {
  return seriousAxeViolationsInEveryTheme(page, await appFrame(page, frameId));
}

// Opened in the dark theme; every state is judged in all three, as Teams switches them live.
it('the side panel and the stage have no serious or critical axe violations in the default, dark and contrast themes', async () => {
  const [first] = stack.keyResults;
  await openSimulator(page, stack.server.url, {
    context: 'sidePanel',
    participants: 1,
    roles: 'organizer',
    user: adele.id,
    theme: 'dark',
    meeting: 'axe',
  });
  await waitUntilReady(page, 'p1-sidePanel');
  const panel = framedApp(page, 'p1-sidePanel');
  await panel.getByRole('checkbox', { name: first.title }).waitFor();
  expect(await axeOf('p1-sidePanel')).toEqual(noViolationsInAnyTheme);
  // At Teams' 320 px side-panel width, nothing needs a horizontal scroll.
  const sidePanel = await appFrame(page, 'p1-sidePanel');
  await expect(
    sidePanel.evaluate(() => [window.innerWidth, document.documentElement.scrollWidth]),
  ).resolves.toEqual([320, 320]);

  await panel.getByRole('tab', { name: 'Planning' }).click();
  await panel.getByRole('button', { name: 'Start a draft' }).waitFor();
  expect(await axeOf('p1-sidePanel')).toEqual(noViolationsInAnyTheme);
  // A shared draft with the coach's finding on it, being edited, still 320 px wide.
  await panel.getByRole('button', { name: 'Start a draft' }).click();
  const title = panel.getByRole('textbox', { name: 'Draft 1: objective' });
  await title.fill('Improve cash flow by 10% this quarter');
  await panel.locator('[data-rule="objective.metric"]').waitFor();
  await panel.getByText(`Editing now: ${adele.displayName}`).waitFor();
  await panel.getByRole('switch', { name: 'Accepted by the team' }).check();
  expect(await axeOf('p1-sidePanel')).toEqual(noViolationsInAnyTheme);
  await expect(
    sidePanel.evaluate(() => [window.innerWidth, document.documentElement.scrollWidth]),
  ).resolves.toEqual([320, 320]);

  await panel.getByRole('tab', { name: 'Check-in' }).click();
  await panel.getByRole('checkbox', { name: first.title }).check();
  await panel.getByRole('button', { name: 'Share to stage' }).click();
  const stage = framedApp(page, 'p1-meetingStage');
  await stage.getByRole('heading', { name: first.title }).waitFor();
  expect(await axeOf('p1-meetingStage')).toEqual(noViolationsInAnyTheme);

  // A vote well below the owner's confidence (7) brings a discussion prompt with the spread.
  await stage.getByRole('radio', { name: 'Vote 3' }).click();
  await stage.getByRole('button', { name: 'Reveal votes' }).click();
  await stage.getByRole('list', { name: 'Revealed votes' }).waitFor();
  await stage.getByRole('img', { name: /1 vote: 1 × 3/ }).waitFor();
  await stage.getByRole('form', { name: 'Outcome' }).waitFor();
  // The form proposes the median a render after the reveal shows; saved before, it has none.
  await waitForValue(stage.getByLabel('Agreed confidence'), '3');
  expect(await axeOf('p1-meetingStage')).toEqual(noViolationsInAnyTheme);
  // Taller than the stage, the round scrolls; its bottom gutter is the stage's background in the
  // theme (high contrast, the last judged), not the page's white showing past it.
  const stageFrame = await appFrame(page, 'p1-meetingStage');
  await expect(
    stageFrame.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      const gutter = document.elementFromPoint(1, window.innerHeight - 1);
      const painted = (element: Element | null): Element | null =>
        !element || getComputedStyle(element).backgroundColor !== 'rgba(0, 0, 0, 0)'
          ? element
          : painted(element.parentElement);
      return [document.documentElement.scrollHeight > window.innerHeight, painted(gutter)?.tagName];
    }),
  ).resolves.toEqual([true, 'MAIN']);

  await stage.getByRole('button', { name: 'Save check-in' }).click();
  await stage.getByText('Check-in saved by').waitFor();
  expect(await axeOf('p1-meetingStage')).toEqual(noViolationsInAnyTheme);
});

it('runs a round with the keyboard alone: pick, share, vote, reveal, save', async () => {
  const [, second] = stack.keyResults;
  await openSimulator(page, stack.server.url, {
    context: 'sidePanel',
    participants: 2,
    roles: 'organizer,attendee',
    user: adele.id,
    meeting: 'keyboard',
  });
  await waitUntilReady(page, 'p1-sidePanel');
  const panel = framedApp(page, 'p1-sidePanel');
  // Teams hands focus to an app's frame; from there on, only keys.
  const focusInto = (frameId: string) => simulatorCard(page, frameId).locator('iframe').focus();

  await focusInto('p1-sidePanel');
  const pick = panel.getByRole('checkbox', { name: second.title });
  await tabTo(page, pick);
  await page.keyboard.press('Space');
  await expect(pick.isChecked()).resolves.toBe(true);
  await tabTo(page, panel.getByRole('button', { name: 'Share to stage' }));
  await page.keyboard.press('Enter');

  const organizer = framedApp(page, 'p1-meetingStage');
  const attendee = framedApp(page, 'p2-meetingStage');
  for (const stage of [organizer, attendee]) {
    await stage.getByRole('heading', { name: second.title }).waitFor();
  }

  // The scale is one tab stop, on its first value until one votes; the arrow keys go along it.
  await focusInto('p2-meetingStage');
  await tabTo(page, attendee.getByRole('radio', { name: 'Vote 1', exact: true }));
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
  await waitForFocus(attendee.getByRole('radio', { name: 'Vote 4' }));
  await page.keyboard.press('Space');
  await focusInto('p1-meetingStage');
  await tabTo(page, organizer.getByRole('radio', { name: 'Vote 1', exact: true }));
  await page.keyboard.press('End');
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowLeft');
  await waitForFocus(organizer.getByRole('radio', { name: 'Vote 6' }));
  await page.keyboard.press('Enter');
  await organizer.getByText('2 of 2 voted').waitFor();

  await tabTo(page, organizer.getByRole('button', { name: 'Reveal votes' }));
  await page.keyboard.press('Enter');
  for (const stage of [organizer, attendee]) {
    const revealed = stage.getByRole('list', { name: 'Revealed votes' });
    await revealed.getByText(`${adele.displayName}: 6`).waitFor();
    await expect(revealed.getByRole('listitem').count()).resolves.toBe(2);
  }

  // The agreed confidence starts at the median (5); the organizer types 4 and saves by Enter.
  const confidence = organizer.getByRole('textbox', { name: /Agreed confidence/ });
  await waitForValue(confidence, '5');
  await tabTo(page, confidence);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  for (const stage of [organizer, attendee]) {
    await stage.getByText('Check-in saved by').waitFor();
  }

  const history = await stack.repository.checkInHistory([second.id]);
  expect(history.get(second.id)).toEqual([
    expect.objectContaining({
      value: second.current,
      confidence: 4,
      source: 'meeting',
      meetingId: 'keyboard',
      author: expect.objectContaining({ id: adele.id }),
    }),
  ]);
});
