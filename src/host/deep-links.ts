import type { DeepLinkTarget, TabSettings } from './types';
import { surfaces, type SurfaceId } from '../surfaces';
import { tabSettingsToQuery } from './tab-settings';

/**
 * Deep links carry their target as Teams' `subEntityId` (`page.subPageId` in teams-js 2):
 * `objective:<id>` or `kr:<id>`. A plain browser carries the same string in the `open` query
 * parameter.
 */
const targetPrefixes: Record<DeepLinkTarget['type'], string> = {
  objective: 'objective:',
  keyResult: 'kr:',
};

export const browserDeepLinkParameter = 'open';

export function deepLinkTargetToSubEntityId(target: DeepLinkTarget): string {
  if (!target.id) throw new Error('A deep link needs the id of the objective or key result.');
  return targetPrefixes[target.type] + encodeURIComponent(target.id);
}

export function deepLinkTargetFromSubEntityId(
  subEntityId: string | null | undefined,
): DeepLinkTarget | undefined {
  if (!subEntityId) return undefined;
  for (const type of Object.keys(targetPrefixes) as DeepLinkTarget['type'][]) {
    const prefix = targetPrefixes[type];
    if (!subEntityId.startsWith(prefix)) continue;
    try {
      const id = decodeURIComponent(subEntityId.slice(prefix.length));
      return id ? { type, id } : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export interface TeamsDeepLinkParts {
  /** The app's id from its manifest. */
  readonly appId: string;
  /** The tab to open: a static tab's entity id, or a configured tab's. */
  readonly entityId: string;
  readonly target: DeepLinkTarget;
  /** Needed when the tab is a channel tab. */
  readonly channelId?: string;
  /** Where a client that cannot show the tab should go instead. */
  readonly webUrl?: string;
  readonly label?: string;
}

/**
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=…&label=…&context=…`, where
 * `context` is the URL-encoded JSON `{"subEntityId": …, "channelId": …}` (Teams docs, "Deep link
 * to an application").
 */
export function buildTeamsDeepLink(parts: TeamsDeepLinkParts): string {
  if (!parts.appId || !parts.entityId)
    throw new Error('A Teams deep link needs an app id and an entity id.');
  const context: Record<string, string> = {
    subEntityId: deepLinkTargetToSubEntityId(parts.target),
  };
  if (parts.channelId) context.channelId = parts.channelId;
  const query: string[] = [];
  if (parts.webUrl) query.push(`webUrl=${encodeURIComponent(parts.webUrl)}`);
  if (parts.label) query.push(`label=${encodeURIComponent(parts.label)}`);
  query.push(`context=${encodeURIComponent(JSON.stringify(context))}`);
  return (
    `https://teams.microsoft.com/l/entity/${encodeURIComponent(parts.appId)}/` +
    `${encodeURIComponent(parts.entityId)}?${query.join('&')}`
  );
}

/**
 * The site root of a page of this app: the page's URL less its surface path (`teams/tab.html`),
 * or the origin for any other page.
 */
export function siteRootOf(pageUrl: string): string {
  const url = new URL(pageUrl);
  const surface = surfaces.find((candidate) => url.pathname.endsWith('/' + candidate.page));
  const path = surface ? url.pathname.slice(0, -surface.page.length) : '/';
  return url.origin + path;
}

/**
 * A surface's page with a tab's settings in its query: a configured tab's content URL (the board,
 * or the meeting side panel for a meeting's tab) and its browser link.
 */
export function buildSurfaceUrl(
  siteRoot: string,
  surfaceId: SurfaceId,
  tabSettings?: TabSettings,
): string {
  const page = surfaces.find((surface) => surface.id === surfaceId)?.page;
  if (!page) throw new Error(`No surface "${surfaceId}".`);
  const url = new URL(page, siteRoot);
  url.search = tabSettings ? tabSettingsToQuery(tabSettings) : '';
  return url.href;
}

/** The plain-browser equivalent of a deep link: the board page with the target in its query. */
export function buildBrowserDeepLink(
  siteRoot: string,
  target: DeepLinkTarget,
  tabSettings?: TabSettings,
): string {
  const url = new URL(buildSurfaceUrl(siteRoot, 'tab', tabSettings));
  url.searchParams.set(browserDeepLinkParameter, deepLinkTargetToSubEntityId(target));
  return url.href;
}
