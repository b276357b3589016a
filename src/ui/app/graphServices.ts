/**
 * A surface's services over Microsoft Graph: a token provider (MSAL with Nested App
 * Authentication in Teams and Office, and in their simulators on the local stack),
 * the Graph repository (behind a stale-while-revalidate cache kept in IndexedDB for the site and
 * user, so a newly opened tab shows its board at once, then revalidates it), the signed-in user
 * and the organisation's operating model.
 */
import {
  sharingTokenRequests,
  tokenProviderOnFirstUse,
  type PreparedTokenProvider,
} from '../../auth/token-provider';
import type { Host } from '../../host/types';
import {
  cacheKeyPrefix,
  CachingRepository,
  persistedStorage,
  type PersistentStore,
  type CacheStorage,
} from '../../store/caching';
import type { ProvisionReport, SiteCheck } from '../../store/provisioning';
import type { BoardQuery, OkrRepository } from '../../store/repository';
import { repositoryOnFirstUse } from '../../store/repository-on-first-use';
import { afterNextPaint } from '../hooks/afterNextPaint';
import { loadGraphRepository, loadMsalTokenProvider, openCacheAhead } from './cacheAhead';
import { readRuntimeConfig, type RuntimeConfig, type RuntimeEnv } from './config';
import { tabStorage } from './browserStorage';
import { dayOnClock, today } from './today';
import type { ServicesLoader } from './ServicesGate';
import { reloadable } from '../../reloadable';

function tokensFor(config: RuntimeConfig, host: Host): PreparedTokenProvider {
  const { clientId } = config;
  // A tab that paints from its cache loads MSAL after that paint, with the first revalidation; a
  // cold one as soon as its empty cache is read (`openCacheAhead`).
  const provider = tokenProviderOnFirstUse(async () => {
    const [{ nestedAppAuth }, { createMsalTokenProvider }] = await Promise.all([
      host.capabilities(),
      loadMsalTokenProvider(),
    ]);
    return createMsalTokenProvider({
      clientId,
      nestedAppAuth,
      ...(host.context.user.loginHint ? { loginHint: host.context.user.loginHint } : {}),
    });
  });
  return { ...sharingTokenRequests(provider), prepare: provider.prepare };
}

function connectionFor(config: RuntimeConfig, host: Host) {
  return {
    graphBaseUrl: config.graphBaseUrl,
    site: config.site,
    tokens: tokensFor(config, host),
  };
}

/** Who the cache belongs to, known before any request; none means no cache. */
function cachedUserId(host: Host): string | undefined {
  return host.context.user.id || undefined;
}

/** A week: older reads would mislead more than a loading state (they are revalidated anyway). */
const cacheMaxAgeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Cached reads are revalidated once the first screen shows them; a page whose first screen never
 * says so (it should, for the host's loading screen) revalidates after this long anyway.
 */
const revalidateAnywayAfterMs = 10_000;

/**
 * Settles once the frame after the page's first screen is painted (`release`), or after
 * `revalidateAnywayAfterMs`.
 */
function firstScreenShown(): { readonly shown: Promise<void>; readonly release: () => void } {
  let release = () => undefined as void;
  const shown = new Promise<void>((resolve) => {
    release = () => {
      afterNextPaint(resolve);
    };
    setTimeout(resolve, revalidateAnywayAfterMs);
  });
  return { shown, release };
}

/**
 * IndexedDB, shared by the app's tabs, holding only this site's and user's reads; where it cannot
 * be opened, the tab's sessionStorage.
 */
async function cacheStorage(
  namespace: string,
  open: () => Promise<PersistentStore>,
): Promise<CacheStorage | undefined> {
  try {
    return await persistedStorage(await open(), {
      prefix: cacheKeyPrefix(namespace),
      maxAgeMs: cacheMaxAgeMs,
      now: Date.now,
    });
  } catch {
    return tabStorage();
  }
}

export interface GraphServicesOptions {
  /**
   * Serve reads from the cache and revalidate them (default). The Excel task pane turns it off:
   * a workbook loads the KR versions its check-ins are written against.
   */
  readonly cache?: boolean;
  /**
   * The board the page will show first, known from its host before any request (a configured
   * channel tab's): read with the site, so its first paint waits for one wave of requests.
   */
  readonly firstBoard?: (host: Host) => BoardQuery | undefined;
}

/**
 * Reads the configuration when it runs, so a missing setting is shown by the services gate.
 * Starts opening the cache at once (if the page's entry has not), beside the host; without a
 * cache, the Graph adapter.
 */
export function graphServices(
  env: RuntimeEnv,
  { cache = true, firstBoard }: GraphServicesOptions = {},
): ServicesLoader {
  const openCache = cache ? openCacheAhead() : undefined;
  if (!openCache) loadGraphRepository().catch(() => undefined);
  return async (host) => {
    const config = readRuntimeConfig(env);
    const userId = cachedUserId(host);
    const namespace = `${config.site}:${userId}`;
    const { tokens, ...connection } = connectionFor(config, host);
    const storage = openCache && userId ? await cacheStorage(namespace, openCache) : undefined;
    const board = firstBoard?.(host);
    const graph = repositoryOnFirstUse(async () => {
      tokens.prepare();
      const { GraphOkrRepository } = await loadGraphRepository();
      return new GraphOkrRepository({
        ...connection,
        tokens,
        today,
        dayOf: dayOnClock,
        ...(board ? { firstBoard: board } : {}),
      });
    });
    const firstScreen = storage ? firstScreenShown() : undefined;
    const cached =
      storage && firstScreen
        ? new CachingRepository(graph, { storage, namespace, revalidateAfter: firstScreen.shown })
        : undefined;
    const repository: OkrRepository = cached ?? graph;
    const [me, operatingModel] = await Promise.all([
      repository.whoAmI(),
      repository.loadOperatingModel(),
    ]);
    return {
      repository,
      host,
      me,
      operatingModel,
      site: config.site,
      ...(cached ? { onDataUpdate: cached.onUpdate.bind(cached) } : {}),
      ...(firstScreen
        ? { onFirstScreen: firstScreen.release, firstScreenShown: firstScreen.shown }
        : {}),
    };
  };
}

/** Checking and creating the OKR site's lists, for the guided "Set up the OKR site" step. */
export interface SiteSetup {
  check(): Promise<SiteCheck>;
  provision(): Promise<ProvisionReport>;
}

const loadProvisioning = reloadable(() => import('../../store/provisioning'));

export function graphSiteSetup(env: RuntimeEnv, host: Host): SiteSetup {
  return {
    check: async () => {
      const { checkSite } = await loadProvisioning();
      return checkSite(connectionFor(readRuntimeConfig(env), host));
    },
    provision: async () => {
      const { provision } = await loadProvisioning();
      return provision(connectionFor(readRuntimeConfig(env), host));
    },
  };
}
