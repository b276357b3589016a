import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { waitForValue } from '../support/fields';
import { simulatorCard } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  configureChannelTab,
  noViolationsInAnyTheme,
  seriousAxeViolationsInEveryTheme,
  teamsStackPerFile,
  type TeamsStack,
} from './support';

/**
 * The channel tab's coach view through the Teams host simulator (real teams-js), against the
 * Graph emulator: scoped to the tab's teams and saying so, each OKR opened on the board, checked
 * in on and edited with the board's own dialogs, and axe in the three themes. With
 * OKR_SCREENSHOTS set to a folder, the view is saved there in each theme.
 */
jest.setTimeout(180_000);

const wait = { timeout: 60_000 };

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

async function openCoachView(theme = 'default'): Promise<Frame> {
  await configureChannelTab(page, stack.server.url, theme);
  const tab = await appFrame(page, 'p1-content');
  await tab.getByRole('tab', { name: 'Coach view' }).click(wait);
  await tab.getByRole('region', { name: 'Stale key results' }).waitFor(wait);
  return tab;
}

describe('the coach view', () => {
  it('says which teams and cycle it coaches, and lists only the tab’s teams', async () => {
    const { cycle, sales } = stack.fixture;
    // Another team's stale KR: the tab is configured for Contoso OKRs only.
    const elsewhere = await stack.repository.createObjective({
      cycleId: cycle.id,
      teamId: sales.id,
      title: 'Sales wins the north region',
      description: '',
      commitment: 'committed',
      state: 'active',
      owner: { id: adele.id, displayName: adele.displayName },
    });
    await stack.repository.createKeyResult({
      objectiveId: elsewhere.id,
      title: 'Sign 40 new accounts in the north',
      kind: 'increase',
      start: 0,
      target: 40,
      current: 5,
      unit: 'accounts',
      weight: 1,
    });

    const tab = await openCoachView();
    await tab.getByText(`Coaching Contoso OKRs · ${cycle.name}`).waitFor(wait);
    const stale = tab.getByRole('region', { name: 'Stale key results' });
    await stale.getByText(stack.fixture.keyResult.title).waitFor(wait);
    expect(await tab.getByText('Sign 40 new accounts in the north').count()).toBe(0);
    expect(await tab.getByText('Sales wins the north region').count()).toBe(0);
  });

  it('opens a KR on the board, where its history shows', async () => {
    const { keyResult } = stack.fixture;
    const tab = await openCoachView();
    await tab
      .getByRole('region', { name: 'Stale key results' })
      .getByRole('button', { name: `Open ${keyResult.title} on the board` })
      .click(wait);
    await tab.getByRole('dialog', { name: `History: ${keyResult.title}` }).waitFor(wait);
    expect(
      await tab
        .getByRole('tab', { name: 'Board', includeHidden: true })
        .getAttribute('aria-selected'),
    ).toBe('true');
    await tab.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click(wait);
    // Closing the history hands focus back to the KR's row on the board.
    await tab
      .getByRole('button', { name: `Check in on ${keyResult.title}` })
      .waitFor({ ...wait, state: 'visible' });
  });

  it('opens a KR whose objective was collapsed on the board: the objective opens to show it', async () => {
    const { keyResult } = stack.fixture;
    await configureChannelTab(page, stack.server.url);
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('button', { name: 'Collapse all objectives' }).click(wait);
    await tab.getByRole('button', { name: 'Expand all objectives' }).waitFor(wait);
    expect(await tab.getByRole('button', { name: `Check in on ${keyResult.title}` }).count()).toBe(
      0,
    );
    await tab.getByRole('tab', { name: 'Coach view' }).click(wait);
    await tab
      .getByRole('region', { name: 'Stale key results' })
      .getByRole('button', { name: `Open ${keyResult.title} on the board` })
      .click(wait);
    await tab.getByRole('dialog', { name: `History: ${keyResult.title}` }).waitFor(wait);
    await tab.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click(wait);
    await tab
      .getByRole('button', { name: `Check in on ${keyResult.title}` })
      .waitFor({ ...wait, state: 'visible' });
  });

  it('edits a KR with the board’s editor', async () => {
    const { keyResult } = stack.fixture;
    const tab = await openCoachView();
    await tab
      .getByRole('region', { name: 'Stale key results' })
      .getByRole('button', { name: `Edit ${keyResult.title}` })
      .click(wait);
    const editor = tab.getByRole('dialog', { name: 'Edit the key result' });
    await editor.waitFor(wait);
    expect(
      await tab
        .getByRole('tab', { name: 'Board', includeHidden: true })
        .getAttribute('aria-selected'),
    ).toBe('true');
    expect(
      await editor
        .getByRole('textbox', { name: /Key result/ })
        .first()
        .inputValue(),
    ).toBe(keyResult.title);
  });

  it('checks in on a KR with the board’s check-in dialog, and the check-in reaches the store', async () => {
    const { keyResult } = stack.fixture;
    const tab = await openCoachView();
    await tab
      .getByRole('region', { name: 'Stale key results' })
      .getByRole('button', { name: `Check in on ${keyResult.title}` })
      .click(wait);
    const dialog = tab.getByRole('dialog', { name: `Check in: ${keyResult.title}` });
    const value = dialog.getByRole('textbox', { name: /New value/ });
    // Typed over the KR's value, which the field starts from once the dialog is open (an effect).
    await waitForValue(value, keyResult.current.toLocaleString('en-US'));
    await value.fill('3300');
    await dialog.getByRole('textbox', { name: /Note/ }).fill('Two webinars brought users in');
    await dialog.getByRole('button', { name: 'Save check-in' }).click(wait);
    await dialog.waitFor({ ...wait, state: 'detached' });
    await tab.locator('.fui-Toast').filter({ hasText: 'Check-in saved' }).waitFor(wait);

    const history = await stack.repository.checkInHistory([keyResult.id]);
    expect(history.get(keyResult.id)).toEqual([
      expect.objectContaining({
        value: 3300,
        note: 'Two webinars brought users in',
        source: 'teams',
        author: expect.objectContaining({ id: adele.id }),
      }),
    ]);
  });
});

describe('the coach view’s accessibility', () => {
  // Opened in the contrast theme; judged in all three, as Teams switches them live.
  it('finds no serious or critical axe violations in the default, dark and contrast themes', async () => {
    const folder = process.env.OKR_SCREENSHOTS;
    if (folder) await page.setViewportSize({ width: 1100, height: 760 });
    const tab = await openCoachView('contrast');
    await tab.getByText(/^Coaching Contoso OKRs/).waitFor(wait);
    await tab
      .getByRole('button', { name: /^Open / })
      .first()
      .waitFor(wait);
    const screenshot = async (theme: string) => {
      if (!folder) return;
      await simulatorCard(page, 'p1-content').screenshot({
        path: join(folder, `coach-view-actions-${theme}.png`),
      });
    };
    expect(await seriousAxeViolationsInEveryTheme(page, tab, screenshot)).toEqual(
      noViolationsInAnyTheme,
    );
  });
});
