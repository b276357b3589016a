import type { Frame, Page } from 'playwright-core';
import type { CheckIn, KeyResult } from '../../../src/core/model';
import { freshPagePerTest } from '../support/browser';
import { waitForValue } from '../support/fields';
import { waitForFocusWithin } from '../support/keyboard';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  dialogScreenshot,
  noViolationsInAnyTheme,
  seriousAxeViolationsInEveryTheme,
  startTeamsStack,
  type TeamsStack,
} from './support';

/**
 * Correcting the record through the Teams simulator's personal tab (real teams-js) against the
 * Graph emulator: "Check-in saved" is a visible toast whose Undo withdraws the check-in; the
 * history lists check-ins newest first with who and where, and its owner edits or deletes one
 * with a reason while the KR follows its latest remaining check-in. Every outcome is read back
 * from the store. With OKR_SCREENSHOTS set, the dialogs are saved under docs/screenshots/.
 */
jest.setTimeout(180_000);

let stack: TeamsStack;
let page: Page;
const owner = { id: adele.id, displayName: adele.displayName, email: adele.mail };

beforeAll(async () => {
  stack = await startTeamsStack();
}, 330_000); // with the dev server's first compile

afterAll(async () => {
  await stack?.close();
});

freshPagePerTest(
  () => stack.browser,
  (newPage) => {
    page = newPage;
  },
);

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

async function activeUsersKeyResult(
  title: string,
  now: Partial<Pick<KeyResult, 'current' | 'confidence'>> = {},
): Promise<KeyResult> {
  return stack.repository.createKeyResult({
    objectiveId: stack.fixture.objective.id,
    title,
    kind: 'increase',
    start: 2000,
    target: 5000,
    current: 2000,
    unit: 'users',
    weight: 1,
    owner,
    ...now,
  });
}

/** Three check-ins: from Excel, from a meeting, and a mistaken one from Teams (the latest). */
async function withHistory(title: string): Promise<KeyResult> {
  let keyResult = await activeUsersKeyResult(title);
  const entries: [number, number, number, CheckIn['source']][] = [
    [10, 2400, 6, 'excel'],
    [5, 2600, 7, 'meeting'],
    [1, 4900, 9, 'teams'],
  ];
  for (const [days, value, confidence, source] of entries) {
    const report = await stack.repository.saveCheckIns([
      {
        clientId: `${keyResult.id}-${days}`,
        keyResultId: keyResult.id,
        keyResultVersion: keyResult.version,
        value,
        confidence,
        note: source === 'teams' ? 'Counted the test accounts' : '',
        author: owner,
        at: daysAgo(days),
        source,
        ...(source === 'meeting' ? { meetingId: 'weekly-okr-review' } : {}),
      },
    ]);
    expect(report.failed).toEqual([]);
    keyResult = report.saved[0]!.keyResult;
  }
  return keyResult;
}

async function openTab(theme = 'default'): Promise<Frame> {
  await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id, theme });
  await waitUntilReady(page, 'p1-content');
  return appFrame(page, 'p1-content');
}

async function readBack(keyResult: KeyResult) {
  const [history, board] = await Promise.all([
    stack.repository.checkInHistory([keyResult.id]),
    stack.repository.loadBoard({ cycleId: stack.fixture.cycle.id }),
  ]);
  return {
    values: history.get(keyResult.id)!.map((checkIn) => checkIn.value),
    keyResult: board.keyResults.find((kr) => kr.id === keyResult.id)!,
  };
}

