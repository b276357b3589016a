import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Host } from '../../host/types';
import { ErrorStateOnDemand } from '../components/States/ErrorStateOnDemand';
import { focusAfterRetry } from '../components/States/focusAfterRetry';
import { AppLoadingState } from '../components/States/AppLoadingState';
import { describeError } from '../errors/describeError';
import type { LocaleWords } from '../board/locale-words';
import { PageErrorBoundary } from '../components/States/PageErrorBoundary';
import { AppServicesProvider, ReaderProvider, type AppServicesInit } from './AppServices';
import { servedTitle, useDocumentLanguage, useDocumentTitle } from './documentLanguage';
import type { PageTitle } from '../errors/state-words';
import { readerWords } from './startServices';

export interface ServicesLoader {
  (host: Host): Promise<AppServicesInit>;
  /**
   * The host's services when a load started before the gate rendered has answered (a reopened
   * tab's, served from the cache): the gate renders its surface in its first render, not first
   * a loading screen that React lays out and paints.
   */
  readonly loaded?: (host: Host) => AppServicesInit | undefined;
  /**
   * The words for the host's locale, loading beside the services (`withLocaleWords`): what went
   * wrong, when they fail, is said in them.
   */
  readonly words?: ((host: Host) => Promise<LocaleWords | undefined>) | undefined;
}

type Gate =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown; readonly words?: LocaleWords }
  | { readonly status: 'ready'; readonly services: AppServicesInit };

/**
 * Creates the page's services (token provider, repository, the signed-in user and the
 * operating model) and renders the surface once they are there. A failure is shown with a
 * retry and reported to the host, which otherwise keeps its own loading screen up.
 */
export function ServicesGate({
  host,
  load,
  renderFailure,
  children,
}: {
  readonly host: Host;
  readonly load: ServicesLoader;
  /** A surface-specific screen for some failures (e.g. the OKR site is not set up yet). */
  readonly renderFailure?: (error: unknown, retry: () => void) => ReactNode | undefined;
  readonly children: ReactNode;
}) {
  const [gate, setGate] = useState<Gate>(() => {
    const services = load.loaded?.(host);
    return services ? { status: 'ready', services } : { status: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const started = useRef<{
    readonly from: readonly [Host, ServicesLoader, number];
    readonly services: Promise<AppServicesInit>;
  }>(undefined);

  useEffect(() => {
    let current = true;
    // One load per host, loader and attempt: React's StrictMode (the development server) runs
    // this effect twice on mount, which created every service twice (two sign-ins, two /me).
    const from = [host, load, attempt] as const;
    if (!started.current || started.current.from.some((value, i) => value !== from[i])) {
      // A retry, or another host or loader, loads afresh and shows so; the first load may have
      // answered before the gate rendered (its first state), and is not shown loading again.
      if (started.current) setGate({ status: 'loading' });
      started.current = { from, services: load(host) };
    }
    started.current.services
      .then((services) => {
        // Services the gate rendered with from the start are kept: nothing renders again.
        if (current) {
          setGate((shown) =>
            shown.status === 'ready' && shown.services === services
              ? shown
              : { status: 'ready', services },
          );
        }
      })
      .catch(async (error: unknown) => {
        // Said in the reader's language: the words load beside the services, and are in by now
        // but for a page whose connection dropped (said in English, then).
        const words = await load.words?.(host).catch(() => undefined);
        if (!current) return;
        setGate({ status: 'failed', error, ...(words ? { words } : {}) });
        // A failure the surface handles itself (the guided site set-up) is a working page.
        if (renderFailure?.(error, retry)) host.notifySuccess();
        else host.notifyFailure(describeError(error).title);
      });
    return () => {
      current = false;
    };
  }, [host, load, attempt, renderFailure, retry]);
  const words =
    gate.status === 'ready'
      ? gate.services.words
      : gate.status === 'failed'
        ? gate.words
        : undefined;
  useDocumentLanguage(host.context.locale, words !== undefined);
  useDocumentTitle(words?.states.titles[servedTitle() as PageTitle]);

  if (gate.status === 'loading') return <AppLoadingState locale={host.context.locale} />;
  if (gate.status === 'failed') {
    return (
      <ReaderProvider value={{ locale: host.context.locale, words }}>
        <main>
          {renderFailure?.(gate.error, retry) ?? (
            <ErrorStateOnDemand
              error={gate.error}
              onRetry={() => {
                focusAfterRetry(() => document.querySelector('h1'));
                retry();
              }}
            />
          )}
        </main>
      </ReaderProvider>
    );
  }
  // A part that fails to render or load says so in the page's words; on a page whose services
  // carry none (the Excel task pane), in those of the host's locale, loaded then (`load.words`).
  return (
    <AppServicesProvider services={gate.services}>
      <PageErrorBoundary reader={readerWords(host, load)}>{children}</PageErrorBoundary>
    </AppServicesProvider>
  );
}
