import type { Frame, Page } from 'playwright-core';
import { simulatorCard } from '../support/teams-simulator';
import { waitForValue } from '../support/fields';
import { appFrame } from '../teams/support';
import { meetingStackPerFile, meetingStage, shareRound, type MeetingStack } from './support';

/**
 * The stage's words scale with the shared screen, as its KR does: on a wide stage, who has voted
 * and when the round started are as big as the rest, not Fluent's 14 px under 28 px facts.
 */
jest.setTimeout(180_000);

let stack: MeetingStack;
let page: Page;

meetingStackPerFile(
  (started) => (stack = started),
  (newPage) => (page = newPage),
  120_000,
);

/** The computed font size (px) of the stage's root and of the element holding each text. */
function fontSizes(frame: Frame, texts: readonly string[]) {
  return frame.evaluate((wanted) => {
    const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    const holding = (text: string) =>
      [...document.querySelectorAll('main *')].find(
        (element) => element.children.length === 0 && element.textContent?.includes(text),
      );
    return {
      stage: size(document.querySelector('main')!),
      texts: wanted.map((text) => {
        const element = holding(text);
        return element ? size(element) : undefined;
      }),
    };
  }, texts);
}

describe('the stage on a big screen', () => {
  it('says who has voted and when the round started at the stage’s scaled size', async () => {
    const [first] = stack.keyResults;
    await page.setViewportSize({ width: 2400, height: 1200 });
    await shareRound(page, stack, 'type-scale', 'organizer', [first.title]);
    const stage = meetingStage(page, 1);
    await stage.getByRole('radio', { name: 'Vote 6' }).click();
    await stage.getByText('1 of 1 voted', { exact: false }).waitFor();
    const frame = (await simulatorCard(page, 'p1-meetingStage')
      .locator('iframe')
      .elementHandle()
      .then((handle) => handle!.contentFrame()))!;
    const { stage: stageSize, texts } = await fontSizes(frame, [
      '1 of 1 voted',
      'Your vote: 6.',
      'started at',
    ]);
    // A stage this wide scales its words past Fluent's 14 px body text.
    expect(stageSize).toBeGreaterThan(20);
    expect(texts).toEqual([stageSize, stageSize, stageSize]);
  });

  it('shows the KR’s progress and the round’s buttons at the stage’s scaled size', async () => {
    const [first] = stack.keyResults;
    await page.setViewportSize({ width: 2400, height: 1200 });
    await shareRound(page, stack, 'type-scale-buttons', 'organizer', [first.title]);
    const stage = meetingStage(page, 1);
    await stage.getByRole('radio', { name: 'Vote 6' }).click();
    await stage.getByText('1 of 1 voted', { exact: false }).waitFor();
    // The skip form comes with the round's later steps, a moment after the stage.
    await stage.getByRole('button', { name: 'Skip', exact: true }).waitFor();
    await stage.getByRole('button', { name: 'End the round' }).waitFor();
    const frame = await appFrame(page, 'p1-meetingStage');
    const sizes = await frame.evaluate(() => {
      const size = (element: Element | null | undefined) =>
        element ? parseFloat(getComputedStyle(element).fontSize) : undefined;
      const button = (name: string) =>
        [...document.querySelectorAll('main button')].find(
          (element) => element.textContent?.trim() === name,
        );
      return {
        stage: size(document.querySelector('main')),
        percent: size(document.querySelector('[role="progressbar"] + span')),
        buttons: ['Reveal votes', 'Skip', 'End the round'].map((name) => size(button(name))),
        skipLabel: size(
          [...document.querySelectorAll('main label')].find((label) =>
            label.textContent?.includes('Reason to skip'),
          ),
        ),
      };
    });
    expect(sizes.stage).toBeGreaterThan(20);
    expect(sizes).toEqual({
      stage: sizes.stage,
      percent: sizes.stage,
      buttons: [sizes.stage, sizes.stage, sizes.stage],
      skipLabel: sizes.stage,
    });
  });

  it('says a saved check-in in its message bar at the stage’s scaled size', async () => {
    const [first] = stack.keyResults;
    await page.setViewportSize({ width: 2400, height: 1200 });
    await shareRound(page, stack, 'type-scale-message', 'organizer', [first.title]);
    const stage = meetingStage(page, 1);
    await stage.getByRole('radio', { name: 'Vote 6' }).click();
    await stage.getByText('1 of 1 voted', { exact: false }).waitFor();
    await stage.getByRole('button', { name: 'Reveal votes' }).click();
    await waitForValue(stage.getByLabel('Agreed confidence'), '6');
    await stage.getByRole('button', { name: 'Save check-in' }).click();
    const saved = stage.locator('.fui-MessageBar', { hasText: 'Check-in saved by' });
    await saved.waitFor();
    const frame = await appFrame(page, 'p1-meetingStage');
    const sizes = await frame.evaluate(() => {
      const size = (selector: string) =>
        parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
      return {
        stage: size('main'),
        body: size('main .fui-MessageBarBody'),
        title: size('main .fui-MessageBarTitle'),
        icon: size('main .fui-MessageBar__icon'),
      };
    });
    expect(sizes.stage).toBeGreaterThan(20);
    expect(sizes).toEqual({
      stage: sizes.stage,
      body: sizes.stage,
      title: sizes.stage,
      icon: expect.any(Number),
    });
    // The icon keeps its place beside the words: a little larger than them, as Fluent draws it.
    expect(sizes.icon).toBeGreaterThan(sizes.stage);
  });
});
