import type { BrowserContext, Frame, Locator, Page, Route } from 'playwright-core';
import type { KeyResult, Objective } from '../../../src/core/model';
import { demoUsers } from '../../../src/dev/graph-emulator';
import { freshPagePerTest } from '../support/browser';
import { waitForFocus, waitForFocusWithin } from '../support/keyboard';
import { signInOutsideHosts } from '../support/sign-in';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  configureChannelTab,
  createObjectiveWithKeyResult,
  startTeamsStack,
  type TeamsStack,
} from './support';
import { chunkRequests } from '../support/build-chunks';

/**
 * Deep links through the Teams host simulator (real teams-js, `page.subPageId`) against the
 * Graph emulator: a board opens at the linked KR however far down the virtualised board it is
 * (in view, highlighted, focused, its history open), "Copy link" copies a link that lands there,
 * a KR on another team's board is shown on that board with a way back, and a dead link says so.
 * The board's first screen is rendered without its virtualiser, whose chunk loads once that
 * screen is painted: held back at the network until a test lets it through, it shows what
 * happens before it arrives (the rows that fill the viewport, and one more), that it takes over
 * those very elements where they are, from where the reader scrolled, and that a deep link to a
 * KR far down waits for it; a first load that fails is tried again.
 */
jest.setTimeout(120_000);

let stack: TeamsStack;
let context: BrowserContext;
let page: Page;
/** The last of many objectives, so its KR is far below the first screen. */
let far: { objective: Objective; keyResult: KeyResult };
/** On the Sales team's board, owned by someone else. */
let elsewhere: { objective: Objective; keyResult: KeyResult };

beforeAll(async () => {
  stack = await startTeamsStack();
  const { company, sales } = stack.fixture;
  for (let index = 1; index <= 24; index += 1) {
    await createObjectiveWithKeyResult(
      stack,
      company.id,
      `Filler objective ${index}`,
      `Raise filler metric ${index} from 0 to 100%`,
    );
  }
  far = await createObjectiveWithKeyResult(
    stack,
    company.id,
    'Partners sell the product on their own',
    'Grow partner-sourced deals from 0 to 100%',
  );
  const alex = demoUsers.alexWilber;
  elsewhere = await createObjectiveWithKeyResult(
    stack,
    sales.id,
    'Sales closes bigger deals',
    'Lift the average deal size from 0 to 100%',
    alex,
  );
}, 240_000);

afterAll(async () => {
  await stack?.close();
});

freshPagePerTest(
  () => stack.browser,
  (newPage, newContext) => {
    context = newContext;
    page = newPage;
  },
);

function keyResultRow(tab: Frame, keyResult: KeyResult): Locator {
  return tab.locator(`li[data-kr-id="${keyResult.id}"]`);
}

/**
 * In the board's viewport, has focus, and is marked as the linked item; returns how far the
 * board scrolled to show it.
 */
async function expectLandedOn(tab: Frame, row: Locator): Promise<number> {
  await waitForFocus(row);
  const where = await row.evaluate((element) => {
    const scroller = element.closest('[role="region"]')!;
    const box = element.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return {
      inView: box.top >= view.top && box.bottom <= view.bottom,
      scrolled: scroller.scrollTop,
      focused: document.activeElement === element,
      current: element.getAttribute('aria-current'),
    };
  });
  expect(where).toEqual({
    inView: true,
    scrolled: expect.any(Number),
    focused: true,
    current: 'true',
  });
  await tab.getByRole('status').filter({ hasText: 'Opened from a link' }).waitFor();
  return where.scrolled;
}

/** The link opened the KR's history; closing it (Escape) hands focus back to the KR's row. */
async function closeHistory(tab: Frame, keyResult: KeyResult): Promise<void> {
  const history = tab.getByRole('dialog', { name: `History: ${keyResult.title}` });
  await waitForFocusWithin(history);
  await page.keyboard.press('Escape');
  await tab.getByRole('dialog').waitFor({ state: 'detached' });
}

/** My OKRs opened from a deep link to the KR far down the board. */
async function openMyOkrsAtFarKeyResult() {
  await openSimulator(page, stack.server.url, {
    context: 'personal',
    user: adele.id,
    sub: `kr:${far.keyResult.id}`,
  });
  await waitUntilReady(page, 'p1-content');
  return appFrame(page, 'p1-content');
}

