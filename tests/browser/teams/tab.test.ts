import type { Page } from 'playwright-core';
import { demoUsers } from '../../../src/dev/graph-emulator';
import { waitForValue } from '../support/fields';
import { waitForFocus, waitForFocusWithin } from '../support/keyboard';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  configureChannelTab,
  landmarkViolations,
  noViolationsInAnyTheme,
  saveChannelTab,
  seriousAxeViolationsInEveryTheme,
  teamsStackPerFile,
  xssTitles,
  type TeamsStack,
} from './support';

/**
 * The Teams tab and its configuration page through the Teams host simulator (real teams-js),
 * against the Graph emulator: the channel board, creating an OKR with live coaching, a
 * check-in that lands in the store, XSS titles shown as text, keyboard-only check-in, and axe.
 */
jest.setTimeout(120_000);

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

describe('the channel tab', () => {
  it('is configured for a team and shows its board with progress, status and confidence', async () => {
    await configureChannelTab(page, stack.server.url);
    const tab = await appFrame(page, 'p1-content');
    const { objective, keyResult } = stack.fixture;
    const card = tab.getByRole('article', { name: objective.title });
    await card.waitFor();
    await card.getByText(keyResult.title).waitFor();
    await card.getByRole('progressbar', { name: `${keyResult.title}: 37% progress` }).waitFor();
    await card.getByRole('img', { name: 'Confidence 7 of 10' }).waitFor();
    await tab.getByRole('tab', { name: 'Alignment' }).click();
    await tab.getByRole('tree', { name: 'Alignment of objectives across teams' }).waitFor();
  });

  it('shows a coaching finding while an objective is typed, then creates it in the store', async () => {
    await configureChannelTab(page, stack.server.url);
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('button', { name: 'New objective' }).click();
    const dialog = tab.getByRole('dialog', { name: 'New objective' });
    const title = 'Launch the new partner portal';
    await dialog
      .getByRole('textbox', { name: /Objective/ })
      .pressSequentially(title, { delay: 10 });
    // The task rule notices a deliverable, with its suggestion and its source.
    const finding = dialog.locator('[data-rule="objective.task"]');
    await finding.waitFor();
    await finding.getByText(/^Try: /).waitFor();
    await finding.getByText(/^Source: /).waitFor();

    await dialog.getByRole('button', { name: 'Create objective' }).click();
    await tab.getByRole('article', { name: title }).waitFor();
    const board = await stack.repository.loadBoard({ cycleId: stack.fixture.cycle.id });
    expect(board.objectives.filter((o) => o.title === title)).toEqual([
      expect.objectContaining({
        teamId: stack.fixture.company.id,
        owner: expect.objectContaining({ id: adele.id }),
      }),
    ]);
  });

  it('renders XSS payload titles as text and runs none of them', async () => {
    await configureChannelTab(page, stack.server.url);
    const tab = await appFrame(page, 'p1-content');
    const card = tab.getByRole('article', { name: xssTitles.objective });
    await card.getByRole('heading', { name: xssTitles.objective }).waitFor();
    await card.getByText(xssTitles.keyResult).waitFor();
    expect(await card.locator('img, script').count()).toBe(0);
    expect(await tab.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  });
});

describe('My OKRs, the personal tab', () => {
  it('checks in with the keyboard alone, and the value and confidence reach the store', async () => {
    const { keyResult } = stack.fixture;
    await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    const checkIn = tab.getByRole('button', { name: `Check in on ${keyResult.title}` });
    await checkIn.waitFor();

    // Tab through the page until the check-in button has focus, then work the dialog by keys.
    await tab.locator('body').focus();
    for (let presses = 0; presses < 40; presses += 1) {
      if (await checkIn.evaluate((button) => button === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    expect(await checkIn.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = tab.getByRole('dialog', { name: `Check in: ${keyResult.title}` });
    const value = dialog.getByRole('textbox', { name: /New value/ });
    // The field starts from the KR's value once the dialog is open (an effect): typed over before
    // that, what was typed would be replaced.
    await waitForValue(value, '3,100');
    // Focus moves into the dialog, onto its first field.
    await waitForFocus(value);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('3400');
    await page.keyboard.press('Tab'); // the confidence slider
    await page.keyboard.press('ArrowLeft'); // 7 → 6
    await page.keyboard.press('ArrowLeft'); // 6 → 5
    // Confidence fell and the note is empty: the coach nudges (advice, not a blocker).
    await dialog.getByText(/Confidence fell from 7 to 5/).waitFor();
    await page.keyboard.press('Tab'); // the check-in date, today
    await page.keyboard.press('Tab'); // its calendar button
    await page.keyboard.press('Tab'); // the note
    await waitForFocus(dialog.getByRole('textbox', { name: /^Note/ }));
    await page.keyboard.type('Two partners slipped to next month');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Save check-in
    await dialog.waitFor({ state: 'detached' });
    await tab.locator('.fui-Toast').filter({ hasText: 'Check-in saved' }).waitFor();

    const history = await stack.repository.checkInHistory([keyResult.id]);
    expect(history.get(keyResult.id)).toEqual([
      expect.objectContaining({
        value: 3400,
        confidence: 5,
        note: 'Two partners slipped to next month',
        source: 'teams',
        author: expect.objectContaining({ id: adele.id }),
      }),
    ]);

    // The history chart of that KR shows the check-in, with a table alternative.
    await tab.getByRole('button', { name: `History of ${keyResult.title}` }).click();
    const chart = tab.getByRole('dialog', { name: `History: ${keyResult.title}` });
    await chart.getByRole('group', { name: new RegExp(`History of ${keyResult.title}`) }).waitFor();
    await chart.getByRole('cell', { name: '3,400 users' }).waitFor();
  });
});

describe('the story', () => {
  it('is one click away, and an admin edits it as plain text that reaches the store', async () => {
    await configureChannelTab(page, stack.server.url);
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('button', { name: 'Why we use OKRs' }).click();
    const drawer = tab.getByRole('dialog', { name: 'Why we use OKRs' });
    await drawer.getByRole('button', { name: 'Edit' }).click();
    const story = '# Focus\nWe pick <b>few</b> goals.\n\n- Outcomes over output';
    await drawer.getByRole('textbox').fill(story);
    await drawer.getByRole('button', { name: 'Save the story' }).click();
    await drawer.getByRole('heading', { name: 'Focus' }).waitFor();
    await drawer.getByText('We pick <b>few</b> goals.').waitFor();
    await drawer.getByRole('listitem').filter({ hasText: 'Outcomes over output' }).waitFor();
    expect(await drawer.locator('b').count()).toBe(0);
    expect((await stack.repository.loadOperatingModel()).story).toBe(story);
  });

  it('is read-only for someone who is not an admin', async () => {
    await openSimulator(page, stack.server.url, {
      context: 'personal',
      user: demoUsers.alexWilber.id,
    });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('heading', { name: 'You own no OKRs in this cycle' }).waitFor();
    await tab.getByRole('button', { name: 'Why we use OKRs' }).click();
    const drawer = tab.getByRole('dialog', { name: 'Why we use OKRs' });
    await drawer.getByRole('button', { name: 'Close the story' }).waitFor();
    expect(await drawer.getByRole('button', { name: 'Edit' }).count()).toBe(0);
  });
});

describe('accessibility', () => {
  // Each page opens in a different theme, and is judged in all three as Teams switches them live.
  it('finds no serious or critical axe violations in the default, dark and contrast themes', async () => {
    const found: Record<string, unknown> = {};
    await openSimulator(page, stack.server.url, {
      context: 'personal',
      user: adele.id,
      theme: 'dark',
    });
    await waitUntilReady(page, 'p1-content');
    const personal = await appFrame(page, 'p1-content');
    await personal.getByRole('article').first().waitFor();
    found.personal = await seriousAxeViolationsInEveryTheme(page, personal);

    await openSimulator(page, stack.server.url, {
      context: 'channel',
      user: adele.id,
      theme: 'contrast',
    });
    await waitUntilReady(page, 'p1-settings');
    const config = await appFrame(page, 'p1-settings');
    await config.getByRole('checkbox', { name: 'Contoso OKRs', exact: true }).waitFor();
    found.config = await seriousAxeViolationsInEveryTheme(page, config);

    await saveChannelTab(page);
    const channel = await appFrame(page, 'p1-content');
    await channel.getByRole('article').first().waitFor();
    found.channel = await seriousAxeViolationsInEveryTheme(page, channel);
    await channel.getByRole('button', { name: 'New objective' }).click();
    await channel.getByRole('dialog', { name: 'New objective' }).waitFor();
    found.editor = await seriousAxeViolationsInEveryTheme(page, channel);
    await waitForFocusWithin(channel.getByRole('dialog', { name: 'New objective' }));
    await page.keyboard.press('Escape');
    await channel.getByRole('dialog', { name: 'New objective' }).waitFor({ state: 'detached' });

    await channel.getByRole('tab', { name: 'Alignment' }).click();
    await channel.getByRole('tree', { name: /Alignment of objectives/ }).waitFor();
    found.alignment = await seriousAxeViolationsInEveryTheme(page, channel);
    await channel.getByRole('tab', { name: 'Coach view' }).click();
    await channel.getByRole('region', { name: 'Stale key results' }).waitFor();
    found.coach = await seriousAxeViolationsInEveryTheme(page, channel);
    await channel.getByRole('button', { name: 'Why we use OKRs' }).click();
    await channel.getByRole('dialog', { name: 'Why we use OKRs' }).waitFor();
    found.story = await seriousAxeViolationsInEveryTheme(page, channel);

    expect(found).toEqual({
      personal: noViolationsInAnyTheme,
      config: noViolationsInAnyTheme,
      channel: noViolationsInAnyTheme,
      editor: noViolationsInAnyTheme,
      alignment: noViolationsInAnyTheme,
      coach: noViolationsInAnyTheme,
      story: noViolationsInAnyTheme,
    });
  });

  it('gives each tab one main landmark, around its views, and names its landmarks apart', async () => {
    const found: Record<string, unknown> = {};
    await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id });
    await waitUntilReady(page, 'p1-content');
    const personal = await appFrame(page, 'p1-content');
    await personal.getByRole('article').first().waitFor();
    found.personal = await landmarkViolations(personal);

    await configureChannelTab(page, stack.server.url);
    const channel = await appFrame(page, 'p1-content');
    await channel.getByRole('article').first().waitFor();
    found.board = await landmarkViolations(channel);
    await channel.getByRole('tab', { name: 'Alignment' }).click();
    await channel.getByRole('tree').waitFor();
    found.alignment = await landmarkViolations(channel);

    expect(found).toEqual({ personal: [], board: [], alignment: [] });
  });
});
