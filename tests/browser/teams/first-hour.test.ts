import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { demoUsers } from '../../../src/dev/graph-emulator';
import { waitForFocusWithin } from '../support/keyboard';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  configureChannelTab,
  dialogScreenshot,
  openProgrammeSection,
  saveChannelTab,
  teamsStackPerFile,
  type TeamsStack,
} from './support';

/**
 * What a new user meets in the first hour, measured in the browser: no control or message runs
 * past the edge of its dialog, whatever the length of what was typed or offered.
 */
jest.setTimeout(180_000);

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

/** The elements inside `container` whose right edge lies past the container's. */
async function pastTheRightEdge(frame: Frame, container: string, inside: string) {
  return frame.locator(container).evaluate((root, selector) => {
    const edge = root.getBoundingClientRect().right;
    return [...root.querySelectorAll(selector)]
      .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
      .map((element) => element.outerHTML.slice(0, 80));
  }, inside);
}

describe('the new objective dialog', () => {
  it('keeps a long "Aligns to" choice and a long unbroken title inside the dialog', async () => {
    const { cycle, company } = stack.fixture;
    await stack.repository.createObjective({
      cycleId: cycle.id,
      teamId: company.id,
      title:
        'Every customer who signs up in the first quarter sees the value of OKRs before their first weekly check-in is due',
      description: '',
      commitment: 'committed',
      state: 'active',
      owner: { id: adele.id, displayName: adele.displayName },
    });
    await page.setViewportSize({ width: 900, height: 900 });
    await configureChannelTab(page, stack.server.url);
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('button', { name: 'New objective' }).click();
    const dialog = tab.getByRole('dialog', { name: 'New objective' });
    await dialog.getByRole('combobox', { name: 'Aligns to' }).waitFor();
    // Every objective it will offer: the other teams' come once the whole cycle is read.
    await dialog.getByText('Loading other teams’ objectives…').waitFor({ state: 'detached' });
    expect(
      await pastTheRightEdge(
        tab,
        '[role="dialog"] .fui-DialogContent',
        'select, input, textarea, .fui-Field',
      ),
    ).toEqual([]);

    await dialog.getByRole('textbox', { name: /Objective/ }).fill('x'.repeat(140));
    await dialog.getByRole('textbox', { name: /Why it matters/ }).focus(); // the coach reads on leaving
    await dialog.locator('[data-rule]').first().waitFor();
    expect(
      await pastTheRightEdge(
        tab,
        '[role="dialog"] .fui-DialogContent',
        '[data-rule], [data-rule] *',
      ),
    ).toEqual([]);
    await dialogScreenshot(tab, 'new-objective-long-title-and-alignment');
  });
});

describe('the board header', () => {
  it('keeps "Why we use OKRs" on the title\'s row in a 979 px channel tab, the cycle\'s dates wrapping beside its switcher', async () => {
    // Teams on a 1366 px screen gives a channel tab 979 px; so does the simulator at 1366.
    await page.setViewportSize({ width: 1366, height: 900 });
    await configureChannelTab(page, stack.server.url);
    const tab = await appFrame(page, 'p1-content');
    expect(await tab.evaluate(() => window.innerWidth)).toBe(979);
    const header = tab.locator('header').first();
    await header.getByText(/\d+ days left/).waitFor();
    const rows = await header.evaluate((root) => {
      const middle = (element: Element) => {
        const { top, bottom } = element.getBoundingClientRect();
        return Math.round((top + bottom) / 2);
      };
      return {
        title: middle(root.querySelector('h1')!),
        buttons: [...root.querySelectorAll(':scope > div > button')].map(
          (button) => [button.textContent, middle(button)] as const,
        ),
        // Each part (the dates, the state, the time left) whole; not the span that groups the
        // parts a narrow frame does not show.
        datesWhole: [...root.querySelectorAll('.fui-Caption1 span:not(:has(span))')].every(
          (part) => part.getClientRects().length === 1,
        ),
      };
    });
    expect(rows.buttons.map(([name]) => name)).toEqual(['Programme', 'Why we use OKRs']);
    for (const [, middle] of rows.buttons) expect(Math.abs(middle - rows.title)).toBeLessThan(4);
    expect(rows.datesWhole).toBe(true);
  });
});

