import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHost, loadFluentTheme } from '../../host';
import { buildSurfaceUrl, siteRootOf } from '../../host/deep-links';
import { hostConfigFromEnvironment } from '../../host/env';
import type { Host } from '../../host/types';
import { HostThemeProvider } from '../app/HostThemeProvider';
import { ServicesGate } from '../app/ServicesGate';
import { readerWords, startServices, withLocaleWords } from '../app/startServices';
import { PageErrorBoundary } from '../components/States/PageErrorBoundary';
import { graphServices } from '../app/graphServices';
import { loadLocaleWords, preloadLastLocaleWords } from '../board/locale-words';

/**
 * Starts a meeting surface: the host, then its theme and services side by side, then the surface.
 * A meeting's tab has one content URL, the side panel's, which Teams also opens full width as the
 * tab in the meeting's chat and details (frame context "content"): there the page goes on to the
 * team's board, with the tab's settings.
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-tabs-for-meeting
 */
export async function startMeetingSurface(render: (host: Host) => ReactNode): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to mount into.');
  const loadServices = graphServices(import.meta.env);
  preloadLastLocaleWords();
  const host = await createHost(hostConfigFromEnvironment());
  if (host.context.surface === 'meetingChat') {
    const siteRoot = siteRootOf(window.location.href);
    window.location.replace(buildSurfaceUrl(siteRoot, 'tab', host.context.tabSettings));
    return;
  }
  // The panel's and stage's words for Teams' display language load beside the services, as the
  // tab's do (`startHostAndServices`): the page is in that language from its first paint.
  const load = startServices(host, withLocaleWords(loadServices, loadLocaleWords));
  const theme = await loadFluentTheme(host.context.theme, host.context.kind);
  createRoot(container).render(
    <StrictMode>
      <HostThemeProvider host={host} initialTheme={theme}>
        <PageErrorBoundary reader={readerWords(host, load)}>
          <ServicesGate host={host} load={load}>
            {render(host)}
          </ServicesGate>
        </PageErrorBoundary>
      </HostThemeProvider>
    </StrictMode>,
  );
}
