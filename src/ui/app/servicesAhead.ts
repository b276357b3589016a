/**
 * A page's host and services, started before its React and first screen have loaded: a page's
 * entry may start them first (`import()` of a module that calls `startHostAndServices`), so that
 * Teams is asked for its context, and sign-in and the first Graph requests go out (or the cache is
 * read), while the browser is still compiling the components. React-free on purpose.
 */
import { createHost } from '../../host/detect';
import { hostConfigFromEnvironment } from '../../host/env';
import type { Host } from '../../host/types';
import type { LocaleWords } from '../board/locale-words';
import type { RuntimeEnv } from './config';
import { graphServices, type GraphServicesOptions } from './graphServices';
import type { ServicesLoader } from './ServicesGate';
import { startServices, withLocaleWords } from './startServices';

export interface StartedServices {
  readonly host: Host;
  /** The services' loader, whose first load is the one already started. */
  readonly load: ServicesLoader;
}

/**
 * The host first (its context), then the services from the build's `VITE_*` configuration and,
 * for a page that speaks its reader's language, the words for the host's locale (`words`): loaded
 * side by side, so the page waits for the words only if they come after the services.
 */
export async function startHostAndServices(
  env: RuntimeEnv,
  services: Pick<GraphServicesOptions, 'firstBoard'> = {},
  words?: (locale: string) => Promise<LocaleWords | undefined>,
): Promise<StartedServices> {
  const loadServices = graphServices(env, services);
  const host = await createHost(hostConfigFromEnvironment());
  const load = words ? withLocaleWords(loadServices, words) : loadServices;
  return { host, load: startServices(host, load) };
}
