import type { ProvisionReport, SiteCheck } from '../../../store';
import type { SiteSetup } from '../../app/graphServices';

export interface SetupSiteProps {
  readonly setup: SiteSetup;
  /** The lists are there now: load the app again. */
  readonly onReady: () => void;
}

export interface SetupSiteState {
  readonly check: SiteCheck | undefined;
  readonly checking: boolean;
  readonly provisioning: boolean;
  /** What the set-up added, once the site is ready: shown until the person goes on. */
  readonly done: ProvisionReport | undefined;
  readonly error: unknown;
  readonly provision: () => void;
  readonly recheck: () => void;
}
