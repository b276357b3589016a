import type { Frame, Page } from 'playwright-core';
import { localClientId } from '../../../src/dev/stack-env';
import {
  loggedMessages,
  openSimulator,
  simulatorCard,
  waitUntilReady,
} from '../support/teams-simulator';
import { adele, appFrame, teamsStackPerFile, type TeamsStack } from '../teams/support';

/**
 * Sign-in as in production: the pages are built with `VITE_AUTH_MODE=naa` and the local client
 * id, so MSAL's nestable client (`createNestablePublicClientApplication`) asks the host through
 * `window.nestedAppAuthBridge`, and the Teams and Excel simulators answer as Teams and Office do
 * (src/dev/nested-app-auth.ts). No page holds a development token.
 */
jest.setTimeout(120_000);

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

/** MSAL keeps what it got in the page's sessionStorage: the account and an access token. */
async function msalCache(
  frame: Frame | Page,
): Promise<{ accounts: number; accessTokens: string[] }> {
  return frame.evaluate(() => {
    const keys = Object.keys(sessionStorage);
    return {
      accounts: keys.filter((key) => key.endsWith('.account.keys')).length,
      accessTokens: keys.filter((key) => key.includes('accesstoken')),
    };
  });
}

/** What the Excel simulator's bridge answers to a raw MSAL request envelope. */
function askBridge(excel: Page, tokenParams: object): Promise<Record<string, unknown>> {
  return excel.evaluate(
    (params) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const bridge = (
          window as unknown as {
            nestedAppAuthBridge: {
              addEventListener(name: string, listener: (response: string) => void): void;
              postMessage(message: string): void;
            };
          }
        ).nestedAppAuthBridge;
        bridge.addEventListener('message', (response) => {
          const parsed = JSON.parse(response) as { requestId: string };
          if (parsed.requestId === 'probe') resolve(parsed);
        });
        bridge.postMessage(
          JSON.stringify({
            messageType: 'NestedAppAuthRequest',
            method: 'GetToken',
            requestId: 'probe',
            tokenParams: { correlationId: 'c1', ...params },
          }),
        );
      }),
    tokenParams,
  );
}

describe('nested app authentication on the local stack', () => {
  it('signs the tab in through the Teams simulator and reads the board', async () => {
    await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id });
    await waitUntilReady(page, 'p1-content');
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('article', { name: stack.fixture.objective.title }).waitFor();

    expect(await loggedMessages(page, 'nestedAppAuth.execute').count()).toBeGreaterThan(0);
    const cache = await msalCache(tab);
    expect(cache.accounts).toBe(1);
    expect(cache.accessTokens.length).toBeGreaterThan(0);
    expect(cache.accessTokens.join(' ').toLowerCase()).toContain(localClientId);
  });

  it('signs the task pane in through the Excel simulator and loads the team’s KRs', async () => {
    const excel = new URL('dev/excel-simulator/index.html', stack.server.url);
    excel.searchParams.set('user', adele.id);
    await page.goto(excel.href);
    await page.getByTestId('signed-in').filter({ hasText: adele.displayName }).waitFor();
    await page.getByTestId('team').selectOption(stack.fixture.company.id);
    await page.getByTestId('cycle').selectOption(stack.fixture.cycle.id);
    await page.getByTestId('load').click();
    await page.locator(`tr[data-kr="${stack.fixture.keyResult.id}"]`).waitFor();
    expect((await msalCache(page)).accessTokens.length).toBeGreaterThan(0);
  });

  it('refuses an app registration the tenant does not know, and scopes nobody consented to', async () => {
    const excel = new URL('dev/excel-simulator/index.html', stack.server.url);
    excel.searchParams.set('consent', 'User.Read');
    await page.goto(excel.href);

    const stranger = await askBridge(page, { clientId: 'not-our-app', scope: 'User.Read' });
    expect(stranger).toMatchObject({
      success: false,
      error: { status: 'PERSISTENT_ERROR', code: 'unauthorized_client' },
    });
    expect(JSON.stringify(stranger)).toContain('AADSTS700016');

    const unconsented = await askBridge(page, {
      clientId: localClientId,
      scope: 'Sites.ReadWrite.All openid profile',
    });
    expect(unconsented).toMatchObject({
      success: false,
      error: { status: 'USER_INTERACTION_REQUIRED', subError: 'consent_required' },
    });

    const granted = await askBridge(page, { clientId: localClientId, scope: 'User.Read openid' });
    expect(granted).toMatchObject({ success: true, token: { scope: 'User.Read' } });
  });

  it('shows the tab’s sign-in failure, not Teams’ error screen, when the tenant never consented to the app’s scopes', async () => {
    await openSimulator(page, stack.server.url, {
      context: 'personal',
      user: adele.id,
      consent: 'User.Read',
    });
    const tab = await appFrame(page, 'p1-content');
    await tab.getByText('You could not be signed in').waitFor();
    await tab.getByText(/AADSTS90094/).waitFor();
    expect(await tab.getByRole('article').count()).toBe(0);
    // Told an expected failure, Teams counts the tab as loaded: no error screen covers it.
    await simulatorCard(page, 'p1-content')
      .and(page.locator('[data-status="expectedFailure"]:not([data-screen])'))
      .waitFor();
  });
});
