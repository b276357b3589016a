import manifest from '../../../appPackage/manifest.json';
import { hostConfigFromEnvironment } from '../../host/env';
import { normalizeTheme } from '../../host/theme';
import { simulatedUsers } from './directory';
import { MessageLog } from './message-log';
import { showActivityFeed } from './activity-feed';
import { SimulatorSession, subEntityIdOfAppLink } from './session';
import {
  isMeetingContext,
  maxParticipants,
  parseSimulatorSettings,
  simulatedContexts,
  withSetting,
  type SimulatorSettings,
} from './settings';
import { TabStore } from './tab-store';
import './simulator.css';

const contextLabels: Record<string, string> = {
  personal: 'Personal tab',
  channel: 'Channel tab',
  chat: 'Group chat tab',
  config: 'Configure the channel tab',
  meetingChat: 'Meeting chat tab',
  sidePanel: 'Meeting side panel',
  stage: 'Meeting stage',
};
const themes = { default: 'Light (default)', dark: 'Dark', contrast: 'High contrast' };
const locales = ['en-us', 'en-gb', 'de-de', 'de-at', 'fr-fr', 'es-es', 'ja-jp', 'ar-sa'];

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The simulator page has no #${id}.`);
  return found as T;
}

function fillSelect(
  select: HTMLSelectElement,
  options: Record<string, string>,
  value: string,
): void {
  select.replaceChildren(
    ...Object.entries(options).map(([optionValue, label]) => {
      const option = document.createElement('option');
      option.value = optionValue;
      option.textContent = label;
      option.selected = optionValue === value;
      return option;
    }),
  );
}

/** Any change but the theme opens the simulator afresh with the new setting in its URL. */
function reloadWith(name: string, value: string | undefined): void {
  window.location.search = withSetting(window.location.search, name, value);
}

function showControls(settings: SimulatorSettings, session: SimulatorSession): void {
  const contextSelect = element<HTMLSelectElement>('context');
  fillSelect(
    contextSelect,
    Object.fromEntries(
      simulatedContexts.map((context) => [context, contextLabels[context] ?? context]),
    ),
    settings.context,
  );
  contextSelect.addEventListener('change', () => reloadWith('context', contextSelect.value));

  const userSelect = element<HTMLSelectElement>('user');
  fillSelect(
    userSelect,
    Object.fromEntries(simulatedUsers.map((user) => [user.id, user.displayName])),
    settings.user.id,
  );
  userSelect.addEventListener('change', () => reloadWith('user', userSelect.value));

  const participants = element<HTMLInputElement>('participants');
  participants.max = String(maxParticipants);
  participants.value = String(settings.participants.length);
  participants.disabled = !isMeetingContext(settings.context);
  participants.addEventListener('change', () => reloadWith('participants', participants.value));

  const themeSelect = element<HTMLSelectElement>('theme');
  fillSelect(themeSelect, themes, settings.theme);
  themeSelect.addEventListener('change', () => {
    const theme = normalizeTheme(themeSelect.value);
    window.history.replaceState(null, '', withSetting(window.location.search, 'theme', theme));
    document.documentElement.dataset.theme = theme;
    session.setTheme(theme);
  });

  const localeSelect = element<HTMLSelectElement>('locale');
  const localeOptions = locales.includes(settings.locale) ? locales : [settings.locale, ...locales];
  fillSelect(
    localeSelect,
    Object.fromEntries(localeOptions.map((locale) => [locale, locale])),
    settings.locale,
  );
  localeSelect.addEventListener('change', () => reloadWith('locale', localeSelect.value));

  const share = element<HTMLInputElement>('share');
  share.checked = settings.shareAllowed;
  share.addEventListener('change', () => reloadWith('share', share.checked ? undefined : 'denied'));

  // As a presenter stops sharing in Teams' share tray: the stage closes for everyone, and the app
  // is told nothing (getAppContentStageSharingState answers false from then on).
  element<HTMLButtonElement>('stop-sharing').addEventListener('click', () => session.stopSharing());

  element<HTMLButtonElement>('forget-tabs').addEventListener('click', () => {
    session.clearSavedTabs();
    window.location.reload();
  });
}

/**
 * The user's activity feed from the Graph emulator. An activity's link into the app opens the
 * personal tab at its target, as Teams opens an app's notification.
 */
function showActivity(settings: SimulatorSettings, appId: string): void {
  const graphBaseUrl = import.meta.env.VITE_GRAPH_BASE_URL as string | undefined;
  const status = element('activity-status');
  if (!graphBaseUrl) {
    status.textContent = 'No Graph emulator configured.';
    return;
  }
  const feed = showActivityFeed({
    emulatorOrigin: new URL(graphBaseUrl).origin,
    stackSecret: String(import.meta.env.VITE_LOCAL_STACK_SECRET ?? ''),
    userId: settings.user.id,
    locale: settings.locale,
    tenantId: settings.tenantId,
    list: element<HTMLOListElement>('activity'),
    status,
    open: (webUrl) => {
      const target = subEntityIdOfAppLink(webUrl, appId);
      if (target === undefined) return false;
      window.location.search = withSetting(
        withSetting(window.location.search, 'context', 'personal'),
        'sub',
        target,
      );
      return true;
    },
  });
  element<HTMLButtonElement>('activity-refresh').addEventListener(
    'click',
    () => void feed.refresh(),
  );
}

function start(): void {
  const log = new MessageLog(element<HTMLOListElement>('log'));
  element<HTMLInputElement>('log-filter').addEventListener('input', (event) =>
    log.setFilter((event.target as HTMLInputElement).value),
  );
  element<HTMLButtonElement>('log-clear').addEventListener('click', () => log.clear());

  let settings: SimulatorSettings;
  try {
    settings = parseSimulatorSettings(window.location, window.location.origin);
  } catch (error) {
    element('problem').textContent = error instanceof Error ? error.message : String(error);
    return;
  }
  const config = hostConfigFromEnvironment();
  const session = new SimulatorSession(
    settings,
    element('frames'),
    log,
    {
      appId: config.teamsAppId,
      personalTabEntityId: config.personalTabEntityId,
      staticTabs: manifest.staticTabs.map(({ entityId, name, contentUrl }) => ({
        entityId,
        name,
        path: contentUrl.replace(/^https:\/\/[^/]+/, ''),
      })),
      clientId: String(import.meta.env.VITE_AAD_CLIENT_ID ?? ''),
      tokenSigningKey: String(import.meta.env.VITE_LOCAL_STACK_SECRET ?? ''),
      showLoadingIndicator: manifest.showLoadingIndicator,
      resourceSpecificPermissions: manifest.authorization.permissions.resourceSpecific.map(
        (permission) => permission.name,
      ),
      meetingStageContext: [...manifest.staticTabs, ...manifest.configurableTabs].some(
        (tab) => 'context' in tab && tab.context.includes('meetingStage'),
      ),
    },
    new TabStore(),
  );
  document.documentElement.dataset.theme = settings.theme;
  window.addEventListener('message', (event) => void session.handleMessage(event));
  showControls(settings, session);
  showActivity(settings, config.teamsAppId);
  session.start();
}

start();
