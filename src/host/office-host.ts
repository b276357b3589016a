import { hostContextFromBrowser } from './browser-context';
import type { HostConfig } from './config';
import type { DeepLinkTarget } from '../core/deep-links';
import { buildBrowserDeepLink, personalTabTeamsLink, siteRootOf } from './deep-links';
import { themeFromOfficeBackground } from './theme';
import { followPreferredTheme, preferredBrowserTheme, ThemeBroadcast } from './theme-broadcast';
import type { Host } from './types';

/** The app inside Excel, through the `Office` global that the Excel pages load (office.js). */

/** `Office.onReady` with a time limit: `null` when the page is not inside an Office application. */
export async function officeHostInfo(timeoutMs: number): Promise<{ host: Office.HostType } | null> {
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  return info?.host ? { host: info.host } : null;
}

export function createExcelHost(config: HostConfig): Host {
  const officeTheme = Office.context.officeTheme?.bodyBackgroundColor;
  const context = {
    ...hostContextFromBrowser({
      href: window.location.href,
      preferredTheme: officeTheme
        ? themeFromOfficeBackground(officeTheme)
        : preferredBrowserTheme(),
      language: Office.context.displayLanguage || navigator.language || 'en-us',
    }),
    kind: 'excel' as const,
  };
  const themes = new ThemeBroadcast();
  followPreferredTheme(themes);
  const siteRoot = siteRootOf(window.location.href);
  const nestedAppAuth = Office.context.requirements.isSetSupported('NestedAppAuth', '1.1');
  // From Excel, a link opens the objective in Teams (or in a browser where Teams cannot).
  const deepLink = (target: DeepLinkTarget) =>
    personalTabTeamsLink(
      config,
      target,
      buildBrowserDeepLink(siteRoot, target, context.tabSettings),
    );

  return {
    context,
    capabilities: async () => ({ shareToStage: false, nestedAppAuth, deepLinks: true }),
    onThemeChange: (listener) => themes.subscribe(listener),
    notifySuccess: () => undefined,
    notifyFailure: (reason) => console.error(`OKR Coach could not start: ${reason}`),
    deepLink,
    activityLink: deepLink,
  };
}