describe('a deep link to a key result', () => {
  it('opens My OKRs scrolled to the KR, highlighted and focused, with its history', async () => {
    const tab = await openMyOkrsAtFarKeyResult();
    await closeHistory(tab, far.keyResult);
    // 24 objectives come before it: the board scrolled a long way down to show it.
    expect(await expectLandedOn(tab, keyResultRow(tab, far.keyResult))).toBeGreaterThan(2000);
  });

  it('is what Copy link copies, and opening that link lands on the KR', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id });
    await waitUntilReady(page, 'p1-content');
    let tab = await appFrame(page, 'p1-content');
    const { keyResult } = stack.fixture;
    await tab.getByRole('button', { name: `Copy a link to ${keyResult.title}` }).click();
    // The toast, and the toaster's own live announcement of it.
    await tab.getByText(`Link to the key result “${keyResult.title}” copied`).first().waitFor();
    const link = await tab.evaluate(() => navigator.clipboard.readText());

    // A Teams deep link to this app's tab, carrying the KR as its subEntityId (Teams docs).
    const url = new URL(link);
    expect(`${url.origin}${url.pathname.split('/').slice(0, 3).join('/')}`).toBe(
      'https://teams.microsoft.com/l/entity',
    );
    const { subEntityId } = JSON.parse(url.searchParams.get('context') ?? '{}') as {
      subEntityId?: string;
    };
    expect(subEntityId).toBe(`kr:${keyResult.id}`);

    // Teams opens the tab with the link's subEntityId as page.subPageId.
    await openSimulator(page, stack.server.url, {
      context: 'personal',
      user: adele.id,
      sub: subEntityId!,
    });
    await waitUntilReady(page, 'p1-content');
    tab = await appFrame(page, 'p1-content');
    await closeHistory(tab, keyResult);
    await expectLandedOn(tab, keyResultRow(tab, keyResult));

    // Outside Teams, the link's webUrl opens the same board in a plain browser tab.
    const webUrl = new URL(url.searchParams.get('webUrl')!);
    webUrl.searchParams.set('user', adele.id);
    const browserTab = await context.newPage();
    await signInOutsideHosts(browserTab, stack.server.url, adele);
    await browserTab.goto(webUrl.href);
    const history = browserTab.getByRole('dialog', { name: `History: ${keyResult.title}` });
    await waitForFocusWithin(history);
    await browserTab.keyboard.press('Escape');
    await waitForFocus(browserTab.locator(`li[data-kr-id="${keyResult.id}"]`));
  });

  it('on another team’s board shows that board, with a way back to the tab’s own', async () => {
    await configureChannelTab(page, stack.server.url);
    await openSimulator(page, stack.server.url, {
      context: 'channel',
      user: adele.id,
      sub: `kr:${elsewhere.keyResult.id}`,
    });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    await closeHistory(tab, elsewhere.keyResult);
    const row = keyResultRow(tab, elsewhere.keyResult);
    await waitForFocus(row);
    await tab.getByText(/is on the board of Sales, This quarter/).waitFor();

    await tab.getByRole('button', { name: 'Back to this tab’s board' }).click();
    await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
    await row.waitFor({ state: 'detached' });
  });

  it('in another cycle shows that cycle’s board at the KR (it said the link led nowhere)', async () => {
    const { repository, fixture } = stack;
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const earlier = await repository.createCycle({
      name: 'The quarter before',
      start: day(-150),
      end: day(-60),
      state: 'active',
    });
    const objective = await repository.createObjective({
      cycleId: earlier.id,
      teamId: fixture.company.id,
      title: 'Customers renew without being asked',
      description: '',
      commitment: 'committed',
      state: 'active',
      owner: { id: adele.id, displayName: adele.displayName },
    });
    const keyResult = await repository.createKeyResult({
      objectiveId: objective.id,
      title: 'Renewal rate from 80% to 95%',
      kind: 'increase',
      start: 80,
      target: 95,
      current: 88,
      unit: '%',
      weight: 1,
      owner: { id: adele.id, displayName: adele.displayName },
    });
    await openSimulator(page, stack.server.url, {
      context: 'personal',
      user: adele.id,
      sub: `kr:${keyResult.id}`,
    });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    await closeHistory(tab, keyResult);
    await waitForFocus(keyResultRow(tab, keyResult));
    await tab.getByText(/is on the board of Contoso OKRs, The quarter before/).waitFor();
  });

  it('that leads nowhere says so, and the board still shows', async () => {
    await openSimulator(page, stack.server.url, {
      context: 'personal',
      user: adele.id,
      sub: 'kr:987654',
    });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    await tab.getByText('The link leads nowhere').waitFor();
    await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
  });
});

