import type { Frame, Page } from 'playwright-core';
import { demoUsers } from '../../../src/dev/graph-emulator';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  configureChannelTab,
  createObjectiveWithKeyResult,
  narrowFrame,
  openOverflowingTab,
  openProgrammeSectionInGerman,
  openView,
  teamsStackPerFile,
  type TeamsStack,
} from './support';

/**
 * The tab's views where they are narrow, through the Teams host simulator against the Graph
 * emulator: the Alignment view's titles in a 320 px tab, the coach view's buttons in its cards,
 * a German board's header and toolbar on two rows of a 320 px tab, every action in reach of the
 * keyboard, a 320 px tab's view tabs small, a 320 px German My OKRs' header on one row, My
 * OKRs' header in a 979 px personal tab (Teams on a 1366 px screen), a closed
 * cycle's banner and toolbar in a 320 px tab, each card's title at its top, 320 px and 1,200 px wide, and the
 * objective editor's commitment choices in a 320 px German tab, a 320 px German Programme's
 * section tabs, and KR rows inside their cards in 320 px French and Spanish tabs.
 */
jest.setTimeout(180_000);

const wait = { timeout: 60_000 };
let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

/** The configured channel tab, in German, in a frame `width` px wide. */
async function germanChannelTab(width: number, height?: number): Promise<Frame> {
  await configureChannelTab(page, stack.server.url);
  await openSimulator(page, stack.server.url, {
    context: 'channel',
    user: adele.id,
    locale: 'de-de',
  });
  await waitUntilReady(page, 'p1-content');
  const tab = await appFrame(page, 'p1-content');
  await narrowFrame(page, 'p1-content', width, height);
  return tab;
}

/**
 * Presses Tab until the control named `last` has the focus, at most `steps` times: the names of
 * the controls reached, each checked to show the focus ring.
 */
async function tabUntil(tab: Frame, last: string, steps: number): Promise<string[]> {
  const reached: string[] = [];
  for (let step = 0; step < steps && !reached.includes(last); step += 1) {
    await page.keyboard.press('Tab');
    const focused = await tab.evaluate(() => {
      const element = document.activeElement!;
      return {
        name: element.getAttribute('aria-label') ?? element.textContent ?? '',
        ring: element.hasAttribute('data-fui-focus-visible'),
      };
    });
    reached.push(focused.name);
    expect([focused.name, focused.ring]).toEqual([focused.name, true]);
  }
  return reached;
}

async function channelTab(user = adele.id): Promise<Frame> {
  await configureChannelTab(page, stack.server.url);
  if (user !== adele.id) {
    await openSimulator(page, stack.server.url, { context: 'channel', user });
    await waitUntilReady(page, 'p1-content');
  }
  return appFrame(page, 'p1-content');
}

