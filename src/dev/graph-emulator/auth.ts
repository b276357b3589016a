import { GraphHttpError } from './errors';

/**
 * Emulator tokens are `emu.<base64url(JSON)>` with `{ "oid": "<user id>", "scp": "<space-separated scopes>" }`,
 * mirroring the two claims Graph reads from a delegated token. Nothing is signed: this is a local stack.
 */
export const defaultEmulatorScopes = 'Sites.ReadWrite.All Sites.Manage.All User.Read';

export function emulatorToken(
  oid: string,
  scopes: string | readonly string[] = defaultEmulatorScopes,
): string {
  const scp = typeof scopes === 'string' ? scopes : scopes.join(' ');
  return `emu.${Buffer.from(JSON.stringify({ oid, scp })).toString('base64url')}`;
}

export interface Caller {
  oid: string;
  scopes: ReadonlySet<string>;
}

/** Parses `Authorization: Bearer emu.…`; anything missing or garbled is Graph's 401. */
export function authenticate(authorization: string | undefined): Caller {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  if (!match?.[1]) throw unauthenticated('Access token is empty.');
  const token = match[1];
  const claims = token.startsWith('emu.') ? decodeClaims(token.slice(4)) : undefined;
  if (!claims) throw unauthenticated('CompactToken parsing failed with error code: 80049217');
  return { oid: claims.oid, scopes: new Set(claims.scp.split(/\s+/).filter(Boolean)) };
}

function decodeClaims(payload: string): { oid: string; scp: string } | undefined {
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof claims !== 'object' || claims === null) return undefined;
    const { oid, scp } = claims as Record<string, unknown>;
    return typeof oid === 'string' && oid && typeof scp === 'string' ? { oid, scp } : undefined;
  } catch {
    return undefined;
  }
}

export const unauthenticated = (message: string) =>
  new GraphHttpError(401, 'InvalidAuthenticationToken', message);

/** What an operation needs, in the delegated scopes the Graph permission reference lists for it. */
export type Permission = 'sites.read' | 'sites.write' | 'sites.manage' | 'user.self' | 'user.any';

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
};

export function authorize(caller: Caller, permission: Permission): void {
  const accepted = acceptedScopes[permission];
  if (accepted.some((scope) => caller.scopes.has(scope))) return;
  const held = [...caller.scopes].join(' ') || 'none';
  throw new GraphHttpError(
    403,
    'accessDenied',
    `Access denied. This operation needs one of the delegated permissions ${accepted.join(', ')}; the token grants ${held}.`,
  );
}
