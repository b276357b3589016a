import type { pages } from '@microsoft/teams-js';
import type { FramedApp } from '../framed-app';
import type { TeamsRequest } from '../protocol';
import type { Supports } from '../runtime-config';
import type { SimulatorSettings } from '../settings';

/** The answer's `args`, or `undefined` for a message that gets no answer. */
export type HandlerResult = readonly unknown[] | undefined;

export type Handler = (
  request: TeamsRequest,
  frame: FramedApp,
  host: SimulatedHost,
) => HandlerResult | Promise<HandlerResult>;

/**
 * A group of teams-js functions the simulator answers, and the runtime capabilities it announces
 * for them. A new capability (Live Share's `interactive.*` for one) is a new set in `index.ts`.
 */
export interface HandlerSet {
  readonly name: string;
  readonly supports?: Supports;
  readonly handlers: Readonly<Record<string, Handler>>;
}

export type ShareOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly errorCode: number; readonly message: string };

/** What handlers may ask of the simulator beyond their own frame. */
export interface SimulatedHost {
  readonly settings: SimulatorSettings;
  readonly runtimeConfig: object;
  /** The app registration the simulated tenant knows (the build's `VITE_AAD_CLIENT_ID`). */
  readonly clientId: string;
  /** The local stack's secret that signs the emulator tokens sign-in hands out. */
  readonly tokenSigningKey: string;
  /** The configuration page finished saving (`settings.save.success` / `.failure`). */
  saveCompleted(frame: FramedApp, failure?: { readonly reason?: string }): void;
  /** The names of the config's URLs that are not on the app's `validDomains`. */
  urlsOutsideValidDomains(config: pages.InstanceConfig): readonly string[];
  /** What a saved tab's configuration page saved (`pages.getConfig` in that tab). */
  savedConfig(frame: FramedApp): pages.InstanceConfig | undefined;
  /** `getAppContentStageSharingCapabilities`: the app may share and the participant is no attendee. */
  mayShareToStage(frame: FramedApp): boolean;
  shareToStage(frame: FramedApp, url: string): ShareOutcome;
  stopSharing(): void;
  readonly sharing: boolean;
  /** Whether the app's manifest asks for that resource-specific consent permission. */
  hasPermission(permission: string): boolean;
  /** The organizer of the simulated meeting. */
  readonly organizerId: string;
  openDeepLink(frame: FramedApp, url: string): void;
  /**
   * Opens a static tab of the personal app (by its manifest entity id), soon after the caller is
   * answered; or says why not (an `SdkError`).
   */
  openStaticTab(
    frame: FramedApp,
    pageId: string,
  ): { readonly errorCode: number; readonly message: string } | undefined;
}
