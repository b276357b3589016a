import type { Frame, Locator, Page, Request } from 'playwright-core';
import { waitForFocus, waitForFocusWithin } from '../support/keyboard';
import { configureChannelTab, appFrame, teamsStackPerFile, type TeamsStack } from './support';
import { chunkRequests } from '../support/build-chunks';

/**
 * A dialog opened from the board gives focus back to the button it was opened from when it
 * closes, however it was opened (a click or the keyboard) and closed (Escape or its Cancel
 * button): the channel tab through the Teams simulator (real teams-js) against the Graph emulator.
 */
jest.setTimeout(180_000);

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

async function openBoard(): Promise<Frame> {
  await configureChannelTab(page, stack.server.url);
  const tab = await appFrame(page, 'p1-content');
  await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
  return tab;
}

async function expectFocusOn(tab: Frame, button: Locator): Promise<void> {
  const label = await button.getAttribute('aria-label');
  await tab.waitForFunction(
    (name) => document.activeElement?.getAttribute('aria-label') === name,
    label,
  );
}

describe('focus after a board dialog closes', () => {
  it('comes back to the button a click or a key opened the dialog from', async () => {
    const tab = await openBoard();
    const { keyResult, objective } = stack.fixture;

    // A KR's history, opened by a click, closed with Escape.
    const history = tab.getByRole('button', { name: `History of ${keyResult.title}` });
    await history.click();
    const historyDialog = tab.getByRole('dialog', { name: `History: ${keyResult.title}` });
    await waitForFocusWithin(historyDialog);
    await page.keyboard.press('Escape');
    await historyDialog.waitFor({ state: 'detached' });
    await expectFocusOn(tab, history);

    // A KR's status, opened from the keyboard, closed by its Cancel button from the keyboard.
    const status = tab.getByRole('button', { name: `Set the status of ${keyResult.title}` });
    await status.focus();
    await page.keyboard.press('Enter');
    const statusDialog = tab.getByRole('dialog', { name: `Set the status: ${keyResult.title}` });
    // The dialog puts the focus on its first field once it is open: Cancel gets it after that.
    await waitForFocusWithin(statusDialog);
    await statusDialog.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
    await statusDialog.waitFor({ state: 'detached' });
    await expectFocusOn(tab, status);

    // An objective's editor, opened by a click, closed by clicking Cancel.
    const edit = tab.getByRole('button', { name: `Edit ${objective.title}` });
    await edit.click();
    const editor = tab.getByRole('dialog', { name: 'Edit the objective' });
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await editor.waitFor({ state: 'detached' });
    await expectFocusOn(tab, edit);

    // The next Tab goes on from there (within the objective's card), not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.closest('article') !== null)).toBe(
      true,
    );
  });
});

/** A click on the dimmed board beside the open dialog. */
async function clickOutside(tab: Frame): Promise<void> {
  await tab.locator('.fui-DialogSurface__backdrop').click({ position: { x: 5, y: 5 } });
}

describe('a form with unsaved changes', () => {
  it('asks before Escape or a click outside drops them: Keep editing goes back to the field, Discard closes', async () => {
    const tab = await openBoard();
    const { keyResult, objective } = stack.fixture;
    const ask = tab.getByRole('alertdialog', { name: 'Discard your changes?' });

    await tab.getByRole('button', { name: `Edit ${objective.title}`, exact: true }).click();
    const editor = tab.getByRole('dialog', { name: 'Edit the objective' });
    const why = editor.getByRole('textbox', { name: /Why it matters/ });
    await why.fill('Customers who see results in their first month renew.');
    await page.keyboard.press('Escape');
    await ask.getByText('Your changes to the objective are not saved.').waitFor();
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await ask.waitFor({ state: 'detached' });
    // Back in the field, as typed, and the editor still the modal a screen reader reads.
    await waitForFocus(why);
    expect(await why.inputValue()).toBe('Customers who see results in their first month renew.');
    expect(await editor.evaluate((dialog) => !!dialog.closest('[aria-hidden="true"]'))).toBe(false);
    await clickOutside(tab);
    await ask.getByRole('button', { name: 'Discard changes' }).click();
    await editor.waitFor({ state: 'detached' });
    expect(await stack.repository.loadBoard({ cycleId: stack.fixture.cycle.id })).toMatchObject({
      objectives: expect.arrayContaining([
        expect.objectContaining({ id: objective.id, description: objective.description }),
      ]),
    });

    // The check-in dialog too; Escape in the question keeps editing, as Keep editing does.
    await tab.getByRole('button', { name: `Check in on ${keyResult.title}`, exact: true }).click();
    const checkIn = tab.getByRole('dialog', { name: `Check in: ${keyResult.title}` });
    const note = checkIn.getByRole('textbox', { name: /Note/ });
    await note.fill('Two customers went live this week.');
    await clickOutside(tab);
    await ask.waitFor();
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'detached' });
    await waitForFocus(note);
    expect(await note.inputValue()).toBe('Two customers went live this week.');
    // Cancel, a choice in words, closes at once.
    await checkIn.getByRole('button', { name: 'Cancel' }).click();
    await checkIn.waitFor({ state: 'detached' });
    expect(await ask.count()).toBe(0);
  });
});

