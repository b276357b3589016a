import type { Browser } from 'playwright-core';
import { disabledFeaturesSwitch, launchBrowser } from './browser';

function switchValues(commandLine: readonly string[], name: string): string[][] {
  return commandLine
    .filter((arg) => arg.startsWith(`${name}=`))
    .map((arg) => arg.slice(name.length + 1).split(','));
}

// A feature a test file may turn off for itself (as the CSP test does), besides the shared list.
const callersOwn = '--disable-features=LocalNetworkAccessChecks';

describe('the Chromium that tests and the bench launch', () => {
  let browser: Browser;
  let commandLine: string[];
  beforeAll(async () => {
    // Chromium answers Browser.getBrowserCommandLine only with --enable-automation on.
    browser = await launchBrowser(['--enable-automation', callersOwn]);
    const session = await browser.newBrowserCDPSession();
    ({ arguments: commandLine } = await session.send('Browser.getBrowserCommandLine'));
  }, 60_000);
  afterAll(() => browser.close());

  it("has one --disable-features of its own, last: Playwright's list and the caller's in it", () => {
    const lists = switchValues(commandLine, '--disable-features');
    // Playwright's, then ours: the caller's own switch is folded into ours, not passed after it.
    expect(lists).toHaveLength(2);
    const playwrights = lists[0] ?? [];
    const effective = lists[1] ?? [];
    expect(`--disable-features=${effective.join(',')}`).toBe(disabledFeaturesSwitch([callersOwn]));
    expect(playwrights.filter((feature) => !effective.includes(feature))).toEqual([]);
    expect(effective).toEqual(
      expect.arrayContaining(['LocalNetworkAccessChecks', 'WebUIOmniboxAimPopup']),
    );
  });

  it('opens a page in a new context without any browser UI page beside it', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto('about:blank');
      // The omnibox popup loads as the context's window is made, before newPage resolves.
      const session = await browser.newBrowserCDPSession();
      const { targetInfos } = await session.send('Target.getTargets');
      expect(
        targetInfos.filter((target) => target.type !== 'page').map((target) => target.url),
      ).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