it('reads objective titles in the Alignment view of a 320 px tab: status and progress go under the title', async () => {
  const tab = await channelTab();
  await narrowFrame(page, 'p1-content', 320);
  await openView(tab, 'Alignment');
  const title = stack.fixture.objective.title;
  const item = tab.getByRole('treeitem', { name: new RegExp(title) });
  await item.waitFor(wait);
  const boxes = await item.evaluate((element, text) => {
    const layout = element.querySelector('.fui-TreeItemLayout')!;
    const words = [...layout.querySelectorAll('span')].find((span) => span.textContent === text)!;
    const badge = layout.querySelector('.fui-TreeItemLayout__aside')!;
    const box = (node: Element) => node.getBoundingClientRect();
    return { row: box(layout).width, title: box(words), badge: box(badge) };
  }, title);
  // Beside the status and percentage, the title had well under half the row.
  expect(boxes.title.width / boxes.row).toBeGreaterThan(0.6);
  expect(boxes.badge.top).toBeGreaterThanOrEqual(boxes.title.bottom - 1);
  expect(await tab.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
});

it('keeps a 320 px tab’s views on one row, the others in a “more views” menu; one chosen there opens with the keyboard on its tab', async () => {
  // Megan coaches: hers has the four views.
  const tab = await channelTab(demoUsers.meganBowen.id);
  await narrowFrame(page, 'p1-content', 320);
  const views = tab
    .locator('[role="tablist"][data-tabster]')
    .and(tab.getByRole('tablist', { name: 'Views' }));
  const more = views.getByRole('tab', { name: /^\d+ more views?$/ });
  await more.waitFor(wait);
  const row = await views.evaluate((list) => {
    const shown = [...list.querySelectorAll<HTMLElement>('[role="tab"]')].filter(
      (tab) => tab.getBoundingClientRect().width > 0,
    );
    const boxes = shown.map((tab) => tab.getBoundingClientRect());
    return {
      // On one line, each tab's box overlaps every other's from top to bottom.
      oneLine:
        Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom)),
      names: shown.map((tab) => tab.textContent ?? '').filter(Boolean),
      fits: list.scrollWidth <= list.clientWidth,
      height: list.getBoundingClientRect().height,
    };
  });
  // The four tabs wrapped: "Coach view" alone on a second line.
  expect(row.oneLine).toBe(true);
  expect(row.fits).toBe(true);
  // Fluent's small tabs, as the header's buttons show only their icons: the medium ones took
  // 44 px above the board.
  expect(row.height).toBeLessThan(40);
  await more.click();
  const listed = await tab.getByRole('menuitem').allTextContents();
  expect(listed.length).toBeGreaterThan(0);
  expect(await more.getAttribute('aria-label')).toBe(
    `${listed.length} more ${listed.length === 1 ? 'view' : 'views'}`,
  );
  // Each view once, in the row (a Fluent tab holds its name twice, to keep its width) or the menu.
  const inRow = ['Board', 'Key results', 'Alignment', 'Coach view'].filter((name) =>
    row.names.some((text) => text.startsWith(name)),
  );
  expect([...inRow, ...listed].sort()).toEqual(['Alignment', 'Board', 'Coach view', 'Key results']);
  expect(listed).toContain('Coach view');
  // The menu's last entry, by the keyboard.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await views.getByRole('tab', { name: 'Coach view', selected: true }).waitFor(wait);
  await tab.getByRole('region', { name: 'Stale key results' }).waitFor(wait);
  await tab.waitForFunction(
    () =>
      document.activeElement?.getAttribute('role') === 'tab' &&
      document.activeElement.getAttribute('aria-selected') === 'true' &&
      document.activeElement.textContent?.startsWith('Coach view'),
    undefined,
    wait,
  );
});