describe('correcting the record', () => {
  it('shows "Check-in saved" with Undo; Undo withdraws the check-in and the KR goes back', async () => {
    const keyResult = await activeUsersKeyResult('Weekly active users up to 5000 (undo)', {
      current: 3100,
      confidence: 7,
    });
    const tab = await openTab();
    await tab.getByRole('button', { name: `Check in on ${keyResult.title}` }).click();
    const dialog = tab.getByRole('dialog', { name: `Check in: ${keyResult.title}` });
    // Typed over the KR's value, which the field starts from once the dialog is open (an effect).
    await waitForValue(dialog.getByRole('textbox', { name: /New value/ }), '3,100');
    await dialog.getByRole('textbox', { name: /New value/ }).fill('3300');
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await dialog.waitFor({ state: 'detached' });

    const toast = tab
      .locator('.fui-Toast')
      .filter({ hasText: `Check-in saved: ${keyResult.title} is now 3,300 users.` });
    await toast.waitFor();
    expect((await readBack(keyResult)).values).toEqual([3300]);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await tab
      .locator('.fui-Toast')
      .filter({ hasText: `Check-in undone: ${keyResult.title} is back at 3,100 users.` })
      .waitFor();

    const after = await readBack(keyResult);
    expect(after.values).toEqual([]);
    expect(after.keyResult).toMatchObject({ current: 3100, confidence: 7 });
    await tab.getByText('3,100 / 5,000 users').first().waitFor();
  });

  it('edits and deletes a check-in with a reason, and the KR follows its latest remaining one', async () => {
    const keyResult = await withHistory('Weekly active users up to 5000 (corrections)');
    const tab = await openTab();
    await tab.getByRole('button', { name: `History of ${keyResult.title}` }).click();
    const history = tab.getByRole('dialog', { name: `History: ${keyResult.title}` });
    const table = history.getByRole('table', { name: /newest first/ });
    const rows = table.getByRole('row');
    await rows
      .nth(1)
      .filter({ hasText: /4,900 users.*9\/10.*Adele Vance.*Teams/ })
      .waitFor();
    await rows.nth(2).filter({ hasText: 'Meeting' }).waitFor();
    await rows.nth(3).filter({ hasText: 'Excel' }).waitFor();

    // Edit the mistaken latest check-in: the reason is required, then the KR reads 2,650.
    await history
      .getByRole('button', { name: /Edit the check-in of/ })
      .first()
      .click();
    const edit = tab.getByRole('dialog', { name: `Edit check-in: ${keyResult.title}` });
    // The field starts from the check-in's value once the dialog is open (an effect).
    await waitForValue(edit.getByRole('textbox', { name: /^Value/ }), '4,900');
    await edit.getByRole('textbox', { name: /^Value/ }).fill('2650');
    await edit.getByRole('button', { name: 'Save correction' }).click();
    await edit.getByText(/Reason for the correction/).waitFor();
    await edit.getByRole('textbox', { name: 'Why correct it?' }).fill('Counted test accounts');
    await edit.getByRole('button', { name: 'Save correction' }).click();
    await edit.waitFor({ state: 'detached' });
    await history.getByText('Corrected by Adele Vance: Counted test accounts').waitFor();
    let stored = await readBack(keyResult);
    expect(stored.values).toEqual([2400, 2600, 2650]);
    expect(stored.keyResult).toMatchObject({ current: 2650, confidence: 9 });

    // Delete it: the KR falls back to the meeting's check-in.
    await history
      .getByRole('button', { name: /Delete the check-in of/ })
      .first()
      .click();
    const remove = tab.getByRole('dialog', { name: `Delete check-in: ${keyResult.title}` });
    // The dialog empties its reason once it is open (an effect, beside the one that moves the
    // focus in): a reason typed before that would be lost.
    await waitForFocusWithin(remove);
    await remove.getByRole('textbox', { name: 'Why delete it?' }).fill('Entered twice');
    await remove.getByRole('button', { name: 'Delete check-in' }).click();
    await remove.waitFor({ state: 'detached' });
    await tab
      .locator('.fui-Toast')
      .filter({ hasText: `Check-in deleted: ${keyResult.title} is now 2,600 users.` })
      .waitFor();
    await rows.nth(2).waitFor();
    await rows.nth(3).waitFor({ state: 'detached' });
    stored = await readBack(keyResult);
    expect(stored.values).toEqual([2400, 2600]);
    expect(stored.keyResult).toMatchObject({ current: 2600, confidence: 7 });
  });

  // Opened in the dark theme; judged in all three, as Teams switches them live.
  it('the history, its tooltip and the correction dialogs pass axe in the default, dark and contrast themes', async () => {
    const keyResult = await withHistory('Weekly active users up to 5000 (themes)');
    const tab = await openTab('dark');
    await tab.getByRole('button', { name: `History of ${keyResult.title}` }).click();
    const history = tab.getByRole('dialog', { name: `History: ${keyResult.title}` });
    const latest = history.getByRole('img', { name: /4,900 users, confidence 9 of 10/ });
    await latest.focus();
    const tooltip = history.getByText(/4,900 users, confidence 9 of 10, by Adele Vance/).last();
    await tooltip.waitFor();
    expect(
      await seriousAxeViolationsInEveryTheme(page, tab, (theme) =>
        dialogScreenshot(tab, `history-${theme}`),
      ),
    ).toEqual(noViolationsInAnyTheme);
    // The tooltip stayed open through the theme changes: axe judged it in each.
    await tooltip.waitFor();

    await history
      .getByRole('button', { name: /Edit the check-in of/ })
      .first()
      .click();
    const edit = tab.getByRole('dialog', { name: `Edit check-in: ${keyResult.title}` });
    await edit.getByRole('textbox', { name: 'Why correct it?' }).fill('Counted test accounts');
    expect(
      await seriousAxeViolationsInEveryTheme(page, tab, (theme) =>
        dialogScreenshot(tab, `check-in-edit-${theme}`),
      ),
    ).toEqual(noViolationsInAnyTheme);
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await edit.waitFor({ state: 'detached' });

    await history
      .getByRole('button', { name: /Delete the check-in of/ })
      .first()
      .click();
    const remove = tab.getByRole('dialog', { name: `Delete check-in: ${keyResult.title}` });
    await remove.waitFor();
    expect(
      await seriousAxeViolationsInEveryTheme(page, tab, (theme) =>
        dialogScreenshot(tab, `check-in-delete-${theme}`),
      ),
    ).toEqual(noViolationsInAnyTheme);
  });
});
