import { base64url, emulatorAccessToken } from '../auth/dev-token-provider';

/**
 * The host's side of nested app authentication (NAA), played by the Teams host simulator and the
 * Excel workbook simulator the way Teams and Office play it for MSAL.js
 * (https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication,
 * https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in).
 *
 * MSAL's nestable client (`createNestablePublicClientApplication`) posts JSON strings through
 * `window.nestedAppAuthBridge` and waits for answers with the same `requestId` (the wire shapes
 * are @azure/msal-browser's `naa/BridgeRequestEnvelope` and `naa/BridgeResponseEnvelope`):
 * - `GetInitContext` → `{ initContext: { sdkName, sdkVersion, capabilities, accountContext } }`;
 * - `GetToken` (silent) and `GetTokenPopup` → `{ token: { access_token, id_token, expires_in,
 *   scope }, account }`, or `{ success: false, error: { status, code, subError, description } }`,
 *   which MSAL turns into its own errors (`USER_INTERACTION_REQUIRED` → InteractionRequiredAuthError,
 *   `PERSISTENT_ERROR` → ServerError, see its `webBrokerBridge/WebBrokerBridgeErrorMap`).
 *
 * The local host signs its user in to the tenant of the local stack: access tokens are the Graph
 * emulator's (`emu.<claims>`), granting the requested Graph scopes that the tenant consented to.
 * Like Microsoft Entra ID it refuses an app registration it does not know (AADSTS700016) and
 * scopes nobody consented to (AADSTS65001 silently, AADSTS90094 interactively).
 */
export interface NestedAppAuthHost {
  /** The tenant the user signs in to (`tid`). */
  readonly tenantId: string;
  readonly user: {
    readonly id: string;
    readonly displayName: string;
    readonly userPrincipalName: string;
  };
  /** The app registration this tenant knows; any other client id is refused. */
  readonly clientId: string;
  /** Graph delegated scopes consented to for the app, e.g. `Sites.ReadWrite.All`. */
  readonly consentedScopes: readonly string[];
  /** Milliseconds since the epoch; `Date.now` by default. */
  readonly now?: () => number;
  /** The local stack's secret that signs access tokens; in Node, `localStackSecret()` by default. */
  readonly signingKey?: string;
}

type BridgeStatus =
  | 'USER_INTERACTION_REQUIRED'
  | 'PERSISTENT_ERROR'
  | 'NESTED_APP_AUTH_UNAVAILABLE'
  | 'TRANSIENT_ERROR';

export interface BridgeError {
  readonly status: BridgeStatus;
  readonly code?: string;
  readonly subError?: string;
  readonly description?: string;
}

interface BridgeRequest {
  readonly messageType: 'NestedAppAuthRequest';
  readonly method: string;
  readonly requestId: string;
  readonly tokenParams?: { readonly clientId?: string; readonly scope?: string };
}

/** Scopes every sign-in may ask for; they are about the ID token, not about Graph. */
const openIdScopes = new Set(['openid', 'profile', 'offline_access', 'email']);
const graphResource = 'https://graph.microsoft.com/';
const loginEnvironment = 'login.microsoftonline.com';
const tokenLifetimeSeconds = 3600;

