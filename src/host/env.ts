/// <reference types="vite/client" />
import { resolveHostConfig, type HostConfig } from './config';

/**
 * The host configuration from the build's environment (Vite `VITE_*` variables):
 * - `VITE_TEAMS_APP_ID`: the Teams app id from the manifest;
 * - `VITE_TEAMS_PERSONAL_TAB_ENTITY_ID`: the personal tab's entity id;
 * - `VITE_TEAMS_DEV_HOST_ORIGINS`: loopback origins of a development Teams host (the simulator),
 *   honoured by development builds and by builds for the local stack (`VITE_LOCAL_STACK=true`)
 *   only;
 * - `VITE_TEAMS_INIT_TIMEOUT_MS`: how long a framed page waits for a Teams host to answer.
 */
export function hostConfigFromEnvironment(): HostConfig {
  const env = import.meta.env;
  return resolveHostConfig({
    teamsAppId: env.VITE_TEAMS_APP_ID,
    personalTabEntityId: env.VITE_TEAMS_PERSONAL_TAB_ENTITY_ID,
    devHostOrigins: env.VITE_TEAMS_DEV_HOST_ORIGINS,
    teamsInitializeTimeoutMs: env.VITE_TEAMS_INIT_TIMEOUT_MS,
    dev: env.DEV || env.VITE_LOCAL_STACK === 'true',
    pageOrigin: window.location.origin,
  });
}