it('keeps a 320 px German board’s header and toolbar to two rows, every action in reach of the keyboard', async () => {
  const tab = await germanChannelTab(320, 700);
  await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor(wait);
  const more = tab.getByRole('button', { name: 'Weitere Aktionen' });
  await more.waitFor(wait);
  const layout = await tab.evaluate(() => {
    const header = document.querySelector('header')!;
    const toolbar = document.querySelector('[role="search"]')!;
    // On one row, each control's box overlaps every other's from top to bottom.
    const oneRow = (root: Element) => {
      const boxes = [...root.querySelectorAll('button, [role="combobox"], input')]
        .map((control) => control.getBoundingClientRect())
        .filter((box) => box.width > 0);
      return Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom));
    };
    return {
      height: toolbar.getBoundingClientRect().bottom - header.getBoundingClientRect().top,
      headerOneRow: oneRow(header),
      toolbarOneRow: oneRow(toolbar),
      // A button whose words run past its edge, or off the tab's.
      clipped: [...header.querySelectorAll('button'), ...toolbar.querySelectorAll('button')]
        .filter(
          (button) =>
            button.scrollWidth > button.clientWidth + 1 ||
            button.getBoundingClientRect().right > innerWidth,
        )
        .map((button) => button.getAttribute('aria-label') ?? button.textContent),
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
  // The title, the cycle's facts, "Programm" and "Warum wir OKRs nutzen" took four rows, the
  // search box, seven icon buttons and "Neues Objective" three more: 395 px.
  expect(layout).toEqual({
    height: expect.any(Number),
    headerOneRow: true,
    toolbarOneRow: true,
    clipped: [],
    scrollWidth: 320,
  });
  expect(layout.height).toBeLessThan(160);

  // Every action in turn by the Tab key, each named, the focus drawn around it.
  await tab.getByRole('combobox', { name: 'Zyklus' }).focus();
  const reached = await tabUntil(tab, 'Neues Objective', 12);
  expect(reached).toEqual(
    expect.arrayContaining([
      'Programm',
      'Warum wir OKRs nutzen',
      'Objectives, Key Results und Verantwortliche durchsuchen',
      'Filter',
      'Sortieren: Reihenfolge des Boards',
      'Weitere Aktionen',
      'Neues Objective',
    ]),
  );
  // The filters' menu holds "Check-in fällig" and "Filter löschen"; "more actions" the rest.
  await tab.getByRole('button', { name: 'Filter', exact: true }).focus();
  await page.keyboard.press('Enter');
  await tab.getByRole('menuitemcheckbox', { name: 'Check\u2011in fällig' }).click(wait);
  await page.keyboard.press('Escape');
  await tab.getByRole('button', { name: 'Aktive Filter: 1' }).focus(wait);
  await page.keyboard.press('Enter');
  await tab.getByRole('menuitem', { name: 'Filter löschen' }).click(wait);
  await tab.getByRole('button', { name: 'Filter', exact: true }).waitFor(wait);
  await more.focus();
  await page.keyboard.press('Enter');
  await tab.getByRole('menuitem', { name: 'Alle Objectives zuklappen' }).waitFor(wait);
  await tab.getByRole('menuitem', { name: 'Link zu dieser Ansicht kopieren' }).waitFor(wait);
  const exports = tab.getByRole('group', { name: 'Exportieren' });
  await exports.getByRole('menuitem', { name: 'Excel-Arbeitsmappe (.xlsx)' }).waitFor(wait);
  await page.keyboard.press('End');
  await exports.getByRole('menuitem', { name: 'CSV' }).and(tab.locator(':focus')).waitFor(wait);
});

it('keeps each of the coach view’s cards inside the tab and its buttons on one line, 320 px to 1,000 px wide', async () => {
  // Megan may nudge Adele, who owns the stale KR.
  const tab = await channelTab(demoUsers.meganBowen.id);
  await tab.getByRole('tab', { name: 'Coach view' }).click(wait);
  const stale = tab.getByRole('region', { name: 'Stale key results' });
  const nudge = stale.getByRole('button', { name: /^Nudge owner, Adele Vance/ }).first();
  await nudge.waitFor(wait);
  const widths = Array.from({ length: 35 }, (_, step) => 1000 - step * 20);
  for (const width of widths) {
    await narrowFrame(page, 'p1-content', width);
    const lines = await stale
      .getByRole('group', { name: /^Actions on/ })
      .first()
      .evaluate((group) =>
        [...group.querySelectorAll('button')].map((button) => {
          // The lines its words take: the text's boxes, not the icon's.
          const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
          const tops = new Set<number>();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
          }
          return [button.textContent, tops.size] as const;
        }),
      );
    expect(lines).toContainEqual(['Nudge owner', 1]);
    for (const [name, count] of lines) expect([width, name, count]).toEqual([width, name, 1]);
    // The cards fit the tab: none is wider than it (they were 320 px at least, so a 320 px
    // tab scrolled sideways to read a card's end).
    const overhang = await stale.evaluate(
      (card) => card.getBoundingClientRect().right - (card.parentElement?.clientWidth ?? 0),
    );
    expect([width, overhang <= 0]).toEqual([width, true]);
  }
});

it('keeps My OKRs’ buttons on the title’s row in a 979 px personal tab, the cycle switcher under the title', async () => {
  // Teams on a 1366 px screen gives a tab 979 px; so does the simulator at 1366.
  await page.setViewportSize({ width: 1366, height: 900 });
  await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id });
  await waitUntilReady(page, 'p1-content');
  const tab = await appFrame(page, 'p1-content');
  expect(await tab.evaluate(() => window.innerWidth)).toBe(979);
  const header = tab.locator('header').first();
  await header.getByText(/\d+ days left/).waitFor(wait);
  // The reminders button says "Reminders…" until the owner's preferences are read.
  await header.getByRole('button', { name: 'Reminders on' }).waitFor(wait);
  const rows = await header.evaluate((root) => {
    const box = (element: Element) => element.getBoundingClientRect();
    const titles = box(root.querySelector('h1')!.parentElement!);
    const buttons = [...root.querySelectorAll('button')].filter((button) =>
      /Reminders|Programme|Why we use OKRs/.test(button.textContent ?? ''),
    );
    return {
      titles: { top: titles.top, bottom: titles.bottom },
      buttons: buttons.map((button) => [button.textContent, Math.round(box(button).top)] as const),
    };
  });
  expect(rows.buttons.map(([name]) => name)).toEqual([
    'Reminders on',
    'Programme',
    'Why we use OKRs',
  ]);
  // On one row, beside the title and its subtitle: "Why we use OKRs" wrapped alone under them.
  const [, top] = rows.buttons[0]!;
  for (const [, other] of rows.buttons) expect(other).toBe(top);
  expect(top).toBeLessThan(rows.titles.bottom);
});

