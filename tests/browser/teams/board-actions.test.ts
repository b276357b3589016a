import type { Frame, Page } from 'playwright-core';
import type { KeyResult, Objective } from '../../../src/core/model';
import { keyResultStatus } from '../../../src/core/pace';
import {
  adele,
  appFrame,
  configureChannelTab,
  teamsStackPerFile,
  type TeamsStack,
} from './support';

/**
 * A status override set with its reason and cleared, and objectives and KRs deleted, through the
 * Teams simulator's channel tab against the Graph emulator, each read back from the store.
 */
jest.setTimeout(120_000);

let stack: TeamsStack;
let page: Page;

const owner = { id: adele.id, displayName: adele.displayName };
const now = () => new Date().toISOString();

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

async function createObjective(
  title: string,
  extra: Partial<Pick<Objective, 'teamId' | 'parentId'>> = {},
): Promise<Objective> {
  return stack.repository.createObjective({
    cycleId: stack.fixture.cycle.id,
    teamId: stack.fixture.company.id,
    title,
    description: '',
    commitment: 'committed',
    state: 'active',
    owner,
    ...extra,
  });
}

async function createKeyResult(objective: Objective, title: string): Promise<KeyResult> {
  return stack.repository.createKeyResult({
    objectiveId: objective.id,
    title,
    kind: 'increase',
    start: 0,
    target: 10,
    current: 2,
    unit: 'pilots',
    weight: 1,
    owner,
  });
}

async function storedKeyResult(id: string): Promise<KeyResult | undefined> {
  const board = await stack.repository.loadBoard({ cycleId: stack.fixture.cycle.id });
  return board.keyResults.find((kr) => kr.id === id);
}

/** Gone from the store: deleting its item again is a 404. */
async function expectDeleted(keyResult: KeyResult): Promise<void> {
  await expect(stack.repository.deleteKeyResult(keyResult)).rejects.toMatchObject({
    kind: 'notFound',
  });
}

async function openBoard(): Promise<Frame> {
  await configureChannelTab(page, stack.server.url);
  const tab = await appFrame(page, 'p1-content');
  await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
  return tab;
}

