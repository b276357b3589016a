import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

/**
 * Playwright's own `--disable-features` list (playwright-core 1.65.1, `chromiumSwitches.ts`).
 * Chromium keeps only the last `--disable-features` on its command line, so a list of ours
 * replaces Playwright's unless it repeats it; `browser.test.ts` checks against the list Playwright
 * passes.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium's own browser UI, kept out of the way: each new context opens a window whose omnibox
 * popup, a WebUI page (`chrome://omnibox-popup.top-chrome`, its AI Mode variant in Chromium 156),
 * Chromium loads in a renderer of its own. That took 1–2.4 s of main-thread time in traces of a
 * cold open on a two-core machine, beside the page under test (no Teams tab or Office add-in has
 * an omnibox).
 */
const BROWSER_UI_FEATURES = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

const disableFeatures = '--disable-features=';

/**
 * The one `--disable-features` switch a browser starts with: Playwright's list, the browser UI's,
 * and what the caller's own `--disable-features` names (which would otherwise replace them all).
 */
export function disabledFeaturesSwitch(extraArgs: readonly string[] = []): string {
  const asked = extraArgs
    .filter((arg) => arg.startsWith(disableFeatures))
    .flatMap((arg) => arg.slice(disableFeatures.length).split(','));
  const features = new Set([...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES, ...asked]);
  return disableFeatures + [...features].join(',');
}

/**
 * Headless Chromium from the system (`/usr/bin/chromium`, never a downloaded build). Host
 * names other than the loopback ones do not resolve, so a page under test (teams-js fetches a
 * list of origins from a CDN, for one) never reaches outside this machine.
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
      disabledFeaturesSwitch(extraArgs),
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ...extraArgs.filter((arg) => !arg.startsWith(disableFeatures)),
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
