/**
 * The development token provider: issues the local Graph emulator's unsigned tokens
 * (`emu.<base64url JSON {oid, scp}>`). It refuses to exist for anything but a loopback Graph
 * URL, so it can never be pointed at Microsoft Graph or any other real service.
 */
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
}

export const defaultDevScopes = [
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'User.Read',
  'User.ReadBasic.All',
  'TeamsActivity.Send',
];

export function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * An access token of the local Graph emulator: `emu.<base64url JSON claims>`, unsigned. The
 * emulator reads `oid` and `scp`; a simulated host's sign-in adds `tid`, `aud`, `appid`, `exp`.
 */
export function emulatorAccessToken(claims: {
  readonly oid: string;
  readonly scp: string;
  readonly [claim: string]: unknown;
}): string {
  return `emu.${base64url(JSON.stringify(claims))}`;
}

export function createDevTokenProvider(options: DevTokenProviderOptions): TokenProvider {
  assertLoopbackGraphUrl(options.graphBaseUrl);
  if (!options.userId) throw new Error('The development token provider needs an emulator user id.');
  const scp = (options.grantedScopes ?? defaultDevScopes).join(' ');
  const token = emulatorAccessToken({ oid: options.userId, scp });
  return { getToken: async () => token };
}
