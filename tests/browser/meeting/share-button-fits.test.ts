import type { Page } from 'playwright-core';
import { framedApp, openSimulator, waitUntilReady } from '../support/teams-simulator';
import { meetingStackPerFile, type MeetingStack } from './support';

/**
 * The side panel's share button says what it does on one line in Teams' 320 px panel, in every
 * language: German's „Für Besprechungsphase freigeben“ went onto two.
 */
jest.setTimeout(180_000);

let stack: MeetingStack;
let page: Page;

meetingStackPerFile(
  (started) => (stack = started),
  (newPage) => (page = newPage),
  120_000,
);

it.each([
  ['de-de', 'Für Besprechungsphase freigeben'],
  ['fr-fr', 'Partager sur la scène'],
  ['es-es', 'Compartir en el escenario'],
  ['en-us', 'Share to stage'],
])('shows %s’s share button on one line in a 320 px side panel', async (locale, share) => {
  await openSimulator(page, stack.server.url, { context: 'sidePanel', locale });
  await waitUntilReady(page, 'p1-sidePanel');
  const button = framedApp(page, 'p1-sidePanel').getByRole('button', { name: share });
  await button.waitFor();
  const shape = await button.evaluate((element) => {
    const style = getComputedStyle(element);
    const words = document.createRange();
    words.selectNodeContents(element);
    return {
      frameWidth: document.documentElement.clientWidth,
      right: element.getBoundingClientRect().right,
      lineHeight: parseFloat(style.lineHeight),
      wordsHeight: words.getBoundingClientRect().height,
    };
  });
  expect(shape.frameWidth).toBe(320);
  expect(shape.right).toBeLessThanOrEqual(320);
  expect(shape.wordsHeight).toBeLessThanOrEqual(shape.lineHeight * 1.5);
});
