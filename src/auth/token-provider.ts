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
