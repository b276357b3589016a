import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHost, loadFluentTheme } from '../../host';
import { hostConfigFromEnvironment } from '../../host/env';
import type { Host } from '../../host/types';
import { HostThemeProvider } from '../app/HostThemeProvider';
import { ServicesGate } from '../app/ServicesGate';
import { startServices } from '../app/startServices';
import { PageErrorBoundary } from '../components/States/PageErrorBoundary';
import { graphServices } from '../app/graphServices';

/** Starts a meeting surface: the host, then its theme and services side by side, then the surface. */
export async function startMeetingSurface(render: (host: Host) => ReactNode): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to mount into.');
  const loadServices = graphServices(import.meta.env);
  const host = await createHost(hostConfigFromEnvironment());
  const load = startServices(host, loadServices);
  const theme = await loadFluentTheme(host.context.theme, host.context.kind);
  createRoot(container).render(
    <StrictMode>
      <HostThemeProvider host={host} initialTheme={theme}>
        <PageErrorBoundary>
          <ServicesGate host={host} load={load}>
            {render(host)}
          </ServicesGate>
        </PageErrorBoundary>
      </HostThemeProvider>
    </StrictMode>,
  );
}
