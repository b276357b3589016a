import type { Frame, Locator, Page, Route } from 'playwright-core';
import type { KeyResult } from '../../../src/core/model';
import { freshPagePerTest } from '../support/browser';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import { adele, appFrame, configureChannelTab, startTeamsStack, type TeamsStack } from './support';

/**
 * The board's first screen is rendered without its virtualiser, whose chunk loads once that
 * screen is painted. Here the chunk is held back at the network until the test lets it through,
 * so that what happens before it arrives is seen: the rows that fill the viewport, and one more;
 * then the virtualiser takes over those very elements where they are, at the scroll position the
 * reader left, and a deep link to a KR far down waits for it.
 */
jest.setTimeout(120_000);

let stack: TeamsStack;
let page: Page;
/** The KR of the last of many objectives, far below the first screen. */
let far: KeyResult;

beforeAll(async () => {
  stack = await startTeamsStack();
  const owner = { id: adele.id, displayName: adele.displayName };
  for (let index = 1; index <= 25; index += 1) {
    const objective = await stack.repository.createObjective({
      cycleId: stack.fixture.cycle.id,
      teamId: stack.fixture.company.id,
      title: `Filler objective ${index}`,
      description: '',
      commitment: 'committed',
      state: 'active',
      owner,
    });
    far = await stack.repository.createKeyResult({
      objectiveId: objective.id,
      title: `Raise filler metric ${index} from 0 to 100%`,
      kind: 'increase',
      start: 0,
      target: 100,
      current: 40,
      unit: '%',
      weight: 1,
      owner,
    });
  }
}, 240_000);

afterAll(async () => {
  await stack?.close();
});

freshPagePerTest(
  () => stack.browser,
  (newPage) => {
    page = newPage;
  },
);

/** Holds the virtualiser's chunk back: `requested` resolves once the board asks for it. */
async function holdVirtualizer(): Promise<{ requested: Promise<void>; release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route('**/boardVirtualizer-*.js', async (route: Route) => {
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
  it('shows the rows that fill the viewport and one more; the virtualiser keeps them where they are', async () => {
    const virtualizer = await holdVirtualizer();
    const tab = await openChannelBoard();
    await virtualizer.requested;
    const scroller = board(tab);
    const height = await scroller.evaluate((element) => element.clientHeight);
    const first = await rowsOf(scroller);
    // Rows follow one another from the top; all but the last reach into the viewport, and
    // the last is the one beyond its edge.
    // (Within a pixel: heights are measured in whole pixels.)
    expect(first[0]!.top).toBe(0);
    first.slice(1).forEach((row, index) => {
      expect(Math.abs(row.top - first[index]!.bottom)).toBeLessThanOrEqual(1);
    });
    expect(first.at(-2)!.top).toBeLessThan(height);
    expect(first.at(-1)!.top).toBeGreaterThanOrEqual(height);
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
    // Once in, the virtualiser renders its overscan: more rows below the edge.
    const canvas = await scroller.evaluateHandle((element) => element.firstElementChild!);
    await tab.waitForFunction(([element, count]) => element.children.length > count, [
      canvas,
      first.length,
    ] as const);
    const after = await rowsOf(scroller);
    expect(after.slice(0, first.length)).toEqual(first);
    const kept = await scroller.evaluate((element) => {
      const state = window as unknown as { firstRows: Element[]; shifts: number };
      const rows = [...element.firstElementChild!.children];
      return {
        same: state.firstRows.every((row, index) => rows[index] === row),
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

  it('opens a deep link to a KR far down once the virtualiser is in, at the KR, focused', async () => {
    const virtualizer = await holdVirtualizer();
    await openSimulator(page, stack.server.url, {
      context: 'personal',
      user: adele.id,
      sub: `kr:${far.id}`,
    });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('article', { name: 'Filler objective 1', exact: true }).waitFor();
    await virtualizer.requested;
    const row = tab.locator(`li[data-kr-id="${far.id}"]`);
    expect(await row.count()).toBe(0);

    virtualizer.release();
    // The link opens the KR's history; closing it hands focus back to the KR's row.
    await tab.getByRole('dialog', { name: `History: ${far.title}` }).waitFor();
    await page.keyboard.press('Escape');
    await tab.getByRole('dialog').waitFor({ state: 'detached' });
    await tab.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-kr-id') === id,
      far.id,
    );
    const where = await row.evaluate((element) => {
      const scroller = element.closest('[role="region"]')!;
      const box = element.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      return {
        inView: box.top >= view.top && box.bottom <= view.bottom,
        scrolled: scroller.scrollTop > 2000,
      };
    });
    expect(where).toEqual({ inView: true, scrolled: true });
  });
});
