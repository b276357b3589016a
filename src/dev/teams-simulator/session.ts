import type { pages } from '@microsoft/teams-js';
import type { ThemeName } from '../../host/types';
import {
  meetingChatId,
  simulatedGroupChatId,
  simulatedTeam,
  type SimulatedUser,
} from './directory';
import { FramedApp, saveFailedText } from './framed-app';
import { handlerSets } from './handlers';
import type { Handler, ShareOutcome, SimulatedHost } from './handlers/types';
import type { FrameContext, FrameScope } from './legacy-context';
import type { MessageLog } from './message-log';
import { errorCodes, isTeamsRequest, sdkError } from './protocol';
import { simulatorRuntimeConfig } from './runtime-config';
import {
  withSetting,
  isMeetingContext,
  type Participant,
  type SimulatedContext,
  type SimulatorSettings,
} from './settings';
import type { TabStore } from './tab-store';

/** A static tab of the manifest's personal app, its content URL as a path on the app's origin. */
export interface StaticTab {
  readonly entityId: string;
  readonly name: string;
  readonly path: string;
}

export interface SimulatedApp {
  /** The Teams app id the context reports (`app.appId`). */
  readonly appId: string;
  /** The personal tab's entity id, as in the manifest: where deep links open. */
  readonly personalTabEntityId: string;
  /** The manifest's personal static tabs, in its order (Teams shows them across the app's top). */
  readonly staticTabs: readonly StaticTab[];
  /** The app's Entra client id: the one app registration the simulated tenant signs in. */
  readonly clientId: string;
  /** The local stack's secret that signs the emulator tokens it hands out (build-time). */
  readonly tokenSigningKey: string;
  /** The manifest's `showLoadingIndicator`: Teams covers each frame until `notifySuccess`. */
  readonly showLoadingIndicator: boolean;
  /** The manifest's resource-specific consent permissions (`authorization.permissions`). */
  readonly resourceSpecificPermissions: readonly string[];
  /** Whether a tab of the manifest has the `meetingStage` context. */
  readonly meetingStageContext: boolean;
}

/** The simulator's query for the personal app at one of its static tabs (its own page). */
function staticTabSearch(entityId: string): string {
  const query = new URLSearchParams(
    withSetting(withSetting(window.location.search, 'context', 'personal'), 'staticTab', entityId),
  );
  query.delete('sub');
  query.delete('page');
  return `?${query.toString()}`;
}

const framePages: Record<FrameContext, string> = {
  content: '/teams/tab.html',
  settings: '/teams/config.html',
  sidePanel: '/teams/sidepanel.html',
  meetingStage: '/teams/stage.html',
};

const frameNames: Record<FrameContext, string> = {
  content: 'Tab',
  settings: 'Configuration',
  sidePanel: 'Side panel',
  meetingStage: 'Stage',
};

/**
 * Where a configurable tab is added: a channel, a group chat, or a meeting (its chat, where the
 * tab's configuration page opens when the app is added; the side panel then opens what it saved).
 */
type ConfigurableTabKind = 'channel' | 'chat' | 'meeting';

const configurableTabKinds: Record<
  Exclude<SimulatedContext, 'personal' | 'sidePanel' | 'stage'>,
  ConfigurableTabKind
> = { channel: 'channel', config: 'channel', chat: 'chat', meetingChat: 'meeting' };

interface Column {
  readonly element: HTMLElement;
  readonly user: SimulatedUser;
  readonly participant?: Participant;
}

/**
 * One simulated Teams client (or several meeting participants' clients): opens the frames the
 * chosen context needs and answers their teams-js messages with the handler sets.
 */
export class SimulatorSession implements SimulatedHost {
  readonly runtimeConfig: object;
  private readonly handlers = new Map<string, Handler>();
  private readonly frames: FramedApp[] = [];
  private readonly scopeOfFrame = new Map<FramedApp, string>();
  private readonly columns: Column[] = [];
  private stageUrl: string | undefined;
  private nextSession = 1;