/** Adele's My OKRs in German, in a frame 320 px wide: the tab and its header. */
async function germanMyOkrs320() {
  await openSimulator(page, stack.server.url, {
    context: 'personal',
    user: adele.id,
    locale: 'de-de',
  });
  await waitUntilReady(page, 'p1-content');
  const tab = await appFrame(page, 'p1-content');
  await narrowFrame(page, 'p1-content', 320, 700);
  return { tab, header: tab.locator('header').first() };
}

it('keeps a 320 px German My OKRs’ header to one row, its words whole, every action in reach of the keyboard', async () => {
  const { tab, header } = await germanMyOkrs320();
  // Named "Erinnerungen…" until the owner's preferences are read.
  const reminders = header.getByRole('button', { name: 'Erinnerungen an' });
  await reminders.waitFor(wait);
  const layout = await header.evaluate((root) => {
    const boxes = [...root.querySelectorAll('button, [role="combobox"]')]
      .map((control) => control.getBoundingClientRect())
      .filter((box) => box.width > 0);
    // Text cut at its box's edge (a visually hidden title is 1 px wide on purpose).
    const clipped = [...root.querySelectorAll<HTMLElement>('*')]
      .filter(
        (element) =>
          element.childElementCount === 0 &&
          element.textContent &&
          element.clientWidth > 1 &&
          (element.scrollWidth > element.clientWidth + 1 ||
            element.getBoundingClientRect().right > innerWidth),
      )
      .map((element) => element.textContent);
    const switcher = root.querySelector('[role="combobox"]')!.getBoundingClientRect();
    const facts = root.querySelector('[id^="cycle-facts"]')!;
    return {
      oneRow:
        Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom)),
      // The time left (and the next ritual, when the plan has one) beside the switcher.
      factsBeside: facts.getBoundingClientRect().left >= switcher.right,
      height: root.getBoundingClientRect().height,
      clipped,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
  // "Erinnerungen an" with its words went under the cycle switcher, and the time left under it
  // too once the buttons were icons.
  expect(layout).toEqual({
    oneRow: true,
    factsBeside: true,
    height: expect.any(Number),
    clipped: [],
    scrollWidth: 320,
  });
  // The time left on two lines and the next ritual on a third, beside the switcher.
  expect(layout.height).toBeLessThan(70);

  // Every action in turn by the Tab key, each named, the focus drawn around it.
  await tab.getByRole('combobox', { name: 'Zyklus' }).focus();
  await expect(tabUntil(tab, 'Warum wir OKRs nutzen', 3)).resolves.toEqual([
    'Erinnerungen an',
    'Programm',
    'Warum wir OKRs nutzen',
  ]);
  // The reminders' menu opens from the keyboard and gives the focus back as it closes.
  await reminders.focus();
  await page.keyboard.press('Enter');
  await tab.getByRole('menuitem', { name: 'Für eine Woche pausieren' }).waitFor(wait);
  await page.keyboard.press('Escape');
  await tab.waitForFunction(
    () => document.activeElement?.getAttribute('aria-label') === 'Erinnerungen an',
    undefined,
    wait,
  );
});

it('keeps a 320 px German My OKRs within its tab after a reminders choice: the notice wraps, the bell stays in view', async () => {
  const { tab, header } = await germanMyOkrs320();
  await header.getByRole('button', { name: 'Erinnerungen an' }).click(wait);
  await tab.getByRole('menuitem', { name: 'Für eine Woche pausieren' }).click(wait);
  const notice = header.getByText('Erinnerungen für 7 Tage pausiert.');
  await notice.waitFor(wait);
  const layout = await header.evaluate((root) => {
    const bell = root.querySelector('button[aria-haspopup="menu"]')!.getBoundingClientRect();
    const bar = root.querySelector('.fui-MessageBar')!.getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      scrolledSideways: scrollX,
      noticeInside: bar.left >= 0 && bar.right <= innerWidth,
      bellInside: bell.left >= 0 && bell.right <= innerWidth,
    };
  });
  // On one line beside the bell, the notice made the tab 377 px wide, the bell out of sight.
  expect(layout).toEqual({
    scrollWidth: 320,
    scrolledSideways: 0,
    noticeInside: true,
    bellInside: true,
  });
  // Reminders on again for the tests after this one.
  await header.getByRole('button', { name: /^Erinnerungen pausiert bis/ }).click(wait);
  await tab.getByRole('menuitem', { name: 'Erinnerungen aktivieren' }).click(wait);
  await header.getByRole('button', { name: 'Erinnerungen an' }).waitFor(wait);
});