function parseRequest(message: unknown): BridgeRequest | undefined {
  if (typeof message !== 'string') return undefined;
  try {
    const parsed = JSON.parse(message) as Partial<BridgeRequest>;
    return parsed?.messageType === 'NestedAppAuthRequest' &&
      typeof parsed.requestId === 'string' &&
      typeof parsed.method === 'string'
      ? (parsed as BridgeRequest)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The answer (a JSON string, as the bridge carries it) to one bridge message, or `undefined`
 * when the message is not a NAA request at all.
 */
export function answerNestedAppAuth(message: unknown, host: NestedAppAuthHost): string | undefined {
  const request = parseRequest(message);
  if (!request) return undefined;
  const answer = (body: object) =>
    JSON.stringify({ messageType: 'NestedAppAuthResponse', requestId: request.requestId, ...body });
  if (request.method === 'GetInitContext') {
    return answer({
      success: true,
      initContext: {
        sdkName: 'okr-coach-local-host',
        sdkVersion: '1.0.0',
        capabilities: { queryAccount: false },
        accountContext: {
          homeAccountId: homeAccountId(host),
          environment: loginEnvironment,
          tenantId: host.tenantId,
        },
      },
    });
  }
  if (request.method !== 'GetToken' && request.method !== 'GetTokenPopup') {
    return answer({
      success: false,
      error: {
        status: 'NESTED_APP_AUTH_UNAVAILABLE',
        description: `This host does not answer ${request.method}.`,
      },
    });
  }
  const outcome = issueToken(request, host, request.method === 'GetTokenPopup');
  return 'error' in outcome
    ? answer({ success: false, error: outcome.error })
    : answer({ success: true, ...outcome });
}

function homeAccountId(host: NestedAppAuthHost): string {
  return `${host.user.id}.${host.tenantId}`;
}

/** `Sites.ReadWrite.All` for both `Sites.ReadWrite.All` and `https://graph.microsoft.com/Sites.ReadWrite.All`. */
function graphScopeName(scope: string): string | undefined {
  if (scope.startsWith(graphResource)) return scope.slice(graphResource.length);
  return scope.includes('/') || scope.includes(':') ? undefined : scope;
}

/**
 * The tenant's SharePoint is a resource of its own (`https://contoso.sharepoint.com/AllSites.Read`,
 * for SharePoint REST): its token's audience is that origin, its scopes SharePoint's.
 */
const sharePointResource = /^(https:\/\/[a-z0-9-]+\.sharepoint\.com\/)([A-Za-z.]+)$/i;

function issueToken(
  request: BridgeRequest,
  host: NestedAppAuthHost,
  interactive: boolean,
): { error: BridgeError } | { token: object; account: object } {
  const clientId = request.tokenParams?.clientId ?? '';
  if (clientId !== host.clientId) {
    return {
      error: {
        status: 'PERSISTENT_ERROR',
        code: 'unauthorized_client',
        description:
          `AADSTS700016: Application with identifier '${clientId}' was not found in the directory ` +
          `'${host.tenantId}'. The app registration this tenant knows is ${host.clientId}.`,
      },
    };
  }
  const requested = (request.tokenParams?.scope ?? '').split(/\s+/).filter(Boolean);
  const resourceScopes = requested.filter((scope) => !openIdScopes.has(scope));
  const sharePoint = resourceScopes.map((scope) => sharePointResource.exec(scope));
  const audience =
    sharePoint.every(Boolean) && sharePoint.length > 0 ? sharePoint[0]![1]! : undefined;
  const scopeName = (scope: string) =>
    audience ? sharePointResource.exec(scope)?.[2] : graphScopeName(scope);
  const foreign = resourceScopes.filter((scope) => scopeName(scope) === undefined);
  if (foreign.length > 0) {
    return {
      error: {
        status: 'PERSISTENT_ERROR',
        code: 'invalid_resource',
        description: `AADSTS500011: The resource of ${foreign.join(', ')} was not found in the tenant '${host.tenantId}': only Microsoft Graph and SharePoint scopes are known here (one resource per token).`,
      },
    };
  }
  const graphScopes = resourceScopes.map((scope) => scopeName(scope)!);
  const wantsDefault = graphScopes.includes('.default');
  const missing = graphScopes.filter(
    (scope) => scope !== '.default' && !host.consentedScopes.includes(scope),
  );
  if (missing.length > 0) {
    return {
      error: interactive
        ? {
            status: 'PERSISTENT_ERROR',
            code: 'access_denied',
            description: `AADSTS90094: Admin consent is required for ${missing.join(', ')}, which the tenant has not granted to ${clientId}.`,
          }
        : {
            status: 'USER_INTERACTION_REQUIRED',
            code: 'invalid_grant',
            subError: 'consent_required',
            description: `AADSTS65001: The user or administrator has not consented to use the application with ID '${clientId}' for ${missing.join(', ')}. Send an interactive authorization request for this user and resource.`,
          },
    };
  }
  const granted = wantsDefault ? [...host.consentedScopes] : graphScopes;
  const nowSeconds = Math.floor((host.now ?? Date.now)() / 1000);
  const expires = nowSeconds + tokenLifetimeSeconds;
  const { user, tenantId } = host;
  const idClaims = {
    aud: clientId,
    iss: `https://${loginEnvironment}/${tenantId}/v2.0`,
    iat: nowSeconds,
    nbf: nowSeconds,
    exp: expires,
    name: user.displayName,
    oid: user.id,
    preferred_username: user.userPrincipalName,
    login_hint: user.userPrincipalName,
    sub: user.id,
    tid: tenantId,
    ver: '2.0',
  };
  return {
    token: {
      access_token: emulatorAccessToken(
        {
          oid: user.id,
          scp: granted.join(' '),
          tid: tenantId,
          aud: (audience ?? graphResource).slice(0, -1),
          appid: clientId,
          exp: expires,
        },
        host.signingKey,
      ),
      // An unsigned JWT: MSAL reads the ID token's claims and never checks a signature here.
      id_token: `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(idClaims))}.`,
      expires_in: tokenLifetimeSeconds,
      scope: granted.join(' '),
      properties: null,
    },
    account: {
      homeAccountId: homeAccountId(host),
      environment: loginEnvironment,
      tenantId,
      username: user.userPrincipalName,
      localAccountId: user.id,
      name: user.displayName,
      loginHint: user.userPrincipalName,
      idTokenClaims: idClaims,
    },
  };
}

/**
 * `window.nestedAppAuthBridge` as a host that runs the add-in in its own window provides it
 * (Office's WebView hosts inject it), answering from `host`.
 */
export function installNestedAppAuthBridge(target: Window, host: NestedAppAuthHost): void {
  const listeners = new Set<(response: string) => void>();
  (target as Window & { nestedAppAuthBridge: unknown }).nestedAppAuthBridge = {
    addEventListener: (eventName: string, listener: (response: string) => void) => {
      if (eventName === 'message') listeners.add(listener);
    },
    removeEventListener: (eventName: string, listener: (response: string) => void) => {
      if (eventName === 'message') listeners.delete(listener);
    },
    postMessage: (message: string) => {
      const response = answerNestedAppAuth(message, host);
      // Answers arrive later, as a host's message does; never inside the call.
      if (response) setTimeout(() => listeners.forEach((listener) => listener(response)), 0);
    },
  };
}
