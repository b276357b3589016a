/**
 * The development token provider: issues the local Graph emulator's tokens
 * (`emu.<base64url JSON {oid, scp}>.<base64url HMAC-SHA256>`), signed with the local stack's
 * per-run secret. It refuses to exist for anything but a loopback Graph URL, so it can never be
 * pointed at Microsoft Graph or any other real service.
 */
import { hmacSha256 } from './hmac-sha256';
import type { TokenProvider } from './token-provider';

/** Real Graph endpoints, named so the refusal says exactly what was attempted. */
const realGraphHosts = [
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'microsoftgraph.chinacloudapi.cn',
  'graph.microsoft.de',
];

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]') return true;
  const octets = host.split('.');
  return (
    octets.length === 4 &&
    octets[0] === '127' &&
    octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)
  );
}

/** Throws unless the URL is http(s) on a loopback host (127.0.0.0/8, localhost, [::1]). */
export function assertLoopbackGraphUrl(graphBaseUrl: string): void {
  let url: URL;
  try {
    url = new URL(graphBaseUrl);
  } catch {
    throw new Error(
      `The development token provider needs a Graph URL; got ${JSON.stringify(graphBaseUrl)}.`,
    );
  }
  const host = url.hostname.toLowerCase();
  if (realGraphHosts.some((real) => host === real || host.endsWith(`.${real}`))) {
    throw new Error(
      `The development token provider refuses ${host}: it only talks to the local Graph emulator. ` +
        'Sign in with MSAL to use Microsoft Graph.',
    );
  }
  if (!['http:', 'https:'].includes(url.protocol) || !isLoopbackHost(host)) {
    throw new Error(
      `The development token provider refuses ${url.origin}: only a loopback emulator ` +
        '(127.0.0.0/8, localhost, [::1]) may receive development tokens.',
    );
  }
}

export interface DevTokenProviderOptions {
  /** The emulator's Graph base URL; anything but loopback is refused. */
  readonly graphBaseUrl: string;
  /** The emulator user to act as (an id from its demo tenant). */
  readonly userId: string;
  /**
   * The scopes consented to the app: the token grants these whatever is asked, like a real
   * tenant where an admin consented to some permissions and not others.
   */
  readonly grantedScopes?: readonly string[];
  /** The local stack's secret that signs the tokens; in Node, `localStackSecret()` by default. */
  readonly signingKey?: string;
}

export const defaultDevScopes = [
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'User.Read',
  'User.ReadBasic.All',
  'TeamsActivity.Send',
  // SharePoint's own delegated permissions, for its REST API (site groups, list permissions).
  'AllSites.Read',
  'AllSites.FullControl',
];

export function base64url(text: string | Uint8Array): string {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const stackSecretVariable = 'OKR_STACK_SECRET';

/**
 * The local stack's per-run secret: it signs the emulator's tokens and opens its control API, so
 * a page on another origin (or anyone who only knows the token format) can neither mint a token
 * nor drive the stack. In Node it lives in `OKR_STACK_SECRET`, created on first use, so the
 * processes a run starts after that share it; pages get it at build time (`localStackEnv`).
 */
export function localStackSecret(): string {
  const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process
    ?.env;
  if (!env)
    throw new Error(
      'A page has no local stack secret of its own: pass the build-time VITE_LOCAL_STACK_SECRET.',
    );
  env[stackSecretVariable] ??= base64url(globalThis.crypto.getRandomValues(new Uint8Array(32)));
  return env[stackSecretVariable];
}

/** The signature part of an emulator token over its claims part. */
export function emulatorTokenSignature(claimsPart: string, signingKey: string): string {
  const encode = (text: string) => new TextEncoder().encode(text);
  return base64url(hmacSha256(encode(signingKey), encode(claimsPart)));
}

/**
 * An access token of the local Graph emulator: `emu.<base64url JSON claims>.<signature>`. The
 * emulator reads `oid` and `scp` (an app token: `appid` and `roles`); a simulated host's sign-in
 * adds `tid`, `aud`, `exp`. The signature is HMAC-SHA256 with the local stack's secret.
 */
export function emulatorAccessToken(
  claims: { readonly [claim: string]: unknown },
  signingKey: string = localStackSecret(),
): string {
  const claimsPart = base64url(JSON.stringify(claims));
  return `emu.${claimsPart}.${emulatorTokenSignature(claimsPart, signingKey)}`;
}

export function createDevTokenProvider(options: DevTokenProviderOptions): TokenProvider {
  assertLoopbackGraphUrl(options.graphBaseUrl);
  if (!options.userId) throw new Error('The development token provider needs an emulator user id.');
  const scp = (options.grantedScopes ?? defaultDevScopes).join(' ');
  const token = emulatorAccessToken({ oid: options.userId, scp }, options.signingKey);
  return { getToken: async () => token };
}
