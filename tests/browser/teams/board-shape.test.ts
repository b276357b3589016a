import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { Cycle, KeyResult, Objective } from '../../../src/core/model';
import { demoUsers } from '../../../src/dev/graph-emulator';
import { freshPagePerTest } from '../support/browser';
import { waitForValue } from '../support/fields';
import { openSimulator, simulatorCard, waitUntilReady } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  configureChannelTab,
  narrowFrame,
  noViolationsInAnyTheme,
  seriousAxeViolationsInEveryTheme,
  startTeamsStack,
  type TeamsStack,
} from './support';

/**
 * Finding and shaping a channel board through the Teams simulator (real teams-js) against the
 * Graph emulator: search, filters and order kept in a link that opens the same view; the view
 * exported to a workbook and to CSV, both formula-safe; switching the board's cycle; initiatives
 * under their KR; axe-core clean in the three themes. With OKR_SCREENSHOTS set to a folder, the
 * themed boards are also saved there as PNGs.
 */
jest.setTimeout(180_000);

let stack: TeamsStack;
let context: BrowserContext;
let page: Page;
let partners: { objective: Objective; keyResult: KeyResult };
let formulas: { objective: Objective; keyResult: KeyResult };
let lastQuarter: { cycle: Cycle; objective: Objective };

const alex = { id: demoUsers.alexWilber.id, displayName: demoUsers.alexWilber.displayName };
const isoDate = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function objectiveWithKeyResult(
  cycleId: string,
  title: string,
  keyResult: Partial<KeyResult> & Pick<KeyResult, 'title'>,
  owner = alex,
): Promise<{ objective: Objective; keyResult: KeyResult }> {
  const objective = await stack.repository.createObjective({
    cycleId,
    teamId: stack.fixture.company.id,
    title,
    description: '',
    commitment: 'committed',
    state: 'active',
    owner,
  });
  const created = await stack.repository.createKeyResult({
    objectiveId: objective.id,
    kind: 'increase',
    start: 0,
    target: 40,
    current: 4,
    unit: 'partners',
    weight: 1,
    owner,
    ...keyResult,
  });
  return { objective, keyResult: created };
}

beforeAll(async () => {
  stack = await startTeamsStack();
  const { cycle } = stack.fixture;
  partners = await objectiveWithKeyResult(cycle.id, 'Partners sell the product on their own', {
    title: 'Onboard 40 resellers',
    confidence: 3,
  });
  const initiatives = [
    { title: 'Reseller starter kit', status: 'inProgress', link: 'https://example.com/kit' },
    { title: 'Partner portal sign-up', status: 'done' },
    { title: 'Quarterly partner webinar', status: 'notStarted', dueDate: isoDate(20) },
    { title: 'Print catalogue', status: 'dropped' },
  ] as const;
  for (const initiative of initiatives) {
    await stack.repository.createInitiative({
      keyResultId: partners.keyResult.id,
      owner: alex,
      ...initiative,
    });
  }
  formulas = await objectiveWithKeyResult(cycle.id, '=HYPERLINK("https://evil.example","Win")', {
    title: '@SUM(1+1) support tickets',
    kind: 'decrease',
    start: 50,
    target: 10,
    current: 30,
    unit: 'tickets',
    confidence: 8,
  });
  const closed = await stack.repository.createCycle({
    name: 'Last quarter',
    start: isoDate(-120),
    end: isoDate(-31),
    state: 'closed',
  });
  const old = await objectiveWithKeyResult(closed.id, 'Close the old books on time', {
    title: 'Close 12 monthly books in 5 days',
  });
  lastQuarter = { cycle: closed, objective: old.objective };
}, 240_000);

afterAll(async () => {
  await stack?.close();
});

freshPagePerTest(
  () => stack.browser,
  (newPage, newContext) => {
    page = newPage;
    context = newContext;
  },
);