/** Where each card's title starts, below the top of its header's padding (0 when it sits on it). */
function titleOffsets(tab: Frame) {
  return tab.evaluate(() =>
    [...document.querySelectorAll('article[data-objective-id]')].map((card) => {
      const title = card.querySelector('h3')!;
      const header = title.closest('article > div')!;
      const top =
        header.getBoundingClientRect().top + parseFloat(getComputedStyle(header).paddingTop);
      return [title.textContent, Math.round(title.getBoundingClientRect().top - top)] as const;
    }),
  );
}

it.each(['fr-fr', 'es-es'])(
  'keeps each KR row of a 320 px %s tab inside its card: bar, badge, confidence and actions',
  async (locale) => {
    const { keyResult } = await createObjectiveWithKeyResult(
      stack,
      stack.fixture.company.id,
      `Les clients adoptent le nouveau tableau de bord (${locale})`,
      `Taux d’adoption hebdomadaire du tableau de bord (${locale})`,
    );
    await stack.repository.saveCheckIns([
      {
        clientId: `narrow-${locale}`,
        keyResultId: keyResult.id,
        value: 45,
        confidence: 7,
        note: '',
        author: adele,
        at: new Date().toISOString(),
        source: 'teams',
      },
    ]);
    await openSimulator(page, stack.server.url, { context: 'personal', locale });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    await narrowFrame(page, 'p1-content', 320, 900);
    const row = tab.getByRole('listitem').filter({ hasText: keyResult.title });
    await row.waitFor(wait);
    const overflow = await row.evaluate((item) => {
      const card = item.closest('article')!.getBoundingClientRect();
      return [...item.querySelectorAll('*')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && (box.right > card.right + 0.5 || box.left < card.left - 0.5);
        })
        .map((element) => element.textContent?.slice(0, 30));
    });
    // A row of a French or Spanish badge, the confidence and a 64 px bar ran 19 px past its card.
    expect(overflow).toEqual([]);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
  },
);

it('sets each card’s title at the top of its card, long or short, with a description or collapsed, 320 px and 1,200 px wide', async () => {
  await stack.repository.createObjective({
    cycleId: stack.fixture.cycle.id,
    teamId: stack.fixture.company.id,
    title: 'Every new customer runs a first check-in within a week and keeps checking in weekly',
    description: 'Teams that check in early keep their OKRs alive for the whole quarter.',
    commitment: 'aspirational',
    state: 'active',
    owner: { id: adele.id, displayName: adele.displayName },
  });
  const tab = await channelTab();
  await tab.getByRole('article', { name: /^Every new customer runs/ }).waitFor(wait);
  for (const width of [320, 1200]) {
    // Tall enough for the board to show every card (it shows those in its frame).
    await narrowFrame(page, 'p1-content', width, 900);
    await tab.getByRole('article', { name: /^Every new customer runs/ }).waitFor(wait);
    for (const [press, then] of [
      ['Collapse all objectives', 'Expand all objectives'],
      ['Expand all objectives', 'Collapse all objectives'],
    ]) {
      const offsets = await titleOffsets(tab);
      expect(offsets.length).toBeGreaterThanOrEqual(3);
      // The browser's margins of an h3 set each title 16 px under the header's padding.
      for (const [title, offset] of offsets) {
        expect([width, title, Math.abs(offset) <= 1]).toEqual([width, title, true]);
      }
      if (width < 480) {
        // In a narrow frame it is in the toolbar's "more actions" menu.
        const more = tab.getByRole('button', { name: 'More actions' });
        await more.click(wait);
        await tab.getByRole('menuitem', { name: press }).click(wait);
        await more.click(wait);
        await tab.getByRole('menuitem', { name: then }).waitFor(wait);
        await page.keyboard.press('Escape');
      } else {
        await tab.getByRole('button', { name: press }).click(wait);
        await tab.getByRole('button', { name: then }).waitFor(wait);
      }
    }
  }
});

