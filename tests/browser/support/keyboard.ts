import type { Locator, Page } from 'playwright-core';

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === element.ownerDocument.activeElement);

/**
 * Presses Tab (in the page's focused frame) until `target` has focus, as a keyboard user moves
 * through the page; fails when it is not reached within `maxPresses`.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  if (!(await isFocused(target))) {
    throw new Error(`Tab did not reach ${String(target)} in ${maxPresses} presses.`);
  }
}
