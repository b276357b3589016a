/**
 * Where the app gets Microsoft Graph access tokens. Implementations: MSAL with Nested App
 * Authentication (Teams, Outlook, Excel), MSAL with a popup (a plain browser), and a development
 * provider for the local emulator only.
 *
 * Tokens are never logged or persisted by our code: a provider hands a token to the Graph
 * client's authorization middleware and keeps nothing. MSAL keeps its own cache (sessionStorage
 * by default here, or memory), which is MSAL's documented, per-tab token store.
 */
export interface TokenProvider {
  /** An access token for these Graph scopes (e.g. `Sites.ReadWrite.All`). */
  getToken(scopes: readonly string[]): Promise<string>;
}

/** A provider that can be got ready before the first token is asked for. */
export interface PreparedTokenProvider extends TokenProvider {
  /** Creates what hands out tokens now, a request being about to ask for one. */
  prepare(): void;
}

/**
 * A provider created when the first token is asked for, or `prepare`d (MSAL: its code loaded and
 * its client started then), so a page that paints from its cache loads no sign-in code before it.
 * A failed creation is tried again by the next request.
 */
export function tokenProviderOnFirstUse(
  create: () => Promise<TokenProvider>,
): PreparedTokenProvider {
  let provider: Promise<TokenProvider> | undefined;
  const created = () =>
    (provider ??= create().catch((error: unknown) => {
      provider = undefined;
      throw error;
    }));
  return {
    getToken: async (scopes) => (await created()).getToken(scopes),
    prepare: () => void created().catch(() => undefined),
  };
}

/**
 * One token request per set of scopes at a time: the page's first Graph requests, sent together,
 * share one sign-in (MSAL's silent request through the host's bridge, or its popup, of which
 * only one may be open) and so go out together, instead of one after another as each token
 * comes back.
 */
export function sharingTokenRequests(provider: TokenProvider): TokenProvider {
  const pending = new Map<string, Promise<string>>();
  return {
    getToken: (scopes) => {
      const key = [...scopes].sort().join(' ');
      let token = pending.get(key);
      if (!token) {
        token = provider.getToken(scopes).finally(() => pending.delete(key));
        pending.set(key, token);
      }
      return token;
    },
  };
}
