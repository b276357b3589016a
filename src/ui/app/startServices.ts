import type { Host } from '../../host/types';
import type { LocaleWords } from '../board/locale-words';
import type { AppServicesInit } from './AppServices';
import type { ServicesLoader } from './ServicesGate';
import type { ReaderWords } from '../components/States/PageErrorBoundary';

/**
 * Starts loading the services now, for a page that knows its host before it renders (beside the
 * host's theme and the first render, the cached board is read, or sign-in and the first requests
 * go out): the gate's first load is that one, a retry loads again.
 */
export function startServices(host: Host, load: ServicesLoader): ServicesLoader {
  let started: Promise<AppServicesInit> | undefined = load(host);
  let loaded: AppServicesInit | undefined;
  // A failure is reported by the gate, once it takes the load over.
  started.then(
    (services) => (loaded = services),
    () => undefined,
  );
  const takeOver = (gateHost: Host) => {
    const services = started && gateHost === host ? started : load(gateHost);
    started = undefined;
    return services;
  };
  return Object.assign(takeOver, {
    loaded: (gateHost: Host) => (gateHost === host ? loaded : undefined),
    words: load.words,
  });
}

/** The services, and beside them the words for the host's locale, loaded side by side. */
export function withLocaleWords(
  loadServices: ServicesLoader,
  words: (locale: string) => Promise<LocaleWords | undefined>,
): ServicesLoader {
  return Object.assign(
    (host: Host) =>
      Promise.all([loadServices(host), words(host.context.locale)]).then(([loaded, inLanguage]) =>
        inLanguage ? { ...loaded, words: inLanguage } : loaded,
      ),
    { words: (host: Host) => words(host.context.locale) },
  );
}

/**
 * The words a page's services load beside them (`withLocaleWords`), for the page's outermost
 * boundary, above the services, to say a crash in; undefined for a page that loads none.
 */
export function readerWords(host: Host, load: ServicesLoader): ReaderWords | undefined {
  const { words } = load;
  return words && { locale: host.context.locale, load: () => words(host) };
}