describe('a status override', () => {
  it('is set with a reason, wins over the status from pace, and is cleared', async () => {
    const { keyResult } = stack.fixture;
    const model = await stack.repository.loadOperatingModel();
    const today = new Date().toISOString().slice(0, 10);
    const computed = keyResultStatus(keyResult, stack.fixture.cycle, today, model);
    const override = computed === 'offTrack' ? 'atRisk' : 'offTrack';
    const overrideWords = override === 'offTrack' ? 'Off track' : 'At risk';
    const tab = await openBoard();
    const row = tab.locator(`li[data-kr-id="${keyResult.id}"]`);

    await row.getByRole('button', { name: `Set the status of ${keyResult.title}` }).click();
    const dialog = tab.getByRole('dialog', { name: `Set the status: ${keyResult.title}` });
    await dialog.getByRole('combobox', { name: 'Status' }).selectOption(override);
    // No reason, no override: the core's rule, shown on the field.
    await dialog.getByRole('button', { name: 'Set status' }).click();
    await dialog.getByText(/Reason for the status override/).waitFor();
    const reason = 'The data partner pulled out on Friday';
    await dialog.getByRole('textbox', { name: /Why/ }).fill(reason);
    await dialog.getByRole('button', { name: 'Set status' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText(`${overrideWords} (set by ${adele.displayName}: ${reason})`).waitFor();

    const stored = await storedKeyResult(keyResult.id);
    expect(stored?.statusOverride).toEqual({
      status: override,
      reason,
      by: expect.objectContaining({ id: adele.id, displayName: adele.displayName }),
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(Date.now() - Date.parse(stored!.statusOverride!.at)).toBeLessThan(120_000);
    expect(keyResultStatus(stored!, stack.fixture.cycle, today, model)).toBe(override);

    await row.getByRole('button', { name: `Set the status of ${keyResult.title}` }).click();
    await dialog.getByText(`Set now: ${overrideWords} (set by ${adele.displayName}`).waitFor();
    await dialog.getByRole('button', { name: 'Clear the override' }).click();
    await dialog.waitFor({ state: 'detached' });
    await tab.locator('.fui-Toast').filter({ hasText: 'follows the pace again' }).waitFor();
    expect(await row.getByText(/set by/).count()).toBe(0);
    const cleared = await storedKeyResult(keyResult.id);
    expect(cleared?.statusOverride).toBeUndefined();
    expect(keyResultStatus(cleared!, stack.fixture.cycle, today, model)).toBe(computed);
  });

  it('merges a change of someone else’s that does not touch the status, without asking', async () => {
    const objective = await createObjective('Pilot customers vouch for us');
    const keyResult = await createKeyResult(
      objective,
      'Run 10 paid pilots with reference customers',
    );
    const tab = await openBoard();
    await tab.getByRole('button', { name: `Set the status of ${keyResult.title}` }).click();
    const dialog = tab.getByRole('dialog', { name: `Set the status: ${keyResult.title}` });
    await dialog.getByRole('textbox', { name: /Why/ }).fill('Two pilots need legal review');

    const theirs = await stack.repository.updateKeyResult({ ...keyResult, target: 12 });
    await dialog.getByRole('button', { name: 'Set status' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await tab.getByRole('alertdialog').count()).toBe(0);
    expect(await storedKeyResult(keyResult.id)).toMatchObject({
      target: theirs.target,
      statusOverride: { reason: 'Two pilots need legal review' },
    });
  });

  it('after someone else set the status too, Keep mine puts only my override on their version', async () => {
    const objective = await createObjective('Partners resell us');
    const keyResult = await createKeyResult(objective, 'Sign 10 reseller agreements');
    const tab = await openBoard();
    await tab.getByRole('button', { name: `Set the status of ${keyResult.title}` }).click();
    const dialog = tab.getByRole('dialog', { name: `Set the status: ${keyResult.title}` });
    await dialog.getByRole('textbox', { name: /Why/ }).fill('Legal template is late');

    const theirs = await stack.repository.updateKeyResult({
      ...keyResult,
      target: 12,
      statusOverride: { status: 'onTrack', reason: 'Pipeline is full', by: owner, at: now() },
    });
    await dialog.getByRole('button', { name: 'Set status' }).click();
    // The dialog names who saved first and exactly the field that clashes (not the target,
    // which only they changed and which is kept).
    const conflict = tab.getByRole('alertdialog', { name: /Adele Vance changed the status/ });
    await conflict
      .getByText(/Adele Vance saved Status override at .* while you were editing/)
      .waitFor();
    expect(await conflict.getByRole('row').count()).toBe(2);
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    // Behind the modal conflict dialog the status dialog is out of the accessibility tree, so
    // "no dialog by role" holds at once: the save is over when the conflict dialog has closed
    // and the row shows what the store answered.
    await conflict.waitFor({ state: 'detached', timeout: 60_000 });
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await tab
      .locator(`li[data-kr-id="${keyResult.id}"]`)
      .getByText(`(set by ${adele.displayName}: Legal template is late)`, { exact: false })
      .waitFor({ timeout: 60_000 });

    expect(await storedKeyResult(keyResult.id)).toMatchObject({
      target: theirs.target,
      statusOverride: { reason: 'Legal template is late' },
    });
  });
});

describe('deleting', () => {
  it('an objective deletes its key results first, after a confirmation naming them', async () => {
    const objective = await createObjective('Retire the legacy portal gracefully');
    const keyResults = [
      await createKeyResult(objective, 'Move 10 of 10 partner accounts to the new portal'),
      await createKeyResult(objective, 'Cut legacy portal logins from 10 a day to 0'),
    ];
    const tab = await openBoard();
    await tab.getByRole('button', { name: `Edit ${objective.title}` }).click();
    await tab
      .getByRole('dialog', { name: 'Edit the objective' })
      .getByRole('button', { name: 'Delete' })
      .click();
    const confirm = tab.getByRole('alertdialog', { name: 'Delete the objective?' });
    await confirm.getByText(/with its 2 key results \(deleted first\)/).waitFor();
    for (const kr of keyResults)
      await confirm.getByRole('listitem').filter({ hasText: kr.title }).waitFor();
    await confirm.getByRole('button', { name: 'Delete objective and 2 key results' }).click();
    await confirm.waitFor({ state: 'detached' });
    await tab
      .locator('.fui-Toast')
      .filter({ hasText: 'Objective deleted, with 2 key results.' })
      .waitFor();
    expect(await tab.getByRole('article', { name: objective.title }).count()).toBe(0);

    const board = await stack.repository.loadBoard({ cycleId: stack.fixture.cycle.id });
    expect(board.objectives.some((o) => o.id === objective.id)).toBe(false);
    for (const kr of keyResults) await expectDeleted(kr);
  });

  it('an objective others align to is refused, naming them, and nothing is deleted', async () => {
    const parent = await createObjective('Become the partners’ first choice');
    const keyResult = await createKeyResult(parent, 'Raise partner NPS from 2 to 10');
    const child = await createObjective('Sales partners renew without discounts', {
      teamId: stack.fixture.sales.id,
      parentId: parent.id,
    });
    const tab = await openBoard();
    await tab.getByRole('button', { name: `Edit ${parent.title}` }).click();
    await tab
      .getByRole('dialog', { name: 'Edit the objective' })
      .getByRole('button', { name: 'Delete' })
      .click();
    const refusal = tab.getByRole('alertdialog', { name: 'This objective cannot be deleted yet' });
    await refusal.getByRole('listitem').filter({ hasText: child.title }).waitFor();
    expect(await refusal.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
    await refusal.getByRole('button', { name: 'Close' }).click();
    await refusal.waitFor({ state: 'detached' });

    const board = await stack.repository.loadBoard({ cycleId: stack.fixture.cycle.id });
    expect(board.objectives.some((o) => o.id === parent.id)).toBe(true);
    expect(board.keyResults.some((kr) => kr.id === keyResult.id)).toBe(true);
  });

  it('a key result changed by someone else meanwhile asks first, then deletes their version', async () => {
    const objective = await createObjective('Onboarding runs itself');
    const keyResult = await createKeyResult(objective, 'Cut onboarding calls from 10 to 2 a week');
    const tab = await openBoard();
    await tab.getByRole('button', { name: `Edit ${keyResult.title}` }).click();
    await tab
      .getByRole('dialog', { name: 'Edit the key result' })
      .getByRole('button', { name: 'Delete' })
      .click();
    const confirm = tab.getByRole('alertdialog', { name: 'Delete the key result?' });
    await confirm.getByText(keyResult.title, { exact: false }).waitFor();

    const renamed = 'Cut onboarding calls from 10 to 1 a week';
    const theirs = await stack.repository.updateKeyResult({ ...keyResult, title: renamed });
    await confirm.getByRole('button', { name: 'Delete key result' }).click();
    await confirm.getByText(`Someone else changed “${renamed}”`, { exact: false }).waitFor();
    expect(await storedKeyResult(keyResult.id)).toMatchObject({ title: renamed });
    await confirm.getByRole('button', { name: 'Delete anyway' }).click();
    await confirm.waitFor({ state: 'detached' });
    await tab.locator('.fui-Toast').filter({ hasText: 'Key result deleted.' }).waitFor();
    expect(await tab.locator(`li[data-kr-id="${keyResult.id}"]`).count()).toBe(0);
    await expectDeleted(theirs);
    // The objective stays, now without key results.
    await tab
      .getByRole('article', { name: objective.title })
      .getByText(/No key results yet/)
      .waitFor();
  });

  it('from the keyboard, leaves focus on the deleted key result’s objective, then on the board once the objective goes', async () => {
    const objective = await createObjective('Partners sell the product on their own');
    const keyResult = await createKeyResult(objective, 'Partner-sourced deals from 2 to 10');
    const tab = await openBoard();
    const focused = () =>
      tab.evaluate(() => {
        const active = document.activeElement;
        return `${active?.tagName.toLowerCase()} ${active?.getAttribute('aria-label')}`;
      });
    const focusLands = (expected: string) =>
      tab
        .waitForFunction(
          (name) => document.activeElement?.getAttribute('aria-label') === name,
          expected,
          { timeout: 60_000 },
        )
        .catch(() => undefined);

    await tab.getByRole('button', { name: `Edit ${keyResult.title}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    const editor = tab.getByRole('dialog', { name: 'Edit the key result' });
    await editor.getByRole('button', { name: 'Delete' }).focus();
    await page.keyboard.press('Enter');
    const confirm = tab.getByRole('alertdialog', { name: 'Delete the key result?' });
    await confirm.getByRole('button', { name: 'Delete key result' }).focus();
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    // The Edit button that opened the editor went with its key result: focus fell to the page.
    await focusLands(objective.title);
    expect(await focused()).toBe(`article ${objective.title}`);

    await tab.getByRole('button', { name: `Edit ${objective.title}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await tab
      .getByRole('dialog', { name: 'Edit the objective' })
      .getByRole('button', { name: 'Delete' })
      .focus();
    await page.keyboard.press('Enter');
    const confirmObjective = tab.getByRole('alertdialog', { name: 'Delete the objective?' });
    await confirmObjective.getByRole('button', { name: 'Delete objective' }).focus();
    await page.keyboard.press('Enter');
    await confirmObjective.waitFor({ state: 'detached' });
    const board = await tab
      .locator('section', { has: tab.getByRole('region', { name: 'Objectives and key results' }) })
      .getAttribute('aria-label');
    await focusLands(board!);
    expect(await focused()).toBe(`section ${board}`);
  });
});