  constructor(
    readonly settings: SimulatorSettings,
    private readonly area: HTMLElement,
    private readonly log: MessageLog,
    private readonly app: SimulatedApp,
    private readonly tabs: TabStore,
  ) {
    for (const set of handlerSets) {
      for (const [func, handler] of Object.entries(set.handlers)) this.handlers.set(func, handler);
    }
    this.runtimeConfig = simulatorRuntimeConfig(
      handlerSets.flatMap((set) => (set.supports ? [set.supports] : [])),
    );
  }

  get clientId(): string {
    return this.app.clientId;
  }

  get tokenSigningKey(): string {
    return this.app.tokenSigningKey;
  }

  hasPermission(permission: string): boolean {
    return this.app.resourceSpecificPermissions.includes(permission);
  }

  get sharing(): boolean {
    return this.stageUrl !== undefined;
  }

  get organizerId(): string {
    const organizer = this.settings.participants.find(
      (participant) => participant.role === 'organizer',
    );
    return (organizer ?? this.settings.participants[0])?.user.id ?? this.settings.user.id;
  }

  start(): void {
    const { context, participants, user } = this.settings;
    if (isMeetingContext(context)) {
      // A meeting that opens on the stage is one where the app is already shared there, so
      // `getAppContentStageSharingState` answers `isAppSharing: true`.
      if (context === 'stage') {
        this.stageUrl = this.appUrl(this.settings.page ?? framePages.meetingStage);
        this.area.dataset.stageUrl = this.stageUrl;
      }
      for (const participant of participants) {
        const column = this.addColumn(participant.user, participant);
        if (this.stageUrl) this.openStage(column, this.stageUrl);
        else this.openSidePanel(column);
      }
      return;
    }
    const column = this.addColumn(user);
    if (context === 'personal') {
      const tab = this.personalAppTab();
      if (this.app.staticTabs.length > 1) column.element.append(this.staticTabStrip(tab));
      const path = this.settings.page ?? tab?.path ?? framePages.content;
      this.openFrame(column, 'content', this.appUrl(path), {
        entityId: tab?.entityId ?? this.app.personalTabEntityId,
      });
    } else {
      this.openConfigurableTab(column, configurableTabKinds[context], context === 'config');
    }
  }

  async handleMessage(event: MessageEvent): Promise<void> {
    const frame = this.frames.find((candidate) => candidate.window === event.source);
    if (!frame || !isTeamsRequest(event.data)) return;
    const request = event.data;
    if (event.origin !== this.settings.appOrigin) {
      this.log.record({
        frame: frame.id,
        direction: 'app→host',
        kind: 'rejected',
        func: request.func,
        args: { origin: event.origin },
      });
      return;
    }
    this.log.record({
      frame: frame.id,
      direction: 'app→host',
      kind: 'request',
      func: request.func,
      args: request.args,
    });
    if (this.settings.silent) return;

    const handler = this.handlers.get(request.func);
    if (!handler) {
      this.log.record({
        frame: frame.id,
        direction: 'note',
        kind: 'unhandled',
        func: request.func,
      });
      frame.respond(request, [
        sdkError(
          errorCodes.notSupportedOnPlatform,
          `The Teams host simulator does not answer ${request.func}.`,
        ),
      ]);
      return;
    }
    const answer = await handler(request, frame, this);
    if (answer) frame.respond(request, answer);
  }

  setTheme(theme: ThemeName): void {
    for (const frame of this.frames) {
      frame.scope = { ...frame.scope, theme };
      if (frame.registeredHandlers.has('themeChange'))
        frame.raise({ func: 'themeChange', args: [theme] });
      else this.note(frame, 'themeChange not sent: the page registered no theme handler');
    }
  }

  /** The simulator's Save button: Teams raises `settings.save` and waits for the page. */
  requestSave(frame: FramedApp): void {
    frame.setSaveEnabled(false);
    frame.showProblem(undefined);
    frame.raise({ func: 'settings.save', args: [{}] });
  }