async function openBoard(theme = 'default'): Promise<Frame> {
  await configureChannelTab(page, stack.server.url, theme);
  const tab = await appFrame(page, 'p1-content');
  await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
  return tab;
}

const article = (tab: Frame, objective: Objective) =>
  tab.getByRole('article', { name: objective.title });

async function copiedViewLink(tab: Frame): Promise<string> {
  await tab.getByRole('button', { name: 'Copy a link to this view' }).click();
  await tab.getByText('Link to this view of the board copied').first().waitFor();
  const link = new URL(await tab.evaluate(() => navigator.clipboard.readText()));
  const { subEntityId } = JSON.parse(link.searchParams.get('context') ?? '{}') as {
    subEntityId?: string;
  };
  expect(subEntityId).toMatch(/^view:/);
  return subEntityId!;
}

describe('finding and shaping a channel board', () => {
  it('searches, filters and sorts, and a copied link opens the same view', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    let tab = await openBoard();
    await tab.getByRole('searchbox', { name: /Search objectives/ }).fill('resellers');
    await article(tab, stack.fixture.objective).waitFor({ state: 'detached' });
    await article(tab, partners.objective).waitFor();
    await tab.getByText(/Showing 1 of \d+ key results/).waitFor();

    // Filters by keyboard: the menu opens with Enter, items toggle with Space.
    await tab.getByRole('button', { name: 'Filters', exact: true }).focus();
    await tab.page().keyboard.press('Enter');
    await tab.getByRole('menuitemcheckbox', { name: 'Low confidence' }).waitFor();
    await tab.getByRole('menuitemcheckbox', { name: 'Low confidence' }).focus();
    await tab.page().keyboard.press('Space');
    await tab.page().keyboard.press('Escape');
    await tab.getByRole('button', { name: 'Filters, 1 on' }).waitFor();
    await tab.getByRole('button', { name: 'Needs a check-in' }).click();
    await tab.getByRole('button', { name: /^Sort/ }).click();
    await tab.getByRole('menuitemradio', { name: 'Progress' }).click();
    await tab.getByRole('button', { name: 'Sort: Progress, lowest first' }).waitFor();
    await article(tab, partners.objective).waitFor();
    expect(await article(tab, formulas.objective).count()).toBe(0);

    const subEntityId = await copiedViewLink(tab);
    expect(subEntityId).toContain('q=resellers');
    await openSimulator(page, stack.server.url, {
      context: 'channel',
      user: adele.id,
      sub: subEntityId,
    });
    await waitUntilReady(page, 'p1-content');
    tab = await appFrame(page, 'p1-content');
    await article(tab, partners.objective).waitFor();
    await waitForValue(tab.getByRole('searchbox', { name: /Search objectives/ }), 'resellers');
    await tab.getByRole('button', { name: 'Filters, 1 on' }).waitFor();
    expect(
      await tab.getByRole('button', { name: 'Needs a check-in' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await tab.getByRole('button', { name: 'Sort: Progress, lowest first' }).waitFor();
    await article(tab, stack.fixture.objective).waitFor({ state: 'detached' });

    await tab.getByRole('button', { name: 'Clear filters' }).click();
    await article(tab, stack.fixture.objective).waitFor();
  });

  it('keeps the Filters menu inside a short tab, scrolling, so its last choice is in reach of the mouse', async () => {
    const tab = await openBoard();
    await narrowFrame(page, 'p1-content', 900, 420);
    await tab.getByRole('button', { name: 'Filters', exact: true }).click();
    const items = tab.getByRole('menuitemcheckbox');
    await items.first().waitFor();
    const popover = tab.locator('.fui-MenuPopover');
    const { top, bottom, room, scrolls } = await popover.evaluate((menu) => ({
      ...menu.getBoundingClientRect().toJSON(),
      room: window.innerHeight,
      scrolls: menu.scrollHeight > menu.clientHeight,
    }));
    // It ran hundreds of pixels past the frame's bottom edge, where the wheel scrolled the board.
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(room);
    expect(scrolls).toBe(true);
    await items.last().click();
    await tab.getByRole('button', { name: 'Filters, 1 on' }).waitFor();
  });

  it('collapses an objective, and all of them', async () => {
    const tab = await openBoard();
    const card = article(tab, partners.objective);
    const toggle = card.getByRole('button', { name: `Key results of ${partners.objective.title}` });
    await toggle.click();
    await card
      .getByRole('button', { name: `Key results of ${partners.objective.title}`, expanded: false })
      .waitFor();
    await card.getByText('1 key result').waitFor();
    expect(await card.getByRole('list', { name: /Key results of/ }).count()).toBe(0);
    await tab.getByRole('button', { name: 'Collapse all objectives' }).click();
    await tab.getByRole('button', { name: 'Expand all objectives' }).click();
    await card.getByRole('list', { name: `Key results of ${partners.objective.title}` }).waitFor();
  });

  it('exports the view to a workbook and to CSV, formula-safe, that a workbook library opens', async () => {
    const tab = await openBoard();
    await tab.getByRole('searchbox', { name: /Search objectives/ }).fill('support tickets');
    await article(tab, partners.objective).waitFor({ state: 'detached' });

    await tab.getByRole('button', { name: 'Export' }).click();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      tab.getByRole('menuitem', { name: 'Excel workbook (.xlsx)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^Contoso OKRs, This quarter\.xlsx$/);
    const zip = await JSZip.loadAsync(readFileSync((await xlsx.path())!));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    expect(sheet).not.toMatch(/<f[ >]/);
    const text = (sheet + strings).replace(/&quot;/g, '"');
    expect(text).toContain('=HYPERLINK("https://evil.example","Win")');
    expect(text).toContain('@SUM(1+1) support tickets');
    // Only the filtered view: one KR row under the header.
    expect(sheet.match(/<row /g)).toHaveLength(2);
    expect(text).not.toContain(partners.keyResult.title);

    await tab.getByRole('button', { name: 'Export' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      tab.getByRole('menuitem', { name: 'CSV' }).click(),
    ]);
    const lines = readFileSync((await csv.path())!, 'utf8').split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""https://evil.example"",""Win"")"`);
    expect(lines[1]).toContain(`"'@SUM(1+1) support tickets"`);
  });

  it('exports CSV that a German Excel opens by a double click, separated by semicolons', async () => {
    await openBoard();
    await openSimulator(page, stack.server.url, {
      context: 'channel',
      user: adele.id,
      locale: 'de-de',
    });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
    await tab.getByRole('button', { name: 'Exportieren' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      tab.getByRole('menuitem', { name: 'CSV' }).click(),
    ]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\ufeff"Team";"Objective";"Key result";')).toBe(true);
    expect(text).toContain(
      `;"${stack.fixture.keyResult.title}";"Increase";2000;5000;3100;"users";`,
    );
  });

  it('switches the cycle, naming its dates and time left, and a view link keeps it', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    let tab = await openBoard();
    await tab.getByText(/\d+ days left/).waitFor();
    await tab.getByRole('combobox', { name: 'Cycle' }).click();
    await tab.getByRole('option', { name: /Last quarter/ }).click();
    await article(tab, lastQuarter.objective).waitFor();
    await article(tab, stack.fixture.objective).waitFor({ state: 'detached' });
    await tab.getByText(/Closed · ended \d+ days ago/).waitFor();
    // A closed cycle takes no check-in: its KRs offer none and none "needs a check-in".
    const closedCard = article(tab, lastQuarter.objective);
    const kr = 'Close 12 monthly books in 5 days';
    await closedCard.getByRole('button', { name: `History of ${kr}` }).waitFor();
    expect(await closedCard.getByRole('button', { name: `Check in on ${kr}` }).count()).toBe(0);
    expect(await closedCard.getByText('needs a check-in').count()).toBe(0);
    // Nor any new or changed OKR: it is read-only until an admin reopens it.
    expect(await closedCard.getByRole('button', { name: `Edit ${kr}` }).count()).toBe(0);
    expect(await closedCard.getByRole('button', { name: /^Set the status of/ }).count()).toBe(0);
    expect(await tab.getByRole('button', { name: 'New objective' }).count()).toBe(0);

    const subEntityId = await copiedViewLink(tab);
    expect(subEntityId).toContain(`cycle=${encodeURIComponent(lastQuarter.cycle.id)}`);
    await openSimulator(page, stack.server.url, {
      context: 'channel',
      user: adele.id,
      sub: subEntityId,
    });
    await waitUntilReady(page, 'p1-content');
    tab = await appFrame(page, 'p1-content');
    await article(tab, lastQuarter.objective).waitFor();
    await tab
      .getByRole('combobox', { name: 'Cycle' })
      .filter({ hasText: 'Last quarter' })
      .waitFor();
  });

  it('shows initiatives under their KR, a few at first, never moving its progress', async () => {
    const tab = await openBoard();
    const list = tab.getByRole('list', { name: `Initiatives of ${partners.keyResult.title}` });
    await list.waitFor();
    expect(await list.getByRole('listitem').count()).toBe(3);
    await list.getByText('In progress').waitFor();
    expect(
      await list.getByRole('link', { name: 'Reseller starter kit' }).getAttribute('href'),
    ).toBe('https://example.com/kit');
    await tab.getByRole('button', { name: 'Show all 4 initiatives' }).click();
    await list.getByText('Print catalogue').waitFor();
    expect(await list.getByRole('listitem').count()).toBe(4);
    await list.getByText(/ · due /).waitFor();
    // 4 of 40 resellers is 10 %, whatever the initiatives say.
    await tab
      .getByRole('progressbar', { name: `${partners.keyResult.title}: 10% progress` })
      .waitFor();
  });

  it('keeps each status badge as wide as its words when the tab is narrow', async () => {
    const tab = await openBoard('default');
    await article(tab, partners.objective).waitFor();
    const card = simulatorCard(page, 'p1-content');
    // About 600 px: the KR rows' narrow grid, where the badge sits in a wide cell.
    await card.evaluate((element: HTMLElement) => {
      element.style.width = '600px';
    });
    try {
      const widths = await tab.locator('.fui-Badge').evaluateAll((badges) =>
        badges.map((badge) => {
          const words = badge.firstElementChild ?? badge;
          return {
            badge: badge.getBoundingClientRect().width,
            words: words.getBoundingClientRect().width,
          };
        }),
      );
      expect(widths.length).toBeGreaterThan(0);
      // Padding and border of a Fluent badge are under 20 px; a stretched one was 168 px wide.
      for (const { badge, words } of widths) expect(badge - words).toBeLessThan(20);
    } finally {
      await card.evaluate((element: HTMLElement) => {
        element.style.width = '';
      });
    }
  });

  it('fits every card and KR row into a phone-wide tab, the actions on a line of their own', async () => {
    const tab = await openBoard('default');
    await article(tab, partners.objective).waitFor();
    const card = simulatorCard(page, 'p1-content');
    await card.evaluate((element: HTMLElement) => {
      element.style.width = '360px';
    });
    try {
      const rows = await tab
        .locator('article > div:first-child, article li[data-kr-id]')
        .evaluateAll((elements) =>
          elements.map((element) => {
            const box = element.getBoundingClientRect();
            const parts = [...element.children].map((child) => child.getBoundingClientRect());
            return {
              overflow: element.scrollWidth - element.clientWidth,
              outside: parts.filter((part) => part.right > box.right + 0.5).length,
              // The actions (last) take a line below the title (first).
              actionsBelow: parts.at(-1)!.top >= parts[0]!.bottom - 0.5,
            };
          }),
        );
      expect(rows.length).toBeGreaterThan(2);
      for (const row of rows) {
        expect(row.overflow).toBeLessThanOrEqual(0);
        expect(row.outside).toBe(0);
        expect(row.actionsBelow).toBe(true);
      }
      // A card's objective takes the card's whole width (less its padding).
      const headers = await tab.locator('article > div:first-child').evaluateAll((elements) =>
        elements.map((element) => {
          const heading = element.firstElementChild!.getBoundingClientRect();
          return heading.width / element.getBoundingClientRect().width;
        }),
      );
      for (const share of headers) expect(share).toBeGreaterThan(0.85);
    } finally {
      await card.evaluate((element: HTMLElement) => {
        element.style.width = '';
      });
    }
  });

  it("lines up a card's KR rows: bar, badge and Check in start where they do in every other row; a phone-wide tab gives the title the row", async () => {
    // A second KR beside the resellers': another badge and confidence, no owner (so no Nudge).
    await stack.repository.createKeyResult({
      objectiveId: partners.objective.id,
      title: 'Partners in 10 regions',
      kind: 'increase',
      start: 0,
      target: 10,
      current: 9,
      unit: 'regions',
      weight: 1,
      confidence: 10,
    });
    const tab = await openBoard('default');
    await article(tab, partners.objective).waitFor();
    const starts = () =>
      tab.locator('ul[aria-label^="Key results of"]').evaluateAll((lists) =>
        lists.map((list) =>
          [...list.querySelectorAll(':scope > li')].map((row) => {
            const left = (selector: string) =>
              Math.round(row.querySelector(selector)?.getBoundingClientRect().left ?? -1);
            const title = row.firstElementChild!.getBoundingClientRect().width;
            return {
              columns: [left('[role="progressbar"]'), left('.fui-Badge'), left('button')],
              titleShare: title / row.getBoundingClientRect().width,
            };
          }),
        ),
      );
    const wide = await starts();
    expect(wide.filter((rows) => rows.length > 1).length).toBeGreaterThan(0);
    for (const rows of wide) {
      for (const row of rows) expect(row.columns).toEqual(rows[0]!.columns);
    }
    const card = simulatorCard(page, 'p1-content');
    await card.evaluate((element: HTMLElement) => {
      element.style.width = '360px';
    });
    try {
      // Each title across its row, not a third of it beside the bar.
      for (const rows of await starts()) {
        for (const row of rows) expect(row.titleShare).toBeGreaterThan(0.85);
      }
    } finally {
      await card.evaluate((element: HTMLElement) => {
        element.style.width = '';
      });
    }
  });

  // Opened in the dark theme; judged in all three, as Teams switches them live.
  it('has no serious axe violation in the default, dark and contrast themes', async () => {
    const folder = process.env.OKR_SCREENSHOTS;
    if (folder) await page.setViewportSize({ width: 1100, height: 760 });
    const tab = await openBoard('dark');
    await tab.getByRole('searchbox', { name: /Search objectives/ }).fill('partner');
    await tab.getByRole('button', { name: 'Needs a check-in' }).click();
    await article(tab, partners.objective).waitFor();
    await tab.getByRole('list', { name: `Initiatives of ${partners.keyResult.title}` }).waitFor();
    const screenshots = async (theme: string) => {
      if (!folder) return;
      const card = simulatorCard(page, 'p1-content');
      await card.screenshot({ path: join(folder, `board-filters-${theme}.png`) });
      // The board in a 320 px wide frame, as in a meeting's side panel.
      await card.evaluate((element: HTMLElement) => {
        element.style.width = '320px';
      });
      await card.screenshot({ path: join(folder, `board-filters-narrow-${theme}.png`) });
      await card.evaluate((element: HTMLElement) => {
        element.style.width = '';
      });
    };
    expect(await seriousAxeViolationsInEveryTheme(page, tab, screenshots)).toEqual(
      noViolationsInAnyTheme,
    );
  });
});
