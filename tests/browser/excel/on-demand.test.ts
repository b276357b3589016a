import type { Page, Route } from 'playwright-core';
import type { OkrStore, SeededBoard } from '../../excel/support/okr-store';
import type { AppServer } from '../support/app-server';
import { waitForValue } from '../support/fields';
import { excelStackPerFile, loadSeededBoard, openSimulator } from './support';

/**
 * The task pane's first screen comes without the workbook sync (its planning and the core's
 * check-in rules) and without Fluent's MessageBar: both load on demand. The pane must still read
 * the sheet, load and send once they arrive, and say so clearly when one cannot be loaded.
 */
jest.setTimeout(180_000);

let store: OkrStore;
let board: SeededBoard;
let server: AppServer;
let page: Page;

excelStackPerFile(
  { keyResults: 2, appOrigin: 'http://127.0.0.1:5300' },
  (stack) => ({ store, board, server } = stack),
  (newPage) => (page = newPage),
);

/**
 * The chunk of the workbook sync, as the Excel simulator's build (src/dev/app-build.ts, which
 * runs the task pane in its page) names it after its module.
 */
const workbookSyncChunk = /\/assets\/workbook-sync-[\w-]+\.js(\?|$)/;

/** Holds the requests for `chunk` until `release`; the held requests then go through. */
async function holdChunk(chunk: RegExp) {
  const held: Route[] = [];
  let releasing = false;
  let onRequest = () => undefined as void;
  const requested = new Promise<void>((resolve) => (onRequest = resolve));
  await page.route(chunk, (route) => {
    if (releasing) return route.continue();
    held.push(route);
    onRequest();
  });
  return {
    requested,
    release: async () => {
      releasing = true;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

/** Fluent's MessageBar, loaded after the first screen (its stand-in paints until then). */
const fluentMessageBarChunk = /\/assets\/MessageBarFluent-[\w-]+\.js(\?|$)/;

/** The message bar around `body`, and whether it is Fluent's (labelled by its title's id). */
const barOf = (testId: string) =>
  page.getByTestId(testId).evaluate((body) => {
    const bar = body.closest('.fui-MessageBar');
    return { role: bar?.getAttribute('role'), fluent: bar?.hasAttribute('aria-labelledby') };
  });

const openPane = () => openSimulator(page, server);
const loadIntoSheet = () => loadSeededBoard(page, store, board);

const row = (index: number) => page.locator(`tr[data-kr="${board.keyResults[index]!.id}"]`);

test('the pane paints its pickers while the sync is on its way, then reads the sheet, loads and sends with it', async () => {
  await openPane();
  await loadIntoSheet();
  await page.getByTestId('sheet-status').waitFor({ timeout: 60_000 });

  // Opened again on a loaded sheet, with the sync held back.
  const sync = await holdChunk(workbookSyncChunk);
  await page.reload();
  await page.getByTestId('signed-in').waitFor();
  await page
    .getByTestId('team')
    .locator(`option[value="${store.teamId}"]`)
    .waitFor({ state: 'attached', timeout: 60_000 });
  await sync.requested;
  // The sheet's table named the team and cycle: they are chosen before the sync is in.
  await waitForValue(page.getByTestId('team'), store.teamId);
  await waitForValue(page.getByTestId('cycle'), board.cycle.id);
  await page.getByRole('status', { name: 'Reading the sheet…' }).waitFor();
  expect(await page.getByTestId('sheet-status').count()).toBe(0);

  await sync.release();
  await page
    .getByTestId('sheet-summary')
    .filter({ hasText: `2 KRs of Sales for ${board.cycle.name} in the sheet` })
    .waitFor({ timeout: 60_000 });
  expect(await page.getByRole('status', { name: 'Reading the sheet…' }).count()).toBe(0);

  const current = row(0).locator('input[data-col="Current"]');
  await current.fill('30');
  await current.press('Enter');
  await page.getByTestId('pending-count').filter({ hasText: '1' }).waitFor({ timeout: 60_000 });
  await page.getByTestId('send').click();
  await page
    .getByTestId('sheet-status')
    .filter({ hasText: '1 check-in sent' })
    .waitFor({ timeout: 60_000 });
  const sent = await store.repository.checkInHistory([board.keyResults[0]!.id]);
  expect(sent.get(board.keyResults[0]!.id)?.map((checkIn) => checkIn.value)).toEqual([30]);
});

test('a sync that cannot be loaded is said in the pane, even without Fluent’s MessageBar, and Load tries it again', async () => {
  let reachable = false;
  await page.route(workbookSyncChunk, (route) => (reachable ? route.continue() : route.abort()));
  await page.route(fluentMessageBarChunk, (route) => route.abort());
  await openPane();
  await page.getByTestId('error').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('error').textContent()).toBe(
    'Part of OKR Coach could not be loaded. Check your connection, then try again.',
  );
  expect(await barOf('error')).toEqual({ role: 'group', fluent: false });

  reachable = true;
  await loadIntoSheet();
  await row(1).waitFor({ timeout: 60_000 });
  await page
    .getByTestId('sheet-summary')
    .filter({ hasText: `2 KRs of Sales for ${board.cycle.name} in the sheet` })
    .waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('error').count()).toBe(0);
});

test('the sheet’s status is a status in Fluent’s MessageBar, or in its stand-in when that cannot load', async () => {
  await openPane();
  await loadIntoSheet();
  await page.getByTestId('sheet-status').waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => document.querySelector('.fui-MessageBar')?.hasAttribute('aria-labelledby'),
    null,
    { timeout: 60_000 },
  );
  expect(await barOf('sheet-status')).toEqual({ role: 'status', fluent: true });

  await page.route(fluentMessageBarChunk, (route) => route.abort());
  await page.reload();
  await page
    .getByTestId('sheet-status')
    .filter({ hasText: 'Everything in the sheet is sent.' })
    .waitFor({ timeout: 60_000 });
  expect(await barOf('sheet-status')).toEqual({ role: 'status', fluent: false });
});

