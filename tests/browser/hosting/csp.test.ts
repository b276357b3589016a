import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { tenantOfPath } from '../../../src/dev/tenant-path';
import { surfaces } from '../../../src/surfaces';
import { launchBrowser, pageErrors } from '../support/browser';
import { sharedStack } from '../support/shared-stack';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  configureChannelTab,
  startTeamsStack,
  type TeamsStack,
} from '../teams/support';

/**
 * The production build under the Content-Security-Policy that Azure Static Web Apps sends with
 * it (src/public/staticwebapp.config.json): every product page is served with its route's policy,
 * as written, except that the local stack's own Graph gateway and Fluid service join
 * `connect-src` and the simulators' origin joins `frame-ancestors`. A `securitypolicyviolation`
 * in any frame (a blocked style, script, connection or Trusted Types sink) fails the test.
 */
jest.setTimeout(240_000);

interface StaticWebAppConfig {
  globalHeaders: Record<string, string>;
  routes: Array<{ route: string; headers?: Record<string, string> }>;
}
const config = JSON.parse(
  readFileSync(resolve(__dirname, '../../../src/public/staticwebapp.config.json'), 'utf8'),
) as StaticWebAppConfig;

/** The route rule Static Web Apps applies to a path (`/teams/*` …), else the global header. */
function shippedPolicy(pathname: string): string {
  const route = config.routes.find(
    (rule) =>
      rule.route.endsWith('/*') &&
      pathname.startsWith(rule.route.slice(0, -1)) &&
      rule.headers?.['Content-Security-Policy'],
  );
  return (
    route?.headers?.['Content-Security-Policy'] ??
    (config.globalHeaders['Content-Security-Policy'] as string)
  );
}

function localPolicy(policy: string): string {
  const { appOrigin, gatewayOrigin, fluidUrl } = sharedStack();
  const fluid = new URL(fluidUrl);
  const additions: Record<string, string[]> = {
    'connect-src': [gatewayOrigin, fluid.origin, `ws://${fluid.host}`],
    'frame-ancestors': [appOrigin],
  };
  return policy
    .split(';')
    .map((directive) => {
      const [name = ''] = directive.trim().split(/\s+/);
      const extra = additions[name];
      if (!extra) return directive.trim();
      const sources = directive
        .trim()
        .split(/\s+/)
        .slice(1)
        .filter((s) => s !== "'none'");
      return [name, ...sources, ...extra].join(' ');
    })
    .join('; ');
}

interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

let stack: TeamsStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let violations: Violation[];
let consoleReports: string[];
let errors: Error[];
const servedUnderPolicy = new Set<string>();

beforeAll(async () => {
  // A response the test fulfils has no address space, so Chromium would treat the page as public
  // and refuse its calls to the loopback Graph gateway (Local Network Access); that check is
  // about how the test serves the page, not about the policy, so it is off here.
  [stack, browser] = await Promise.all([
    startTeamsStack(),
    launchBrowser([
      '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests',
    ]),
  ]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

beforeEach(async () => {
  context = await browser.newContext();
  context.setDefaultTimeout(60_000);
  violations = [];
  consoleReports = [];
  await context.exposeBinding('okrReportViolation', ({ frame }, violation: Violation) => {
    violations.push({ ...violation, page: frame.url() });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (
        window as unknown as { okrReportViolation(v: object): Promise<void> }
      ).okrReportViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  const productFolders = new Set(surfaces.map((surface) => `/${surface.page.split('/')[0]}/`));
  await context.route(`${sharedStack().appOrigin}/**/*.html*`, async (route) => {
    const url = new URL(route.request().url());
    const pathname = tenantOfPath(url.pathname)?.rest ?? url.pathname;
    if (![...productFolders].some((folder) => pathname.startsWith(folder))) {
      await route.continue();
      return;
    }
    // Playwright's fetch reuses kept-alive sockets: one the server closes as it is reused fails
    // with ECONNRESET (every test of this file did, once, on a loaded two-core machine). A browser
    // sends such a GET again by itself; Playwright does when asked.
    const response = await route.fetch({ maxRetries: 3 });
    servedUnderPolicy.add(pathname);
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'content-security-policy': localPolicy(shippedPolicy(pathname)),
      },
    });
  });
  page = await context.newPage();
  errors = pageErrors(page);
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type/i.test(message.text()))
      consoleReports.push(message.text());
  });
});

afterEach(async () => {
  await context.close();
  expect(violations).toEqual([]);
  expect(consoleReports).toEqual([]);
  expect(errors).toEqual([]);
});

