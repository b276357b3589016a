import type { Frame, Page } from 'playwright-core';
import { waitForValue } from '../support/fields';
import { waitForFocus, waitForFocusWithin } from '../support/keyboard';
import { appFrame, configureChannelTab, teamsStackPerFile, type TeamsStack } from './support';

/**
 * What a screen reader is told when a keyboard user saves a check-in on the channel tab's board,
 * in Chromium through the Teams simulator: the page's first toast, "Check-in saved", is said by
 * Fluent's Toaster in its own live region (react-toast `AriaLive`), which the Toaster keeps
 * silent while focus is inside it (react-toast `useToastAnnounce`). jsdom sometimes saw that
 * first toast said late or never; here every change of the page's `[aria-live]` regions and every
 * focus move is recorded from before the dialog opens.
 */
jest.setTimeout(180_000);

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

interface Heard {
  /** Each text a live region came to hold, with the region's politeness. */
  readonly said: { readonly politeness: string; readonly text: string }[];
  /** Live regions that were added to the page already holding text (screen readers skip those). */
  readonly addedWithText: string[];
  /** Each element focus moved to, and whether it is in the toaster. */
  readonly focus: { readonly element: string; readonly inToaster: boolean }[];
}

/** Starts recording what the frame's live regions say and where focus goes. */
async function listen(tab: Frame): Promise<void> {
  await tab.evaluate(() => {
    const heard: Heard = { said: [], addedWithText: [], focus: [] };
    (window as unknown as { heard: Heard }).heard = heard;
    const spoken = new Map<Element, string>();
    document.addEventListener(
      'focusin',
      (event) => {
        const element = event.target as Element;
        heard.focus.push({
          element: `${element.tagName} ${element.textContent?.slice(0, 40) ?? ''}`,
          inToaster: element.closest('.fui-Toaster') !== null,
        });
      },
      true,
    );
    new MutationObserver((mutations) => {
      for (const node of mutations.flatMap((mutation) => [...mutation.addedNodes])) {
        if (!(node instanceof Element)) continue;
        for (const region of [node, ...node.querySelectorAll('[aria-live]')]) {
          if (region.matches('[aria-live]') && region.textContent)
            heard.addedWithText.push(region.textContent);
        }
      }
      for (const region of document.querySelectorAll('[aria-live]')) {
        const text = region.textContent ?? '';
        if (text && spoken.get(region) !== text) {
          heard.said.push({ politeness: region.getAttribute('aria-live') ?? '', text });
        }
        spoken.set(region, text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const heardIn = (tab: Frame) => tab.evaluate(() => (window as unknown as { heard: Heard }).heard);

it('says the first "Check-in saved" to a keyboard user who saves with Enter: focus never passes through the toaster', async () => {
  await configureChannelTab(page, stack.server.url);
  const tab = await appFrame(page, 'p1-content');
  const { keyResult } = stack.fixture;
  const checkIn = tab.getByRole('button', { name: `Check in on ${keyResult.title}` });
  await checkIn.waitFor();
  await listen(tab);

  await checkIn.focus();
  await page.keyboard.press('Enter');
  const dialog = tab.getByRole('dialog', { name: `Check in: ${keyResult.title}` });
  const value = dialog.getByRole('textbox', { name: /New value/ });
  // The field starts from the KR's value once the dialog is open (an effect): typed over before
  // that, what was typed would be replaced.
  await waitForValue(value, '3,100');
  await waitForFocus(value);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('3300');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });

  const saved = `Check-in saved: ${keyResult.title} is now 3,300 users.`;
  await tab.waitForFunction(
    (text) =>
      (window as unknown as { heard: Heard }).heard.said.some((said) => said.text.includes(text)),
    saved,
  );
  // Focus went back to the KR's Check in button, as the dialog closed; never into the toaster.
  await waitForFocus(checkIn);
  const heard = await heardIn(tab);
  expect(heard.said.filter((said) => said.text.includes('Check-in saved'))).toEqual([
    // The toast's words, then its action's, then how to reach it, as words apart.
    { politeness: 'assertive', text: `${saved} Undo Press Ctrl+M to reach Undo.` },
  ]);
  expect(heard.addedWithText).toEqual([]);
  expect(heard.focus.filter((moved) => moved.inToaster)).toEqual([]);

  // Ctrl+M takes the keyboard to the toast, which then waits; Undo is the next Tab, and undoes.
  const toast = tab.locator('.fui-Toast').filter({ hasText: saved });
  await page.keyboard.press('Control+M');
  await waitForFocusWithin(tab.locator('.fui-Toaster').filter({ has: toast }));
  await page.keyboard.press('Tab');
  await waitForFocus(toast.getByRole('button', { name: 'Undo' }));
  await page.keyboard.press('Enter');
  await tab
    .locator('.fui-Toast')
    .filter({ hasText: `Check-in undone: ${keyResult.title} is back at 3,100 users.` })
    .waitFor();
  await waitForFocus(checkIn);
});