/** The chunk of the Load and Send confirmations, loaded after the pane's first paint. */
const confirmationsChunk = /\/assets\/TaskPaneReviews-[\w-]+\.js(\?|$)/;

test('confirmations that cannot be loaded are said in the pane, which stays, and the next Load or Send tries again', async () => {
  let reachable = false;
  let asked = 0;
  await page.route(confirmationsChunk, (route) => {
    asked += 1;
    return reachable ? route.continue() : route.abort();
  });
  await openPane();
  await loadIntoSheet();
  await row(1).waitFor({ timeout: 60_000 });
  const status = row(0).locator('input[data-col="Status"]');
  await status.fill('Great');
  await status.press('Enter');
  await page.getByTestId('read-only-messages').waitFor({ timeout: 60_000 });

  // Load asks first: its confirmation cannot be loaded, and the pane says so instead of going.
  await page.getByTestId('load').click();
  await page
    .getByTestId('error')
    .filter({
      hasText: 'Part of OKR Coach could not be loaded. Check your connection, then try again.',
    })
    .waitFor({ timeout: 60_000 });
  // Asked for once the pane was painted, and again by Load.
  expect(asked).toBeGreaterThanOrEqual(2);
  expect(await page.getByTestId('signed-in').count()).toBe(1);
  expect(await page.getByTestId('load-review').count()).toBe(0);
  expect(await status.inputValue()).toBe('Great');

  // Reachable again: a deleted row's Send asks, and so does Load.
  reachable = true;
  await page.getByRole('button', { name: 'Delete row 2' }).click();
  await page
    .getByTestId('sheet-status')
    .filter({ hasText: '1 deleted row to confirm' })
    .waitFor({ timeout: 60_000 });
  await page.getByTestId('send').click();
  const review = page.getByTestId('review');
  await review.waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('error').count()).toBe(0);
  await review.getByRole('button', { name: 'Cancel' }).click();
  await review.waitFor({ state: 'detached', timeout: 60_000 });
  await page.getByTestId('load').click();
  await page.getByTestId('load-review').waitFor({ timeout: 60_000 });
});

test('an English pane loads no other language’s words; a German one waits for German rather than showing English', async () => {
  const languageChunk = /\/assets\/pane-(de|fr|es)-[\w-]+\.js(\?|$)/;
  const languagesAsked: string[] = [];
  page.on('request', (request) => {
    if (languageChunk.test(request.url())) languagesAsked.push(request.url());
  });
  await openPane();
  expect(languagesAsked).toEqual([]);

  const german = await holdChunk(/\/assets\/pane-de-[\w-]+\.js(\?|$)/);
  await page.goto(new URL('dev/excel-simulator/index.html?locale=de-DE', server.url).href);
  await german.requested;
  expect(await page.getByTestId('signed-in').count()).toBe(0);
  await german.release();
  await page
    .getByTestId('load')
    .filter({ hasText: 'KRs in diese Arbeitsmappe laden' })
    .waitFor({ timeout: 60_000 });
  expect(languagesAsked).toHaveLength(1);
});