it('keeps a closed cycle’s banner and the toolbar to 170 px of a 320 px tab: the learnings a link after the words, the buttons on one line', async () => {
  const { repository, fixture } = stack;
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const cycle = await repository.createCycle({
    name: 'Closed last year',
    start: day(-400),
    end: day(-310),
    state: 'active',
  });
  await repository.createObjective({
    cycleId: cycle.id,
    teamId: fixture.company.id,
    title: 'Ship a reliable platform',
    description: '',
    commitment: 'committed',
    state: 'active',
    owner: { id: adele.id, displayName: adele.displayName },
  });
  await repository.updateCycle({ ...cycle, state: 'closed' });
  const tab = await channelTab();
  await narrowFrame(page, 'p1-content', 320, 740);
  await tab.getByRole('combobox', { name: 'Cycle' }).click(wait);
  await tab.getByRole('option', { name: /Closed last year/ }).click(wait);
  const banner = tab.getByText('Closed last year is closed: scores are final');
  await banner.waitFor(wait);
  await tab.getByRole('article', { name: 'Ship a reliable platform' }).waitFor(wait);
  const layout = await tab.evaluate(() => {
    const toolbar = document.querySelector('[role="search"]')!;
    const bar = document.querySelector('.fui-MessageBar')!;
    return {
      height: toolbar.getBoundingClientRect().bottom - bar.getBoundingClientRect().top,
      rows: new Set(
        [...toolbar.querySelectorAll('button')].map((button) =>
          Math.round(button.getBoundingClientRect().top),
        ),
      ).size,
    };
  });
  // The button took a line under the words, and the buttons two lines under the search box:
  // 222 px from the banner's top to the toolbar's bottom.
  expect(layout.height).toBeLessThan(170);
  expect(layout.rows).toBe(1);
  expect(await tab.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  // Every button is still there, named (the filters' menu and "more actions" hold the others),
  // and the learnings open from the keyboard.
  for (const name of ['Filters', 'Sort: Board order', 'More actions']) {
    await tab.getByRole('button', { name, exact: true }).waitFor(wait);
  }
  const learnings = tab.getByRole('button', { name: 'Learnings' });
  await learnings.focus();
  await page.keyboard.press('Enter');
  await tab.getByRole('dialog', { name: 'Learnings of Closed last year' }).waitFor(wait);
});

it('sets the objective editor’s commitment choices one under the other in a 320 px German tab, each whole', async () => {
  const tab = await germanChannelTab(320);
  await tab.getByRole('button', { name: 'Neues Objective' }).click(wait);
  const dialog = tab.getByRole('dialog', { name: 'Neues Objective' });
  const aspirational = dialog.getByRole('radio', { name: /^Ambitioniert:/ });
  await aspirational.waitFor(wait);
  // Measured together, once the dialog's animations have finished: measured one after the other,
  // the second radio's top was once 23 px above the first's bottom on a loaded machine.
  await dialog.evaluate((surface) =>
    Promise.all(surface.ownerDocument.getAnimations().map((animation) => animation.finished)),
  );
  const [first, second] = await dialog.evaluate((surface) =>
    [/^Verbindlich:/, /^Ambitioniert:/].map((name) => {
      const radio = [...surface.querySelectorAll('.fui-Radio')].find((each) =>
        name.test(each.querySelector('label')?.textContent ?? ''),
      )!;
      const text = document.createRange();
      text.selectNodeContents(radio.querySelector('label')!);
      const lines = new Set([...text.getClientRects()].map((line) => Math.round(line.top)));
      const { top, bottom } = radio.getBoundingClientRect();
      return { top, bottom, lines: lines.size };
    }),
  );
  // Side by side, "Verbindlich: Wir erreichen es vollständig" took four lines of a word or two.
  expect(second!.top).toBeGreaterThanOrEqual(first!.bottom - 1);
  expect(first!.lines).toBeLessThanOrEqual(2);
  expect(second!.lines).toBeLessThanOrEqual(2);
});

it('keeps a 320 px German Programme within its tab: the open section beside the “more sections” menu', async () => {
  // Megan may set the programme up: hers has every section.
  await openSimulator(page, stack.server.url, {
    context: 'personal',
    user: demoUsers.meganBowen.id,
    locale: 'de-de',
  });
  await waitUntilReady(page, 'p1-content');
  const tab = await appFrame(page, 'p1-content');
  // As tall as a side panel: in the simulator's default card, a couple of hundred pixels, a page
  // that scrolls as a whole has no room to open the sections' menu above or below its tabs.
  await narrowFrame(page, 'p1-content', 320, 570);
  await tab.getByRole('button', { name: 'Programm', exact: true }).click(wait);
  await openProgrammeSectionInGerman(tab, 'Personen und Rollen');
  await tab.getByRole('heading', { name: 'Personen und Rollen' }).waitFor(wait);
  // "Erste Schritte" kept beside it ran past the row's end, and the page scrolled sideways.
  expect(
    await tab.evaluate(() => [document.documentElement.scrollWidth, document.body.scrollWidth]),
  ).toEqual([320, 320]);
});

it('scrolls a short 320 px German Programme as a whole: its title and section tabs go up too', async () => {
  // Megan may set the programme up: she is offered to become its admin, a notice above the tabs.
  await openSimulator(page, stack.server.url, {
    context: 'personal',
    user: demoUsers.meganBowen.id,
    locale: 'de-de',
  });
  await waitUntilReady(page, 'p1-content');
  const tab = await appFrame(page, 'p1-content');
  await narrowFrame(page, 'p1-content', 320, 560);
  await tab.getByRole('button', { name: 'Programm', exact: true }).click(wait);
  const section = tab.getByRole('tabpanel');
  const lastTeam = section.getByRole('table', { name: 'Teams' }).getByRole('row').last();
  await lastTeam.waitFor(wait);
  // Scrolled with the wheel over the section, as far as it goes.
  await section.hover();
  const title = tab.getByRole('heading', { name: 'Programm', level: 1 });
  for (let turns = 0; turns < 20; turns += 1) await page.mouse.wheel(0, 400);
  // The title, its buttons, the notice and the tabs stayed pinned over 440 of the 560 px, and
  // only the section under them scrolled.
  await tab.waitForFunction(
    (heading) => heading!.getBoundingClientRect().bottom <= 0,
    await title.elementHandle(),
  );
  const last = await lastTeam.evaluate((row) => row.getBoundingClientRect().bottom);
  expect(last).toBeLessThanOrEqual(await tab.evaluate(() => innerHeight));
});

describe.each([
  [
    'de-de',
    400,
    'Programm',
    'Teams',
    ['Übergeordnet', 'Verantwortlich', 'Verknüpftes Team in Teams'],
  ],
  ['fr-fr', 320, 'Programme', 'Équipes', ['Parente', 'Propriétaires', 'Équipe Teams liée']],
  ['es-es', 320, 'Programa', 'Equipos', ['Principal', 'Propietarios', 'Equipo de Teams vinculado']],
  ['en-us', 320, 'Programme', 'Teams', ['Parent', 'Owners', 'Linked Teams team']],
])(
  'the Programme’s Teams table in a %s tab %d px wide',
  (locale, width, programme, teams, named) => {
    it('stacks each team’s cells under its name, each after its column’s name, within the tab', async () => {
      await openSimulator(page, stack.server.url, { context: 'personal', locale });
      await waitUntilReady(page, 'p1-content');
      const tab = await appFrame(page, 'p1-content');
      await narrowFrame(page, 'p1-content', width);
      await tab.getByRole('button', { name: programme, exact: true }).click(wait);
      await tab
        .locator('[role="tablist"][data-tabster]')
        .getByRole('tab', { name: teams, exact: true })
        .click(wait);
      const table = tab.getByRole('table', { name: teams });
      const sales = table.getByRole('row').filter({ hasText: 'Sales' });
      await sales.waitFor(wait);
      // Still a table to a screen reader, each cell under its column's header.
      await table.getByRole('columnheader', { name: named[0] }).waitFor({ state: 'attached' });
      await sales.getByRole('cell', { name: 'Contoso OKRs' }).waitFor(wait);
      const layout = await sales.evaluate((row) => {
        const cells = [...row.querySelectorAll('td')];
        const boxes = cells.map((cell) => cell.getBoundingClientRect());
        return {
          said: cells.map((cell) => getComputedStyle(cell, '::before').content),
          // Each cell below the one before it, none running past the tab's right edge.
          stacked: boxes.every(
            (box, index) => index === 0 || box.top >= boxes[index - 1]!.bottom - 1,
          ),
          within: boxes.every((box) => box.right <= innerWidth && box.left >= 0),
          overflowing: cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).length,
        };
      });
      // The header row was squeezed in: "Übergeordnet" ran into "Besitzer", the fourth column cut off.
      expect(layout).toMatchObject({ stacked: true, within: true, overflowing: 0 });
      expect(layout.said.slice(1, 4)).toEqual(named.map((name) => `${JSON.stringify(name)} / ""`));
      expect(
        await tab.evaluate(() => [document.documentElement.scrollWidth, document.body.scrollWidth]),
      ).toEqual([width, width]);
    });
  },
);