describe('the board’s dialogs', () => {
  it('are fetched once the board shows and run only once one is asked for, which then opens', async () => {
    const overlays = chunkRequests('ui/screens/BoardScreen/BoardOverlays.tsx');
    const fetched: string[] = [];
    const prefetches: Request[] = [];
    const onRequest = (request: Request) => {
      if (!overlays.test(request.url())) return;
      fetched.push(request.resourceType());
      if (request.resourceType() === 'other') prefetches.push(request);
    };
    page.on('request', onRequest);
    try {
      const tab = await openBoard();
      const { keyResult } = stack.fixture;
      // Once the board's own requests are done, the dialogs' chunk is in the HTTP cache (a
      // prefetch), not imported: nothing on the board asked for a dialog.
      await tab.waitForLoadState('networkidle');
      expect(fetched).toEqual(['other']);
      // Fetched once the board's first screen is painted, not beside what it waits for: the
      // prefetch leaves after the page's first paint (its loading state, or the board). Both
      // times as the browser took them, in milliseconds since 1970.
      const firstPaint = await tab.evaluate(
        () =>
          performance.timeOrigin +
          performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      );
      expect(prefetches[0]!.timing().startTime).toBeGreaterThan(firstPaint);

      await tab.getByRole('button', { name: `Check in on ${keyResult.title}` }).click();
      const dialog = tab.getByRole('dialog', { name: `Check in: ${keyResult.title}` });
      await waitForFocusWithin(dialog);
      expect(fetched).toEqual(['other', 'script']);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    } finally {
      page.off('request', onRequest);
    }
  });
});

describe('a field an editor refuses', () => {
  it('says why under itself while the fields beside it keep their height and line', async () => {
    const tab = await openBoard();
    const { objective } = stack.fixture;
    await tab.getByRole('button', { name: `Add a key result to ${objective.title}` }).click();
    const editor = tab.getByRole('dialog', { name: 'New key result' });
    await editor.getByRole('textbox', { name: 'Key result' }).fill('Weekly actives from 10 to 20');
    await editor.getByRole('button', { name: 'Create key result' }).click();
    const target = editor.getByRole('textbox', { name: 'Target' });
    await editor.getByText('Target is empty.', { exact: false }).waitFor();

    const boxes = await Promise.all(
      [
        editor.getByRole('textbox', { name: 'Start (baseline)' }),
        target,
        editor.getByRole('textbox', { name: 'Weight' }),
      ].map(async (input) => (await input.locator('xpath=..').boundingBox())!),
    );
    const [start, refused, weight] = boxes;
    for (const beside of [start!, weight!]) {
      expect(beside.height).toBeCloseTo(refused!.height, 0);
      expect(beside.y).toBeCloseTo(refused!.y, 0);
    }
  });
});

describe('focus between the board and the Programme area', () => {
  it('goes to the open section’s tab as the area opens, and back to Programme on the way back', async () => {
    const tab = await openBoard();
    const programme = tab.getByRole('button', { name: 'Programme', exact: true });
    await programme.focus();
    await page.keyboard.press('Enter');
    // The button went with the board: the focus was left on the page's body.
    await waitForFocus(tab.getByRole('tab', { name: 'Teams', selected: true }));

    const back = tab.getByRole('button', { name: 'Back to OKRs' });
    await back.focus();
    await page.keyboard.press('Enter');
    await waitForFocus(tab.getByRole('button', { name: 'Programme', exact: true }));
  });
});
