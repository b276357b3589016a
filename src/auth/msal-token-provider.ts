/**
 * MSAL browser v5. Inside Teams, Outlook and Office (where the host offers a Nested App
 * Authentication bridge) the app uses `createNestablePublicClientApplication`; the host signs the
 * user in and no popup is needed. Elsewhere it uses the standard client with a popup.
 *
 * In Teams, teams-js must be initialised before the nestable client is created: create the
 * `Host` first (src/host initialises teams-js) and pass `host.capabilities().nestedAppAuth`.
 * This folder never imports teams-js.
 *
 * MSAL's cache lives in sessionStorage (per tab, gone when the tab closes) unless `memory` is
 * asked for; our code never stores or logs a token, and MSAL's PII logging stays off.
 */
import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { TokenProvider } from './token-provider';

export interface MsalTokenProviderOptions {
  /** The Entra app registration's client id. */
  readonly clientId: string;
  /** `https://login.microsoftonline.com/<tenant>` or `…/organizations` (default). */
  readonly authority?: string;
  /** Where the popup returns; the app's origin (blank page) by default. */
  readonly redirectUri?: string;
  /** The host offers a NAA bridge (`Host.capabilities().nestedAppAuth`). */
  readonly nestedAppAuth: boolean;
  /** The signed-in user's UPN from the host context, for silent sign-in. */
  readonly loginHint?: string;
  readonly cache?: 'sessionStorage' | 'memory';
}

export function msalConfiguration(options: MsalTokenProviderOptions): Configuration {
  return {
    auth: {
      clientId: options.clientId,
      authority: options.authority ?? 'https://login.microsoftonline.com/organizations',
      ...(options.redirectUri ? { redirectUri: options.redirectUri } : {}),
    },
    cache: { cacheLocation: options.cache === 'memory' ? 'memoryStorage' : 'sessionStorage' },
    system: { loggerOptions: { piiLoggingEnabled: false } },
  };
}

export class MsalTokenProvider implements TokenProvider {
  constructor(
    private readonly app: IPublicClientApplication,
    private readonly loginHint?: string,
  ) {}

  private account(): AccountInfo | undefined {
    return this.app.getActiveAccount() ?? this.app.getAllAccounts()[0] ?? undefined;
  }

  async getToken(scopes: readonly string[]): Promise<string> {
    const request = { scopes: [...scopes] };
    const account = this.account();
    try {
      const result = account
        ? await this.app.acquireTokenSilent({ ...request, account })
        : await this.app.ssoSilent({
            ...request,
            ...(this.loginHint ? { loginHint: this.loginHint } : {}),
          });
      this.app.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError) && account) throw error;
      const result = await this.app.acquireTokenPopup({
        ...request,
        ...(this.loginHint ? { loginHint: this.loginHint } : {}),
      });
      this.app.setActiveAccount(result.account);
      return result.accessToken;
    }
  }
}

/** The right MSAL client for the host: nestable where NAA is supported, standard elsewhere. */
export async function createMsalTokenProvider(
  options: MsalTokenProviderOptions,
): Promise<MsalTokenProvider> {
  const configuration = msalConfiguration(options);
  const app = options.nestedAppAuth
    ? await createNestablePublicClientApplication(configuration)
    : await createStandardPublicClientApplication(configuration);
  return new MsalTokenProvider(app, options.loginHint);
}