  /**
   * "notifyFailure(reason): Specifies a reason for the failure. If provided, this string is
   * displayed to the user; otherwise a generic error is displayed." The dialog stays open, so
   * the user may try again.
   * https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/pages.config.saveevent
   */
  saveCompleted(frame: FramedApp, failure?: { readonly reason?: string }): void {
    if (failure) {
      frame.showProblem(failure.reason ?? saveFailedText);
      frame.setSaveEnabled(true);
      return;
    }
    const config = frame.pendingConfig;
    if (!config) {
      this.note(frame, 'the page reported success but never called setConfig: nothing was saved');
      frame.showProblem(saveFailedText);
      frame.setSaveEnabled(true);
      return;
    }
    const scope = this.scopeOfFrame.get(frame) ?? 'channel';
    this.tabs.set(scope, config);
    this.note(frame, `tab saved as "${config.suggestedDisplayName ?? ''}": ${config.contentUrl}`);
    const column = this.columns.find((candidate) => candidate.element.contains(frame.card));
    this.closeFrame(frame);
    if (column) this.openSavedTab(column, scope);
  }

  urlsOutsideValidDomains(config: pages.InstanceConfig): readonly string[] {
    const urls = {
      contentUrl: config.contentUrl,
      websiteUrl: config.websiteUrl,
      removeUrl: config.removeUrl,
    };
    return Object.entries(urls).flatMap(([name, url]) =>
      url === undefined || this.isAppUrl(url) ? [] : [name],
    );
  }

  savedConfig(frame: FramedApp): pages.InstanceConfig | undefined {
    const scope = this.scopeOfFrame.get(frame);
    return scope ? this.tabs.get(scope) : undefined;
  }

  /**
   * Whether this participant may share the app to the stage: "Participants with presenter and
   * organizer user roles in a meeting can share the app to stage. Attendee won't have the share
   * to stage button enabled" (`getAppContentStageSharingCapabilities`).
   * https://learn.microsoft.com/en-us/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage
   */
  mayShareToStage(frame: FramedApp): boolean {
    // "Your app's configurableTabs or staticTabs entry's context array must include meetingStage
    // for doesAppHaveSharePermission to be true" (teams-js meeting reference).
    return (
      this.app.meetingStageContext &&
      this.settings.shareAllowed &&
      frame.participant?.role !== 'attendee'
    );
  }

  shareToStage(frame: FramedApp, url: string): ShareOutcome {
    if (!this.settings.shareAllowed || !this.app.meetingStageContext) {
      return {
        ok: false,
        errorCode: errorCodes.permissionDenied,
        message: 'The app may not share to this stage.',
      };
    }
    // In a Teams meeting only organizers and presenters share content; attendees cannot.
    if (frame.participant?.role === 'attendee') {
      return {
        ok: false,
        errorCode: errorCodes.permissionDenied,
        message: 'Attendees cannot share to the meeting stage.',
      };
    }
    if (frame.scope.frameContext !== 'sidePanel' && frame.scope.frameContext !== 'meetingStage') {
      return {
        ok: false,
        errorCode: errorCodes.notSupportedInCurrentContext,
        message: 'Only a meeting side panel or stage can share.',
      };
    }
    // "appContentUrl must be allowed by validDomains array inside manifest.json, else the API
    // returns a 501 error."
    // https://learn.microsoft.com/en-us/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage
    if (!this.isAppUrl(url)) {
      return {
        ok: false,
        errorCode: errorCodes.notSupportedInCurrentContext,
        message: `${url} is not in the app's validDomains.`,
      };
    }
    this.stageUrl = url;
    this.area.dataset.stageUrl = url;
    this.note(frame, `shared to the stage: ${url}`);
    for (const column of this.columns) this.openStage(column, url);
    return { ok: true };
  }

  stopSharing(): void {
    this.stageUrl = undefined;
    delete this.area.dataset.stageUrl;
    for (const frame of this.frames.filter(
      (candidate) => candidate.scope.frameContext === 'meetingStage',
    )) {
      this.closeFrame(frame);
    }
  }

