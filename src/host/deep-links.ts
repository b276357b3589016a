import {
  buildTeamsDeepLink,
  deepLinkTargetToSubEntityId,
  type DeepLinkTarget,
} from '../core/deep-links';
import type { HostConfig } from './config';
import type { TabSettings } from './types';
import { surfaces, type SurfaceId } from '../surfaces';
import { tabSettingsToQuery } from './tab-settings';

export {
  buildTeamsDeepLink,
  deepLinkTargetFromSubEntityId,
  deepLinkTargetToSubEntityId,
  type TeamsDeepLinkParts,
} from '../core/deep-links';

/**
 * The personal tab (My OKRs) at `target`, in Teams: where a host outside Teams sends people, and
 * what a notification opens whatever the recipient's teams. `webUrl` is the page to open where
 * Teams cannot.
 */
export function personalTabTeamsLink(
  config: Pick<HostConfig, 'teamsAppId' | 'personalTabEntityId'>,
  target: DeepLinkTarget,
  webUrl: string,
): string {
  return buildTeamsDeepLink({
    appId: config.teamsAppId,
    entityId: config.personalTabEntityId,
    target,
    webUrl,
  });
}

/** A plain browser carries a deep link's target in this query parameter. */
export const browserDeepLinkParameter = 'open';

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
