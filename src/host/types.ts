import type { DeepLinkTarget } from '../core/deep-links';
import type { Person } from '../core/model';
import type { MeetingRole } from '../core/rituals/roles';

export type { MeetingRole };

/** Where the app is running. */
export type HostKind = 'teams' | 'excel' | 'browser';

/** Which surface of the host shows the app. */
export type HostSurface =
  | 'personalTab'
  | 'channelTab'
  | 'chatTab'
  | 'configuration'
  | 'meetingSidePanel'
  | 'meetingStage'
  | 'meetingChat'
  | 'taskPane'
  | 'page';

export type ThemeName = 'default' | 'dark' | 'contrast';

export interface HostContext {
  readonly kind: HostKind;
  readonly surface: HostSurface;
  readonly user: Person & { readonly tenantId?: string; readonly loginHint?: string };
  readonly team?: { readonly id: string; readonly name: string; readonly groupId?: string };
  readonly channel?: { readonly id: string; readonly name: string };
  readonly chatId?: string;
  readonly meeting?: { readonly id: string; readonly role?: MeetingRole };
  /** The tab's saved settings (team scope and cycle), from its content URL or entity id. */
  readonly tabSettings?: TabSettings;
  /** An objective or KR a deep link asked to open. */
  readonly deepLinkTarget?: DeepLinkTarget;
  readonly theme: ThemeName;
  readonly locale: string;
}

export interface TabSettings {
  readonly teamIds: readonly string[];
  /** A cycle id, or 'current' to follow whichever cycle is active. */
  readonly cycleId: string;
}

export type { DeepLinkTarget, ItemLinkTarget } from '../core/deep-links';

export interface HostCapabilities {
  /** The meeting stage can show our content now (`getAppContentStageSharingCapabilities`). */
  readonly shareToStage: boolean;
  /** Nested App Authentication is available through the host's bridge. */
  readonly nestedAppAuth: boolean;
  readonly deepLinks: boolean;
}

/**
 * One small interface over teams-js, office.js and a plain browser. Only `src/host` touches
 * the SDKs; everything else asks this.
 */
export interface Host {
  readonly context: HostContext;
  /**
   * Why this host was chosen when the page expected another, e.g. it was framed but no Teams host
   * answered in time, so it runs as a plain page.
   */
  readonly detectionNote?: string;
  capabilities(): Promise<HostCapabilities>;
  /** Calls back on every theme change; returns the unsubscribe function. */
  onThemeChange(listener: (theme: ThemeName) => void): () => void;
  /** Tells the host the app has loaded (Teams hides its loading indicator). */
  notifySuccess(): void;
  /**
   * Tells the host the page could not load what it needs and shows why itself, with Try again
   * (Teams is told an expected failure, so that its generic error screen does not cover the page).
   */
  notifyFailure(reason: string): void;
  /** A link that opens the app at an objective or KR, in this host. */
  deepLink(target: DeepLinkTarget): string;
  /**
   * A Teams link to the objective or KR, for a Teams activity notification (a nudge): it opens in
   * the recipient's Teams wherever the sender is, as Graph accepts only a link on Teams' domain
   * as a text topic's `webUrl`.
   * https://learn.microsoft.com/graph/teams-send-activityfeednotifications
   */
  activityLink(target: DeepLinkTarget): string;
  /**
   * Opens another of the app's pages (a static tab of its manifest, by its entity id), where the
   * host can: Teams' personal app (`pages.currentApp.navigateTo`).
   */
  navigateToAppPage?(pageId: string): Promise<void>;
  /** Only on the configuration page: registers what to save and enables the Save button. */
  configuration?: {
    setValid(valid: boolean): void;
    onSave(save: () => Promise<TabSettings & { readonly displayName: string }>): void;
    /** False in a plain browser: no host shows a Save button, so the page shows its own. */
    readonly hostHasSaveButton?: boolean;
    /** Plain browser only: runs the registered save handler, then opens the configured board. */
    save?(): Promise<void>;
  };
  /** Only in meetings. */
  meeting?: {
    shareToStage(contentUrl: string): Promise<void>;
    /** The local user's meeting roles, from the host's role API; empty when it does not say. */
    roles(): Promise<readonly MeetingRole[]>;
    /** Whether the app's content is on the meeting stage now. */
    isSharingToStage(): Promise<boolean>;
  };
}