  openDeepLink(frame: FramedApp, url: string): void {
    const target = this.ownDeepLinkTarget(url);
    if (target === undefined) {
      this.note(frame, `openLink ${url}: Teams would open it outside the app`);
      return;
    }
    this.note(frame, `deep link into the app: subEntityId "${target}"`);
    const tab =
      this.frames.find((candidate) => candidate.scope.frameContext === 'content') ?? frame;
    tab.scope = { ...tab.scope, subEntityId: target, sessionId: this.newSessionId() };
    tab.reload();
  }

  openStaticTab(frame: FramedApp, pageId: string): ReturnType<SimulatedHost['openStaticTab']> {
    const tab = this.app.staticTabs.find((candidate) => candidate.entityId === pageId);
    if (!tab) {
      return sdkError(
        errorCodes.invalidArguments,
        `The app's manifest has no static tab with the entity id "${pageId}".`,
      );
    }
    this.note(frame, `pages.currentApp.navigateTo: the personal app's "${tab.name}" tab`);
    setTimeout(() => (window.location.search = staticTabSearch(pageId)));
    return undefined;
  }

  clearSavedTabs(): void {
    this.tabs.clear();
  }

  private openConfigurableTab(
    column: Column,
    kind: ConfigurableTabKind,
    reconfigure: boolean,
  ): void {
    const scope = {
      channel: `channel:${simulatedTeam.channel.id}`,
      chat: `chat:${simulatedGroupChatId}`,
      meeting: `meeting:${this.settings.meetingId}`,
    }[kind];
    if (!reconfigure && this.tabs.get(scope)) {
      this.openSavedTab(column, scope);
      return;
    }
    const frame = this.openFrame(
      column,
      'settings',
      this.appUrl(this.settings.page ?? framePages.settings),
      {
        entityId: this.tabs.get(scope)?.entityId ?? '',
        ...this.tabPlace(scope),
      },
    );
    this.scopeOfFrame.set(frame, scope);
  }

  private openSavedTab(column: Column, scope: string): void {
    const config = this.tabs.get(scope);
    if (!config) return;
    const frame = this.openFrame(column, 'content', config.contentUrl, {
      entityId: config.entityId ?? '',
      ...this.tabPlace(scope),
    });
    this.scopeOfFrame.set(frame, scope);
  }

  private openSidePanel(column: Column): void {
    const scope = `meeting:${this.settings.meetingId}`;
    const saved = this.tabs.get(scope);
    const url = this.settings.page ?? saved?.contentUrl ?? framePages.sidePanel;
    const frame = this.openFrame(column, 'sidePanel', this.appUrl(url), {
      entityId: saved?.entityId ?? '',
      ...this.meetingPlace(),
    });
    if (saved) this.scopeOfFrame.set(frame, scope);
  }

  private openStage(column: Column, url: string): void {
    for (const frame of this.frames.filter(
      (candidate) =>
        candidate.scope.frameContext === 'meetingStage' && column.element.contains(candidate.card),
    )) {
      this.closeFrame(frame);
    }
    this.openFrame(column, 'meetingStage', url, { entityId: '', ...this.meetingPlace() }, true);
  }

  private tabPlace(scope: string): Partial<FrameScope> {
    if (scope.startsWith('meeting:')) return this.meetingPlace();
    return scope.startsWith('chat:') ? { chatId: simulatedGroupChatId } : { inTeamChannel: true };
  }

  private meetingPlace(): Partial<FrameScope> {
    return { meetingId: this.settings.meetingId, chatId: meetingChatId };
  }

  /**
   * The static tab the personal app opens: the one asked for, else (as a deep link opens the
   * app) the manifest's personal tab.
   */
  private personalAppTab(): StaticTab | undefined {
    const { staticTabs, personalTabEntityId } = this.app;
    const wanted = this.settings.subEntityId ? undefined : this.settings.staticTab;
    return (
      staticTabs.find((tab) => tab.entityId === wanted) ??
      staticTabs.find((tab) => tab.entityId === personalTabEntityId) ??
      staticTabs[0]
    );
  }

