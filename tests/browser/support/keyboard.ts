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

/**
 * Waits until `target` has the focus of its document: a dialog or a deep link moves it a render
 * or more after the key or click that asked. Fails after the page's default timeout, naming
 * what has the focus instead.
 */
export function waitForFocus(target: Locator): Promise<void> {
  return waitForFocusMatching(target, 'on');
}

/**
 * Waits until the focus is inside `container`. Fluent's Dialog moves it onto its first field in
 * an effect that may run a moment after the dialog is painted, and only a key pressed inside
 * the dialog reaches it (Escape closes it only from there).
 */
export function waitForFocusWithin(container: Locator): Promise<void> {
  return waitForFocusMatching(container, 'within');
}

async function waitForFocusMatching(target: Locator, where: 'on' | 'within'): Promise<void> {
  const element = await target.elementHandle();
  const frame = await element.ownerFrame();
  if (!frame) throw new Error(`${String(target)} is in no frame.`);
  try {
    await frame.waitForFunction(
      ([node, within]) => {
        const focused = node.ownerDocument.activeElement;
        return within ? node.contains(focused) : node === focused;
      },
      [element, where === 'within'] as const,
    );
  } catch (error) {
    const focused = await frame.evaluate(
      () => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing',
    );
    throw new Error(`The focus never came ${where} ${String(target)}; it is on ${focused}`, {
      cause: error,
    });
  }
}
