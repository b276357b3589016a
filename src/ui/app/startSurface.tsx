import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHost } from '../../host';
import type { Host } from '../../host/types';
import { NotFoundError } from '../../store';
import { SetupSite } from '../components/SetupSite/SetupSite';
import { graphServices, graphSiteSetup } from './graphServices';
import type { RuntimeEnv } from './config';
import { HostThemeProvider } from './HostThemeProvider';
import { ServicesGate } from './ServicesGate';

/**
 * Starts a Teams surface: the host first (its theme and context), then the services from the
 * build's `VITE_*` configuration, then the surface. When the OKR site's lists are missing, the
 * guided set-up shows instead, and the surface loads once it is done.
 */
export async function startSurface(
  env: RuntimeEnv,
  render: (host: Host) => ReactNode,
): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to mount into.');
  const host = await createHost();
  const load = graphServices(env);
  const setup = graphSiteSetup(env, host);
  createRoot(container).render(
    <StrictMode>
      <HostThemeProvider host={host}>
        <ServicesGate
          host={host}
          load={load}
          renderFailure={(error, retry) =>
            error instanceof NotFoundError ? <SetupSite setup={setup} onReady={retry} /> : undefined
          }
        >
          {render(host)}
        </ServicesGate>
      </HostThemeProvider>
    </StrictMode>,
  );
}