describe('a board in planning', () => {
  it('keeps New objective, search and export once the first objective is in, before any key result', async () => {
    // The cycle after the stack's: a team writes its objectives first, then their key results.
    const day = (offset: number) =>
      new Date(Date.parse(stack.fixture.cycle.end) + offset * 86_400_000)
        .toISOString()
        .slice(0, 10);
    const next = await stack.repository.createCycle({
      name: 'Next quarter',
      start: day(1),
      end: day(91),
      state: 'planning',
    });
    await stack.repository.createObjective({
      cycleId: next.id,
      teamId: stack.fixture.company.id,
      title: 'Win the mid-market in the Nordics',
      description: 'Where our growth is next year',
      commitment: 'committed',
      state: 'active',
      owner: { id: adele.id, displayName: adele.displayName },
    });
    await openSimulator(page, stack.server.url, { context: 'channel', user: adele.id });
    await waitUntilReady(page, 'p1-settings');
    const config = await appFrame(page, 'p1-settings');
    await config.getByRole('radio', { name: /^Next quarter/ }).check();
    await saveChannelTab(page);
    const tab = await appFrame(page, 'p1-content');
    await tab.getByText('Win the mid-market in the Nordics').waitFor();
    await tab.getByRole('searchbox', { name: /Search objectives/ }).waitFor();
    await tab.getByRole('button', { name: 'New objective' }).click();
    await tab.getByRole('dialog', { name: 'New objective' }).waitFor();
    await page.keyboard.press('Escape');

    await tab.getByRole('button', { name: 'Export' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      tab.getByRole('menuitem', { name: 'CSV' }).click(),
    ]);
    const lines = readFileSync((await csv.path())!, 'utf8').split('\r\n');
    expect(lines[1]).toMatch(
      /^"Contoso OKRs","Win the mid-market in the Nordics",.*"Adele Vance",,"Where our growth is next year","Next quarter"/,
    );
    await tab
      .locator('.fui-ToastTitle', {
        hasText: 'Exported 1 objective without key results to Contoso OKRs, Next quarter.csv',
      })
      .waitFor();
  });
});

describe('the "why we use OKRs" story', () => {
  it('hands the focus back to its button when closed with Escape', async () => {
    await configureChannelTab(page, stack.server.url);
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('button', { name: 'Why we use OKRs' }).focus();
    await page.keyboard.press('Enter');
    const drawer = tab.getByRole('dialog');
    await waitForFocusWithin(drawer);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await tab
      .waitForFunction(() => document.activeElement?.textContent === 'Why we use OKRs', undefined, {
        timeout: 60_000,
      })
      .catch(() => undefined);
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Why we use OKRs');
  });
});

describe('a key result title longer than SharePoint keeps', () => {
  it('is refused in its field, saying what fits, before anything is sent', async () => {
    const { keyResult } = stack.fixture;
    // The longest a programme may allow is what a SharePoint line of text holds (255): the
    // editor refuses a longer title itself, where the store used to be the first to say so.
    const model = await stack.repository.loadOperatingModel();
    const longest = await stack.repository.saveOperatingModel({
      ...model,
      limits: { ...model.limits, titleMaxLength: 255 },
    });
    try {
      await page.setViewportSize({ width: 1366, height: 700 });
      await configureChannelTab(page, stack.server.url);
      const tab = await appFrame(page, 'p1-content');
      await tab.getByRole('button', { name: `Edit ${keyResult.title}`, exact: true }).click();
      const dialog = tab.getByRole('dialog', { name: 'Edit the key result' });
      await dialog.getByRole('textbox', { name: /^Key result/ }).fill('x'.repeat(260));
      await dialog.getByRole('button', { name: 'Save key result' }).click();
      await dialog
        .getByText('Keep the title to 255 characters or fewer (it has 260).', { exact: false })
        .first()
        .waitFor();
      expect(
        await dialog.getByRole('alert').filter({ hasText: 'That was not saved' }).count(),
      ).toBe(0);
      expect(await dialog.isVisible()).toBe(true);
    } finally {
      await stack.repository.saveOperatingModel({ ...longest, limits: model.limits });
    }
  });
});

