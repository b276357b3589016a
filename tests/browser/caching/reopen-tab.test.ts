import type { Page } from 'playwright-core';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import { adele, appFrame, teamsStackPerFile, type TeamsStack } from '../teams/support';
import { chunkRequests } from '../support/build-chunks';

/**
 * A tab reopened mid-meeting is instant: the second open of "My OKRs", in the same browser tab
 * or in a new one, shows the board from the cache kept in IndexedDB before Graph has answered
 * anything (and before sign-in and the Graph adapter have loaded), then replaces it with what the
 * store holds now.
 */
jest.setTimeout(120_000);

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

/** Graph answers nothing until released: what shows meanwhile comes from the cache. */
let releaseAnswers: (() => void) | undefined;
function holdGraphAnswers(): void {
  releaseAnswers = stack.emulator.holdAnswers();
}

afterEach(() => {
  releaseAnswers?.();
});

function graphResponses(): number {
  return Object.values(stack.emulator.stats().byStatus).reduce((sum, n) => sum + n, 0);
}

it('a newly opened tab paints the board another tab read, then revalidates it', async () => {
  const { keyResult } = stack.fixture;
  await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id });
  await waitUntilReady(page, 'p1-content');
  await (
    await appFrame(page, 'p1-content')
  )
    .locator(`li[data-kr-id="${keyResult.id}"]`)
    .getByText(keyResult.title)
    .waitFor();

  holdGraphAnswers();
  stack.emulator.resetStats();
  // A new tab: its sessionStorage is empty, the app's IndexedDB is the same.
  const tab = await page.context().newPage();
  await tab.addInitScript(recordFirstRow);
  await openSimulator(tab, stack.server.url, { context: 'personal', user: adele.id });
  const app = await appFrame(tab, 'p1-content');
  const row = app.locator(`li[data-kr-id="${keyResult.id}"]`);
  await row.getByText(keyResult.title, { exact: true }).waitFor();
  expect(graphResponses()).toBe(0);

  // Sign-in (MSAL) and the Graph adapter load for the revalidation, after the cached paint.
  const graphAdapter = chunkRequests('store/graph/graph-repository.ts').source;
  const signIn = chunkRequests('auth/msal-token-provider.ts').source;
  await app.waitForFunction(
    (chunk) => performance.getEntriesByType('resource').some((e) => new RegExp(chunk).test(e.name)),
    graphAdapter,
    { timeout: 60_000 },
  );
  // The screen came with its board in one commit: never its header over a loading board first.
  expect(await app.evaluate(() => (window as { headerWithoutRows?: true }).headerWithoutRows)).toBe(
    undefined,
  );
  const { rowAt, signInAndGraph } = await app.evaluate(
    (chunks) => ({
      rowAt: (window as { firstRowAt?: number }).firstRowAt,
      signInAndGraph: performance
        .getEntriesByType('resource')
        .filter((e) => chunks.some((chunk) => new RegExp(chunk).test(e.name)))
        .map((e) => e.startTime),
    }),
    [signIn, graphAdapter],
  );
  expect(rowAt).toBeDefined();
  expect(signInAndGraph.length).toBeGreaterThan(0);
  expect(signInAndGraph.filter((start) => start < rowAt!)).toEqual([]);
  releaseAnswers!();
  await waitUntilReady(tab, 'p1-content');
});

/**
 * Holds the tab's entry script back until `page` asks for a chunk `chunk` matches (or long enough
 * to say it did not); whether it was asked for before the entry ran, once the page has opened.
 */
async function askedBeforeEntry(page: Page, chunk: RegExp): Promise<() => boolean | undefined> {
  let chunkAsked = () => undefined as void;
  const asked = new Promise<true>((resolve) => (chunkAsked = () => resolve(true)));
  page.on('request', (request) => {
    if (chunk.test(request.url())) chunkAsked();
  });
  let before: boolean | undefined;
  await page.route(/\/assets\/tab-[^/]+\.js$/, async (route) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    before = await Promise.race([
      asked,
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 30_000))),
    ]);
    clearTimeout(timer);
    await route.continue();
  });
  return () => before;
}

it('a first open in this browser asks for sign-in before the entry script of the page has run', async () => {
  // Only the page's start-up links script, reading that nothing is cached, can ask that early.
  const signIn = new RegExp(chunkRequests('auth/msal-token-provider.ts').source);
  const signInAskedFirst = await askedBeforeEntry(page, signIn);
  await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id });
  await waitUntilReady(page, 'p1-content');
  expect(signInAskedFirst()).toBe(true);
});

it('a reopened tab in Teams asks for teams-js before the entry script of the page has run', async () => {
  await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id });
  await waitUntilReady(page, 'p1-content');
  // A new tab of the same browser: the cache hint says reads may be cached, so no cold-start link.
  const tab = await page.context().newPage();
  const teamsHost = new RegExp(chunkRequests('host/teams-host.ts').source);
  const browserHost = new RegExp(chunkRequests('host/browser-host.ts').source);
  const browserHostAsked: string[] = [];
  tab.on('request', (request) => {
    if (browserHost.test(request.url())) browserHostAsked.push(request.url());
  });
  const teamsHostAskedFirst = await askedBeforeEntry(tab, teamsHost);
  await openSimulator(tab, stack.server.url, { context: 'personal', user: adele.id });
  await waitUntilReady(tab, 'p1-content');
  expect(teamsHostAskedFirst()).toBe(true);
  // Framed in Teams: never the plain browser's host.
  expect(browserHostAsked).toEqual([]);
});

/**
 * In the app's frame: when the first board row was put in the page, and whether the screen's
 * header was ever in it without a row before (each callback sees what a commit left in the page).
 */
function recordFirstRow(): void {
  if (window === window.top) return;
  new MutationObserver((_, observer) => {
    if (!document.querySelector('li[data-kr-id]')) {
      if (document.querySelector('header')) {
        (window as { headerWithoutRows?: true }).headerWithoutRows = true;
      }
      return;
    }
    observer.disconnect();
    (window as { firstRowAt?: number }).firstRowAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

it('shows the cached board before Graph answers, then what changed elsewhere', async () => {
  const { keyResult, cycle } = stack.fixture;
  await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id });
  await waitUntilReady(page, 'p1-content');
  const row = async () =>
    (await appFrame(page, 'p1-content')).locator(`li[data-kr-id="${keyResult.id}"]`);
  await (await row()).getByText(keyResult.title).waitFor();

  // Someone renames the KR elsewhere while the tab is closed.
  const board = await stack.repository.loadBoard({ cycleId: cycle.id });
  const stored = board.keyResults.find((kr) => kr.id === keyResult.id)!;
  const renamed = `${keyResult.title} (renamed elsewhere)`;
  await stack.repository.updateKeyResult({ ...stored, title: renamed });

  holdGraphAnswers();
  stack.emulator.resetStats();
  await page.reload();
  const reopened = await row();
  await reopened.waitFor();
  expect(await reopened.getByText(keyResult.title, { exact: true }).count()).toBe(1);
  expect(graphResponses()).toBe(0);

  // The background revalidation brings the new title into the same page.
  releaseAnswers!();
  await reopened.getByText(renamed, { exact: true }).waitFor();
  expect(graphResponses()).toBeGreaterThan(0);
});
