import { createHmac, timingSafeEqual } from 'node:crypto';
import { emulatorAccessToken, localStackSecret } from '../../auth/dev-token-provider';
import { GraphHttpError } from './errors';

/**
 * Emulator tokens are `emu.<base64url(JSON)>.<base64url(HMAC-SHA256)>` with
 * `{ "oid": "<user id>", "scp": "<space-separated scopes>" }`, mirroring the two claims Graph
 * reads from a delegated token, signed with the local stack's per-run secret: a token whose
 * signature does not verify is refused, as Graph refuses a token Microsoft Entra ID did not sign.
 */
export const defaultEmulatorScopes =
  'Sites.ReadWrite.All Sites.Manage.All User.Read AllSites.FullControl';

export function emulatorToken(
  oid: string,
  scopes: string | readonly string[] = defaultEmulatorScopes,
  signingKey: string = localStackSecret(),
): string {
  const scp = typeof scopes === 'string' ? scopes : scopes.join(' ');
  return emulatorAccessToken({ oid, scp }, signingKey);
}

/**
 * An app-only token, as a daemon gets with the client-credentials flow or a managed identity:
 * `{ "appid": "<client id>", "roles": [...] }`, the application permissions granted to the app.
 */
export function emulatorAppToken(
  appId: string,
  roles: readonly string[],
  signingKey: string = localStackSecret(),
): string {
  return emulatorAccessToken({ appid: appId, roles }, signingKey);
}

/**
 * Who calls: a signed-in user (`oid`, delegated `scopes`) or an app on its own (`appId`, its
 * application permissions in `scopes`; Graph reads them from the token's `roles` claim).
 */
export interface Caller {
  kind: 'user' | 'app';
  /** The user's object id, or the app's client id. */
  oid: string;
  scopes: ReadonlySet<string>;
}

/**
 * Parses `Authorization: Bearer emu.…`; anything missing or garbled is Graph's 401, and so is a
 * token whose signature is not this stack's.
 */
export function authenticate(authorization: string | undefined, signingKey: string): Caller {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  if (!match?.[1]) throw unauthenticated('Access token is empty.');
  const parts = /^emu\.([\w-]+)\.([\w-]+)$/.exec(match[1]);
  const caller = parts ? decodeClaims(parts[1] as string) : undefined;
  if (!parts || !caller)
    throw unauthenticated('CompactToken parsing failed with error code: 80049217');
  if (!signedBy(signingKey, parts[1] as string, parts[2] as string))
    throw unauthenticated(
      "Access token validation failure: the signature is not this local stack's (a token minted elsewhere, or by an earlier run).",
    );
  return caller;
}

function signedBy(signingKey: string, claimsPart: string, signature: string): boolean {
  const expected = createHmac('sha256', signingKey).update(claimsPart).digest();
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function decodeClaims(payload: string): Caller | undefined {
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof claims !== 'object' || claims === null) return undefined;
    const { oid, scp, appid, roles } = claims as Record<string, unknown>;
    if (typeof oid === 'string' && oid && typeof scp === 'string')
      return { kind: 'user', oid, scopes: new Set(scp.split(/\s+/).filter(Boolean)) };
    if (
      typeof appid === 'string' &&
      appid &&
      Array.isArray(roles) &&
      roles.every((role) => typeof role === 'string')
    )
      return { kind: 'app', oid: appid, scopes: new Set(roles as string[]) };
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * Graph's challenge on a 401, naming where a token for it is got: "navigate to
 * https://graph.microsoft.com/v1.0/me. Microsoft Graph will return an HTTP 401 Unauthorized error
 * and the WWW-Authenticate header will specify the authorization URI … and the client ID"
 * (https://learn.microsoft.com/entra/msal/dotnet/advanced/extract-authentication-parameters;
 * `realm` is empty for the common endpoint, https://learn.microsoft.com/entra/identity-platform/claims-challenge).
 */
export const graphAuthenticateChallenge =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

export const unauthenticated = (message: string) =>
  new GraphHttpError(401, 'InvalidAuthenticationToken', message, {
    'WWW-Authenticate': graphAuthenticateChallenge,
  });

/** What an operation needs, in the delegated scopes the Graph permission reference lists for it. */
export type Permission =
  | 'sites.read'
  | 'sites.write'
  | 'sites.manage'
  | 'user.self'
  | 'user.any'
  | 'mailboxSettings.read'
  | 'teamsActivity.send';

const acceptedScopes: Record<Permission, readonly string[]> = {
  'sites.read': [
    'Sites.Read.All',
    'Sites.ReadWrite.All',
    'Sites.Manage.All',
    'Sites.FullControl.All',
  ],
  'sites.write': ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'],
  'sites.manage': ['Sites.Manage.All', 'Sites.FullControl.All'],
  'user.self': [
    'User.Read',
    'User.ReadWrite',
    'User.ReadBasic.All',
    'User.Read.All',
    'User.ReadWrite.All',
    'Directory.Read.All',
  ],
  'user.any': ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'],
  // https://learn.microsoft.com/graph/api/user-get-mailboxsettings (delegated: the user's own)
  'mailboxSettings.read': ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
  // https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification
  'teamsActivity.send': ['TeamsActivity.Send', 'TeamsActivity.Send.User'],
};

export function isAuthorized(caller: Caller, permission: Permission): boolean {
  return acceptedScopes[permission].some((scope) => caller.scopes.has(scope));
}

export function authorize(caller: Caller, permission: Permission): void {
  if (isAuthorized(caller, permission)) return;
  const accepted = acceptedScopes[permission];
  const held = [...caller.scopes].join(' ') || 'none';
  const kind = caller.kind === 'app' ? 'application' : 'delegated';
  throw new GraphHttpError(
    403,
    'accessDenied',
    `Access denied. This operation needs one of the ${kind} permissions ${accepted.join(', ')}; the token grants ${held}.`,
  );
}