/**
 * Waits until the page's `securitypolicyviolation` events have reached the test: each comes
 * through an exposed binding, a moment after the page saw it.
 */
async function violationsReported(count: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (violations.length < count) {
    if (Date.now() > deadline) {
      throw new Error(`${violations.length} of ${count} violations reached the test in 60 s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('publishes no source map in the build, and no bundle points at one', () => {
  const { outDir } = sharedStack();
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
  expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  const pointing = files
    .filter((file) => /\.(js|css)$/.test(file))
    .filter((file) => readFileSync(join(outDir, file), 'utf8').includes('sourceMappingURL'));
  expect(pointing).toEqual([]);
});

it('runs the channel tab and its configuration page under the policy', async () => {
  await configureChannelTab(page, stack.server.url);
  const tab = await appFrame(page, 'p1-content');
  await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
  await tab.getByRole('button', { name: 'New objective' }).click();
  await tab.getByRole('dialog', { name: 'New objective' }).waitFor();
  expect(servedUnderPolicy).toContain('/teams/config.html');
  expect(servedUnderPolicy).toContain('/teams/tab.html');
});

it('refuses inline style with content under the policy, while Fluent styles the page', async () => {
  await configureChannelTab(page, stack.server.url);
  const tab = await appFrame(page, 'p1-content');
  const newObjective = tab.getByRole('button', { name: 'New objective' });
  await newObjective.waitFor();
  const probed = await tab.evaluate(async () => {
    const refused: string[] = [];
    const bothRefused = new Promise<void>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => {
        if (refused.push(event.effectiveDirective) === 2) resolve();
      }),
    );
    const probe = document.createElement('p');
    probe.textContent = 'probe';
    document.body.append(probe);
    const style = document.createElement('style');
    style.textContent = 'p { color: rgb(1, 2, 3); }';
    document.head.append(style);
    probe.setAttribute('style', 'background-color: rgb(4, 5, 6)');
    await bothRefused;
    const shown = getComputedStyle(probe);
    return { refused: refused.sort(), color: shown.color, background: shown.backgroundColor };
  });
  expect(probed.refused).toEqual(['style-src-attr', 'style-src-elem']);
  expect(probed.color).not.toBe('rgb(1, 2, 3)');
  expect(probed.background).not.toBe('rgb(4, 5, 6)');
  // Griffel's rules and the theme's variables did apply: the primary button has the brand colour.
  const colours = await newObjective.evaluate((button) => {
    const brand = document.createElement('span');
    button.parentElement!.append(brand);
    brand.style.backgroundColor = 'var(--colorBrandBackground)'; // the CSSOM, not an attribute
    const shown = { button: getComputedStyle(button).backgroundColor };
    return { ...shown, brand: getComputedStyle(brand).backgroundColor };
  });
  expect(colours.brand).not.toBe('rgba(0, 0, 0, 0)');
  expect(colours.button).toBe(colours.brand);
  // The two refusals were the point: once the page has reported them, nothing else may be.
  await violationsReported(2);
  expect(violations.map((v) => v.directive).sort()).toEqual(probed.refused);
  violations.length = 0;
  consoleReports.length = 0;
});

it('runs the personal tab in the dark and contrast themes under the policy', async () => {
  for (const theme of ['dark', 'contrast']) {
    await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id, theme });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();
  }
});

it('runs the meeting side panel and stage under the policy', async () => {
  await openSimulator(page, stack.server.url, {
    context: 'sidePanel',
    participants: 1,
    roles: 'organizer',
    user: adele.id,
    meeting: 'csp',
  });
  await waitUntilReady(page, 'p1-sidePanel');
  const panel = await appFrame(page, 'p1-sidePanel');
  await panel.locator('button:visible').first().waitFor();
  expect(servedUnderPolicy).toContain('/teams/sidepanel.html');
});

it.each(surfaces.map((surface) => [surface.page]))(
  'serves %s on its own under the policy',
  async (surfacePage) => {
    await page.goto(new URL(surfacePage, stack.server.url).href);
    await page.locator('body *').first().waitFor({ state: 'attached' });
    // Whatever the page shows outside its host (a designed state), it has rendered by now.
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    expect(servedUnderPolicy).toContain(`/${surfacePage}`);
    // The custom functions page runs only inside Excel's functions runtime, which defines Office.
    if (surfacePage === 'excel/functions.html')
      errors.splice(
        0,
        errors.length,
        ...errors.filter((e) => !/Office is not defined/.test(e.message)),
      );
  },
);
