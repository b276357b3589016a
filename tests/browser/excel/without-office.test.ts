import type { Browser, Page } from 'playwright-core';
import { startAppServer, type AppServer } from '../support/app-server';
import { freshPagePerTest, launchBrowser } from '../support/browser';
import { seriousAxeViolations } from '../teams/support';

/**
 * The task pane page opened outside Excel. Here office.js cannot even load (the test browser
 * reaches no host but this machine, as a blocked or offline network would): the page shows a
 * designed state that says what it is and where to open it, never a blank page or an error.
 */
jest.setTimeout(60_000);

let server: AppServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

freshPagePerTest(
  () => browser,
  (newPage) => {
    page = newPage;
  },
);

test('says "Open this in Excel", and that office.js could not be loaded', async () => {
  await page.goto(new URL('excel/taskpane.html', server.url).href);
  const state = page.getByRole('region', { name: 'Open this in Excel' });
  await state.getByRole('heading', { name: 'Open this in Excel' }).waitFor();
  await state.getByText(/office\.js .* could not be loaded/).waitFor();
  await state.getByText(/Home › Add-ins › OKR Coach/).waitFor();
  expect(await seriousAxeViolations(page.mainFrame())).toEqual([]);
});
