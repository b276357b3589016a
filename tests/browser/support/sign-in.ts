import type { Page } from 'playwright-core';
import { answerNestedAppAuth } from '../../../src/dev/nested-app-auth';
import { localClientId } from '../../../src/dev/stack-env';
import { simulatedTenantId } from '../../../src/dev/teams-simulator/directory';
import type { SimulatedUser } from '../../../src/dev/teams-simulator/directory';
import { tenantOfPath } from '../../../src/dev/tenant-path';
import { defaultDevScopes } from '../../../src/auth/dev-token-provider';

/**
 * A page opened outside Teams and Excel signs in with MSAL's popup to Microsoft Entra ID, which
 * no local stack has. For such a page this gives the top-level window the host's nested app
 * authentication bridge instead (as a host that runs the page in its own window injects it),
 * answered by this test process as the simulators answer it: `user` signed in to the tenant of
 * `siteRoot`. Call it before the page navigates.
 */
export async function signInOutsideHosts(
  page: Page,
  siteRoot: string,
  user: SimulatedUser,
): Promise<void> {
  const tenantId = tenantOfPath(new URL(siteRoot).pathname)?.tenantId ?? simulatedTenantId;
  await page.exposeFunction('okrLocalHostAnswer', (message: string) =>
    answerNestedAppAuth(message, {
      tenantId,
      user,
      clientId: localClientId,
      consentedScopes: defaultDevScopes,
    }),
  );
  await page.addInitScript(() => {
    if (window !== window.top) return;
    type Listener = (response: string) => void;
    const answer = (window as unknown as { okrLocalHostAnswer(m: string): Promise<string> })
      .okrLocalHostAnswer;
    const listeners = new Set<Listener>();
    (window as unknown as { nestedAppAuthBridge: unknown }).nestedAppAuthBridge = {
      addEventListener: (name: string, listener: Listener) => {
        if (name === 'message') listeners.add(listener);
      },
      removeEventListener: (name: string, listener: Listener) => listeners.delete(listener),
      postMessage: (message: string) => {
        void answer(message).then((response) => {
          if (response) listeners.forEach((listener) => listener(response));
        });
      },
    };
  });
}
