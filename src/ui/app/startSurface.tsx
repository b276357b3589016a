import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadFluentTheme } from '../../host';
import type { Host } from '../../host/types';
import { NotFoundError } from '../../store/errors';
import { CheckingSite } from '../components/SetupSite/CheckingSite';
import { PageErrorBoundary } from '../components/States/PageErrorBoundary';
import { graphSiteSetup } from './graphServices';
import type { RuntimeEnv } from './config';
import { HostThemeProvider } from './HostThemeProvider';
import { loadLocaleDataSoon } from './localeData';
import { ServicesGate } from './ServicesGate';
import { startHostAndServices, type StartedServices } from './servicesAhead';
import { readerWords } from './startServices';
import { reloadable } from '../../reloadable';

// Only an admin on a site without the lists ever sees the guided set-up: load it then.
const loadSetupSite = reloadable(() => import('../components/SetupSite/SetupSite'));
const SetupSite = lazy(() => loadSetupSite().then(({ SetupSite }) => ({ default: SetupSite })));

/**
 * Starts a Teams surface: the host first (its context), then its theme and the services from the
 * build's `VITE_*` configuration side by side, then the surface. A page's entry may have started
 * the host and services already (`started`). When the OKR site's lists are missing, the guided
 * set-up shows instead, and the surface loads once it is done.
 */
export async function startSurface(
  env: RuntimeEnv,
  render: (host: Host) => ReactNode,
  started: Promise<StartedServices> = startHostAndServices(env),
): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to mount into.');
  const { host, load } = await started;
  const theme = await loadFluentTheme(host.context.theme, host.context.kind);
  const setup = graphSiteSetup(env, host);
  createRoot(container).render(
    <StrictMode>
      <HostThemeProvider host={host} initialTheme={theme}>
        <PageErrorBoundary reader={readerWords(host, load)}>
          <ServicesGate
            host={host}
            load={load}
            renderFailure={(error, retry) =>
              error instanceof NotFoundError ? (
                <Suspense fallback={<CheckingSite />}>
                  <SetupSite setup={setup} onReady={retry} />
                </Suspense>
              ) : undefined
            }
          >
            {render(host)}
          </ServicesGate>
        </PageErrorBoundary>
      </HostThemeProvider>
    </StrictMode>,
  );
  loadLocaleDataSoon(host.context.locale);
}