describe('the virtualised board', () => {
  it('renders the rows scrolled into view, down to the last and back', async () => {
    await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    const first = tab.getByRole('article', { name: 'Filler objective 1', exact: true });
    await first.waitFor({ timeout: 60_000 });
    const farRow = keyResultRow(tab, far.keyResult);
    expect(await farRow.count()).toBe(0); // 24 objectives further down: not rendered yet
    const board = tab.locator('div[role="region"]').filter({ has: first });
    // Down a step per frame, as a reader scrolls, until the far objective's KR is rendered.
    await board.evaluate(async (scroller) => {
      while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight) {
        scroller.scrollTop += 300;
        await new Promise(requestAnimationFrame);
      }
    });
    await farRow.waitFor({ timeout: 60_000 });
    // The virtualiser lets the first row go as it renders the rows scrolled to.
    await first.waitFor({ state: 'detached' });
    await tab.locator('div[role="region"]').evaluate((scroller) => (scroller.scrollTop = 0));
    await first.waitFor({ timeout: 60_000 });
    await farRow.waitFor({ state: 'detached', timeout: 60_000 });
  });
});

/** The virtualiser's chunk, fetched again under `?refetch=n` after a failed load (src/reloadable.ts). */
const virtualizerChunk = chunkRequests('ui/components/Board/boardVirtualizer.ts');

/** Holds the virtualiser's chunk back: `requested` resolves once the board asks for it. */
async function holdVirtualizer(): Promise<{ requested: Promise<void>; release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route(virtualizerChunk, async (route: Route) => {
    requested();
    await released;
    await route.continue();
  });
  return { requested: asked, release };
}

function board(tab: Frame): Locator {
  return tab.locator('div[role="region"]').filter({ has: tab.getByRole('article') });
}

async function openChannelBoard(): Promise<Frame> {
  await configureChannelTab(page, stack.server.url);
  await openSimulator(page, stack.server.url, { context: 'channel', user: adele.id });
  await waitUntilReady(page, 'p1-content');
  const tab = await appFrame(page, 'p1-content');
  await tab.getByRole('article', { name: 'Filler objective 1', exact: true }).waitFor();
  return tab;
}

/** Where each row of the board is, relative to the viewport's top, and what it shows. */
function rowsOf(scroller: Locator) {
  return scroller.evaluate((element) => {
    const top = element.getBoundingClientRect().top;
    return [...element.firstElementChild!.children].map((row) => ({
      top: Math.round(row.getBoundingClientRect().top - top),
      bottom: Math.round(row.getBoundingClientRect().bottom - top),
      name: row.querySelector('article')?.getAttribute('aria-label') ?? row.textContent,
    }));
  });
}

