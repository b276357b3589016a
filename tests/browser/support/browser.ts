import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

/**
 * Headless Chromium from the system (`/usr/bin/chromium`, never a downloaded build). Host
 * names other than the loopback ones do not resolve, so a page under test (teams-js fetches a
 * list of origins from a CDN, for one) never reaches outside this machine. Chromium's own
 * browser UI stays out of the way: each new context opens a window whose omnibox popup, a WebUI
 * page (`chrome://omnibox-popup.top-chrome`), Chromium 156 preloads in a renderer of its own,
 * which took about 2 s of main-thread time in a trace of one cold open on a two-core machine,
 * beside the page under test (no Teams tab or Office add-in has an omnibox).
 */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ...extraArgs,
    ],
  });
}

/** Collects uncaught errors of a page (and its frames), to assert there were none. */
export function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/**
 * A new page in a new browser context for every test of the file (handed to `use`), closed after it;
 * a test whose page threw an uncaught error fails.
 */
export function freshPagePerTest(
  browser: () => Browser,
  use: (page: Page, context: BrowserContext) => void,
  contextOptions: BrowserContextOptions = {},
): void {
  let context: BrowserContext;
  let errors: Error[];
  beforeEach(async () => {
    context = await browser().newContext(contextOptions);
    // Sized for a loaded two-core machine, where a page under test may wait its turn for a core.
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    errors = pageErrors(page);
    use(page, context);
  });
  afterEach(async () => {
    await context.close();
    expect(errors).toEqual([]);
  });
}
