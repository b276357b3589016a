import { Suspense, useMemo } from 'react';
import { lazyScreen } from '../../ui/app/lazyScreen';
import { screenChunk, type ScreenChunk } from '../../ui/app/screenChunk';
import type { Host } from '../../host/types';
import { HostThemeProvider } from '../../ui/app/HostThemeProvider';
import { ServicesGate, type ServicesLoader } from '../../ui/app/ServicesGate';
import { AppLoadingState } from '../../ui/components/States/AppLoadingState';
import { PageErrorBoundary } from '../../ui/components/States/PageErrorBoundary';
import { hasPaneWords, loadPaneWords } from '../pane-words';
import type { CellBindings, OkrWorkbook } from '../workbook/types';
import type { PaneRequests } from './pane-requests';
import { reloadable } from '../../reloadable';
import { readerWords } from '../../ui/app/startServices';

// The pane itself (and the workbook sync behind it) is a chunk of its own: `preloadTaskPane`
// fetches it while office.js, the host and the services start, which the page waits for anyway.
const loadTaskPane = screenChunk(reloadable(() => import('./TaskPane')));

/** The pane's chunk, given once the words of the pane's language are in too (`pane-words.ts`). */
function taskPaneIn(locale: string): ScreenChunk<Awaited<ReturnType<typeof loadTaskPane>>> {
  return Object.assign(
    () => Promise.all([loadTaskPane(), loadPaneWords(locale)]).then(([module]) => module),
    { loaded: () => (hasPaneWords(locale) ? loadTaskPane.loaded() : undefined) },
  );
}

// The pane speaks its own words (`pane-words.ts`), not the board's: those of Office's language
// are loaded only to say what went wrong when the pane crashed or its services failed.
const loadBoardWords = reloadable(() => import('../../ui/board/locale-words'));

/** The services, with the board's words for the host's locale loaded on demand (`words`). */
function withWordsOnDemand(load: ServicesLoader): ServicesLoader {
  return Object.assign((host: Host) => load(host), load, {
    words: (host: Host) =>
      loadBoardWords().then(({ loadLocaleWords }) => loadLocaleWords(host.context.locale)),
  });
}

/** Starts fetching the pane, so it arrives while the host and the services load. */
export function preloadTaskPane(): void {
  void loadTaskPane();
}

/**
 * The task pane app. The workbook and the ribbon's requests are injected: `main.tsx` passes the
 * office.js workbook and commands, the local stack's Excel simulator its in-page ones.
 */
export function ExcelApp({
  host,
  load,
  workbook,
  requests,
}: {
  readonly host: Host;
  readonly load: ServicesLoader;
  readonly workbook: OkrWorkbook & CellBindings;
  readonly requests: PaneRequests;
}) {
  const services = useMemo(() => withWordsOnDemand(load), [load]);
  const { locale } = host.context;
  const TaskPane = useMemo(() => {
    const chunk = taskPaneIn(locale);
    // Fetched at the first render, beside the host's services, which the pane waits for anyway.
    void chunk();
    return lazyScreen(chunk, ({ TaskPane }) => TaskPane);
  }, [locale]);
  return (
    <HostThemeProvider host={host}>
      <PageErrorBoundary reader={readerWords(host, services)}>
        <ServicesGate host={host} load={services}>
          <Suspense fallback={<AppLoadingState locale={locale} />}>
            <TaskPane workbook={workbook} requests={requests} />
          </Suspense>
        </ServicesGate>
      </PageErrorBoundary>
    </HostThemeProvider>
  );
}