describe('the board’s first screen, before its virtualiser comes', () => {
  it('shows rows that fill the viewport, in one render; the virtualiser keeps them where they are', async () => {
    const virtualizer = await holdVirtualizer();
    const tab = await openChannelBoard();
    await virtualizer.requested;
    const scroller = board(tab);
    const height = await scroller.evaluate((element) => element.clientHeight);
    const first = await rowsOf(scroller);
    // Rows follow one another from the top and reach below the viewport's edge: as many as
    // fill the window by their estimated heights, and one more (the window is taller than the
    // board, which lies below the tab’s header), not the whole board (24 fillers and more).
    // (Within a pixel: heights are measured in whole pixels.)
    expect(first[0]!.top).toBe(0);
    first.slice(1).forEach((row, index) => {
      expect(Math.abs(row.top - first[index]!.bottom)).toBeLessThanOrEqual(1);
    });
    expect(first.at(-1)!.bottom).toBeGreaterThan(height);
    const windowHeight = await tab.evaluate(() => window.innerHeight);
    // Estimated heights are not exact: a row or two beyond the window's edge, at most.
    expect(first.filter((row) => row.top >= windowHeight).length).toBeLessThanOrEqual(2);
    expect(first.length).toBeLessThan(24);
    // The elements themselves, and any layout shift from here on.
    await scroller.evaluate((element) => {
      const state = window as unknown as { firstRows: Element[]; shifts: number };
      state.firstRows = [...element.firstElementChild!.children];
      state.shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          state.shifts += (entry as PerformanceEntry & { value: number }).value;
        }
      }).observe({ type: 'layout-shift' });
    });

    virtualizer.release();
    // Once in, the virtualiser places the rows itself: those in the viewport and two more below
    // its edge (its overscan), the first frame's elements where they were.
    const canvas = await scroller.evaluateHandle((element) => element.firstElementChild!);
    await tab.waitForFunction(
      (element) => (element.firstElementChild as HTMLElement).style.transform !== '',
      canvas,
    );
    const after = await rowsOf(scroller);
    const inViewport = first.filter((row) => row.top < height).length;
    expect(after).toHaveLength(inViewport + 2);
    expect(after.slice(0, first.length)).toEqual(first.slice(0, after.length));
    const kept = await scroller.evaluate((element) => {
      const state = window as unknown as { firstRows: Element[]; shifts: number };
      const rows = [...element.firstElementChild!.children];
      return {
        same: rows.every(
          (row, index) => index >= state.firstRows.length || state.firstRows[index] === row,
        ),
        shifts: state.shifts,
        scrolled: element.scrollTop,
      };
    });
    expect(kept).toEqual({ same: true, shifts: 0, scrolled: 0 });
  });

  it('scrolled before the virtualiser comes, shows the rows at that position once it is in', async () => {
    const virtualizer = await holdVirtualizer();
    const tab = await openChannelBoard();
    await virtualizer.requested;
    const scroller = board(tab);
    await scroller.evaluate((element) => (element.scrollTop = 2000));
    virtualizer.release();
    await tab
      .getByRole('article', { name: 'Filler objective 1', exact: true })
      .waitFor({ state: 'detached' });
    const shown = await scroller.evaluate((element) => {
      const view = element.getBoundingClientRect();
      const inView = [...element.querySelectorAll('article')].filter((card) => {
        const box = card.getBoundingClientRect();
        return box.bottom > view.top && box.top < view.bottom;
      });
      return { scrolled: element.scrollTop, cardsInView: inView.length };
    });
    // Not back at the top: the rows at that position, which the virtualiser keeps in view as it
    // measures those above them (taller than estimated, they move the position further down).
    expect(shown.scrolled).toBeGreaterThanOrEqual(2000);
    expect(shown.cardsInView).toBeGreaterThan(0);
  });

  it('that fails to load is loaded again while the board is shown, and the board then scrolls to a KR far down and back', async () => {
    let reachable = false;
    let failed = 0;
    const failures: (() => void)[] = [];
    /** Resolves once `count` loads of the chunk have failed in all. */
    const failedLoads = (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => (failed >= count ? resolve() : failures.push(check));
        check();
      });
    await page.route(virtualizerChunk, async (route: Route) => {
      if (reachable) return route.continue();
      failed += 1;
      failures.splice(0).forEach((check) => check());
      return route.abort('internetdisconnected');
    });
    const tab = await openChannelBoard();
    await failedLoads(1);
    const scroller = board(tab);
    const farRow = keyResultRow(tab, far.keyResult);
    /** Down a step per frame, as a reader scrolls, to the end or until the far KR is rendered. */
    const scrollDown = () =>
      scroller.evaluate(async (element, id) => {
        for (let frame = 0; frame < 600 && !element.querySelector(`[data-kr-id="${id}"]`);) {
          if (element.scrollTop + element.clientHeight < element.scrollHeight) {
            element.scrollTop += 300;
          } else frame += 1;
          await new Promise(requestAnimationFrame);
        }
      }, far.keyResult.id);
    // Without its virtualiser the board has its first rows only: further down is blank.
    await scrollDown();
    expect(await farRow.count()).toBe(0);
    // The board, still shown, asks for the chunk again (and again), however often it mounted.
    await failedLoads(failed + 2);
    reachable = true;
    await scrollDown();
    await farRow.waitFor({ timeout: 60_000 });
    const first = tab.getByRole('article', { name: 'Filler objective 1', exact: true });
    expect(await first.count()).toBe(0);
    await scroller.evaluate((element) => (element.scrollTop = 0));
    await first.waitFor({ timeout: 60_000 });
    await farRow.waitFor({ state: 'detached', timeout: 60_000 });
  });

  it('opens a deep link to a KR far down once the virtualiser is in, at the KR, focused', async () => {
    const virtualizer = await holdVirtualizer();
    const tab = await openMyOkrsAtFarKeyResult();
    await tab.getByRole('article', { name: 'Filler objective 1', exact: true }).waitFor();
    await virtualizer.requested;
    const row = keyResultRow(tab, far.keyResult);
    expect(await row.count()).toBe(0);

    virtualizer.release();
    await closeHistory(tab, far.keyResult);
    expect(await expectLandedOn(tab, row)).toBeGreaterThan(2000);
  });
});