describe('an empty state', () => {
  it('centres its message under its centred title', async () => {
    await openSimulator(page, stack.server.url, {
      context: 'personal',
      user: demoUsers.alexWilber.id,
    });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    const empty = tab.getByRole('region', { name: 'You own no OKRs in this cycle' });
    await empty.waitFor();
    const aligns = await empty.evaluate((section) =>
      [...section.children].map((child) => getComputedStyle(child).textAlign),
    );
    expect(aligns.slice(1, 3)).toEqual(['center', 'center']);
  });
});

/** The personal tab's Programme area, as `user` sees it on a screen `width` px wide. */
async function openProgramme(width: number, height: number, user = adele.id): Promise<Frame> {
  await page.setViewportSize({ width, height });
  await openSimulator(page, stack.server.url, { context: 'personal', user });
  await waitUntilReady(page, 'p1-content');
  const tab = await appFrame(page, 'p1-content');
  await tab.getByRole('button', { name: 'Programme' }).click();
  return tab;
}

describe('the Programme area', () => {
  it('keeps its section tabs on one row, the rest in a menu, and a new cycle without dates says which date to choose', async () => {
    // A 1366 px wide screen: the last tab sat alone on a second row, under the first.
    const tab = await openProgramme(1366, 900);
    const sections = tab.getByRole('tablist', { name: 'Programme sections' });
    // The tabs past the row's end go to a menu once the row is measured (a resize observer), a
    // frame or more after the tabs show: the menu's tab says it was.
    const more = sections.getByRole('tab', { name: /more sections?$/ });
    await more.waitFor();
    expect(
      await pastTheRightEdge(
        tab,
        '[role="tablist"][aria-label="Programme sections"]',
        '[role="tab"]',
      ),
    ).toEqual([]);
    // Every tab shown on one row, each label on one line; the rest one menu away.
    const shown = await sections.getByRole('tab').evaluateAll((tabs) =>
      tabs.map((tab) => {
        const { top, height } = tab.getBoundingClientRect();
        return { name: (tab as HTMLElement).innerText.trim(), top, height };
      }),
    );
    const named = shown.filter(({ name }) => name !== '');
    expect(new Set(named.map(({ top }) => Math.round(top))).size).toBe(1);
    expect(Math.max(...named.map(({ height }) => height))).toBe(
      Math.min(...named.map(({ height }) => height)),
    );
    await more.click();
    // The menu may open a moment after the click (its part loads on demand).
    await tab.getByRole('menuitem').last().waitFor();
    const inMenu = await tab.getByRole('menuitem').allTextContents();
    await page.keyboard.press('Escape');
    expect([...named.map(({ name }) => name), ...inMenu].sort()).toEqual(
      [
        'Get started',
        'Teams',
        'Cycles',
        'People and roles',
        'Operating model',
        'Close a cycle',
        'Next cycle',
        'Cycle review',
        'Import and export',
      ].sort(),
    );

    await openProgrammeSection(tab, 'Cycles');
    await tab.getByRole('button', { name: 'New cycle' }).click();
    const dialog = tab.getByRole('dialog', { name: 'New cycle' });
    await dialog.getByRole('radio', { name: 'Custom dates' }).check();
    await dialog.getByRole('textbox', { name: /Name/ }).fill('Pilot');
    await dialog.getByRole('button', { name: 'Create cycle' }).click();
    await dialog.getByText('Start date is empty. Choose a day.').waitFor();
    await dialog.getByText('End date is empty. Choose a day.').waitFor();
    const widths = await dialog
      .getByRole('textbox', { name: /^(Starts|Ends)/ })
      .evaluateAll((inputs) => inputs.map((input) => input.getBoundingClientRect().width));
    expect(widths).toHaveLength(2);
    expect(Math.abs(widths[0]! - widths[1]!)).toBeLessThan(1);
    await dialogScreenshot(tab, 'new-cycle-without-dates');

    // One date refused, the other not: both inputs stay on one line, under their labels.
    await dialog.getByRole('textbox', { name: /^Ends/ }).fill('03/31/2031');
    await dialog.getByRole('button', { name: 'Create cycle' }).click();
    await dialog.getByText('End date is empty. Choose a day.').waitFor({ state: 'detached' });
    await dialog.getByText('Start date is empty. Choose a day.').waitFor();
    const tops = await dialog
      .getByRole('textbox', { name: /^(Starts|Ends)/ })
      .evaluateAll((inputs) => inputs.map((input) => input.getBoundingClientRect().top));
    expect(Math.abs(tops[0]! - tops[1]!)).toBeLessThan(1);
  });

  it('hands the focus to the tab of a section chosen from the "more" menu, by keyboard', async () => {
    const tab = await openProgramme(1366, 900);
    const sections = tab.getByRole('tablist', { name: 'Programme sections' });
    const more = sections.getByRole('tab', { name: /more sections?$/ });
    await more.focus();
    await page.keyboard.press('Enter');
    const entry = tab.getByRole('menuitem').last();
    await waitForFocusWithin(tab.getByRole('menu'));
    const name = (await entry.textContent())!;
    await entry.focus();
    await page.keyboard.press('Enter');
    const chosen = sections.getByRole('tab', { name, exact: true, selected: true });
    await chosen.waitFor();
    await tab
      .waitForFunction((label) => document.activeElement?.textContent === label, name, {
        timeout: 60_000,
      })
      .catch(() => undefined);
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe(name);
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
  });

  it('keeps its notice whole above a long section, never squeezed over the tabs', async () => {
    const tab = await openProgramme(700, 700, demoUsers.alexWilber.id);
    await openProgrammeSection(tab, 'Operating model');
    await tab.getByRole('textbox', { name: 'Days between check-ins' }).waitFor();
    const notice = tab.locator('.fui-MessageBar').filter({ hasText: 'You can read the programme' });
    const edges = await notice.evaluate((bar) => {
      const tabs = document.querySelector('[role="tablist"]')!.getBoundingClientRect();
      const body = bar.querySelector('.fui-MessageBarBody')!.getBoundingClientRect();
      const box = bar.getBoundingClientRect();
      return { wordsInside: body.bottom <= box.bottom + 0.5, aboveTheTabs: box.bottom <= tabs.top };
    });
    expect(edges).toEqual({ wordsInside: true, aboveTheTabs: true });
  });

  it('keeps each score and its reason inside their columns when a cycle is closed', async () => {
    const tab = await openProgramme(1000, 900);
    await openProgrammeSection(tab, 'Close a cycle');
    const scores = tab.getByRole('table', { name: `Scores of ${stack.fixture.objective.title}` });
    await scores.waitFor();
    const pastTheirCells = await scores.evaluate((table) =>
      [...table.querySelectorAll('input')]
        .filter((input) => {
          const cell = input.closest('td')!.getBoundingClientRect();
          const box = input.closest('.fui-Input')!.getBoundingClientRect();
          return box.left < cell.left - 0.5 || box.right > cell.right + 0.5;
        })
        .map((input) => input.getAttribute('aria-label')),
    );
    expect(pastTheirCells).toEqual([]);
  });
});

describe('a dialog opened from the board', () => {
  it('hands focus back to the button that opened it when it closes', async () => {
    const { keyResult, objective } = stack.fixture;
    await configureChannelTab(page, stack.server.url);
    const tab = await appFrame(page, 'p1-content');
    const focusedName = () =>
      tab.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? 'nothing');
    for (const [opener, dialog] of [
      [`Check in on ${keyResult.title}`, `Check in: ${keyResult.title}`],
      [`Set the status of ${keyResult.title}`, undefined],
      [`Edit ${objective.title}`, 'Edit the objective'],
    ] as const) {
      await tab.getByRole('button', { name: opener, exact: true }).focus();
      await page.keyboard.press('Enter');
      await waitForFocusWithin(tab.getByRole('dialog', dialog ? { name: dialog } : {}));
      await page.keyboard.press('Escape');
      await tab.getByRole('dialog').waitFor({ state: 'detached' });
      await tab
        .waitForFunction(
          (name) => document.activeElement?.getAttribute('aria-label') === name,
          opener,
          { timeout: 60_000 },
        )
        .catch(() => undefined);
      expect(await focusedName()).toBe(opener);
    }
  });
});