  /** The personal app's tabs across its top, as Teams shows them; each opens its own page. */
  private staticTabStrip(current: StaticTab | undefined): HTMLElement {
    const strip = document.createElement('nav');
    strip.className = 'static-tabs';
    strip.setAttribute('aria-label', 'Personal app tabs');
    for (const tab of this.app.staticTabs) {
      const link = document.createElement('a');
      link.textContent = tab.name;
      link.href = staticTabSearch(tab.entityId);
      if (tab === current) link.setAttribute('aria-current', 'page');
      strip.append(link);
    }
    return strip;
  }

  private addColumn(user: SimulatedUser, participant?: Participant): Column {
    const element = document.createElement('div');
    element.className = 'column';
    element.dataset.user = user.id;
    const heading = document.createElement('h2');
    heading.textContent = participant
      ? `${user.displayName} (${participant.role})`
      : user.displayName;
    element.append(heading);
    this.area.append(element);
    const column = { element, user, ...(participant ? { participant } : {}) };
    this.columns.push(column);
    return column;
  }

  private openFrame(
    column: Column,
    frameContext: FrameContext,
    url: string,
    place: Partial<FrameScope> & { entityId: string },
    first = false,
  ): FramedApp {
    const index = this.columns.indexOf(column) + 1;
    const frame = new FramedApp(
      {
        id: `p${index}-${frameContext}`,
        label: `${frameNames[frameContext]} · ${column.user.displayName}`,
        url,
        appOrigin: this.settings.appOrigin,
        // A silent simulator is no Teams: nothing covers the frame.
        ...(this.app.showLoadingIndicator && !this.settings.silent
          ? { loadingIndicator: { timeoutMs: this.settings.loadingTimeoutMs } }
          : {}),
        scope: {
          frameContext,
          user: column.user,
          theme: this.settings.theme,
          locale: this.settings.locale,
          appId: this.app.appId,
          sessionId: this.newSessionId(),
          ...(this.settings.subEntityId ? { subEntityId: this.settings.subEntityId } : {}),
          ...place,
        },
        ...(column.participant ? { participant: column.participant } : {}),
      },
      this.log,
      (saving) => this.requestSave(saving),
    );
    this.frames.push(frame);
    const heading = column.element.querySelector('h2');
    if (first && heading) heading.after(frame.card);
    else column.element.append(frame.card);
    this.note(frame, `opened ${url}`);
    return frame;
  }

  private closeFrame(frame: FramedApp): void {
    frame.remove();
    this.frames.splice(this.frames.indexOf(frame), 1);
    this.scopeOfFrame.delete(frame);
  }

  private appUrl(path: string): string {
    return new URL(path, this.settings.appOrigin).href;
  }

  private isAppUrl(url: string): boolean {
    try {
      return new URL(url).origin === this.settings.appOrigin;
    } catch {
      return false;
    }
  }

  private ownDeepLinkTarget(url: string): string | undefined {
    return subEntityIdOfAppLink(url, this.app.appId);
  }

  private newSessionId(): string {
    return `00000000-0000-4000-8000-${String(this.nextSession++).padStart(12, '0')}`;
  }

  private note(frame: FramedApp, text: string): void {
    this.log.record({ frame: frame.id, direction: 'note', kind: 'note', func: text });
  }
}

/** The subEntityId of a `https://teams.microsoft.com/l/entity/<app id>/…` link to that app. */
export function subEntityIdOfAppLink(url: string, appId: string): string | undefined {
  try {
    const link = new URL(url);
    const [, l, entity, linkAppId] = link.pathname.split('/');
    if (link.hostname !== 'teams.microsoft.com' || l !== 'l' || entity !== 'entity')
      return undefined;
    if (decodeURIComponent(linkAppId ?? '') !== appId) return undefined;
    const context = JSON.parse(link.searchParams.get('context') ?? '{}') as {
      subEntityId?: unknown;
    };
    return typeof context.subEntityId === 'string' ? context.subEntityId : undefined;
  } catch {
    return undefined;
  }
}