it('breaks a long German column name of a 320 px Programme table only where German allows, never inside a word', async () => {
  await openSimulator(page, stack.server.url, { context: 'personal', locale: 'de-de' });
  await waitUntilReady(page, 'p1-content');
  const tab = await appFrame(page, 'p1-content');
  await narrowFrame(page, 'p1-content', 320);
  await tab.getByRole('button', { name: 'Programm', exact: true }).click(wait);
  await openProgrammeSectionInGerman(tab, 'Teams');
  const table = tab.getByRole('table', { name: 'Teams' });
  await table.getByRole('row').filter({ hasText: 'Sales' }).waitFor(wait);
  // A column named by a long compound, as a translation may well name one.
  const compound = 'Verantwortlichkeitsbereich';
  const label = await table.evaluate((element, word) => {
    (element as HTMLElement).style.setProperty('--programme-column-3', JSON.stringify(word));
    const cell = element.querySelector('tbody tr td:nth-child(3)')!;
    const before = getComputedStyle(cell, '::before');
    const measure = document.createElement('span');
    measure.style.font = before.font;
    measure.style.whiteSpace = 'nowrap';
    measure.textContent = word;
    document.body.append(measure);
    const natural = measure.getBoundingClientRect().width;
    measure.remove();
    return {
      lang: cell.closest('[lang]')?.getAttribute('lang'),
      hyphens: before.hyphens,
      natural,
      shown: parseFloat(before.width),
      overflowing: cell.scrollWidth > cell.clientWidth + 1,
    };
  }, compound);
  // At 38% of the row it broke as "Verantwortlichkei|tsbereich", wherever the box ended.
  expect(label).toMatchObject({ lang: 'de-de', hyphens: 'auto', overflowing: false });
  expect(label.shown).toBeGreaterThanOrEqual(label.natural - 0.5);
  expect(
    await tab.evaluate(() => [document.documentElement.scrollWidth, document.body.scrollWidth]),
  ).toEqual([320, 320]);
});

