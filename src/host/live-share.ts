import type { AzureLocalConnectionConfig, ITokenProvider } from '@fluidframework/azure-client';
import type { ILiveShareHost } from '@microsoft/live-share';
import { isLoopbackOrigin } from './config';
import type { Host } from './types';
import { reloadable } from '../reloadable';

/**
 * The Live Share host for a meeting surface, and where its Fluid service is:
 * - inside Teams (or the Teams host simulator), teams-js's `LiveShareHost`: the host answers
 *   `interactive.*` (Fluid tenant and token, the meeting's container id, NTP time, and who has
 *   which meeting role);
 * - in a plain browser, Live Share's `TestLiveShareHost`, with the container id kept per meeting
 *   in localStorage (not in `location.hash`, its default);
 * - with a local Fluid service configured (the local stack's tinylicious, loopback only), a
 *   `local` connection to it. Without one, `LiveShareClient` asks the host for its Fluid tenant
 *   (Azure Fluid Relay in Teams).
 *
 * Loaded only by the meeting surfaces (dynamic import), with Live Share and Fluid behind it.
 */
export interface LiveShareSetup {
  readonly host: ILiveShareHost;
  readonly connection?: AzureLocalConnectionConfig;
}

const loadLiveShare = reloadable(() => import('@microsoft/live-share'));

export interface LiveShareOptions {
  /** The local Fluid service (`VITE_FLUID_URL`), e.g. `http://127.0.0.1:7070`. */
  readonly localFluidUrl?: string;
}

export async function liveShareHost(
  host: Host,
  options: LiveShareOptions = {},
): Promise<LiveShareSetup> {
  const meetingId = host.context.meeting?.id;
  if (!meetingId) throw new Error('Live Share runs only in a meeting.');
  const liveHost =
    host.context.kind === 'teams'
      ? // teams-js is in already: the Teams host (src/host/teams-host.ts) loaded it, so this import
        // cannot fail to fetch, and taking only its LiveShareHost keeps the rest of it out.
        // eslint-disable-next-line no-restricted-syntax
        ((await import('@microsoft/teams-js')).LiveShareHost.create() as unknown as ILiveShareHost)
      : await browserLiveShareHost(meetingId);
  const connection = options.localFluidUrl
    ? localFluidConnection(options.localFluidUrl, host.context.user)
    : undefined;
  return { host: liveHost, ...(connection ? { connection } : {}) };
}

async function browserLiveShareHost(meetingId: string): Promise<ILiveShareHost> {
  const { TestLiveShareHost } = await loadLiveShare();
  const key = `okr-live-share:container:${meetingId}`;
  return TestLiveShareHost.create(
    () => localStorage.getItem(key) ?? undefined,
    (containerId) => localStorage.setItem(key, containerId),
  );
}

function localFluidConnection(
  url: string,
  user: { readonly id: string; readonly displayName: string },
): AzureLocalConnectionConfig {
  const origin = url.replace(/\/+$/, '');
  if (!isLoopbackOrigin(origin)) {
    throw new Error(`The local Fluid service must be on loopback, not "${url}".`);
  }
  return { type: 'local', endpoint: origin, tokenProvider: localFluidTokens(user) };
}

/**
 * Tokens for the local Fluid service, which reads their claims but checks no signature (as
 * Fluid's own `InsecureTokenProvider` does for tinylicious). Never used for a remote service.
 */
export function localFluidTokens(user: {
  readonly id: string;
  readonly displayName: string;
}): ITokenProvider {
  const token = (tenantId: string, documentId: string | undefined) => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      documentId: documentId ?? '',
      tenantId,
      scopes: ['doc:read', 'doc:write', 'summary:write'],
      user: { id: user.id || 'anonymous', name: user.displayName },
      iat: now,
      exp: now + 60 * 60,
      ver: '1.0',
    };
    return {
      jwt: `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`,
      fromCache: false,
    };
  };
  return {
    fetchOrdererToken: async (tenantId, documentId) => token(tenantId, documentId),
    fetchStorageToken: async (tenantId, documentId) => token(tenantId, documentId),
  };
}

function base64url(value: object): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
