import type { SiteCheck } from '../../../store';
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
  readonly error: unknown;
  readonly provision: () => void;
  readonly recheck: () => void;
}