describe.each([
  ['de-de', 'Programm', 'Bereiche des Programms', /weitere Bereiche?$/, 'Betriebsmodell'],
  ['fr-fr', 'Programme', 'Sections du programme', /autres? sections?$/, 'Modèle opérationnel'],
  ['es-es', 'Programa', 'Secciones del programa', /secci(ón|ones) más$/, 'Modelo operativo'],
  ['en-us', 'Programme', 'Programme sections', /more sections?$/, 'Operating model'],
])(
  'the Programme’s Operating model in a %s tab',
  (locale, programme, list, more, operatingModel) => {
    it('sets each fieldset’s title inside its card, 400, 360 and 320 px wide', async () => {
      await openSimulator(page, stack.server.url, {
        context: 'personal',
        user: demoUsers.meganBowen.id,
        locale,
      });
      await waitUntilReady(page, 'p1-content');
      const tab = await appFrame(page, 'p1-content');
      await tab.getByRole('button', { name: programme, exact: true }).click(wait);
      await openOverflowingTab(tab, { list, more }, operatingModel);
      const cards = tab.getByRole('tabpanel').locator('fieldset');
      await cards.first().waitFor(wait);
      for (const width of [400, 360, 320]) {
        await narrowFrame(page, 'p1-content', width);
        const placed = await cards.evaluateAll((fieldsets) =>
          fieldsets.map((fieldset) => {
            const legend = fieldset.querySelector('legend')!;
            const card = fieldset.getBoundingClientRect();
            const title = legend.getBoundingClientRect();
            const style = getComputedStyle(fieldset);
            const inset = (side: string) =>
              parseFloat(style.getPropertyValue(`border-${side}-width`)) +
              parseFloat(style.getPropertyValue(`padding-${side}`));
            const next = legend.nextElementSibling!.getBoundingClientRect();
            return {
              title: legend.textContent,
              // Under the card's top border and padding, within its sides, and above what follows.
              inside:
                title.top >= card.top + inset('top') - 1 &&
                title.left >= card.left + inset('left') - 1 &&
                title.right <= card.right - inset('right') + 1 &&
                next.top >= title.bottom - 1,
            };
          }),
        );
        expect(placed).toHaveLength(6);
        // Drawn across the card's border, a title of two lines ("Verbindlichkeit, Sprache und
        // Geschichte" at 400 px) sat over it, its last words cut off below the line.
        for (const { title, inside } of placed) {
          expect([width, title, inside]).toEqual([width, title, true]);
        }
        expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      }
    });
  },
);
