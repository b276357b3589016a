import { hostContextFromBrowser } from './browser-context';
import type { HostConfig } from './config';
import {
  buildBrowserDeepLink,
  buildSurfaceUrl,
  personalTabTeamsLink,
  siteRootOf,
} from './deep-links';
import { followPreferredTheme, preferredBrowserTheme, ThemeBroadcast } from './theme-broadcast';
import type { Host, TabSettings } from './types';

type SaveHandler = () => Promise<TabSettings & { readonly displayName: string }>;

/**
 * The app in a plain browser tab: the URL stands in for the host's context, the theme follows
 * the browser, there is no meeting stage, and notifications have no one to tell.
 */
export function createBrowserHost(config: HostConfig, detectionNote?: string): Host {
  const context = hostContextFromBrowser({
    href: window.location.href,
    preferredTheme: preferredBrowserTheme(),
    language: navigator.language || 'en-us',
  });
  const themes = new ThemeBroadcast();
  if (!new URL(window.location.href).searchParams.has('theme')) followPreferredTheme(themes);
  const siteRoot = siteRootOf(window.location.href);

  return {
    context,
    ...(detectionNote ? { detectionNote } : {}),
    // A host that runs the page in its own window (Office's WebView hosts, the Excel workbook
    // simulator) may inject MSAL's nested app authentication bridge; then it signs the user in.
    capabilities: async () => ({
      shareToStage: false,
      nestedAppAuth: 'nestedAppAuthBridge' in window,
      deepLinks: true,
    }),
    onThemeChange: (listener) => themes.subscribe(listener),
    notifySuccess: () => undefined,
    notifyFailure: (reason) => console.error(`OKR Coach could not start: ${reason}`),
    deepLink: (target) => buildBrowserDeepLink(siteRoot, target, context.tabSettings),
    activityLink: (target) =>
      personalTabTeamsLink(config, target, buildBrowserDeepLink(siteRoot, target)),
    ...(context.surface === 'configuration'
      ? { configuration: browserConfiguration(siteRoot) }
      : {}),
  };
}

/** No host shows a Save button: the page shows its own and calls `save()`, which opens the board. */
function browserConfiguration(siteRoot: string): NonNullable<Host['configuration']> {
  let valid = false;
  let saveHandler: SaveHandler | undefined;
  return {
    hostHasSaveButton: false,
    setValid: (isValid) => {
      valid = isValid;
    },
    onSave: (save) => {
      saveHandler = save;
    },
    save: async () => {
      if (!saveHandler) throw new Error('Nothing to save: the page registered no save handler.');
      if (!valid) throw new Error('The tab settings are not complete yet.');
      const { teamIds, cycleId } = await saveHandler();
      window.location.assign(buildSurfaceUrl(siteRoot, 'tab', { teamIds, cycleId }));
    },
  };
}
